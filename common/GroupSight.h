#pragma once

#include "Schema.h"

#include <string_view>

namespace commonroom {

// Rows that some people of one group, or of one event, see as leaders do, whatever their role lets
// them see: the interests in a group's opportunities (its active curators), a group's messages
// (its active members, curators included) and the messages to an event's registrants (everyone
// with a registration of it, in any state). The row names the group or event in
// groupSightField(). Only the daemon, which holds every membership and registration, decides on
// it (syncd/SyncService.cpp, clearanceOf); a membership or registration that starts or ends such a
// sight gives the person's devices a fresh copy.
// A message to a smart list is seen so by the people it was sent to (Recipients), whom only the
// daemon's notes name (Store::isListRecipient): no field of the row, and fixed once it is sent.
enum class GroupSight {
    None,
    Curators,
    Members,
    Registrants,
    Recipients,
};

GroupSight groupSightOf(const TableDef &table);
// "group_id" for a table seen through a group, "event_id" through an event; empty for the others
// (Recipients too).
std::string_view groupSightField(const TableDef &table);

} // namespace commonroom
