#include "Uuid.h"

#include "Clock.h"

#include <openssl/rand.h>
#include <openssl/sha.h>

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
} // namespace

std::string nameBasedUuid(std::string_view name)
{
    std::array<unsigned char, SHA256_DIGEST_LENGTH> digest {};
    SHA256(reinterpret_cast<const unsigned char *>(name.data()), name.size(), digest.data());
    std::array<unsigned char, 16> bytes {};
    std::copy_n(digest.begin(), bytes.size(), bytes.begin());
    bytes[6] = static_cast<unsigned char>((bytes[6] & 0x0f) | 0x80);
    bytes[8] = static_cast<unsigned char>((bytes[8] & 0x3f) | 0x80);
    return formatUuid(bytes);
}

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
