// Importing people from a spreadsheet on the device (docs/import.md): a CSV of N people read,
// planned (every row checked and matched) and written through Import, as `commonroom-cli import`
// does, next to `sqlite3 .import` of the same file into a plain table in the same run.
// tests/bench/import.sh runs it.
//
//   bench_import --rows N --work DIR        prints one markdown row
#include "common/Clock.h"
#include "desktop/core/Device.h"
#include "desktop/core/Import.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>

#include <cstdio>
#include <iostream>

using namespace commonroom;

namespace {

constexpr const char *kFirst[] = {"Ana", "Bea", "Caio", "Dara", "Emre", "Femi", "Grete", "Hana", "Ines", "Jonas"};
constexpr const char *kLast[] = {"Lima", "Costa", "Okoye", "Weiß", "Yılmaz", "García", "Brandt", "Sato", "Mensah"};
constexpr const char *kCities[] = {"Lisboa", "Berlin", "Lagos", "São Paulo", "Madrid", "Lyon", "Chennai"};

QByteArray spreadsheet(int rows)
{
    QByteArray csv = "first_name,last_name,email,phone,city,skills,consent\n";
    csv.reserve(rows * 90);
    for (int row = 0; row < rows; ++row) {
        const QByteArray n = QByteArray::number(row);
        csv += QByteArray(kFirst[row % 10]) + ',' + kLast[row % 9] + ",person" + n + "@example.org,+351 9"
            + QByteArray::number(10'000'000 + row) + ',' + kCities[row % 7] + ",\"cooking, first aid\","
            + (row % 3 ? "yes" : "no") + '\n';
    }
    return csv;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    const qsizetype rowsAt = args.indexOf(QStringLiteral("--rows"));
    const qsizetype workAt = args.indexOf(QStringLiteral("--work"));
    if (rowsAt < 0 || workAt < 0 || rowsAt + 1 >= args.size() || workAt + 1 >= args.size()) {
        std::cerr << "usage: bench_import --rows N --work DIR\n";
        return 2;
    }
    const int rows = args.at(rowsAt + 1).toInt();
    QDir work(args.at(workAt + 1));
    work.removeRecursively();
    work.mkpath(QStringLiteral("."));
    const QString file = work.filePath(QStringLiteral("people.csv"));
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(spreadsheet(rows)) < 0)
        return 1;
    out.close();

    // Through the product: read, plan, write with the outbox entries.
    const ManualClock clock(1'795'435'200'000);
    work.mkpath(QStringLiteral("device"));
    Device device(clock, Profile(work.filePath(QStringLiteral("device"))));
    if (auto opened = device.open(); !opened) {
        std::cerr << "cannot open the device: " << opened.error().message << '\n';
        return 1;
    }
    if (!device.store().setSetting(QStringLiteral("person_id"), QStringLiteral("me")).ok()
        || !device.store().setSetting(QStringLiteral("role"), QStringLiteral("leader")).ok())
        return 1;
    QElapsedTimer timer;
    timer.start();
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return 1;
    const auto table = readCsv(in.readAll());
    Import import(device.store());
    const auto plan
        = table ? import.plan(*table, Import::guessTargets(table->headers)) : Result<Import::Plan>(table.error());
    const double planned = double(timer.nsecsElapsed()) / 1e9;
    const auto written = plan ? import.run(*plan) : Result<int>(plan.error());
    const double product = double(timer.nsecsElapsed()) / 1e9;
    if (!written || *written != rows) {
        std::cerr << "the import failed: " << (written ? "not every row" : written.error().message) << '\n';
        return 1;
    }

    // The baseline: the sqlite3 shell's own CSV import of the same file.
    timer.restart();
    QProcess sqlite;
    sqlite.start(QStringLiteral("sqlite3"),
        {work.filePath(QStringLiteral("baseline.sqlite")), QStringLiteral(".import --csv %1 people").arg(file)});
    if (!sqlite.waitForFinished(-1) || sqlite.exitCode() != 0) {
        std::cerr << "sqlite3 .import failed: " << sqlite.readAllStandardError().toStdString() << '\n';
        return 1;
    }
    const double baseline = double(timer.nsecsElapsed()) / 1e9;
    std::printf("| %d | %.2f | %.2f | %.0f | %.2f | %.0f | %.1f× |\n", rows, planned, product, rows / product, baseline,
        rows / baseline, product / baseline);
    return 0;
}
