#include "Uuid.h"

#include "Clock.h"

#include <openssl/evp.h>
#include <openssl/rand.h>

#include <algorithm>
#include <array>
#include <stdexcept>

namespace commonroom {

namespace {
std::string formatUuid(const std::array<unsigned char, 16> &bytes)
{
    static constexpr char hex[] = "0123456789abcdef";
    std::string text;
    text.reserve(36);
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            text.push_back('-');
        text.push_back(hex[bytes[i] >> 4]);
        text.push_back(hex[bytes[i] & 0x0f]);
    }
    return text;
}

// RFC 9562's DNS namespace. The Commonroom namespace for name-based ids is the v5 UUID of
// "commonroom.org" in it. Never change either: every stored registration id depends on them.
constexpr std::array<unsigned char, 16> kDnsNamespace {
    0x6b, 0xa7, 0xb8, 0x10, 0x9d, 0xad, 0x11, 0xd1, 0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8};

std::array<unsigned char, 16> uuidV5(const std::array<unsigned char, 16> &space, std::string_view name)
{
    std::string input(reinterpret_cast<const char *>(space.data()), space.size());
    input.append(name);
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    if (EVP_Digest(input.data(), input.size(), digest, &size, EVP_sha1(), nullptr) != 1 || size < 16)
        throw std::runtime_error("SHA-1 is not available");
    std::array<unsigned char, 16> bytes {};
    std::copy(digest, digest + 16, bytes.begin());
    bytes[6] = static_cast<unsigned char>((bytes[6] & 0x0f) | 0x50);
    bytes[8] = static_cast<unsigned char>((bytes[8] & 0x3f) | 0x80);
    return bytes;
}
} // namespace

std::string newUuidV7(std::int64_t unixMs)
{
    std::array<unsigned char, 16> bytes {};
    if (RAND_bytes(bytes.data() + 6, 10) != 1)
        throw std::runtime_error("the system random generator failed");
    for (int i = 0; i < 6; ++i)
        bytes[i] = static_cast<unsigned char>(std::uint64_t(unixMs) >> (8 * (5 - i)));
    bytes[6] = static_cast<unsigned char>((bytes[6] & 0x0f) | 0x70);
    bytes[8] = static_cast<unsigned char>((bytes[8] & 0x3f) | 0x80);
    return formatUuid(bytes);
}

std::string nameBasedUuid(std::string_view name)
{
    static const auto space = uuidV5(kDnsNamespace, "commonroom.org");
    return formatUuid(uuidV5(space, name));
}

std::string newUuidV7(const Clock &clock)
{
    return newUuidV7(clock.nowMs());
}

bool isUuid(std::string_view text)
{
    if (text.size() != 36)
        return false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != '-')
                return false;
        } else if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
            return false;
        }
    }
    return true;
}

} // namespace commonroom
