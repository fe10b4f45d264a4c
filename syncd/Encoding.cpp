#include "Encoding.h"

#include <openssl/evp.h>
#include <openssl/rand.h>

#include <cstdint>
#include <stdexcept>

namespace commonroom::syncd {

std::string toBase64(std::string_view bytes)
{
    std::string text(4 * ((bytes.size() + 2) / 3), '\0');
    const int written = EVP_EncodeBlock(reinterpret_cast<unsigned char *>(text.data()),
        reinterpret_cast<const unsigned char *>(bytes.data()), int(bytes.size()));
    text.resize(std::size_t(written));
    return text;
}

std::optional<std::string> fromBase64(std::string_view text)
{
    if (text.size() % 4 != 0)
        return std::nullopt;
    std::string bytes(3 * text.size() / 4, '\0');
    const int written = EVP_DecodeBlock(reinterpret_cast<unsigned char *>(bytes.data()),
        reinterpret_cast<const unsigned char *>(text.data()), int(text.size()));
    if (written < 0)
        return std::nullopt;
    // EVP_DecodeBlock counts padding as zero bytes; drop them.
    std::size_t size = std::size_t(written);
    for (auto it = text.rbegin(); it != text.rend() && *it == '='; ++it)
        --size;
    bytes.resize(size);
    return bytes;
}

std::string toBase64Url(std::string_view bytes)
{
    std::string text = toBase64(bytes);
    while (!text.empty() && text.back() == '=')
        text.pop_back();
    for (char &c : text) {
        if (c == '+')
            c = '-';
        else if (c == '/')
            c = '_';
    }
    return text;
}

std::string toHex(std::string_view bytes)
{
    static constexpr char digits[] = "0123456789abcdef";
    std::string text;
    text.reserve(bytes.size() * 2);
    for (unsigned char byte : bytes) {
        text.push_back(digits[byte >> 4]);
        text.push_back(digits[byte & 0x0f]);
    }
    return text;
}

std::string toValidUtf8(std::string_view text)
{
    // The smallest code point each sequence length may encode; anything below is overlong.
    static constexpr std::uint32_t kMinimum[] = {0, 0, 0x80, 0x800, 0x10000};
    std::string valid;
    valid.reserve(text.size());
    std::size_t at = 0;
    while (at < text.size()) {
        const auto lead = static_cast<unsigned char>(text[at]);
        const std::size_t length = lead < 0x80 ? 1
            : (lead >> 5) == 0x6               ? 2
            : (lead >> 4) == 0xE               ? 3
            : (lead >> 3) == 0x1E              ? 4
                                               : 0;
        bool wellFormed = length > 0 && at + length <= text.size();
        std::uint32_t codePoint = lead & (0x7Fu >> length);
        for (std::size_t i = 1; wellFormed && i < length; ++i) {
            const auto next = static_cast<unsigned char>(text[at + i]);
            wellFormed = (next & 0xC0) == 0x80;
            codePoint = (codePoint << 6) | (next & 0x3F);
        }
        if (wellFormed && length > 1)
            wellFormed
                = codePoint >= kMinimum[length] && codePoint <= 0x10FFFF && (codePoint < 0xD800 || codePoint > 0xDFFF);
        if (wellFormed) {
            valid.append(text.substr(at, length));
            at += length;
        } else {
            valid += "\xEF\xBF\xBD";
            ++at;
        }
    }
    return valid;
}

std::string randomBytes(std::size_t count)
{
    std::string bytes(count, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char *>(bytes.data()), int(count)) != 1)
        throw std::runtime_error("The system random number generator failed; check the kernel's entropy source.");
    return bytes;
}

std::string sha256(std::string_view bytes)
{
    std::string digest(EVP_MAX_MD_SIZE, '\0');
    unsigned int size = 0;
    if (EVP_Digest(
            bytes.data(), bytes.size(), reinterpret_cast<unsigned char *>(digest.data()), &size, EVP_sha256(), nullptr)
        != 1)
        throw std::runtime_error("SHA-256 is not available from OpenSSL; check the OpenSSL installation.");
    digest.resize(size);
    return digest;
}

} // namespace commonroom::syncd
