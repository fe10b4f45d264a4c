#include "SmartListRules.h"

#include "common/Schema.h"
#include "common/SmartLists.h"

namespace commonroom::syncd::SmartListRules {

Status check(const Principal &principal, const protocol::Mutation &mutation, const TableDef &table,
    const std::optional<StoredRow> &existing)
{
    if (table.name != "smart_list" || mutation.deleted)
        return {};
    const FieldMap *stored = existing ? &existing->row.values : nullptr;
    if (stored) {
        for (const char *field : {"owner_id", "created_at"}) {
            const auto pushed = mutation.fields.find(field);
            if (pushed != mutation.fields.end() && toDisplayString(pushed->second) != textOf(*stored, field))
                return makeError("invalid_value",
                    std::string("The ") + field + " of a smart list never changes; save a new list instead.");
        }
    } else {
        if (textOf(mutation.fields, "owner_id") != principal.personId)
            return makeError("forbidden",
                "The owner_id of a new smart list must be the person who saves it (" + principal.personId + ").");
        if (textOf(mutation.fields, "created_at").empty())
            return makeError("invalid_value", "A new smart list needs its time in created_at.");
    }
    // The list as it will stand: pushed values over the stored ones.
    const auto after = [&](const char *field) {
        const auto pushed = mutation.fields.find(field);
        if (pushed != mutation.fields.end())
            return toDisplayString(pushed->second);
        return stored ? textOf(*stored, field) : std::string();
    };
    return smartlists::checkList(after("name"), after("definition"));
}

} // namespace commonroom::syncd::SmartListRules
