#include "SmtpClient.h"

#include "Encoding.h"

#include <boost/asio/connect.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/read_until.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/asio/streambuf.hpp>
#include <boost/asio/write.hpp>

#include <ctime>
#include <istream>

namespace commonroom::syncd {

namespace {

namespace asio = boost::asio;
namespace ssl = boost::asio::ssl;
using tcp = asio::ip::tcp;

struct Reply
{
    int code = 0;
    std::string text; // every line, for the log
    std::string lines; // the lines without their codes, for EHLO keywords
};

// One SMTP conversation. Each step runs the io_context for at most the configured timeout, so
// a silent server cannot stall the mail queue.
class Conversation
{
public:
    Conversation(const SmtpSettings &settings)
        : m_settings(settings)
        , m_tls(ssl::context::tls_client)
        , m_stream(m_io, m_tls)
    {
    }

    Status run(const OutgoingMail &mail, const std::string &message, const std::function<void()> &accepted)
    {
        tcp::resolver resolver(m_io);
        boost::system::error_code ec;
        const auto endpoints = resolver.resolve(m_settings.host, std::to_string(m_settings.port), ec);
        if (ec)
            return fail("resolve " + m_settings.host, ec);
        if (auto connected = step([&](auto done) { asio::async_connect(m_stream.next_layer(), endpoints, done); },
                "connect to " + m_settings.host + ":" + std::to_string(m_settings.port));
            !connected)
            return connected;
        auto reply = expect(220, "greeting");
        if (!reply)
            return reply.error();
        reply = command("EHLO commonroom-syncd", 250);
        if (!reply)
            return reply.error();
        if (m_settings.startTls) {
            if (reply->lines.find("STARTTLS") == std::string::npos)
                return makeError("smtp", "The SMTP server does not offer STARTTLS, which is required.");
            if (auto started = command("STARTTLS", 220); !started)
                return started.error();
            if (auto secured = startTls(); !secured)
                return secured;
            reply = command("EHLO commonroom-syncd", 250);
            if (!reply)
                return reply.error();
        }
        if (!m_settings.user.empty()) {
            const std::string credentials = std::string(1, '\0') + m_settings.user + '\0' + m_settings.password;
            if (auto authenticated = command("AUTH PLAIN " + toBase64(credentials), 235, "AUTH PLAIN …");
                !authenticated)
                return authenticated.error();
        }
        if (auto from = command("MAIL FROM:<" + m_settings.from + ">", 250); !from)
            return from.error();
        // 5xx to RCPT TO: the server refuses this address for good (no such mailbox, say).
        if (auto to = command("RCPT TO:<" + mail.recipient + ">", 250); !to)
            return m_lastCode / 100 == 5 ? makeError("recipient_refused", to.error().message) : to.error();
        if (auto data = command("DATA", 354); !data)
            return data.error();
        if (auto sent = command(message + ".", 250, "the message"); !sent)
            return sent.error();
        if (accepted)
            accepted();
        (void)command("QUIT", 221);
        return {};
    }

private:
    template<class Start>
    Status step(Start start, const std::string &what)
    {
        boost::system::error_code result = asio::error::timed_out;
        bool done = false;
        start([&](const boost::system::error_code &ec, auto &&...) {
            result = ec;
            done = true;
        });
        m_io.restart();
        m_io.run_for(m_settings.timeout);
        if (!done) {
            boost::system::error_code ignored;
            m_stream.next_layer().close(ignored);
            m_io.restart();
            m_io.run();
            return makeError("smtp", "Timed out trying to " + what + ".");
        }
        if (result)
            return fail(what, result);
        return {};
    }

    Status fail(const std::string &what, const boost::system::error_code &ec)
    {
        return makeError("smtp", "Cannot " + what + ": " + ec.message() + ".");
    }

    Result<Reply> expect(int code, const std::string &after)
    {
        Reply reply;
        while (true) {
            const auto read = step(
                [&](auto done) {
                    if (m_secure)
                        asio::async_read_until(m_stream, m_buffer, "\r\n", done);
                    else
                        asio::async_read_until(m_stream.next_layer(), m_buffer, "\r\n", done);
                },
                "read the SMTP server's answer to " + after);
            if (!read)
                return read.error();
            std::istream in(&m_buffer);
            std::string line;
            std::getline(in, line);
            if (!line.empty() && line.back() == '\r')
                line.pop_back();
            reply.text += line + "\n";
            if (line.size() < 3)
                return makeError("smtp", "The SMTP server answered \"" + line + "\" to " + after + ".");
            reply.code = std::atoi(line.substr(0, 3).c_str());
            reply.lines += (line.size() > 4 ? line.substr(4) : std::string()) + "\n";
            if (line.size() == 3 || line[3] != '-')
                break;
        }
        m_lastCode = reply.code;
        if (reply.code != code && !(code == 250 && reply.code == 251))
            return makeError("smtp", "The SMTP server refused " + after + ": " + reply.text);
        return reply;
    }

