#include "MailSeal.h"

#include "Encoding.h"

#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iterator>
#include <memory>
#include <stdexcept>

namespace commonroom::syncd {

namespace {

constexpr std::size_t kNonceBytes = 12;
constexpr std::size_t kTagBytes = 16;

using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

CipherContext newContext()
{
    CipherContext context(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    if (!context)
        throw std::runtime_error("OpenSSL could not make a cipher context (out of memory?)");
    return context;
}

const unsigned char *bytes(std::string_view text)
{
    return reinterpret_cast<const unsigned char *>(text.data());
}

std::string hmacSha256(std::string_view key, std::string_view message)
{
    std::string mac(EVP_MAX_MD_SIZE, '\0');
    unsigned int size = 0;
    if (!HMAC(EVP_sha256(), key.data(), int(key.size()), bytes(message), message.size(),
            reinterpret_cast<unsigned char *>(mac.data()), &size))
        throw std::runtime_error("HMAC-SHA-256 is not available from OpenSSL; check the OpenSSL installation.");
    mac.resize(size);
    return mac;
}

unsigned char *bytes(std::string &text)
{
    return reinterpret_cast<unsigned char *>(text.data());
}

} // namespace

MailSeal::MailSeal()
    : MailSeal(randomBytes(kKeyBytes))
{
}

MailSeal::MailSeal(std::string key)
    : m_key(std::move(key))
{
    if (m_key.size() != kKeyBytes)
        throw std::invalid_argument("a mail key has 32 bytes");
    m_linkKey = hmacSha256(m_key, "commonroom mail links 1");
}

Result<MailSeal> MailSeal::loadOrCreate(const std::filesystem::path &file)
{
    const auto unreadable = [&](const std::string &why) {
        return makeError("storage",
            "Cannot use the mail key " + file.string() + ": " + why
                + ". Restore it from a backup, or move it away to start with a new one (queued mails are then lost).");
    };
    std::ifstream in(file, std::ios::binary);
    if (in) {
        std::string key((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        if (key.size() != kKeyBytes)
            return unreadable("it holds " + std::to_string(key.size()) + " bytes instead of 32");
        return MailSeal(std::move(key));
    }
    const std::string key = randomBytes(kKeyBytes);
    // O_EXCL: two daemons starting at once never end up with two keys.
    const int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return errno == EEXIST ? loadOrCreate(file) : unreadable(std::strerror(errno));
    const bool written = ::write(fd, key.data(), key.size()) == ssize_t(key.size()) && ::fsync(fd) == 0;
    ::close(fd);
    if (!written) {
        std::filesystem::remove(file);
        return unreadable("it could not be written");
    }
    return MailSeal(key);
}

std::string MailSeal::seal(std::string_view recipient, std::string_view body) const
{
    const std::string nonce = randomBytes(kNonceBytes);
    std::string sealed = nonce + std::string(body.size(), '\0') + std::string(kTagBytes, '\0');
    auto context = newContext();
    int length = 0;
    unsigned char *out = bytes(sealed) + kNonceBytes;
    if (EVP_EncryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, bytes(m_key), bytes(nonce)) != 1
        || EVP_EncryptUpdate(context.get(), nullptr, &length, bytes(recipient), int(recipient.size())) != 1
        || EVP_EncryptUpdate(context.get(), out, &length, bytes(body), int(body.size())) != 1
        || EVP_EncryptFinal_ex(context.get(), out + length, &length) != 1
        || EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_GET_TAG, int(kTagBytes), out + body.size()) != 1)
        throw std::runtime_error("OpenSSL could not seal a mail");
    return std::string(kPrefix) + toBase64(sealed);
}

Result<std::string> MailSeal::open(std::string_view recipient, std::string_view stored) const
{
    if (!stored.starts_with(kPrefix))
        return std::string(stored);
    const auto sealed = fromBase64(stored.substr(kPrefix.size()));
    const auto broken = [] {
        return makeError("mail_unreadable",
            "A queued mail cannot be opened with DATA/mail.key: the key was replaced or the mail changed.");
    };
    if (!sealed || sealed->size() < kNonceBytes + kTagBytes)
        return broken();
    const std::string_view all(*sealed);
    const std::string_view nonce = all.substr(0, kNonceBytes);
    const std::string_view cipher = all.substr(kNonceBytes, all.size() - kNonceBytes - kTagBytes);
    std::string tag(all.substr(all.size() - kTagBytes));
    std::string body(cipher.size(), '\0');
    auto context = newContext();
    int length = 0;
    if (EVP_DecryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, bytes(m_key), bytes(nonce)) != 1
        || EVP_DecryptUpdate(context.get(), nullptr, &length, bytes(recipient), int(recipient.size())) != 1
        || EVP_DecryptUpdate(context.get(), bytes(body), &length, bytes(cipher), int(cipher.size())) != 1
        || EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_TAG, int(kTagBytes), tag.data()) != 1
        || EVP_DecryptFinal_ex(context.get(), bytes(body) + length, &length) != 1)
        return broken();
    return body;
}

std::string MailSeal::sign(std::string_view message) const
{
    return hmacSha256(m_linkKey, message);
}

} // namespace commonroom::syncd
