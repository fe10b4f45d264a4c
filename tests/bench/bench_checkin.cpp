// Check-in at the door: from typing the first letters of a registrant's name to their check-in
// saved, at an event of 5,000 registrants in a directory of a million people, next to the same
// lookup and write done with plain sqlite3 on the same file in the same run.
// tests/bench/checkin.sh runs it.
//
//   bench_checkin --fill --db FILE --people N --registrants M
//       a device database: N people written with sqlite3 through LocalStore's schema and search
//       triggers (as a pull writes them), then one event and M registrations made through the
//       core (Events::create, Events::registerPerson) and acknowledged as a sync would
//   bench_checkin --measure --db FILE [--checkins K] [--label L]
//       checks K registrants in, keystroke by keystroke, and prints one markdown row
//
// What is timed, per registrant, is what the check-in view does (desktop/ui/CheckInWindow):
// DoorSearchModel::setText for each keystroke of the name until the person is the first
// result, then Events::checkIn (the registration row and its outbox entry committed,
// synchronous=FULL). The typing itself (the volunteer's time) is not counted. The directory
// search the view runs when typing pauses is timed apart, after every key (the worst case).
#include "BenchSupport.h"

#include "common/Clock.h"
#include "common/Uuid.h"
#include "desktop/core/Events.h"
#include "desktop/core/LocalStore.h"
#include "desktop/core/NameCollation.h"
#include "desktop/core/People.h"
#include "desktop/core/PeopleSearch.h"
#include "desktop/models/DoorSearchModel.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlQuery>
#include <QTimeZone>

#include <sqlite3.h>

#include <iostream>
#include <random>

using namespace commonroom;
using namespace commonroom::bench;

