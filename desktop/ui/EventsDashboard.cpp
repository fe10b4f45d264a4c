#include "EventsDashboard.h"

#include "AttendanceReportPane.h"
#include "CheckInWindow.h"
#include "DuplicatesPane.h"
#include "EventListPane.h"
#include "EventPagePane.h"
#include "GroupMailPane.h"
#include "PaneWidgets.h"
#include "desktop/core/Device.h"
#include "desktop/core/LocalStore.h"
#include "desktop/models/DuplicateCandidatesModel.h"
#include "desktop/models/EventsModel.h"
#include "desktop/models/RegistrantsModel.h"

#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace commonroom {

EventsDashboard::EventsDashboard(Device &device, Prompts &prompts, QWidget *parent)
    : QWidget(parent)
    , m_device(device)
    , m_store(device.store())
    , m_prompts(prompts)
{
    setObjectName(QStringLiteral("eventsDashboard"));
    setWindowTitle(tr("Events"));
    setAccessibleName(windowTitle());

    auto *layout = new QVBoxLayout(this);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    m_list = new EventListPane(device, prompts, splitter);
    splitter->addWidget(m_list);
    m_tabs = new QTabWidget(splitter);
    m_tabs->setObjectName(QStringLiteral("eventTabs"));
    m_page = new EventPagePane(device, prompts, *m_list->model(), m_tabs);
    m_report = new AttendanceReportPane(device, m_tabs);
    m_duplicates = new DuplicatesPane(device, prompts, m_tabs);
    m_mail = new GroupMailPane(device, prompts, m_tabs);
    m_mail->setObjectName(QStringLiteral("eventMailPane"));
    m_tabs->addTab(m_page, tr("&Event"));
    m_tabs->addTab(m_mail, tr("&Messages"));
    m_tabs->addTab(m_report, tr("&Report"));
    m_tabs->addTab(m_duplicates, tr("D&uplicates"));
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 4);
    layout->addWidget(splitter, 1);
    m_exports = new EventExports(device, prompts, this);

    m_message = panewidgets::plainLabel(this, QStringLiteral("eventsMessage"), tr("Result of the last action"));
    layout->addWidget(m_message);

    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, m_list, &EventListPane::focusSearch);
    auto *create = new QShortcut(QKeySequence::New, this);
    create->setContext(Qt::WidgetWithChildrenShortcut);
    connect(create, &QShortcut::activated, this, &EventsDashboard::newEvent);
    auto *checkIn = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K), this);
    checkIn->setContext(Qt::WidgetWithChildrenShortcut);
    connect(checkIn, &QShortcut::activated, this, &EventsDashboard::openCheckIn);
    m_shortcuts = {find, create, checkIn};

    connect(m_list, &EventListPane::currentEventChanged, this, &EventsDashboard::onCurrentEventChanged);
    connect(m_list, &EventListPane::eventsReloaded, this, [this] {
        m_page->updateDetails();
        updateDuplicatesTab();
    });
    connect(m_page, &EventPagePane::eventEdited, this, &EventsDashboard::selectEvent);
    connect(m_page, &EventPagePane::checkInRequested, this, &EventsDashboard::openCheckIn);
    connect(m_page, &EventPagePane::exportRequested, this, &EventsDashboard::exportCurrent);
    connect(m_report, &AttendanceReportPane::csvRequested, this, &EventsDashboard::exportAttendanceCsv);
    connect(m_duplicates, &DuplicatesPane::pairsChanged, this, &EventsDashboard::updateDuplicatesTab);
    connect(m_list, &EventListPane::succeeded, this, &EventsDashboard::showDone);
    connect(m_list, &EventListPane::failed, this, &EventsDashboard::showError);
    connect(m_page, &EventPagePane::succeeded, this, &EventsDashboard::showDone);
    connect(m_page, &EventPagePane::failed, this, &EventsDashboard::showError);
    connect(m_exports, &EventExports::succeeded, this, &EventsDashboard::showDone);
    connect(m_exports, &EventExports::failed, this, &EventsDashboard::showError);
    connect(m_duplicates, &DuplicatesPane::succeeded, this, &EventsDashboard::showDone);
    connect(m_mail, &GroupMailPane::written, this, &EventsDashboard::showDone);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int tab) {
        if (tab == ReportTab)
            refreshReport();
    });
    connect(&m_store, &LocalStore::tableChanged, this, [this](const QString &table) {
        if (table == QLatin1String("registration") && m_tabs->currentIndex() == ReportTab)
            refreshReport();
    });

    setTabOrder(m_list->newEventButton(), m_tabs);

    onCurrentEventChanged(m_list->currentEventId());
}

EventsDashboard::~EventsDashboard()
{
    delete m_checkIn; // a window of its own, but it holds the same store
}

EventsModel *EventsDashboard::eventsModel() const
{
    return m_list->model();
}

RegistrantsModel *EventsDashboard::registrantsModel() const
{
    return m_page->registrantsModel();
}

DuplicateCandidatesModel *EventsDashboard::duplicatesModel() const
{
    return m_duplicates->model();
}

QTableView *EventsDashboard::eventsView() const
{
    return m_list->view();
}

QTableView *EventsDashboard::registrantsView() const
{
    return m_page->registrantsView();
}

QComboBox *EventsDashboard::whenFilter() const
{
    return m_list->whenFilter();
}

