#pragma once

#include "Result.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace commonroom {

// Rules for the two profile fields that hold more than plain text: `photo` and `links`.
// Both sides check them (the daemon before accepting a change, the device before saving one), so
// a bad value gets the same clear error wherever it is typed.
//
// photo: a small JPEG or PNG image, stored base64-encoded (RFC 4648, no line breaks) in a text
// column. At most kMaxPhotoBytes once decoded, recognized by its magic bytes (not by a name or a
// MIME type someone claims). 64 KiB holds a 256x256 JPEG at good quality; the desktop scales and
// re-encodes what the user picks to fit, so people never meet the limit in practice.
// links: up to kMaxLinks web addresses, one per line, each http:// or https:// with a host and
// no spaces, at most kMaxLinkLength bytes each.
class ProfileMedia
{
public:
    static constexpr std::size_t kMaxPhotoBytes = 64 * 1024;
    // Base64 of kMaxPhotoBytes: the column's length limit in the schema.
    static constexpr std::size_t kMaxPhotoBase64 = (kMaxPhotoBytes + 2) / 3 * 4;
    static constexpr std::size_t kMaxLinks = 5;
    static constexpr std::size_t kMaxLinkLength = 400;
    static constexpr std::size_t kMaxLinksText = kMaxLinks * (kMaxLinkLength + 1);

    enum class ImageFormat { Jpeg, Png };

    // Strict base64: the standard alphabet, '=' padding only at the end, length a multiple of 4.
    static std::optional<std::string> decodeBase64(std::string_view text);
    static std::string encodeBase64(std::string_view bytes);
    // JPEG or PNG by magic bytes; nullopt for anything else.
    static std::optional<ImageFormat> imageFormat(std::string_view bytes);

    static Status validatePhoto(std::string_view base64);
    static Status validateLinks(std::string_view text);
    // The links of a validated value, in order (blank lines dropped).
    static std::vector<std::string> splitLinks(std::string_view text);

    // The check for `field` of a person row if it has one (photo, links); ok for any other field.
    static Status validatePersonField(std::string_view field, std::string_view value);
};

} // namespace commonroom
