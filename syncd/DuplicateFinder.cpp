#include "DuplicateFinder.h"

#include "common/NameMatching.h"
#include "common/Uuid.h"

#include <algorithm>
#include <map>

namespace commonroom::syncd {

namespace {

std::string textOf(const FieldMap &values, const std::string &name)
{
    const auto it = values.find(name);
    const auto *text = it == values.end() ? nullptr : std::get_if<std::string>(&it->second);
    return text ? *text : std::string();
}

std::vector<std::string> splitWords(const std::string &text)
{
    std::vector<std::string> words;
    std::size_t start = 0;
    while (start < text.size()) {
        const auto end = std::min(text.find(' ', start), text.size());
        if (end > start)
            words.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return words;
}

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

std::string DuplicateFinder::candidateId(const std::string &a, const std::string &b)
{
    return nameBasedUuid("duplicate:" + std::min(a, b) + ":" + std::max(a, b));
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
    std::string name = textOf(person, "display_name");
    if (name.empty())
        name = textOf(person, "given_name") + " " + textOf(person, "family_name");
    if (NameMatching::words(name).size() >= 2)
        keys.push_back("name:" + NameMatching::nameKey(name));
    return keys;
}

void DuplicateFinder::noteChange(const TableDef &table, std::string_view id, const VersionedRow &)
{
    if (table.name == "person")
        m_pending.emplace(id);
}

void DuplicateFinder::buildIndex()
{
    m_byKey.clear();
    m_keysOf.clear();
    m_store.forEachLiveRow(personTable(), [this](const std::string &id, const FieldMap &values) { index(id, values); });
    m_built = true;
}

void DuplicateFinder::index(const std::string &id, const FieldMap &values)
{
    unindex(id);
    auto keys = keysOf(values);
    for (const auto &key : keys)
        m_byKey[key].insert(id);
    if (!keys.empty())
        m_keysOf[id] = std::move(keys);
}

void DuplicateFinder::unindex(const std::string &id)
{
    const auto it = m_keysOf.find(id);
    if (it == m_keysOf.end())
        return;
    for (const auto &key : it->second) {
        auto bucket = m_byKey.find(key);
        if (bucket == m_byKey.end())
            continue;
        bucket->second.erase(id);
        if (bucket->second.empty())
            m_byKey.erase(bucket);
    }
    m_keysOf.erase(it);
}

std::size_t DuplicateFinder::flag(const FieldVersion &version, const EventRules::Writer &write)
{
    if (m_pending.empty())
        return 0;
    const auto pending = std::exchange(m_pending, {});
    if (!m_built) {
        buildIndex(); // sees the rows of this push too: they are stored already
    } else {
        for (const auto &id : pending) {
            const auto stored = m_store.loadValues(personTable(), id);
            if (stored && !stored->row.deleted)
                index(id, stored->row.values);
            else
                unindex(id);
        }
    }

    std::size_t written = 0;
    for (const auto &id : pending) {
        const auto keys = m_keysOf.find(id);
        if (keys == m_keysOf.end())
            continue;
        std::map<std::string, std::set<std::string>> matches; // other person id -> reasons
        for (const auto &key : keys->second) {
            const auto &bucket = m_byKey[key];
            if (bucket.size() > kMaxMatchesPerKey + 1)
                continue;
            const std::string reason = key.substr(0, key.find(':'));
            for (const auto &other : bucket) {
                if (other != id)
                    matches[other].insert(reason);
            }
        }
        for (const auto &[other, reasons] : matches) {
            // Check against the stored rows: the index may hold keys of a push that was rolled back.
            const auto otherRow = m_store.loadValues(personTable(), other);
            const auto mine = m_store.loadValues(personTable(), id);
            if (!otherRow || otherRow->row.deleted || !mine || mine->row.deleted)
                continue;
            const auto otherKeys = keysOf(otherRow->row.values);
            std::set<std::string> confirmed;
            for (const auto &key : keysOf(mine->row.values)) {
                if (std::find(otherKeys.begin(), otherKeys.end(), key) != otherKeys.end())
                    confirmed.insert(key.substr(0, key.find(':')));
            }
            if (confirmed.empty())
                continue;

            const std::string candidate = candidateId(id, other);
            const auto existing = m_store.loadRow(candidateTable(), candidate);
            std::string reasonText;
            if (existing) {
                if (existing->row.deleted || textOf(existing->row.values, "state") != "open")
                    continue; // decided by a leader: never flagged again
                for (const auto &reason : splitWords(textOf(existing->row.values, "reasons")))
                    confirmed.insert(reason);
            }
            for (const auto &reason : confirmed)
                reasonText += (reasonText.empty() ? "" : " ") + reason;
            if (existing && textOf(existing->row.values, "reasons") == reasonText)
                continue;
            VersionedRow row = existing ? existing->row : VersionedRow {};
            if (existing) {
                row.values["reasons"] = reasonText; // the daemon's own finding; leaves versions alone
            } else {
                mergeFields(row,
                    {{"person_a", std::min(id, other)}, {"person_b", std::max(id, other)}, {"reasons", reasonText},
                        {"state", std::string("open")}},
                    version);
            }
            write(candidateTable(), candidate, existing, row);
            ++written;
        }
    }
    return written;
}

} // namespace commonroom::syncd
