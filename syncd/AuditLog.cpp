#include "AuditLog.h"

namespace commonroom::syncd {

void AuditLog::record(Store &store, std::int64_t at, std::string_view action, const Principal &actor,
    std::string_view targetId, std::string_view detail, std::string_view address)
{
    store.appendAudit(AuditRecord {0, at, std::string(action), actor.personId, actor.deviceId, std::string(targetId),
        std::string(detail), std::string(address)});
}

} // namespace commonroom::syncd
