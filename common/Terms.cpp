#include "Terms.h"

#include "Contributions.h"
#include "Ladder.h"
#include "Uuid.h"

namespace commonroom::terms {

std::string termId(std::string_view kind, std::string_view key)
{
    return nameBasedUuid("commonroom community_term " + std::string(kind) + " " + std::string(key));
}

Status checkTerm(const FieldMap &fields)
{
    const std::string kind = textOf(fields, "kind");
    const std::string key = textOf(fields, "key");
    if (fields.contains("kind") && kind != kArea && kind != kLevel)
        return makeError("invalid_value", "\"" + kind + "\" is not a kind of the community's words: area or level.");
    if (fields.contains("key")) {
        const bool level = key.size() == 1 && ladder::isLevel(key[0] - '0');
        if (kind == kArea && !contributions::isArea(key))
            return makeError("invalid_value", "\"" + key + "\" is not one of the areas of contributions.");
        if (kind == kLevel && !level)
            return makeError("invalid_value", "\"" + key + "\" is not a level of the ladder: 1 to 5.");
    }
    const std::string label = textOf(fields, "label");
    if (label.size() > kMaxLabelLength)
        return makeError("invalid_value",
            "The name \"" + label + "\" is too long: at most " + std::to_string(kMaxLabelLength) + " characters.");
    if (label.find_first_of("\r\n") != std::string::npos)
        return makeError("invalid_value", "A name is one line.");
    if (const auto active = fields.find("active"); active != fields.end() && !isNull(active->second)) {
        const auto *value = std::get_if<std::int64_t>(&active->second);
        if (!value || (*value != 0 && *value != 1))
            return makeError("invalid_value", "A word is in use (active 1) or not (active 0).");
        if (kind == kLevel && *value == 0)
            return makeError("invalid_value", "Every level of the ladder stays in use; rename it instead.");
    }
    return {};
}

} // namespace commonroom::terms
