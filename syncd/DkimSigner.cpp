#include "DkimSigner.h"

#include "Encoding.h"

#include <openssl/evp.h>
#include <openssl/pem.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>
#include <memory>
#include <stdexcept>
#include <vector>

namespace commonroom::syncd {

namespace {

// The headers signed, when the mail has them (RFC 6376, 5.4.1, and those readers act on).
constexpr std::array kSigned {"from", "to", "subject", "date", "message-id", "reply-to", "mime-version", "content-type",
    "list-id", "list-unsubscribe", "list-unsubscribe-post"};

bool isSpace(char c)
{
    return c == ' ' || c == '\t';
}

// The message's header fields, each whole with its folded lines but without its last CRLF.
std::vector<std::string_view> headerFields(std::string_view message)
{
    std::vector<std::string_view> fields;
    std::size_t at = 0;
    while (at < message.size()) {
        if (message.substr(at).starts_with("\r\n"))
            break; // the blank line before the body
        std::size_t end = at;
        while (true) {
            end = message.find("\r\n", end);
            if (end == std::string_view::npos || end + 2 >= message.size() || !isSpace(message[end + 2]))
                break;
            end += 2; // a folded line continues the field
        }
        if (end == std::string_view::npos)
            break;
        fields.push_back(message.substr(at, end - at));
        at = end + 2;
    }
    return fields;
}

std::string lower(std::string_view text)
{
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return out;
}

} // namespace

DkimSigner::DkimSigner(std::shared_ptr<EVP_PKEY> key, std::string selector, std::string domain)
    : m_key(std::move(key))
    , m_selector(std::move(selector))
    , m_domain(std::move(domain))
{
}

Result<DkimSigner> DkimSigner::load(const std::filesystem::path &keyFile, std::string selector, std::string domain)
{
    std::unique_ptr<FILE, decltype(&std::fclose)> file(std::fopen(keyFile.c_str(), "r"), &std::fclose);
    if (!file)
        return makeError(
            "dkim", "Cannot read the DKIM key " + keyFile.string() + "; check the path and its permissions.");
    std::shared_ptr<EVP_PKEY> key(PEM_read_PrivateKey(file.get(), nullptr, nullptr, nullptr), &EVP_PKEY_free);
    if (!key || EVP_PKEY_get_base_id(key.get()) != EVP_PKEY_RSA)
        return makeError("dkim",
            keyFile.string() + " holds no RSA private key in PEM; make one with: openssl genrsa -out "
                + keyFile.string() + " 2048");
    if (EVP_PKEY_get_bits(key.get()) < 1024)
        return makeError("dkim",
            "The DKIM key " + keyFile.string()
                + " has fewer than 1024 bits, which receivers reject; make one of 2048.");
    if (selector.empty() || domain.empty())
        return makeError("dkim", "DKIM signing needs a selector (--dkim-selector) and a domain.");
    return DkimSigner(std::move(key), std::move(selector), std::move(domain));
}

std::string DkimSigner::relaxedHeader(std::string_view header)
{
    const auto colon = header.find(':');
    std::string name(header.substr(0, colon));
    while (!name.empty() && isSpace(name.back()))
        name.pop_back();
    std::string value;
    bool space = false;
    for (const char c : header.substr(colon == std::string_view::npos ? header.size() : colon + 1)) {
        if (c == '\r' || c == '\n')
            continue; // unfolded
        if (isSpace(c)) {
            space = true;
            continue;
        }
        if (space && !value.empty())
            value += ' ';
        space = false;
        value += c;
    }
    return lower(name) + ":" + value;
}

std::string DkimSigner::relaxedBody(std::string_view body)
{
    std::string out;
    std::size_t emptyLines = 0; // held back: empty lines at the end are dropped
    while (!body.empty()) {
        const auto end = body.find("\r\n");
        std::string_view line = body.substr(0, end);
        std::string canonical;
        bool space = false;
        for (const char c : line) {
            if (isSpace(c)) {
                space = true;
                continue;
            }
            if (space)
                canonical += ' ';
            space = false;
            canonical += c;
        }
        if (canonical.empty()) {
            ++emptyLines;
        } else {
            for (; emptyLines > 0; --emptyLines)
                out += "\r\n";
            out += canonical + "\r\n";
        }
        if (end == std::string_view::npos)
            break;
        body.remove_prefix(end + 2);
    }
    return out;
}

std::string DkimSigner::signatureFor(std::string_view message, std::int64_t nowMs) const
{
    const auto blank = message.find("\r\n\r\n");
    const std::string_view body = blank == std::string_view::npos ? std::string_view {} : message.substr(blank + 4);
    std::string names;
    std::string signedHeaders;
    for (const char *name : kSigned) {
        for (const std::string_view field : headerFields(message)) {
            const std::string canonical = relaxedHeader(field);
            if (canonical.starts_with(std::string(name) + ":")) {
                names += (names.empty() ? "" : ":") + std::string(name);
                signedHeaders += canonical + "\r\n";
                break;
            }
        }
    }
    // Folded, so that no line comes near the 998 characters a line may have (a 4096-bit key).
    std::string header = "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=" + m_domain + "; s=" + m_selector
        + "; t=" + std::to_string(nowMs / 1000) + ";\r\n\th=" + names
        + ";\r\n\tbh=" + toBase64(sha256(relaxedBody(body))) + ";\r\n\tb=";
    const std::string data = signedHeaders + relaxedHeader(header);

    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    std::size_t size = 0;
    if (!context || EVP_DigestSignInit(context.get(), nullptr, EVP_sha256(), nullptr, m_key.get()) != 1
        || EVP_DigestSign(
               context.get(), nullptr, &size, reinterpret_cast<const unsigned char *>(data.data()), data.size())
            != 1)
        throw std::runtime_error("OpenSSL could not sign a mail with the DKIM key");
    std::string signature(size, '\0');
    if (EVP_DigestSign(context.get(), reinterpret_cast<unsigned char *>(signature.data()), &size,
            reinterpret_cast<const unsigned char *>(data.data()), data.size())
        != 1)
        throw std::runtime_error("OpenSSL could not sign a mail with the DKIM key");
    signature.resize(size);
    return header + toBase64(signature) + "\r\n";
}

} // namespace commonroom::syncd