namespace {

constexpr const char *kGiven[] = {"Ana", "José", "María", "Lucía", "Carlos", "Aisha", "Mateo", "Priya", "Wei", "Olga",
    "Kwame", "Fatima", "Liam", "Noah", "Emma", "Sofía", "Jürgen", "Zoë", "Chloé", "Ayşe", "Mohammed", "Yuki", "Hiroshi",
    "Inês", "Björn", "Élodie", "Raúl", "Tomás", "Nadia", "Ivan", "Anabel", "Anastasia", "Andrés", "Joana", "João",
    "Josefina", "Marta", "Martín", "Mariana", "Miguel", "Nuno", "Paulo", "Pedro", "Rosa", "Sara", "Tiago", "Valentina",
    "Xavier", "Yasmin", "Zeynep", "Amara", "Chinedu", "Dmitri", "Eleni", "Farid", "Greta", "Hana", "Ingrid", "Jamal",
    "Kateřina", "Leila", "Magnus", "Nikolai", "Oksana", "Pilar", "Quentin", "Rania", "Siobhán", "Thandiwe", "Ugo"};
constexpr const char *kFamily[] = {"García", "Núñez", "Silva", "Smith", "Müller", "Yılmaz", "Kowalski", "Nguyen",
    "Okafor", "Raman", "Dubois", "Rossi", "Tanaka", "Ivanova", "Ahmed", "Costa", "López", "Fernández", "Martin",
    "Bernard", "Schmidt", "Khan", "Singh", "Chen", "Wang", "Kim", "Park", "Novak", "Horvat", "Jensen", "Santos",
    "Oliveira", "Pereira", "Rodrigues", "Ferreira", "Almeida", "Gómez", "Díaz", "Moreno", "Álvarez", "Romero",
    "Navarro", "Torres", "Domínguez", "Vázquez", "Ramos", "Gil", "Serrano", "Blanco", "Molina", "Morales", "Ortiz",
    "Delgado", "Castro", "Rubio", "Marín", "Sanz", "Iglesias", "Medina", "Garrido", "Cortés", "Castillo", "Santana",
    "Mensah", "Abubakar", "Nwosu", "Mwangi", "Kariuki", "Öztürk", "Şahin", "Demir", "Çelik", "Wiśniewski", "Lefèvre",
    "Girard", "Bonnet", "Fontaine", "Weiß", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder"};
constexpr const char *kAreas[] = {"Lisbon", "Porto", "Madrid", "Barcelona", "Berlin", "Paris", "Lyon", "São Paulo",
    "Recife", "Toronto", "Nairobi", "Lagos", "Istanbul", "Kraków", "Montréal", "Bogotá"};
constexpr const char *kSkills[] = {"web design", "translation", "cooking", "first aid", "accounting", "carpentry",
    "teaching", "python", "photography", "legal advice", "driving", "sign language", "gardening", "childcare"};

template<std::size_t N>
const char *pick(std::mt19937 &random, const char *const (&list)[N])
{
    return list[std::uniform_int_distribution<std::size_t>(0, N - 1)(random)];
}

const QString kLeader = QStringLiteral("00000000-0000-7000-8000-00000000bead");
const QDateTime kEventStart = QDateTime(QDate(2026, 11, 28), QTime(18, 0), QTimeZone::utc());

int fillPeople(const std::string &path, long people)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(path.c_str(), &db) != SQLITE_OK)
        return 1;
    // The name indexes are in the order of the collation LOCALE, as LocalStore installs it.
    if (!NameCollation::install(db, QLocale()))
        return 1;
    sqlite3_exec(db, "PRAGMA synchronous=OFF", nullptr, nullptr, nullptr);
    sqlite3_stmt *insert = nullptr;
    sqlite3_prepare_v2(db,
        "INSERT INTO person (id, display_name, given_name, family_name, area, skills, email, role, status) "
        "VALUES (?,?,?,?,?,?,?,?,'active')",
        -1, &insert, nullptr);
    std::mt19937 random(20261123);
    const auto started = Steady::now();
    sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    for (long i = 0; i < people; ++i) {
        // Ids a millisecond apart a month before the event, time-ordered like a device's own.
        const std::string id
            = i == 0 ? kLeader.toStdString() : newUuidV7(kEventStart.addDays(-30).toMSecsSinceEpoch() + i);
        const std::string given = pick(random, kGiven);
        std::string family = pick(random, kFamily);
        if (random() % 10 == 0)
            family += std::string("-") + pick(random, kFamily);
        const std::string name = given + " " + family;
        const std::string area = pick(random, kAreas);
        const std::string skills = std::string(pick(random, kSkills)) + ", " + pick(random, kSkills);
        const std::string email = "person" + std::to_string(i) + "@example.org";
        const std::string role = i == 0 ? "leader" : "member";
        int column = 1;
        const std::string *values[] = {&id, &name, &given, &family, &area, &skills, &email, &role};
        for (const std::string *value : values) {
            if (value == &email && random() % 3 != 0) // most emails are not shared with this leader
                sqlite3_bind_null(insert, column++);
            else
                sqlite3_bind_text(insert, column++, value->c_str(), int(value->size()), SQLITE_TRANSIENT);
        }
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
    // A device that finished its initial sync has its index merged (docs/benchmarks.md, search).
    sqlite3_exec(db, "INSERT INTO person_fts(person_fts) VALUES ('optimize')", nullptr, nullptr, nullptr);
    sqlite3_exec(db, "PRAGMA wal_checkpoint(TRUNCATE)", nullptr, nullptr, nullptr);
    sqlite3_close(db);
    std::cerr << "  filled " << people << " people in " << formatNumber(secondsSince(started), 1) << " s\n";
    return 0;
}

// Acknowledges every pending mutation, as a sync that pushed them would.
Status acknowledgeOutbox(LocalStore &store)
{
    while (store.pendingCount() > 0) {
        protocol::PushResponse response;
        for (const auto &mutation : store.pendingMutations(500))
            response.acked.push_back(mutation.mid);
        if (auto status = store.applyPushResult(response); !status)
            return status;
    }
    return {};
}

int fill(const std::string &path, long people, long registrants)
{
    ManualClock clock(kEventStart.addDays(-7).toMSecsSinceEpoch());
    {
        LocalStore store(clock); // creates the schema, search index and triggers included
        if (auto status = store.open(QString::fromStdString(path)); !status) {
            std::cerr << status.error().message << '\n';
            return 1;
        }
    }
    if (int failed = fillPeople(path, people))
        return failed;

    LocalStore store(clock);
    if (auto status = store.open(QString::fromStdString(path)); !status) {
        std::cerr << status.error().message << '\n';
        return 1;
    }
    if (!store.setSetting(QStringLiteral("person_id"), kLeader).ok()
        || !store.setSetting(QStringLiteral("role"), QStringLiteral("leader")).ok())
        return 1;
    Events events(store);
    EventInfo info;
    info.title = QStringLiteral("Spring assembly");
    info.start = kEventStart;
    info.end = kEventStart.addSecs(3 * 3600);
    info.timeZone = QStringLiteral("Europe/Lisbon");
    info.place = QStringLiteral("Pavilhão");
    info.area = QStringLiteral("Lisbon");
    info.capacity = int(registrants);
    info.status = QStringLiteral("scheduled");
    auto eventId = events.create(info);
    if (!eventId) {
        std::cerr << eventId.error().message << '\n';
        return 1;
    }
    if (!store.setSetting(QStringLiteral("bench_event"), *eventId).ok())
        return 1;

    // Registrants spread over the whole directory (every k-th person by rowid, from a random start).
    std::vector<QString> ids;
    {
        QSqlQuery query(store.database());
        query.setForwardOnly(true);
        const long step = std::max(1L, people / registrants);
        query.prepare(QStringLiteral("SELECT id FROM person WHERE rowid % ? = 1 AND id != ? ORDER BY rowid LIMIT ?"));
        query.addBindValue(qlonglong(step));
        query.addBindValue(kLeader);
        query.addBindValue(qlonglong(registrants));
        if (!query.exec())
            return 1;
        while (query.next())
            ids.push_back(query.value(0).toString());
    }
    const auto started = Steady::now();
    for (std::size_t i = 0; i < ids.size(); ++i) {
        clock.advanceMs(1000);
        if (auto state = events.registerPerson(*eventId, ids[i]); !state) {
            std::cerr << state.error().message << '\n';
            return 1;
        }
        if ((i + 1) % 500 == 0) {
            if (!acknowledgeOutbox(store).ok())
                return 1;
            std::cerr << "  " << (i + 1) << " registrations, " << formatNumber(secondsSince(started), 1) << " s\r"
                      << std::flush;
        }
    }
    if (auto status = acknowledgeOutbox(store); !status) {
        std::cerr << status.error().message << '\n';
        return 1;
    }
    std::cerr << "  registered " << ids.size() << " people in " << formatNumber(secondsSince(started), 1) << " s\n";
    return 0;
}

// The keystrokes a volunteer types for `name`: the given name letter by letter, then the family
// name ("a", "an", "ana", "ana g", "ana ga", …).
std::vector<QString> keystrokes(const QString &name)
{
    std::vector<QString> typed;
    for (int length = 1; length <= name.size(); ++length) {
        if (name.at(length - 1) != QLatin1Char(' '))
            typed.push_back(name.left(length));
    }
    return typed;
}

// The same work with the plain sqlite3 C API on the same file: per keystroke, the registered
// people of the event whose name has a word starting with what was typed (through the
// registration_by_event index) and, when fewer than 20 matched, the directory's FTS5 match
// (PeopleSearch's ranked SQL, first 20 rows); then
// the check-in written as LocalStore writes it: the registration's check-in fields and an
// outbox entry in one transaction, synchronous=FULL.
class RawDoor
{
public:
    explicit RawDoor(const std::string &path)
    {
        sqlite3_open(path.c_str(), &m_db);
        for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA busy_timeout=5000"})
            sqlite3_exec(m_db, pragma, nullptr, nullptr, nullptr);
        prepare(m_registered,
            "SELECT p.id, p.display_name FROM registration r JOIN person p ON p.id = r.person_id "
            "WHERE r.event_id = ?1 AND r.state != 'cancelled' AND (p.display_name LIKE ?2 || '%' "
            "OR p.display_name LIKE '% ' || ?2 || '%') LIMIT 20");
        prepare(m_directory, PeopleSearch::rankedSql().toUtf8().constData());
        prepare(m_update,
            "UPDATE registration SET checkins = ?1, attended = 1, checked_in_at = ?2, checked_in_by = ?3, device = ?4 "
            "WHERE id = ?5");
        prepare(m_outbox,
            "INSERT INTO outbox (mid, tbl, row_id, fields, hlc, deleted, created_ms) VALUES "
            "((SELECT CAST(value AS INTEGER) + 1 FROM setting WHERE key = 'last_mid'), 'registration', ?1, ?2, ?3, 0, "
            "?3)");
        // LocalStore numbers its mutations from this setting: the baseline keeps it right.
        prepare(m_lastMid, "UPDATE setting SET value = CAST(value AS INTEGER) + 1 WHERE key = 'last_mid'");
    }
    ~RawDoor()
    {
        for (sqlite3_stmt *statement : {m_registered, m_directory, m_update, m_outbox, m_lastMid})
            sqlite3_finalize(statement);
        sqlite3_close(m_db);
    }
    bool ok() const { return m_ok; }

