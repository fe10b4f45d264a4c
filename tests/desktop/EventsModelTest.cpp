#include "EventsFixture.h"

#include "desktop/models/EventsModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace commonroom;
using namespace commonroom::testing;

class EventsModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<EventsFixture>();
        QVERIFY(m_fixture->setUp());
        m_soon = m_fixture->createEvent(QStringLiteral("Garden day"), 24, 2, QStringLiteral("garden"));
        m_later = m_fixture->createEvent(
            QStringLiteral("Choir night"), 72, 0, QStringLiteral("choir"), QStringLiteral("Porto"));
        m_past = m_fixture->createEvent(QStringLiteral("Last assembly"), -48);
        QVERIFY(!m_soon.isEmpty() && !m_later.isEmpty() && !m_past.isEmpty());
    }

    void cleanup() { m_fixture.reset(); }

    void upcomingAndPast()
    {
        EventsModel model(m_fixture->device);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(model.rowCount(), 2); // upcoming by default, soonest first
        QCOMPARE(model.eventId(0), m_soon);
        QCOMPARE(model.eventId(1), m_later);
        QCOMPARE(model.index(0, EventsModel::GroupColumn).data().toString(), QStringLiteral("Gardeners"));
        QCOMPARE(model.index(0, EventsModel::RegisteredColumn).data().toString(), QStringLiteral("0 / 2"));
        QCOMPARE(model.index(1, EventsModel::RegisteredColumn).data().toInt(), 0);
        // Shown in the venue's zone (Lisbon is UTC+0 in November: WET).
        QVERIFY(model.index(0, EventsModel::WhenColumn).data().toString().contains(QStringLiteral("12:00")));

        EventQuery past;
        past.when = EventQuery::When::Past;
        model.setQuery(past);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.eventId(0), m_past);

        // Time passes: the garden day becomes past.
        m_fixture->clock.advanceMs(30LL * 3600 * 1000);
        model.reload();
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.eventId(0), m_soon); // newest first
    }

    // An event's times to the minute, even where the locale's short format has seconds.
    void timesAreShownToTheMinute()
    {
        const QLocale before;
        QLocale::setDefault(QLocale::c());
        EventInfo event;
        event.start = QDateTime(QDate(2027, 3, 4), QTime(18, 0), QTimeZone::utc());
        event.end = event.start.addSecs(2 * 3600);
        event.timeZone = QStringLiteral("UTC");
        const QString range = EventsModel::describeTimeRange(event);
        QLocale::setDefault(before);
        QVERIFY2(range.contains(QStringLiteral("18:00–20:00")), qPrintable(range));
    }

    void filtersByGroupAndArea()
    {
        EventsModel model(m_fixture->device);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        EventQuery query;
        query.when = EventQuery::When::All;
        query.groupId = QStringLiteral("choir");
        model.setQuery(query);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.eventId(0), m_later);
        query.groupId.clear();
        query.area = QStringLiteral("lisbon"); // ignoring case
        model.setQuery(query);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOfId(m_later), -1);
        query.area = QStringLiteral("Nowhere");
        model.setQuery(query);
        QCOMPARE(model.rowCount(), 0);
    }

    void followsRegistrationsAndCancellation()
    {
        EventsModel model(m_fixture->device);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(
            m_fixture->registerPeople(m_soon, {QStringLiteral("ana"), QStringLiteral("bob"), QStringLiteral("carla")}));
        // The event's row alone, once for each registration: no reset, the selection stays.
        QCOMPARE(resets.count(), 0);
        QCOMPARE(changes.count(), 3);
        const int row = model.rowOfId(m_soon);
        for (const auto &change : changes) {
            QCOMPARE(change.at(0).toModelIndex().row(), row);
            QCOMPARE(change.at(1).toModelIndex().row(), row);
        }
        QCOMPARE(model.index(row, EventsModel::RegisteredColumn).data().toString(), QStringLiteral("2 / 2"));
        QCOMPARE(model.index(row, 0).data(EventsModel::WaitlistedCountRole).toInt(), 1);
        QVERIFY(model.index(row, EventsModel::RegisteredColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("waitlist")));

        QVERIFY(m_fixture->events().cancelEvent(m_soon).ok());
        const int again = model.rowOfId(m_soon);
        QVERIFY(model.index(again, 0).data(EventsModel::CancelledRole).toBool());
        QVERIFY(model.index(again, 0).data().toString().contains(QStringLiteral("cancelled")));
    }

    // A check-in at the door changes the count the list shows, in that event's row only.
    void checkInUpdatesTheCountShown()
    {
        QVERIFY(m_fixture->registerPeople(m_later, {QStringLiteral("ana")}));
        EventsModel model(m_fixture->device);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        const int row = model.rowOfId(m_later);
        QCOMPARE(model.index(row, EventsModel::RegisteredColumn).data().toInt(), 1);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);

        QVERIFY(m_fixture->events().checkIn(m_later, QStringLiteral("bob")).ok()); // not registered: now is
        QCOMPARE(model.index(row, EventsModel::RegisteredColumn).data().toInt(), 2);
        QCOMPARE(changes.count(), 1);
        QCOMPARE(changes.at(0).at(0).toModelIndex().row(), row);
        QVERIFY(m_fixture->events().checkIn(m_later, QStringLiteral("ana")).ok()); // was expected: still 2
        QCOMPARE(model.index(row, EventsModel::RegisteredColumn).data().toInt(), 2);
        QCOMPARE(changes.count(), 2);
        QCOMPARE(changes.at(1).at(0).toModelIndex().row(), row);
        QVERIFY(m_fixture->events().cancelRegistration(m_later, QStringLiteral("bob")).ok());
        QCOMPARE(model.index(row, EventsModel::RegisteredColumn).data().toInt(), 1);
        QCOMPARE(model.index(model.rowOfId(m_soon), EventsModel::RegisteredColumn).data().toString(),
            QStringLiteral("0 / 2"));
        QCOMPARE(resets.count(), 0);
    }

    // Registrations that arrive otherwise (a pulled page) are counted too, in one read of the
    // listed events' counts.
    void registrationsFromElsewhereAreCounted()
    {
        EventsModel model(m_fixture->device);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSqlQuery insert(m_fixture->store.database());
        QVERIFY(insert.exec(QStringLiteral("INSERT INTO registration (id, event_id, person_id, state) VALUES "
                                           "('r1', '%1', 'ana', 'registered'), ('r2', '%1', 'bob', 'waitlisted'), "
                                           "('r3', '%2', 'carla', 'registered')")
                                .arg(m_soon, m_later)));
        Q_EMIT m_fixture->store.tableChanged(QStringLiteral("registration"));
        QCOMPARE(model.index(model.rowOfId(m_soon), EventsModel::RegisteredColumn).data().toString(),
            QStringLiteral("1 / 2"));
        QCOMPARE(model.index(model.rowOfId(m_soon), 0).data(EventsModel::WaitlistedCountRole).toInt(), 1);
        QCOMPARE(model.index(model.rowOfId(m_later), EventsModel::RegisteredColumn).data().toInt(), 1);
        QCOMPARE(resets.count(), 0);
    }

private:
    std::unique_ptr<EventsFixture> m_fixture;
    QString m_soon, m_later, m_past;
};

QTEST_MAIN(EventsModelTest)
#include "EventsModelTest.moc"
