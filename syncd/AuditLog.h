#pragma once

#include "Store.h"

#include "common/Roles.h"

#include <string_view>

namespace commonroom::syncd {

// Writes the audit log (docs/admission.md) inside the caller's transaction. Entries name people
// and devices by id and never carry profile values, so that erasing a person needs no rewrite of
// the log, which the store keeps append-only.
class AuditLog
{
public:
    static void record(Store &store, std::int64_t at, std::string_view action, const Principal &actor,
        std::string_view targetId, std::string_view detail = {}, std::string_view address = {});
};

} // namespace commonroom::syncd
