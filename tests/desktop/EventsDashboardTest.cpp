// The events dashboard offscreen against a real LocalStore: list with upcoming/past and
// group/area filters, the event page (register, waitlist, cancel), new and edited events,
// check-in mode, the report by area, and the exports (CSV, .ics parsed back, PDF).
#include "EventsFixture.h"
#include "ScriptedPrompts.h"

#include "desktop/core/Device.h"
#include "desktop/core/ICalendar.h"
#include "desktop/models/DuplicateCandidatesModel.h"
#include "desktop/models/EventsModel.h"
#include "desktop/models/RegistrantsModel.h"
#include "desktop/ui/CheckInWindow.h"
#include "desktop/ui/DuplicateMergeDialog.h"
#include "desktop/ui/EventDialog.h"
#include "desktop/ui/EventPrintouts.h"
#include "desktop/ui/EventsDashboard.h"
#include "desktop/ui/MessageLabel.h"

#include <QAction>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QStackedBarSeries>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QValueAxis>
#include <QtTest>

using namespace commonroom;
using namespace commonroom::testing;

namespace {
bool offered(const QPushButton *button)
{
    return button && !button->isHidden() && button->isEnabled();
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

class EventsDashboardTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_fixture = std::make_unique<EventsFixture>();
        QVERIFY(m_fixture->setUp());
        m_garden = m_fixture->createEvent(QStringLiteral("Garden day"), 24, 2, QStringLiteral("garden"));
        m_choir = m_fixture->createEvent(
            QStringLiteral("Choir night"), 72, 0, QStringLiteral("choir"), QStringLiteral("Porto"));
        m_past = m_fixture->createEvent(QStringLiteral("Last assembly"), -48);
        QVERIFY(!m_garden.isEmpty() && !m_choir.isEmpty() && !m_past.isEmpty());

        m_prompts = std::make_unique<ScriptedPrompts>();
        m_prompts->agree = true;
    }

    void cleanup()
    {
        m_prompts.reset();
        m_fixture.reset();
    }

    void listsUpcomingAndPastWithFilters()
    {
        EventsDashboard dashboard(m_fixture->device, *m_prompts);
        QTableView *view = dashboard.eventsView();
        QCOMPARE(view->model()->rowCount(), 2); // upcoming
        QCOMPARE(dashboard.currentEventId(), m_garden); // the first is shown at once
        QCOMPARE(dashboard.findChild<QLabel *>(QStringLiteral("eventPageTitle"))->text(), QStringLiteral("Garden day"));

        dashboard.whenFilter()->setCurrentIndex(1); // past
        QCOMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->model()->index(0, 0).data(EventsModel::IdRole).toString(), m_past);

