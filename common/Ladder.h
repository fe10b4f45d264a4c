#pragma once

#include "Result.h"
#include "Roles.h"
#include "Schema.h"
#include "Value.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace commonroom::ladder {

// The leadership ladder (docs/organizing.md): five levels, each with the name the community
// gives it. Both sides refuse a level outside it.
inline constexpr std::int64_t kLowestLevel = 1;
inline constexpr std::int64_t kHighestLevel = 5;

// The names a community starts with; untranslated here, the device translates them.
inline constexpr std::array<std::string_view, 5> kDefaultNames {
    "Contact", "Participant", "Active member", "Leader", "Core leader"};

bool isLevel(std::int64_t level);
// The default name of `level`, empty outside the ladder.
std::string_view defaultName(std::int64_t level);

// Ok, or an "invalid_value" error naming the person, the level and the allowed range.
Status checkLevel(std::int64_t level, std::string_view personName);

// One assessment as the merge rule sees it.
struct AssessmentKey
{
    std::string id;
    std::string assessedAt; // ISO 8601 UTC with milliseconds: text order is time order
    std::int64_t level = 0;
};

// Whether `a` comes after `b`: the later assessed_at, then the greater id. Every device and the
// daemon order a person's assessments alike, whatever order they arrived in.
bool isLater(const AssessmentKey &a, const AssessmentKey &b);

// The latest of `assessments` (the person's current level), nullopt for none.
std::optional<AssessmentKey> latest(const std::vector<AssessmentKey> &assessments);

// An assessment row's key, from its fields.
AssessmentKey keyOf(const std::string &id, const FieldMap &row);

// The field naming the person a row is about when that person must never receive it (a leader
// note's person_id, or an application's of a leaders-only tag); empty for other tables. Such a person sees nothing of
// the row, whatever their role (common/Privacy.h clears them to Public, below every field of the table), is never told
// of it, and may not write one (common/Authorization.h).
std::string_view hiddenSubjectField(const TableDef &table);
// Whether `row` is about `viewer` in such a table, and hidden from them (a tag application only
// when its tag is for leaders).
bool isRowSubject(const Principal &viewer, const TableDef &table, const FieldMap &row);

} // namespace commonroom::ladder
