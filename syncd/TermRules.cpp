#include "TermRules.h"

#include "RuleHelpers.h"

#include "common/Terms.h"

namespace commonroom::syncd::TermRules {

Status check(const Principal &principal, const protocol::Mutation &mutation, const TableDef &table,
    const std::optional<StoredRow> &existing)
{
    if (table.name != "community_term" || mutation.deleted)
        return {};
    const FieldMap *stored = existing && !existing->row.deleted ? &existing->row.values : nullptr;
    for (const char *field : {"kind", "key"}) {
        if (auto valid = unchanged(mutation, stored, field, "a word of the community"); !valid)
            return valid;
    }
    FieldMap merged = stored ? *stored : FieldMap {};
    for (const auto &[name, value] : mutation.fields)
        merged[name] = value;
    if (auto valid = terms::checkTerm(merged); !valid)
        return valid;
    const std::string kind = textOf(merged, "kind");
    const std::string key = textOf(merged, "key");
    if (mutation.id != terms::termId(kind, key))
        return makeError("invalid_id",
            "The " + kind + " \"" + key + "\" has the id its kind and key give it (" + terms::termId(kind, key)
                + "), not " + mutation.id + ".");
    return writtenBySelf(principal, mutation, "changed_by", "changed_at", "a word of the community");
}

} // namespace commonroom::syncd::TermRules
