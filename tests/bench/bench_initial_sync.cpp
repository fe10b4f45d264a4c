// Benchmark 1: initial sync of a whole community into an empty device, end to end (daemon
// seeded with seed-demo, the desktop core in a child process so that its peak memory is its
// own), against SQLite bulk-importing the same rows into empty tables in one transaction.

#include "BenchDevice.h"
#include "BenchSupport.h"
#include "DaemonProcess.h"
#include "SqliteBaseline.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>

#include <cstdio>
#include <iostream>

using namespace commonroom;
using namespace commonroom::bench;

namespace {

struct ClientRun
{
    bool ok = false;
    QString message;
    double seconds = 0;
    long rows = 0;
    std::int64_t peakRss = 0;
    double cpu = 0;
};

// The child: signs in, syncs once into an empty profile, prints one line of results.
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
    const double cpuBefore = cpuSeconds();
    const auto started = Steady::now();
    const auto result = device.sync();
    const double seconds = secondsSince(started);
    if (!result.ok()) {
        std::cout << "FAILED sync: " << result.message.toStdString() << std::endl;
        return 1;
    }
    std::cout << "RESULT " << seconds << ' ' << result.pulled << ' ' << peakRssBytes() << ' '
              << cpuSeconds() - cpuBefore << std::endl;
    return 0;
}

ClientRun spawnClient(const DaemonProcess &daemon, const QString &profile, const QString &email)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    ClientRun run;
    child.start(QCoreApplication::applicationFilePath(),
        {QStringLiteral("--client"), QStringLiteral("--profile"), profile, QStringLiteral("--url"),
            daemon.url().toString(), QStringLiteral("--fingerprint"), daemon.fingerprint(), QStringLiteral("--email"),
            email});
    const auto started = Steady::now();
    const bool exited = child.waitForFinished(60 * 60 * 1000);
    run.seconds = secondsSince(started); // until the child has printed its own measure
    if (!exited) {
        run.message = QStringLiteral("the client did not finish within an hour");
        return run;
    }
    const QString output = QString::fromUtf8(child.readAllStandardOutput()).trimmed();
    const auto parts = output.split(QLatin1Char(' '));
    if (child.exitCode() != 0 || parts.size() != 5 || parts[0] != QLatin1String("RESULT")) {
        run.message = output;
        return run;
    }
    run.ok = true;
    run.seconds = parts[1].toDouble();
    run.rows = parts[2].toLong();
    run.peakRss = parts[3].toLongLong();
    run.cpu = parts[4].toDouble();
    return run;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const Options options(argc, argv);
    if (options.has("client"))
        return runClient(options);

    const QString work = QString::fromStdString(options.text("work", "/tmp/commonroom-bench"));
    const auto sizes = options.numbers("sizes", {10'000, 100'000, 1'000'000});
    const QString email = QString::fromStdString(options.text("email", "leader@example.org"));
    DaemonProcess daemon(QString::fromStdString(options.text("syncd", COMMONROOM_SYNCD_PATH)),
        QDir(work).filePath(QStringLiteral("initial-sync-daemon")));
    if (!daemon.ensureInitialized()) {
        std::cerr << daemon.error().toStdString() << std::endl;
        return 1;
    }

    Table table({"People", "Rows", "Sync", "Rows/s", "SQLite import", "Import rows/s", "Sync ÷ import",
        "Client DB + WAL", "Client peak RSS", "Client CPU", "Daemon CPU", "Daemon pull time", "seed-demo"});
    bool failed = false;
    for (const long people : sizes) {
        std::cerr << "initial sync: seeding " << people << " people…" << std::endl;
        const double seedSeconds = daemon.seed(people);
        if (seedSeconds < 0 || !daemon.start()) {
            std::cerr << daemon.error().toStdString() << std::endl;
            return 1;
        }
        const QString profile = QDir(work).filePath(QStringLiteral("initial-sync-client-%1").arg(people));
        QDir(profile).removeRecursively();
        const qint64 logOffset = daemon.logOffset();
        const double daemonCpuBefore = cpuSeconds(int(daemon.pid()));
        std::cerr << "initial sync: " << email.toStdString() << " syncs " << people << " people…" << std::endl;
        const auto client = spawnClient(daemon, profile, email);
        const double daemonCpu = cpuSeconds(int(daemon.pid())) - daemonCpuBefore;
        daemon.stop();
        double daemonPullMs = 0;
        for (const double ms : daemon.handlingTimesMs(logOffset, QStringLiteral("GET /v1/pull")))
            daemonPullMs += ms;
        if (!client.ok) {
            std::cerr << "initial sync of " << people << " people failed: " << client.message.toStdString()
                      << std::endl;
            failed = true;
            table.add({shortCount(people), "-", "failed after " + formatNumber(client.seconds, 0) + " s", "-", "-", "-",
                "-", "-", "-", "-", formatNumber(daemonCpu, 1) + " s", formatNumber(daemonPullMs / 1000, 1) + " s",
                formatNumber(seedSeconds, 1) + " s"});
            continue;
        }
        const std::string database = QDir(profile).filePath(QStringLiteral("commonroom.db")).toStdString();
        const auto dbBytes = fileSizeWithCompanions(database);
        const auto mainBytes = fileSizeWithCompanions(database) - fileSizeWithCompanions(database + "-wal")
            - fileSizeWithCompanions(database + "-shm");

        std::cerr << "initial sync: SQLite baseline import…" << std::endl;
        const auto rows = readSyncedRows(database);
        const auto baseline
            = importRows(QDir(work).filePath(QStringLiteral("initial-sync-baseline.db")).toStdString(), rows, {});

        const double syncRate = double(client.rows) / client.seconds;
        const double importRate = double(baseline.rows) / baseline.seconds;
        table.add({shortCount(people), formatNumber(double(client.rows)), formatNumber(client.seconds, 2) + " s",
            formatNumber(syncRate), formatNumber(baseline.seconds, 2) + " s", formatNumber(importRate),
            formatNumber(client.seconds / baseline.seconds, 1) + "×",
            formatBytes(mainBytes) + " + " + formatBytes(dbBytes - mainBytes), formatBytes(client.peakRss),
            formatNumber(client.cpu, 1) + " s", formatNumber(daemonCpu, 1) + " s",
            formatNumber(daemonPullMs / 1000, 1) + " s", formatNumber(seedSeconds, 1) + " s"});
        if (baseline.rows != std::size_t(client.rows))
            std::cerr << "note: the device holds " << baseline.rows << " rows, the sync received " << client.rows
                      << std::endl;
        QDir(profile).removeRecursively();
    }
    std::cout << "\n### Initial sync (signed in as " << email.toStdString() << ")\n\n" << table.render() << std::endl;
    std::cout << "Rows: every person, group and membership row the device received. Target: sync within 3× of the "
                 "SQLite import and ≥ 100,000 rows/s at 1M people.\n"
              << std::endl;
    return failed ? 1 : 0;
}
