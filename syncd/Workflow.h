#pragma once

#include "common/Result.h"

#include <string_view>

namespace commonroom::syncd {

// The state machines of the workflow fields (docs/sync.md, "Workflow fields"): invitation,
// application (admission_state), membership and registration states, and roles. Such a field
// does not follow last-writer-wins: the daemon takes each change in the order it receives them,
// as a transition from the state it holds, whatever the clocks of the devices say. A transition
// the machine allows wins over the stored value; one it does not (out of a final state such as a
// cancelled invitation) is refused, so that the person sees why.
class Workflow
{
public:
    static bool isWorkflowField(std::string_view table, std::string_view field);
    // Why `field` of a `table` row may not go from `from` to `to`, or success. `from` empty: the
    // field has no value yet (a new row), and any value the table's other rules allow will do.
    static Status checkTransition(
        std::string_view table, std::string_view field, std::string_view from, std::string_view to);
};

} // namespace commonroom::syncd
