#include "RuleHelpers.h"

namespace commonroom::syncd {

std::optional<std::int64_t> integerOf(const FieldMap &row, const char *field)
{
    const auto it = row.find(field);
    if (it == row.end())
        return std::nullopt;
    const auto *value = std::get_if<std::int64_t>(&it->second);
    return value ? std::optional<std::int64_t>(*value) : std::nullopt;
}

std::string mergedText(const protocol::Mutation &mutation, const FieldMap *stored, const char *field)
{
    if (const auto pushed = mutation.fields.find(field); pushed != mutation.fields.end())
        return toDisplayString(pushed->second);
    return stored ? textOf(*stored, field) : std::string();
}

std::optional<std::int64_t> mergedInteger(const protocol::Mutation &mutation, const FieldMap *stored, const char *field)
{
    if (mutation.fields.contains(field))
        return integerOf(mutation.fields, field);
    return stored ? integerOf(*stored, field) : std::nullopt;
}

Status unchanged(const protocol::Mutation &mutation, const FieldMap *stored, const char *field, const std::string &what)
{
    const auto pushed = mutation.fields.find(field);
    if (stored && pushed != mutation.fields.end() && toDisplayString(pushed->second) != textOf(*stored, field))
        return makeError("invalid_value", std::string("The ") + field + " of " + what + " never changes.");
    return {};
}

Status writtenBySelf(const Principal &principal, const protocol::Mutation &mutation, const char *byField,
    const char *atField, const std::string &what)
{
    if (textOf(mutation.fields, byField) != principal.personId)
        return makeError("forbidden",
            std::string("The ") + byField + " of " + what + " must be the person who writes it (" + principal.personId
                + ").");
    if (textOf(mutation.fields, atField).empty())
        return makeError("invalid_value", "Writing " + what + " needs its time in " + atField + ".");
    return {};
}

} // namespace commonroom::syncd
