#include "Authorization.h"

#include "Contributions.h"
#include "Ladder.h"
#include "Opportunities.h"

#include <array>

namespace commonroom {

namespace {
using enum Operation;
using enum Relation;

constexpr std::array rules {
    Rule {"person", Create, Role::Leader, Anyone},
    Rule {"person", Update, Role::Member, Owner},
    Rule {"person", Update, Role::Leader, Anyone},
    Rule {"person", Delete, Role::Admin, Anyone},
    Rule {"group", Create, Role::Leader, Anyone},
    Rule {"group", Update, Role::Member, Curator},
    Rule {"group", Update, Role::Leader, Anyone},
    Rule {"group", Delete, Role::Admin, Anyone},
    Rule {"membership", Create, Role::Member, Owner},
    Rule {"membership", Create, Role::Member, Curator},
    Rule {"membership", Create, Role::Leader, Anyone},
    Rule {"membership", Update, Role::Member, Owner},
    Rule {"membership", Update, Role::Member, Curator},
    Rule {"membership", Update, Role::Leader, Anyone},
    Rule {"membership", Delete, Role::Member, Owner},
    Rule {"membership", Delete, Role::Member, Curator},
    Rule {"membership", Delete, Role::Leader, Anyone},
    // Leaders merge flagged duplicates (merged_into), then delete the one merged away.
    Rule {"person", Merge, Role::Leader, FlaggedDuplicate},
    Rule {"person", Delete, Role::Leader, MergedDuplicate},
    Rule {"event", Create, Role::Member, Curator},
    Rule {"event", Create, Role::Leader, Anyone},
    Rule {"event", Update, Role::Member, Curator},
    Rule {"event", Update, Role::Leader, Anyone},
    Rule {"event", Delete, Role::Member, Curator},
    Rule {"event", Delete, Role::Leader, Anyone},
    Rule {"registration", Create, Role::Member, Owner},
    Rule {"registration", Create, Role::Member, Curator},
    Rule {"registration", Create, Role::Leader, Anyone},
    Rule {"registration", Update, Role::Member, Owner},
    Rule {"registration", Update, Role::Member, Curator},
    Rule {"registration", Update, Role::Leader, Anyone},
    Rule {"registration", Delete, Role::Member, Curator},
    Rule {"registration", Delete, Role::Leader, Anyone},
    // Duplicate candidates are flagged by the daemon; leaders decide on them.
    Rule {"duplicate_candidate", Update, Role::Leader, Anyone},
    Rule {"duplicate_candidate", Delete, Role::Admin, Anyone},
    // Admission (docs/admission.md); the daemon checks who may vouch and the rest on its data.
    Rule {"vouch", Create, Role::Member, Anyone},
    Rule {"vouch", Delete, Role::Admin, Anyone},
    Rule {"invitation", Create, Role::Leader, Anyone},
    Rule {"invitation", Update, Role::Leader, Anyone},
    Rule {"invitation", Delete, Role::Admin, Anyone},
    // The leadership ladder and leader notes (docs/organizing.md): kept as history, so written
    // once; an admin may remove one written in error.
    Rule {"assessment", Create, Role::Leader, Anyone},
    Rule {"assessment", Delete, Role::Admin, Anyone},
    Rule {"leader_note", Create, Role::Leader, Anyone},
    Rule {"leader_note", Delete, Role::Admin, Anyone},
    // Contributions and touch-points (docs/organizing.md): a member records their own, a leader
    // anyone's; a leader confirms one (the only change an entry takes); an admin deletes one
    // recorded in error.
    Rule {"contribution", Create, Role::Member, Owner},
    Rule {"contribution", Create, Role::Leader, Anyone},
    Rule {"contribution", Update, Role::Leader, Anyone},
    Rule {"contribution", Delete, Role::Admin, Anyone},
    // Tags (docs/organizing.md): leaders make them and apply or remove them (an application's
    // applied field); a tag's name and visibility never change, and only an admin deletes one.
    Rule {"tag", Create, Role::Leader, Anyone},
    Rule {"tag", Delete, Role::Admin, Anyone},
    Rule {"tag_application", Create, Role::Leader, Anyone},
    Rule {"tag_application", Update, Role::Leader, Anyone},
    Rule {"tag_application", Delete, Role::Admin, Anyone},
    // Opportunities (docs/organizing.md): the group's curators, leaders and admins post, edit and
    // close them; an admin deletes one posted in error. Members say they are interested in their
    // own name; the group's curators and leaders accept or decline (common/Opportunities.h decides
    // which states each may write).
    Rule {"opportunity", Create, Role::Member, Curator},
    Rule {"opportunity", Create, Role::Leader, Anyone},
    Rule {"opportunity", Update, Role::Member, Curator},
    Rule {"opportunity", Update, Role::Leader, Anyone},
    Rule {"opportunity", Delete, Role::Admin, Anyone},
    Rule {"opportunity_interest", Create, Role::Member, Owner},
    Rule {"opportunity_interest", Update, Role::Member, Owner},
    Rule {"opportunity_interest", Update, Role::Member, Curator},
    Rule {"opportunity_interest", Update, Role::Leader, Anyone},
    Rule {"opportunity_interest", Delete, Role::Admin, Anyone},
    // A message to a group is written once and never changed (common/GroupMail.h).
    Rule {"group_message", Create, Role::Member, Curator},
    Rule {"group_message", Create, Role::Leader, Anyone},
    Rule {"group_message", Delete, Role::Admin, Anyone},
    // So is a message to an event's registrants, by its organizers (or the hosting group's curators).
    Rule {"event_message", Create, Role::Member, Curator},
    Rule {"event_message", Create, Role::Leader, Anyone},
    Rule {"event_message", Delete, Role::Admin, Anyone},
    // And a leader's message to the people of a smart list.
    Rule {"list_message", Create, Role::Leader, Anyone},
    Rule {"list_message", Delete, Role::Admin, Anyone},
    // Households and relationships (docs/organizing.md): leaders' tools. Leaders make, rename and
    // place people in households and relate people (leaving or unrelating is an update); admins
    // delete.
    Rule {"household", Create, Role::Leader, Anyone},
    Rule {"household", Update, Role::Leader, Anyone},
    Rule {"household", Delete, Role::Admin, Anyone},
    Rule {"household_member", Create, Role::Leader, Anyone},
    Rule {"household_member", Update, Role::Leader, Anyone},
    Rule {"household_member", Delete, Role::Admin, Anyone},
    Rule {"relationship", Create, Role::Leader, Anyone},
    Rule {"relationship", Update, Role::Leader, Anyone},
    Rule {"relationship", Delete, Role::Admin, Anyone},
    // Turfs and canvassing (docs/organizing.md): leaders cut and assign turfs; a member records
    // outcomes only at the doors of a turf assigned to them, while it is (syncd/TurfRules).
    Rule {"turf", Create, Role::Leader, Anyone},
    Rule {"turf", Update, Role::Leader, Anyone},
    Rule {"turf", Delete, Role::Admin, Anyone},
    Rule {"turf_stop", Create, Role::Leader, Anyone},
    Rule {"turf_stop", Update, Role::Leader, Anyone},
    Rule {"turf_stop", Delete, Role::Admin, Anyone},
    Rule {"turf_assignment", Create, Role::Leader, Anyone},
    Rule {"turf_assignment", Update, Role::Leader, Anyone},
    Rule {"turf_assignment", Delete, Role::Admin, Anyone},
    Rule {"canvass_outcome", Create, Role::Member, Anyone},
    Rule {"canvass_outcome", Update, Role::Leader, Anyone},
    Rule {"canvass_outcome", Delete, Role::Admin, Anyone},
    // The community's words (docs/organizing.md): admins name the levels and areas.
    Rule {"community_term", Create, Role::Admin, Anyone},
    Rule {"community_term", Update, Role::Admin, Anyone},
    Rule {"community_term", Delete, Role::Admin, Anyone},
    // Smart lists (docs/organizing.md): a leaders' tool. A leader saves their own and changes or
    // deletes only their own; an admin may delete a shared one. Members and applicants none.
    Rule {"smart_list", Create, Role::Leader, Anyone},
    Rule {"smart_list", Update, Role::Leader, Owner},
    Rule {"smart_list", Delete, Role::Leader, Owner},
    Rule {"smart_list", Delete, Role::Admin, Anyone},
};

std::string_view verb(Operation operation)
{
    switch (operation) {
    case Create:
        return "add";
    case Update:
        return "change";
    case Delete:
        return "delete";
    case Merge:
        return "merge";
    }
    return "change";
}

bool holds(Relation relation, const MutationContext &context)
{
    switch (relation) {
    case Anyone:
        return true;
    case Owner:
        return context.isOwner;
    case Curator:
        return context.isCurator;
    case MergedDuplicate:
        return context.isMergedDuplicate;
    case FlaggedDuplicate:
        return context.isFlaggedDuplicate;
    }
    return false;
}

Status authorizeOwnMembership(const MutationContext &context)
{
    if (context.operation == Delete)
        return {}; // anyone may leave a group
    for (const auto &[name, value] : context.fields) {
        if (name != "state" && name != "message" && name != "terms_accepted_at"
            && !(context.operation == Create
                && (name == "person_id" || name == "group_id" || name == "role" || name == "requested_at")))
            return makeError("forbidden", "Only the group's curators may change " + name + " of a membership.");
    }
    if (context.fields.contains("role") && textOf(context.fields, "role") != "member")
        return makeError("forbidden", "Only the group's curators make someone a curator.");
    const bool joining = context.operation == Create;
    const std::string state = textOf(context.fields, "state");
    const bool accepting = context.currentState == "invited" && state == "active";
    if (joining) {
        if (context.groupKind == "closed")
            return makeError("forbidden", "This group takes new members by invitation of its curators only.");
        const std::string_view expected = context.groupKind == "open" ? "active" : "pending";
        if (state != expected)
            return makeError("forbidden",
                context.groupKind == "open" ? "Joining an open group makes the membership active at once."
                                            : "Joining a reviewed group is a request: its state must be pending "
                                              "until a curator approves it.");
    } else if (context.fields.contains("state") && !accepting) {
        return makeError("forbidden", "Only the group's curators approve or decline memberships.");
    }
    if ((joining || accepting) && context.groupHasTerms && textOf(context.fields, "terms_accepted_at").empty())
        return makeError("forbidden", "This group has terms; accept them to join.");
    return {};
}

} // namespace

std::span<const Rule> authorizationRules()
{
    return rules;
}

Status authorize(const Principal &principal, const MutationContext &context)
{
    if (context.table.name == "person" && context.isAccountHolder) {
        if (context.operation == Merge)
            return makeError("account_holder",
                "This person has an account, so their record is never merged away; merge the other record into "
                "theirs instead (keep this one).");
        if (context.operation == Delete)
            return makeError("account_holder",
                "This person has an account, which a sync never deletes; an admin erases them instead "
                "(commonroom-cli erase).");
    }
    if (context.operation == Merge) {
        for (const auto &[name, value] : context.fields) {
            if (name != "merged_into")
                return makeError(
                    "invalid_value", "A merge sets merged_into alone; send " + name + " as its own change.");
        }
    }
    bool rowAllowed = false;
    bool onlyAsOwner = true; // allowed by no rule but one for the owner of the row
    for (const auto &rule : rules) {
        if (rule.table == context.table.name && rule.operation == context.operation
            && principal.role >= rule.minimumRole && holds(rule.relation, context)) {
            rowAllowed = true;
            onlyAsOwner = onlyAsOwner && rule.relation == Owner;
        }
    }
    const std::string what = context.table.name == "person" ? std::string("people")
        : context.table.name == "leader_note"               ? std::string("leader notes")
        : context.table.name == "tag_application"           ? std::string("tag applications")
        : context.table.name == "opportunity_interest"      ? std::string("interests in opportunities")
        : context.table.name == "group_message"             ? std::string("messages to groups")
        : context.table.name == "event_message"             ? std::string("messages to registrants")
        : context.table.name == "list_message"              ? std::string("messages to smart lists")
        : context.table.name == "household_member"          ? std::string("household placements")
        : context.table.name == "smart_list"                ? std::string("smart lists")
        : context.table.name == "turf_stop"                 ? std::string("doors of turfs")
        : context.table.name == "turf_assignment"           ? std::string("turf assignments")
        : context.table.name == "canvass_outcome"           ? std::string("canvass outcomes")
        : context.table.name == "community_term"            ? std::string("words of the community")
                                                            : std::string(context.table.name) + "s";
    if (!rowAllowed)
        return makeError("forbidden",
            "As " + std::string(toString(principal.role)) + " you may not " + std::string(verb(context.operation))
                + " these " + what + ".");
    if (context.operation == Create && ladder::isRowSubject(principal, context.table, context.fields))
        return makeError("forbidden",
            context.table.name == "tag_application"
                ? "Tags for leaders only are kept from the people they are applied to, so you cannot apply one to "
                  "yourself; ask another leader."
                : "Leader notes about you are kept from you, so you cannot write one about yourself; ask another "
                  "leader.");

    if (context.table.name == "contribution" && context.operation == Update
        && !contributions::isConfirmationOnly(context.fields))
        return makeError("forbidden",
            "An entry is kept as it was recorded: a leader only confirms it (confirmed_by, confirmed_at). Record a "
            "new entry instead, and ask an admin to delete the wrong one.");

    if (context.table.name == "opportunity_interest" && context.operation != Delete) {
        if (auto allowed = opportunities::checkInterestChange(
                principal, context.isOwner, context.isCurator, context.currentState, context.fields);
            !allowed)
            return allowed;
    }

    if (context.table.name == "membership" && onlyAsOwner)
        return authorizeOwnMembership(context);

    const bool leaderLevel = principal.role >= Role::Leader || context.isCurator;
    for (const auto &[name, value] : context.fields) {
        if (!fieldOfVisibilityColumn(context.table, name).empty()) {
            // Only the person themself (or an admin acting on a request) chooses who sees a field.
            if (!context.isOwner && principal.role != Role::Admin)
                return makeError("forbidden",
                    "Only the person themself chooses who may see their "
                        + std::string(fieldOfVisibilityColumn(context.table, name)) + ".");
            continue;
        }
        const FieldDef *def = context.table.field(name);
        if (!def)
            continue;
        if (def->derived)
            return makeError("forbidden",
                "The field " + name + " is worked out from other fields and cannot be set; change those instead.");
        if (def->writeAccess == WriteAccess::Admin && principal.role != Role::Admin)
            return makeError("forbidden", "Only an admin may change " + name + ".");
        if (def->writeAccess == WriteAccess::Leader && !leaderLevel)
            return makeError("forbidden", "Only a leader may change " + name + ".");
    }
    return {};
}

} // namespace commonroom
