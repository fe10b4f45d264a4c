#include "Relations.h"

#include "Uuid.h"

#include <algorithm>

namespace commonroom::relations {

namespace {

bool blank(std::string_view text)
{
    return std::all_of(
        text.begin(), text.end(), [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

} // namespace

bool isKind(std::string_view kind)
{
    return std::find(kKinds.begin(), kKinds.end(), kind) != kKinds.end();
}

bool isSymmetric(std::string_view kind)
{
    return kind == kFamily || kind == kColleague || kind == kNeighbour;
}

Status checkHouseholdName(std::string_view name)
{
    if (blank(name))
        return makeError("invalid_value", "A household needs a name.");
    if (name.size() > kMaxHouseholdName)
        return makeError("invalid_value",
            "The household name \"" + std::string(name) + "\" is too long: at most " + std::to_string(kMaxHouseholdName)
                + " characters.");
    return {};
}

std::string memberId(std::string_view personId)
{
    return nameBasedUuid("commonroom household_member " + std::string(personId));
}

std::pair<std::string, std::string> storedPair(
    std::string_view kind, std::string_view personId, std::string_view otherId)
{
    if (isSymmetric(kind) && otherId < personId)
        return {std::string(otherId), std::string(personId)};
    return {std::string(personId), std::string(otherId)};
}

std::string relationshipId(std::string_view kind, std::string_view personId, std::string_view otherId)
{
    if (!isSymmetric(kind))
        return nameBasedUuid("commonroom relationship " + std::string(kind) + " " + std::string(personId));
    const auto [first, second] = storedPair(kind, personId, otherId);
    return nameBasedUuid("commonroom relationship " + std::string(kind) + " " + first + " " + second);
}

} // namespace commonroom::relations
