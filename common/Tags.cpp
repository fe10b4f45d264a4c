#include "Tags.h"

#include "Uuid.h"

#include <array>

namespace commonroom::tags {

Visibility visibilityOf(const FieldMap &row)
{
    return textOf(row, "visibility") == kMembers ? Visibility::Members : Visibility::Leaders;
}

std::string foldedName(std::string_view name)
{
    const auto space = [](char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    };
    while (!name.empty() && space(name.front()))
        name.remove_prefix(1);
    while (!name.empty() && space(name.back()))
        name.remove_suffix(1);
    std::string folded(name);
    for (char &c : folded) {
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
    }
    return folded;
}

Status checkName(std::string_view name)
{
    if (foldedName(name).empty())
        return makeError("invalid_value", "A tag needs a name.");
    if (name.size() > kMaxNameLength)
        return makeError("invalid_value",
            "The tag name \"" + std::string(name) + "\" is too long: at most " + std::to_string(kMaxNameLength)
                + " characters.");
    return {};
}

std::string applicationId(std::string_view tagId, std::string_view personId)
{
    const std::string input = "commonroom tag_application " + std::string(tagId) + " " + std::string(personId);
    return nameBasedUuid(input);
}

} // namespace commonroom::tags
