#include "CommandLine.h"

#include <arpa/inet.h>

#include <charconv>
#include <map>

namespace commonroom::syncd {

namespace {

Error usageError(std::string message)
{
    return makeError("usage", std::move(message));
}

// Options of one subcommand: "--name value", "--name=value" or a bare flag.
class Options
{
public:
    Options(std::string_view command, std::map<std::string_view, bool> known)
        : m_command(command)
        , m_known(std::move(known))
    {
    }

    Status read(const std::vector<std::string_view> &arguments, std::size_t first)
    {
        for (std::size_t i = first; i < arguments.size(); ++i) {
            std::string_view argument = arguments[i];
            if (!argument.starts_with("--"))
                return usageError("Unexpected argument \"" + std::string(argument) + "\" for " + m_command + ".");
            std::optional<std::string> inlineValue;
            if (const auto equals = argument.find('='); equals != std::string_view::npos) {
                inlineValue = std::string(argument.substr(equals + 1));
                argument = argument.substr(0, equals);
            }
            if (argument == "--db")
                return usageError("PostgreSQL storage (--db) is not available in this build; leave --db out to keep "
                                  "the data in SQLite inside --data.");
            const auto known = m_known.find(argument);
            if (known == m_known.end())
                return usageError("Unknown option " + std::string(argument) + " for " + m_command + ".");
            const bool takesValue = known->second;
            if (!takesValue) {
                if (inlineValue)
                    return usageError(std::string(argument) + " takes no value.");
                m_values[argument] = "";
                continue;
            }
            if (inlineValue) {
                m_values[argument] = *inlineValue;
            } else if (i + 1 < arguments.size()) {
                m_values[argument] = std::string(arguments[++i]);
            } else {
                return usageError(std::string(argument) + " needs a value.");
            }
        }
        return {};
    }

    std::optional<std::string> value(std::string_view name) const
    {
        const auto it = m_values.find(name);
        return it == m_values.end() ? std::nullopt : std::optional(it->second);
    }

    Result<std::string> required(std::string_view name) const
    {
        auto found = value(name);
        if (!found || found->empty())
            return usageError(m_command + " needs " + std::string(name) + ".");
        return *found;
    }

private:
    std::string m_command;
    std::map<std::string_view, bool> m_known;
    std::map<std::string_view, std::string> m_values;
};

// A whole number from `min` to `max` for `option`, or a usage error that says so.
Result<std::uint32_t> wholeNumber(
    std::string_view option, const std::string &text, std::uint32_t min, std::uint32_t max)
{
    std::uint32_t number = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), number);
    if (ec != std::errc() || end != text.data() + text.size() || text.empty() || number < min || number > max)
        return usageError(std::string(option) + " takes a whole number from " + std::to_string(min) + " to "
            + std::to_string(max) + ", not \"" + text + "\".");
    return number;
}

bool isIpAddress(const std::string &host)
{
    unsigned char buffer[16];
    return inet_pton(AF_INET, host.c_str(), buffer) == 1 || inet_pton(AF_INET6, host.c_str(), buffer) == 1;
}

} // namespace

