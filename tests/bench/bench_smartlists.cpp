// Smart lists evaluated on the device at 100k / 1M people (docs/organizing.md, "Smart lists"):
// five representative definitions, each its live count and first page through SmartLists and
// PeopleSearch, next to the same selection written by hand for plain sqlite3 on the same file in
// the same run. tests/bench/smartlists.sh runs it.
//
//   bench_smartlists --fill --db FILE      adds organizing data to a device database of people
//                                          (made by bench_search --fill): groups and memberships,
//                                          tags applied, contributions, events and registrations
//   bench_smartlists --measure --db FILE [--reps N]   prints the markdown rows of results
//
// Filled directly with SQL, as bench_search fills the people: the evaluation does not care
// where the rows came from.
#include "BenchSupport.h"

#include "common/Clock.h"
#include "common/SmartLists.h"
#include "common/Uuid.h"
#include "desktop/core/LocalStore.h"
#include "desktop/core/NameCollation.h"
#include "desktop/core/PeopleSearch.h"
#include "desktop/core/SmartLists.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QSqlQuery>

#include <sqlite3.h>

#include <iostream>
#include <random>

using namespace commonroom;
using namespace commonroom::bench;

namespace {

constexpr std::int64_t kIdsFromMs = 1'790'000'000'000;
const ManualClock kClock(kIdsFromMs);
constexpr int kGroups = 40;
constexpr int kEvents = 3000;
constexpr int kPage = 50; // PeopleModel's page
const char *const kTagNames[] = {"Needs follow-up", "Has a car", "Speaks Arabic", "Can host meetings", "Childcare"};
constexpr int kTagPercent[] = {12, 20, 8, 10, 6};
const char *const kAreas[] = {"advocacy", "coding", "support", "events", "organizing", "localization"};

// The same ids in the fill and in the definitions measured (a UUIDv7 has random bits).
std::string tagId(int index)
{
    return nameBasedUuid("bench tag " + std::to_string(index));
}

std::string groupId(int index)
{
    return nameBasedUuid("bench group " + std::to_string(index));
}

std::string eventId(int index)
{
    return nameBasedUuid("bench event " + std::to_string(index));
}

// The day `daysAgo` days before 2026-12-01, YYYY-MM-DD.
std::string dayBefore(int daysAgo)
{
    return QDate(2026, 12, 1).addDays(-daysAgo).toString(Qt::ISODate).toStdString();
}

bool exec(sqlite3 *db, const char *sql)
{
    char *error = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &error) != SQLITE_OK) {
        std::cerr << sql << ": " << (error ? error : "?") << '\n';
        sqlite3_free(error);
        return false;
    }
    return true;
}

struct Statement
{
    sqlite3_stmt *handle = nullptr;
    Statement(sqlite3 *db, const char *sql)
    {
        if (sqlite3_prepare_v2(db, sql, -1, &handle, nullptr) != SQLITE_OK)
            std::cerr << sql << ": " << sqlite3_errmsg(db) << '\n';
    }
    ~Statement() { sqlite3_finalize(handle); }
    Statement &text(int index, const std::string &value)
    {
        sqlite3_bind_text(handle, index, value.c_str(), int(value.size()), SQLITE_TRANSIENT);
        return *this;
    }
    Statement &integer(int index, std::int64_t value)
    {
        sqlite3_bind_int64(handle, index, value);
        return *this;
    }
    bool run()
    {
        const bool done = sqlite3_step(handle) == SQLITE_DONE;
        sqlite3_reset(handle);
        return done;
    }
};

