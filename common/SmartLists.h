#pragma once

#include "Result.h"
#include "Roles.h"
#include "Value.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace commonroom::smartlists {

// Smart lists (docs/organizing.md, "Smart lists"): a leader's saved search of the people, kept as
// a synced row whose definition is versioned JSON text, evaluated on each device.

// Who a list reaches: its owner's devices alone ("private", the default), or every leader's and
// admin's ("leaders"). Members and applicants never hold a smart list.
inline constexpr std::string_view kPrivate = "private";
inline constexpr std::string_view kLeaders = "leaders";
inline constexpr std::size_t kMaxNameLength = 120;
inline constexpr std::size_t kMaxDefinitionBytes = 4096;
inline constexpr int kDefinitionVersion = 1;
inline constexpr std::size_t kMaxTags = 20;
inline constexpr std::int64_t kMaxEvents = 10000;

// What a list selects; empty members select nothing (every criterion given is required).
struct Definition
{
    std::string text; // words, each matched as a prefix
    std::string area; // the person's area, exactly (whatever its case)
    std::string skill;
    std::string language;
    std::string role; // applicant, member, leader or admin
    std::int64_t minLevel = 0; // on the ladder, 1–5; 0 = any
    std::string groupId; // active members of the group
    std::vector<std::string> tagIds; // every one of these tags applied
    std::string contributedArea; // a contribution in this area…
    std::string contributedSince; // …done on or after this day (YYYY-MM-DD); empty = ever
    std::int64_t minEventsAttended = 0; // checked in at this many events at least; 0 = any

    bool operator==(const Definition &) const = default;
};

// The visibility of a smart_list row's fields: Leaders for a shared list, Private otherwise (an
// absent or unknown sharing is the conservative private). Private lists reach only their owner,
// not admins: common/Privacy.h caps everyone else's clearance for this table at Leaders.
Visibility visibilityOf(const FieldMap &row);

// The definition as stored: {"v":1, …} with only the criteria given, keys in a fixed order.
std::string toJson(const Definition &definition);

// The definition in `json`, or an "invalid_value" error naming the list `listName` and the cause:
// not JSON, not an object, another version, an unknown key, a value of the wrong type, a level
// off the ladder, a role, area or day that is not one, an id that is not a UUID, too many tags,
// more than kMaxDefinitionBytes.
Result<Definition> parse(std::string_view json, std::string_view listName);

// Ok, or an "invalid_value" error naming the list: its name (present, at most kMaxNameLength)
// and its definition.
Status checkList(std::string_view name, std::string_view definitionJson);

} // namespace commonroom::smartlists