std::string CommandLine::usage()
{
    return "Usage:\n"
           "  commonroom-syncd init --data DIR --admin-email EMAIL --password-stdin\n"
           "      Creates the data directory and database, and the first admin account. The password\n"
           "      (at least 12 characters) is read from the first line of standard input.\n"
           "  commonroom-syncd serve --data DIR [--listen 127.0.0.1:8443] [--tls-cert FILE --tls-key FILE]\n"
           "                        [--rate-limit N] [--login-rate-limit N] [--read-timeout SECONDS]\n"
           "                        [--max-connections N] [--tombstone-days N] [--vouches-needed N]\n"
           "                        [--public-url URL] [--dedupe-every HOURS]\n"
           "                        [--smtp-host HOST [--smtp-port 587] [--smtp-starttls] [--smtp-ca FILE]\n"
           "                         [--smtp-user USER --smtp-password-file FILE] [--mail-from ADDRESS]\n"
           "                         [--mail-per-minute N] [--mail-per-day N]\n"
           "                         [--dkim-key FILE --dkim-selector NAME [--dkim-domain DOMAIN]]]\n"
           "      Serves the sync API over HTTPS. Without --tls-cert/--tls-key a self-signed certificate\n"
           "      is created in DIR/tls on first start; clients pin its SHA-256 fingerprint.\n"
           "      --listen HOST:0 picks a free port. Stops cleanly on SIGINT or SIGTERM.\n"
           "      --rate-limit: requests a second per session token, bursts of twice as many (default 50;\n"
           "      0 turns it off); one client address may send 4 times as many over all its sessions.\n"
           "      --login-rate-limit: sign-ins and other requests that need no session, a second per\n"
           "      client address whatever token they carry, bursts of twice as many (default 10; 0 turns\n"
           "      it off; behind a reverse proxy all clients share its address). Over a limit the answer\n"
           "      is 429 with Retry-After. --read-timeout: seconds a client has to send each request\n"
           "      before its connection is closed (default 30). --max-connections: connections served at\n"
           "      once; beyond it a new one closes the one that has waited longest for a request (default:\n"
           "      the open-file limit less 64, from 16 to 4096; raise the limit with ulimit -n or\n"
           "      LimitNOFILE). --tombstone-days: how long deleted rows are kept in the change log\n"
           "      (default 30); a device that has not synced for longer fetches a fresh copy.\n"
           "      --vouches-needed: vouches that make an applicant a member (default 2). Mail (invitations,\n"
           "      password resets) waits in the database's queue and goes out through --smtp-host, tried\n"
           "      again until the server takes it; --smtp-starttls requires an encrypted connection,\n"
           "      --smtp-ca trusts that certificate file for it. --mail-per-minute and --mail-per-day keep\n"
           "      to the mail server's sending limits (default 0: none); mail beyond them waits, a person's\n"
           "      own (invitations, resets) before group messages and reminders. --dkim-key signs every\n"
           "      mail with that RSA key (PEM) for the TXT record NAME._domainkey.DOMAIN (default domain:\n"
           "      --mail-from's). --public-url is the address put in mails. --dedupe-every: hours between\n"
           "      two scans of the whole directory for people recorded twice, the first one that long\n"
           "      after the start (default 24; 0: never).\n"
           "  commonroom-syncd seed-demo --data DIR [--people N] [--demo-password PASSWORD]\n"
           "      Adds a demo community (default 300 people) and the demo accounts admin@, leader@,\n"
           "      member@ and applicant@example.org (default password harbour-lights-demo). Running it\n"
           "      again tops the community up to N people.\n"
           "  commonroom-syncd dedupe --data DIR [--threshold 0.9]\n"
           "      Scans the whole directory for people recorded twice now, with the daemon stopped, and\n"
           "      flags each pair scoring at least the threshold (0.5 to 1) for leaders to review.\n"
           "  commonroom-syncd --help\n";
}

Result<std::pair<std::string, std::uint16_t>> CommandLine::parseListen(std::string_view text)
{
    const auto colon = text.rfind(':');
    const auto bad = [&] {
        return usageError("--listen takes HOST:PORT with an IP address, like 127.0.0.1:8443 or [::1]:8443, not \""
            + std::string(text) + "\".");
    };
    if (colon == std::string_view::npos)
        return bad();
    std::string host(text.substr(0, colon));
    if (host.size() >= 2 && host.front() == '[' && host.back() == ']')
        host = host.substr(1, host.size() - 2);
    else if (host.find(':') != std::string::npos)
        return bad(); // an IPv6 address needs brackets, or its last group reads as the port
    const auto portText = text.substr(colon + 1);
    unsigned port = 0;
    const auto [end, ec] = std::from_chars(portText.data(), portText.data() + portText.size(), port);
    if (ec != std::errc() || end != portText.data() + portText.size() || portText.empty() || port > 65535
        || !isIpAddress(host))
        return bad();
    return std::pair {host, std::uint16_t(port)};
}