int fill(const std::string &path)
{
    {
        LocalStore store(kClock); // the schema up to today's migration, smart lists' indexes included
        if (auto status = store.open(QString::fromStdString(path)); !status) {
            std::cerr << status.error().message << '\n';
            return 1;
        }
    }
    sqlite3 *db = nullptr;
    if (sqlite3_open(path.c_str(), &db) != SQLITE_OK || !NameCollation::install(db, QLocale()))
        return 1;
    exec(db, "PRAGMA synchronous=OFF");
    std::vector<std::string> people;
    {
        Statement ids(db, "SELECT id FROM person ORDER BY rowid");
        while (sqlite3_step(ids.handle) == SQLITE_ROW)
            people.emplace_back(reinterpret_cast<const char *>(sqlite3_column_text(ids.handle, 0)));
    }
    const auto started = Steady::now();
    std::mt19937 random(20261206);
    std::size_t rows = 0;
    exec(db, "BEGIN");
    {
        Statement group(db, "INSERT INTO \"group\" (id, name, kind) VALUES (?, ?, 'open')");
        for (int g = 0; g < kGroups; ++g)
            group.text(1, groupId(g)).text(2, "Group " + std::to_string(g)).run();
        Statement tag(db, "INSERT INTO tag (id, name, visibility) VALUES (?, ?, 'leaders')");
        for (int t = 0; t < int(std::size(kTagNames)); ++t)
            tag.text(1, tagId(t)).text(2, kTagNames[t]).run();
        Statement event(db, "INSERT INTO event (id, title, starts_at) VALUES (?, ?, ?)");
        for (int e = 0; e < kEvents; ++e)
            event.text(1, eventId(e))
                .text(2, "Event " + std::to_string(e))
                .text(3, dayBefore(e % 730) + "T18:00:00.000Z")
                .run();
    }
    Statement membership(
        db, "INSERT INTO membership (id, person_id, group_id, state, role) VALUES (?, ?, ?, ?, 'member')");
    Statement application(
        db, "INSERT INTO tag_application (id, tag_id, person_id, visibility, applied) VALUES (?, ?, ?, 'leaders', ?)");
    Statement contribution(db,
        "INSERT INTO contribution (id, person_id, area, kind, minutes, done_on) VALUES (?, ?, ?, 'contribution', 60, "
        "?)");
    Statement registration(
        db, "INSERT INTO registration (id, event_id, person_id, state, attended) VALUES (?, ?, ?, 'registered', ?)");
    std::int64_t idMs = kIdsFromMs + 10'000;
    for (std::size_t i = 0; i < people.size(); ++i) {
        const std::string &person = people[i];
        for (int j = 0, joins = int(random() % 4); j < joins; ++j) {
            membership.text(1, newUuidV7(idMs++))
                .text(2, person)
                .text(3, groupId(int(random() % kGroups)))
                .text(4, random() % 100 < 85 ? "active" : "pending")
                .run();
            ++rows;
        }
        for (int t = 0; t < int(std::size(kTagNames)); ++t) {
            if (int(random() % 100) < kTagPercent[t]) {
                application.text(1, newUuidV7(idMs++))
                    .text(2, tagId(t))
                    .text(3, person)
                    .integer(4, random() % 100 < 95 ? 1 : 0)
                    .run();
                ++rows;
            }
        }
        if (random() % 100 < 30) {
            for (int c = 0, entries = 1 + int(random() % 3); c < entries; ++c) {
                contribution.text(1, newUuidV7(idMs++))
                    .text(2, person)
                    .text(3, kAreas[random() % std::size(kAreas)])
                    .text(4, dayBefore(int(random() % 730)))
                    .run();
                ++rows;
            }
        }
        // About two registrations a person, three in five attended.
        for (int r = 0, count = int(random() % 5); r < count; ++r) {
            registration.text(1, newUuidV7(idMs++))
                .text(2, eventId(int(random() % kEvents)))
                .text(3, person)
                .integer(4, random() % 100 < 60 ? 1 : 0)
                .run();
            ++rows;
        }
        if ((i + 1) % 50000 == 0) {
            exec(db, "COMMIT; BEGIN");
            std::cerr << "  " << (i + 1) << " people, " << formatNumber(secondsSince(started), 1) << " s\r"
                      << std::flush;
        }
    }
    exec(db, "COMMIT");
    exec(db, "PRAGMA wal_checkpoint(TRUNCATE)");
    sqlite3_close(db);
    std::cerr << "  added " << rows << " rows of organizing data for " << people.size() << " people in "
              << formatNumber(secondsSince(started), 1) << " s\n";
    return 0;
}

// A definition, and the same selection as someone would write it for sqlite3: its count, and its
// first page in name order. ?1 binds `parameter` when the SQL has it.
struct Case
{
    std::string label;
    std::string definition;
    std::string handCount;
    std::string handPage;
    std::string parameter;
};

std::vector<Case> cases()
{
    const std::string since = dayBefore(365);
    const std::string order = " ORDER BY p.display_name COLLATE NOCASE, p.id LIMIT 50";
    std::vector<Case> all;
    {
        smartlists::Definition d;
        d.tagIds = {tagId(0)};
        d.minLevel = 3;
        const std::string where = " FROM person p JOIN tag_application a ON a.person_id = p.id WHERE a.tag_id = ?1 "
                                  "AND a.applied = 1 AND p.leadership_level >= 3";
        all.push_back({"tag + level ≥ 3", smartlists::toJson(d), "SELECT count(*)" + where,
            "SELECT p.id" + where + order, tagId(0)});
    }
    {
        smartlists::Definition d;
        d.contributedArea = "coding";
        d.contributedSince = since;
        d.role = "member";
        // IN, not a correlated EXISTS: without statistics SQLite would probe the area's whole index
        // once a person.
        const std::string where = " FROM person p WHERE p.role = 'member' AND p.id IN (SELECT c.person_id FROM "
                                  "contribution c WHERE c.area = 'coding' AND c.done_on >= ?1)";
        all.push_back({"coding since a year ago, members", smartlists::toJson(d), "SELECT count(*)" + where,
            "SELECT p.id" + where + order, since});
    }
    {
        smartlists::Definition d;
        d.minEventsAttended = 3;
        const std::string regulars
            = " FROM person p JOIN (SELECT person_id FROM registration WHERE attended = 1 GROUP BY person_id "
              "HAVING count(*) >= 3) r ON r.person_id = p.id";
        all.push_back({"attended ≥ 3 events", smartlists::toJson(d), "SELECT count(*)" + regulars,
            "SELECT p.id" + regulars + order, {}});
    }
    {
        smartlists::Definition d;
        d.area = "Lisbon";
        d.skill = "gardening";
        const std::string where
            = " FROM person p WHERE p.area = 'Lisbon' COLLATE NOCASE AND p.skills LIKE '%gardening%'";
        all.push_back(
            {"area + skill", smartlists::toJson(d), "SELECT count(*)" + where, "SELECT p.id" + where + order, {}});
    }
    {
        smartlists::Definition d;
        d.groupId = groupId(7);
        d.tagIds = {tagId(1)};
        d.language = "Spanish";
        const std::string where
            = " FROM person p WHERE p.languages LIKE '%Spanish%' AND p.id IN (SELECT m.person_id FROM membership m "
              "WHERE m.group_id = ?1 AND m.state = 'active') AND p.id IN (SELECT a.person_id FROM tag_application a "
              "WHERE a.tag_id = '"
            + tagId(1) + "' AND a.applied = 1)";
        all.push_back({"group + tag + language", smartlists::toJson(d), "SELECT count(*)" + where,
            "SELECT p.id" + where + order, groupId(7)});
    }
    return all;
}

