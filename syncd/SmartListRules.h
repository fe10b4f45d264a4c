#pragma once

#include "Store.h"

#include "common/Protocol.h"
#include "common/Result.h"
#include "common/Roles.h"

#include <optional>

namespace commonroom::syncd {

// The daemon's rules for smart lists (docs/organizing.md, "Smart lists"), beyond the rule table:
// a new list is saved in the pusher's own name with its time; its name and definition are checked
// (common/SmartLists.h: a known version, known criteria of the right types and ranges, within the
// size limit), on every change as the row will stand after it; owner and time never change.
namespace SmartListRules {

Status check(const Principal &principal, const protocol::Mutation &mutation, const TableDef &table,
    const std::optional<StoredRow> &existing);

} // namespace SmartListRules

} // namespace commonroom::syncd
