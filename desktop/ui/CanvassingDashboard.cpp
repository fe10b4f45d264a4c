#include "CanvassingDashboard.h"

#include "Prompts.h"
#include "WalkSheets.h"

#include "common/Roles.h"
#include "common/Turfs.h"
#include "desktop/core/Device.h"
#include "desktop/core/FieldText.h"
#include "desktop/core/SmartLists.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace commonroom {

namespace {

constexpr int kIdRole = Qt::UserRole;

QString errorOf(const Error &error)
{
    return QString::fromStdString(error.message);
}

QPushButton *button(const QString &text, const char *name, QWidget *parent)
{
    auto *made = new QPushButton(text, parent);
    made->setObjectName(QString::fromLatin1(name));
    return made;
}

bool isTurfTable(const QString &table)
{
    return table.startsWith(QLatin1String("turf")) || table == QLatin1String("canvass_outcome")
        || table == QLatin1String("person");
}

// A file name from a turf's name: letters, digits and dashes.
QString fileNameOf(const QString &what, const QString &turfName)
{
    QString name = what + QLatin1Char('-') + turfName;
    for (QChar &c : name) {
        if (!c.isLetterOrNumber())
            c = QLatin1Char('-');
    }
    return name + QStringLiteral(".pdf");
}

} // namespace

