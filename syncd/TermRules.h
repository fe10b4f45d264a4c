#pragma once

#include "Store.h"

#include "common/Protocol.h"
#include "common/Result.h"
#include "common/Roles.h"

#include <optional>

namespace commonroom::syncd {

// The daemon's rules for the community's words (docs/organizing.md, "The community's words"),
// beyond the rule table (admins alone): the row's id is the one its kind and key give it, which
// never change; its values are checked as the row will stand after the change (common/Terms.h);
// it is written in the pusher's own name with its time.
namespace TermRules {

Status check(const Principal &principal, const protocol::Mutation &mutation, const TableDef &table,
    const std::optional<StoredRow> &existing);

} // namespace TermRules

} // namespace commonroom::syncd
