#include "ImportDialog.h"

#include "MessageLabel.h"
#include "Prompts.h"
#include "desktop/core/Device.h"
#include "desktop/core/Exporter.h"
#include "desktop/core/PersonFields.h"
#include "desktop/core/TimeText.h"
#include "desktop/models/DuplicateCandidatesModel.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>
#include <functional>

namespace commonroom {

namespace {

// A page whose Next waits for `complete`.
class Page : public QWizardPage
{
public:
    explicit Page(QWidget *parent = nullptr)
        : QWizardPage(parent)
    {
    }
    std::function<bool()> complete;
    bool isComplete() const override { return complete ? complete() : true; }
    void changed() { Q_EMIT completeChanged(); }
};

// Rows of the preview table, enough to see what will be stored.
constexpr int kPreviewRows = 50;
// Refused rows listed in the window; all of them go to the rejects file.
constexpr int kListedRejects = 1000;

QString targetLabel(const QString &target)
{
    if (target.isEmpty())
        return ImportDialog::tr("(not imported)");
    if (target == QLatin1String("groups"))
        return ImportDialog::tr("Groups");
    return PersonFields::label(target.toStdString());
}

QTableWidget *table(QWidget *parent, const QString &name, const QString &accessibleName, const QStringList &headers)
{
    auto *view = new QTableWidget(0, int(headers.size()), parent);
    view->setObjectName(name);
    view->setAccessibleName(accessibleName);
    view->setHorizontalHeaderLabels(headers);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

QTableWidgetItem *item(const QString &text)
{
    return new QTableWidgetItem(text);
}

} // namespace

ImportDialog::ImportDialog(Device &device, Prompts &prompts, QWidget *parent)
    : QWizard(parent)
    , m_device(device)
    , m_prompts(prompts)
    , m_import(device.imports())
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import people"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setPage(FilePage, makeFilePage());
    setPage(ColumnsPage, makeColumnsPage());
    setPage(PreviewPage, makePreviewPage());
    setPage(RunPage, makeRunPage());
    resize(760, 560);
}

QWizardPage *ImportDialog::makeFilePage()
{
    auto *page = new Page(this);
    page->setTitle(tr("The file"));
    page->setSubTitle(tr("A spreadsheet saved as CSV (Excel, LibreOffice and Google Sheets all save it), its first "
                         "line naming the columns; or contacts saved as vCards (.vcf) by an address book."));
    page->complete = [this] {
        return m_table.has_value();
    };
    auto *layout = new QVBoxLayout(page);
    auto *form = new QFormLayout;
    auto *row = new QHBoxLayout;
    m_file = new QLineEdit(page);
    m_file->setObjectName(QStringLiteral("importFile"));
    m_file->setAccessibleName(tr("File to import"));
    connect(m_file, &QLineEdit::editingFinished, this, [this] {
        if (m_file->text() != m_path)
            openFile(m_file->text());
    });
    auto *browse = new QPushButton(tr("&Browse…"), page);
    browse->setObjectName(QStringLiteral("importBrowse"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = m_prompts.openFile(
            this, tr("Import people"), tr("Spreadsheets and contacts (*.csv *.tsv *.txt *.vcf);;All files (*)"));
        if (!path.isEmpty())
            openFile(path);
    });
    row->addWidget(m_file, 1);
    row->addWidget(browse);
    form->addRow(tr("&File:"), row);
    m_delimiter = new QComboBox(page);
    m_delimiter->setObjectName(QStringLiteral("importDelimiter"));
    m_delimiter->addItem(tr("Detect"), QString());
    m_delimiter->addItem(tr("Comma ( , )"), QStringLiteral(","));
    m_delimiter->addItem(tr("Semicolon ( ; )"), QStringLiteral(";"));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("\t"));
    m_delimiter->addItem(tr("Bar ( | )"), QStringLiteral("|"));
    form->addRow(tr("Columns &separated by:"), m_delimiter);
    m_encoding = new QComboBox(page);
    m_encoding->setObjectName(QStringLiteral("importEncoding"));
    m_encoding->addItem(tr("Detect"), QString());
    m_encoding->addItem(tr("UTF-8"), QStringLiteral("utf-8"));
    m_encoding->addItem(tr("Windows-1252 (Latin-1)"), QStringLiteral("windows-1252"));
    form->addRow(tr("&Characters:"), m_encoding);
    for (QComboBox *choice : {m_delimiter, m_encoding})
        connect(choice, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_path.isEmpty())
                readFile();
        });
    layout->addLayout(form);
    m_fileSummary = new QLabel(page);
    m_fileSummary->setObjectName(QStringLiteral("importFileSummary"));
    m_fileSummary->setWordWrap(true);
    layout->addWidget(m_fileSummary);
    m_fileMessage = new MessageLabel(page);
    layout->addWidget(m_fileMessage);
    if (const QString reason = m_import.whyNot(); !reason.isEmpty()) {
        m_fileMessage->showError(reason);
        m_file->setEnabled(false);
        browse->setEnabled(false);
    }
    layout->addStretch(1);
    return page;
}

