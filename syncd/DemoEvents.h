#pragma once

#include "Store.h"

#include "common/Merge.h"

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace commonroom::syncd {

// The demo community's events (docs/events.md): upcoming ones hosted by the demo leader's groups
// (one nearly full, with a waitlist), and a past one with check-ins, no-shows and a walk-in, so
// that the dashboard, the door and the report have something to show. Seeded once.
class DemoEvents
{
public:
    DemoEvents(Store &store, const FieldVersion &version, std::int64_t nowMs);

    // `groupIds`: the demo groups; `leaderId`, `memberId`: the demo accounts; `newId` makes a
    // time-ordered id. Does nothing when the events were seeded before. Returns how many events
    // it added.
    std::size_t seed(const std::vector<std::string> &groupIds, const std::string &leaderId, const std::string &memberId,
        const std::function<std::string()> &newId);

private:
    void save(const TableDef &table, const std::string &id, const FieldMap &fields);

    Store &m_store;
    FieldVersion m_version;
    std::int64_t m_now;
};

} // namespace commonroom::syncd
