#include "EventsFixture.h"

#include "desktop/models/DoorSearchModel.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace commonroom;
using namespace commonroom::testing;

class DoorSearchModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<EventsFixture>();
        QVERIFY(m_fixture->setUp());
        m_event = m_fixture->createEvent(QStringLiteral("Assembly"), 1);
        QVERIFY(!m_event.isEmpty());
        QVERIFY(m_fixture->registerPeople(m_event, {QStringLiteral("anabel"), QStringLiteral("ana")}));
    }

    void cleanup() { m_fixture.reset(); }

    void registeredFirstThenDirectory()
    {
        DoorSearchModel model(m_fixture->events(), m_fixture->device.people(), m_fixture->store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setEventId(m_event);
        QVERIFY(model.setText(QStringLiteral("an")));
        // The registrants at once; the directory once typing pauses.
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(model.isDirectoryPending());
        QTRY_COMPARE(model.rowCount(), 3);
        QVERIFY(!model.isDirectoryPending());
        QVERIFY(model.index(0, 0).data(DoorSearchModel::RegisteredRole).toBool());
        QVERIFY(model.index(1, 0).data(DoorSearchModel::RegisteredRole).toBool());
        QCOMPARE(model.index(2, 0).data(DoorSearchModel::PersonIdRole).toString(), QStringLiteral("anastasia"));
        QCOMPARE(model.index(2, DoorSearchModel::StatusColumn).data().toString(), QStringLiteral("Not registered"));
        QVERIFY(model.index(0, 0).data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("Expected")));

        // A check-in moves the person after those still expected, and shows it (once the event
        // loop is free: a burst of changes costs one refresh).
        QVERIFY(m_fixture->events().checkIn(m_event, QStringLiteral("ana")).ok());
        QTRY_COMPARE(model.rowOfPerson(QStringLiteral("ana")), 1);
        QTRY_COMPARE(model.rowCount(), 3);
        const int ana = model.rowOfPerson(QStringLiteral("ana"));
        QVERIFY(model.index(ana, 0).data(DoorSearchModel::AttendedRole).toBool());
        QCOMPARE(model.index(ana, DoorSearchModel::StatusColumn).data().toString(), QStringLiteral("Checked in"));

        QVERIFY(model.setText(QString()));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.setText(QStringLiteral("   ")));
        QCOMPARE(model.rowCount(), 0);
    }

    // With setGuestListWhenEmpty, an empty search lists every registrant: still expected, then
    // waitlisted, then checked in, each by name; cancelled registrations are left out.
    void guestListWhenNothingIsTyped()
    {
        const QString fair = m_fixture->createEvent(QStringLiteral("Fair"), 2, 2);
        QVERIFY(m_fixture->registerPeople(
            fair, {QStringLiteral("bob"), QStringLiteral("anabel"), QStringLiteral("ana"), QStringLiteral("carla")}));
        QVERIFY(m_fixture->events().checkIn(fair, QStringLiteral("bob")).ok());
        QVERIFY(m_fixture->events().cancelRegistration(fair, QStringLiteral("carla")).ok());
        DoorSearchModel model(m_fixture->events(), m_fixture->device.people(), m_fixture->store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setEventId(fair);
        QCOMPARE(model.rowCount(), 0); // the plain search lists nobody
        QVERIFY(!model.showsGuestList());
        model.setGuestListWhenEmpty(true);
        QVERIFY(model.showsGuestList());
        QStringList order;
        for (int row = 0; row < model.rowCount(); ++row)
            order << model.matchAt(row)->personId + QLatin1Char(':') + model.matchAt(row)->state;
        QCOMPARE(order,
            (QStringList {QStringLiteral("anabel:registered"), QStringLiteral("ana:waitlisted"),
                QStringLiteral("bob:registered")}));
        QCOMPARE(model.stillExpected(), 1);
        QCOMPARE(model.index(1, DoorSearchModel::StatusColumn).data().toString(), QStringLiteral("Waitlisted"));
        QVERIFY(model.index(1, 0).data(Qt::BackgroundRole).value<QColor>().isValid());
        // Typing searches as before; clearing it brings the list back.
        QVERIFY(model.setText(QStringLiteral("bo")));
        QVERIFY(!model.showsGuestList());
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(model.setText(QString()));
        QCOMPARE(model.rowCount(), 3);
    }

    void answersAsTheCoreDoes()
    {
        // Registrations of every kind: checked in, waitlisted, cancelled, a walk-in, and someone
        // registered after the model read the registrants.
        QVERIFY(m_fixture->registerPeople(m_event, {QStringLiteral("bob"), QStringLiteral("carla")}));
        QVERIFY(m_fixture->events().checkIn(m_event, QStringLiteral("anabel")).ok());
        QVERIFY(m_fixture->events().cancelRegistration(m_event, QStringLiteral("carla")).ok());
        DoorSearchModel model(m_fixture->events(), m_fixture->device.people(), m_fixture->store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setDirectoryDelay(0); // the directory with every search, as the core answers
        model.setEventId(m_event);
        QVERIFY(model.setText(QStringLiteral("a")));
        WalkInDetails dora;
        dora.displayName = QStringLiteral("Dora Álvarez");
        QVERIFY(m_fixture->events().registerWalkIn(m_event, dora).ok());
        QVERIFY(m_fixture->events().registerPerson(m_event, QStringLiteral("anastasia")).ok());
        for (const QString &text : {QStringLiteral("a"), QStringLiteral("an"), QStringLiteral("ana"),
                 QStringLiteral("ana g"), QStringLiteral("GARC"), QStringLiteral("alvarez"), QStringLiteral("carla"),
                 QStringLiteral("b"), QStringLiteral("nu an"), QStringLiteral("eve"), QStringLiteral("zz")}) {
            QVERIFY(model.setText(text));
            const auto core = m_fixture->events().searchAtDoor(m_event, text, DoorSearchModel::kLimit);
            QVERIFY(core.ok());
            QCOMPARE(model.rowCount(), int(core->size()));
            for (int row = 0; row < model.rowCount(); ++row) {
                const DoorMatch *mine = model.matchAt(row);
                const DoorMatch &theirs = (*core)[std::size_t(row)];
                QCOMPARE(mine->personId, theirs.personId);
                QCOMPARE(mine->displayName, theirs.displayName);
                QCOMPARE(mine->detail, theirs.detail);
                QCOMPARE(mine->registered, theirs.registered);
                QCOMPARE(mine->state, theirs.state);
                QCOMPARE(mine->attended, theirs.attended);
            }
        }
        // The cancelled registration shows in the directory part, as not registered.
        QVERIFY(model.setText(QStringLiteral("carla")));
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(!model.matchAt(0)->registered);
        QCOMPARE(model.index(0, DoorSearchModel::StatusColumn).data().toString(), QStringLiteral("Not registered"));
    }

    void queryTextIsNeverSyntax()
    {
        DoorSearchModel model(m_fixture->events(), m_fixture->device.people(), m_fixture->store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setEventId(m_event);
        for (const QString &text : {QStringLiteral("\"an"), QStringLiteral("an*"), QStringLiteral("OR"),
                 QStringLiteral("a'b"), QStringLiteral("%_")}) {
            model.setText(text);
            model.completeNow();
            QVERIFY2(model.errorText().isEmpty(), qPrintable(model.errorText()));
        }
        QVERIFY(model.setText(QStringLiteral("zzz")));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.matchAt(0) == nullptr);
    }

private:
    std::unique_ptr<EventsFixture> m_fixture;
    QString m_event;
};

QTEST_MAIN(DoorSearchModelTest)
#include "DoorSearchModelTest.moc"