QWizardPage *ImportDialog::makeColumnsPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("The columns"));
    page->setSubTitle(tr("What each column becomes, guessed from its header. Change a guess, or leave a column out."));
    auto *layout = new QVBoxLayout(page);
    m_columns = table(page, QStringLiteral("importColumns"), tr("Columns of the file"),
        {tr("Column"), tr("First values"), tr("Imported as")});
    layout->addWidget(m_columns, 1);
    m_columnsMessage = new MessageLabel(page);
    layout->addWidget(m_columnsMessage);
    return page;
}

QWizardPage *ImportDialog::makePreviewPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Before importing"));
    page->setSubTitle(tr("What the import would write. Nothing is written until you press Import."));
    page->setCommitPage(true);
    page->setButtonText(QWizard::CommitButton, tr("&Import"));
    auto *layout = new QVBoxLayout(page);
    m_previewSummary = new QLabel(page);
    m_previewSummary->setObjectName(QStringLiteral("importPreviewSummary"));
    m_previewSummary->setWordWrap(true);
    layout->addWidget(m_previewSummary);
    m_preview = table(page, QStringLiteral("importPreview"), tr("The first rows as they will be stored"), {});
    layout->addWidget(m_preview, 2);
    auto *refused = new QLabel(tr("Rows that cannot be imported, and why:"), page);
    layout->addWidget(refused);
    m_rejects = table(page, QStringLiteral("importRejects"), tr("Rows that cannot be imported"),
        {tr("Line"), tr("Why it is refused")});
    refused->setBuddy(m_rejects);
    layout->addWidget(m_rejects, 1);
    m_alikeLabel = new QLabel(tr("Rows that look like someone already here, imported as new people and then flagged "
                                 "for review:"),
        page);
    m_alikeLabel->setWordWrap(true);
    layout->addWidget(m_alikeLabel);
    m_alike = table(page, QStringLiteral("importAlike"), tr("Rows that look like someone already here"),
        {tr("Line"), tr("In the file"), tr("Already here"), tr("Likelihood"), tr("Why")});
    m_alikeLabel->setBuddy(m_alike);
    layout->addWidget(m_alike, 1);
    return page;
}

QWizardPage *ImportDialog::makeRunPage()
{
    auto *page = new Page(this);
    page->setTitle(tr("Importing"));
    page->complete = [this] {
        return !m_running && m_written >= 0;
    };
    auto *layout = new QVBoxLayout(page);
    m_progress = new QProgressBar(page);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setAccessibleName(tr("Rows written"));
    layout->addWidget(m_progress);
    m_runSummary = new QLabel(page);
    m_runSummary->setObjectName(QStringLiteral("importRunSummary"));
    m_runSummary->setWordWrap(true);
    layout->addWidget(m_runSummary);
    m_saveRejects = new QPushButton(tr("&Save the refused rows…"), page);
    m_saveRejects->setObjectName(QStringLiteral("importSaveRejects"));
    m_saveRejects->setToolTip(tr("Save the rows that were not imported, with the reason, to fix and import again"));
    connect(m_saveRejects, &QPushButton::clicked, this, &ImportDialog::saveRejects);
    auto *row = new QHBoxLayout;
    row->addWidget(m_saveRejects);
    row->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(1);
    return page;
}

void ImportDialog::openFile(const QString &path)
{
    m_path = path;
    m_file->setText(path);
    readFile();
}

void ImportDialog::readFile()
{
    m_table.reset();
    m_plan.reset();
    m_fileSummary->clear();
    m_fileMessage->clearMessage();
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_fileMessage->showError(tr("%1 cannot be read: %2").arg(QFileInfo(m_path).fileName(), file.errorString()));
    } else {
        const QString delimiter = m_delimiter->currentData().toString();
        auto read = readPeopleFile(
            file.readAll(), delimiter.isEmpty() ? QChar() : delimiter.at(0), m_encoding->currentData().toString());
        if (!read) {
            m_fileMessage->showError(QString::fromStdString(read.error().message));
        } else {
            m_table = std::move(*read);
            const QChar used = m_table->delimiter;
            const QString separator = used == QLatin1Char('\t') ? tr("tabs")
                : used == QLatin1Char(';')                      ? tr("semicolons")
                : used == QLatin1Char('|')                      ? tr("bars")
                                                                : tr("commas");
            m_fileSummary->setText(m_table->cards
                    ? tr("%1, vCards: %2 contacts.")
                          .arg(m_table->encoding, QLocale().toString(qlonglong(m_table->rows.size())))
                    : tr("%1, columns separated by %2: %3 columns, %4 rows.")
                          .arg(m_table->encoding, separator, QLocale().toString(m_table->headers.size()),
                              QLocale().toString(qlonglong(m_table->rows.size()))));
            fillColumns();
        }
    }
    static_cast<Page *>(page(FilePage))->changed();
}

