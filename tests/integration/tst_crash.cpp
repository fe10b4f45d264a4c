// Crash test: commonroom-cli is killed (SIGKILL) at random points of its sync, and now and then
// the daemon with it. Afterwards nothing saved is lost and nothing is applied twice. The suite
// runs a few dozen rounds; scripts/crash-soak.sh runs thousands
// (COMMONROOM_CRASH_ITERATIONS, COMMONROOM_CRASH_SEED).

#include "CliProcess.h"
#include "SyncdProcess.h"
#include "TestClient.h"
#include "common/Clock.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <random>

using namespace commonroom;

namespace {

const QString kTag = QStringLiteral("crash-");

// display_name -> how many rows carry it, among the rows this test created.
QHash<QString, int> tagged(const TestClient::Snapshot &snapshot)
{
    QHash<QString, int> names;
    for (const auto &[id, fields] : snapshot.at("person")) {
        const auto name = fields.find("display_name");
        if (name != fields.end()) {
            const QString text = QString::fromStdString(toDisplayString(name->second));
            if (text.startsWith(kTag))
                ++names[text];
        }
    }
    return names;
}

} // namespace

class TestCrash : public QObject
{
    Q_OBJECT

private:
    const SystemClock m_clock; // the device's, as the daemon's runs on the system clock too

private Q_SLOTS:
    void killedMidSyncLosesNothingAndAppliesNothingTwice()
    {
        const int iterations = qEnvironmentVariableIsSet("COMMONROOM_CRASH_ITERATIONS")
            ? qEnvironmentVariableIntValue("COMMONROOM_CRASH_ITERATIONS")
            : 24;
        const unsigned seed = qEnvironmentVariableIsSet("COMMONROOM_CRASH_SEED")
            ? unsigned(qEnvironmentVariableIntValue("COMMONROOM_CRASH_SEED"))
            : 4242u;
        std::mt19937 random(seed);
        const auto between = [&](int low, int high) {
            return std::uniform_int_distribution<int>(low, high)(random);
        };

        SyncdProcess daemon;
        QVERIFY2(daemon.start(10), qPrintable(daemon.error()));
        QTemporaryDir profile;
        QByteArray output;
        QVERIFY2(runCli({"--profile", profile.path(), "login", daemon.url().toString(), "--email", "leader@example.org",
                            "--password-stdin", "--ca", daemon.certificatePath()},
                     QByteArray(SyncdProcess::kDemoPassword) + '\n', &output)
                == 0,
            output.constData());
        TestClient observer;
        QVERIFY(observer.login(daemon, "leader@example.org", SyncdProcess::kDemoPassword));

        QStringList created;
        int daemonCrashes = 0;
        for (int round = 0; round < iterations; ++round) {
            for (int k = between(1, 3); k > 0; --k) {
                const QString name = kTag + QString::number(round) + QLatin1Char('-') + QString::number(k);
                QVERIFY2(runCli({"--profile", profile.path(), "people", "add", "--name", name, "area=Crashville"}, {},
                             &output)
                        == 0,
                    output.constData());
                created << name;
            }

            QProcess sync;
            sync.start(COMMONROOM_CLI_PATH, {"--profile", profile.path(), "sync"});
            QVERIFY(sync.waitForStarted());
            const bool crashDaemon = between(0, 3) == 0;
            const int clientDelay = between(0, 150);
            const int daemonDelay = between(0, 150);
            QElapsedTimer clock;
            clock.start();
            bool daemonKilled = false;
            while (sync.state() != QProcess::NotRunning && clock.elapsed() < clientDelay) {
                if (crashDaemon && !daemonKilled && clock.elapsed() >= daemonDelay) {
                    daemon.stop(/*crash=*/true);
                    daemonKilled = true;
                }
                sync.waitForFinished(5);
            }
            sync.kill();
            sync.waitForFinished();
            if (crashDaemon) {
                if (!daemonKilled)
                    daemon.stop(/*crash=*/true);
                ++daemonCrashes;
                QVERIFY2(daemon.serve(), qPrintable(daemon.error()));
            }

            // Every edit is on the daemon or still waiting on the device; none is on the daemon twice.
            QSet<QString> pending;
            {
                LocalStore device(m_clock);
                QVERIFY(device.open(profile.filePath("commonroom.db")).ok());
                for (const auto &mutation : device.pendingMutations(1'000'000)) {
                    const auto name = mutation.fields.find("display_name");
                    if (name != mutation.fields.end())
                        pending.insert(QString::fromStdString(toDisplayString(name->second)));
                }
            }
            const auto synced = observer.sync();
            QVERIFY2(synced.ok(), qPrintable(synced.message));
            const auto onServer = tagged(observer.snapshot());
            for (const QString &name : std::as_const(created)) {
                QVERIFY2(onServer.value(name) <= 1, qPrintable(name + " was applied twice"));
                QVERIFY2(onServer.contains(name) || pending.contains(name), qPrintable(name + " was lost"));
            }
        }

        // Back to calm: the device drains its outbox and the daemon holds each edit once.
        int code = -1;
        for (int attempt = 0; attempt < 5 && code != 0; ++attempt)
            code = runCli({"--profile", profile.path(), "sync"}, {}, &output);
        QVERIFY2(code == 0, output.constData());
        {
            LocalStore device(m_clock);
            QVERIFY(device.open(profile.filePath("commonroom.db")).ok());
            QCOMPARE(device.pendingCount(), 0);
        }
        QVERIFY(observer.sync().ok());
        const auto onServer = tagged(observer.snapshot());
        QCOMPARE(onServer.size(), created.size());
        for (const QString &name : std::as_const(created))
            QCOMPARE(onServer.value(name), 1);
        qInfo("%d rounds, %d daemon crashes, %lld edits", iterations, daemonCrashes, qlonglong(created.size()));
    }
};

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
