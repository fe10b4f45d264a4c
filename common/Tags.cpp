#include "Tags.h"

#include <openssl/sha.h>

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

} // namespace commonroom::tags
