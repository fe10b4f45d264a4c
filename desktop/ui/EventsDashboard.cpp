#include "EventsDashboard.h"

#include "CheckInWindow.h"
#include "DuplicateMergeDialog.h"
#include "EventPrintouts.h"
#include "Prompts.h"

#include "desktop/core/Device.h"
#include "desktop/core/Exporter.h"
#include "desktop/core/ICalendar.h"
#include "desktop/core/LocalStore.h"
#include "desktop/models/DuplicateCandidatesModel.h"
#include "desktop/models/EventsModel.h"
#include "desktop/models/RegistrantsModel.h"

#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPrinter>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QSqlQuery>
#include <QStackedBarSeries>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

#include <tuple>

namespace commonroom {

namespace {
QString errorMessage(const Error &error)
{
    return QString::fromStdString(error.message);
}

QString sentLater()
{
    return EventsDashboard::tr("It will be sent at the next sync.");
}

QTableView *makeTable(QWidget *parent, const QString &objectName, const QString &accessibleName)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->setTabKeyNavigation(false); // Tab leaves the table; arrows move within it
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

QLabel *plainLabel(QWidget *parent, const QString &objectName, const QString &accessibleName = {})
{
    // Titles, places and descriptions come from other people: never interpret them as HTML.
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    if (!accessibleName.isEmpty())
        label->setAccessibleName(accessibleName);
    return label;
}

QPushButton *makeButton(QWidget *parent, const QString &text, const QString &objectName, const QString &accessibleName)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setAccessibleName(accessibleName);
    return button;
}

// A file name from an event title: letters, digits and dashes.
QString safeStem(const QString &title)
{
    QString stem;
    for (const QChar c : title.simplified()) {
        if (c.isLetterOrNumber())
            stem += c;
        else if (!stem.endsWith(QLatin1Char('-')))
            stem += QLatin1Char('-');
    }
    while (stem.endsWith(QLatin1Char('-')))
        stem.chop(1);
    return stem.isEmpty() ? QStringLiteral("event") : stem.left(60);
}
} // namespace

EventsDashboard::EventsDashboard(Device &device, Prompts &prompts, QWidget *parent)
    : QWidget(parent)
    , m_device(device)
    , m_store(device.store())
    , m_prompts(prompts)
    , m_events(new EventsModel(device, this))
    , m_registrants(new RegistrantsModel(device, this))
    , m_duplicates(new DuplicateCandidatesModel(device, this))
    , m_byArea(new QStandardItemModel(0, 5, this))
{
    setObjectName(QStringLiteral("eventsDashboard"));
    setWindowTitle(tr("Events"));
    setAccessibleName(windowTitle());

    auto *layout = new QVBoxLayout(this);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(createList(splitter));
    m_tabs = new QTabWidget(splitter);
    m_tabs->setObjectName(QStringLiteral("eventTabs"));
    m_tabs->addTab(createEventPage(m_tabs), tr("&Event"));
    m_tabs->addTab(createReportPage(m_tabs), tr("&Report"));
    m_tabs->addTab(createDuplicatesPage(m_tabs), tr("D&uplicates"));
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 4);
    layout->addWidget(splitter, 1);

    m_message = plainLabel(this, QStringLiteral("eventsMessage"), tr("Result of the last action"));
    layout->addWidget(m_message);

    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    auto *create = new QShortcut(QKeySequence::New, this);
    create->setContext(Qt::WidgetWithChildrenShortcut);
    connect(create, &QShortcut::activated, this, &EventsDashboard::newEvent);
    auto *checkIn = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K), this);
    checkIn->setContext(Qt::WidgetWithChildrenShortcut);
    connect(checkIn, &QShortcut::activated, this, [this] {
        if (m_checkInButton->isEnabled())
            openCheckIn();
    });

    connect(m_when, &QComboBox::currentIndexChanged, this, &EventsDashboard::applyFilters);
    connect(m_group, &QComboBox::currentIndexChanged, this, &EventsDashboard::applyFilters);
    connect(m_area, &QComboBox::currentIndexChanged, this, &EventsDashboard::applyFilters);
    connect(m_search, &QLineEdit::textChanged, this, &EventsDashboard::applyFilters);
    connect(m_eventsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &EventsDashboard::onCurrentEventChanged);
    connect(m_events, &QAbstractItemModel::modelReset, this, &EventsDashboard::onEventsReset);
    connect(m_registrants, &QAbstractItemModel::modelReset, this, &EventsDashboard::updateDetails);
    connect(m_registrantsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &EventsDashboard::updateActions);
    connect(m_duplicates, &QAbstractItemModel::modelReset, this, &EventsDashboard::updateActions);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int tab) {
        if (tab == ReportTab)
            refreshReport();
    });
    connect(&m_store, &LocalStore::tableChanged, this, [this](const QString &table) {
        if (table == QLatin1String("event") || table == QLatin1String("group"))
            reloadFilterChoices();
        if (table == QLatin1String("registration") && m_tabs->currentIndex() == ReportTab)
            refreshReport();
    });

    setTabOrder(m_when, m_group);
    setTabOrder(m_group, m_area);
    setTabOrder(m_area, m_search);
    setTabOrder(m_search, m_eventsView);
    setTabOrder(m_eventsView, m_newEvent);
    setTabOrder(m_newEvent, m_tabs);

    reloadFilterChoices();
    if (m_events->rowCount() > 0)
        m_eventsView->setCurrentIndex(m_events->index(0, 0));
    updateDetails();
}

