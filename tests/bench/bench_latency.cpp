// Benchmark 2: how long an edit takes to reach another device. Device A (a leader) edits a
// person and syncs; device B (a member, in its own thread, as on another machine) syncs either
// when told that A's push was acknowledged ("notified", what a push channel would give) or by
// polling back to back. Measured from A's edit to B's database holding the new value. Baseline:
// a bare HTTPS round trip (GET /v1/health) through the same client stack.

#include "BenchDevice.h"
#include "BenchSupport.h"
#include "DaemonProcess.h"

#include "common/Endpoints.h"
#include "desktop/core/ApiClient.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QNetworkReply>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>

#include <iostream>
#include <mutex>

using namespace commonroom;
using namespace commonroom::bench;

namespace {

struct Expectation
{
    std::mutex mutex;
    int index = -1;
    std::string value;
    Steady::time_point seenAt;
    int seenIndex = -1;
};

// Device B and its thread: everything of B is created, used and destroyed in that thread.
class Watcher
{
public:
    Watcher(const QString &profile, const DaemonProcess &daemon, Expectation &expectation, QEventLoop *&mainLoop)
        : m_expectation(expectation)
        , m_mainLoop(mainLoop)
    {
        m_thread.start();
        m_context.moveToThread(&m_thread);
        QMetaObject::invokeMethod(
            &m_context,
            [&] {
                m_device = std::make_unique<BenchDevice>(profile);
                m_error = m_device->login(daemon.url(), daemon.fingerprint(), QStringLiteral("member@example.org"),
                    QString::fromLatin1(DaemonProcess::kDemoPassword));
                if (m_error.isEmpty()) {
                    const auto synced = m_device->sync();
                    if (!synced.ok())
                        m_error = synced.message;
                }
                QObject::connect(
                    &m_device->store(), &LocalStore::tableChanged, &m_context, [this](const QString &table) {
                        if (table == QLatin1String("person"))
                            check();
                    });
                QObject::connect(&m_device->engine(), &SyncEngine::finished, &m_context,
                    [this](const SyncResult &) { afterSync(); });
                QObject::connect(
                    &m_device->engine(), &SyncEngine::started, &m_context, [this] { m_pollStarted = Steady::now(); });
            },
            Qt::BlockingQueuedConnection);
    }

