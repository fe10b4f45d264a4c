// Search as you type through PeopleSearch at 10k / 100k / 1M people, next to the same FTS5 query
// run with plain sqlite3 on the same file in the same run. tests/bench/search.sh runs it.
//
//   bench_search --fill --db FILE --people N      builds a device database (LocalStore's schema,
//                                                 rows written through its search-index triggers)
//   bench_search --measure --db FILE              prints one markdown row of results
//   bench_search --rebuild --db FILE              the search index rebuild of LocalStore's
//                                                 migration 4 on a filled database (one row)
//
// The database is filled directly, not pulled from a daemon: seeding a million people through
// syncd takes many minutes and the search does not care where the rows came from.
#include "BenchSupport.h"

#include "common/Clock.h"
#include "common/Uuid.h"
#include "desktop/core/LocalStore.h"
#include "desktop/core/NameCollation.h"
#include "desktop/core/PeopleSearch.h"
#include "desktop/core/SearchIndexMerger.h"
#include "desktop/core/SearchRank.h"
#include "desktop/models/PeopleModel.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlQuery>

#include <sqlite3.h>

#include <cstdlib>
#include <iostream>
#include <random>

using namespace commonroom;
using namespace commonroom::bench;

namespace {

constexpr std::int64_t kIdsFromMs = 1'780'000'000'000;
// Searching writes nothing: the device's clock only has to be there.
const ManualClock kClock(kIdsFromMs);

constexpr const char *kGiven[] = {"Ana", "José", "María", "Lucía", "Carlos", "Aisha", "Mateo", "Priya", "Wei", "Olga",
    "Kwame", "Fatima", "Liam", "Noah", "Emma", "Sofía", "Jürgen", "Zoë", "Chloé", "Ayşe", "Mohammed", "Yuki", "Hiroshi",
    "Inês", "Björn", "Élodie", "Raúl", "Tomás", "Nadia", "Ivan", "Anabel", "Anastasia", "Andrés", "Joana", "João",
    "Josefina", "Marta", "Martín", "Mariana", "Miguel", "Nuno", "Paulo", "Pedro", "Rosa", "Sara", "Tiago", "Valentina",
    "Xavier", "Yasmin", "Zeynep", "Amara", "Chinedu", "Dmitri", "Eleni", "Farid", "Greta", "Hana", "Ingrid", "Jamal",
    "Kateřina", "Leila", "Magnus", "Nikolai", "Oksana", "Pilar", "Quentin", "Rania", "Siobhán", "Thandiwe", "Ugo",
    "Vera", "Wiktor", "Ximena", "Yusuf", "Zainab", "Ama", "Bongani", "Camille", "Dara", "Esther", "Felipe", "Gabriel",
    "Helena", "Ibrahim", "Jana", "Kofi", "Laura", "Malik", "Nora", "Omar", "Paula", "Rafael", "Samira", "Teresa",
    "Umar", "Vivian", "Wanjiru", "Yara", "Zofia", "Agnieszka", "Bao", "Cem", "Diego", "Emil"};
constexpr const char *kFamily[] = {"García", "Núñez", "Silva", "Smith", "Müller", "Yılmaz", "Kowalski", "Nguyen",
    "Okafor", "Raman", "Dubois", "Rossi", "Tanaka", "Ivanova", "Ahmed", "Costa", "López", "Fernández", "Martin",
    "Bernard", "Schmidt", "Khan", "Singh", "Chen", "Wang", "Kim", "Park", "Novak", "Horvat", "Jensen", "Santos",
    "Oliveira", "Pereira", "Rodrigues", "Ferreira", "Almeida", "Gómez", "Díaz", "Moreno", "Álvarez", "Romero",
    "Navarro", "Torres", "Domínguez", "Vázquez", "Ramos", "Gil", "Serrano", "Blanco", "Molina", "Morales", "Ortiz",
    "Delgado", "Castro", "Rubio", "Marín", "Sanz", "Iglesias", "Medina", "Garrido", "Cortés", "Castillo", "Santana",
    "Lozano", "Guerrero", "Cano", "Prieto", "Méndez", "Cruz", "Calvo", "Gallego", "Herrera", "Peña", "Flores",
    "Cabrera", "Campos", "Vega", "Fuentes", "Carrasco", "Diez", "Caballero", "Reyes", "Nieto", "Aguilar", "Pascual",
    "Santiago", "Herrero", "Montero", "Lorenzo", "Hidalgo", "Giménez", "Ibáñez", "Ferrer", "Durán", "Mensah",
    "Abubakar", "Nwosu", "Mwangi", "Kariuki", "Öztürk", "Şahin", "Demir", "Çelik", "Łukasiewicz", "Wiśniewski",
    "Dąbrowski", "Lefèvre", "Girard", "Bonnet", "Fontaine", "Weiß", "Schäfer", "Koch", "Bauer", "Richter", "Klein",
    "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann", "Braun", "Hofmann", "Hartmann", "Lange", "Werner"};
constexpr const char *kAreas[] = {"Lisbon", "Porto", "Madrid", "Barcelona", "Berlin", "Paris", "Lyon", "São Paulo",
    "Recife", "Toronto", "Nairobi", "Lagos", "Istanbul", "Kraków", "Montréal", "Bogotá"};
constexpr const char *kNeighbourhoods[] = {"Alfama", "Graça", "Lavapiés", "Gràcia", "Kreuzberg", "Belleville",
    "Croix-Rousse", "Pinheiros", "Boa Vista", "Kensington", "Kibera", "Yaba", "Kadıköy", "Kazimierz", "Plateau",
    "Chapinero", "Riverside", "Old Town", "Harbour", "Hillside"};
constexpr const char *kSkills[] = {"web design", "translation", "cooking", "first aid", "accounting", "carpentry",
    "teaching", "python", "photography", "legal advice", "driving", "sign language", "plumbing", "fundraising",
    "social media", "public speaking", "gardening", "childcare", "graphic design", "bookkeeping"};
constexpr const char *kLanguages[] = {"English", "Spanish", "Portuguese", "French", "German", "Turkish", "Polish",
    "Swahili", "Yoruba", "Arabic", "Mandarin"};
constexpr const char *kInterests[] = {"community garden", "choir", "bike repair", "tenants' rights", "climate action",
    "food bank", "chess", "football", "reading group", "open source", "local history", "theatre"};
constexpr const char *kBioWords[] = {"organizer", "neighbour", "volunteer", "mentor", "parent", "student", "nurse",
    "teacher", "retired", "engineer", "artist", "musician", "cook", "loves", "helps", "with", "the", "and", "at",
    "garden", "library", "school", "market", "festival", "housing", "repair", "café", "weekends", "evenings",
    "translation", "meetings", "newsletter", "coordinates", "runs", "since", "years", "local", "youth", "elders"};

template<std::size_t N>
const char *pick(std::mt19937 &random, const char *const (&list)[N])
{
    return list[std::uniform_int_distribution<std::size_t>(0, N - 1)(random)];
}

template<std::size_t N>
std::string pickSome(std::mt19937 &random, const char *const (&list)[N], int count)
{
    std::string joined;
    for (int i = 0; i < count; ++i)
        joined += (i ? ", " : "") + std::string(pick(random, list));
    return joined;
}

int fill(const std::string &path, long people)
{
    {
        LocalStore store(kClock); // creates the schema, search index and triggers included
        if (auto status = store.open(QString::fromStdString(path)); !status) {
            std::cerr << status.error().message << '\n';
            return 1;
        }
    }
    sqlite3 *db = nullptr;
    if (sqlite3_open(path.c_str(), &db) != SQLITE_OK)
        return 1;
    // The name indexes are in the order of the collation LOCALE, as LocalStore installs it.
    if (!NameCollation::install(db, QLocale()))
        return 1;
    sqlite3_exec(db, "PRAGMA synchronous=OFF", nullptr, nullptr, nullptr);
    sqlite3_stmt *insert = nullptr;
    sqlite3_prepare_v2(db,
        "INSERT INTO person (id, display_name, given_name, family_name, area, neighbourhood, languages, skills, "
        "interests, bio, role, status, leadership_level) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
        -1, &insert, nullptr);
    std::mt19937 random(20261123);
    const auto started = Steady::now();
    sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    for (long i = 0; i < people; ++i) {
        const std::string id = newUuidV7(kIdsFromMs + i); // time-ordered, a millisecond apart
        const std::string given = pick(random, kGiven);
        std::string family = pick(random, kFamily);
        if (random() % 10 == 0)
            family += std::string("-") + pick(random, kFamily);
        const std::string name = given + " " + family;
        const std::string area = pick(random, kAreas);
        const std::string neighbourhood = pick(random, kNeighbourhoods);
        const std::string languages = pickSome(random, kLanguages, 1 + int(random() % 2));
        const std::string skills = pickSome(random, kSkills, 1 + int(random() % 3));
        const std::string interests = pickSome(random, kInterests, 1 + int(random() % 2));
        std::string bio;
        for (int w = 0, words = 4 + int(random() % 20); w < words; ++w)
            bio += (w ? " " : "") + std::string(pick(random, kBioWords));
        const int hidden = int(random() % 10); // some fields not shared with this device: NULL
        const char *roles[] = {"member", "member", "member", "member", "leader", "applicant"};
        const std::string role = roles[random() % 6];
        int column = 1;
        const std::string *values[]
            = {&id, &name, &given, &family, &area, &neighbourhood, &languages, &skills, &interests, &bio, &role};
        for (const std::string *value : values) {
            const bool null = (hidden == 0 && value == &bio) || (hidden == 1 && value == &area);
            if (null)
                sqlite3_bind_null(insert, column++);
            else
                sqlite3_bind_text(insert, column++, value->c_str(), int(value->size()), SQLITE_TRANSIENT);
        }
        sqlite3_bind_text(insert, column++, "active", -1, SQLITE_STATIC);
        sqlite3_bind_int(insert, column++, 1 + int(random() % 5));
        if (sqlite3_step(insert) != SQLITE_DONE) {
            std::cerr << sqlite3_errmsg(db) << '\n';
            return 1;
        }
        sqlite3_reset(insert);
        if ((i + 1) % 50000 == 0) {
            sqlite3_exec(db, "COMMIT; BEGIN", nullptr, nullptr, nullptr);
            std::cerr << "  " << (i + 1) << " people, " << formatNumber(secondsSince(started), 1) << " s\r"
                      << std::flush;
        }
    }
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    sqlite3_finalize(insert);
    sqlite3_exec(db, "PRAGMA wal_checkpoint(TRUNCATE)", nullptr, nullptr, nullptr);
    sqlite3_close(db);
    std::cerr << "  filled " << people << " people in " << formatNumber(secondsSince(started), 1) << " s\n";
    return 0;
}

// What a person types, keystroke by keystroke, while looking for someone.
std::vector<std::string> typedQueries()
{
    std::vector<std::string> queries;
    for (const char *target :
        {"ana gar", "jose nun", "martin", "kowal", "lisbon python", "garden", "núñez", "web des", "marí lóp"}) {
        const QString text = QString::fromUtf8(target);
        for (int length = 1; length <= text.size(); ++length) {
            if (text.at(length - 1) != QLatin1Char(' '))
                queries.push_back(text.left(length).toStdString());
        }
    }
    return queries;
}

int measure(const std::string &path, long reps, const std::string &label)
{
    const auto opening = Steady::now();
    LocalStore store(kClock);
    if (auto status = store.open(QString::fromStdString(path)); !status) {
        std::cerr << status.error().message << '\n';
        return 1;
    }
    const People directory(store);
    PeopleModel model(directory, store);
    const double openMs = millisecondsBetween(opening, Steady::now());
    const long people = [&] {
        QSqlQuery count(store.database());
        count.exec(QStringLiteral("SELECT count(*) FROM person"));
        return count.next() ? count.value(0).toLongLong() : 0LL;
    }();

    sqlite3 *raw = nullptr;
    sqlite3_open_v2(path.c_str(), &raw, SQLITE_OPEN_READONLY, nullptr);
    SearchRank::install(raw); // the same ranking function as the app's connection
    sqlite3_stmt *rawQuery = nullptr;
    if (sqlite3_prepare_v2(raw, PeopleSearch::rankedSql().toUtf8().constData(), -1, &rawQuery, nullptr) != SQLITE_OK) {
        std::cerr << sqlite3_errmsg(raw) << '\n';
        return 1;
    }

    const auto queries = typedQueries();
    std::vector<double> searchMs, rawMs, modelMs;
    std::vector<std::pair<double, std::string>> slowest;
    for (long rep = -1; rep < reps; ++rep) { // rep -1 warms the page cache up
        for (const auto &text : queries) {
            const QString qtext = QString::fromStdString(text);
            PeopleQuery query;
            query.text = qtext;

            auto started = Steady::now();
            PeopleSearch search(store.database(), query);
            const auto ids = search.next(PeopleModel::kPageSize);
            const double ours = millisecondsBetween(started, Steady::now());

            const QByteArray match = PeopleSearch::matchExpression(qtext).toUtf8();
            started = Steady::now();
            sqlite3_bind_text(rawQuery, 1, match.constData(), int(match.size()), SQLITE_TRANSIENT);
            int rows = 0;
            while (sqlite3_step(rawQuery) == SQLITE_ROW)
                rows += sqlite3_column_bytes(rawQuery, 0) > 0;
            sqlite3_reset(rawQuery);
            const double theirs = millisecondsBetween(started, Steady::now());

            started = Steady::now();
            model.setQuery(query);
            const double shown = millisecondsBetween(started, Steady::now());
            model.setQuery({});

            if (!ids.ok()
                || int(std::min<std::size_t>(ids->size(), PeopleModel::kPageSize))
                    != std::min(rows, PeopleModel::kPageSize)) {
                std::cerr << "mismatch for \"" << text << "\"\n";
                return 1;
            }
            if (rep >= 0) {
                searchMs.push_back(ours);
                rawMs.push_back(theirs);
                modelMs.push_back(shown);
                slowest.emplace_back(ours, text);
            }
        }
    }
    std::sort(slowest.rbegin(), slowest.rend());
    std::cerr << "  slowest:";
    for (std::size_t i = 0; i < std::min<std::size_t>(4, slowest.size()); ++i)
        std::cerr << " \"" << slowest[i].second << "\" " << formatNumber(slowest[i].first, 1) << " ms;";
    std::cerr << '\n';
    const std::int64_t rss = rssBytes();

    // The index as a first sync leaves it, merged the way SearchIndexMerger does after it: in
    // bounded steps between events. The longest step is how long the window can stall.
    double longestStepMs = 0;
    int steps = 0;
    const auto merging = Steady::now();
    for (;;) {
        QSqlQuery changes(store.database());
        changes.exec(QStringLiteral("SELECT total_changes()"));
        const qint64 before = changes.next() ? changes.value(0).toLongLong() : 0;
        const auto stepStarted = Steady::now();
        QSqlQuery(store.database())
            .exec(QStringLiteral("INSERT INTO person_fts(person_fts, rank) VALUES ('merge', %1)")
                      .arg(-SearchIndexMerger::kPagesPerStep));
        longestStepMs = std::max(longestStepMs, millisecondsBetween(stepStarted, Steady::now()));
        ++steps;
        changes.exec(QStringLiteral("SELECT total_changes()"));
        if ((changes.next() ? changes.value(0).toLongLong() : 0) - before < 2)
            break;
    }
    const double mergeSeconds = secondsSince(merging);
    std::cerr << "  merged in " << steps << " steps, " << formatNumber(mergeSeconds, 1) << " s, longest step "
              << formatNumber(longestStepMs, 1) << " ms\n";

    // What scrub()'s one-piece 'optimize' costs now (SQLite < 3.44); after the merge, nothing.
    const auto optimizing = Steady::now();
    QSqlQuery(store.database()).exec(QStringLiteral("INSERT INTO person_fts(person_fts) VALUES ('optimize')"));
    const double optimizeSeconds = secondsSince(optimizing);

    sqlite3_finalize(rawQuery);
    sqlite3_close(raw);
    const double p50 = percentile(searchMs, 50), p95 = percentile(searchMs, 95);
    const double raw50 = percentile(rawMs, 50), raw95 = percentile(rawMs, 95);
    std::cout << "| " << (label.empty() ? shortCount(people) : label) << " | " << queries.size() << " × " << reps
              << " | " << formatNumber(p50, 1) << " / " << formatNumber(p95, 1) << " | " << formatNumber(raw50, 1)
              << " / " << formatNumber(raw95, 1) << " | " << formatNumber(p95 / std::max(raw95, 0.001), 2) << "× | "
              << formatNumber(percentile(modelMs, 50), 1) << " / " << formatNumber(percentile(modelMs, 95), 1) << " | "
              << formatNumber(percentile(searchMs, 100), 1) << " | " << formatNumber(openMs, 0) << " | "
              << formatBytes(rss) << " | " << formatBytes(fileSizeWithCompanions(path)) << " | "
              << formatNumber(mergeSeconds, 1) << " s in " << steps << " steps, longest "
              << formatNumber(longestStepMs, 0) << " ms | " << formatNumber(optimizeSeconds, 1) << " s |\n";
    return 0;
}

// The index with longer prefixes (LocalStore migration 4) on a device that already had the
// search index: the file is first turned back into what migration 3 left (prefixes 1–3,
// user_version 3), timing on the way the one-piece 'rebuild' the migration used to run before
// the window could appear. Then: opening the file (migration 4 now), searching while the new
// index is filled, and the fill in SearchIndexMerger's steps, then merging it.
int rebuild(const std::string &path)
{
    const QString indexColumns = QStringLiteral("display_name, given_name, family_name, area, neighbourhood, skills, "
                                                "languages, interests, bio, content='person', content_rowid='rowid', "
                                                "tokenize='unicode61 remove_diacritics 2'");
    double oneShotSeconds = 0;
    {
        sqlite3 *db = nullptr;
        if (sqlite3_open(path.c_str(), &db) != SQLITE_OK)
            return 1;
        const auto run = [&](const QString &sql) {
            char *error = nullptr;
            if (sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &error) != SQLITE_OK) {
                std::cerr << sql.toStdString() << ": " << (error ? error : "?") << '\n';
                sqlite3_free(error);
                std::exit(1);
            }
        };
        run(QStringLiteral("PRAGMA secure_delete=ON"));
        run(QStringLiteral("DROP TABLE IF EXISTS person_fts_next"));
        // What an interrupted run may have left (its index tables, then the table's entry).
        for (const char *shadow : {"data", "idx", "docsize", "config"})
            run(QStringLiteral("DROP TABLE IF EXISTS person_fts_old_%1").arg(QLatin1String(shadow)));
        run(QStringLiteral("PRAGMA writable_schema=ON"));
        run(QStringLiteral("DELETE FROM sqlite_master WHERE name = 'person_fts_old'"));
        run(QStringLiteral("PRAGMA writable_schema=OFF"));
        for (const char *trigger : {"person_fts_next_insert", "person_fts_next_delete", "person_fts_next_update"})
            run(QStringLiteral("DROP TRIGGER IF EXISTS %1").arg(QLatin1String(trigger)));
        run(QStringLiteral("DELETE FROM setting WHERE key = 'search_index_rebuild'"));
        run(QStringLiteral("DROP TABLE person_fts"));
        run(QStringLiteral("CREATE VIRTUAL TABLE person_fts USING fts5(%1, prefix='1 2 3 4 5 6')").arg(indexColumns));
        const auto started = Steady::now();
        run(QStringLiteral("INSERT INTO person_fts(person_fts) VALUES ('rebuild')"));
        oneShotSeconds = secondsSince(started);
        std::cerr << "  one-piece rebuild (migration 4 before): " << formatNumber(oneShotSeconds, 1) << " s\n";
        run(QStringLiteral("DROP TABLE person_fts"));
        run(QStringLiteral("CREATE VIRTUAL TABLE person_fts USING fts5(%1, prefix='1 2 3')").arg(indexColumns));
        run(QStringLiteral("INSERT INTO person_fts(person_fts) VALUES ('rebuild')"));
        // Back to version 3: migration 6's name indexes and migration 8's applicants go too.
        run(QStringLiteral("DROP INDEX IF EXISTS person_by_locale_name"));
        run(QStringLiteral("DROP INDEX IF EXISTS group_by_locale_name"));
        run(QStringLiteral("DROP INDEX IF EXISTS person_applicants"));
        run(QStringLiteral("PRAGMA user_version=3"));
        run(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        sqlite3_close(db);
    }

    const auto opening = Steady::now();
    LocalStore store(kClock);
    if (auto status = store.open(QString::fromStdString(path)); !status) {
        std::cerr << status.error().message << '\n';
        return 1;
    }
    const People directory(store);
    PeopleModel model(directory, store);
    const double openMs = millisecondsBetween(opening, Steady::now());
    if (!store.isSearchIndexRebuilding()) {
        std::cerr << "the index was rebuilt while opening\n";
        return 1;
    }
    const long people = [&] {
        QSqlQuery count(store.database());
        count.exec(QStringLiteral("SELECT count(*) FROM person"));
        return count.next() ? count.value(0).toLongLong() : 0LL;
    }();

    // Search as you type meanwhile (the old index), interleaved with fill steps as the event loop
    // would: one pass of the typed queries every 50 steps.
    const auto queries = typedQueries();
    std::vector<double> searchMs, stepMs, dropMs;
    double swapMs = 0;
    const auto filling = Steady::now();
    for (int steps = 0;; ++steps) {
        if (steps % 50 == 0 && searchMs.size() < 5 * queries.size()) {
            for (const auto &text : queries) {
                PeopleQuery query;
                query.text = QString::fromStdString(text);
                const auto started = Steady::now();
                PeopleSearch search(store.database(), query);
                if (!search.next(PeopleModel::kPageSize).ok())
                    return 1;
                searchMs.push_back(millisecondsBetween(started, Steady::now()));
            }
        }
        const bool wasFilling = !store.setting(QStringLiteral("search_index_rebuild")).isEmpty();
        const auto started = Steady::now();
        const auto done = store.continueSearchIndexRebuild(SearchIndexMerger::kRowsPerRebuildStep);
        const double ms = millisecondsBetween(started, Steady::now());
        if (!done) {
            std::cerr << done.error().message << '\n';
            return 1;
        }
        if (!wasFilling)
            dropMs.push_back(ms);
        else if (store.setting(QStringLiteral("search_index_rebuild")).isEmpty())
            swapMs = ms;
        else
            stepMs.push_back(ms);
        if (*done)
            break;
        if (steps % 200 == 0)
            std::cerr << "  " << steps << " steps, " << formatNumber(secondsSince(filling), 1) << " s\r" << std::flush;
    }
    // Excluding the searches in between.
    double fillSeconds = swapMs / 1000, dropSeconds = 0;
    for (double ms : stepMs)
        fillSeconds += ms / 1000;
    for (double ms : dropMs)
        dropSeconds += ms / 1000;

    double longestMergeMs = 0;
    int mergeSteps = 0;
    const auto merging = Steady::now();
    for (;; ++mergeSteps) {
        QSqlQuery changes(store.database());
        changes.exec(QStringLiteral("SELECT total_changes()"));
        const qint64 before = changes.next() ? changes.value(0).toLongLong() : 0;
        const auto stepStarted = Steady::now();
        QSqlQuery(store.database())
            .exec(QStringLiteral("INSERT INTO person_fts(person_fts, rank) VALUES ('merge', %1)")
                      .arg(-SearchIndexMerger::kPagesPerStep));
        longestMergeMs = std::max(longestMergeMs, millisecondsBetween(stepStarted, Steady::now()));
        changes.exec(QStringLiteral("SELECT total_changes()"));
        if ((changes.next() ? changes.value(0).toLongLong() : 0) - before < 2)
            break;
    }
    const double mergeSeconds = secondsSince(merging);

    std::vector<double> afterMs;
    for (int rep = -1; rep < 5; ++rep) { // rep -1 warms the page cache up
        for (const auto &text : queries) {
            PeopleQuery query;
            query.text = QString::fromStdString(text);
            const auto started = Steady::now();
            PeopleSearch search(store.database(), query);
            if (!search.next(PeopleModel::kPageSize).ok())
                return 1;
            if (rep >= 0)
                afterMs.push_back(millisecondsBetween(started, Steady::now()));
        }
    }

    std::cout << "| " << shortCount(people) << " | " << formatNumber(oneShotSeconds, 1) << " s | "
              << formatNumber(openMs, 0) << " ms | " << formatNumber(fillSeconds, 1) << " s in " << stepMs.size() + 1
              << " steps of " << SearchIndexMerger::kRowsPerRebuildStep << " | "
              << formatNumber(percentile(stepMs, 50), 1) << " / " << formatNumber(percentile(stepMs, 95), 1) << " / "
              << formatNumber(percentile(stepMs, 100), 1) << " ms | " << formatNumber(swapMs, 0) << " ms | "
              << formatNumber(dropSeconds, 1) << " s in " << dropMs.size() << " steps, longest "
              << formatNumber(percentile(dropMs, 100), 0) << " ms | " << formatNumber(mergeSeconds, 1) << " s in "
              << mergeSteps + 1 << " steps, longest " << formatNumber(longestMergeMs, 0) << " ms | "
              << formatNumber(percentile(searchMs, 50), 1) << " / " << formatNumber(percentile(searchMs, 95), 1)
              << " ms | " << formatNumber(percentile(afterMs, 50), 1) << " / "
              << formatNumber(percentile(afterMs, 95), 1) << " ms |\n";
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const Options options(argc, argv);
    const std::string path = options.text("db");
    if (path.empty()) {
        std::cerr << "usage: bench_search --fill --db FILE --people N | --measure --db FILE [--reps N] | --rebuild "
                     "--db FILE\n";
        return 2;
    }
    if (options.has("fill"))
        return fill(path, options.number("people", 10000));
    if (options.has("rebuild"))
        return rebuild(path);
    return measure(path, options.number("reps", 5), options.text("label"));
}