    // Returns the number of rows read.
    int lookUp(const QString &eventId, const QString &typed)
    {
        const QByteArray event = eventId.toUtf8();
        // The last word typed is what the LIKE looks for (the first word narrows the FTS query).
        const QByteArray word = typed.section(QLatin1Char(' '), -1).toUtf8();
        sqlite3_bind_text(m_registered, 1, event.constData(), int(event.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(m_registered, 2, word.constData(), int(word.size()), SQLITE_TRANSIENT);
        int rows = 0;
        while (sqlite3_step(m_registered) == SQLITE_ROW)
            ++rows;
        sqlite3_reset(m_registered);
        if (rows >= 20) // as the model: the directory only when the registrants do not fill the list
            return rows;
        const QByteArray match = PeopleSearch::matchExpression(typed).toUtf8();
        sqlite3_bind_text(m_directory, 1, match.constData(), int(match.size()), SQLITE_TRANSIENT);
        for (int row = 0; row < 20 && sqlite3_step(m_directory) == SQLITE_ROW; ++row)
            ++rows;
        sqlite3_reset(m_directory);
        return rows;
    }

    bool checkIn(const QString &registrationId, std::int64_t nowMs)
    {
        const QByteArray id = registrationId.toUtf8();
        const std::string at
            = Events::storedTime(QDateTime::fromMSecsSinceEpoch(nowMs, QTimeZone::utc())).toStdString();
        const std::string token = at + "|raw-device|" + kLeader.toStdString();
        const std::string fields = "{\"checkins\":\"" + token + "\"}";
        bool ok = sqlite3_exec(m_db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK;
        sqlite3_bind_text(m_update, 1, token.c_str(), int(token.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(m_update, 2, at.c_str(), int(at.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(m_update, 3, kLeader.toUtf8().constData(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(m_update, 4, "raw-device", -1, SQLITE_STATIC);
        sqlite3_bind_text(m_update, 5, id.constData(), int(id.size()), SQLITE_TRANSIENT);
        ok = ok && sqlite3_step(m_update) == SQLITE_DONE;
        sqlite3_reset(m_update);
        sqlite3_bind_text(m_outbox, 1, id.constData(), int(id.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(m_outbox, 2, fields.c_str(), int(fields.size()), SQLITE_TRANSIENT);
        sqlite3_bind_int64(m_outbox, 3, nowMs);
        ok = ok && sqlite3_step(m_outbox) == SQLITE_DONE;
        sqlite3_reset(m_outbox);
        ok = ok && sqlite3_step(m_lastMid) == SQLITE_DONE;
        sqlite3_reset(m_lastMid);
        return sqlite3_exec(m_db, ok ? "COMMIT" : "ROLLBACK", nullptr, nullptr, nullptr) == SQLITE_OK && ok;
    }

private:
    void prepare(sqlite3_stmt *&statement, const char *sql)
    {
        if (sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr) != SQLITE_OK) {
            std::cerr << "baseline: " << sqlite3_errmsg(m_db) << '\n';
            m_ok = false;
        }
    }

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_registered = nullptr;
    sqlite3_stmt *m_directory = nullptr;
    sqlite3_stmt *m_update = nullptr;
    sqlite3_stmt *m_outbox = nullptr;
    sqlite3_stmt *m_lastMid = nullptr;
    bool m_ok = true;
};

int measure(const std::string &path, long checkins, const std::string &label)
{
    ManualClock clock(kEventStart.addSecs(600).toMSecsSinceEpoch());
    LocalStore store(clock);
    if (auto status = store.open(QString::fromStdString(path)); !status) {
        std::cerr << status.error().message << '\n';
        return 1;
    }
    const QString eventId = store.setting(QStringLiteral("bench_event"));
    Events events(store);
    const AttendanceCounts before = events.counts(eventId);
    const long people = [&] {
        QSqlQuery count(store.database());
        count.exec(QStringLiteral("SELECT count(*) FROM person"));
        return count.next() ? count.value(0).toLongLong() : 0LL;
    }();

    // Registrants not checked in yet, in a random order: the first half checked in through the
    // product, the second half through the baseline.
    std::vector<std::pair<QString, QString>> targets; // person id, name
    {
        QSqlQuery query(store.database());
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT p.id, p.display_name FROM registration r JOIN person p ON p.id = "
                                     "r.person_id WHERE r.event_id = ? AND IFNULL(r.attended, 0) = 0 AND "
                                     "r.state = 'registered'"));
        query.addBindValue(eventId);
        if (!query.exec())
            return 1;
        while (query.next())
            targets.emplace_back(query.value(0).toString(), query.value(1).toString());
    }
    std::mt19937 random(7);
    std::shuffle(targets.begin(), targets.end(), random);
    if (targets.size() < std::size_t(2 * checkins)) {
        std::cerr << "only " << targets.size() << " registrants left to check in: fill again\n";
        return 1;
    }

    const People directory(store);
    DoorSearchModel model(events, directory, store);
    model.setEventId(eventId);
    RawDoor raw(path);
    if (!raw.ok())
        return 1;

    std::vector<double> keyMs, saveMs, personMs, lastKeyAndSaveMs, rawPersonMs, rawLastKeyAndSaveMs;
    std::vector<double> keysPerPerson, directoryMs, rawSaveMs;
    int notFirst = 0;
    std::vector<std::pair<double, std::string>> slowestKeys;
    for (long i = -10; i < checkins; ++i) { // the first 10 warm the page cache up, not counted
        const auto &[personId, name] = targets[std::size_t(i + 10)];
        double total = 0, lastKey = 0;
        int keys = 0;
        bool first = false;
        for (const QString &typed : keystrokes(name)) {
            const auto started = Steady::now();
            model.setText(typed);
            lastKey = millisecondsBetween(started, Steady::now());
            total += lastKey;
            ++keys;
            if (i >= 0) {
                keyMs.push_back(lastKey);
                slowestKeys.emplace_back(lastKey, typed.toStdString());
            }
            // As if typing paused after every key: the directory search the view then runs (it
            // adds rows below the registrants, so it does not change who is first).
            if (model.isDirectoryPending()) {
                const auto searching = Steady::now();
                model.completeNow();
                if (i >= 0)
                    directoryMs.push_back(millisecondsBetween(searching, Steady::now()));
            }
            if (model.rowCount() > 0 && model.matchAt(0)->personId == personId) {
                first = true;
                break;
            }
        }
        // Namesakes: the volunteer moves the highlight to the right one (not timed: the rows are there).
        notFirst += !first && i >= 0;
        clock.advanceMs(1500);
        const auto saving = Steady::now();
        auto outcome = events.checkIn(eventId, personId);
        const double save = millisecondsBetween(saving, Steady::now());
        if (!outcome || outcome->alreadyCheckedIn) {
            std::cerr << "check-in of " << personId.toStdString() << " failed\n";
            return 1;
        }
        model.setText(QString()); // the view clears the field after a check-in
        if (i < 0)
            continue;
        saveMs.push_back(save);
        personMs.push_back(total + save);
        lastKeyAndSaveMs.push_back(lastKey + save);
        keysPerPerson.push_back(keys);

        // The baseline on another registrant, typing as many letters of their name.
        const auto &[rawPerson, rawName] = targets[std::size_t(checkins + 10 + i)];
        const auto typedRaw = keystrokes(rawName);
        double rawTotal = 0, rawLast = 0;
        for (int k = 0; k < keys && k < int(typedRaw.size()); ++k) {
            const auto started = Steady::now();
            raw.lookUp(eventId, typedRaw[std::size_t(k)]);
            rawLast = millisecondsBetween(started, Steady::now());
            rawTotal += rawLast;
        }
        clock.advanceMs(1500);
        const auto rawSaving = Steady::now();
        if (!raw.checkIn(QString::fromStdString(newUuidV7(clock)), clock.nowMs())) {
            std::cerr << "baseline check-in failed\n";
            return 1;
        }
        const double rawSave = millisecondsBetween(rawSaving, Steady::now());
        rawPersonMs.push_back(rawTotal + rawSave);
        rawSaveMs.push_back(rawSave);
        rawLastKeyAndSaveMs.push_back(rawLast + rawSave);
    }
    const AttendanceCounts after = events.counts(eventId);
    std::sort(slowestKeys.rbegin(), slowestKeys.rend());
    std::cerr << "  slowest keystrokes:";
    for (std::size_t i = 0; i < std::min<std::size_t>(4, slowestKeys.size()); ++i)
        std::cerr << " \"" << slowestKeys[i].second << "\" " << formatNumber(slowestKeys[i].first, 1) << " ms;";
    std::cerr << "\n  checked in: " << before.checkedIn << " -> " << after.checkedIn << " (of " << before.expected
              << " expected); not first after the full name: " << notFirst << '\n';

    auto pair = [](const std::vector<double> &samples) {
        return formatNumber(percentile(samples, 50), 1) + " / " + formatNumber(percentile(samples, 95), 1);
    };
    double keysSum = 0;
    for (double keys : keysPerPerson)
        keysSum += keys;
    std::cout << "| " << (label.empty() ? shortCount(people) : label) << " | " << formatNumber(before.expected) << " | "
              << checkins << " | " << formatNumber(keysSum / double(std::max<std::size_t>(1, keysPerPerson.size())), 1)
              << " | " << pair(keyMs) << " | " << pair(directoryMs) << " | " << pair(saveMs) << " | " << pair(rawSaveMs)
              << " | " << pair(lastKeyAndSaveMs) << " | " << pair(personMs) << " | " << pair(rawLastKeyAndSaveMs)
              << " | " << pair(rawPersonMs) << " | "
              << formatNumber(percentile(personMs, 95) / std::max(percentile(rawPersonMs, 95), 0.001), 2) << "× | "
              << formatNumber(percentile(keyMs, 100), 1) << " | " << formatBytes(rssBytes()) << " |\n";
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const Options options(argc, argv);
    const std::string path = options.text("db");
    if (path.empty()) {
        std::cerr << "usage: bench_checkin --fill --db FILE --people N --registrants M | --measure --db FILE "
                     "[--checkins K] [--label L]\n";
        return 2;
    }
    if (options.has("fill"))
        return fill(path, options.number("people", 10000), options.number("registrants", 5000));
    return measure(path, options.number("checkins", 300), options.text("label"));
}