    ~Watcher()
    {
        QMetaObject::invokeMethod(
            &m_context,
            [this] {
                m_polling = false;
                m_device.reset();
            },
            Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }

    QString error() const { return m_error; }
    void watch(const QString &id) { m_id = id; }

    // A's push was acknowledged: sync now (or right after the sync under way).
    void notify()
    {
        QMetaObject::invokeMethod(&m_context, [this] {
            if (m_device->engine().isRunning())
                m_syncAgain = true;
            else
                m_device->engine().sync();
        });
    }

    void setPolling(bool polling)
    {
        QMetaObject::invokeMethod(
            &m_context,
            [this, polling] {
                m_polling = polling;
                if (polling && !m_device->engine().isRunning())
                    m_device->engine().sync();
            },
            Qt::BlockingQueuedConnection);
        // Let a poll under way finish before the next phase.
        while (polling == false && isRunning())
            QThread::msleep(5);
    }

    std::vector<double> pollDurations() const { return m_pollMs; }

private:
    bool isRunning()
    {
        bool running = false;
        QMetaObject::invokeMethod(
            &m_context, [&] { running = m_device->engine().isRunning(); }, Qt::BlockingQueuedConnection);
        return running;
    }

    void check()
    {
        const auto row = m_device->store().row(QStringLiteral("person"), m_id);
        if (!row || !row->contains("skills"))
            return;
        const std::string value = toDisplayString(row->at("skills"));
        const auto now = Steady::now();
        std::lock_guard lock(m_expectation.mutex);
        if (m_expectation.seenIndex == m_expectation.index || value != m_expectation.value)
            return;
        m_expectation.seenIndex = m_expectation.index;
        m_expectation.seenAt = now;
        if (m_mainLoop)
            QMetaObject::invokeMethod(m_mainLoop, &QEventLoop::quit, Qt::QueuedConnection);
    }

    void afterSync()
    {
        if (m_polling)
            m_pollMs.push_back(millisecondsBetween(m_pollStarted, Steady::now()));
        if (m_syncAgain || m_polling) {
            m_syncAgain = false;
            QTimer::singleShot(0, &m_context, [this] {
                if (m_device && !m_device->engine().isRunning())
                    m_device->engine().sync();
            });
        }
    }

    QThread m_thread;
    QObject m_context;
    std::unique_ptr<BenchDevice> m_device;
    Expectation &m_expectation;
    QEventLoop *&m_mainLoop;
    QString m_error;
    QString m_id;
    bool m_syncAgain = false;
    bool m_polling = false;
    Steady::time_point m_pollStarted;
    std::vector<double> m_pollMs;
};

struct Samples
{
    std::vector<double> saved, acked, visible;
    int missed = 0;
};

Samples measure(BenchDevice &editor, Watcher &watcher, Expectation &expectation, QEventLoop *&mainLoop,
    const QString &personId, int edits, bool notify, const std::string &tag)
{
    Samples samples;
    for (int i = 0; i < edits; ++i) {
        const std::string value = tag + " probe " + std::to_string(i) + ", facilitation";
        {
            std::lock_guard lock(expectation.mutex);
            expectation.index = i;
            expectation.value = value;
        }
        QEventLoop loop;
        const auto edited = Steady::now();
        Steady::time_point acked {};
        bool editorDone = false;
        const auto onProgress
            = QObject::connect(&editor.engine(), &SyncEngine::progress, &loop, [&](const QString &phase, qint64) {
                  if (phase != QLatin1String("push") || acked != Steady::time_point {})
                      return;
                  acked = Steady::now();
                  if (notify)
                      watcher.notify();
              });
        const auto onFinished
            = QObject::connect(&editor.engine(), &SyncEngine::finished, &loop, [&](const SyncResult &) {
                  editorDone = true;
                  loop.quit();
              });
        if (const auto status = editor.store().updateRow(QStringLiteral("person"), personId, {{"skills", value}});
            !status) {
            std::cerr << "edit failed: " << status.error().message << std::endl;
            ++samples.missed;
            continue;
        }
        const auto saved = Steady::now();
        editor.engine().sync();
        QTimer timeout;
        timeout.setSingleShot(true);
        QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
        timeout.start(10'000);
        mainLoop = &loop;
        while (timeout.isActive()) {
            {
                std::lock_guard lock(expectation.mutex);
                if (expectation.seenIndex == i && editorDone)
                    break;
            }
            loop.exec();
        }
        mainLoop = nullptr;
        QObject::disconnect(onProgress);
        QObject::disconnect(onFinished);
        std::lock_guard lock(expectation.mutex);
        if (expectation.seenIndex != i || acked == Steady::time_point {}) {
            ++samples.missed;
            continue;
        }
        samples.saved.push_back(millisecondsBetween(edited, saved));
        samples.acked.push_back(millisecondsBetween(edited, acked));
        samples.visible.push_back(millisecondsBetween(edited, expectation.seenAt));
    }
    return samples;
}

std::vector<double> healthRoundTrips(BenchDevice &device, int count)
{
    std::vector<double> times;
    for (int i = 0; i <= count; ++i) {
        QEventLoop loop;
        const auto started = Steady::now();
        QNetworkReply *reply = device.engine().api().get(protocol::endpoint::kHealth);
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const double ms = millisecondsBetween(started, Steady::now());
        if (i > 0 && reply->error() == QNetworkReply::NoError) // the first one may open the connection
            times.push_back(ms);
        reply->deleteLater();
    }
    return times;
}

std::string ms(double value)
{
    return formatNumber(value, 1) + " ms";
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const Options options(argc, argv);
    const QString work = QString::fromStdString(options.text("work", "/tmp/commonroom-bench"));
    const long people = options.number("people", 10'000);
    const int edits = int(options.number("edits", 200));

    DaemonProcess daemon(QString::fromStdString(options.text("syncd", COMMONROOM_SYNCD_PATH)),
        QDir(work).filePath(QStringLiteral("latency-daemon")));
    if (!daemon.ensureInitialized() || daemon.seed(people) < 0 || !daemon.start()) {
        std::cerr << daemon.error().toStdString() << std::endl;
        return 1;
    }
    const QString profileA = QDir(work).filePath(QStringLiteral("latency-a"));
    const QString profileB = QDir(work).filePath(QStringLiteral("latency-b"));
    QDir(profileA).removeRecursively();
    QDir(profileB).removeRecursively();

    std::cerr << "latency: signing in two devices and syncing " << people << " people…" << std::endl;
    BenchDevice editor(profileA);
    if (const auto error = editor.login(daemon.url(), daemon.fingerprint(), QStringLiteral("leader@example.org"),
            QString::fromLatin1(DaemonProcess::kDemoPassword));
        !error.isEmpty()) {
        std::cerr << "sign-in failed: " << error.toStdString() << std::endl;
        return 1;
    }
    if (const auto synced = editor.sync(); !synced.ok()) {
        std::cerr << "sync failed: " << synced.message.toStdString() << std::endl;
        return 1;
    }
    Expectation expectation;
    QEventLoop *mainLoop = nullptr;
    Watcher watcher(profileB, daemon, expectation, mainLoop);
    if (!watcher.error().isEmpty()) {
        std::cerr << "device B: " << watcher.error().toStdString() << std::endl;
        return 1;
    }
    // A person whose skills members may see, so that B receives every edit.
    QSqlQuery pick(editor.store().database());
    pick.exec(QStringLiteral("SELECT id FROM person WHERE role = 'member' AND (skills_visibility IS NULL OR "
                             "skills_visibility IN ('public', 'members')) ORDER BY id LIMIT 1 OFFSET 100"));
    if (!pick.next()) {
        std::cerr << "no person to edit" << std::endl;
        return 1;
    }
    const QString personId = pick.value(0).toString();
    pick.finish();
    watcher.watch(personId);

    std::cerr << "latency: " << edits << " edits, B notified…" << std::endl;
    const auto notified = measure(editor, watcher, expectation, mainLoop, personId, edits, true, "notified");
    std::cerr << "latency: " << edits << " edits, B polling…" << std::endl;
    watcher.setPolling(true);
    const auto polled = measure(editor, watcher, expectation, mainLoop, personId, edits, false, "polled");
    watcher.setPolling(false);
    const auto polls = watcher.pollDurations();
    std::cerr << "latency: health round trips…" << std::endl;
    const auto health = healthRoundTrips(editor, edits);
    const double healthP50 = percentile(health, 50);

    Table table({"Path", "Samples", "p50", "p99", "max", "p50 ÷ health p50", "Missed"});
    const auto add = [&](const std::string &name, const std::vector<double> &values, int missed) {
        table.add({name, std::to_string(values.size()), ms(percentile(values, 50)), ms(percentile(values, 99)),
            ms(percentile(values, 100)), formatNumber(percentile(values, 50) / healthP50, 1) + "×",
            std::to_string(missed)});
    };
    add("A: edit saved on A (local transaction)", notified.saved, 0);
    add("A: edit acknowledged by the daemon", notified.acked, 0);
    add("**B notified: edit → row updated on B**", notified.visible, notified.missed);
    add("**B polling: edit → row updated on B**", polled.visible, polled.missed);
    add("B polling: one poll (empty pull)", polls, 0);
    add("Baseline: GET /v1/health round trip", health, 0);
    std::cout << "\n### Propagation latency (" << shortCount(people) << " people; A = leader, B = member)\n\n"
              << table.render() << "\nTarget: p50 < 100 ms from A's edit to B's row updated, on loopback.\n"
              << std::endl;
    daemon.stop();
    return 0;
}
