#pragma once

#include "common/Result.h"

#include <filesystem>
#include <string>
#include <string_view>

namespace commonroom::syncd {

// Seals the bodies of queued mail (invitation and reset codes) with AES-256-GCM, so that the
// daemon's database, a backup of it or a copy of its write-ahead log does not hold a usable
// code. The key lives beside the database in DATA/mail.key (32 random bytes, mode 0600): a copy
// of the database alone reads nothing. A sealed body is "gcm1:" and the base64 of a 12-byte
// nonce, the ciphertext and the 16-byte tag; the recipient's address binds it as associated data,
// so a body moved to another row does not open.
class MailSeal
{
public:
    static constexpr std::size_t kKeyBytes = 32;
    static constexpr std::string_view kPrefix = "gcm1:";

    // A key of its own, made up now: for a process that keeps no mail across restarts (tests).
    MailSeal();
    // `key` must hold kKeyBytes bytes.
    explicit MailSeal(std::string key);

    // The key of `file`, made (kKeyBytes random bytes, mode 0600) when there is none.
    static Result<MailSeal> loadOrCreate(const std::filesystem::path &file);

    std::string seal(std::string_view recipient, std::string_view body) const;
    // The body of a sealed mail; one queued by a version that did not seal (no prefix) comes
    // back as it is. An error when the key is not the one it was sealed with, or it was changed.
    Result<std::string> open(std::string_view recipient, std::string_view stored) const;

    // The HMAC-SHA-256 of `message` under a key derived from the mail key, for the links a mail
    // carries (unsubscribing): the daemon knows its own links again without keeping a list of
    // them, and a copy of the database alone cannot make one.
    std::string sign(std::string_view message) const;

private:
    std::string m_key;
    std::string m_linkKey; // HMAC(m_key, "commonroom mail links 1"): never the cipher's key itself
};

} // namespace commonroom::syncd
