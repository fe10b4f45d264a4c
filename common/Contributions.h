#pragma once

#include "Result.h"
#include "Value.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace commonroom::contributions {

// Contributions and touch-points (docs/organizing.md): dated entries of what a person gave (an
// area of work, the kind of entry, optional time, a description), recorded by the person or by a
// leader, confirmed by a leader.

// The areas a community starts with; untranslated here, the device translates them. An entry's
// area is one of these keys.
inline constexpr std::array<std::string_view, 6> kDefaultAreas {
    "advocacy", "coding", "support", "events", "organizing", "localization"};

// A contribution, or one of the touch-points a leader has with someone.
inline constexpr std::array<std::string_view, 5> kKinds {"contribution", "call", "meeting", "door_knock", "message"};

// The time of one entry, in whole minutes (shown as hours): from none to a day.
inline constexpr std::int64_t kMaxMinutes = 24 * 60;

// The fields only a leader's confirmation writes; every other field is written once.
inline constexpr std::array<std::string_view, 2> kConfirmationFields {"confirmed_by", "confirmed_at"};

bool isArea(std::string_view area);
bool isKind(std::string_view kind);

// "1.5" for 90 minutes: hours with up to two decimals, for messages.
std::string hoursText(std::int64_t minutes);

// Ok, or an "invalid_value" error naming the person and the value, for each of the entry's
// fields present in `fields` (area, kind, minutes, done_on).
Status checkEntry(const FieldMap &fields, std::string_view personName);

// Whether `day` is a date written YYYY-MM-DD.
bool isDay(std::string_view day);

// Whether `fields` sets the confirmation alone (the only change an entry takes once written).
bool isConfirmationOnly(const FieldMap &fields);

// A confirmation as the merge rule sees it.
struct Confirmation
{
    std::string confirmedAt; // ISO 8601 UTC with milliseconds: text order is time order
    std::string confirmedBy;
};

// The confirmation in `row`, nullopt when it has none.
std::optional<Confirmation> confirmationOf(const FieldMap &row);

// The confirmation that stands of two made concurrently: the earlier confirmed_at, then the
// smaller confirmed_by. Every device and the daemon end with the same one, whatever the order
// they were synced in.
const Confirmation &standing(const Confirmation &a, const Confirmation &b);

} // namespace commonroom::contributions
