#pragma once

#include "DkimSigner.h"
#include "Store.h"

#include "common/Clock.h"
#include "common/Result.h"

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>

namespace commonroom::syncd {

struct SmtpSettings
{
    std::string host;
    std::uint16_t port = 587;
    // Upgrade the connection with STARTTLS before authenticating; refuse to send without it.
    bool startTls = false;
    // Certificates to trust for the SMTP server instead of the system's (a self-signed relay).
    std::optional<std::filesystem::path> caFile;
    std::string user;
    std::string password;
    std::string from = "commonroom@localhost";
    // Signs every mail when given (serve --dkim-key).
    std::optional<DkimSigner> dkim;
    std::chrono::seconds timeout {30};
};

// Delivers one mail to an SMTP server (RFC 5321): EHLO, STARTTLS when configured (the server's
// certificate and host name are verified), AUTH PLAIN when credentials are given, then the
// message as UTF-8 text. Blocking, with a deadline on every step; the mail queue calls it from
// its own thread. Failures come back as an Error whose message is for the admin's log; its code
// is "recipient_refused" when the server refuses the address for good (5xx to RCPT TO), which no
// retry mends.
class SmtpClient
{
public:
    // `clock` dates the messages.
    SmtpClient(SmtpSettings settings, const Clock &clock);

    // `accepted` is called the moment the server has taken the message, before the goodbye, so
    // that the caller forgets it as early as it can; a failure after that is not reported.
    Status send(const OutgoingMail &mail, const std::function<void()> &accepted = {});

    // The message as sent after DATA: headers (the mail's extra ones among them; From with the
    // mail's sender name), a blank line, and the body twice (multipart/alternative): as text with
    // CRLF line ends and leading dots doubled, and as HTML made from that text.
    // With `dkim`, a DKIM-Signature comes first.
    static std::string formatMessage(
        const std::string &from, const OutgoingMail &mail, std::int64_t nowMs, const DkimSigner *dkim = nullptr);

private:
    SmtpSettings m_settings;
    const Clock &m_clock;
};

} // namespace commonroom::syncd