EventsDashboard::~EventsDashboard()
{
    delete m_checkIn; // a window of its own, but it holds the same store
}

CheckInWindow *EventsDashboard::checkInWindow() const
{
    return m_checkIn;
}

QWidget *EventsDashboard::createList(QWidget *parent)
{
    auto *panel = new QWidget(parent);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *filters = new QFormLayout;
    m_when = new QComboBox(panel);
    m_when->setObjectName(QStringLiteral("whenFilter"));
    m_when->setAccessibleName(tr("Which events"));
    m_when->addItem(tr("Upcoming"), static_cast<int>(EventQuery::When::Upcoming));
    m_when->addItem(tr("Past"), static_cast<int>(EventQuery::When::Past));
    m_when->addItem(tr("All"), static_cast<int>(EventQuery::When::All));
    m_group = new QComboBox(panel);
    m_group->setObjectName(QStringLiteral("groupFilter"));
    m_group->setAccessibleName(tr("Hosting group"));
    m_area = new QComboBox(panel);
    m_area->setObjectName(QStringLiteral("areaFilter"));
    m_area->setAccessibleName(tr("Area"));
    m_search = new QLineEdit(panel);
    m_search->setObjectName(QStringLiteral("eventSearch"));
    m_search->setAccessibleName(tr("Search events"));
    m_search->setPlaceholderText(tr("Words of the title or place"));
    m_search->setClearButtonEnabled(true);
    filters->addRow(tr("S&how:"), m_when);
    filters->addRow(tr("Gr&oup:"), m_group);
    filters->addRow(tr("&Area:"), m_area);
    filters->addRow(tr("&Search:"), m_search);
    layout->addLayout(filters);

    m_eventsView = makeTable(panel, QStringLiteral("eventsView"), tr("Events"));
    m_eventsView->setModel(m_events);
    QHeaderView *header = m_eventsView->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(EventsModel::TitleColumn, QHeaderView::Stretch);
    layout->addWidget(m_eventsView, 1);

    m_newEvent = makeButton(panel, tr("&New event…"), QStringLiteral("newEventButton"), tr("New event"));
    m_newEvent->setIcon(QIcon::fromTheme(QStringLiteral("list-add")));
    connect(m_newEvent, &QPushButton::clicked, this, &EventsDashboard::newEvent);
    auto *row = new QHBoxLayout;
    row->addWidget(m_newEvent);
    row->addStretch(1);
    layout->addLayout(row);
    return panel;
}

