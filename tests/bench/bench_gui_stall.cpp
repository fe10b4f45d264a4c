// Benchmark 7: how long the window stops answering while a fresh device fetches a whole community.
//
// The child process is the desktop app as a user starts it after signing in: the real MainWindow
// (offscreen), its models, its scheduler's first sync and the search-index merge that follows it.
// A timer on the GUI thread asks to tick every kTickMs; each gap between two ticks beyond that is
// time in which a click or a key would have waited. The table gives the longest gap during the
// pull and during the merge after it, the 99th percentile and how many gaps exceeded 50 ms (the
// goal: none, docs/benchmarks.md). Each event the GUI thread took longer than that to handle is
// put down to whoever received it (a model, a view, a timer's owner), so that a stall names its
// cause.

#include "BenchDevice.h"
#include "BenchSupport.h"
#include "DaemonProcess.h"

#include "desktop/core/SearchIndexMerger.h"
#include "desktop/ui/DialogPrompts.h"
#include "desktop/ui/MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QPointer>
#include <QProcess>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <iostream>
#include <map>

using namespace commonroom;
using namespace commonroom::bench;

namespace {

constexpr int kTickMs = 5;
constexpr double kGoalMs = 50;

// The gaps between the ticks of a timer on the GUI thread, split by phase.
class StallMeter
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(kTickMs);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const auto now = Steady::now();
            m_gaps.push_back(std::max(0.0, millisecondsBetween(m_last, now) - kTickMs));
            m_last = now;
        });
    }
    void start()
    {
        m_last = Steady::now();
        m_timer.start();
    }
    // The gaps measured since the last call.
    std::vector<double> take() { return std::exchange(m_gaps, {}); }

private:
    QTimer m_timer;
    Steady::time_point m_last;
    std::vector<double> m_gaps;
};

// Times every event the GUI thread handles at the outermost level and keeps those over the goal,
// by receiver: its class and, for helpers without a name of their own (timers, viewports,
// DeferredReload), the classes of the objects they belong to.
class TimedApplication : public QApplication
{
public:
    using QApplication::QApplication;

