#include "CheckInWindow.h"

#include "Prompts.h"

#include "desktop/core/Device.h"
#include "desktop/core/LocalStore.h"
#include "desktop/core/TimeText.h"
#include "desktop/models/DoorSearchModel.h"
#include "desktop/models/EventsModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace commonroom {

namespace {
// The door is read from a step away: everything larger than on a desk.
constexpr double kTextScale = 1.6;
constexpr double kCountScale = 2.6;

QLabel *countLabel(QWidget *parent, const QString &objectName, const QString &accessibleName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setAccessibleName(accessibleName);
    label->setAlignment(Qt::AlignCenter);
    label->setTextFormat(Qt::PlainText);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * kCountScale / kTextScale);
    font.setBold(true);
    label->setFont(font);
    return label;
}

QLabel *captionLabel(QWidget *parent, const QString &text)
{
    auto *label = new QLabel(text, parent);
    label->setAlignment(Qt::AlignCenter);
    return label;
}
} // namespace

CheckInWindow::CheckInWindow(Device &device, Prompts &prompts, const QString &eventId, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_device(device)
    , m_store(device.store())
    , m_prompts(prompts)
    , m_eventId(eventId)
    , m_model(new DoorSearchModel(device.events(), device.people(), device.store(), this))
{
    setObjectName(QStringLiteral("checkInWindow"));
    QFont large = font();
    large.setPointSizeF(large.pointSizeF() * kTextScale);
    setFont(large);

    const auto event = events().event(eventId);
    const QString title = event ? event->title : tr("Unknown event");
    setWindowTitle(tr("Check-in: %1").arg(title));
    setAccessibleName(tr("Check-in"));

    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(title, this);
    m_title->setObjectName(QStringLiteral("checkInTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setAccessibleName(tr("Event"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    m_title->setFont(titleFont);
    m_when = new QLabel(
        event ? EventsModel::describeTimeRange(*event) + QStringLiteral(" · ") + event->place : QString(), this);
    m_when->setTextFormat(Qt::PlainText);
    m_when->setObjectName(QStringLiteral("checkInWhen"));
    // The door opens any day (a rehearsal, a late entry), but says so when it is not the event's.
    m_timing = new QLabel(event ? timingNote(*event, m_device.store().now()) : QString(), this);
    m_timing->setObjectName(QStringLiteral("checkInTiming"));
    m_timing->setTextFormat(Qt::PlainText);
    m_timing->setWordWrap(true);
    QFont timingFont = m_timing->font();
    timingFont.setBold(true);
    m_timing->setFont(timingFont);
    m_timing->setVisible(!m_timing->text().isEmpty());
    auto *heading = new QVBoxLayout;
    heading->addWidget(m_title);
    heading->addWidget(m_when);
    heading->addWidget(m_timing);

    auto *counts = new QHBoxLayout;
    m_expected = countLabel(this, QStringLiteral("expectedCount"), tr("Expected"));
    m_checkedIn = countLabel(this, QStringLiteral("checkedInCount"), tr("Checked in"));
    m_walkIns = countLabel(this, QStringLiteral("walkInCount"), tr("Walk-ins"));
    m_walkInsCaption = captionLabel(this, tr("walk-in(s)", "under their count", 0));
    const std::pair<QLabel *, QLabel *> columns[] = {{m_expected, captionLabel(this, tr("expected"))},
        {m_checkedIn, captionLabel(this, tr("checked in"))}, {m_walkIns, m_walkInsCaption}};
    // Apart, so that each count reads with its own caption from a metre away.
    counts->setSpacing(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 3);
    for (const auto &[label, caption] : columns) {
        auto *column = new QVBoxLayout;
        column->addWidget(label);
        column->addWidget(caption);
        counts->addLayout(column);
    }
    auto *top = new QHBoxLayout;
    top->addLayout(heading, 1);
    top->addLayout(counts);
    layout->addLayout(top);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("doorSearch"));
    m_search->setPlaceholderText(tr("Type the first letters of a name"));
    m_search->setAccessibleName(tr("Find a person"));
    m_search->setAccessibleDescription(
        tr("Registered people are listed first. Enter checks in the highlighted person, Ctrl+Z undoes."));
    m_search->setClearButtonEnabled(true);
    auto *searchLabel = new QLabel(tr("&Find:"), this);
    searchLabel->setBuddy(m_search);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    layout->addLayout(searchRow);

    m_listCaption = new QLabel(this);
    m_listCaption->setObjectName(QStringLiteral("doorListCaption"));
    m_listCaption->setTextFormat(Qt::PlainText);
    m_listCaption->setWordWrap(true);
    layout->addWidget(m_listCaption);

    m_results = new QTableView(this);
    m_results->setObjectName(QStringLiteral("doorResults"));
    m_results->setAccessibleName(tr("People found"));
    m_results->setModel(m_model);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setTabKeyNavigation(false);
    m_results->setWordWrap(false);
    m_results->verticalHeader()->hide();
    // Rows a finger or a hurried click hits: a click checks the person in.
    m_results->verticalHeader()->setDefaultSectionSize(fontMetrics().height() * 2);
    m_results->horizontalHeader()->setSectionResizeMode(DoorSearchModel::NameColumn, QHeaderView::Stretch);
    m_results->horizontalHeader()->setSectionResizeMode(DoorSearchModel::DetailColumn, QHeaderView::Stretch);
    m_results->horizontalHeader()->setSectionResizeMode(DoorSearchModel::StatusColumn, QHeaderView::ResizeToContents);
    layout->addWidget(m_results, 1);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("checkInMessage"));
    m_message->setAccessibleName(tr("Result of the last check-in"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    QFont messageFont = m_message->font();
    messageFont.setBold(true);
    m_message->setFont(messageFont);
    layout->addWidget(m_message);

    auto *buttons = new QHBoxLayout;
    m_checkIn = new QPushButton(tr("&Check in"), this);
    m_checkIn->setObjectName(QStringLiteral("checkInButton"));
    m_checkIn->setAccessibleName(tr("Check in the highlighted person"));
    m_checkIn->setToolTip(tr("Enter"));
    m_undoButton = new QPushButton(tr("&Undo"), this);
    m_undoButton->setObjectName(QStringLiteral("undoButton"));
    m_undoButton->setAccessibleName(tr("Undo the last check-in"));
    m_undoButton->setToolTip(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText));
    m_walkIn = new QPushButton(tr("&Walk-in…"), this);
    m_walkIn->setObjectName(QStringLiteral("walkInButton"));
    m_walkIn->setAccessibleName(tr("Register a walk-in"));
    m_walkIn->setToolTip(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText));
    m_close = new QPushButton(tr("Leave check-in"), this);
    m_close->setObjectName(QStringLiteral("leaveCheckInButton"));
    m_close->setAccessibleName(tr("Leave check-in mode"));
    buttons->addWidget(m_checkIn);
    buttons->addWidget(m_undoButton);
    buttons->addWidget(m_walkIn);
    buttons->addStretch(1);
    buttons->addWidget(m_close);
    for (QPushButton *button : {m_checkIn, m_undoButton, m_walkIn, m_close})
        button->setMinimumHeight(fontMetrics().height() * 2);
    layout->addLayout(buttons);

    m_pending = new QLabel(this);
    m_pending->setObjectName(QStringLiteral("checkInPending"));
    m_pending->setTextFormat(Qt::PlainText);
    m_pending->setAccessibleName(tr("Changes waiting to be sent"));
    layout->addWidget(m_pending);

    connect(m_checkIn, &QPushButton::clicked, this, &CheckInWindow::checkInCurrent);
    connect(m_undoButton, &QPushButton::clicked, this, &CheckInWindow::undoLast);
    connect(m_walkIn, &QPushButton::clicked, this, &CheckInWindow::registerWalkIn);
    connect(m_close, &QPushButton::clicked, this, &QWidget::close);
    connect(m_search, &QLineEdit::textChanged, this, &CheckInWindow::onTextChanged);
    connect(m_search, &QLineEdit::returnPressed, this, &CheckInWindow::checkInCurrent);
    connect(
        m_results, &QAbstractItemView::clicked, this, [this](const QModelIndex &index) { checkInRow(index.row()); });
    connect(
        m_results, &QAbstractItemView::activated, this, [this](const QModelIndex &index) { checkInRow(index.row()); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &CheckInWindow::onResultsReset);
    connect(
        m_results->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
            if (current.isValid())
                m_highlighted = current.data(DoorSearchModel::PersonIdRole).toString();
            m_checkIn->setEnabled(current.isValid());
        });
    connect(&m_store, &LocalStore::tableChanged, this, [this](const QString &table) {
        if (table == QLatin1String("registration") || table == QLatin1String("event"))
            updateCounts();
    });
    connect(&m_store, &LocalStore::pendingCountChanged, this, &CheckInWindow::updatePending);
    m_search->installEventFilter(this);

    // Ctrl+Z anywhere in the window (the search field would otherwise take it as a text undo).
    auto *undo = new QShortcut(QKeySequence::Undo, this);
    undo->setContext(Qt::WindowShortcut);
    connect(undo, &QShortcut::activated, this, &CheckInWindow::undoLast);
    auto *walkIn = new QShortcut(QKeySequence::New, this);
    connect(walkIn, &QShortcut::activated, this, &CheckInWindow::registerWalkIn);
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    auto *fullScreen = new QShortcut(QKeySequence::FullScreen, this);
    connect(fullScreen, &QShortcut::activated, this, [this] { setWindowState(windowState() ^ Qt::WindowFullScreen); });
    auto *fullScreenF11 = new QShortcut(QKeySequence(Qt::Key_F11), this);
    connect(
        fullScreenF11, &QShortcut::activated, this, [this] { setWindowState(windowState() ^ Qt::WindowFullScreen); });

    setTabOrder(m_search, m_results);
    setTabOrder(m_results, m_checkIn);
    setTabOrder(m_checkIn, m_undoButton);
    setTabOrder(m_undoButton, m_walkIn);
    setTabOrder(m_walkIn, m_close);

    m_model->setGuestListWhenEmpty(true);
    m_model->setEventId(eventId);
    if (!event)
        showError(tr("This event is not on this computer. Sync, then open check-in again."));
    else if (!events().canManage(eventId))
        showError(tr("You are not an organizer of this event: the server will refuse check-ins made here. Ask an "
                     "organizer or a leader to run the door."));
    updateCounts();
    updatePending();
    onResultsReset();
    m_search->setFocus();
    resize(1100, 760);
}

Events &CheckInWindow::events() const
{
    return m_device.events();
}

QString CheckInWindow::messageText() const
{
    return m_message->text();
}

void CheckInWindow::onTextChanged(const QString &text)
{
    m_highlighted.clear(); // a new search highlights its first result
    if (!m_model->setText(text))
        showError(m_model->errorText());
}

void CheckInWindow::onResultsReset()
{
    // The first result is highlighted, so Enter right after typing checks them in; when the
    // directory's rows arrive below, the person highlighted stays highlighted. The guest list
    // highlights nobody until the volunteer picks someone: Enter on an empty search must not
    // check in whoever happens to be first.
    const int kept = m_highlighted.isEmpty() ? -1 : m_model->rowOfPerson(m_highlighted);
    if (kept >= 0 || (m_model->rowCount() > 0 && !m_model->showsGuestList()))
        m_results->setCurrentIndex(m_model->index(std::max(kept, 0), 0));
    else
        m_results->setCurrentIndex({});
    m_checkIn->setEnabled(m_results->currentIndex().isValid());
    m_undoButton->setEnabled(!m_undo.empty());
    updateListCaption();
}

void CheckInWindow::updateListCaption()
{
    const bool guestList = m_model->showsGuestList();
    m_results->setAccessibleName(guestList ? tr("Guest list") : tr("People found"));
    if (!guestList)
        m_listCaption->setText(tr("Registered people first, then the rest of the directory."));
    else if (m_model->rowCount() == 0)
        m_listCaption->setText(tr("Nobody is registered yet. Type a name to find anyone in the directory, or "
                                  "register a walk-in (Ctrl+N)."));
    else
        m_listCaption->setText(tr("Guest list: %n still expected, listed first. Type a name to find anyone, or pick "
                                  "someone with ↓ and press Enter.",
            nullptr, m_model->stillExpected()));
}

void CheckInWindow::moveHighlight(int delta)
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    const QModelIndex current = m_results->currentIndex();
    const int next = current.isValid() ? std::clamp(current.row() + delta, 0, rows - 1) : 0;
    m_results->setCurrentIndex(m_model->index(next, 0));
}