CanvassingDashboard::CanvassingDashboard(Device &device, Prompts &prompts, QWidget *parent)
    : QWidget(parent)
    , m_device(device)
    , m_prompts(prompts)
{
    setObjectName(QStringLiteral("canvassingDashboard"));
    const bool leads = m_device.turfs().mayEdit();
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(leads ? tr("Cut people into turfs, assign a turf to a member for a time, and follow each "
                                    "turf's canvass. A canvasser's device holds a turf only while it is assigned.")
                               : tr("The turfs assigned to you now. Record what happened at each door: it is saved "
                                    "on this device and sent at the next sync."),
        this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    auto *turfSide = new QWidget(splitter);
    auto *turfLayout = new QVBoxLayout(turfSide);
    turfLayout->setContentsMargins(0, 0, 0, 0);
    m_turfs = new QTreeWidget(turfSide);
    m_turfs->setObjectName(QStringLiteral("turfList"));
    m_turfs->setAccessibleName(tr("Turfs"));
    m_turfs->setRootIsDecorated(false);
    m_turfs->setHeaderLabels(
        {tr("Turf"), tr("Doors"), tr("Visited"), tr("Conversations"), tr("Supporters"), tr("Canvassing")});
    m_turfs->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    turfLayout->addWidget(m_turfs, 1);
    auto *turfButtons = new QHBoxLayout;
    m_cut = button(tr("&Cut turfs…"), "cutTurfsButton", turfSide);
    m_assign = button(tr("&Assign…"), "assignTurfButton", turfSide);
    m_withdraw = button(tr("&Withdraw…"), "withdrawTurfButton", turfSide);
    m_close = button(tr("Cl&ose turf"), "closeTurfButton", turfSide);
    m_walkSheet = button(tr("Walk &sheet…"), "walkSheetButton", turfSide);
    m_phoneList = button(tr("&Phone list…"), "phoneListButton", turfSide);
    for (QPushButton *b : {m_cut, m_assign, m_withdraw, m_close, m_walkSheet, m_phoneList}) {
        turfButtons->addWidget(b);
        // Only leaders and admins change turfs; a canvasser prints their own turf's sheets.
        b->setVisible(leads || b == m_walkSheet || b == m_phoneList);
    }
    turfButtons->addStretch(1);
    turfLayout->addLayout(turfButtons);

    auto *doorSide = new QWidget(splitter);
    auto *doorLayout = new QVBoxLayout(doorSide);
    doorLayout->setContentsMargins(0, 0, 0, 0);
    m_summary = new QLabel(doorSide);
    m_summary->setObjectName(QStringLiteral("turfSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    doorLayout->addWidget(m_summary);
    m_doors = new QTreeWidget(doorSide);
    m_doors->setObjectName(QStringLiteral("doorList"));
    m_doors->setAccessibleName(tr("Doors of the turf, in walking order"));
    m_doors->setRootIsDecorated(false);
    m_doors->setHeaderLabels({tr("Door"), tr("Name"), tr("Phone"), tr("Outcome"), tr("Support")});
    m_doors->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    doorLayout->addWidget(m_doors, 1);
    auto *form = new QHBoxLayout;
    m_outcome = new QComboBox(doorSide);
    m_outcome->setObjectName(QStringLiteral("outcomeChoice"));
    for (const auto outcome : {"not_home", "talked", "refused", "moved"})
        m_outcome->addItem(Turfs::outcomeName(QLatin1String(outcome)), QLatin1String(outcome));
    auto *outcomeLabel = new QLabel(tr("O&utcome:"), doorSide);
    outcomeLabel->setBuddy(m_outcome);
    m_support = new QComboBox(doorSide);
    m_support->setObjectName(QStringLiteral("supportChoice"));
    m_support->setAccessibleName(tr("Support, from 1 (against) to 5 (strongly for)"));
    m_support->addItem(tr("No answer"), 0);
    for (int level = 1; level <= 5; ++level)
        m_support->addItem(QLocale().toString(level), level);
    auto *supportLabel = new QLabel(tr("Su&pport:"), doorSide);
    supportLabel->setBuddy(m_support);
    m_note = new QLineEdit(doorSide);
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setPlaceholderText(tr("Note (leaders and this turf's canvassers see it)"));
    m_note->setAccessibleName(tr("Note from the door"));
    m_record = button(tr("&Record"), "recordOutcomeButton", doorSide);
    form->addWidget(outcomeLabel);
    form->addWidget(m_outcome);
    form->addWidget(supportLabel);
    form->addWidget(m_support);
    form->addWidget(m_note, 1);
    form->addWidget(m_record);
    doorLayout->addLayout(form);
    splitter->addWidget(turfSide);
    splitter->addWidget(doorSide);
    layout->addWidget(splitter, 1);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("canvassingError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: palette(highlighted-text); background: palette(highlight);"));
    m_error->hide();
    layout->addWidget(m_error);

    connect(m_turfs, &QTreeWidget::currentItemChanged, this, [this] {
        showDoors();
        updateButtons();
    });
    connect(m_doors, &QTreeWidget::currentItemChanged, this, &CanvassingDashboard::updateButtons);
    connect(m_cut, &QPushButton::clicked, this, &CanvassingDashboard::cutTurfs);
    connect(m_assign, &QPushButton::clicked, this, &CanvassingDashboard::assign);
    connect(m_withdraw, &QPushButton::clicked, this, &CanvassingDashboard::withdraw);
    connect(m_close, &QPushButton::clicked, this, &CanvassingDashboard::toggleClosed);
    connect(m_walkSheet, &QPushButton::clicked, this, &CanvassingDashboard::saveWalkSheet);
    connect(m_phoneList, &QPushButton::clicked, this, &CanvassingDashboard::savePhoneList);
    connect(m_record, &QPushButton::clicked, this, &CanvassingDashboard::record);
    connect(m_note, &QLineEdit::returnPressed, this, &CanvassingDashboard::record);
    connect(&m_device.store(), &LocalStore::tableChanged, this, [this](const QString &table) {
        if (isTurfTable(table))
            reload();
    });
    reload();
}

bool CanvassingDashboard::isFor(Device &device)
{
    return device.store().principal().role >= Role::Member;
}

QString CanvassingDashboard::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

QString CanvassingDashboard::currentTurf() const
{
    return m_turfs->currentItem() ? m_turfs->currentItem()->data(0, kIdRole).toString() : QString();
}

void CanvassingDashboard::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void CanvassingDashboard::reload()
{
    const QString selected = currentTurf();
    const auto turfs = m_device.turfs().list();
    if (!turfs) {
        showError(errorOf(turfs.error()));
        return;
    }
    const QSignalBlocker blocker(m_turfs);
    m_turfs->clear();
    QTreeWidgetItem *current = nullptr;
    for (const Turf &turf : *turfs) {
        auto *item = new QTreeWidgetItem(m_turfs,
            {turf.state == QLatin1String("closed") ? tr("%1 (closed)").arg(turf.name) : turf.name,
                QLocale().toString(turf.doors), QLocale().toString(turf.visited),
                QLocale().toString(turf.conversations), QLocale().toString(turf.supporters),
                turf.canvassers.join(QStringLiteral(", "))});
        item->setData(0, kIdRole, turf.id);
        if (!current || turf.id == selected)
            current = item;
    }
    if (current)
        m_turfs->setCurrentItem(current);
    if (turfs->empty())
        m_summary->setText(m_device.turfs().mayEdit() ? tr("No turfs yet: cut people into turfs to begin.")
                                                      : tr("No turf is assigned to you now."));
    showDoors();
    updateButtons();
}

void CanvassingDashboard::showDoors()
{
    const QString turfId = currentTurf();
    const QString selectedPerson
        = m_doors->currentItem() ? m_doors->currentItem()->data(0, kIdRole).toString() : QString();
    const QSignalBlocker blocker(m_doors);
    m_doors->clear();
    if (turfId.isEmpty())
        return;
    const auto turf = m_device.turfs().byId(turfId);
    const auto doors = m_device.turfs().doors(turfId);
    if (!turf || !doors) {
        showError(errorOf(!turf ? turf.error() : doors.error()));
        return;
    }
    m_summary->setText(tr("%1: %2 of %n door(s) visited", nullptr, turf->doors).arg(turf->name).arg(turf->visited)
        + QStringLiteral(", ") + tr("%n conversation(s)", nullptr, turf->conversations) + QStringLiteral(", ")
        + tr("%n supporter(s).", nullptr, turf->supporters));
    for (const TurfDoor &door : *doors) {
        auto *item = new QTreeWidgetItem(m_doors,
            {door.address.isEmpty() ? tr("(address not shown to you)") : door.address.section(QLatin1Char('\n'), 0, 0),
                door.name, door.phone, door.outcome.isEmpty() ? QString() : Turfs::outcomeName(door.outcome),
                door.support ? QLocale().toString(door.support) : QString()});
        item->setData(0, kIdRole, door.personId);
        if (!door.note.isEmpty())
            item->setToolTip(3, door.note);
        if (door.personId == selectedPerson)
            m_doors->setCurrentItem(item);
    }
}

void CanvassingDashboard::updateButtons()
{
    const QString turfId = currentTurf();
    const bool chosen = !turfId.isEmpty();
    const QString chooseTurf = tr("Choose a turf first.");
    for (QPushButton *b : {m_assign, m_withdraw, m_close, m_walkSheet, m_phoneList}) {
        b->setEnabled(chosen);
        b->setToolTip(chosen ? QString() : chooseTurf);
    }
    if (chosen) {
        const auto turf = m_device.turfs().byId(turfId);
        const bool closed = turf && turf->state == QLatin1String("closed");
        m_close->setText(closed ? tr("Re&open turf") : tr("Cl&ose turf"));
        m_assign->setEnabled(!closed);
        m_assign->setToolTip(closed ? tr("The turf is closed; open it again to assign it.") : QString());
        const bool assigned = turf && !turf->canvassers.isEmpty();
        m_withdraw->setEnabled(assigned);
        m_withdraw->setToolTip(assigned ? QString() : tr("No one is assigned this turf now."));
    }
    const bool door = m_doors->currentItem() != nullptr;
    const bool may = chosen && m_device.turfs().mayCanvass(turfId);
    m_record->setEnabled(door && may);
    m_record->setToolTip(!chosen ? chooseTurf
            : !may               ? tr("This turf is not assigned to you now.")
            : !door              ? tr("Choose the door first.")
                                 : QString());
}

void CanvassingDashboard::cutTurfs()
{
    TurfCutDialog dialog(m_device, this);
    if (m_prompts.run(dialog) == QDialog::Accepted)
        reload();
}

void CanvassingDashboard::assign()
{
    const auto turf = m_device.turfs().byId(currentTurf());
    if (!turf)
        return showError(errorOf(turf.error()));
    const QString canvasser = m_prompts.person(this, m_device, {});
    if (canvasser.isEmpty())
        return;
    TurfAssignDialog dialog(m_device, *turf, canvasser, this);
    if (m_prompts.run(dialog) == QDialog::Accepted) {
        showError({});
        reload();
    }
}

void CanvassingDashboard::withdraw()
{
    const QString turfId = currentTurf();
    const auto assignments = m_device.turfs().assignments(turfId);
    if (!assignments)
        return showError(errorOf(assignments.error()));
    QStringList names;
    for (const auto &assignment : *assignments) {
        if (assignment.state == QLatin1String("active") && assignment.endsAt > m_device.store().now())
            names << assignment.canvasserName;
    }
    if (names.isEmpty())
        return;
    Prompts::Question question;
    question.title = tr("Withdraw the turf");
    question.text = tr("Withdraw this turf from %1? Their devices drop its doors at their next sync; what they "
                       "recorded stays.")
                        .arg(names.join(QStringLiteral(", ")));
    question.yes = tr("Withdraw");
    question.tone = Prompts::Question::Tone::Warning;
    if (!m_prompts.confirm(this, question))
        return;
    for (const auto &assignment : *assignments) {
        if (assignment.state != QLatin1String("active") || assignment.endsAt <= m_device.store().now())
            continue;
        if (auto done = m_device.turfs().withdraw(assignment.id); !done)
            return showError(errorOf(done.error()));
    }
    showError({});
}

void CanvassingDashboard::toggleClosed()
{
    const auto turf = m_device.turfs().byId(currentTurf());
    if (!turf)
        return showError(errorOf(turf.error()));
    const bool closing = turf->state != QLatin1String("closed");
    if (closing && !turf->canvassers.isEmpty()) {
        Prompts::Question question;
        question.title = tr("Close the turf");
        question.text = tr("%1 is canvassing this turf now. Closing it ends that: their devices drop its doors at "
                           "their next sync.")
                            .arg(turf->canvassers.join(QStringLiteral(", ")));
        question.yes = tr("Close turf");
        question.tone = Prompts::Question::Tone::Warning;
        if (!m_prompts.confirm(this, question))
            return;
    }
    const auto done = m_device.turfs().setOpen(turf->id, !closing);
    showError(done ? QString() : errorOf(done.error()));
}

bool CanvassingDashboard::readTurf(Turf &turf, std::vector<TurfDoor> &doors)
{
    const auto readTurf = m_device.turfs().byId(currentTurf());
    const auto readDoors = m_device.turfs().doors(currentTurf());
    if (!readTurf || !readDoors) {
        showError(errorOf(!readTurf ? readTurf.error() : readDoors.error()));
        return false;
    }
    turf = *readTurf;
    doors = *readDoors;
    return true;
}

void CanvassingDashboard::saveWalkSheet()
{
    savePrintout(tr("Save the walk sheet"), tr("walk-sheet"), &WalkSheets::writeWalkSheet);
}

void CanvassingDashboard::savePhoneList()
{
    savePrintout(tr("Save the phone list"), tr("phone-list"), &WalkSheets::writePhoneList);
}

void CanvassingDashboard::savePrintout(const QString &title, const QString &fileStem, Printout write)
{
    Turf turf;
    std::vector<TurfDoor> doors;
    if (!readTurf(turf, doors))
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = m_prompts.saveFile(
        this, title, QDir(folder).filePath(fileNameOf(fileStem, turf.name)), tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    const auto done = write(path, turf, doors, m_device.store().now());
    showError(done ? QString() : errorOf(done.error()));
}

void CanvassingDashboard::record()
{
    if (!m_record->isEnabled())
        return;
    const QString personId = m_doors->currentItem()->data(0, kIdRole).toString();
    const int support = m_support->currentData().toInt();
    const auto done = m_device.turfs().record(currentTurf(), personId, m_outcome->currentData().toString(),
        support > 0 ? std::optional<int>(support) : std::nullopt, m_note->text());
    if (!done)
        return showError(errorOf(done.error()));
    showError({});
    m_note->clear();
    m_support->setCurrentIndex(0);
    // On to the next door in walking order.
    if (auto *next = m_doors->itemBelow(m_doors->currentItem()))
        m_doors->setCurrentItem(next);
}

TurfCutDialog::TurfCutDialog(Device &device, QWidget *parent)
    : QDialog(parent)
    , m_device(device)
{
    setObjectName(QStringLiteral("turfCutDialog"));
    setWindowTitle(tr("Cut turfs"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_source = new QComboBox(this);
    m_source->setObjectName(QStringLiteral("cutSource"));
    m_source->addItem(tr("The people of an area"), QString());
    if (const auto lists = m_device.smartLists().list()) {
        for (const auto &list : *lists)
            m_source->addItem(tr("Smart list: %1").arg(list.name), list.id);
    }
    form->addRow(tr("&Whom:"), m_source);
    m_area = new QLineEdit(this);
    m_area->setObjectName(QStringLiteral("cutArea"));
    m_area->setPlaceholderText(tr("The area, as people write it in their profile"));
    form->addRow(tr("&Area:"), m_area);
    m_doors = new QSpinBox(this);
    m_doors->setObjectName(QStringLiteral("cutDoors"));
    m_doors->setRange(1, int(turfs::kMaxDoorsPerTurf));
    m_doors->setValue(40);
    form->addRow(tr("&Doors a turf:"), m_doors);
    m_prefix = new QLineEdit(this);
    m_prefix->setObjectName(QStringLiteral("cutPrefix"));
    m_prefix->setPlaceholderText(tr("Before each turf's name, e.g. Spring canvass"));
    form->addRow(tr("&Name them after:"), m_prefix);
    layout->addLayout(form);
    m_preview = new QListWidget(this);
    m_preview->setObjectName(QStringLiteral("cutPreview"));
    m_preview->setAccessibleName(tr("The turfs that would be made"));
    layout->addWidget(m_preview, 1);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("cutSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    layout->addWidget(m_summary);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_cut = buttons->addButton(tr("Cut turfs"), QDialogButtonBox::AcceptRole);
    m_cut->setObjectName(QStringLiteral("cutTurfsConfirm"));
    connect(buttons, &QDialogButtonBox::accepted, this, &TurfCutDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_source, &QComboBox::currentIndexChanged, this, &TurfCutDialog::updatePreview);
    connect(m_area, &QLineEdit::textChanged, this, &TurfCutDialog::updatePreview);
    connect(m_doors, &QSpinBox::valueChanged, this, &TurfCutDialog::updatePreview);
    connect(m_prefix, &QLineEdit::textChanged, this, &TurfCutDialog::updatePreview);
    resize(520, 480);
    updatePreview();
}

void TurfCutDialog::updatePreview()
{
    const QString listId = m_source->currentData().toString();
    m_area->setEnabled(listId.isEmpty());
    m_preview->clear();
    m_plan = {};
    PeopleQuery query;
    if (listId.isEmpty()) {
        query.area = m_area->text().trimmed();
    } else if (const auto list = m_device.smartLists().byId(listId)) {
        query = list->query;
    }
    if (query.isEmpty()) {
        m_summary->setText(tr("Choose a smart list, or write an area."));
        m_cut->setEnabled(false);
        return;
    }
    const auto plan = m_device.turfs().plan(query, m_doors->value(), m_prefix->text());
    if (!plan) {
        m_summary->setText(QString::fromStdString(plan.error().message));
        m_cut->setEnabled(false);
        return;
    }
    m_plan = *plan;
    for (const auto &turf : m_plan.turfs)
        m_preview->addItem(tr("%1 (%n door(s))", nullptr, int(turf.personIds.size())).arg(turf.name));
    QString summary = tr("%n turf(s).", nullptr, int(m_plan.turfs.size()));
    if (m_plan.withoutAddress > 0)
        summary += QLatin1Char(' ')
            + tr("%n selected people left out: you cannot see their address.", nullptr, m_plan.withoutAddress);
    m_summary->setText(summary);
    m_cut->setEnabled(!m_plan.turfs.empty());
}

void TurfCutDialog::accept()
{
    if (m_plan.turfs.empty())
        return;
    const auto made = m_device.turfs().cut(m_plan);
    if (!made) {
        m_summary->setText(QString::fromStdString(made.error().message));
        return;
    }
    m_made = *made;
    QDialog::accept();
}

TurfAssignDialog::TurfAssignDialog(Device &device, const Turf &turf, const QString &canvasserId, QWidget *parent)
    : QDialog(parent)
    , m_device(device)
    , m_turfId(turf.id)
    , m_canvasserId(canvasserId)
{
    setObjectName(QStringLiteral("turfAssignDialog"));
    setWindowTitle(tr("Assign the turf"));
    const auto person = m_device.store().row(QStringLiteral("person"), canvasserId);
    const QString name = person ? fieldText(*person, "display_name") : canvasserId;
    auto *layout = new QVBoxLayout(this);
    auto *what = new QLabel(tr("Assign \"%1\" to %2. Their devices hold its doors from the start to the end, and "
                               "drop them after.")
                                .arg(turf.name, name),
        this);
    what->setWordWrap(true);
    what->setTextFormat(Qt::PlainText);
    layout->addWidget(what);
    auto *form = new QFormLayout;
    const QDateTime now = m_device.store().now().toLocalTime();
    m_from = new QDateTimeEdit(now, this);
    m_from->setObjectName(QStringLiteral("assignFrom"));
    m_from->setCalendarPopup(true);
    m_until = new QDateTimeEdit(now.addDays(7), this);
    m_until->setObjectName(QStringLiteral("assignUntil"));
    m_until->setCalendarPopup(true);
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&Until:"), m_until);
    layout->addLayout(form);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("assignError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("Assign"), QDialogButtonBox::AcceptRole)->setObjectName(QStringLiteral("assignConfirm"));
    connect(buttons, &QDialogButtonBox::accepted, this, &TurfAssignDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void TurfAssignDialog::accept()
{
    const auto done
        = m_device.turfs().assign(m_turfId, m_canvasserId, m_from->dateTime().toUTC(), m_until->dateTime().toUTC());
    if (!done) {
        m_error->setText(QString::fromStdString(done.error().message));
        return;
    }
    QDialog::accept();
}

} // namespace commonroom
