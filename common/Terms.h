#pragma once

#include "Result.h"
#include "Value.h"

#include <cstddef>
#include <string>
#include <string_view>

namespace commonroom::terms {

// The community's own words (docs/organizing.md, "The community's words"): its names for the
// ladder's five levels and for the areas of contributions, and which areas it uses. One synced row
// per word (`community_term`), written by admins, read by every member's device; a word without a
// row, or with an empty label, is the default (translated on each device).

inline constexpr std::string_view kArea = "area";
inline constexpr std::string_view kLevel = "level";
inline constexpr std::size_t kMaxLabelLength = 60;

// The id of the row of (`kind`, `key`): the same on every device, so two admins naming a level
// offline write one row and the later name holds.
std::string termId(std::string_view kind, std::string_view key);

// Ok, or an "invalid_value" error for each of the fields present in `fields`: kind (area or
// level), key (an area of common/Contributions.h, or a level 1 to 5), label (at most
// kMaxLabelLength bytes, no line breaks), active (0 or 1; a level is always in use).
Status checkTerm(const FieldMap &fields);

} // namespace commonroom::terms
