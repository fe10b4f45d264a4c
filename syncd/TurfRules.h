#pragma once

#include "Admission.h"
#include "Store.h"

#include "common/Clock.h"
#include "common/Protocol.h"
#include "common/Result.h"
#include "common/Roles.h"

#include <optional>
#include <set>
#include <string>
#include <vector>

namespace commonroom::syncd {

// What a canvasser sees beyond their role while their assignments are open: the turfs, and the
// people at those turfs' doors (docs/organizing.md, "Turfs and canvassing").
struct Sight
{
    std::set<std::string> turfs;
    std::set<std::string> doors; // person ids

    bool empty() const { return turfs.empty(); }
    // A digest of both sets: when it changes, what the canvasser may hold changed, and their
    // devices fetch a fresh copy (SyncService::pull).
    std::string fingerprint() const;
};

// The daemon's rules for turfs and canvassing, beyond the rule table:
// - a turf's name; a turf, door, assignment or outcome written in the pusher's own name;
// - a door with the id of its turf and person, about a live turf and person;
// - an assignment of a live, open turf to a live member (not an applicant), for a window of at
//   most 92 days; withdrawn once, never active again;
// - an outcome at an active door of a live turf, recorded (by a member) within a window of an
//   assignment of that turf to them that had not been withdrawn by then, and not in the future.
// After a conversation at a door, the daemon records a door-knock touch-point on the person's
// timeline (afterSave).
class TurfRules
{
public:
    TurfRules(Store &store, const Clock &clock);

    Status check(const Principal &principal, const protocol::Mutation &mutation, const TableDef &table,
        const std::optional<StoredRow> &existing);

    std::vector<Admission::FollowUp> afterSave(const TableDef &table, std::string_view id,
        const std::optional<StoredRow> &existing, const VersionedRow &saved);

    // What `principal` sees as a canvasser now: nothing for applicants and for leaders and admins,
    // who see every turf as leaders.
    Sight sightOf(const Principal &principal);

private:
    Status checkTurf(
        const Principal &principal, const protocol::Mutation &mutation, const std::optional<StoredRow> &existing);
    Status checkStop(
        const Principal &principal, const protocol::Mutation &mutation, const std::optional<StoredRow> &existing);
    Status checkAssignment(
        const Principal &principal, const protocol::Mutation &mutation, const std::optional<StoredRow> &existing);
    Status checkOutcome(
        const Principal &principal, const protocol::Mutation &mutation, const std::optional<StoredRow> &existing);
    std::optional<FieldMap> liveValues(std::string_view table, const std::string &id);

    Store &m_store;
    const Clock &m_clock;
};

} // namespace commonroom::syncd
