#pragma once

#include "Result.h"
#include "Schema.h"
#include "Value.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace commonroom::turfs {

// Turfs and canvassing (docs/organizing.md, "Turfs and canvassing"). Leaders cut people into
// turfs (a list of doors), assign a turf to a member for a time window, and the member — the
// canvasser — records what happened at each door. While the window is open, and only then, the
// daemon sends the canvasser's devices the turf, its doors with the few fields a canvasser needs
// (canvassFields), and the outcomes recorded there; when it closes or the assignment is withdrawn,
// their devices fetch a fresh copy without them.

inline constexpr std::string_view kOpen = "open";
inline constexpr std::string_view kClosed = "closed";
inline constexpr std::string_view kActive = "active";
inline constexpr std::string_view kWithdrawn = "withdrawn";

// What happened at a door. Talking to someone (talked, refused) is a touch-point with them.
inline constexpr std::array<std::string_view, 4> kOutcomes {"not_home", "talked", "refused", "moved"};
inline constexpr std::int64_t kLowestSupport = 1;
inline constexpr std::int64_t kHighestSupport = 5;

inline constexpr std::size_t kMaxNameLength = 120;
inline constexpr std::size_t kMaxNoteLength = 1000;
// The longest an assignment runs: a canvass is days or weeks, not a standing right to the doors.
inline constexpr std::int64_t kMaxWindowMs = std::int64_t(92) * 24 * 60 * 60 * 1000;
inline constexpr std::size_t kMaxDoorsPerTurf = 500;

// The person fields a canvasser's device holds for the turf's doors, each only as far as the
// person shows it to leaders (their own choice, docs/privacy.md): the name to ask for, where to
// knock, the phone for a phone list, the neighbourhood, and the languages to speak.
inline constexpr std::array<std::string_view, 5> kCanvassFields {
    "display_name", "address", "phone", "neighbourhood", "languages"};

bool isOutcome(std::string_view outcome);
// Whether an outcome is a conversation with the person, which the daemon records as a door-knock
// touch-point on their timeline (talked, refused); no one home or moved away is not.
bool isConversation(std::string_view outcome);

// Whether `table` is one of the turf tables, whose rows an active canvasser of their turf sees.
bool isTurfTable(const TableDef &table);
// The turf a row of a turf table belongs to: the row's own id for a turf, its turf_id otherwise.
std::string turfOf(const TableDef &table, std::string_view id, const FieldMap &row);

// The id of the turf's stop at a person: one row per turf and person on every device.
std::string stopId(std::string_view turfId, std::string_view personId);
// The id of the touch-point the daemon records for a conversation at a door.
std::string touchPointId(std::string_view outcomeId);
// That touch-point, a contribution row: a door knock in the organizing area, on the day of the
// outcome, recorded by its canvasser. The note and the support stay with the outcome, which the
// person never sees.
FieldMap touchPointOf(const FieldMap &outcome);

Status checkTurfName(std::string_view name);
// Ok, or an "invalid_value" error: both times stored times (common/StoredTime.h), the end after the start, at most
// kMaxWindowMs apart.
Status checkWindow(std::string_view startsAt, std::string_view endsAt);
// Ok, or an "invalid_value" error for each of the outcome's fields present in `fields`: outcome,
// support (kLowestSupport to kHighestSupport, or none), note (at most kMaxNoteLength bytes).
Status checkOutcome(const FieldMap &fields);

// Whether the assignment `row` lets its canvasser see its turf at `now` (a stored time): active,
// started, not yet ended.
bool isOpenAt(const FieldMap &row, std::string_view now);

// The person row as an active canvasser of a turf holding them receives it: what `clearance`
// sees, plus each of kCanvassFields the person shows to leaders. nullopt when nothing is visible.
std::optional<FieldMap> canvassProjection(const TableDef &person, const FieldMap &row, Visibility clearance);

// An address as walk sheets sort it: the street (folded, for comparing), the house number and
// what follows it ("12a" -> 12, "a"). "12 Quay Street", "Quay Street 12" and "12, Quay Street"
// read as Quay Street, 12. An address with no number has number 0.
struct Door
{
    std::string street;
    std::int64_t number = 0;
    std::string suffix;
};
Door doorOf(std::string_view address);
// The street as written ("Quay Street"), for headings: the first line without its number.
std::string streetOf(std::string_view address);

} // namespace commonroom::turfs
