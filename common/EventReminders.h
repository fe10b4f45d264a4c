#pragma once

#include "Result.h"
#include "Value.h"

#include <cstdint>

namespace commonroom::reminders {

// An event's organizers choose whether, and how many hours before it starts, the daemon mails
// its registrants a reminder (`reminder_hours`; docs/groupmail.md, "Event reminders").
inline constexpr std::int64_t kLongestHours = 7 * 24;
inline constexpr std::int64_t kHourMs = 3600LL * 1000;

// The hours of the reminder of an event whose row holds `event`; 0 for none.
std::int64_t hoursOf(const FieldMap &event);

// Ok, or an "invalid_value" error when `fields` set reminder_hours to anything but a whole number
// from 0 (no reminder) to kLongestHours.
Status checkHours(const FieldMap &fields);

} // namespace commonroom::reminders