Result<Command> CommandLine::parse(const std::vector<std::string_view> &arguments)
{
    if (arguments.size() < 2)
        return usageError("Name a command: init, serve, seed-demo or dedupe.");
    const std::string_view command = arguments[1];
    if (command == "--help" || command == "-h" || command == "help")
        return Command {HelpCommand {}};
    for (const auto argument : arguments) {
        if (argument == "--help" || argument == "-h")
            return Command {HelpCommand {}};
    }

    if (command == "init") {
        Options options("init", {{"--data", true}, {"--admin-email", true}, {"--password-stdin", false}});
        if (auto read = options.read(arguments, 2); !read)
            return read.error();
        auto data = options.required("--data");
        auto email = options.required("--admin-email");
        if (!data)
            return data.error();
        if (!email)
            return email.error();
        if (!options.value("--password-stdin"))
            return usageError("init reads the admin password from standard input; add --password-stdin and pipe "
                              "the password in.");
        return Command {InitCommand {*data, *email}};
    }

    if (command == "serve") {
        Options options("serve",
            {{"--data", true}, {"--listen", true}, {"--tls-cert", true}, {"--tls-key", true}, {"--rate-limit", true},
                {"--login-rate-limit", true}, {"--read-timeout", true}, {"--max-connections", true},
                {"--tombstone-days", true}, {"--vouches-needed", true}, {"--smtp-host", true}, {"--smtp-port", true},
                {"--smtp-starttls", false}, {"--smtp-ca", true}, {"--smtp-user", true}, {"--smtp-password-file", true},
                {"--mail-from", true}, {"--mail-per-minute", true}, {"--mail-per-day", true}, {"--dkim-key", true},
                {"--dkim-selector", true}, {"--dkim-domain", true}, {"--public-url", true}, {"--dedupe-every", true},
                {"--clock-offset-file", true}});
        if (auto read = options.read(arguments, 2); !read)
            return read.error();
        auto data = options.required("--data");
        if (!data)
            return data.error();
        ServeCommand serve;
        serve.data = *data;
        if (const auto listen = options.value("--listen")) {
            auto parsed = parseListen(*listen);
            if (!parsed)
                return parsed.error();
            serve.host = parsed->first;
            serve.port = parsed->second;
        }
        const auto certificate = options.value("--tls-cert");
        const auto key = options.value("--tls-key");
        if (certificate.has_value() != key.has_value())
            return usageError("--tls-cert and --tls-key go together; give both, or neither for a self-signed "
                              "certificate.");
        if (certificate) {
            serve.tlsCertificate = *certificate;
            serve.tlsKey = *key;
        }
        if (const auto rate = options.value("--rate-limit")) {
            const auto parsed = wholeNumber("--rate-limit", *rate, 0, 1'000'000);
            if (!parsed)
                return parsed.error();
            serve.rateLimit = *parsed;
        }
        if (const auto rate = options.value("--login-rate-limit")) {
            const auto parsed = wholeNumber("--login-rate-limit", *rate, 0, 1'000'000);
            if (!parsed)
                return parsed.error();
            serve.loginRateLimit = *parsed;
        }
        if (const auto timeout = options.value("--read-timeout")) {
            const auto parsed = wholeNumber("--read-timeout", *timeout, 1, 3600);
            if (!parsed)
                return parsed.error();
            serve.readTimeout = std::chrono::seconds(*parsed);
        }
        if (const auto connections = options.value("--max-connections")) {
            const auto parsed = wholeNumber("--max-connections", *connections, 1, 1'000'000);
            if (!parsed)
                return parsed.error();
            serve.maxConnections = *parsed;
        }
        if (const auto days = options.value("--tombstone-days")) {
            const auto parsed = wholeNumber("--tombstone-days", *days, 0, 3650);
            if (!parsed)
                return parsed.error();
            serve.tombstoneWindow = std::chrono::days(*parsed);
        }
        if (const auto vouches = options.value("--vouches-needed")) {
            const auto parsed = wholeNumber("--vouches-needed", *vouches, 1, 100);
            if (!parsed)
                return parsed.error();
            serve.vouchesNeeded = *parsed;
        }
        serve.smtpHost = options.value("--smtp-host").value_or("");
        if (const auto port = options.value("--smtp-port")) {
            const auto parsed = wholeNumber("--smtp-port", *port, 1, 65535);
            if (!parsed)
                return parsed.error();
            serve.smtpPort = std::uint16_t(*parsed);
        }
        serve.smtpStartTls = options.value("--smtp-starttls").has_value();
        if (const auto ca = options.value("--smtp-ca"))
            serve.smtpCa = *ca;
        serve.smtpUser = options.value("--smtp-user").value_or("");
        if (const auto file = options.value("--smtp-password-file"))
            serve.smtpPasswordFile = *file;
        if (serve.smtpUser.empty() != !serve.smtpPasswordFile)
            return usageError("--smtp-user and --smtp-password-file go together.");
        serve.mailFrom = options.value("--mail-from").value_or(serve.mailFrom);
        for (const auto &[name, limit] :
            {std::pair {"--mail-per-minute", &serve.mailPerMinute}, std::pair {"--mail-per-day", &serve.mailPerDay}}) {
            if (const auto value = options.value(name)) {
                const auto parsed = wholeNumber(name, *value, 0, 10'000'000);
                if (!parsed)
                    return parsed.error();
                *limit = *parsed;
            }
        }
        if (const auto key = options.value("--dkim-key"))
            serve.dkimKey = *key;
        serve.dkimSelector = options.value("--dkim-selector").value_or("");
        serve.dkimDomain = options.value("--dkim-domain").value_or("");
        if (serve.dkimKey.has_value() == serve.dkimSelector.empty())
            return usageError("--dkim-key and --dkim-selector go together.");
        if (!serve.dkimKey && !serve.dkimDomain.empty())
            return usageError("--dkim-domain needs --dkim-key and --dkim-selector.");
        serve.publicUrl = options.value("--public-url").value_or("");
        if (const auto hours = options.value("--dedupe-every")) {
            const auto parsed = wholeNumber("--dedupe-every", *hours, 0, 24 * 365);
            if (!parsed)
                return parsed.error();
            serve.dedupeInterval = std::chrono::hours(*parsed);
        }
        if (const auto file = options.value("--clock-offset-file"))
            serve.clockOffsetFile = *file;
        return Command {serve};
    }

    if (command == "seed-demo") {
        Options options("seed-demo", {{"--data", true}, {"--people", true}, {"--demo-password", true}});
        if (auto read = options.read(arguments, 2); !read)
            return read.error();
        auto data = options.required("--data");
        if (!data)
            return data.error();
        SeedDemoCommand seed;
        seed.data = *data;
        if (const auto people = options.value("--people")) {
            const auto [end, ec] = std::from_chars(people->data(), people->data() + people->size(), seed.people);
            if (ec != std::errc() || end != people->data() + people->size() || people->empty()
                || seed.people > 10'000'000)
                return usageError("--people takes a whole number from 0 to 10000000, not \"" + *people + "\".");
        }
        if (const auto password = options.value("--demo-password"))
            seed.password = *password;
        return Command {seed};
    }

    if (command == "dedupe") {
        Options options("dedupe", {{"--data", true}, {"--threshold", true}});
        if (auto read = options.read(arguments, 2); !read)
            return read.error();
        auto data = options.required("--data");
        if (!data)
            return data.error();
        DedupeCommand dedupe;
        dedupe.data = *data;
        if (const auto threshold = options.value("--threshold")) {
            const auto [end, ec]
                = std::from_chars(threshold->data(), threshold->data() + threshold->size(), dedupe.threshold);
            if (ec != std::errc() || end != threshold->data() + threshold->size() || threshold->empty()
                || !(dedupe.threshold >= 0.5 && dedupe.threshold <= 1))
                return usageError("--threshold takes a number from 0.5 to 1, like 0.9, not \"" + *threshold + "\".");
        }
        return Command {dedupe};
    }

    return usageError("Unknown command \"" + std::string(command) + "\"; use init, serve, seed-demo or dedupe.");
}

} // namespace commonroom::syncd
