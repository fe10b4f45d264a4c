// A person's timeline and the organizing dashboard's figures on a device at 100k / 1M people
// (docs/organizing.md), next to the same reads written by hand for plain sqlite3 on the same file
// in the same run. Runs on a database filled by tests/bench/smartlists.sh (people, memberships,
// tags, contributions, registrations); tests/bench/organizing.sh runs it.
//
//   bench_organizing --db FILE [--reps N]     prints the markdown rows of results
#include "BenchSupport.h"

#include "common/Clock.h"
#include "desktop/core/Contributions.h"
#include "desktop/core/LocalStore.h"
#include "desktop/core/OrganizingReport.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlQuery>

#include <sqlite3.h>

#include <iostream>

using namespace commonroom;
using namespace commonroom::bench;

namespace {

const ManualClock kClock(1'795'000'000'000);
const QDate kToday(2026, 12, 1);

// Runs `sql` to the end with `parameter` bound (when it has one); false on an error.
bool run(sqlite3 *db, const char *sql, const std::string &parameter = {})
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) != SQLITE_OK) {
        std::cerr << sql << ": " << sqlite3_errmsg(db) << '\n';
        return false;
    }
    if (sqlite3_bind_parameter_count(statement) > 0)
        sqlite3_bind_text(statement, 1, parameter.c_str(), int(parameter.size()), SQLITE_TRANSIENT);
    while (sqlite3_step(statement) == SQLITE_ROW) { }
    sqlite3_finalize(statement);
    return true;
}

void row(long people, const std::string &what, std::vector<double> ours, std::vector<double> theirs)
{
    const double p95 = percentile(ours, 95), hand95 = percentile(theirs, 95);
    std::cout << "| " << shortCount(people) << " | " << what << " | " << formatNumber(percentile(ours, 50), 1) << " / "
              << formatNumber(p95, 1) << " | " << formatNumber(percentile(theirs, 50), 1) << " / "
              << formatNumber(hand95, 1) << " | " << formatNumber(p95 / std::max(hand95, 0.001), 2) << "× |"
              << std::endl;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const Options options(argc, argv);
    const std::string path = options.text("db");
    const long reps = options.number("reps", 20);
    if (path.empty()) {
        std::cerr << "usage: bench_organizing --db FILE [--reps N]\n";
        return 2;
    }
    LocalStore store(kClock);
    if (auto status = store.open(QString::fromStdString(path)); !status) {
        std::cerr << status.error().message << '\n';
        return 1;
    }
    sqlite3 *raw = nullptr;
    sqlite3_open_v2(path.c_str(), &raw, SQLITE_OPEN_READONLY, nullptr);
    QSqlQuery count(store.database());
    count.exec(QStringLiteral("SELECT count(*) FROM person"));
    const long people = count.next() ? count.value(0).toLongLong() : 0;
    // The people with the most entries: the longest timelines are the ones that must not wait.
    QSqlQuery busiest(store.database());
    busiest.exec(QStringLiteral("SELECT person_id FROM contribution GROUP BY person_id ORDER BY count(*) DESC, "
                                "person_id LIMIT %1")
                     .arg(reps + 1));
    std::vector<QString> ids;
    while (busiest.next())
        ids.push_back(busiest.value(0).toString());
    if (ids.empty()) {
        std::cerr << "no contributions in " << path << ": fill it with tests/bench/smartlists.sh first\n";
        return 1;
    }

    // A person's timeline: every entry, newest first, and the totals by area, as the person page reads them.
    const Contributions contributions(store);
    std::vector<double> ours, theirs;
    for (std::size_t i = 0; i < ids.size(); ++i) {
        auto started = Steady::now();
        const auto timeline = contributions.timeline(ids[i]);
        const auto totals = contributions.totals(ids[i]);
        const double ourMs = millisecondsBetween(started, Steady::now());
        if (!timeline || !totals) {
            std::cerr << (timeline ? totals.error().message : timeline.error().message) << '\n';
            return 1;
        }
        const std::string id = ids[i].toStdString();
        started = Steady::now();
        run(raw,
            "SELECT c.*, r.display_name, f.display_name FROM contribution c LEFT JOIN person r ON r.id = c.recorded_by "
            "LEFT JOIN person f ON f.id = c.confirmed_by WHERE c.person_id = ?1 ORDER BY c.done_on DESC, "
            "c.recorded_at DESC, c.id DESC",
            id);
        run(raw, "SELECT area, count(*), sum(minutes) FROM contribution WHERE person_id = ?1 GROUP BY area", id);
        const double theirMs = millisecondsBetween(started, Steady::now());
        if (i > 0) { // the first warms the page cache up
            ours.push_back(ourMs);
            theirs.push_back(theirMs);
        }
    }
    row(people, "a person's timeline and totals (the busiest people)", ours, theirs);

    // The organizing dashboard: every figure it shows, in one read.
    ours.clear();
    theirs.clear();
    const long dashboardReps = std::max(3L, reps / 4);
    for (long rep = -1; rep < dashboardReps; ++rep) {
        auto started = Steady::now();
        const auto report = readOrganizingReport(store.database(), kToday);
        const double ourMs = millisecondsBetween(started, Steady::now());
        if (!report) {
            std::cerr << report.error().message << '\n';
            return 1;
        }
        started = Steady::now();
        run(raw,
            "SELECT area, substr(done_on, 1, 7), count(*), sum(minutes) FROM contribution WHERE done_on >= "
            "'2025-12-01' GROUP BY 1, 2");
        run(raw, "SELECT leadership_level, count(*) FROM person GROUP BY 1");
        run(raw, "SELECT a.level, count(*) FROM assessment a WHERE a.assessed_at >= '2026-10-01' GROUP BY 1");
        run(raw,
            "SELECT e.id, (SELECT count(*) FROM registration r WHERE r.event_id = e.id AND r.state = "
            "'registered'), (SELECT count(*) FROM registration r WHERE r.event_id = e.id AND r.attended = 1) "
            "FROM event e WHERE e.starts_at >= '2025-12-01' AND e.starts_at < '2026-12-02' ORDER BY e.starts_at "
            "DESC LIMIT 24");
        const double theirMs = millisecondsBetween(started, Steady::now());
        if (rep >= 0) {
            ours.push_back(ourMs);
            theirs.push_back(theirMs);
        }
    }
    row(people, "the organizing dashboard's figures", ours, theirs);
    sqlite3_close(raw);
    return 0;
}
