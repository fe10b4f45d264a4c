#include "PasswordHasher.h"

#include "PasswordPolicy.h"

#include "Encoding.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include <charconv>
#include <optional>
#include <stdexcept>
#include <vector>

namespace commonroom::syncd {

namespace {

constexpr std::size_t kSaltBytes = 16;
constexpr std::size_t kHashBytes = 32;
// Bounds for parameters read back from storage: a corrupted or hostile row must not make one
// login allocate gigabytes.
constexpr std::uint64_t kMaxN = 1u << 20;
constexpr std::uint64_t kMaxR = 32;
constexpr std::uint64_t kMaxP = 16;

std::optional<std::string> derive(
    std::string_view password, std::string_view salt, const PasswordHasher::Parameters &parameters)
{
    std::string key(kHashBytes, '\0');
    const std::uint64_t memory
        = 128 * parameters.n * parameters.r * parameters.p + 128 * parameters.r * 256 + (1 << 20);
    if (EVP_PBE_scrypt(password.data(), password.size(), reinterpret_cast<const unsigned char *>(salt.data()),
            salt.size(), parameters.n, parameters.r, parameters.p, memory,
            reinterpret_cast<unsigned char *>(key.data()), key.size())
        != 1)
        return std::nullopt;
    return key;
}

std::vector<std::string_view> split(std::string_view text, char separator)
{
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    while (true) {
        const auto end = text.find(separator, start);
        parts.push_back(text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
        if (end == std::string_view::npos)
            return parts;
        start = end + 1;
    }
}

std::optional<std::uint64_t> parseNumber(std::string_view text)
{
    std::uint64_t value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

} // namespace

std::string PasswordHasher::hash(std::string_view password) const
{
    const std::string salt = randomBytes(kSaltBytes);
    const auto key = derive(password, salt, m_parameters);
    if (!key)
        throw std::runtime_error("scrypt failed in OpenSSL; check that the machine has enough free memory.");
    return "scrypt$" + std::to_string(m_parameters.n) + "$" + std::to_string(m_parameters.r) + "$"
        + std::to_string(m_parameters.p) + "$" + toBase64(salt) + "$" + toBase64(*key);
}

bool PasswordHasher::verify(std::string_view password, std::string_view stored) const
{
    const auto parts = split(stored, '$');
    if (parts.size() != 6 || parts[0] != "scrypt")
        return false;
    const auto n = parseNumber(parts[1]);
    const auto r = parseNumber(parts[2]);
    const auto p = parseNumber(parts[3]);
    const auto salt = fromBase64(parts[4]);
    const auto expected = fromBase64(parts[5]);
    if (!n || !r || !p || !salt || !expected || *n < 2 || *n > kMaxN || (*n & (*n - 1)) != 0 || *r == 0 || *r > kMaxR
        || *p == 0 || *p > kMaxP || expected->empty())
        return false;
    const auto key = derive(password, *salt, Parameters {*n, *r, *p});
    if (!key || key->size() != expected->size())
        return false;
    return CRYPTO_memcmp(key->data(), expected->data(), key->size()) == 0;
}

void PasswordHasher::verifyAgainstNothing(std::string_view password) const
{
    static const std::string salt(kSaltBytes, '\0');
    (void)derive(password, salt, m_parameters);
}

} // namespace commonroom::syncd
