#pragma once

#include "Result.h"
#include "Roles.h"
#include "Schema.h"
#include "Value.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace commonroom::groupmail {

// Messages to a group (docs/groupmail.md): a curator of the group, a leader or an admin writes
// one, offline like any change; when the daemon accepts it, it mails the group's active members
// who agreed to it, under the writer's authority at that moment, and the group's members read it
// in the app whether or not they are mailed. A message is never changed once written.

// Messages to an event's registrants (event_message) follow the same rules: its organizers, leaders
// and admins write one to one audience of the event, and everyone registered for it reads it.
// The audiences: registrations with a seat, those on the waitlist, and after the event those
// who had a seat and were not checked in.
inline constexpr std::string_view kRegistered = "registered";
inline constexpr std::string_view kWaitlisted = "waitlisted";
inline constexpr std::string_view kNoShows = "no_show";
inline constexpr std::array<std::string_view, 3> kAudiences {kRegistered, kWaitlisted, kNoShows};
// Whether a registration in `state`, checked in (`attended`) or not, is in `audience`. No-shows
// are only asked about once the event is over (the daemon refuses such a message before).
bool isInAudience(std::string_view audience, std::string_view state, bool attended);
// When an event (its row) is over, as stored time text: its end, or without one its start.
std::string overAt(const FieldMap &event);

// Messages to a smart list (list_message): a leader or an admin writes to the people the list
// selects on their device, named by id in the row (recipient_ids: lowercase UUIDs joined by
// commas); the daemon mails those who want the community's announcements. At most
// kMaxListRecipients people, so that a message fits one push.
inline constexpr std::size_t kMaxListRecipients = 10000;
std::string joinRecipients(const std::vector<std::string> &personIds);
// The ids in `text`, or an "invalid_value" error: none, one that is not a lowercase UUID, one
// named twice, or more than kMaxListRecipients.
Result<std::vector<std::string>> parseRecipients(std::string_view text);

// The tables of messages: to a group, to an event's registrants, to a smart list.
inline constexpr std::array<std::string_view, 3> kMessageTables {"group_message", "event_message", "list_message"};

inline constexpr std::size_t kMaxSubjectLength = 200;
inline constexpr std::size_t kMaxBodyLength = 20000;

// Ok, or an "invalid_value" error saying what is wrong with a new message's `fields`: a subject
// (one line, at most kMaxSubjectLength) and a text (at most kMaxBodyLength), neither empty.
Status checkMessage(const FieldMap &fields);

// How many messages (to groups and to events' registrants together) one person may send in any kDayMs: a curator 10, a
// leader or an admin 50. An account taken over, or a mistake, mails a group at most this often; the daemon refuses more
// ("too_many_messages"), and the device says so before anything is written.
inline constexpr std::int64_t kDayMs = 24LL * 3600 * 1000;
int messagesPerDay(Role role);
// How many people one message may be mailed to: 500 for a curator, 5,000 for a
// leader; no limit for an admin. Beyond it the daemon refuses the message ("too_large_audience").
std::size_t largestAudience(Role role);

} // namespace commonroom::groupmail
