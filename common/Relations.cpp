#include "Relations.h"

#include <openssl/sha.h>

#include <algorithm>

namespace commonroom::relations {

namespace {

// A name-based UUID (version 8) of `input`: the same on every device.
std::string nameBasedId(const std::string &input)
{
    std::array<unsigned char, SHA256_DIGEST_LENGTH> digest {};
    SHA256(reinterpret_cast<const unsigned char *>(input.data()), input.size(), digest.data());
    digest[6] = static_cast<unsigned char>((digest[6] & 0x0f) | 0x80);
    digest[8] = static_cast<unsigned char>((digest[8] & 0x3f) | 0x80);
    static constexpr char hex[] = "0123456789abcdef";
    std::string text;
    for (std::size_t i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            text.push_back('-');
        text.push_back(hex[digest[i] >> 4]);
        text.push_back(hex[digest[i] & 0x0f]);
    }
    return text;
}

bool blank(std::string_view text)
{
    return std::all_of(text.begin(), text.end(), [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
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
            "The household name \"" + std::string(name) + "\" is too long: at most "
                + std::to_string(kMaxHouseholdName) + " characters.");
    return {};
}

std::string memberId(std::string_view personId)
{
    return nameBasedId("commonroom household_member " + std::string(personId));
}

std::pair<std::string, std::string> storedPair(std::string_view kind, std::string_view personId, std::string_view otherId)
{
    if (isSymmetric(kind) && otherId < personId)
        return {std::string(otherId), std::string(personId)};
    return {std::string(personId), std::string(otherId)};
}

std::string relationshipId(std::string_view kind, std::string_view personId, std::string_view otherId)
{
    if (!isSymmetric(kind))
        return nameBasedId("commonroom relationship " + std::string(kind) + " " + std::string(personId));
    const auto [first, second] = storedPair(kind, personId, otherId);
    return nameBasedId("commonroom relationship " + std::string(kind) + " " + first + " " + second);
}

} // namespace commonroom::relations
