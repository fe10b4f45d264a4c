#pragma once

#include "Store.h"
#include "SyncService.h"

#include "common/Clock.h"
#include "common/Result.h"
#include "common/Turfs.h"

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace commonroom::syncd {

// Fills a database with a realistic demo community: people of many cultures and scripts with
// varied per-field visibility, groups of every kind with curators, memberships, and the demo
// accounts of the README. Deterministic (a fixed seed per person), one transaction, and
// re-runnable: a second run only tops the community up to the requested size and never
// duplicates the demo accounts. Every row is versioned by site "seed" and logged for pulls.
class DemoSeeder
{
public:
    struct DemoAccount
    {
        std::string email;
        std::string role;
        std::string displayName;
        bool created = false; // false: it existed already and its password was left alone
    };

    struct Summary
    {
        std::vector<DemoAccount> accounts;
        std::size_t peopleAdded = 0;
        std::size_t totalPeople = 0;
        std::size_t groups = 0;
        std::size_t membershipsAdded = 0;
        std::size_t events = 0; // events added (docs/events.md)
        std::size_t assessmentsAdded = 0; // docs/organizing.md
        std::size_t leaderNotesAdded = 0;
        std::size_t contributionsAdded = 0; // and touch-points (docs/organizing.md)
        std::size_t tagsAdded = 0; // docs/organizing.md, "Tags"
        std::size_t tagApplicationsAdded = 0;
        std::size_t opportunitiesAdded = 0; // docs/organizing.md, "Opportunities"
        std::size_t interestsAdded = 0;
        std::size_t householdsAdded = 0; // docs/organizing.md, "Households and relationships"
        std::size_t householdMembersAdded = 0;
        std::size_t relationshipsAdded = 0;
        std::size_t smartListsAdded = 0; // docs/organizing.md, "Smart lists"
        std::size_t groupMessagesAdded = 0; // docs/groupmail.md
        std::size_t turfsAdded = 0; // docs/organizing.md, "Turfs and canvassing"
        std::size_t turfDoorsAdded = 0;
        std::size_t canvassOutcomesAdded = 0;
    };

    static constexpr std::string_view kSite = "seed";

    DemoSeeder(Store &store, SyncService &service, const Clock &clock);

    Result<Summary> run(std::size_t people, const std::string &password);

    // A person whose address leaders see, as a door of the demo's turfs.
    struct DemoDoor
    {
        std::string neighbourhood;
        turfs::Door door;
        std::string personId;
    };

private:
    using Save = std::function<void(const TableDef &, const std::string &, const FieldMap &)>;
    // The demo's turfs, made once: two neighbourhoods' doors in walking order, the first assigned
    // to the demo member for two weeks from yesterday with a few doors knocked.
    void seedTurfs(std::vector<DemoDoor> doors, const std::string &leaderId, const std::string &memberId,
        std::int64_t now, const std::function<std::string()> &newId, const Save &save, Summary &summary);

    Store &m_store;
    SyncService &m_service;
    const Clock &m_clock;
};

} // namespace commonroom::syncd