    Result<Reply> command(const std::string &line, int code, const std::string &shown = {})
    {
        const std::string what = shown.empty() ? line : shown;
        const std::string data = line + "\r\n";
        const auto written = step(
            [&](auto done) {
                if (m_secure)
                    asio::async_write(m_stream, asio::buffer(data), done);
                else
                    asio::async_write(m_stream.next_layer(), asio::buffer(data), done);
            },
            "send " + what);
        if (!written)
            return written.error();
        return expect(code, what);
    }

    Status startTls()
    {
        m_tls.set_verify_mode(ssl::verify_peer);
        boost::system::error_code ec;
        if (m_settings.caFile)
            m_tls.load_verify_file(m_settings.caFile->string(), ec);
        else
            m_tls.set_default_verify_paths(ec);
        if (ec)
            return fail("load the certificates to trust for the SMTP server", ec);
        m_stream.set_verify_callback(ssl::host_name_verification(m_settings.host));
        if (!SSL_set_tlsext_host_name(m_stream.native_handle(), m_settings.host.c_str()))
            return makeError("smtp", "Cannot set the SMTP server's name for TLS.");
        if (auto shaken = step([&](auto done) { m_stream.async_handshake(ssl::stream_base::client, done); },
                "start TLS with the SMTP server (is its certificate trusted? see --smtp-ca)");
            !shaken)
            return shaken;
        m_secure = true;
        return {};
    }

    const SmtpSettings &m_settings;
    asio::io_context m_io;
    ssl::context m_tls;
    ssl::stream<tcp::socket> m_stream;
    asio::streambuf m_buffer;
    bool m_secure = false;
    int m_lastCode = 0; // of the last answer read
};

std::string headerDate(std::int64_t nowMs)
{
    const std::time_t seconds = std::time_t(nowMs / 1000);
    std::tm utc {};
    gmtime_r(&seconds, &utc);
    char text[64];
    std::strftime(text, sizeof text, "%a, %d %b %Y %H:%M:%S +0000", &utc);
    return text;
}

bool isAscii(std::string_view text)
{
    for (unsigned char c : text) {
        if (c >= 0x80)
            return false;
    }
    return true;
}

} // namespace

SmtpClient::SmtpClient(SmtpSettings settings, const Clock &clock)
    : m_settings(std::move(settings))
    , m_clock(clock)
{
}

std::string SmtpClient::formatMessage(const std::string &from, const OutgoingMail &mail, std::int64_t nowMs)
{
    // Subjects beyond ASCII travel as an RFC 2047 encoded word.
    const std::string subject = isAscii(mail.subject) ? mail.subject : "=?UTF-8?B?" + toBase64(mail.subject) + "?=";
    const std::string domain = from.substr(from.find('@') + 1);
    std::string message = "From: " + from + "\r\nTo: " + mail.recipient + "\r\nSubject: " + subject
        + "\r\nDate: " + headerDate(nowMs) + "\r\nMessage-ID: <"
        + (mail.messageId.empty() ? toHex(randomBytes(16)) : mail.messageId) + "@" + domain + ">\r\n" + mail.headers
        + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: "
          "8bit\r\n\r\n";
    std::string_view body = mail.body;
    while (!body.empty()) {
        const auto end = body.find('\n');
        std::string line(body.substr(0, end));
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        if (!line.empty() && line.front() == '.')
            line.insert(line.begin(), '.');
        message += line + "\r\n";
        if (end == std::string_view::npos)
            break;
        body.remove_prefix(end + 1);
    }
    return message;
}

Status SmtpClient::send(const OutgoingMail &mail, const std::function<void()> &accepted)
{
    bool taken = false;
    try {
        Conversation conversation(m_settings);
        return conversation.run(mail, formatMessage(m_settings.from, mail, m_clock.nowMs()), [&] {
            taken = true;
            if (accepted)
                accepted();
        });
    } catch (const std::exception &error) {
        if (taken)
            return {}; // the server has the message; what failed after is not the mail's
        return makeError("smtp", std::string("Cannot send the mail: ") + error.what());
    }
}

} // namespace commonroom::syncd
