#pragma once

#include "common/Result.h"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

typedef struct evp_pkey_st EVP_PKEY;

namespace commonroom::syncd {

// Signs the daemon's mails with DKIM (RFC 6376), so that receiving servers can check that they
// come from the community's domain unaltered: rsa-sha256, relaxed/relaxed canonicalization, over
// the headers a reader relies on (From, To, Subject, Date, Message-ID, Reply-To, the MIME and list
// headers) and the whole body. The key is an RSA private key in PEM (serve --dkim-key); its public
// half is published by the community as the TXT record SELECTOR._domainkey.DOMAIN (docs/groupmail.md).
class DkimSigner
{
public:
    // The signer of `domain` with the key in `keyFile` under `selector`, or why not: the file
    // cannot be read, holds no RSA private key, or the key is shorter than 1024 bits.
    static Result<DkimSigner> load(const std::filesystem::path &keyFile, std::string selector, std::string domain);

    // The DKIM-Signature header line (ending in CRLF) for `message`: its header lines, a blank
    // line and its body, with CRLF line ends and not dot-stuffed. Signed at `nowMs` (t=).
    std::string signatureFor(std::string_view message, std::int64_t nowMs) const;

    // The canonical forms (RFC 6376, 3.4.2 and 3.4.4): one header "name:value" without its line
    // end, and a body.
    static std::string relaxedHeader(std::string_view header);
    static std::string relaxedBody(std::string_view body);

private:
    DkimSigner(std::shared_ptr<EVP_PKEY> key, std::string selector, std::string domain);

    std::shared_ptr<EVP_PKEY> m_key;
    std::string m_selector;
    std::string m_domain;
};

} // namespace commonroom::syncd
