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

// Text beyond ASCII as RFC 2047 encoded words, each of at most 45 bytes of whole UTF-8
// characters (so within the 75 characters a word may have), folded onto lines of their own.
std::string encodedWords(std::string_view text)
{
    std::string words;
    while (!text.empty()) {
        std::size_t size = std::min<std::size_t>(45, text.size());
        while (size > 1 && size < text.size() && (static_cast<unsigned char>(text[size]) & 0xC0) == 0x80)
            --size; // not inside a character (a byte at least, should the text not be UTF-8)
        words += (words.empty() ? "" : "\r\n ") + std::string("=?UTF-8?B?") + toBase64(text.substr(0, size)) + "?=";
        text.remove_prefix(size);
    }
    return words;
}

// A header's text (the subject): one line (control characters, line breaks among them, become
// spaces: a group's name or an event's title cannot add a header), as it is in ASCII, else as
// encoded words.
std::string headerText(std::string_view text)
{
    std::string line(text);
    for (char &c : line) {
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F)
            c = ' ';
    }
    return isAscii(line) ? line : encodedWords(line);
}

// The display name of From: a quoted string in ASCII, else encoded words.
std::string displayName(std::string_view name)
{
    if (!isAscii(name))
        return encodedWords(name);
    std::string quoted = "\"";
    for (const char c : name) {
        if (c == '"' || c == '\\')
            quoted += '\\';
        if (c != '\r' && c != '\n')
            quoted += c;
    }
    return quoted + "\"";
}

// The plain text as a small HTML page: its characters escaped, paragraphs at blank lines, line
// breaks kept, and web addresses as links.
std::string htmlOf(std::string_view text)
{
    const auto escaped = [](std::string_view part) {
        std::string out;
        for (const char c : part) {
            switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            case '\r':
                break;
            default:
                out += c;
            }
        }
        return out;
    };
    // One line, its https:// and http:// addresses linked (an address ends at a space or quote).
    const auto linked = [&](std::string_view line) {
        std::string out;
        while (!line.empty()) {
            const auto https = line.find("https://");
            const auto http = line.find("http://");
            const auto start = std::min(https, http);
            if (start == std::string_view::npos) {
                out += escaped(line);
                break;
            }
            const auto end = line.find_first_of(" \t\"<>", start);
            const std::string_view address = line.substr(start, end == std::string_view::npos ? end : end - start);
            out += escaped(line.substr(0, start)) + "<a href=\"" + escaped(address) + "\">" + escaped(address) + "</a>";
            line.remove_prefix(start + address.size());
        }
        return out;
    };
    std::string html = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head>\n<body>\n<p>";
    bool blank = true; // at the start of a paragraph
    while (true) {
        const auto end = text.find('\n');
        std::string_view line = text.substr(0, end);
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        if (line.find_first_not_of(" \t") == std::string_view::npos) {
            if (!blank)
                html += "</p>\n<p>";
            blank = true;
        } else {
            html += (blank ? "" : "<br>\n") + linked(line);
            blank = false;
        }
        if (end == std::string_view::npos)
            break;
        text.remove_prefix(end + 1);
    }
    return html + "</p>\n</body></html>\n";
}

} // namespace

SmtpClient::SmtpClient(SmtpSettings settings, const Clock &clock)
    : m_settings(std::move(settings))
    , m_clock(clock)
{
}

std::string SmtpClient::formatMessage(
    const std::string &from, const OutgoingMail &mail, std::int64_t nowMs, const DkimSigner *dkim)
{
    const std::string domain = from.substr(from.find('@') + 1);
    const std::string sender = mail.fromName.empty() ? from : displayName(mail.fromName) + " <" + from + ">";
    const std::string boundary = "=_commonroom_" + toHex(randomBytes(12));
    std::string message = "From: " + sender + "\r\nTo: " + mail.recipient + "\r\nSubject: " + headerText(mail.subject)
        + "\r\nDate: " + headerDate(nowMs) + "\r\nMessage-ID: <"
        + (mail.messageId.empty() ? toHex(randomBytes(16)) : mail.messageId) + "@" + domain + ">\r\n" + mail.headers
        + "MIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary=\"" + boundary + "\"\r\n\r\n--" + boundary
        + "\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n";
    std::string_view body = mail.body;
    while (!body.empty()) {
        const auto end = body.find('\n');
        std::string_view line = body.substr(0, end);
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        message += std::string(line) + "\r\n";
        if (end == std::string_view::npos)
            break;
        body.remove_prefix(end + 1);
    }
    // The same text as HTML, for mail programs that show that (its links clickable); base64, so
    // that no line is too long and none starts with a dot.
    message
        += "--" + boundary + "\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n";
    const std::string html = toBase64(htmlOf(mail.body));
    for (std::size_t at = 0; at < html.size(); at += 76)
        message += html.substr(at, 76) + "\r\n";
    message += "--" + boundary + "--\r\n";
    if (dkim)
        message.insert(0, dkim->signatureFor(message, nowMs));
    // Dot-stuffing (RFC 5321, 4.5.2) is the transport's, after the signature.
    std::string stuffed;
    stuffed.reserve(message.size() + 16);
    for (std::size_t at = 0; at < message.size();) {
        const auto end = message.find("\r\n", at);
        const std::size_t next = end == std::string::npos ? message.size() : end + 2;
        if (message[at] == '.')
            stuffed += '.';
        stuffed.append(message, at, next - at);
        at = next;
    }
    return stuffed;
}

Status SmtpClient::send(const OutgoingMail &mail, const std::function<void()> &accepted)
{
    bool taken = false;
    try {
        Conversation conversation(m_settings);
        return conversation.run(mail,
            formatMessage(m_settings.from, mail, m_clock.nowMs(), m_settings.dkim ? &*m_settings.dkim : nullptr), [&] {
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
