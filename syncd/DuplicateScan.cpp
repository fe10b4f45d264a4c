#include "DuplicateScan.h"

#include "DuplicateFinder.h"
#include "SyncService.h"

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

DuplicateScan::Outcome DuplicateScan::run(SyncService &service, double threshold, std::stop_token stop)
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
    if (scan.pairs.empty() || stop.stop_requested())
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
            if (DuplicateFinder::candidateOf(store, a, b)) {
                ++outcome.known;
                continue;
            }
            auto fields = DuplicateFinder::evidenceFields(pair.evidence);
            fields.emplace("person_a", std::min(a, b));
            fields.emplace("person_b", std::max(a, b));
            fields.emplace("state", std::string("open"));
            service.writeServerRow(candidateTable, newUuidV7(now), fields);
            ++outcome.flagged;
        }
        service.finishServerWrites();
        transaction.commit();
        service.serverWritesCommitted();
    });
    return outcome;
}

} // namespace commonroom::syncd