        dashboard.whenFilter()->setCurrentIndex(2); // all
        QCOMPARE(view->model()->rowCount(), 3);
        QComboBox *group = dashboard.groupFilter();
        group->setCurrentIndex(group->findData(QStringLiteral("choir")));
        QCOMPARE(view->model()->rowCount(), 1);
        QCOMPARE(dashboard.currentEventId(), QString()); // the garden day is filtered out
        group->setCurrentIndex(0);
        QComboBox *area = dashboard.areaFilter();
        QVERIFY(area->findData(QStringLiteral("Porto")) > 0);
        area->setCurrentIndex(area->findData(QStringLiteral("Porto")));
        QCOMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->model()->index(0, 0).data(EventsModel::IdRole).toString(), m_choir);

        // Selecting a hidden event widens the filters.
        QVERIFY(dashboard.selectEvent(m_past));
        QCOMPARE(area->currentIndex(), 0);
        QVERIFY(!dashboard.selectEvent(QStringLiteral("nope")));
    }

    void registersCancelsAndShowsTheWaitlist()
    {
        QVERIFY(m_fixture->registerPeople(m_garden, {QStringLiteral("ana"), QStringLiteral("bob")}));
        EventsDashboard dashboard(m_fixture->device, *m_prompts);
        QVERIFY(dashboard.selectEvent(m_garden));
        auto *registerButton = button(dashboard, "registerButton");
        QVERIFY(offered(registerButton));
        QVERIFY(button(dashboard, "cancelRegistrationButton")->isHidden());
        QCOMPARE(label(dashboard, "myRegistration"), QStringLiteral("You are not registered."));
        QVERIFY(label(dashboard, "eventPageCapacity").startsWith(QStringLiteral("2 of 2")));

        // Full: the signed-in person goes on the waitlist, and is told their place.
        registerButton->click();
        QVERIFY2(dashboard.errorText().isEmpty(), qPrintable(dashboard.errorText()));
        QVERIFY(dashboard.messageText().contains(QStringLiteral("waitlist (number 1)")));
        QVERIFY(label(dashboard, "myRegistration").contains(QStringLiteral("number 1")));
        QCOMPARE(dashboard.registrantsModel()->rowCount(), 3);
        QVERIFY(offered(button(dashboard, "cancelRegistrationButton")));
        QVERIFY(button(dashboard, "registerButton")->isHidden());

        // Cancelling asks first; "no" changes nothing.
        m_prompts->agree = false;
        const int pending = m_fixture->store.pendingCount();
        button(dashboard, "cancelRegistrationButton")->click();
        QCOMPARE(m_prompts->asked.last(), QStringLiteral("confirm:Cancel registration"));
        QCOMPARE(m_fixture->store.pendingCount(), pending);
        m_prompts->agree = true;
        button(dashboard, "cancelRegistrationButton")->click();
        QCOMPARE(m_fixture->events().registration(m_garden, QStringLiteral("me"))->state, QStringLiteral("cancelled"));
        QCOMPARE(label(dashboard, "myRegistration"), QStringLiteral("You are not registered."));
    }

    void organizersRegisterSomeoneAndCancelTheirRegistration()
    {
        EventsDashboard dashboard(m_fixture->device, *m_prompts);
        QVERIFY(dashboard.selectEvent(m_garden));
        auto *someone = button(dashboard, "registerSomeoneButton");
        QVERIFY(offered(someone));
        someone->click(); // cancelled in the picker: nothing happens
        QCOMPARE(m_prompts->asked, QStringList {QStringLiteral("person:%1").arg(m_garden)});
        QCOMPARE(dashboard.registrantsModel()->rowCount(), 0);
        m_prompts->personAnswer = QStringLiteral("carla");
        someone->click();
        QVERIFY(dashboard.messageText().contains(QStringLiteral("Carla Cruz is registered")));
        QCOMPARE(dashboard.registrantsModel()->rowCount(), 1);
        QCOMPARE(dashboard.registrantsView()->currentIndex().data(RegistrantsModel::PersonIdRole).toString(),
            QStringLiteral("carla"));

        auto *cancelSelected = button(dashboard, "cancelSelectedButton");
        QVERIFY(offered(cancelSelected));
        cancelSelected->click();
        QCOMPARE(m_prompts->asked.last(), QStringLiteral("confirm:Cancel registration"));
        QCOMPARE(
            m_fixture->events().registration(m_garden, QStringLiteral("carla"))->state, QStringLiteral("cancelled"));
    }

    void membersSeeNoOrganizerActions()
    {
        QVERIFY(m_fixture->store.setSetting(QStringLiteral("role"), QStringLiteral("member")).ok());
        QVERIFY(m_fixture->store.setSetting(QStringLiteral("person_id"), QStringLiteral("bob")).ok());
        EventsDashboard dashboard(m_fixture->device, *m_prompts);
        QVERIFY(dashboard.selectEvent(m_garden));
        QVERIFY(offered(button(dashboard, "registerButton")));
        for (const char *name : {"editEventButton", "cancelEventButton", "checkInModeButton", "registerSomeoneButton",
                 "cancelSelectedButton"})
            QVERIFY2(button(dashboard, name)->isHidden(), name);
        QVERIFY(!dashboard.findChild<QAction *>(QStringLiteral("exportCsvAction"))->isEnabled());
        QVERIFY(dashboard.findChild<QAction *>(QStringLiteral("exportIcsAction"))->isEnabled());
        QVERIFY(!dashboard.tabs()->isTabVisible(EventsDashboard::DuplicatesTab));
    }

    void createsAndEditsEvents()
    {
        EventsDashboard dashboard(m_fixture->device, *m_prompts);
        dashboard.newEvent(); // cancelled
        QCOMPARE(m_prompts->asked, QStringList {QStringLiteral("event:new")});
        QCOMPARE(dashboard.eventsModel()->rowCount(), 2);

        EventInfo draft;
        draft.title = QStringLiteral("Bike repair");
        draft.start = fixtureNow().addDays(3);
        draft.end = draft.start.addSecs(3600);
        draft.timeZone = QStringLiteral("Europe/Madrid");
        draft.place = QStringLiteral("Workshop");
        draft.area = QStringLiteral("Madrid");
        draft.capacity = 12;
        m_prompts->eventAnswer = draft;
        dashboard.newEvent();
        QVERIFY2(dashboard.errorText().isEmpty(), qPrintable(dashboard.errorText()));
        QCOMPARE(dashboard.eventsModel()->rowCount(), 3);
        QCOMPARE(label(dashboard, "eventPageTitle"), QStringLiteral("Bike repair"));
        const QString created = dashboard.currentEventId();
        QCOMPARE(m_fixture->events().event(created)->capacity, 12);
        // The new area is offered as a filter.
        QVERIFY(dashboard.areaFilter()->findData(QStringLiteral("Madrid")) > 0);

        // Bad input is refused with the core's reason, and nothing changes.
        EventInfo bad = draft;
        bad.end = bad.start.addSecs(-60);
        m_prompts->eventAnswer = bad;
        button(dashboard, "editEventButton")->click();
        QVERIFY(!dashboard.errorText().isEmpty());
        QCOMPARE(m_fixture->events().event(created)->end, draft.end);

        EventInfo edited = draft;
        edited.title = QStringLiteral("Bike repair café");
        m_prompts->eventAnswer = edited;
        button(dashboard, "editEventButton")->click();
        QVERIFY2(dashboard.errorText().isEmpty(), qPrintable(dashboard.errorText()));
        QCOMPARE(m_fixture->events().event(created)->title, QStringLiteral("Bike repair café"));
        QCOMPARE(dashboard.currentEventId(), created);

        m_prompts->agree = true;
        button(dashboard, "cancelEventButton")->click();
        QCOMPARE(m_fixture->events().event(created)->status, QStringLiteral("cancelled"));
        QVERIFY(label(dashboard, "eventPageTitle").contains(QStringLiteral("cancelled")));
        QVERIFY(!button(dashboard, "checkInModeButton")->isEnabled());
    }

    void opensCheckInMode()
    {
        EventsDashboard dashboard(m_fixture->device, *m_prompts);
        QVERIFY(dashboard.selectEvent(m_garden));
        button(dashboard, "checkInModeButton")->click();
        QPointer<CheckInWindow> window = dashboard.checkInWindow();
        QVERIFY(window);
        QCOMPARE(window->eventId(), m_garden);
        QVERIFY(window->isFullScreen());
        // Opening it again brings back the same window.
        dashboard.openCheckIn();
        QCOMPARE(dashboard.checkInWindow(), window.data());
        QVERIFY(dashboard.selectEvent(m_choir));
        dashboard.openCheckIn();
        QVERIFY(!window); // another event's door replaces it
        QCOMPARE(dashboard.checkInWindow()->eventId(), m_choir);
    }

    void reportsAttendanceByArea()
    {
        // Two days ago, before and at the door of the last assembly.
        m_fixture->clock.setMs(kNowMs - 50LL * 3600 * 1000);
        QVERIFY(m_fixture->registerPeople(
            m_past, {QStringLiteral("ana"), QStringLiteral("carla"), QStringLiteral("anabel")}));
        m_fixture->clock.setMs(kNowMs - 48LL * 3600 * 1000);
        QVERIFY(m_fixture->events().checkIn(m_past, QStringLiteral("ana")).ok());
        QVERIFY(m_fixture->events().checkIn(m_past, QStringLiteral("anabel")).ok());
        WalkInDetails walkIn;
        walkIn.displayName = QStringLiteral("Dora Diaz");
        walkIn.area = QStringLiteral("Lisbon");
        QVERIFY(m_fixture->events().registerWalkIn(m_past, walkIn).ok());
        m_fixture->clock.setMs(kNowMs);

        EventsDashboard dashboard(m_fixture->device, *m_prompts);
        QVERIFY(dashboard.selectEvent(m_past));
        dashboard.tabs()->setCurrentIndex(EventsDashboard::ReportTab);
        const QString summary = dashboard.reportSummary();
        QVERIFY2(summary.startsWith(QStringLiteral("3 registered · 3 attended · 1 no-show(s) · 1 walk-in(s) · ")),
            qPrintable(summary));
        QStandardItemModel *byArea = dashboard.reportByArea();
        QCOMPARE(byArea->rowCount(), 2); // Lisbon, Porto
        QCOMPARE(byArea->item(0, 0)->text(), QStringLiteral("Lisbon"));
        QCOMPARE(byArea->item(0, 2)->data(Qt::DisplayRole).toInt(), 2); // Ana and Dora attended
        QCOMPARE(byArea->item(0, 3)->data(Qt::DisplayRole).toInt(), 1); // Carla did not come
        QCOMPARE(byArea->item(1, 0)->text(), QStringLiteral("Porto"));
        // The chart shows the same figures.
        const auto series = dashboard.reportChart()->chart()->series();
        QCOMPARE(series.size(), 1);
        const auto sets = static_cast<QStackedBarSeries *>(series.front())->barSets();
        QCOMPARE(sets.size(), 2);
        QCOMPARE(sets[0]->at(0), 2.0); // attended in Lisbon
        QCOMPARE(sets[1]->at(0), 1.0); // no-show in Lisbon
        // Counts on whole ticks: up to 3 people reads 0, 1, 2, 3 (not 0, 0, 0, 1, 1 …).
        const auto axes = dashboard.reportChart()->chart()->axes(Qt::Vertical);
        QCOMPARE(axes.size(), 1);
        const auto *values = static_cast<const QValueAxis *>(axes.front());
        QCOMPARE(values->tickType(), QValueAxis::TicksDynamic);
        QCOMPARE(values->tickInterval(), 1.0);
        QCOMPARE(values->min(), 0.0);
        QVERIFY(values->max() >= 2.0);

        // Live: a late check-in (recorded on another laptop, arriving by sync) updates the open report.
        m_fixture->clock.setMs(kNowMs - 47LL * 3600 * 1000);
        QVERIFY(m_fixture->events().checkIn(m_past, QStringLiteral("carla")).ok());
        m_fixture->clock.setMs(kNowMs);
        QVERIFY(dashboard.reportSummary().contains(QStringLiteral("0 no-show")));
    }

    void exportsCalendarsCsvAndPdf()
    {
        QVERIFY(m_fixture->registerPeople(m_garden, {QStringLiteral("ana"), QStringLiteral("bob")}));
        QVERIFY(m_fixture->events().checkIn(m_garden, QStringLiteral("ana")).ok());
        EventsDashboard dashboard(m_fixture->device, *m_prompts);
        QVERIFY(dashboard.selectEvent(m_garden));

        // Cancelled in the file dialog: nothing written.
        dashboard.exportEventCalendar();
        QCOMPARE(m_prompts->asked.last(), QStringLiteral("save:Garden-day.ics"));
        QVERIFY(dashboard.messageText().isEmpty());

        m_prompts->savePath = m_fixture->dir.filePath(QStringLiteral("garden.ics"));
        dashboard.findChild<QAction *>(QStringLiteral("exportIcsAction"))->trigger();
        auto parsed = ICalendar::parse(readAll(m_prompts->savePath));
        QVERIFY2(parsed.ok(), parsed.ok() ? "" : parsed.error().message.c_str());
        QCOMPARE(parsed->size(), std::size_t(1));
        QCOMPARE(parsed->front().id, m_garden);
        QCOMPARE(parsed->front().title, QStringLiteral("Garden day"));

        m_prompts->savePath = m_fixture->dir.filePath(QStringLiteral("listed.ics"));
        dashboard.exportListedCalendar();
        parsed = ICalendar::parse(readAll(m_prompts->savePath));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->size(), std::size_t(2)); // the upcoming ones listed

        m_prompts->savePath = m_fixture->dir.filePath(QStringLiteral("subscription.ics"));
        dashboard.exportSubscription();
        const QByteArray subscription = readAll(m_prompts->savePath);
        QVERIFY(subscription.contains("REFRESH-INTERVAL"));
        QVERIFY(ICalendar::parse(subscription).ok());

        m_prompts->savePath = m_fixture->dir.filePath(QStringLiteral("attendance.csv"));
        dashboard.exportAttendanceCsv();
        const QByteArray csv = readAll(m_prompts->savePath);
        QVERIFY(csv.startsWith("person_id,name,area,state,attended,no_show,walk_in,checked_in_at\r\n"));
        QVERIFY(csv.contains("ana,Ana García,Lisbon,registered,1,"));

        m_prompts->savePath = m_fixture->dir.filePath(QStringLiteral("sign-in.pdf"));
        dashboard.exportSignInSheet();
        QVERIFY2(dashboard.errorText().isEmpty(), qPrintable(dashboard.errorText()));
        QVERIFY(readAll(m_prompts->savePath).startsWith("%PDF-"));
        m_prompts->savePath = m_fixture->dir.filePath(QStringLiteral("registrants.pdf"));
        dashboard.exportRegistrants();
        QVERIFY(readAll(m_prompts->savePath).startsWith("%PDF-"));

        // Printed: the printer gets the same pages.
        m_prompts->printPath = m_fixture->dir.filePath(QStringLiteral("printed.pdf"));
        dashboard.findChild<QAction *>(QStringLiteral("printSignInAction"))->trigger();
        QCOMPARE(m_prompts->asked.last(), QStringLiteral("print:Sign-in sheet: Garden day"));
        QVERIFY(readAll(m_prompts->printPath).startsWith("%PDF-"));
        QVERIFY(dashboard.messageText().contains(QStringLiteral("Sent to the printer")));
        m_prompts->printPath.clear();
        dashboard.printRegistrants(); // cancelled in the print dialog
        QCOMPARE(m_prompts->asked.last(), QStringLiteral("print:Registrants: Garden day"));

        // A place that cannot be written is reported, and nothing is left behind.
        m_prompts->savePath = m_fixture->dir.filePath(QStringLiteral("no/such/dir/x.pdf"));
        dashboard.exportSignInSheet();
        QVERIFY(!dashboard.errorText().isEmpty());
        m_prompts->savePath = m_fixture->dir.filePath(QStringLiteral("no/such/dir/x.csv"));
        dashboard.exportAttendanceCsv();
        QVERIFY(!dashboard.errorText().isEmpty());
    }

    void printoutsEscapeNamesAndListTheExpected()
    {
        EventInfo event;
        event.title = QStringLiteral("<b>Party</b>");
        event.start = fixtureNow();
        std::vector<Registration> registrations(3);
        registrations[0].displayName = QStringLiteral("Zoë <script>");
        registrations[0].state = QStringLiteral("registered");
        registrations[1].displayName = QStringLiteral("Ana");
        registrations[1].state = QStringLiteral("registered");
        registrations[1].attended = true;
        registrations[2].displayName = QStringLiteral("Waiting Wanda");
        registrations[2].state = QStringLiteral("waitlisted");
        const QString sheet = EventPrintouts::signInSheetHtml(event, registrations);
        QVERIFY(!sheet.contains(QStringLiteral("<script>")));
        QVERIFY(sheet.contains(QStringLiteral("Zoë &lt;script&gt;")));
        QVERIFY(sheet.contains(QStringLiteral("&lt;b&gt;Party&lt;/b&gt;")));
        QVERIFY(!sheet.contains(QStringLiteral("Wanda"))); // the waitlist is not expected at the door
        QVERIFY(sheet.indexOf(QStringLiteral("Ana")) < sheet.indexOf(QStringLiteral("Zoë"))); // name order
        const QString list = EventPrintouts::registrantsHtml(event, registrations);
        QVERIFY(list.contains(QStringLiteral("Wanda")));
    }

    void eventDialogConvertsTheVenueTimeToUtc()
    {
        EventInfo existing = *m_fixture->events().event(m_choir);
        existing.timeZone = QStringLiteral("America/Toronto");
        EventDialog dialog(m_fixture->device, existing);
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("eventTitle"))->text(), QStringLiteral("Choir night"));
        QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("eventTimeZone"))->currentData().toString(),
            QStringLiteral("America/Toronto"));
        QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("eventGroup"))->currentData().toString(),
            QStringLiteral("choir"));
        // Shown as the wall-clock time at the venue (UTC-5 in November), saved as UTC.
        auto *start = dialog.findChild<QDateTimeEdit *>(QStringLiteral("eventStart"));
        QCOMPARE(start->dateTime().time(), existing.start.toTimeZone(QTimeZone("America/Toronto")).time());
        QCOMPARE(dialog.event().start, existing.start);
        QCOMPARE(dialog.event().end, existing.end);
        start->setDateTime(QDateTime(QDate(2026, 12, 1), QTime(19, 30)));
        QCOMPARE(dialog.event().start, QDateTime(QDate(2026, 12, 2), QTime(0, 30), QTimeZone::utc()));
        // The end moved with the start: the event lasts as long as before.
        QCOMPARE(dialog.event().start.secsTo(dialog.event().end), existing.start.secsTo(existing.end));
        QVERIFY(dialog.problem().isEmpty());
        auto *end = dialog.findChild<QDateTimeEdit *>(QStringLiteral("eventEnd"));
        end->setDateTime(QDateTime(QDate(2026, 12, 1), QTime(18, 0)));
        QCOMPARE(dialog.problem(), QStringLiteral("The end must come after the start."));
        auto *save = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
        QVERIFY(!save->isEnabled());
        end->setDateTime(QDateTime(QDate(2026, 12, 1), QTime(22, 0)));
        QVERIFY(save->isEnabled());

        // The zone is found by typing a part of it; a name that is none is refused, not guessed.
        auto *zone = dialog.findChild<QComboBox *>(QStringLiteral("eventTimeZone"));
        QVERIFY(zone->currentText().startsWith(QStringLiteral("America/Toronto (UTC")));
        zone->setEditText(QStringLiteral("europe/berlin"));
        QCOMPARE(dialog.event().timeZone, QStringLiteral("Europe/Berlin"));
        zone->setEditText(QStringLiteral("Atlantis"));
        QCOMPARE(dialog.problem(),
            QStringLiteral("Choose the venue's time zone from the list: type part of a city's name."));
        QVERIFY(!save->isEnabled());
        zone->setCurrentIndex(zone->findData(QStringLiteral("Asia/Tokyo")));
        QVERIFY(save->isEnabled());

        // A new event starts in the zone the community's events are in.
        QSqlQuery query(m_fixture->device.store().database());
        QVERIFY(query.exec(QStringLiteral("UPDATE event SET time_zone = 'Europe/Lisbon'")));
        EventDialog fresh(m_fixture->device, EventInfo {});
        QCOMPARE(fresh.findChild<QComboBox *>(QStringLiteral("eventTimeZone"))->currentData().toString(),
            QStringLiteral("Europe/Lisbon"));
        dialog.findChild<QCheckBox *>(QStringLiteral("eventHasEnd"))->setChecked(false);
        QVERIFY(dialog.problem().isEmpty());
        QVERIFY(!dialog.event().end.isValid());
        dialog.findChild<QLineEdit *>(QStringLiteral("eventTitle"))->clear();
        QVERIFY(!dialog.problem().isEmpty());
        QVERIFY(!save->isEnabled());
    }

    void theReminderIsChosenInTheDialogAndStoredWithTheEvent()
    {
        EventInfo existing = *m_fixture->events().event(m_choir);
        QCOMPARE(existing.reminderHours, 0);
        EventDialog dialog(m_fixture->device, existing);
        auto *reminder = dialog.findChild<QComboBox *>(QStringLiteral("eventReminder"));
        QVERIFY(reminder);
        QCOMPARE(reminder->currentText(), QStringLiteral("No reminder"));
        QCOMPARE(reminder->accessibleName(), QStringLiteral("Reminder by mail"));
        QVERIFY(reminder->findText(QStringLiteral("1 week before")) > 0);
        reminder->setCurrentIndex(reminder->findData(24)); // "1 day before"
        QCOMPARE(dialog.event().reminderHours, 24);
        QVERIFY(m_fixture->events().update(dialog.event()).ok());
        QCOMPARE(m_fixture->events().event(m_choir)->reminderHours, 24);
        QCOMPARE(toDisplayString(m_fixture->store.row(QStringLiteral("event"), m_choir)->at("reminder_hours")),
            std::string("24"));
        // Its page says so, for organizers and registrants alike.
        EventsDashboard dashboard(m_fixture->device, *m_prompts);
        QVERIFY(dashboard.selectEvent(m_choir));
        QVERIFY2(label(dashboard, "eventPageCapacity").contains(QStringLiteral(" · reminder by mail 24 hour")),
            qPrintable(label(dashboard, "eventPageCapacity")));

        // Hours chosen elsewhere (the command line) are shown as they are, not lost on saving.
        existing.reminderHours = 5;
        EventDialog other(m_fixture->device, existing);
        auto *shown = other.findChild<QComboBox *>(QStringLiteral("eventReminder"));
        QVERIFY2(shown->currentText().startsWith(QStringLiteral("5 hour")), qPrintable(shown->currentText()));
        QCOMPARE(other.event().reminderHours, 5);
        // More than a week is refused on the device as on the server.
        existing.reminderHours = 169;
        const auto refused = m_fixture->events().update(existing);
        QVERIFY(!refused.ok());
        QVERIFY(QString::fromStdString(refused.error().message).contains(QStringLiteral("between 1 and 168 hours")));
    }

    void aNewEventStartsAtTheNextHourByTheStoresClock()
    {
        EventInfo fresh;
        fresh.timeZone = QStringLiteral("America/Toronto");
        EventDialog dialog(m_fixture->device, fresh);
        // The fixture's now is 2026-11-23 12:00 UTC, 07:00 in Toronto: the next hour there is 08:00.
        QCOMPARE(dialog.event().start, QDateTime(QDate(2026, 11, 23), QTime(13, 0), QTimeZone::utc()));
    }

    void duplicatesTabForLeaders()
    {
        QSqlQuery query(m_fixture->store.database());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO person (id, display_name, email) VALUES "
                                          "('ana2', 'Ana Garcia', 'ana@example.org')")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO duplicate_candidate (id, person_a, person_b, reasons, state) "
                                          "VALUES ('pair', 'ana', 'ana2', 'email', 'open')")));
        EventsDashboard dashboard(m_fixture->device, *m_prompts);
        QVERIFY(dashboard.tabs()->isTabVisible(EventsDashboard::DuplicatesTab));
        QCOMPARE(dashboard.tabs()->tabText(EventsDashboard::DuplicatesTab), QStringLiteral("D&uplicates (1)"));
        auto *review = button(dashboard, "reviewDuplicateButton");
        QVERIFY(!review->isEnabled());
        auto *view = dashboard.findChild<QTableView *>(QStringLiteral("duplicatesView"));
        view->setCurrentIndex(view->model()->index(0, 0));
        QVERIFY(review->isEnabled());
        // The pair is reviewed in the merge dialog, which asks through the same prompts.
        QString reviewed;
        m_prompts->fillDialog = [&](QDialog &dialog) {
            auto *merge = qobject_cast<DuplicateMergeDialog *>(&dialog);
            reviewed = merge ? merge->candidateId() : QString();
            if (merge)
                merge->merge();
            return dialog.result();
        };
        review->click();
        QCOMPARE(reviewed, QStringLiteral("pair"));
        QCOMPARE(m_prompts->asked,
            (QStringList {QStringLiteral("dialog:duplicateMergeDialog"), QStringLiteral("confirm:Merge records")}));
        QVERIFY2(dashboard.messageText().contains(QStringLiteral("merged")), qPrintable(dashboard.messageText()));
    }

    void likelyDuplicatesAreMergedTogetherAfterAsking()
    {
        QSqlQuery query(m_fixture->store.database());
        // The second Ana holds an account (a role): she is the one kept.
        QVERIFY(query.exec(QStringLiteral("INSERT INTO person (id, display_name, email, role) VALUES "
                                          "('ana2', 'Ana Garcia', 'ana@example.org', 'member'), "
                                          "('bob2', 'Bob Brown', 'bob@example.org', NULL), "
                                          "('carla2', 'Karla Cruz', NULL, NULL)")));
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO duplicate_candidate (id, person_a, person_b, reasons, state, score, names_alike) VALUES "
            "('pairAna', 'ana', 'ana2', 'email area', 'open', 995, 96), "
            "('pairBob', 'bob', 'bob2', 'email name', 'open', 980, 100), "
            "('pairCarla', 'carla', 'carla2', 'area', 'open', 700, 91)")));
        EventsDashboard dashboard(m_fixture->device, *m_prompts);
        auto *view = dashboard.findChild<QTableView *>(QStringLiteral("duplicatesView"));
        // The likeliest first, each with its likelihood and why.
        QCOMPARE(view->model()->index(0, DuplicateCandidatesModel::LikelihoodColumn).data().toString(),
            QStringLiteral("99.5 %"));
        QCOMPARE(view->model()->index(0, DuplicateCandidatesModel::ReasonsColumn).data().toString(),
            QStringLiteral("same email, names 96 % alike, same area"));
        QCOMPARE(view->model()->index(2, 0).data(DuplicateCandidatesModel::CandidateIdRole).toString(),
            QStringLiteral("pairCarla"));

        auto *mergeLikely = button(dashboard, "mergeLikelyButton");
        QVERIFY(mergeLikely->isEnabled());
        m_prompts->agree = false;
        mergeLikely->click();
        QCOMPARE(m_prompts->asked, QStringList {QStringLiteral("confirm:Merge likely duplicates")});
        QVERIFY(m_fixture->store.row(QStringLiteral("person"), QStringLiteral("ana2")));

        m_prompts->agree = true;
        mergeLikely->click();
        QVERIFY(!m_fixture->store.row(QStringLiteral("person"), QStringLiteral("ana")));
        QVERIFY(!m_fixture->store.row(QStringLiteral("person"), QStringLiteral("bob2")));
        QVERIFY(m_fixture->store.row(QStringLiteral("person"), QStringLiteral("carla2")));
        QCOMPARE(m_fixture->device.duplicates().candidate(QStringLiteral("pairAna"))->keptId, QStringLiteral("ana2"));
        QCOMPARE(m_fixture->device.duplicates().candidate(QStringLiteral("pairBob"))->keptId, QStringLiteral("bob"));
        QVERIFY2(
            dashboard.messageText().contains(QStringLiteral("2 pair(s) merged")), qPrintable(dashboard.messageText()));
        QVERIFY(!mergeLikely->isEnabled()); // only the 70 % pair is left, for a review of its own

        // Undoing a merge asks the daemon; without one, it says so and changes nothing.
        auto *undo = button(dashboard, "undoMergeButton");
        QVERIFY(undo->isHidden());
        dashboard.findChild<QCheckBox *>(QStringLiteral("showDecidedDuplicates"))->setChecked(true);
        QVERIFY(!undo->isHidden());
        int merged = -1;
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            if (view->model()->index(row, 0).data(DuplicateCandidatesModel::StateRole).toString() == "merged")
                merged = row;
        }
        QVERIFY(merged >= 0);
        view->setCurrentIndex(view->model()->index(merged, 0));
        QVERIFY(undo->isEnabled());
        undo->click();
        QTRY_VERIFY(undo->isEnabled());
        const auto *message = dashboard.findChild<MessageLabel *>(QStringLiteral("duplicatesMessage"));
        QVERIFY(message);
        QVERIFY2(message->text().contains(QStringLiteral("The merge was not undone")), qPrintable(message->text()));
        QVERIFY(!m_fixture->store.row(QStringLiteral("person"), QStringLiteral("bob2"))
            && !m_fixture->store.row(QStringLiteral("person"), QStringLiteral("ana")));
    }

private:
    static QPushButton *button(const QWidget &widget, const char *name)
    {
        return widget.findChild<QPushButton *>(QString::fromLatin1(name));
    }
    static QString label(const QWidget &widget, const char *name)
    {
        const auto *found = widget.findChild<QLabel *>(QString::fromLatin1(name));
        return found ? found->text() : QStringLiteral("(no label %1)").arg(QString::fromLatin1(name));
    }

    std::unique_ptr<EventsFixture> m_fixture;
    QString m_garden, m_choir, m_past;
    std::unique_ptr<ScriptedPrompts> m_prompts;
};

QTEST_MAIN(EventsDashboardTest)
#include "EventsDashboardTest.moc"
