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
        DoorSearchModel model(m_fixture->store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setEventId(m_event);
        QVERIFY(model.setText(QStringLiteral("an")));
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(model.index(0, 0).data(DoorSearchModel::RegisteredRole).toBool());
        QVERIFY(model.index(1, 0).data(DoorSearchModel::RegisteredRole).toBool());
        QCOMPARE(model.index(2, 0).data(DoorSearchModel::PersonIdRole).toString(), QStringLiteral("anastasia"));
        QCOMPARE(model.index(2, DoorSearchModel::StatusColumn).data().toString(), QStringLiteral("Not registered"));
        QVERIFY(model.index(0, 0).data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("Expected")));

        // A check-in moves the person after those still expected, and shows it.
        QVERIFY(m_fixture->events().checkIn(m_event, QStringLiteral("ana")).ok());
        QCOMPARE(model.rowCount(), 3);
        const int ana = model.rowOfPerson(QStringLiteral("ana"));
        QCOMPARE(ana, 1);
        QVERIFY(model.index(ana, 0).data(DoorSearchModel::AttendedRole).toBool());
        QCOMPARE(model.index(ana, DoorSearchModel::StatusColumn).data().toString(), QStringLiteral("Checked in"));

        QVERIFY(model.setText(QString()));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.setText(QStringLiteral("   ")));
        QCOMPARE(model.rowCount(), 0);
    }

    void queryTextIsNeverSyntax()
    {
        DoorSearchModel model(m_fixture->store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setEventId(m_event);
        for (const QString &text : {QStringLiteral("\"an"), QStringLiteral("an*"), QStringLiteral("OR"),
                 QStringLiteral("a'b"), QStringLiteral("%_")}) {
            model.setText(text);
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
