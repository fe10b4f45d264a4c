#include "ProfileMedia.h"

#include <algorithm>
#include <array>

namespace commonroom {

namespace {

constexpr std::string_view kAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

int sextet(char c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    if (c == '+')
        return 62;
    if (c == '/')
        return 63;
    return -1;
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && isSpace(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && isSpace(text.back()))
        text.remove_suffix(1);
    return text;
}

Status validateLink(std::string_view link)
{
    const std::string shown(link.substr(0, 80));
    if (link.size() > ProfileMedia::kMaxLinkLength)
        return makeError("invalid_value",
            "The link \"" + shown + "…\" is longer than " + std::to_string(ProfileMedia::kMaxLinkLength)
                + " characters. Use a shorter address.");
    std::string_view rest;
    if (link.starts_with("https://"))
        rest = link.substr(8);
    else if (link.starts_with("http://"))
        rest = link.substr(7);
    else
        return makeError(
            "invalid_value", "\"" + shown + "\" is not a web address. Links start with https:// or http://.");
    for (unsigned char c : link) {
        if (c <= 0x20 || c == 0x7f || c == '"' || c == '<' || c == '>' || c == '\\')
            return makeError("invalid_value",
                "The link \"" + shown + "\" contains a space or a character not allowed in web addresses.");
    }
    const auto hostEnd = rest.find_first_of("/?#");
    std::string_view host = rest.substr(0, hostEnd);
    if (const auto at = host.rfind('@'); at != std::string_view::npos)
        return makeError("invalid_value", "The link \"" + shown + "\" carries a user name or password; remove it.");
    if (const auto colon = host.rfind(':'); colon != std::string_view::npos && host.front() != '[')
        host = host.substr(0, colon);
    if (host.empty() || host.front() == '.' || host.front() == '-')
        return makeError("invalid_value", "The link \"" + shown + "\" has no valid site name after the ://.");
    return {};
}

} // namespace

std::optional<std::string> ProfileMedia::decodeBase64(std::string_view text)
{
    if (text.size() % 4 != 0)
        return std::nullopt;
    std::string bytes;
    bytes.reserve(text.size() / 4 * 3);
    for (std::size_t i = 0; i < text.size(); i += 4) {
        const bool last = i + 4 == text.size();
        std::array<int, 4> v {};
        int padding = 0;
        for (int k = 0; k < 4; ++k) {
            const char c = text[i + k];
            if (c == '=' && last && k >= 2) {
                ++padding;
                v[k] = 0;
                continue;
            }
            if (padding > 0) // data after padding
                return std::nullopt;
            v[k] = sextet(c);
            if (v[k] < 0)
                return std::nullopt;
        }
        const unsigned triple
            = (unsigned(v[0]) << 18) | (unsigned(v[1]) << 12) | (unsigned(v[2]) << 6) | unsigned(v[3]);
        bytes.push_back(char((triple >> 16) & 0xff));
        if (padding < 2)
            bytes.push_back(char((triple >> 8) & 0xff));
        if (padding < 1)
            bytes.push_back(char(triple & 0xff));
    }
    return bytes;
}

std::string ProfileMedia::encodeBase64(std::string_view bytes)
{
    std::string text;
    text.reserve((bytes.size() + 2) / 3 * 4);
    for (std::size_t i = 0; i < bytes.size(); i += 3) {
        const std::size_t n = std::min<std::size_t>(3, bytes.size() - i);
        unsigned triple = unsigned(static_cast<unsigned char>(bytes[i])) << 16;
        if (n > 1)
            triple |= unsigned(static_cast<unsigned char>(bytes[i + 1])) << 8;
        if (n > 2)
            triple |= unsigned(static_cast<unsigned char>(bytes[i + 2]));
        text.push_back(kAlphabet[(triple >> 18) & 63]);
        text.push_back(kAlphabet[(triple >> 12) & 63]);
        text.push_back(n > 1 ? kAlphabet[(triple >> 6) & 63] : '=');
        text.push_back(n > 2 ? kAlphabet[triple & 63] : '=');
    }
    return text;
}

std::optional<ProfileMedia::ImageFormat> ProfileMedia::imageFormat(std::string_view bytes)
{
    if (bytes.starts_with(std::string_view("\xFF\xD8\xFF", 3)))
        return ImageFormat::Jpeg;
    if (bytes.starts_with(std::string_view("\x89PNG\r\n\x1A\n", 8)))
        return ImageFormat::Png;
    return std::nullopt;
}

Status ProfileMedia::validatePhoto(std::string_view base64)
{
    if (base64.size() > kMaxPhotoBase64)
        return makeError("too_long",
            "The photo is larger than " + std::to_string(kMaxPhotoBytes / 1024)
                + " KiB. Choose a smaller picture; the app shrinks the ones it is given.");
    const auto bytes = decodeBase64(base64);
    if (!bytes)
        return makeError("invalid_value", "The photo is not valid base64 text. Choose the picture again.");
    if (bytes->size() > kMaxPhotoBytes)
        return makeError("too_long",
            "The photo is larger than " + std::to_string(kMaxPhotoBytes / 1024) + " KiB. Choose a smaller picture.");
    if (!imageFormat(*bytes))
        return makeError("invalid_value", "The photo must be a JPEG or PNG image.");
    return {};
}

std::vector<std::string> ProfileMedia::splitLinks(std::string_view text)
{
    std::vector<std::string> links;
    while (!text.empty()) {
        const auto end = text.find('\n');
        const auto line = trimmed(text.substr(0, end));
        if (!line.empty())
            links.emplace_back(line);
        if (end == std::string_view::npos)
            break;
        text.remove_prefix(end + 1);
    }
    return links;
}

Status ProfileMedia::validateLinks(std::string_view text)
{
    const auto links = splitLinks(text);
    if (links.size() > kMaxLinks)
        return makeError("invalid_value",
            "A profile holds at most " + std::to_string(kMaxLinks) + " links, one per line. Remove "
                + std::to_string(links.size() - kMaxLinks) + ".");
    for (const auto &link : links) {
        if (auto valid = validateLink(link); !valid)
            return valid;
    }
    return {};
}

Status ProfileMedia::validatePersonField(std::string_view field, std::string_view value)
{
    if (field == "photo")
        return validatePhoto(value);
    if (field == "links")
        return validateLinks(value);
    return {};
}

} // namespace commonroom
