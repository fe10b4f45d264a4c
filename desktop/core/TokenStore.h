#pragma once

#include "common/Result.h"

#include <QString>

#include <optional>

namespace commonroom {

// Keeps the session token of a profile, never in the database (which a user may copy or back
// up); passwords are never stored at all.
//
// The token goes into the system keychain (Secret Service, KWallet, macOS Keychain, Windows
// Credential Store, through QtKeychain) under the keychain service given at construction, one
// entry per profile directory. Where no keychain answers (a headless server, CI) it goes into a
// file of the profile directory readable by its owner only (mode 0600) — when the file fallback
// is allowed, which is the default for headless programs; the GUI asks the user first and may
// refuse it, and then the token is kept in memory only, until the program quits.
//
// Keychain calls are asynchronous in QtKeychain; they run on a thread of their own and the caller
// waits for the answer (at most two minutes, while an unlock prompt may be up) without running an
// event loop, so nothing else of the caller's thread happens in the middle of a call. It waits
// once: the token is cached after the first load or save, so a sync does not ask the keychain
// again.
class TokenStore
{
public:
    enum class Place { Keychain, File, Memory };
    enum class FileFallback { Allowed, Refused };

    // The service name under which every Commonroom profile keeps its entry.
    static constexpr const char *kKeychainService = "Commonroom";

    // `keychainService` names the keychain entries; tests pass their own, so that they never
    // touch the entries of the person running them.
    explicit TokenStore(QString profileDir, QString keychainService = QString::fromLatin1(kKeychainService));

    Status save(const QString &token);
    // The token, or empty when signed out.
    QString load() const;
    // Forgets the token everywhere it may be (keychain, file, memory).
    Status clear();
    // Where the token is kept (or would be kept by the next save), to tell the user.
    QString description() const;

    Place place() const;
    // Whether a system keychain answers. Asked once, then remembered.
    bool keychainAvailable() const;
    // Why the keychain did not answer, for the user; empty when it did.
    QString keychainError() const;

    void setFileFallback(FileFallback fallback) { m_fileFallback = fallback; }
    FileFallback fileFallback() const { return m_fileFallback; }

    QString filePath() const { return m_path; }
    QString keychainService() const { return m_service; }
    QString keychainKey() const { return m_key; }

private:
    enum class KeychainRead { Found, NotFound, Unavailable };
    KeychainRead readKeychain(QString *token) const;
    Status writeKeychain(const QString &token) const;
    Status deleteKeychain() const;
    Status writeFile(const QString &token) const;
    QString readFile() const;
    Status removeFile() const;

    QString m_path;
    QString m_service;
    QString m_key;
    FileFallback m_fileFallback = FileFallback::Allowed;
    mutable std::optional<bool> m_keychainAvailable;
    mutable QString m_keychainError;
    mutable std::optional<QString> m_token;
    // Where m_token came from; Memory when it was only kept in memory.
    mutable std::optional<Place> m_tokenPlace;
};

} // namespace commonroom
