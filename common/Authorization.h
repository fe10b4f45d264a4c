#pragma once

#include "Result.h"
#include "Roles.h"
#include "Schema.h"

#include <span>

namespace commonroom {

// Merge: setting merged_into on a person, which folds them into another and precedes their
// delete (docs/events.md, "Merging duplicates").
enum class Operation { Create, Update, Delete, Merge };

// How the principal relates to the row being changed. The daemon works these out from its own
// data; the desktop works them out from its local copy to grey out what the user cannot do.
enum class Relation {
    Anyone, // no particular relation needed
    Owner, // the person row is the principal's own, or the membership (or contribution) is theirs
    Curator, // the principal curates the group (or the group of the membership); for an event or
             // a registration: organizes the event or curates its hosting group
    MergedDuplicate, // the person row names in merged_into the other person of a duplicate pair it
                     // was merged into: it may go
    FlaggedDuplicate // the person row and the person named in merged_into are an open duplicate pair
};

struct Rule
{
    std::string_view table;
    Operation operation;
    Role minimumRole;
    Relation relation;
};

// The single rule table: a mutation is allowed when one rule matches its table and operation,
// the principal has at least the rule's role, and holds the rule's relation to the row.
std::span<const Rule> authorizationRules();

struct MutationContext
{
    const TableDef &table;
    Operation operation;
    const FieldMap &fields;
    bool isOwner = false;
    bool isCurator = false;
    // For memberships: the group's kind ("open", "reviewed", "closed"), whether it has terms, and
    // the membership's state before the change (empty for a new one). A person's own joining,
    // accepting and leaving are judged on these values.
    std::string_view groupKind = {};
    bool groupHasTerms = false;
    std::string_view currentState = {};
    // For deleting a person: the row names in merged_into a live person, and the pair was
    // flagged as a duplicate candidate and merged that way.
    bool isMergedDuplicate = false;
    // For merging a person: merged_into names the other person of an open duplicate pair.
    bool isFlaggedDuplicate = false;
    // The person row belongs to an account (the daemon knows; a device does not): it is never
    // merged away or deleted by a sync, only erased by an admin.
    bool isAccountHolder = false;
};

// Allowed, or an Error with code "forbidden" saying what the principal may not do. Beyond the
// row rules, fields with Leader write access need a leader (or the group's curator) and fields
// with Admin write access need an admin. A member acting on their own membership (and nothing
// more) may join an open group (state active), ask to join a reviewed one (state pending),
// accept an invitation (invited -> active), change their message, and leave; never make
// themself curator, join a closed group uninvited, or skip the group's terms. Merging or deleting
// the person row of an account holder is refused with the code "account_holder".
Status authorize(const Principal &principal, const MutationContext &context);

} // namespace commonroom
