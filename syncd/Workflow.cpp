#include "Workflow.h"

#include <array>
#include <string>

namespace commonroom::syncd {

namespace {

struct Transition
{
    std::string_view table;
    std::string_view field;
    std::string_view from;
    std::array<std::string_view, 3> to = {}; // none: a final state
};

// "*" as `from` allows every change of the field: the order of receipt alone decides.
const std::array kTransitions {
    Transition {"invitation", "state", "pending", {"sent", "cancelled", "expired"}},
    Transition {"invitation", "state", "sent", {"accepted", "cancelled", "expired"}},
    Transition {"invitation", "state", "accepted", {}},
    Transition {"invitation", "state", "cancelled", {}},
    Transition {"invitation", "state", "expired", {}},
    Transition {"person", "admission_state", "applied", {"needs_info", "approved", "rejected"}},
    Transition {"person", "admission_state", "needs_info", {"applied", "approved", "rejected"}},
    // An admin may reconsider a rejection; an approval is final (a role change demotes).
    Transition {"person", "admission_state", "rejected", {"needs_info", "approved"}},
    Transition {"person", "admission_state", "approved", {}},
    Transition {"person", "role", "*", {}},
    Transition {"membership", "state", "pending", {"active", "declined"}},
    Transition {"membership", "state", "invited", {"active", "declined"}},
    Transition {"membership", "state", "declined", {"pending", "invited", "active"}},
    // A curator may still decline an active member; leaving a group deletes the membership.
    Transition {"membership", "state", "active", {"declined"}},
    Transition {"registration", "state", "*", {}},
    // A pair is decided once; the daemon marks it merged (syncd/MergeRules) and, restoring a
    // merge, dismissed.
    Transition {"duplicate_candidate", "state", "open", {"dismissed", "merged"}},
    Transition {"duplicate_candidate", "state", "merged", {}},
    Transition {"duplicate_candidate", "state", "dismissed", {}},
};

} // namespace

bool Workflow::isWorkflowField(std::string_view table, std::string_view field)
{
    for (const auto &transition : kTransitions) {
        if (transition.table == table && transition.field == field)
            return true;
    }
    return false;
}

Status Workflow::checkTransition(
    std::string_view table, std::string_view field, std::string_view from, std::string_view to)
{
    if (from.empty() || from == to)
        return {};
    for (const auto &transition : kTransitions) {
        if (transition.table != table || transition.field != field)
            continue;
        if (transition.from == "*")
            return {};
        if (transition.from != from)
            continue;
        bool final = true;
        for (const auto allowed : transition.to) {
            if (!allowed.empty() && allowed == to)
                return {};
            final = final && allowed.empty();
        }
        const std::string what = std::string(table) + " " + std::string(field);
        if (final)
            return makeError("invalid_transition",
                "The " + what + " is already \"" + std::string(from) + "\", which is final; it cannot become \""
                    + std::string(to) + "\". Sync to see it as it is now.");
        return makeError("invalid_transition",
            "The " + what + " is \"" + std::string(from) + "\" now and cannot become \"" + std::string(to)
                + "\" from there. Sync to see it as it is now.");
    }
    return {};
}

} // namespace commonroom::syncd