int measure(const std::string &path, long reps)
{
    LocalStore store(kClock);
    if (auto status = store.open(QString::fromStdString(path)); !status) {
        std::cerr << status.error().message << '\n';
        return 1;
    }
    const SmartLists lists(store);
    const long people = [&] {
        QSqlQuery count(store.database());
        count.exec(QStringLiteral("SELECT count(*) FROM person"));
        return count.next() ? count.value(0).toLongLong() : 0LL;
    }();
    sqlite3 *raw = nullptr;
    sqlite3_open_v2(path.c_str(), &raw, SQLITE_OPEN_READONLY, nullptr);

    std::vector<double> allOurs;
    for (const auto &c : cases()) {
        SmartList list;
        list.name = QString::fromStdString(c.label);
        list.definition = QString::fromStdString(c.definition);
        list.query = SmartLists::queryOf(list.definition, list.name, &list.problem);
        if (!list.problem.isEmpty()) {
            std::cerr << list.problem.toStdString() << '\n';
            return 1;
        }
        Statement handCount(raw, c.handCount.c_str());
        Statement handPage(raw, c.handPage.c_str());
        if (!handCount.handle || !handPage.handle)
            return 1;
        std::vector<double> ours, theirs;
        qint64 counted = 0, handCounted = 0;
        for (long rep = -1; rep < reps; ++rep) { // rep -1 warms the page cache up
            // As the People page: the first page, then the list's count from the same search.
            auto started = Steady::now();
            PeopleSearch search = lists.search(list);
            const auto page = search.next(kPage);
            const auto count = search.count();
            const double ourMs = millisecondsBetween(started, Steady::now());
            if (!count || !page) {
                std::cerr << (count ? page.error().message : count.error().message) << '\n';
                return 1;
            }
            counted = *count;

            started = Steady::now();
            for (Statement *statement : {&handCount, &handPage}) {
                if (!c.parameter.empty() && sqlite3_bind_parameter_count(statement->handle) > 0)
                    statement->text(1, c.parameter);
                while (sqlite3_step(statement->handle) == SQLITE_ROW) {
                    if (statement == &handCount)
                        handCounted = sqlite3_column_int64(statement->handle, 0);
                }
                sqlite3_reset(statement->handle);
            }
            const double theirMs = millisecondsBetween(started, Steady::now());
            if (rep >= 0) {
                ours.push_back(ourMs);
                theirs.push_back(theirMs);
                allOurs.push_back(ourMs);
            }
        }
        if (counted != handCounted)
            std::cerr << "  note: \"" << c.label << "\" counts " << counted << ", the hand-written query "
                      << handCounted << '\n';
        const double p95 = percentile(ours, 95), hand95 = percentile(theirs, 95);
        std::cout << "| " << shortCount(people) << " | " << c.label << " | " << counted << " | "
                  << formatNumber(percentile(ours, 50), 1) << " / " << formatNumber(p95, 1) << " | "
                  << formatNumber(percentile(theirs, 50), 1) << " / " << formatNumber(hand95, 1) << " | "
                  << formatNumber(p95 / std::max(hand95, 0.001), 2) << "× |\n";
    }
    sqlite3_close(raw);
    std::cerr << "  all five: p95 " << formatNumber(percentile(allOurs, 95), 1) << " ms, slowest "
              << formatNumber(percentile(allOurs, 100), 1) << " ms; device DB "
              << formatBytes(fileSizeWithCompanions(path)) << '\n';
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const Options options(argc, argv);
    const std::string path = options.text("db");
    if (path.empty() || (!options.has("fill") && !options.has("measure"))) {
        std::cerr << "usage: bench_smartlists --fill --db FILE | --measure --db FILE [--reps N]\n";
        return 2;
    }
    if (options.has("fill"))
        return fill(path);
    return measure(path, options.number("reps", 20));
}
