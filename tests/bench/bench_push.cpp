// Benchmark 3: push throughput of one device. A leader registers N new people offline (each a
// local transaction with its outbox entry), then syncs: the outbox goes up in batches of 500,
// each applied by the daemon in one synchronous=FULL transaction. Baseline: SQLite inserting
// the same rows into the daemon's person table, one synchronous=FULL transaction per 500.

#include "BenchDevice.h"
#include "BenchSupport.h"
#include "DaemonProcess.h"
#include "SqliteBaseline.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>

#include <iostream>

using namespace commonroom;
using namespace commonroom::bench;

namespace {

constexpr std::size_t kBatch = 500; // SyncEngine's push batch

FieldMap walkIn(long index)
{
    static const char *const areas[] = {"Berlin", "Lisboa", "Lagos", "Chennai", "Montréal", "Hà Nội"};
    static const char *const skills[] = {"translation, first aid", "bike repair", "facilitation, cooking",
        "Python, data", "childcare", "public speaking, writing"};
    const std::string n = std::to_string(index);
    return FieldMap {{"display_name", "Walk-in " + n + " Ibáñez"}, {"given_name", "Walk-in " + n},
        {"family_name", std::string("Ibáñez")}, {"email", "walk-in." + n + "@example.net"},
        {"phone", "+49 30 " + std::to_string(1000000 + index)}, {"area", std::string(areas[index % 6])},
        {"neighbourhood", std::string("Kreuzberg")}, {"languages", std::string("German, English")},
        {"skills", std::string(skills[index % 6])}, {"interests", std::string("housing, gardening")},
        {"bio", "Registered at the door of the spring assembly, table " + std::to_string(index % 12) + "."},
        {"status", std::string("active")}, {"consent", std::int64_t(1)},
        {"consent_at", std::string("2025-03-01T10:00:00Z")}};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const Options options(argc, argv);
    const QString work = QString::fromStdString(options.text("work", "/tmp/commonroom-bench"));
    const long people = options.number("people", 10'000);
    const long mutations = options.number("mutations", 10'000);

    DaemonProcess daemon(QString::fromStdString(options.text("syncd", COMMONROOM_SYNCD_PATH)),
        QDir(work).filePath(QStringLiteral("push-daemon")));
    if (!daemon.ensureInitialized() || daemon.seed(people) < 0 || !daemon.start()) {
        std::cerr << daemon.error().toStdString() << std::endl;
        return 1;
    }
    const QString profile = QDir(work).filePath(QStringLiteral("push-client"));
    QDir(profile).removeRecursively();
    BenchDevice device(profile);
    if (const auto error = device.login(daemon.url(), daemon.fingerprint(), QStringLiteral("leader@example.org"),
            QString::fromLatin1(DaemonProcess::kDemoPassword));
        !error.isEmpty()) {
        std::cerr << "sign-in failed: " << error.toStdString() << std::endl;
        return 1;
    }
    std::cerr << "push: initial sync of " << people << " people…" << std::endl;
    if (const auto synced = device.sync(); !synced.ok()) {
        std::cerr << "sync failed: " << synced.message.toStdString() << std::endl;
        return 1;
    }

    std::cerr << "push: " << mutations << " local edits…" << std::endl;
    const auto editsStarted = Steady::now();
    const long base = 1'000'000 + long(QDateTime::currentMSecsSinceEpoch() % 1'000'000) * 1000;
    for (long i = 0; i < mutations; ++i) {
        if (const auto created = device.store().createRow(QStringLiteral("person"), walkIn(base + i)); !created) {
            std::cerr << "local edit failed: " << created.error().message << std::endl;
            return 1;
        }
    }
    const double editSeconds = secondsSince(editsStarted);
    const auto pending = device.store().pendingMutations(int(mutations));

    std::cerr << "push: syncing…" << std::endl;
    Steady::time_point pushed {};
    const auto onProgress
        = QObject::connect(&device.engine(), &SyncEngine::progress, [&](const QString &phase, qint64 done) {
              if (phase == QLatin1String("push") && done >= mutations)
                  pushed = Steady::now();
          });
    const qint64 logOffset = daemon.logOffset();
    const double daemonCpuBefore = cpuSeconds(int(daemon.pid()));
    const auto started = Steady::now();
    const auto result = device.sync();
    const auto finished = Steady::now();
    const double daemonCpu = cpuSeconds(int(daemon.pid())) - daemonCpuBefore;
    QObject::disconnect(onProgress);
    daemon.stop();
    if (!result.ok() || result.pushed != mutations || pushed == Steady::time_point {}) {
        std::cerr << "push failed: " << result.message.toStdString() << " (" << result.pushed << " acknowledged, "
                  << result.rejected << " refused)" << std::endl;
        return 1;
    }
    const double pushSeconds = millisecondsBetween(started, pushed) / 1000;
    const double pullSeconds = millisecondsBetween(pushed, finished) / 1000;
    double daemonPushMs = 0;
    const auto pushTimes = daemon.handlingTimesMs(logOffset, QStringLiteral("POST /v1/push"));
    for (const double ms : pushTimes)
        daemonPushMs += ms;

    // The same rows, every column of the daemon's person table that carries a value.
    const TableDef &person = *findTable("person");
    std::vector<std::string> columns {"id"};
    for (auto &column : wireColumns(person))
        columns.push_back(std::move(column));
    TableRows rows("person", columns);
    for (const auto &mutation : pending) {
        rows.addText(mutation.id.data(), mutation.id.size());
        for (std::size_t c = 1; c < columns.size(); ++c) {
            const auto value = mutation.fields.find(columns[c]);
            if (value == mutation.fields.end() || isNull(value->second))
                rows.addNull();
            else if (const auto *number = std::get_if<std::int64_t>(&value->second))
                rows.addInteger(*number);
            else
                rows.addText(std::get<std::string>(value->second).data(), std::get<std::string>(value->second).size());
        }
    }
    const auto baseline = importRows(QDir(work).filePath(QStringLiteral("push-baseline.db")).toStdString(), {rows},
        ImportOptions {SchemaSide::Daemon, kBatch, true});

    const double rate = double(mutations) / pushSeconds;
    const double baselineRate = double(baseline.rows) / baseline.seconds;
    Table table({"Path", "Mutations", "Batches", "Time", "Per second", "÷ baseline"});
    table.add({"Local edits on the device (one transaction each)", formatNumber(double(mutations)), "-",
        formatNumber(editSeconds, 2) + " s", formatNumber(double(mutations) / editSeconds), "-"});
    table.add({"**Push, end to end (device → daemon → acks applied)**", formatNumber(double(mutations)),
        std::to_string(pushTimes.size()), formatNumber(pushSeconds, 2) + " s", formatNumber(rate),
        formatNumber(pushSeconds / baseline.seconds, 1) + "× the time"});
    table.add({"… of which the daemon handling the pushes (its log)", "", "",
        formatNumber(daemonPushMs / 1000, 2) + " s", formatNumber(double(mutations) / (daemonPushMs / 1000)), ""});
    table.add({"Pull of the new rows afterwards (same sync)", formatNumber(double(result.pulled)), "-",
        formatNumber(pullSeconds, 2) + " s", formatNumber(double(result.pulled) / pullSeconds), "-"});
    table.add({"Baseline: SQLite inserts, synchronous=FULL, 1 transaction / 500", formatNumber(double(baseline.rows)),
        std::to_string(baseline.transactions), formatNumber(baseline.seconds, 2) + " s", formatNumber(baselineRate),
        "1.0×"});
    std::cout << "\n### Push throughput (" << shortCount(people) << " people on the daemon; new people, batches of "
              << kBatch << ")\n\n"
              << table.render() << "\nDaemon CPU during the sync: " << formatNumber(daemonCpu, 1) << " s.\n"
              << std::endl;
    return 0;
}
