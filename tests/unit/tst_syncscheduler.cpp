#include "common/Clock.h"
#include "desktop/core/LocalStore.h"
#include "desktop/core/SyncScheduler.h"
#include "desktop/core/TokenStore.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace commonroom;

namespace {
SyncResult outcome(SyncResult::Outcome value)
{
    SyncResult result;
    result.outcome = value;
    return result;
}
} // namespace

class TestSyncScheduler : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
    LocalStore m_store {m_clock};
    std::unique_ptr<TokenStore> m_tokens;
    std::unique_ptr<SyncEngine> m_engine;

    static bool near(int actual, int expected) { return actual > expected - 5'000 && actual <= expected; }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_store.open(m_dir.filePath("db.sqlite")).ok());
        // Signed in to a server that is not there: every sync ends Offline, quickly.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        QVERIFY(m_store.setSetting("server_url", QStringLiteral("https://127.0.0.1:%1").arg(port)).ok());
        m_tokens = std::make_unique<TokenStore>(m_dir.path());
        QVERIFY(m_tokens->save("token").ok());
        m_engine = std::make_unique<SyncEngine>(m_store, *m_tokens);
    }

    void backsOffWhileOfflineAndRecovers()
    {
        SyncScheduler scheduler(*m_engine);
        scheduler.setIntervals({100, 60'000, 40'000, 160'000});
        QSignalSpy finished(m_engine.get(), &SyncEngine::finished);
        scheduler.start();
        QVERIFY(finished.wait(10'000));
        QCOMPARE(finished.first().at(0).value<SyncResult>().outcome, SyncResult::Outcome::Offline);
        QVERIFY2(near(scheduler.nextSyncInMs(), 40'000), qPrintable(QString::number(scheduler.nextSyncInMs())));

        // A local change while offline waits for the back-off instead of hammering.
        scheduler.noteLocalChange();
        QVERIFY(near(scheduler.nextSyncInMs(), 40'000));

        Q_EMIT m_engine->finished(outcome(SyncResult::Outcome::Offline));
        QVERIFY(near(scheduler.nextSyncInMs(), 80'000));
        Q_EMIT m_engine->finished(outcome(SyncResult::Outcome::Failed));
        QVERIFY(near(scheduler.nextSyncInMs(), 160'000));
        Q_EMIT m_engine->finished(outcome(SyncResult::Outcome::Offline));
        QVERIFY2(near(scheduler.nextSyncInMs(), 160'000), "the back-off must stop growing at its maximum");

        Q_EMIT m_engine->finished(outcome(SyncResult::Outcome::Ok));
        QVERIFY2(near(scheduler.nextSyncInMs(), 60'000), qPrintable(QString::number(scheduler.nextSyncInMs())));
        Q_EMIT m_engine->finished(outcome(SyncResult::Outcome::Offline));
        QVERIFY2(near(scheduler.nextSyncInMs(), 40'000), "a success resets the back-off");
    }

    void localChangeSyncsSoonWhenOnline()
    {
        SyncScheduler scheduler(*m_engine);
        scheduler.setIntervals({100, 60'000, 40'000, 160'000});
        QSignalSpy finished(m_engine.get(), &SyncEngine::finished);
        scheduler.start();
        QVERIFY(finished.wait(10'000));
        Q_EMIT m_engine->finished(outcome(SyncResult::Outcome::Ok));
        QVERIFY2(near(scheduler.nextSyncInMs(), 60'000), qPrintable(QString::number(scheduler.nextSyncInMs())));

        QSignalSpy started(m_engine.get(), &SyncEngine::started);
        QVERIFY(m_store.createRow("person", {{"display_name", std::string("Ana")}}).ok());
        scheduler.noteLocalChange();
        QVERIFY(scheduler.nextSyncInMs() <= 100);
        QVERIFY(started.wait(5'000));
    }

    // Turning to a page syncs first when what it shows may be old: not right after a sync, not
    // while offline.
    void lookingAtAPageSyncsWhenTheLastSyncIsOld()
    {
        SyncScheduler scheduler(*m_engine);
        scheduler.setIntervals({100, 60'000, 40'000, 160'000, 200});
        QSignalSpy finished(m_engine.get(), &SyncEngine::finished);
        scheduler.start();
        QVERIFY(finished.wait(10'000));
        scheduler.noteLooking();
        QVERIFY2(near(scheduler.nextSyncInMs(), 40'000), "offline: the back-off decides");

        Q_EMIT m_engine->finished(outcome(SyncResult::Outcome::Ok));
        scheduler.noteLooking();
        QVERIFY2(scheduler.nextSyncInMs() > 59'000, "just synced: nothing to catch up");
        QTest::qWait(300);
        QSignalSpy started(m_engine.get(), &SyncEngine::started);
        scheduler.noteLooking();
        QVERIFY2(scheduler.nextSyncInMs() <= 0, qPrintable(QString::number(scheduler.nextSyncInMs())));
        QVERIFY(started.wait(5'000));
    }

    void stopsWhenTheSessionEnds()
    {
        SyncScheduler scheduler(*m_engine);
        QSignalSpy finished(m_engine.get(), &SyncEngine::finished);
        scheduler.start();
        QVERIFY(finished.wait(10'000));
        Q_EMIT m_engine->finished(outcome(SyncResult::Outcome::Revoked));
        QVERIFY(!scheduler.isActive());
        QCOMPARE(scheduler.nextSyncInMs(), -1);
        scheduler.noteLocalChange();
        QCOMPARE(scheduler.nextSyncInMs(), -1);
    }
};

QTEST_GUILESS_MAIN(TestSyncScheduler)
#include "tst_syncscheduler.moc"
