#include "ContributionsPane.h"

#include "PersonPageLists.h"
#include "Prompts.h"

#include "desktop/core/Contributions.h"
#include "desktop/core/Device.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QVBoxLayout>

#include <cmath>

namespace commonroom {

ContributionsPane::ContributionsPane(Device &device, Prompts &prompts, const QString &personId, QWidget *parent)
    : QWidget(parent)
    , m_device(device)
    , m_prompts(prompts)
    , m_personId(personId)
{
    setObjectName(QStringLiteral("contributionsPane"));
    Contributions &contributions = m_device.contributions();
    auto *layout = new QVBoxLayout(this);

    auto *totalsLabel = new QLabel(tr("Totals by area"), this);
    layout->addWidget(totalsLabel);
    m_totals = new QStandardItemModel(this);
    auto *totalsView = personpage::readOnlyList(m_totals, tr("Totals by area"), this);
    totalsView->setMaximumHeight(totalsView->sizeHintForRow(0) > 0 ? totalsView->sizeHintForRow(0) * 7 : 120);
    totalsLabel->setBuddy(totalsView);
    layout->addWidget(totalsView);

    auto *timelineLabel = new QLabel(tr("&Entries, newest first"), this);
    layout->addWidget(timelineLabel);
    m_timeline = new QStandardItemModel(this);
    m_timelineView = personpage::readOnlyList(m_timeline, tr("Contributions and touch-points, newest first"), this);
    m_timelineView->setObjectName(QStringLiteral("contributionTimeline"));
    timelineLabel->setBuddy(m_timelineView);
    layout->addWidget(m_timelineView, 1);

    auto *buttons = new QHBoxLayout;
    m_record = new QPushButton(tr("&Record…"), this);
    m_record->setObjectName(QStringLiteral("recordContribution"));
    m_record->setAccessibleName(tr("Record a contribution or a touch-point"));
    connect(m_record, &QPushButton::clicked, this, &ContributionsPane::record);
    buttons->addWidget(m_record);
    m_confirm = new QPushButton(tr("&Confirm"), this);
    m_confirm->setObjectName(QStringLiteral("confirmContribution"));
    m_confirm->setAccessibleName(tr("Confirm the selected entry"));
    connect(m_confirm, &QPushButton::clicked, this, &ContributionsPane::confirmSelected);
    buttons->addWidget(m_confirm);
    buttons->addStretch();
    layout->addLayout(buttons);

    m_reason = new QLabel(this);
    m_reason->setObjectName(QStringLiteral("contributionReason"));
    m_reason->setTextFormat(Qt::PlainText);
    m_reason->setWordWrap(true);
    layout->addWidget(m_reason);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("contributionError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);

    // The rule table decides what shows: a disabled action says why, next to it.
    QStringList reasons;
    const QString notRecording = contributions.whyNotRecordFor(m_personId);
    m_record->setEnabled(notRecording.isEmpty());
    if (!notRecording.isEmpty())
        reasons << notRecording;
    m_confirm->setVisible(contributions.mayConfirm());
    if (!contributions.mayConfirm() && m_personId.toStdString() == m_device.store().principal().personId)
        reasons << tr("The entries you record wait until a leader confirms them.");
    m_reason->setText(reasons.join(QLatin1Char(' ')));
    m_reason->setVisible(!reasons.isEmpty());

    connect(m_timelineView->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &ContributionsPane::updateConfirm);
    connect(&m_device.store(), &LocalStore::tableChanged, this, [this](const QString &table) {
        if (table == QLatin1String("contribution") || table == QLatin1String("person"))
            reload();
    });
    reload();
}

bool ContributionsPane::hasAnythingFor(Device &device, const QString &personId)
{
    return !personId.isEmpty() && device.contributions().maySeeOf(personId);
}

QString ContributionsPane::reasonText() const
{
    return m_reason->text();
}

QString ContributionsPane::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void ContributionsPane::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void ContributionsPane::reload()
{
    Contributions &contributions = m_device.contributions();
    const QString selected = m_timelineView->currentIndex().data(IdRole).toString();
    m_timeline->clear();
    m_totals->clear();
    if (!contributions.maySeeOf(m_personId)) {
        updateConfirm();
        return;
    }
    const auto totals = contributions.totals(m_personId);
    const auto timeline = contributions.timeline(m_personId);
    // A copy that cannot be read says so, naming the person and the cause, rather than showing
    // no entries.
    if (!totals || !timeline) {
        showError(QString::fromStdString((!totals ? totals.error() : timeline.error()).message));
        updateConfirm();
        return;
    }
    const QLocale locale;
    for (const auto &total : *totals) {
        QString line = tr("%1: %n entry(s)", nullptr, total.entries).arg(m_device.terms().areaName(total.area));
        if (total.minutes > 0)
            line += tr(", %1 (%2 confirmed)")
                        .arg(Contributions::hoursText(total.minutes), Contributions::hoursText(total.confirmedMinutes));
        m_totals->appendRow(new QStandardItem(line));
    }
    for (const auto &entry : *timeline) {
        QStringList parts {locale.toString(entry.doneOn, QLocale::ShortFormat),
            Contributions::kindName(entry.kind) + QStringLiteral(", ") + m_device.terms().areaName(entry.area)};
        if (entry.minutes)
            parts << Contributions::hoursText(entry.minutes);
        parts << tr("recorded by %1").arg(personpage::nameOrId(entry.recordedByName, entry.recordedBy));
        parts << (entry.isConfirmed()
                ? tr("confirmed by %1").arg(personpage::nameOrId(entry.confirmedByName, entry.confirmedBy))
                : tr("waiting for a leader's confirmation"));
        QString text = parts.join(QStringLiteral(" — "));
        if (!entry.description.isEmpty())
            text += QLatin1Char('\n') + entry.description;
        auto *item = new QStandardItem(text);
        item->setData(entry.id, IdRole);
        item->setData(entry.isConfirmed(), ConfirmedRole);
        m_timeline->appendRow(item);
        if (entry.id == selected)
            m_timelineView->setCurrentIndex(item->index());
    }
    updateConfirm();
}

void ContributionsPane::updateConfirm()
{
    const QModelIndex current = m_timelineView->currentIndex();
    m_confirm->setEnabled(current.isValid() && !current.data(ConfirmedRole).toBool());
}

void ContributionsPane::record()
{
    const QDate today = m_device.store().now().toLocalTime().date();
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("recordDialog"));
    dialog.setWindowTitle(tr("Record a contribution"));
    auto *form = new QFormLayout(&dialog);
    const auto addRow = [&](const QString &label, QWidget *field, const QString &name) {
        field->setObjectName(name);
        auto *caption = new QLabel(label, &dialog);
        caption->setBuddy(field);
        field->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
        form->addRow(caption, field);
    };
    auto *area = new QComboBox(&dialog);
    for (const QString &key : m_device.terms().areas())
        area->addItem(m_device.terms().areaName(key), key);
    addRow(tr("&Area:"), area, QStringLiteral("area"));
    auto *kind = new QComboBox(&dialog);
    for (const QString &key : Contributions::kinds())
        kind->addItem(Contributions::kindName(key), key);
    addRow(tr("&Kind:"), kind, QStringLiteral("kind"));
    auto *hours = new QLineEdit(&dialog);
    hours->setPlaceholderText(tr("optional, up to %1").arg(Contributions::maxMinutes() / 60));
    addRow(tr("&Hours:"), hours, QStringLiteral("hours"));
    auto *doneOn = new QDateEdit(today, &dialog);
    doneOn->setCalendarPopup(true);
    doneOn->setMaximumDate(today);
    addRow(tr("&Done on:"), doneOn, QStringLiteral("doneOn"));
    auto *description = new QPlainTextEdit(&dialog);
    description->setTabChangesFocus(true);
    addRow(tr("D&escription:"), description, QStringLiteral("description"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Record"));
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (m_prompts.run(dialog) != QDialog::Accepted)
        return;

    NewContribution entry;
    entry.area = area->currentData().toString();
    entry.kind = kind->currentData().toString();
    entry.description = description->toPlainText();
    entry.doneOn = doneOn->date();
    if (const QString typed = hours->text().trimmed(); !typed.isEmpty()) {
        bool isNumber = false;
        const double value = QLocale().toDouble(typed, &isNumber);
        if (!isNumber || !std::isfinite(value)) {
            showError(
                tr("\"%1\" is not a number of hours; write 1.5 for an hour and a half, or leave it empty.").arg(typed));
            return;
        }
        entry.minutes = int(std::lround(std::clamp(value, -1e6, 1e6) * 60));
    }
    const auto saved = m_device.contributions().record(m_personId, entry);
    showError(saved ? QString() : QString::fromStdString(saved.error().message));
}

void ContributionsPane::confirmSelected()
{
    const QString id = m_timelineView->currentIndex().data(IdRole).toString();
    if (id.isEmpty())
        return;
    const auto confirmed = m_device.contributions().confirm(id);
    showError(confirmed ? QString() : QString::fromStdString(confirmed.error().message));
}

} // namespace commonroom