QWidget *EventsDashboard::createEventPage(QWidget *parent)
{
    m_eventPage = new QWidget(parent);
    m_eventPage->setObjectName(QStringLiteral("eventPage"));
    auto *layout = new QVBoxLayout(m_eventPage);

    m_title = plainLabel(m_eventPage, QStringLiteral("eventPageTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);
    m_whenLabel = plainLabel(m_eventPage, QStringLiteral("eventPageWhen"), tr("When"));
    m_where = plainLabel(m_eventPage, QStringLiteral("eventPageWhere"), tr("Where"));
    m_host = plainLabel(m_eventPage, QStringLiteral("eventPageHost"), tr("Hosted by"));
    m_capacity = plainLabel(m_eventPage, QStringLiteral("eventPageCapacity"), tr("Places"));
    m_description = plainLabel(m_eventPage, QStringLiteral("eventPageDescription"), tr("Description"));
    for (QLabel *label : {m_whenLabel, m_where, m_host, m_capacity, m_description})
        layout->addWidget(label);

    m_myStanding = plainLabel(m_eventPage, QStringLiteral("myRegistration"), tr("Your registration"));
    QFont bold = m_myStanding->font();
    bold.setBold(true);
    m_myStanding->setFont(bold);
    layout->addWidget(m_myStanding);

    auto *mine = new QHBoxLayout;
    m_register
        = makeButton(m_eventPage, tr("Re&gister"), QStringLiteral("registerButton"), tr("Register for the event"));
    connect(m_register, &QPushButton::clicked, this, &EventsDashboard::registerMe);
    m_cancelRegistration = makeButton(m_eventPage, tr("&Cancel my registration…"),
        QStringLiteral("cancelRegistrationButton"), tr("Cancel my registration"));
    connect(m_cancelRegistration, &QPushButton::clicked, this, &EventsDashboard::cancelMyRegistration);
    mine->addWidget(m_register);
    mine->addWidget(m_cancelRegistration);
    mine->addStretch(1);
    layout->addLayout(mine);

    auto *manage = new QHBoxLayout;
    m_checkInButton = makeButton(
        m_eventPage, tr("Check-&in mode"), QStringLiteral("checkInModeButton"), tr("Open check-in mode for the door"));
    m_checkInButton->setToolTip(tr("Full-screen check-in at the door (Ctrl+Shift+K); works without a network"));
    connect(m_checkInButton, &QPushButton::clicked, this, &EventsDashboard::openCheckIn);
    m_edit = makeButton(m_eventPage, tr("E&dit…"), QStringLiteral("editEventButton"), tr("Edit the event"));
    connect(m_edit, &QPushButton::clicked, this, &EventsDashboard::editEvent);
    m_cancelEvent
        = makeButton(m_eventPage, tr("Cancel even&t…"), QStringLiteral("cancelEventButton"), tr("Cancel the event"));
    connect(m_cancelEvent, &QPushButton::clicked, this, &EventsDashboard::cancelEvent);
    m_export = makeButton(m_eventPage, tr("E&xport"), QStringLiteral("exportButton"), tr("Export and print"));
    auto *exportMenu = new QMenu(m_export);
    const std::tuple<QString, QString, void (EventsDashboard::*)()> exports[] = {
        {tr("Attendance (CSV)…"), QStringLiteral("exportCsvAction"), &EventsDashboard::exportAttendanceCsv},
        {tr("This event (.ics)…"), QStringLiteral("exportIcsAction"), &EventsDashboard::exportEventCalendar},
        {tr("Listed events (.ics)…"), QStringLiteral("exportListedIcsAction"), &EventsDashboard::exportListedCalendar},
        {tr("Subscription file (.ics)…"), QStringLiteral("exportSubscriptionAction"),
            &EventsDashboard::exportSubscription},
        {tr("Sign-in sheet (PDF)…"), QStringLiteral("exportSignInAction"), &EventsDashboard::exportSignInSheet},
        {tr("Registrants (PDF)…"), QStringLiteral("exportRegistrantsAction"), &EventsDashboard::exportRegistrants},
        {tr("Print sign-in sheet…"), QStringLiteral("printSignInAction"), &EventsDashboard::printSignInSheet},
        {tr("Print registrants…"), QStringLiteral("printRegistrantsAction"), &EventsDashboard::printRegistrants},
    };
    for (const auto &[text, name, slot] : exports) {
        QAction *action = exportMenu->addAction(text);
        action->setObjectName(name);
        connect(action, &QAction::triggered, this, slot);
    }
    m_export->setMenu(exportMenu);
    manage->addWidget(m_checkInButton);
    manage->addWidget(m_edit);
    manage->addWidget(m_cancelEvent);
    manage->addWidget(m_export);
    manage->addStretch(1);
    layout->addLayout(manage);

    auto *registrantsLabel = new QLabel(tr("&List of registrants:"), m_eventPage);
    layout->addWidget(registrantsLabel);
    m_registrantsView = makeTable(m_eventPage, QStringLiteral("registrantsView"), tr("Registrants"));
    m_registrantsView->setModel(m_registrants);
    m_registrantsView->setColumnWidth(RegistrantsModel::NameColumn, 220);
    registrantsLabel->setBuddy(m_registrantsView);
    layout->addWidget(m_registrantsView, 1);

    auto *others = new QHBoxLayout;
    m_registerSomeone = makeButton(m_eventPage, tr("Register a &person…"), QStringLiteral("registerSomeoneButton"),
        tr("Register someone for the event"));
    connect(m_registerSomeone, &QPushButton::clicked, this, &EventsDashboard::registerSomeone);
    m_cancelSelected = makeButton(m_eventPage, tr("&Withdraw selected registration…"),
        QStringLiteral("cancelSelectedButton"), tr("Cancel the selected registration"));
    connect(m_cancelSelected, &QPushButton::clicked, this, &EventsDashboard::cancelSelectedRegistration);
    others->addWidget(m_registerSomeone);
    others->addWidget(m_cancelSelected);
    others->addStretch(1);
    layout->addLayout(others);
    return m_eventPage;
}

QWidget *EventsDashboard::createReportPage(QWidget *parent)
{
    auto *page = new QWidget(parent);
    page->setObjectName(QStringLiteral("reportPage"));
    auto *layout = new QVBoxLayout(page);
    m_reportSummary = plainLabel(page, QStringLiteral("reportSummary"), tr("Attendance"));
    QFont bold = m_reportSummary->font();
    bold.setBold(true);
    m_reportSummary->setFont(bold);
    layout->addWidget(m_reportSummary);
    m_byArea->setHorizontalHeaderLabels({tr("Area"), tr("Registered"), tr("Attended"), tr("No-show"), tr("Walk-ins")});
    auto *byAreaLabel = new QLabel(tr("By &area:"), page);
    layout->addWidget(byAreaLabel);
    m_byAreaView = makeTable(page, QStringLiteral("reportByAreaView"), tr("Attendance by area"));
    m_byAreaView->setModel(m_byArea);
    byAreaLabel->setBuddy(m_byAreaView);
    layout->addWidget(m_byAreaView, 1);
    m_chart = new QChartView(page);
    m_chart->setObjectName(QStringLiteral("reportChart"));
    m_chart->setAccessibleName(tr("Chart of attendance by area"));
    m_chart->setAccessibleDescription(tr("The same figures as the table above"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(220);
    layout->addWidget(m_chart, 1);
    auto *exportCsv = makeButton(
        page, tr("Export attendance (&CSV)…"), QStringLiteral("reportCsvButton"), tr("Export attendance as CSV"));
    connect(exportCsv, &QPushButton::clicked, this, &EventsDashboard::exportAttendanceCsv);
    auto *row = new QHBoxLayout;
    row->addWidget(exportCsv);
    row->addStretch(1);
    layout->addLayout(row);
    return page;
}

QWidget *EventsDashboard::createDuplicatesPage(QWidget *parent)
{
    auto *page = new QWidget(parent);
    page->setObjectName(QStringLiteral("duplicatesPage"));
    auto *layout = new QVBoxLayout(page);
    auto *intro = new QLabel(tr("People flagged as possibly the same person (same email, phone or name), often after "
                                "walk-ins at the door. Review each pair: merge the two records, or mark them as "
                                "different people."),
        page);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_duplicatesView = makeTable(page, QStringLiteral("duplicatesView"), tr("Possible duplicates"));
    m_duplicatesView->setModel(m_duplicates);
    m_duplicatesView->setColumnWidth(DuplicateCandidatesModel::FirstColumn, 200);
    m_duplicatesView->setColumnWidth(DuplicateCandidatesModel::SecondColumn, 200);
    connect(m_duplicatesView, &QAbstractItemView::activated, this, &EventsDashboard::reviewSelectedDuplicate);
    layout->addWidget(m_duplicatesView, 1);
    m_review
        = makeButton(page, tr("Re&view…"), QStringLiteral("reviewDuplicateButton"), tr("Review the selected pair"));
    connect(m_review, &QPushButton::clicked, this, &EventsDashboard::reviewSelectedDuplicate);
    connect(m_duplicatesView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &EventsDashboard::updateActions);
    auto *row = new QHBoxLayout;
    row->addWidget(m_review);
    row->addStretch(1);
    layout->addLayout(row);
    return page;
}

Events &EventsDashboard::events() const
{
    return m_device.events();
}

QString EventsDashboard::me() const
{
    return QString::fromStdString(m_store.principal().personId);
}

QString EventsDashboard::messageText() const
{
    return m_message->text();
}

QString EventsDashboard::reportSummary() const
{
    return m_reportSummary->text();
}

void EventsDashboard::reloadFilterChoices()
{
    // Groups that host events, and the areas events are in, as this device knows them.
    const QString group = m_group->currentData().toString();
    const QString area = m_area->currentData().toString();
    const QSignalBlocker blockGroup(m_group);
    const QSignalBlocker blockArea(m_area);
    m_group->clear();
    m_group->addItem(tr("All groups"), QString());
    QSqlQuery query(m_store.database());
    if (query.exec(
            QStringLiteral("SELECT id, name FROM \"group\" WHERE name IS NOT NULL ORDER BY name COLLATE NOCASE"))) {
        while (query.next())
            m_group->addItem(query.value(1).toString(), query.value(0).toString());
    }
    m_area->clear();
    m_area->addItem(tr("All areas"), QString());
    if (query.exec(QStringLiteral("SELECT DISTINCT area FROM event WHERE area IS NOT NULL AND area != '' "
                                  "ORDER BY area COLLATE NOCASE"))) {
        while (query.next())
            m_area->addItem(query.value(0).toString(), query.value(0).toString());
    }
    m_group->setCurrentIndex(std::max(0, m_group->findData(group)));
    m_area->setCurrentIndex(std::max(0, m_area->findData(area)));
}

void EventsDashboard::applyFilters()
{
    EventQuery query;
    query.when = static_cast<EventQuery::When>(m_when->currentData().toInt());
    query.groupId = m_group->currentData().toString();
    query.area = m_area->currentData().toString();
    query.text = m_search->text().trimmed();
    m_events->setQuery(query);
}

bool EventsDashboard::selectEvent(const QString &eventId)
{
    if (m_events->rowOfId(eventId) < 0) {
        // Hidden by the filters: show everything.
        const QSignalBlocker blockWhen(m_when);
        const QSignalBlocker blockGroup(m_group);
        const QSignalBlocker blockArea(m_area);
        const QSignalBlocker blockSearch(m_search);
        m_when->setCurrentIndex(m_when->findData(static_cast<int>(EventQuery::When::All)));
        m_group->setCurrentIndex(0);
        m_area->setCurrentIndex(0);
        m_search->clear();
        applyFilters();
    }
    const int row = m_events->rowOfId(eventId);
    if (row < 0)
        return false;
    m_eventsView->setCurrentIndex(m_events->index(row, 0));
    m_eventsView->scrollTo(m_events->index(row, 0));
    return m_eventId == eventId;
}

bool EventsDashboard::selectRegistrant(const QString &personId)
{
    const int row = m_registrants->rowOfPerson(personId);
    if (row < 0)
        return false;
    m_registrantsView->setCurrentIndex(m_registrants->index(row, 0));
    return true;
}

void EventsDashboard::onCurrentEventChanged()
{
    if (m_restoringSelection)
        return;
    const QModelIndex current = m_eventsView->currentIndex();
    const QString id = current.isValid() ? current.data(EventsModel::IdRole).toString() : QString();
    if (id == m_eventId)
        return;
    m_eventId = id;
    m_registrants->setEventId(id);
    if (m_tabs->currentIndex() == ReportTab)
        refreshReport();
    updateDetails();
}

void EventsDashboard::onEventsReset()
{
    // A reload (an edit, a sync, a filter) loses the selection: put it back on the same event.
    m_restoringSelection = true;
    const int row = m_events->rowOfId(m_eventId);
    if (row >= 0)
        m_eventsView->setCurrentIndex(m_events->index(row, 0));
    m_restoringSelection = false;
    if (row < 0) {
        m_eventId.clear();
        m_registrants->setEventId({});
    }
    updateDetails();
}

std::optional<EventInfo> EventsDashboard::currentEvent() const
{
    const int row = m_events->rowOfId(m_eventId);
    if (const EventInfo *event = m_events->eventAt(row))
        return *event;
    return std::nullopt;
}

void EventsDashboard::updateDetails()
{
    const auto event = currentEvent();
    m_eventPage->setEnabled(event.has_value());
    if (!event) {
        m_title->setText(m_events->rowCount() == 0
                ? tr("No events match. Change the filters, sync to receive events, or create one.")
                : tr("Select an event to see its details and registrants."));
        for (QLabel *label : {m_whenLabel, m_where, m_host, m_capacity, m_description, m_myStanding})
            label->clear();
        updateActions();
        return;
    }
    const bool cancelled = event->status == QLatin1String("cancelled");
    m_title->setText(cancelled ? tr("%1 (cancelled)").arg(event->title) : event->title);
    m_title->setAccessibleName(tr("Event %1").arg(event->title));
    m_whenLabel->setText(EventsModel::describeTimeRange(*event));
    QStringList where;
    for (const QString &part : {event->place, event->area}) {
        if (!part.trimmed().isEmpty())
            where << part;
    }
    m_where->setText(where.join(QStringLiteral(" · ")));
    const int row = m_events->rowOfId(event->id);
    m_host->setText(tr("Hosted by: %1").arg(m_events->index(row, EventsModel::GroupColumn).data().toString()));
    const AttendanceCounts counts = events().counts(event->id);
    QString places = event->capacity > 0 ? tr("%1 of %n place(s) taken", nullptr, event->capacity).arg(counts.expected)
                                         : tr("%n registered (no limit)", nullptr, counts.expected);
    if (counts.waitlisted > 0)
        places += QStringLiteral(" · ") + tr("%n on the waitlist", nullptr, counts.waitlisted);
    m_capacity->setText(places);
    m_description->setText(event->description);

    const QString myId = me();
    const auto mine = myId.isEmpty() ? std::nullopt : events().registration(event->id, myId);
    if (myId.isEmpty())
        m_myStanding->setText(tr("Sign in to register."));
    else if (!mine || mine->state == QLatin1String("cancelled"))
        m_myStanding->setText(tr("You are not registered."));
    else if (mine->state == QLatin1String("waitlisted"))
        m_myStanding->setText(tr("You are on the waitlist: number %1. You get a place when one frees up, in order.")
                                  .arg(mine->waitlistPosition));
    else
        m_myStanding->setText(mine->attended ? tr("You are registered, and checked in.") : tr("You are registered."));
    updateActions();
}

void EventsDashboard::updateActions()
{
    const auto event = currentEvent();
    const bool cancelled = event && event->status == QLatin1String("cancelled");
    const bool manage = event && events().canManage(event->id);
    const QString myId = me();
    const auto mine = event && !myId.isEmpty() ? events().registration(event->id, myId) : std::nullopt;
    const bool registered = mine && mine->state != QLatin1String("cancelled");

    m_register->setVisible(!registered);
    m_register->setEnabled(event && !cancelled && !myId.isEmpty());
    m_cancelRegistration->setVisible(registered);
    m_edit->setVisible(manage);
    m_cancelEvent->setVisible(manage);
    m_cancelEvent->setEnabled(manage && !cancelled);
    m_checkInButton->setVisible(manage);
    m_checkInButton->setEnabled(manage && !cancelled);
    m_registerSomeone->setVisible(manage);
    m_registerSomeone->setEnabled(manage && !cancelled);
    const QModelIndex selectedRegistrant = m_registrantsView->currentIndex();
    m_cancelSelected->setVisible(manage);
    m_cancelSelected->setEnabled(manage && selectedRegistrant.isValid()
        && selectedRegistrant.data(RegistrantsModel::StateRole).toString() != QLatin1String("cancelled"));
    m_export->setEnabled(event.has_value());
    for (QAction *action : m_export->menu()->actions()) {
        const bool needsManager = action->objectName() == QLatin1String("exportCsvAction")
            || action->objectName() == QLatin1String("exportSignInAction")
            || action->objectName() == QLatin1String("exportRegistrantsAction")
            || action->objectName() == QLatin1String("printSignInAction")
            || action->objectName() == QLatin1String("printRegistrantsAction");
        action->setEnabled(!needsManager || manage);
    }

    const bool leader = m_store.principal().role >= Role::Leader;
    m_tabs->setTabVisible(DuplicatesTab, leader);
    m_tabs->setTabText(DuplicatesTab,
        m_duplicates->openCount() > 0 ? tr("D&uplicates (%1)").arg(m_duplicates->openCount()) : tr("D&uplicates"));
    const QModelIndex candidate = m_duplicatesView->currentIndex();
    m_review->setEnabled(leader && candidate.isValid()
        && candidate.data(DuplicateCandidatesModel::StateRole).toString() == QLatin1String("open"));
}

void EventsDashboard::refreshReport()
{
    m_byArea->removeRows(0, m_byArea->rowCount());
    if (m_eventId.isEmpty()) {
        m_reportSummary->setText(tr("Select an event to see its attendance."));
        QChart *previous = m_chart->chart();
        m_chart->setChart(new QChart);
        delete previous;
        return;
    }
    const AttendanceReport report = events().report(m_eventId);
    const QLocale locale;
    m_reportSummary->setText(tr("%1 registered · %2 attended · %3 no-show · %4 walk-ins · %5 waitlisted · %6 cancelled")
                                 .arg(locale.toString(report.registered), locale.toString(report.attended),
                                     locale.toString(report.noShow), locale.toString(report.walkIns),
                                     locale.toString(report.waitlisted), locale.toString(report.cancelled)));
    for (const AreaCounts &area : report.byArea) {
        QList<QStandardItem *> items;
        items << new QStandardItem(area.area.isEmpty() ? tr("(unknown)") : area.area);
        for (int value : {area.registered, area.attended, area.noShow, area.walkIns}) {
            auto *item = new QStandardItem;
            item->setData(value, Qt::DisplayRole);
            item->setData(QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter), Qt::TextAlignmentRole);
            items << item;
        }
        for (QStandardItem *item : items)
            item->setEditable(false);
        m_byArea->appendRow(items);
    }

    // Attended and no-show stacked per area: who came, and where people stayed away.
    auto *chart = new QChart;
    chart->setTitle(tr("Attendance by area"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto *attended = new QBarSet(tr("Attended"));
    auto *noShow = new QBarSet(tr("No-show"));
    QStringList areas;
    int highest = 1;
    for (const AreaCounts &area : report.byArea) {
        areas << (area.area.isEmpty() ? tr("(unknown)") : area.area);
        *attended << area.attended;
        *noShow << area.noShow;
        highest = std::max(highest, area.attended + area.noShow);
    }
    auto *series = new QStackedBarSeries;
    series->append(attended);
    series->append(noShow);
    chart->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    categories->append(areas);
    chart->addAxis(categories, Qt::AlignBottom);
    series->attachAxis(categories);
    auto *values = new QValueAxis;
    values->setRange(0, highest);
    values->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(values);
    QChart *previous = m_chart->chart();
    m_chart->setChart(chart); // the view owns the new chart; the old one is ours to delete
    delete previous;
}

bool EventsDashboard::confirm(const QString &title, const QString &question)
{
    return m_prompts.confirm(this, title, question);
}

void EventsDashboard::newEvent()
{
    EventInfo draft;
    const QString group = m_group->currentData().toString();
    draft.groupId = group;
    draft.area = m_area->currentData().toString();
    const auto event = m_prompts.event(this, m_store, draft);
    if (!event)
        return;
    auto created = events().create(*event);
    if (!created) {
        showError(tr("The event was not created: %1").arg(errorMessage(created.error())));
        return;
    }
    showDone(tr("Event “%1” created. %2").arg(event->title, sentLater()));
    selectEvent(*created);
}

void EventsDashboard::editEvent()
{
    const auto current = currentEvent();
    if (!current)
        return;
    auto event = m_prompts.event(this, m_store, *current);
    if (!event)
        return;
    event->id = current->id;
    if (auto status = events().update(*event); !status) {
        showError(tr("The event was not changed: %1").arg(errorMessage(status.error())));
        return;
    }
    showDone(tr("Event “%1” saved. %2").arg(event->title, sentLater()));
    selectEvent(current->id);
}

void EventsDashboard::cancelEvent()
{
    const auto event = currentEvent();
    if (!event)
        return;
    if (!confirm(tr("Cancel event"),
            tr("Cancel “%1”? It stays in the list, marked cancelled, so registrants can be told; calendars that "
               "subscribe remove it.")
                .arg(event->title)))
        return;
    if (auto status = events().cancelEvent(event->id); !status) {
        showError(tr("The event was not cancelled: %1").arg(errorMessage(status.error())));
        return;
    }
    showDone(tr("“%1” is cancelled. %2").arg(event->title, sentLater()));
}

void EventsDashboard::registerMe()
{
    const auto event = currentEvent();
    if (!event)
        return;
    auto state = events().registerPerson(event->id);
    if (!state) {
        showError(tr("You were not registered: %1").arg(errorMessage(state.error())));
        return;
    }
    if (*state == QLatin1String("waitlisted")) {
        const auto mine = events().registration(event->id, me());
        showDone(tr("The event is full: you are on the waitlist (number %1). %2")
                     .arg(mine ? mine->waitlistPosition : 0)
                     .arg(sentLater()));
    } else {
        showDone(tr("You are registered for “%1”. %2").arg(event->title, sentLater()));
    }
}

void EventsDashboard::cancelMyRegistration()
{
    const auto event = currentEvent();
    if (!event)
        return;
    if (!confirm(tr("Cancel registration"),
            tr("Cancel your registration for “%1”? Your place goes to the first person on the waitlist.")
                .arg(event->title)))
        return;
    if (auto status = events().cancelRegistration(event->id); !status) {
        showError(tr("Your registration was not cancelled: %1").arg(errorMessage(status.error())));
        return;
    }
    showDone(tr("Your registration is cancelled. %1").arg(sentLater()));
}

void EventsDashboard::registerSomeone()
{
    const auto event = currentEvent();
    if (!event)
        return;
    const QString personId = m_prompts.person(this, m_store, event->id);
    if (personId.isEmpty())
        return;
    auto state = events().registerPerson(event->id, personId);
    if (!state) {
        showError(tr("The person was not registered: %1").arg(errorMessage(state.error())));
        return;
    }
    const auto registration = events().registration(event->id, personId);
    const QString name
        = registration && !registration->displayName.isEmpty() ? registration->displayName : tr("The person");
    showDone((*state == QLatin1String("waitlisted") ? tr("%1 is on the waitlist.").arg(name)
                                                    : tr("%1 is registered.").arg(name))
        + QLatin1Char(' ') + sentLater());
    selectRegistrant(personId);
}

void EventsDashboard::cancelSelectedRegistration()
{
    const auto event = currentEvent();
    const Registration *registration = m_registrants->registrationAt(m_registrantsView->currentIndex().row());
    if (!event || !registration)
        return;
    const QString personId = registration->personId;
    const QString name = registration->displayName.isEmpty() ? tr("this person") : registration->displayName;
    if (!confirm(tr("Cancel registration"),
            tr("Cancel the registration of %1 for “%2”? The first person on the waitlist gets the place.")
                .arg(name, event->title)))
        return;
    if (auto status = events().cancelRegistration(event->id, personId); !status) {
        showError(tr("The registration was not cancelled: %1").arg(errorMessage(status.error())));
        return;
    }
    showDone(tr("The registration of %1 is cancelled. %2").arg(name, sentLater()));
}

void EventsDashboard::openCheckIn()
{
    const auto event = currentEvent();
    if (!event)
        return;
    if (m_checkIn && m_checkIn->eventId() == event->id) {
        m_checkIn->showFullScreen();
        m_checkIn->raise();
        m_checkIn->activateWindow();
        return;
    }
    delete m_checkIn;
    // A top-level window (no parent), deleted with the dashboard or when another event's opens.
    m_checkIn = new CheckInWindow(m_device, m_prompts, event->id);
    m_checkIn->showFullScreen();
    m_checkIn->activateWindow();
}

QString EventsDashboard::askSavePath(const QString &title, const QString &suggestedName, const QString &filter)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return m_prompts.saveFile(this, title, QDir(folder).filePath(suggestedName), filter);
}

QString EventsDashboard::fileStem() const
{
    const auto event = currentEvent();
    return safeStem(event ? event->title : QString());
}

void EventsDashboard::saveBytes(
    const QString &title, const QString &suggestedName, const QString &filter, const QByteArray &data)
{
    const QString path = askSavePath(title, suggestedName, filter);
    if (path.isEmpty())
        return;
    if (auto status = Exporter::writeFile(path, data); !status) {
        showError(tr("Nothing was saved: %1").arg(errorMessage(status.error())));
        return;
    }
    showDone(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
}

void EventsDashboard::exportAttendanceCsv()
{
    if (m_eventId.isEmpty())
        return;
    auto csv = events().attendanceCsv(m_eventId);
    if (!csv) {
        showError(tr("The attendance could not be exported: %1").arg(errorMessage(csv.error())));
        return;
    }
    saveBytes(tr("Export attendance"), fileStem() + QStringLiteral("-attendance.csv"), tr("CSV files (*.csv)"), *csv);
}

void EventsDashboard::exportEventCalendar()
{
    const auto event = currentEvent();
    if (!event)
        return;
    saveBytes(tr("Export event"), fileStem() + QStringLiteral(".ics"), tr("Calendar files (*.ics)"),
        ICalendar::write({*event}, event->title, m_store.clock()));
}

void EventsDashboard::exportListedCalendar()
{
    std::vector<EventInfo> listed;
    for (int row = 0; row < m_events->rowCount(); ++row)
        listed.push_back(*m_events->eventAt(row));
    if (listed.empty()) {
        showError(tr("No events are listed: change the filters first."));
        return;
    }
    saveBytes(tr("Export listed events"), QStringLiteral("commonroom-events.ics"), tr("Calendar files (*.ics)"),
        ICalendar::write(listed, tr("Commonroom events"), m_store.clock()));
}

void EventsDashboard::exportSubscription()
{
    // Every event that is not over yet, whatever the filters show: what a calendar should follow.
    EventQuery upcoming;
    upcoming.when = EventQuery::When::Upcoming;
    upcoming.groupId = m_group->currentData().toString();
    upcoming.area = m_area->currentData().toString();
    const auto listed = events().list(upcoming);
    saveBytes(tr("Save subscription file"), QStringLiteral("commonroom-subscription.ics"), tr("Calendar files (*.ics)"),
        ICalendar::writeSubscription(listed, tr("Commonroom events"), m_store.clock()));
}

void EventsDashboard::exportSignInSheet()
{
    const auto event = currentEvent();
    if (!event)
        return;
    const QString path
        = askSavePath(tr("Save sign-in sheet"), fileStem() + QStringLiteral("-sign-in.pdf"), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (auto status = EventPrintouts::writeSignInSheet(path, *event, events().registrations(event->id)); !status) {
        showError(tr("The sign-in sheet was not saved: %1").arg(errorMessage(status.error())));
        return;
    }
    showDone(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
}

void EventsDashboard::exportRegistrants()
{
    const auto event = currentEvent();
    if (!event)
        return;
    const QString path = askSavePath(
        tr("Save list of registrants"), fileStem() + QStringLiteral("-registrants.pdf"), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (auto status = EventPrintouts::writeRegistrants(path, *event, events().registrations(event->id)); !status) {
        showError(tr("The list of registrants was not saved: %1").arg(errorMessage(status.error())));
        return;
    }
    showDone(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
}

void EventsDashboard::print(const QString &title, const QString &html)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(title);
    printer.setPageSize(QPageSize(QPageSize::A4));
    if (!m_prompts.print(this, printer))
        return;
    EventPrintouts::print(printer, html);
    if (printer.printerState() == QPrinter::Error) {
        showError(tr("Printing failed. Check the printer, or export a PDF instead."));
        return;
    }
    showDone(tr("Sent to the printer: %1.").arg(title));
}

void EventsDashboard::printSignInSheet()
{
    const auto event = currentEvent();
    if (event)
        print(tr("Sign-in sheet: %1").arg(event->title),
            EventPrintouts::signInSheetHtml(*event, events().registrations(event->id)));
}

void EventsDashboard::printRegistrants()
{
    const auto event = currentEvent();
    if (event)
        print(tr("Registrants: %1").arg(event->title),
            EventPrintouts::registrantsHtml(*event, events().registrations(event->id)));
}

void EventsDashboard::reviewSelectedDuplicate()
{
    const DuplicateCandidate *candidate = m_duplicates->candidateAt(m_duplicatesView->currentIndex().row());
    if (!candidate || candidate->state != QLatin1String("open"))
        return;
    const QString id = candidate->id;
    DuplicateMergeDialog dialog(m_device, m_prompts, id, this);
    if (m_prompts.run(dialog) != QDialog::Accepted)
        return;
    const auto decided = m_device.duplicates().candidate(id);
    if (decided && decided->state == QLatin1String("merged"))
        showDone(tr("The two records are merged. %1").arg(sentLater()));
    else if (decided && decided->state == QLatin1String("dismissed"))
        showDone(tr("Marked as different people. %1").arg(sentLater()));
}

void EventsDashboard::showError(const QString &message)
{
    m_errorText = message;
    m_message->setText(message);
}

void EventsDashboard::showDone(const QString &message)
{
    m_errorText.clear();
    m_message->setText(message);
}

} // namespace commonroom
