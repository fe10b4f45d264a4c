#include "Encoding.h"

#include <openssl/evp.h>
#include <openssl/rand.h>

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
