#pragma once

#include "Store.h"

#include "common/Protocol.h"
#include "common/Result.h"
#include "common/Roles.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <set>
#include <string>

namespace commonroom::syncd {

// The daemon's rules for events and registrations (docs/events.md):
//
// - who relates how to an event or registration, for the one rule table (organizers and
//   curators of the hosting group hold the "curator" relation; the registered person is the owner);
// - what a registration must be (an existing event and person; one per event and person, whatever
//   its id: docs/events.md, "Ids");
// - after each push, seats and the waitlist of every event whose registrations changed: people
//   who attended hold seats first (beyond the capacity they are flagged, never dropped), then the
//   other registrations in the order the daemon received them (registered_at, set by the daemon)
//   fill the rest, and the others wait.
//
// The changes the daemon makes itself keep the field versions of the clients' last writes: a
// booking state is the clients' wish (a seat, or cancelled), which the daemon only sorts into
// registered or waitlisted, and it sorts again after every push. So a cancellation pushed late
// is never lost to the daemon's own earlier decision.
class EventRules
{
public:
    explicit EventRules(Store &store);

    struct Relations
    {
        bool isOwner = false;
        bool isCurator = false;
    };
    // Whether this class decides the relations of `table`'s rows (events and registrations) and,
    // if so, what they are.
    static bool decidesRelations(const TableDef &table);
    Relations relationsFor(const Principal &principal, const protocol::Mutation &mutation, const TableDef &table,
        const std::optional<StoredRow> &existing);

    // Whether the person organizes the live event `eventId` (named in organizer_ids, or curating its
    // hosting group).
    bool organizesEvent(std::string_view personId, const std::string &eventId);

    // Why the mutation breaks a rule of events or registrations, or success.
    Status check(const protocol::Mutation &mutation, const TableDef &table, const std::optional<StoredRow> &existing);

    // What the daemon decides of a registration about to be saved (`merged` holds the pushed
    // values): registered_at is the daemon's time when it received the booking (the registration,
    // or its renewal after a cancellation), never a time a device chose, so that the order of
    // the seats cannot be bought with a false date.
    FieldMap decidedFields(const protocol::Mutation &mutation, const TableDef &table,
        const std::optional<StoredRow> &existing, const VersionedRow &merged, std::int64_t nowMs);

    // Whether `mutation` adds or retracts check-ins of a registration.
    static bool carriesCheckIns(const TableDef &table, const protocol::Mutation &mutation);
    // A registration with `values` is being deleted: when its person was merged into another who
    // has a registration for the same event, later changes of the deleted one go there.
    void noteRemoved(std::string_view id, const FieldMap &values);
    // The live registration of `personId` for `eventId`, if any.
    std::optional<std::string> registrationOf(const std::string &eventId, const std::string &personId);
    // A new registration for an event and person that already have one (two offline devices each
    // registered or checked in the same person): the change of that one it becomes. nullopt
    // otherwise.
    std::optional<protocol::Mutation> joinExisting(const protocol::Mutation &mutation);
    // Later changes of the registration `from` go to `to` (redirect()).
    void noteMoved(std::string_view from, std::string_view to);
    // A change aimed at a deleted registration, as a change of the registration that took its
    // place (a merged duplicate's, or one joined to another); "gone" for check-ins with nowhere to
    // go, "deleted" for other changes.
    Result<protocol::Mutation> redirect(const protocol::Mutation &mutation);

    // Notes a stored change, so that settle() knows which events to look at.
    void noteChange(const TableDef &table, std::string_view id, const VersionedRow &row);

    using Writer = std::function<void(const TableDef &table, const std::string &id,
        const std::optional<StoredRow> &before, const VersionedRow &after)>;
    // Settles seats and waitlists of the events noted since the last call, writing each changed
    // registration through `write`. Returns how many rows it changed.
    std::size_t settle(const Writer &write);
    // Settles one event now (also used by tests and seed-demo).
    std::size_t settleEvent(const std::string &eventId, const Writer &write);

    static bool isStoredTime(std::string_view text);

private:
    Status checkDelete(const TableDef &table, const std::optional<StoredRow> &existing);
    bool organizes(std::string_view personId, const FieldMap &event);

    Store &m_store;
    std::set<std::string> m_pendingEvents;
};

} // namespace commonroom::syncd
