#pragma once

#include "common/Result.h"

#include <cstdint>
#include <filesystem>
#include <string>

namespace commonroom::syncd {

// The certificate and key the daemon serves. Clients pin the certificate by its SHA-256
// fingerprint (or trust the file itself), so a self-signed certificate made once and then reused
// is enough for a community server without a public name.
class TlsIdentity
{
public:
    // The certificate and key given by the admin; checks that both load and belong together.
    static Result<TlsIdentity> load(const std::filesystem::path &certificateFile, const std::filesystem::path &keyFile);
    // DIR/tls/cert.pem and DIR/tls/key.pem, created self-signed on first use (key mode 0600).
    static Result<TlsIdentity> loadOrCreateSelfSigned(
        const std::filesystem::path &dataDirectory, std::int64_t nowUnixSeconds);

    const std::filesystem::path &certificateFile() const { return m_certificateFile; }
    const std::filesystem::path &keyFile() const { return m_keyFile; }
    // Uppercase hex pairs joined by ':' (the form browsers and `openssl x509 -fingerprint` show).
    const std::string &fingerprint() const { return m_fingerprint; }

private:
    std::filesystem::path m_certificateFile;
    std::filesystem::path m_keyFile;
    std::string m_fingerprint;
};

} // namespace commonroom::syncd