void ImportDialog::fillColumns()
{
    const auto guessed = Import::guessTargets(m_table->headers);
    const QStringList targets = QStringList {Import::kIgnored} + Import::targets();
    m_columns->setRowCount(int(m_table->headers.size()));
    for (int column = 0; column < m_table->headers.size(); ++column) {
        const QString header = m_table->headers.at(column);
        m_columns->setItem(column, 0, item(header));
        QStringList samples;
        for (const QStringList &cells : m_table->rows) {
            if (samples.size() == 3)
                break;
            if (column < cells.size() && !cells.at(column).trimmed().isEmpty())
                samples << cells.at(column).trimmed();
        }
        m_columns->setItem(column, 1, item(samples.join(QStringLiteral(", "))));
        auto *choice = new QComboBox(m_columns);
        choice->setAccessibleName(tr("Import %1 as").arg(header));
        for (const QString &target : targets)
            choice->addItem(targetLabel(target), target);
        choice->setCurrentIndex(int(targets.indexOf(guessed[std::size_t(column)])));
        m_columns->setCellWidget(column, 2, choice);
    }
    m_columns->resizeColumnsToContents();
}

QComboBox *ImportDialog::targetBox(int column) const
{
    return qobject_cast<QComboBox *>(m_columns->cellWidget(column, 2));
}

bool ImportDialog::validateCurrentPage()
{
    if (currentId() == ColumnsPage) {
        m_columnsMessage->clearMessage();
        std::vector<QString> targets;
        for (int column = 0; column < m_columns->rowCount(); ++column)
            targets.push_back(targetBox(column)->currentData().toString());
        auto plan = m_import.plan(*m_table, targets);
        if (!plan) {
            m_columnsMessage->showError(QString::fromStdString(plan.error().message));
            return false;
        }
        m_plan = std::move(*plan);
        fillPreview();
    }
    if (currentId() == PreviewPage) {
        // The import starts once the last page shows, so that its progress can be seen.
        QTimer::singleShot(0, this, &ImportDialog::runImport);
    }
    return QWizard::validateCurrentPage();
}

void ImportDialog::fillPreview()
{
    const Import::Plan &plan = *m_plan;
    QString summary = tr("New people: %1. Already here, gaining only what they lack: %2. Refused: %3.")
                          .arg(QLocale().toString(plan.newPeople), QLocale().toString(plan.matched),
                              QLocale().toString(qlonglong(plan.rejects.size())));
    if (!plan.unknownGroups.isEmpty())
        summary += QLatin1Char(' ')
            + tr("Groups not on this device, so not joined: %1. Create them first to join them.")
                  .arg(plan.unknownGroups.join(QStringLiteral(", ")));
    summary += QLatin1Char(' ')
        + tr("Who sees each person's contact details stays the cautious default until they choose.");
    m_previewSummary->setText(summary);

    // One column per field written, in the order of the file's columns.
    QStringList fields;
    for (const QString &target : plan.targets) {
        if (!target.isEmpty() && target != QLatin1String("groups") && !fields.contains(target))
            fields << target;
    }
    if (!fields.contains(QStringLiteral("display_name")))
        fields.prepend(QStringLiteral("display_name"));
    QStringList headers {tr("Person")};
    for (const QString &field : fields)
        headers << targetLabel(field);
    headers << tr("Groups joined");
    m_preview->clear();
    m_preview->setColumnCount(int(headers.size()));
    m_preview->setHorizontalHeaderLabels(headers);
    const int shown = int(std::min<std::size_t>(plan.rows.size(), kPreviewRows));
    m_preview->setRowCount(shown);
    for (int r = 0; r < shown; ++r) {
        const Import::Row &row = plan.rows[std::size_t(r)];
        m_preview->setItem(r, 0, item(row.held ? tr("Already here") : tr("New")));
        for (int f = 0; f < fields.size(); ++f) {
            const auto value = row.fields.find(fields.at(f).toStdString());
            m_preview->setItem(r, f + 1,
                item(value == row.fields.end() ? QString() : QString::fromStdString(toDisplayString(value->second))));
        }
        m_preview->setItem(r, int(fields.size()) + 1, item(QString::number(row.groupIds.size())));
    }
    m_preview->resizeColumnsToContents();

    fillAlike();

    const int listed = int(std::min<std::size_t>(plan.rejects.size(), kListedRejects));
    m_rejects->setRowCount(listed);
    for (int r = 0; r < listed; ++r) {
        m_rejects->setItem(r, 0, item(QString::number(plan.rejects[std::size_t(r)].line)));
        m_rejects->setItem(r, 1, item(plan.rejects[std::size_t(r)].reason));
    }
}

