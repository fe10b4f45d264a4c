#include "DuplicateFinder.h"

#include "common/NameMatching.h"
#include "common/PersonMatch.h"
#include "common/Uuid.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace commonroom::syncd {

namespace {

constexpr std::string_view kKeysSeqSetting = "person_keys_seq";

const TableDef &personTable()
{
    return *findTable("person");
}

const TableDef &candidateTable()
{
    return *findTable("duplicate_candidate");
}

} // namespace

DuplicateFinder::DuplicateFinder(Store &store)
    : m_store(store)
{
}

std::optional<DuplicateFinder::Candidate> DuplicateFinder::candidateOf(
    Store &store, const std::string &a, const std::string &b)
{
    const auto [first, second] = std::minmax(a, b);
    for (const auto &[id, values] : store.liveRowsWhere(candidateTable(), "person_a", first)) {
        if (textOf(values, "person_b") != second)
            continue;
        if (auto stored = store.loadRow(candidateTable(), id))
            return Candidate {id, std::move(*stored)};
    }
    return std::nullopt;
}

FieldMap DuplicateFinder::evidenceFields(const matching::Evidence &evidence, std::set<std::string> reasons)
{
    for (auto &reason : matching::reasonsOf(evidence))
        reasons.insert(std::move(reason));
    std::string text;
    for (const auto &reason : reasons)
        text += (text.empty() ? "" : " ") + reason;
    return {{"reasons", text}, {"score", std::int64_t(std::lround(evidence.score * 1000))},
        {"names_alike", std::int64_t(std::lround(evidence.names * 100))}};
}

std::size_t DuplicateFinder::nameShare(const FieldMap &person)
{
    const auto words = NameMatching::words(NameMatching::nameOf(person));
    if (words.size() < 2)
        return 1;
    return std::max<std::size_t>(1, m_store.peopleWithKey("name:" + NameMatching::sortedKey(words), kMaxShare).size());
}

std::vector<std::string> DuplicateFinder::keysOf(const FieldMap &person)
{
    std::vector<std::string> keys;
    if (!textOf(person, "merged_into").empty())
        return keys; // already merged away
    if (auto email = NameMatching::emailKey(textOf(person, "email")); !email.empty())
        keys.push_back("email:" + email);
    if (auto phone = NameMatching::phoneKey(textOf(person, "phone")); !phone.empty())
        keys.push_back("phone:" + phone);
    const auto words = NameMatching::words(NameMatching::nameOf(person));
    if (words.size() >= 2)
        keys.push_back("name:" + NameMatching::sortedKey(words));
    // A longer name also matches its shorter forms, the first name with one of the others:
    // "José Luis García Pérez" is likely "José García", "José Pérez" or "José Luis".
    if (words.size() >= 3 && words.size() <= 5) {
        for (std::size_t i = 1; i < words.size(); ++i) {
            const auto [a, b] = std::minmax(words.front(), words[i]);
            const std::string key = "name:" + a + " " + b;
            if (std::find(keys.begin(), keys.end(), key) == keys.end())
                keys.push_back(key);
        }
    }
    return keys;
}

void DuplicateFinder::noteChange(const TableDef &table, std::string_view id, const VersionedRow &)
{
    if (table.name == "person")
        m_pending.emplace(id);
}

void DuplicateFinder::prepare()
{
    m_prepared = true;
    const std::string head = std::to_string(m_store.headSeq());
    if (m_store.setting(kKeysSeqSetting) == head)
        return;
    m_store.clearPersonKeys();
    m_store.forEachLiveRow(personTable(),
        [this](const std::string &id, const FieldMap &values) { m_store.replacePersonKeys(id, keysOf(values)); });
    m_store.setSetting(kKeysSeqSetting, head);
}

std::size_t DuplicateFinder::flag(const FieldVersion &version, std::int64_t nowMs, const EventRules::Writer &write)
{
    if (!m_prepared)
        prepare(); // the people of this push are stored already, so they are indexed too
    const auto pending = std::exchange(m_pending, {});
    for (const auto &id : pending) {
        const auto stored = m_store.loadValues(personTable(), id);
        m_store.replacePersonKeys(
            id, stored && !stored->row.deleted ? keysOf(stored->row.values) : std::vector<std::string> {});
    }

    std::size_t written = 0;
    for (const auto &id : pending) {
        const auto mine = m_store.loadValues(personTable(), id);
        if (!mine || mine->row.deleted)
            continue;
        std::map<std::string, std::set<std::string>> matches; // other person id -> reasons
        for (const auto &key : keysOf(mine->row.values)) {
            const auto bucket = m_store.peopleWithKey(key, kMaxMatchesPerKey + 2);
            if (bucket.size() > kMaxMatchesPerKey + 1)
                continue;
            const std::string reason = key.substr(0, key.find(':'));
            for (const auto &other : bucket) {
                if (other != id)
                    matches[other].insert(reason);
            }
        }
        const auto profile = matching::profileOf(id, mine->row.values);
        // The share of the name is counted by this class's folded name key, close to the scan's
        // (which also makes short forms full) and known here without a pass over everyone.
        const auto share = matches.empty() ? 1 : nameShare(mine->row.values);
        for (const auto &[other, reasons] : matches) {
            const auto otherRow = m_store.loadValues(personTable(), other);
            if (!otherRow || otherRow->row.deleted)
                continue;
            std::set<std::string> confirmed = reasons;

            const auto found = candidateOf(m_store, id, other);
            const std::string candidate = found ? found->id : newUuidV7(nowMs);
            const auto existing = found ? std::optional<StoredRow>(found->stored) : std::nullopt;
            if (existing) {
                if (existing->row.deleted || textOf(existing->row.values, "state") != "open")
                    continue; // decided by a leader: never flagged again
                for (const auto &reason : NameMatching::splitWords(textOf(existing->row.values, "reasons")))
                    confirmed.insert(reason);
            }
            auto fields
                = evidenceFields(matching::compare(profile, matching::profileOf(other, otherRow->row.values), share),
                    std::move(confirmed));
            VersionedRow row = existing ? existing->row : VersionedRow {};
            if (existing) {
                if (std::all_of(fields.begin(), fields.end(), [&](const auto &field) {
                        const auto stored = row.values.find(field.first);
                        return stored != row.values.end() && stored->second == field.second;
                    }))
                    continue;
                for (auto &[name, value] : fields)
                    row.values[name] = std::move(value); // the daemon's own finding; leaves versions alone
            } else {
                fields.emplace("person_a", std::min(id, other));
                fields.emplace("person_b", std::max(id, other));
                fields.emplace("state", std::string("open"));
                mergeFields(row, fields, version);
            }
            write(candidateTable(), candidate, existing, row);
            ++written;
        }
    }
    m_store.setSetting(kKeysSeqSetting, std::to_string(m_store.headSeq()));
    return written;
}

} // namespace commonroom::syncd