QComboBox *EventsDashboard::groupFilter() const
{
    return m_list->groupFilter();
}

QComboBox *EventsDashboard::areaFilter() const
{
    return m_list->areaFilter();
}

QLineEdit *EventsDashboard::searchField() const
{
    return m_list->searchField();
}

CheckInWindow *EventsDashboard::checkInWindow() const
{
    return m_checkIn;
}

QStandardItemModel *EventsDashboard::reportByArea() const
{
    return m_report->byArea();
}

QChartView *EventsDashboard::reportChart() const
{
    return m_report->chart();
}

QString EventsDashboard::currentEventId() const
{
    return m_list->currentEventId();
}

bool EventsDashboard::selectEvent(const QString &eventId)
{
    return m_list->selectEvent(eventId);
}

bool EventsDashboard::selectRegistrant(const QString &personId)
{
    return m_page->selectRegistrant(personId);
}

QString EventsDashboard::messageText() const
{
    return m_message->text();
}

QString EventsDashboard::reportSummary() const
{
    return m_report->summary();
}

bool EventsDashboard::selectMessage(const QString &eventId, const QString &messageId)
{
    if (!selectEvent(eventId))
        return false;
    m_tabs->setCurrentWidget(m_mail);
    return m_mail->selectMessage(messageId);
}

void EventsDashboard::onCurrentEventChanged(const QString &eventId)
{
    m_page->setEvent(eventId);
    m_mail->setEvent(eventId);
    m_report->setEvent(eventId);
    if (m_tabs->currentIndex() == ReportTab)
        refreshReport();
    updateDuplicatesTab();
}

void EventsDashboard::updateDuplicatesTab()
{
    const bool leader = m_store.principal().role >= Role::Leader;
    m_tabs->setTabVisible(DuplicatesTab, leader);
    const int open = m_duplicates->model()->openCount();
    m_tabs->setTabText(DuplicatesTab, open > 0 ? tr("D&uplicates (%1)").arg(open) : tr("D&uplicates"));
    m_duplicates->updateActions();
}

void EventsDashboard::refreshReport()
{
    m_report->refresh();
}

void EventsDashboard::newEvent()
{
    m_list->newEvent();
}

void EventsDashboard::editEvent()
{
    m_page->editEvent();
}

void EventsDashboard::cancelEvent()
{
    m_page->cancelEvent();
}

void EventsDashboard::registerMe()
{
    m_page->registerMe();
}

void EventsDashboard::cancelMyRegistration()
{
    m_page->cancelMyRegistration();
}

void EventsDashboard::registerSomeone()
{
    m_page->registerSomeone();
}

void EventsDashboard::cancelSelectedRegistration()
{
    m_page->cancelSelectedRegistration();
}

void EventsDashboard::reviewSelectedDuplicate()
{
    m_duplicates->reviewSelected();
}

void EventsDashboard::setEmbedded()
{
    for (QShortcut *shortcut : m_shortcuts)
        shortcut->setEnabled(false);
}

void EventsDashboard::openCheckIn()
{
    const auto event = m_list->currentEvent();
    if (!event) {
        showError(tr("Choose an event first: the door view checks people in at one event."));
        return;
    }
    // The same reasons the page's button is hidden or disabled for, said when a key asks anyway.
    if (!m_device.events().canManage(event->id)) {
        showError(tr("Only the organizers of “%1”, the curators of its group and leaders check people in.")
                      .arg(event->title));
        return;
    }
    if (event->status == QLatin1String("cancelled")) {
        showError(tr("“%1” is cancelled: there is nobody to check in.").arg(event->title));
        return;
    }
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

void EventsDashboard::exportCurrent(EventExports::Kind kind)
{
    using Kind = EventExports::Kind;
    switch (kind) {
    case Kind::AttendanceCsv:
        return exportAttendanceCsv();
    case Kind::EventCalendar:
        return exportEventCalendar();
    case Kind::ListedCalendar:
        return exportListedCalendar();
    case Kind::Subscription:
        return exportSubscription();
    case Kind::SignInSheetPdf:
        return exportSignInSheet();
    case Kind::RegistrantsPdf:
        return exportRegistrants();
    case Kind::PrintSignInSheet:
        return printSignInSheet();
    case Kind::PrintRegistrants:
        return printRegistrants();
    }
}

void EventsDashboard::exportAttendanceCsv()
{
    if (const auto event = m_list->currentEvent())
        m_exports->attendanceCsv(*event);
}

void EventsDashboard::exportEventCalendar()
{
    if (const auto event = m_list->currentEvent())
        m_exports->eventCalendar(*event);
}

void EventsDashboard::exportListedCalendar()
{
    m_exports->listedCalendar(m_list->listedEvents());
}

void EventsDashboard::exportSubscription()
{
    m_exports->subscription(m_list->groupChosen(), m_list->areaChosen());
}

void EventsDashboard::exportSignInSheet()
{
    if (const auto event = m_list->currentEvent())
        m_exports->signInSheetPdf(*event);
}

void EventsDashboard::exportRegistrants()
{
    if (const auto event = m_list->currentEvent())
        m_exports->registrantsPdf(*event);
}

void EventsDashboard::printSignInSheet()
{
    if (const auto event = m_list->currentEvent())
        m_exports->printSignInSheet(*event);
}

void EventsDashboard::printRegistrants()
{
    if (const auto event = m_list->currentEvent())
        m_exports->printRegistrants(*event);
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
