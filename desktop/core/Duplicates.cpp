#include "Duplicates.h"

#include "Events.h"
#include "FieldText.h"
#include "LocalStore.h"

#include "common/Attendance.h"
#include "common/Schema.h"
#include "common/Uuid.h"

#include <QSqlQuery>

#include <algorithm>

namespace commonroom {

namespace {

const QString kCandidate = QStringLiteral("duplicate_candidate");
const QString kPerson = QStringLiteral("person");
const QString kRegistration = QStringLiteral("registration");
const QString kMembership = QStringLiteral("membership");

DuplicateCandidate candidateFrom(const QString &id, const FieldMap &row)
{
    DuplicateCandidate c;
    c.id = id;
    c.personA = fieldText(row, "person_a");
    c.personB = fieldText(row, "person_b");
    c.reasons = fieldText(row, "reasons").split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const auto number = [&row](const char *name) {
        const auto it = row.find(name);
        return it != row.end() && std::holds_alternative<std::int64_t>(it->second)
            ? int(std::get<std::int64_t>(it->second))
            : -1;
    };
    c.score = number("score");
    c.namesAlike = number("names_alike");
    c.state = fieldText(row, "state");
    c.keptId = fieldText(row, "kept_id");
    c.mergedBy = fieldText(row, "decided_by");
    c.decidedAt = Events::parseStoredTime(fieldText(row, "decided_at"));
    return c;
}

int stateRank(const QString &state)
{
    return state == QLatin1String("registered") ? 2 : state == QLatin1String("waitlisted") ? 1 : 0;
}

} // namespace

Duplicates::Duplicates(LocalStore &store)
    : m_store(store)
{
}

QString Duplicates::me() const
{
    return m_store.setting(QStringLiteral("person_id"));
}

Duplicates::History Duplicates::history(const QString &personId) const
{
    const auto count = [&](const QString &sql) {
        QSqlQuery query(m_store.database());
        query.prepare(sql);
        query.addBindValue(personId);
        return query.exec() && query.next() ? query.value(0).toInt() : 0;
    };
    History history;
    history.registrations
        = count(QStringLiteral("SELECT COUNT(*) FROM registration WHERE person_id = ? AND state != 'cancelled'"));
    history.attended = count(QStringLiteral("SELECT COUNT(*) FROM registration WHERE person_id = ? AND attended = 1"));
    history.activeGroups
        = count(QStringLiteral("SELECT COUNT(*) FROM membership WHERE person_id = ? AND state = 'active'"));
    return history;
}

std::optional<QString> Duplicates::candidateOf(const QString &personA, const QString &personB) const
{
    QSqlQuery select(m_store.database());
    select.prepare(QStringLiteral("SELECT id FROM duplicate_candidate WHERE person_a = ? AND person_b = ? LIMIT 1"));
    select.addBindValue(std::min(personA, personB));
    select.addBindValue(std::max(personA, personB));
    if (!select.exec() || !select.next())
        return std::nullopt;
    return select.value(0).toString();
}

std::vector<DuplicateCandidate> Duplicates::candidates(bool includeDecided) const
{
    QSqlQuery select(m_store.database());
    select.prepare(QStringLiteral("SELECT id FROM duplicate_candidate %1 ORDER BY state = 'open' DESC, "
                                  "score DESC, decided_at DESC, id DESC")
                       .arg(includeDecided ? QString() : QStringLiteral("WHERE state = 'open'")));
    std::vector<DuplicateCandidate> list;
    if (!select.exec())
        return list;
    while (select.next()) {
        auto c = candidate(select.value(0).toString());
        if (!c)
            continue;
        // An open pair whose people are no longer both here (one merged with a third) is moot.
        if (c->state == QLatin1String("open") && (!person(c->personA) || !person(c->personB)))
            continue;
        list.push_back(std::move(*c));
    }
    return list;
}

std::optional<DuplicateCandidate> Duplicates::candidate(const QString &id) const
{
    const auto row = m_store.row(kCandidate, id);
    if (!row)
        return std::nullopt;
    return candidateFrom(id, *row);
}

std::optional<FieldMap> Duplicates::person(const QString &personId) const
{
    return m_store.row(kPerson, personId);
}

Status Duplicates::merge(const QString &candidateId, const QString &keepId, const FieldMap &chosenFields)
{
    const Principal principal = m_store.principal();
    if (principal.role < Role::Leader)
        return makeError("forbidden", "Only leaders merge duplicate records.");
    const auto pair = candidate(candidateId);
    if (!pair)
        return makeError("not_found", "There is no such duplicate pair on this device; sync first.");
    if (pair->state != QLatin1String("open"))
        return makeError("decided", "This pair was already " + pair->state.toStdString() + ".");
    if (keepId != pair->personA && keepId != pair->personB)
        return makeError("invalid_value", "Keep one of the two people of the pair.");
    const QString duplicateId = keepId == pair->personA ? pair->personB : pair->personA;
    const auto kept = person(keepId);
    const auto duplicate = person(duplicateId);
    if (!kept || !duplicate)
        return makeError("not_found", "One of the two people is not on this device any more; sync first.");

    // 1. The kept record: the values the leader chose, and what only the duplicate had.
    const TableDef &table = *findTable("person");
    FieldMap fill;
    for (const auto &field : table.fields) {
        const std::string name(field.name);
        if (field.derived || name == "merged_into"
            || (field.writeAccess == WriteAccess::Admin && principal.role < Role::Admin))
            continue;
        const auto mine = kept->find(name);
        const auto theirs = duplicate->find(name);
        const bool keptEmpty = mine == kept->end() || isNull(mine->second) || toDisplayString(mine->second).empty();
        if (keptEmpty && theirs != duplicate->end() && !isNull(theirs->second))
            fill[name] = theirs->second;
    }
    for (const auto &[name, value] : chosenFields) {
        const FieldDef *field = table.field(name);
        if (!field || field->derived || name == "merged_into")
            return makeError("invalid_value", "A merge cannot set " + name + ".");
        fill[name] = value;
    }
    for (auto it = fill.begin(); it != fill.end();) {
        const auto current = kept->find(it->first);
        it = current != kept->end() && current->second == it->second ? fill.erase(it) : std::next(it);
    }
    if (!fill.empty()) {
        if (auto status = m_store.updateRow(kPerson, keepId, fill); !status)
            return status;
    }

    // 2. The duplicate says where it goes; the daemon then accepts the removal of its
    //    registrations once their check-ins are on the kept person's.
    if (auto status = m_store.updateRow(kPerson, duplicateId, {{"merged_into", keepId.toStdString()}}); !status)
        return status;

    // 3. Registrations move to the kept person; check-in histories are united.
    {
        QSqlQuery select(m_store.database());
        select.prepare(QStringLiteral("SELECT id FROM registration WHERE person_id = ?"));
        select.addBindValue(duplicateId);
        if (!select.exec())
            return makeError("storage", "Cannot read the registrations of the duplicate.");
        QStringList ids;
        while (select.next())
            ids << select.value(0).toString();
        const Events events(m_store);
        for (const auto &id : ids) {
            const auto theirs = m_store.row(kRegistration, id);
            if (!theirs)
                continue;
            const QString eventId = fieldText(*theirs, "event_id");
            const QString held = events.registrationIdOf(eventId, keepId);
            const auto mine = held.isEmpty() ? std::nullopt : m_store.row(kRegistration, held);
            const QString target = mine ? held : QString::fromStdString(newUuidV7(m_store.clock()));
            FieldMap fields {{"event_id", eventId.toStdString()}, {"person_id", keepId.toStdString()}};
            QString state = fieldText(*theirs, "state");
            QString registeredAt = fieldText(*theirs, "registered_at");
            if (mine) {
                if (stateRank(fieldText(*mine, "state")) > stateRank(state))
                    state = fieldText(*mine, "state");
                const QString other = fieldText(*mine, "registered_at");
                if (!other.isEmpty() && (registeredAt.isEmpty() || other < registeredAt))
                    registeredAt = other;
            }
            if (!state.isEmpty())
                fields["state"] = state.toStdString();
            if (!registeredAt.isEmpty())
                fields["registered_at"] = registeredAt.toStdString();
            for (const char *name : {"checkins", "undone"}) {
                if (const QString lines = fieldText(*theirs, name); !lines.isEmpty())
                    fields[name] = lines.toStdString();
            }
            if (const auto walkIn = theirs->find("walk_in");
                !mine && walkIn != theirs->end() && walkIn->second == FieldValue {std::int64_t(1)})
                fields["walk_in"] = std::int64_t(1);
            if (auto status = m_store.writeRow(kRegistration, target, fields); !status)
                return status;
            if (auto status = m_store.deleteRow(kRegistration, id); !status)
                return status;
        }
    }

    // 4. Memberships move too, or give way to the kept person's own in the same group.
    {
        QSqlQuery select(m_store.database());
        select.prepare(QStringLiteral("SELECT id, group_id, role FROM membership WHERE person_id = ?"));
        select.addBindValue(duplicateId);
        if (!select.exec())
            return makeError("storage", "Cannot read the memberships of the duplicate.");
        struct Moved
        {
            QString id;
            QString group;
            QString role;
        };
        std::vector<Moved> memberships;
        while (select.next())
            memberships.push_back({select.value(0).toString(), select.value(1).toString(), select.value(2).toString()});
        for (const auto &membership : memberships) {
            QSqlQuery own(m_store.database());
            own.prepare(QStringLiteral("SELECT id, role FROM membership WHERE person_id = ? AND group_id = ? LIMIT 1"));
            own.addBindValue(keepId);
            own.addBindValue(membership.group);
            if (own.exec() && own.next()) {
                if (membership.role == QLatin1String("curator")
                    && own.value(1).toString() != QLatin1String("curator")) {
                    if (auto status = m_store.updateRow(kMembership, own.value(0).toString(),
                            {{"role", std::string("curator")}, {"state", std::string("active")}});
                        !status)
                        return status;
                }
                if (auto status = m_store.deleteRow(kMembership, membership.id); !status)
                    return status;
            } else if (auto status
                       = m_store.updateRow(kMembership, membership.id, {{"person_id", keepId.toStdString()}});
                       !status) {
                return status;
            }
        }
    }

    // 5. The pair is decided (the daemon keeps the merged-away record, never a device).
    const std::string decidedAt = Events::storedTime(m_store.now()).toStdString();
    if (auto status = m_store.updateRow(kCandidate, candidateId,
            {{"state", std::string("merged")}, {"kept_id", keepId.toStdString()}, {"decided_by", me().toStdString()},
                {"decided_at", decidedAt}});
        !status)
        return status;

    // 6. The duplicate goes (a tombstone).
    return m_store.deleteRow(kPerson, duplicateId);
}

std::vector<DuplicateCandidate> Duplicates::likely(int minScore) const
{
    auto open = candidates();
    std::erase_if(open, [minScore](const DuplicateCandidate &pair) { return pair.score < minScore; });
    return open;
}

Result<int> Duplicates::mergeLikely(int minScore)
{
    int merged = 0;
    for (const auto &pair : likely(minScore)) {
        const auto a = person(pair.personA);
        const auto b = person(pair.personB);
        if (!a || !b)
            continue; // one of them went in an earlier merge of this run
        // The daemon never merges away someone who holds an account (they have a role).
        const bool accountA = !textOf(*a, "role").empty();
        const bool accountB = !textOf(*b, "role").empty();
        if (accountA && accountB)
            continue; // two accounts: for a leader to look at
        QString keep = accountA ? pair.personA : pair.personB;
        if (!accountA && !accountB) {
            const auto weight = [this](const QString &id) {
                const History h = history(id);
                return h.registrations + h.activeGroups;
            };
            const int weightA = weight(pair.personA);
            const int weightB = weight(pair.personB);
            keep = weightA != weightB ? (weightA > weightB ? pair.personA : pair.personB)
                                      : std::min(pair.personA, pair.personB);
        }
        if (auto status = merge(pair.id, keep); !status)
            return status.error();
        ++merged;
    }
    return merged;
}

Status Duplicates::dismiss(const QString &candidateId)
{
    if (m_store.principal().role < Role::Leader)
        return makeError("forbidden", "Only leaders decide on duplicate records.");
    const auto pair = candidate(candidateId);
    if (!pair)
        return makeError("not_found", "There is no such duplicate pair on this device; sync first.");
    if (pair->state != QLatin1String("open"))
        return makeError("decided", "This pair was already " + pair->state.toStdString() + ".");
    return m_store.updateRow(kCandidate, candidateId,
        {{"state", std::string("dismissed")}, {"decided_by", me().toStdString()},
            {"decided_at", Events::storedTime(m_store.now()).toStdString()}});
}

} // namespace commonroom