bool CheckInWindow::eventFilter(QObject *watched, QEvent *event)
{
    // Ctrl+Z in the search field undoes the last check-in, not the typing: the line edit claims
    // the shortcut for its own undo, so it is taken here first.
    if (watched == m_search && event->type() == QEvent::ShortcutOverride
        && static_cast<QKeyEvent *>(event)->matches(QKeySequence::Undo)) {
        event->accept();
        return true;
    }
    // Up and Down in the search field move the highlight, so the hands never leave the keys.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo)) {
            undoLast();
            return true;
        }
        switch (key->key()) {
        case Qt::Key_Down:
            moveHighlight(1);
            return true;
        case Qt::Key_Up:
            moveHighlight(-1);
            return true;
        case Qt::Key_PageDown:
            moveHighlight(5);
            return true;
        case Qt::Key_PageUp:
            moveHighlight(-5);
            return true;
        case Qt::Key_Escape:
            m_search->clear();
            return true;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CheckInWindow::checkInCurrent()
{
    if (m_model->rowCount() == 0)
        m_model->completeNow(); // Enter before the directory was searched: search it now
    const QModelIndex current = m_results->currentIndex();
    if (current.isValid())
        checkInRow(current.row());
    else if (m_model->showsGuestList())
        showError(tr("Nobody is highlighted. Type the first letters of a name, or pick someone from the guest list "
                     "with ↓, then press Enter."));
    else if (m_model->rowCount() > 0)
        checkInRow(0);
    else if (!m_search->text().trimmed().isEmpty())
        showError(tr("Nobody matches “%1”. Check the spelling, or register a walk-in (Ctrl+N).")
                      .arg(m_search->text().trimmed()));
}

void CheckInWindow::checkInRow(int row)
{
    const DoorMatch *match = m_model->matchAt(row);
    if (!match)
        return;
    const QString personId = match->personId;
    const QString name = match->displayName.isEmpty() ? tr("The person") : match->displayName;
    auto outcome = events().checkIn(m_eventId, personId);
    if (!outcome) {
        showError(tr("%1 could not be checked in: %2").arg(name, QString::fromStdString(outcome.error().message)));
        return;
    }
    if (outcome->alreadyCheckedIn) {
        const auto registration = events().registration(m_eventId, personId);
        const QString at = registration && registration->checkedInAt.isValid()
            ? shortTime(registration->checkedInAt.toLocalTime().time())
            : QString();
        showDone(at.isEmpty() ? tr("%1 is already checked in.").arg(name)
                              : tr("%1 is already checked in (since %2).").arg(name, at));
    } else {
        m_undo.push_back({personId, name});
        QString message = outcome->wasRegistered ? tr("✔ %1 checked in.").arg(name)
                                                 : tr("✔ %1 checked in (was not registered).").arg(name);
        if (outcome->overCapacity)
            message += QLatin1Char(' ') + tr("The room is full: this check-in is kept and flagged for the organizers.");
        showDone(message);
    }
    readyForNext();
}

void CheckInWindow::undoLast()
{
    if (m_undo.empty()) {
        showError(tr("Nothing to undo: no check-in was made in this window yet."));
        return;
    }
    const Done last = m_undo.back();
    if (auto status = events().undoCheckIn(m_eventId, last.personId); !status) {
        showError(tr("The check-in of %1 could not be undone: %2")
                      .arg(last.name, QString::fromStdString(status.error().message)));
        return;
    }
    m_undo.pop_back();
    showDone(tr("Check-in of %1 undone.").arg(last.name));
    m_undoButton->setEnabled(!m_undo.empty());
    m_model->refresh();
    updateCounts();
    m_search->setFocus();
}

void CheckInWindow::registerWalkIn()
{
    const QString typed = m_search->text().simplified();
    const std::optional<WalkInDetails> details = m_prompts.walkIn(this, typed);
    if (!details)
        return;
    auto outcome = events().registerWalkIn(m_eventId, *details);
    if (!outcome) {
        showError(tr("The walk-in could not be registered: %1").arg(QString::fromStdString(outcome.error().message)));
        return;
    }
    m_undo.push_back({outcome->personId, details->displayName});
    showDone(tr("✔ %1 registered as a walk-in and checked in.").arg(details->displayName));
    readyForNext();
}

void CheckInWindow::readyForNext()
{
    // Nobody stays highlighted: on the guest list, a second Enter must not check in again.
    m_highlighted.clear();
    m_results->setCurrentIndex({});
    m_search->clear();
    m_search->setFocus();
    updateCounts();
}

QString CheckInWindow::timingText() const
{
    return m_timing->text();
}

QString CheckInWindow::timingNote(const EventInfo &event, const QDateTime &now)
{
    constexpr qint64 kEarlyHours = 3; // doors open a while before
    constexpr qint64 kLateHours = 12; // and latecomers are recorded the same evening
    const QDateTime end = event.end.isValid() ? event.end : event.start.addSecs(4 * 3600);
    if (now.secsTo(event.start) > kEarlyHours * 3600)
        return tr("“%1” starts %2, not now: whoever is checked in here is counted as having attended.")
            .arg(event.title, EventsModel::describeVenueTime(event, event.start));
    if (end.secsTo(now) > kLateHours * 3600)
        return tr("“%1” ended %2: check-ins made now record attendance after the fact.")
            .arg(event.title, EventsModel::describeVenueTime(event, end));
    return {};
}

void CheckInWindow::updateCounts()
{
    m_counts = events().counts(m_eventId);
    const QLocale locale;
    m_expected->setText(locale.toString(m_counts.expected));
    m_checkedIn->setText(m_counts.capacity > 0
            ? tr("%1 / %2").arg(locale.toString(m_counts.checkedIn), locale.toString(m_counts.capacity))
            : locale.toString(m_counts.checkedIn));
    m_walkIns->setText(locale.toString(m_counts.walkIns));
    m_walkInsCaption->setText(tr("walk-in(s)", "under their count", m_counts.walkIns));
    m_expected->setAccessibleDescription(tr("%n expected", nullptr, m_counts.expected));
    m_checkedIn->setAccessibleDescription(tr("%n checked in", nullptr, m_counts.checkedIn));
    m_walkIns->setAccessibleDescription(tr("%n walk-in(s)", nullptr, m_counts.walkIns));
    m_undoButton->setEnabled(!m_undo.empty());
}

void CheckInWindow::updatePending()
{
    const int pending = m_store.pendingCount();
    m_pending->setText(pending == 0
            ? tr("Everything is saved on this computer and sent.")
            : tr("Saved on this computer; %n change(s) will be sent at the next sync (no network needed now).", nullptr,
                pending));
}

void CheckInWindow::showDone(const QString &message)
{
    m_errorText.clear();
    m_message->setStyleSheet(QString());
    m_message->setText(message);
}

void CheckInWindow::showError(const QString &message)
{
    m_errorText = message;
    m_message->setStyleSheet(QStringLiteral("color: white; background-color: #b00020; padding: 4px;"));
    m_message->setText(message);
}

} // namespace commonroom
