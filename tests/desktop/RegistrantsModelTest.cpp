#include "EventsFixture.h"

#include "desktop/models/RegistrantsModel.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace commonroom;
using namespace commonroom::testing;

class RegistrantsModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<EventsFixture>();
        QVERIFY(m_fixture->setUp());
        m_event = m_fixture->createEvent(QStringLiteral("Repair café"), 24, 2);
        QVERIFY(!m_event.isEmpty());
    }

    void cleanup() { m_fixture.reset(); }

    void registeredThenWaitlistInOrder()
    {
        RegistrantsModel model(m_fixture->device);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(model.rowCount(), 0);
        model.setEventId(m_event);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(m_fixture->registerPeople(m_event,
            {QStringLiteral("ana"), QStringLiteral("bob"), QStringLiteral("carla"), QStringLiteral("anabel")}));
        QCOMPARE(model.rowCount(), 4); // followed without a reload
        QCOMPARE(model.index(0, 0).data(RegistrantsModel::PersonIdRole).toString(), QStringLiteral("ana"));
        QCOMPARE(model.index(1, 0).data(RegistrantsModel::PersonIdRole).toString(), QStringLiteral("bob"));
        QCOMPARE(model.index(2, RegistrantsModel::StateColumn).data().toString(), QStringLiteral("Waitlisted (#1)"));
        QCOMPARE(model.index(3, RegistrantsModel::StateColumn).data().toString(), QStringLiteral("Waitlisted (#2)"));
        QCOMPARE(model.index(3, 0).data(RegistrantsModel::WaitlistPositionRole).toInt(), 2);
        QCOMPARE(model.index(0, RegistrantsModel::NameColumn).data().toString(), QStringLiteral("Ana García"));
        QCOMPARE(model.index(0, RegistrantsModel::AreaColumn).data().toString(), QStringLiteral("Lisbon"));

        // A cancellation goes last (the daemon promotes the waitlist at the next sync).
        QVERIFY(m_fixture->events().cancelRegistration(m_event, QStringLiteral("bob")).ok());
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(3, 0).data(RegistrantsModel::PersonIdRole).toString(), QStringLiteral("bob"));
        QCOMPARE(model.index(3, RegistrantsModel::StateColumn).data().toString(), QStringLiteral("Cancelled"));
    }

    void showsCheckInsAndTheirHistory()
    {
        RegistrantsModel model(m_fixture->device);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setEventId(m_event);
        QVERIFY(m_fixture->registerPeople(m_event, {QStringLiteral("ana")}));
        QVERIFY(m_fixture->events().checkIn(m_event, QStringLiteral("ana")).ok());
        const int row = model.rowOfPerson(QStringLiteral("ana"));
        QVERIFY(model.index(row, 0).data(RegistrantsModel::AttendedRole).toBool());
        QVERIFY(!model.index(row, RegistrantsModel::CheckedInColumn).data().toString().isEmpty());
        QVERIFY(model.index(row, RegistrantsModel::CheckedInColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(m_fixture->store.siteId().left(8)));
        QVERIFY(m_fixture->events().undoCheckIn(m_event, QStringLiteral("ana")).ok());
        QVERIFY(!model.index(row, 0).data(RegistrantsModel::AttendedRole).toBool());
        QVERIFY(model.index(row, RegistrantsModel::CheckedInColumn).data().toString().isEmpty());
        QVERIFY(model.index(row, RegistrantsModel::CheckedInColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("undone")));

        model.setEventId(QString());
        QCOMPARE(model.rowCount(), 0);
    }

private:
    std::unique_ptr<EventsFixture> m_fixture;
    QString m_event;
};

QTEST_MAIN(RegistrantsModelTest)
#include "RegistrantsModelTest.moc"