    bool notify(QObject *receiver, QEvent *event) override
    {
        // The store worker's jobs are events too, on its own thread: only the GUI thread's count.
        if (m_depth > 0 || QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        const QPointer<QObject> alive(receiver); // a deferred delete does not outlive its event
        const char *className = receiver->metaObject()->className();
        const QEvent::Type type = event->type();
        ++m_depth;
        const auto started = Steady::now();
        const bool handled = QApplication::notify(receiver, event);
        const double took = millisecondsBetween(started, Steady::now());
        --m_depth;
        m_longestMs = std::max(m_longestMs, took);
        if (took > kGoalMs) {
            Slow &slow = m_slow[describe(alive, className, type)];
            ++slow.count;
            slow.totalMs += took;
            slow.longestMs = std::max(slow.longestMs, took);
        }
        return handled;
    }

    // The longest the GUI thread took to handle one event since the last call. A stall longer
    // than any event is time the thread did not run at all: on a loaded machine, the scheduler's.
    double takeLongest() { return std::exchange(m_longestMs, 0.0); }

    // The receivers of slow events, the most stalling first.
    void report(std::ostream &out) const
    {
        std::vector<std::pair<std::string, Slow>> rows(m_slow.begin(), m_slow.end());
        std::sort(
            rows.begin(), rows.end(), [](const auto &a, const auto &b) { return a.second.totalMs > b.second.totalMs; });
        out << "Events handled in over " << kGoalMs << " ms, by receiver (count, total, longest):\n";
        for (const auto &[culprit, slow] : rows)
            out << "  " << slow.count << "  " << formatNumber(slow.totalMs) << " ms  " << formatNumber(slow.longestMs)
                << " ms  " << culprit << '\n';
    }

private:
    struct Slow
    {
        int count = 0;
        double totalMs = 0;
        double longestMs = 0;
    };

    static std::string describe(QObject *receiver, const char *className, QEvent::Type type)
    {
        std::string text = type == QEvent::Timer ? "timer to "
            : type == QEvent::MetaCall           ? "call to "
                                                 : "event " + std::to_string(int(type)) + " to ";
        if (!receiver)
            return text + className + " (deleted)";
        int levels = 0;
        for (QObject *object = receiver; object && levels < 4; object = object->parent(), ++levels) {
            if (object != receiver)
                text += " < ";
            text += object->metaObject()->className();
            if (!object->objectName().isEmpty())
                text += "#" + object->objectName().toStdString();
        }
        return text;
    }

    int m_depth = 0;
    double m_longestMs = 0;
    std::map<std::string, Slow> m_slow;
};

std::string describe(const std::vector<double> &gaps)
{
    const auto longest = gaps.empty() ? 0.0 : *std::max_element(gaps.begin(), gaps.end());
    const auto over = std::count_if(gaps.begin(), gaps.end(), [](double gap) { return gap > kGoalMs; });
    return formatNumber(longest, 0) + " " + formatNumber(percentile(gaps, 99), 1) + " " + std::to_string(over);
}

// The child: signs in, opens the main window, lets its first sync run and the merge after it.
int runClient(const Options &options)
{
    BenchDevice device(QString::fromStdString(options.text("profile")));
    const QString signedIn = device.login(QUrl(QString::fromStdString(options.text("url"))),
        QString::fromStdString(options.text("fingerprint")), QString::fromStdString(options.text("email")),
        QString::fromLatin1(DaemonProcess::kDemoPassword));
    if (!signedIn.isEmpty()) {
        std::cout << "FAILED sign-in: " << signedIn.toStdString() << std::endl;
        return 1;
    }
    auto &app = *static_cast<TimedApplication *>(QCoreApplication::instance());
    StallMeter meter;
    std::optional<SyncResult> synced;
    QEventLoop loop;
    QObject::connect(&device.engine(), &SyncEngine::finished, &loop, [&](const SyncResult &result) {
        synced = result;
        loop.quit();
    });
    QTimer::singleShot(60 * 60 * 1000, &loop, &QEventLoop::quit);

    const auto started = Steady::now();
    DialogPrompts prompts;
    MainWindow window(device.device(), prompts);
    window.resize(1200, 800);
    window.show();
    app.takeLongest(); // signing in is not the window's work
    meter.start();
    loop.exec();
    const double syncSeconds = secondsSince(started);
    const auto pullGaps = meter.take();
    const double pullLongestEvent = app.takeLongest();
    if (!synced || !synced->ok()) {
        std::cout << "FAILED sync: " << (synced ? synced->message.toStdString() : "did not finish") << std::endl;
        return 1;
    }
    // The merge the window runs after the pull, in steps between events.
    auto *merger = window.findChild<SearchIndexMerger *>();
    const auto mergeStarted = Steady::now();
    if (merger && merger->isRunning()) {
        QObject::connect(merger, &SearchIndexMerger::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    const double mergeSeconds = secondsSince(mergeStarted);
    app.report(std::cerr);
    std::cout << "RESULT " << syncSeconds << ' ' << synced->pulled << ' ' << describe(pullGaps) << ' '
              << formatNumber(pullLongestEvent, 0) << ' ' << mergeSeconds << ' ' << describe(meter.take()) << ' '
              << formatNumber(app.takeLongest(), 0) << std::endl;
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    const Options options(argc, argv);
    if (options.has("client")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        TimedApplication app(argc, argv);
        return runClient(options);
    }
    QCoreApplication app(argc, argv);
    const QString work = QString::fromStdString(options.text("work", "/tmp/commonroom-bench"));
    const auto sizes = options.numbers("sizes", {100'000, 1'000'000});
    const QString email = QString::fromStdString(options.text("email", "leader@example.org"));
    // The initial-sync benchmark's community: seeding a million people takes minutes.
    DaemonProcess daemon(QString::fromStdString(options.text("syncd", COMMONROOM_SYNCD_PATH)),
        QDir(work).filePath(QStringLiteral("initial-sync-daemon")));
    if (!daemon.ensureInitialized()) {
        std::cerr << daemon.error().toStdString() << std::endl;
        return 1;
    }

    Table table({"People", "Rows", "Sync", "Longest stall", "p99 gap", "Stalls > 50 ms", "Longest event", "Merge after",
        "Longest stall (merge)", "p99 gap (merge)", "Stalls > 50 ms (merge)", "Longest event (merge)"});
    bool failed = false;
    for (const long people : sizes) {
        std::cerr << "GUI stall: seeding " << people << " people…" << std::endl;
        if (daemon.seed(people) < 0 || !daemon.start()) {
            std::cerr << daemon.error().toStdString() << std::endl;
            return 1;
        }
        const QString profile = QDir(work).filePath(QStringLiteral("gui-stall-client-%1").arg(people));
        QDir(profile).removeRecursively();
        std::cerr << "GUI stall: the window of " << email.toStdString() << " fetches " << people << " people…"
                  << std::endl;
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(),
            {QStringLiteral("--client"), QStringLiteral("--profile"), profile, QStringLiteral("--url"),
                daemon.url().toString(), QStringLiteral("--fingerprint"), daemon.fingerprint(),
                QStringLiteral("--email"), email});
        const bool exited = child.waitForFinished(2 * 60 * 60 * 1000);
        daemon.stop();
        QDir(profile).removeRecursively();
        const auto parts = QString::fromUtf8(child.readAllStandardOutput()).trimmed().split(QLatin1Char(' '));
        if (!exited || child.exitCode() != 0 || parts.size() != 12 || parts[0] != QLatin1String("RESULT")) {
            std::cerr << "GUI stall at " << people << " people failed: " << parts.join(QLatin1Char(' ')).toStdString()
                      << std::endl;
            failed = true;
            continue;
        }
        table.add({shortCount(people), formatNumber(parts[2].toDouble()), formatNumber(parts[1].toDouble(), 1) + " s",
            parts[3].toStdString() + " ms", parts[4].toStdString() + " ms", parts[5].toStdString(),
            parts[6].toStdString() + " ms", formatNumber(parts[7].toDouble(), 1) + " s", parts[8].toStdString() + " ms",
            parts[9].toStdString() + " ms", parts[10].toStdString(), parts[11].toStdString() + " ms"});
    }
    std::cout << "\n### GUI thread during a first sync (signed in as " << email.toStdString() << ")\n\n"
              << table.render() << std::endl;
    std::cout << "A timer on the GUI thread ticks every " << kTickMs
              << " ms; a stall is the time a tick came late. Goal: no stall over 50 ms. The longest event is\n"
                 "the longest the window's own work held the thread; a stall beyond it is time the thread was\n"
                 "not run at all (a loaded machine).\n"
              << std::endl;
    return failed ? 1 : 0;
}
