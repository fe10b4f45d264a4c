#pragma once

#include "Schema.h"

#include <string_view>

namespace commonroom {

// Rows that some people of one group see as leaders do, whatever their role lets them see: the
// interests in a group's opportunities (its active curators) and a group's messages (its active
// members, curators included). The row names the group in groupSightField(). Only the daemon,
// which holds every membership, decides on it (syncd/SyncService.cpp, clearanceOf); a membership
// that starts or ends such a sight gives the person's devices a fresh copy.
enum class GroupSight {
    None,
    Curators,
    Members,
};

GroupSight groupSightOf(const TableDef &table);
// "group_id" for a table with a group sight; empty for the others.
std::string_view groupSightField(const TableDef &table);

} // namespace commonroom
