#pragma once

#include "Result.h"
#include "Roles.h"
#include "Schema.h"
#include "Value.h"

#include <array>
#include <cstdint>
#include <set>
#include <string>
#include <string_view>

namespace commonroom::opportunities {

// Opportunities (docs/organizing.md, "Opportunities"): what a group asks of its members — a title,
// a description, the skills and languages wanted, one of the community's areas
// (common/Contributions.h), the time it takes, the days it runs and a number of places. Leaders,
// admins and the group's curators post them; members say they are interested; curators (and
// leaders) accept or decline.

inline constexpr std::string_view kOpen = "open";
inline constexpr std::string_view kClosed = "closed";

// An interest's states: the person's own (interested, withdrawn) and a curator's answer.
inline constexpr std::string_view kInterested = "interested";
inline constexpr std::string_view kWithdrawn = "withdrawn";
inline constexpr std::string_view kAccepted = "accepted";
inline constexpr std::string_view kDeclined = "declined";

inline constexpr std::int64_t kMaxPlaces = 500;
inline constexpr std::size_t kMaxTitleLength = 200;
inline constexpr std::size_t kMaxDescriptionLength = 4000;
inline constexpr std::size_t kMaxSkillsLength = 1000;
inline constexpr std::size_t kMaxLanguagesLength = 500;
inline constexpr std::size_t kMaxCommitmentLength = 200;
inline constexpr std::size_t kMaxMessageLength = 1000;

// Ok, or an "invalid_value" error naming the opportunity (`title`) and the value, for each of the
// opportunity's fields present in `fields`: title, description, skills, languages, area,
// commitment, starts_on, ends_on (dates YYYY-MM-DD, the end not before the start), places (1 to
// kMaxPlaces) and state. `stored` holds what the row had, for the order of its dates.
Status checkOpportunity(const FieldMap &fields, std::string_view title, const FieldMap &stored = {});

// The id of `personId`'s interest in `opportunityId`: the same on every device, so that two of the
// person's devices saying "interested" offline write one row (a name-based UUID, version 8).
std::string interestId(std::string_view opportunityId, std::string_view personId);

// Whether `principal` may change an interest from `currentState` ("" for a new one) with `fields`:
// the person themself (`isOwner`) says interested (from none or withdrawn) or withdraws, and
// writes the message; the group's curators (`isCurator`) and leaders accept or decline someone who
// is interested (or change their answer), never someone who withdrew. Ok, or a "forbidden" error
// saying why not.
Status checkInterestChange(
    const Principal &principal, bool isOwner, bool isCurator, std::string_view currentState, const FieldMap &fields);

// The words of a free-text list ("Arabic, French" -> {"arabic", "french"}): split on anything
// but letters, digits, "+" and "#", ASCII letters folded, words shorter than two characters left
// out. The matching rule of "Opportunities for you" compares these (docs/organizing.md).
std::set<std::string> words(std::string_view text);

// Whether an opportunity wanting `skills`, `languages` and `area` matches a person whose profile
// lists `personSkills` (skills and interests) and `personLanguages`: a word of its skills among
// the person's, a word of its languages among the person's, or its area among the words of the
// person's skills and interests. An opportunity that asks no skill, language or area matches no
// one in particular.
bool matches(std::string_view skills, std::string_view languages, std::string_view area, std::string_view personSkills,
    std::string_view personLanguages);

} // namespace commonroom::opportunities
