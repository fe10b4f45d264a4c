#include "desktop/models/SyncProblemsModel.h"
#include "common/Clock.h"
#include "desktop/core/LocalStore.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace commonroom;

class SyncProblemsModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_store = std::make_unique<LocalStore>(m_clock);
        QVERIFY(m_store->open(m_dir->filePath(QStringLiteral("commonroom.db"))).ok());
    }

    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    void emptyWithoutProblems()
    {
        SyncProblemsModel model(*m_store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), 3);
        QCOMPARE(model.headerData(SyncProblemsModel::WhyColumn, Qt::Horizontal).toString(), QStringLiteral("Why"));
    }

    void listsRefusedChanges()
    {
        // Ana came from the daemon; this device then changed her email twice.
        QSqlQuery insert(m_store->database());
        QVERIFY(insert.exec(QStringLiteral("INSERT INTO person (id, display_name) VALUES ('ana', 'Ana García')")));
        const QString ana = QStringLiteral("ana");
        QVERIFY(m_store->updateRow(QStringLiteral("person"), ana, {{"area", std::string("North")}}).ok());
        QVERIFY(m_store->updateRow(QStringLiteral("person"), ana, {{"email", std::string("ana@example.org")}}).ok());
        const auto pending = m_store->pendingMutations(10);
        QCOMPARE(pending.size(), std::size_t(2));

        SyncProblemsModel model(*m_store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(model.rowCount(), 0);

        // The daemon accepts the new row and refuses the email change.
        protocol::PushResponse response;
        response.acked = {pending[0].mid};
        response.rejected = {{pending[1].mid, "forbidden", "Only leaders may change this email."}};
        QVERIFY(m_store->applyPushResult(response).ok());

        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.reload();
        QCOMPARE(resets.count(), 1);
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex why = model.index(0, SyncProblemsModel::WhyColumn);
        // The cause, then what to do about it.
        QVERIFY2(why.data().toString().startsWith(QStringLiteral("Only leaders may change this email. Ask someone")),
            qPrintable(why.data().toString()));
        QVERIFY(why.data(Qt::ToolTipRole).toString().contains(QStringLiteral("forbidden")));
        QCOMPARE(
            model.index(0, SyncProblemsModel::WhatColumn).data().toString(), QStringLiteral("Change to Ana García"));
        QCOMPARE(why.data(SyncProblemsModel::RowIdRole).toString(), ana);
        QCOMPARE(why.data(SyncProblemsModel::TableRole).toString(), QStringLiteral("person"));
        QCOMPARE(why.data(SyncProblemsModel::CodeRole).toString(), QStringLiteral("forbidden"));
        QCOMPARE(why.data(SyncProblemsModel::TimestampRole).toLongLong(), m_clock.nowMs());
        QVERIFY(!model.index(0, SyncProblemsModel::WhenColumn).data().toString().isEmpty());

        QVERIFY(m_store->clearSyncProblems().ok());
        model.reload();
        QCOMPARE(model.rowCount(), 0);
    }

    // A refused row is named by the change's own values (a refused new row is gone from the
    // device) or the row's: the person, the group, whose membership in which group, whose
    // registration for which event, anything else by its title or name.
    void namesWhatWasRefused()
    {
        QSqlQuery insert(m_store->database());
        QVERIFY(insert.exec(QStringLiteral("INSERT INTO person (id, display_name) VALUES ('carla', 'Carla Cruz')")));
        QVERIFY(insert.exec(QStringLiteral("INSERT INTO \"group\" (id, name) VALUES ('readers', 'Readers')")));
        QVERIFY(insert.exec(QStringLiteral("INSERT INTO event (id, title, starts_at) VALUES ('assembly', "
                                           "'Spring assembly', '2027-03-01T17:00:00.000Z')")));
        QVERIFY(m_store->createRow(QStringLiteral("group"), {{"name", std::string("Gardeners")}}).ok());
        QVERIFY(m_store->createRow(QStringLiteral("person"), {{"area", std::string("North")}}).ok());
        QVERIFY(m_store
                    ->createRow(QStringLiteral("membership"),
                        {{"person_id", std::string("carla")}, {"group_id", std::string("readers")},
                            {"state", std::string("active")}})
                    .ok());
        QVERIFY(m_store
                    ->createRow(QStringLiteral("registration"),
                        {{"person_id", std::string("carla")}, {"event_id", std::string("assembly")},
                            {"state", std::string("registered")}})
                    .ok());
        QVERIFY(m_store
                    ->createRow(QStringLiteral("event"),
                        {{"title", std::string("Choir night")}, {"starts_at", std::string("2027-03-02T17:00:00.000Z")}})
                    .ok());
        QVERIFY(m_store->createRow(QStringLiteral("membership"), {{"person_id", std::string("nobody-here")}}).ok());
        const auto pending = m_store->pendingMutations(10);
        QCOMPARE(pending.size(), std::size_t(6));
        protocol::PushResponse response;
        for (const auto &mutation : pending)
            response.rejected.push_back({mutation.mid, "forbidden", "Not allowed."});
        QVERIFY(m_store->applyPushResult(response).ok());

        SyncProblemsModel model(*m_store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(model.rowCount(), 6);
        QStringList what;
        for (int row = 0; row < model.rowCount(); ++row)
            what << model.index(row, SyncProblemsModel::WhatColumn).data().toString();
        what.sort();
        QCOMPARE(what,
            (QStringList {QStringLiteral("Change to a person"), QStringLiteral("Change to the group Gardeners"),
                QStringLiteral("Event “Choir night”"), QStringLiteral("Membership of Carla Cruz in Readers"),
                QStringLiteral("Membership of someone in a group"),
                QStringLiteral("Registration of Carla Cruz for Spring assembly")}));
    }

    void eachRefusalSaysWhatToDo_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("step");
        QTest::newRow("forbidden") << "forbidden"
                                   << "Ask someone who may make this change";
        QTest::newRow("invalid_value") << "invalid_value"
                                       << "Correct it and save it again";
        QTest::newRow("invalid_reference") << "invalid_reference"
                                           << "gone from the server";
        QTest::newRow("other") << "storage"
                               << "Sync again later";
    }

    void eachRefusalSaysWhatToDo()
    {
        QFETCH(QString, code);
        QFETCH(QString, step);
        SyncProblem problem;
        problem.code = code;
        QVERIFY2(SyncProblemsModel::nextStep(problem).contains(step), qPrintable(SyncProblemsModel::nextStep(problem)));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    ManualClock m_clock;
    std::unique_ptr<LocalStore> m_store;
};

QTEST_GUILESS_MAIN(SyncProblemsModelTest)
#include "SyncProblemsModelTest.moc"
