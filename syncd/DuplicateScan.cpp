#include "DuplicateScan.h"

#include "DuplicateFinder.h"
#include "SyncService.h"

#include "common/NameMatching.h"
#include "common/PersonMatch.h"
#include "common/Uuid.h"

namespace commonroom::syncd {

namespace {

bool isLivePerson(Store &store, const TableDef &person, const std::string &id)
{
    const auto stored = store.loadValues(person, id);
    return stored && !stored->row.deleted && textOf(stored->row.values, "merged_into").empty();
}

} // namespace

DuplicateScan::Outcome DuplicateScan::run(SyncService &service, double threshold)
{
    const TableDef &person = *findTable("person");
    const TableDef &candidateTable = *findTable("duplicate_candidate");
    std::vector<matching::Profile> people;
    service.withStore([&](Store &store) {
        store.forEachLiveRow(person, [&](const std::string &id, const FieldMap &values) {
            if (textOf(values, "merged_into").empty())
                people.push_back(matching::profileOf(id, values));
        });
    });

    Outcome outcome;
    outcome.people = people.size();
    const auto scan = matching::findDuplicates(people, threshold);
    outcome.comparisons = scan.comparisons;
    outcome.pairs = scan.pairs.size();
    outcome.oversizedBlocks = scan.oversizedBlocks;
    if (scan.pairs.empty())
        return outcome;

    service.withStore([&](Store &store) {
        Store::Transaction transaction(store);
        service.beginServerWrites();
        const std::int64_t now = service.clock().nowMs();
        for (const auto &pair : scan.pairs) {
            const std::string &a = people[pair.a].id;
            const std::string &b = people[pair.b].id;
            // Merged or erased since they were read: nothing to review any more.
            if (!isLivePerson(store, person, a) || !isLivePerson(store, person, b))
                continue;
            auto fields = DuplicateFinder::evidenceFields(pair.evidence);
            const auto found = DuplicateFinder::candidateOf(store, a, b);
            if (!found) {
                fields.emplace("person_a", std::min(a, b));
                fields.emplace("person_b", std::max(a, b));
                fields.emplace("state", std::string("open"));
                service.writeServerRow(candidateTable, newUuidV7(now), fields);
                ++outcome.flagged;
                continue;
            }
            const FieldMap &stored = found->stored.row.values;
            if (found->stored.row.deleted || textOf(stored, "state") != "open")
                continue; // decided by a leader: never flagged again
            // What the push-time finder saw stays among the reasons (the same name by its keys).
            std::set<std::string> reasons;
            for (const auto &reason : NameMatching::splitWords(textOf(stored, "reasons")))
                reasons.insert(reason);
            fields = DuplicateFinder::evidenceFields(pair.evidence, std::move(reasons));
            FieldMap changed;
            for (auto &[name, value] : fields) {
                const auto current = stored.find(name);
                if (current == stored.end() || current->second != value)
                    changed.emplace(name, std::move(value));
            }
            if (changed.empty())
                continue;
            service.writeServerRow(candidateTable, found->id, changed);
            ++outcome.rescored;
        }
        service.finishServerWrites();
        transaction.commit();
        service.serverWritesCommitted();
    });
    return outcome;
}

} // namespace commonroom::syncd
