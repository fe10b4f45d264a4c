#include "Checksum.h"

#include "Protocol.h"

#include <openssl/evp.h>

#include <array>
#include <cstdio>

namespace commonroom {

std::uint64_t rowDigest(std::string_view id, const FieldMap &fields)
{
    FieldMap present;
    for (const auto &[name, value] : fields) {
        if (!isNull(value))
            present.emplace(name, value);
    }
    const std::string canonical = std::string(id) + '\n' + protocol::toJson(present);
    std::array<unsigned char, EVP_MAX_MD_SIZE> hash {};
    unsigned int size = 0;
    EVP_Digest(canonical.data(), canonical.size(), hash.data(), &size, EVP_sha256(), nullptr);
    std::uint64_t digest = 0;
    for (int i = 0; i < 8; ++i)
        digest = (digest << 8) | hash[std::size_t(i)];
    return digest;
}

void TableChecksum::add(std::string_view id, const FieldMap &fields)
{
    ++count;
    digest += rowDigest(id, fields);
}

void TableChecksum::remove(std::string_view id, const FieldMap &fields)
{
    --count;
    digest -= rowDigest(id, fields);
}

std::string toHex(std::uint64_t digest)
{
    char text[17];
    std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(digest));
    return text;
}

} // namespace commonroom
