#pragma once

#include "Result.h"
#include "Roles.h"
#include "Value.h"

#include <string>
#include <string_view>

namespace commonroom::tags {

// Community-defined tags applied to people (docs/organizing.md, "Tags"). A tag's visibility is
// chosen when it is made and never changes: "leaders" (the default) or "members". Its
// applications carry the same visibility, so that each row alone says who may receive it.
inline constexpr std::string_view kLeaders = "leaders";
inline constexpr std::string_view kMembers = "members";
inline constexpr std::size_t kMaxNameLength = 80;

// The visibility a tag or application row stands at: Members for "members", Leaders otherwise
// (absent or unknown values are the conservative default).
Visibility visibilityOf(const FieldMap &row);

// The form of a name that uniqueness compares: case folded (ASCII letters), surrounding
// whitespace removed. Two tags of one community never share it.
std::string foldedName(std::string_view name);

// Ok, or an "invalid_value" error saying what is wrong with a new tag's name.
Status checkName(std::string_view name);

// The id of the application of `tagId` to `personId`: the same on every device, so two leaders
// applying one tag to one person offline write one row (a name-based UUID, version 8).
std::string applicationId(std::string_view tagId, std::string_view personId);

} // namespace commonroom::tags