void ImportDialog::fillAlike()
{
    // Comparing with everyone here takes a moment in a large community.
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const auto alike = m_import.alike(*m_plan);
    QGuiApplication::restoreOverrideCursor();
    const std::size_t count = alike ? alike->size() : 0;
    m_alikeLabel->setVisible(count > 0);
    m_alike->setVisible(count > 0);
    m_alike->setRowCount(int(std::min<std::size_t>(count, kListedRejects)));
    const auto nameOf = [](const FieldMap &person) {
        return QString::fromStdString(textOf(person, "display_name"));
    };
    for (int r = 0; r < m_alike->rowCount(); ++r) {
        const Import::Alike &found = (*alike)[std::size_t(r)];
        const Import::Row &row = m_plan->rows[found.row];
        DuplicateCandidate pair;
        for (const auto &reason : matching::reasonsOf(found.evidence))
            pair.reasons << QString::fromStdString(reason);
        pair.score = int(std::lround(found.evidence.score * 1000));
        pair.namesAlike = int(std::lround(found.evidence.names * 100));
        const auto here = m_device.store().row(QStringLiteral("person"), found.personId);
        m_alike->setItem(r, 0, item(QString::number(row.line)));
        m_alike->setItem(r, 1, item(nameOf(row.fields)));
        m_alike->setItem(r, 2, item(here ? nameOf(*here) : found.personId));
        m_alike->setItem(r, 3, item(DuplicateCandidatesModel::likelihood(pair)));
        m_alike->setItem(r, 4, item(DuplicateCandidatesModel::describeReasons(pair)));
    }
    m_alike->resizeColumnsToContents();
    if (!alike)
        m_previewSummary->setText(m_previewSummary->text() + QLatin1Char(' ')
            + tr("Whether rows look like someone already here could not be checked: %1")
                  .arg(QString::fromStdString(alike.error().message)));
    else if (count > 0)
        m_previewSummary->setText(m_previewSummary->text() + QLatin1Char(' ')
            + tr("%Ln row(s) look like someone already here under another spelling or address (below).", nullptr,
                int(count)));
}

void ImportDialog::runImport()
{
    if (!m_plan || m_running || m_written >= 0)
        return;
    m_running = true;
    m_cancel = false;
    m_saveRejects->setVisible(false);
    QElapsedTimer timer;
    timer.start();
    const int total = int(m_plan->rows.size());
    m_progress->setRange(0, std::max(total, 1));
    m_progress->setValue(0);
    const auto done = m_import.run(
        *m_plan,
        [&](int written, int of) {
            m_progress->setValue(written);
            const Pace pace = paceOf(written, of, timer.elapsed());
            m_runSummary->setText(tr("%1 of %2 rows written · %3 · %4")
                                      .arg(QLocale().toString(written), QLocale().toString(of), pace.rate, pace.left));
            // The window stays alive between two batches: the progress shows, Cancel is heard.
            QCoreApplication::processEvents();
        },
        &m_cancel);
    m_running = false;
    if (!done) {
        m_written = 0;
        m_runSummary->setText(tr("The import stopped: %1").arg(QString::fromStdString(done.error().message)));
    } else {
        m_written = *done;
        m_progress->setValue(m_written);
        m_runSummary->setText(m_written < total
                ? tr("Cancelled: %1 of %2 rows written. They stay, and are sent to the server at the next sync.")
                      .arg(QLocale().toString(m_written), QLocale().toString(total))
                : tr("%Ln row(s) written. They are sent to the server at the next sync.", nullptr, m_written));
    }
    if (!m_plan->rejects.empty()) {
        m_runSummary->setText(m_runSummary->text() + QLatin1Char(' ')
            + tr("%Ln row(s) refused; save them with the reason to fix them and import them again.", nullptr,
                int(m_plan->rejects.size())));
        m_saveRejects->setVisible(true);
    }
    static_cast<Page *>(page(RunPage))->changed();
}

void ImportDialog::saveRejects()
{
    if (!m_table || !m_plan || m_plan->rejects.empty())
        return;
    const QFileInfo source(m_path);
    const QString path = m_prompts.saveFile(this, tr("Save the refused rows"),
        source.dir().filePath(source.completeBaseName() + QStringLiteral(".rejects.csv")), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (auto written = Exporter::writeFile(path, Import::rejectsCsv(*m_table, *m_plan)); !written)
        m_prompts.inform(this, tr("Save the refused rows"), QString::fromStdString(written.error().message));
}

void ImportDialog::reject()
{
    if (m_running) {
        m_cancel = true;
        m_runSummary->setText(tr("Cancelling after this batch; what was written stays."));
        return;
    }
    QWizard::reject();
}

} // namespace commonroom
