#pragma once

#include "DuplicateScan.h"

#include "common/Result.h"

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace commonroom::syncd {

struct HelpCommand
{
};

struct InitCommand
{
    std::filesystem::path data;
    std::string adminEmail;
};

struct ServeCommand
{
    std::filesystem::path data;
    std::string host = "127.0.0.1";
    std::uint16_t port = 8443;
    std::optional<std::filesystem::path> tlsCertificate;
    std::optional<std::filesystem::path> tlsKey;
    // Requests a second per session token (bursts of twice as many); 0 turns the limit off.
    std::uint32_t rateLimit = 50;
    // Requests a second without a session token, sign-ins above all, per client address.
    std::uint32_t loginRateLimit = 10;
    std::chrono::seconds readTimeout {30};
    // Connections served at once; unset: HttpsServer::defaultMaxConnections() (from the open-file
    // limit).
    std::optional<std::uint32_t> maxConnections;
    // How long deleted rows stay in the change log; devices whose cursor is older fetch afresh.
    std::chrono::days tombstoneWindow {30};
    // Admission and mail (docs/admission.md).
    std::uint32_t vouchesNeeded = 2;
    std::string smtpHost; // empty: mails wait in the queue until a server is configured
    std::uint16_t smtpPort = 587;
    bool smtpStartTls = false;
    std::optional<std::filesystem::path> smtpCa;
    std::string smtpUser;
    std::optional<std::filesystem::path> smtpPasswordFile;
    std::string mailFrom = "commonroom@localhost";
    // The mail server's sending limits (SendingLimits, syncd/MailQueue.h); 0: none.
    std::uint32_t mailPerMinute = 0;
    std::uint32_t mailPerDay = 0;
    // DKIM signing (syncd/DkimSigner.h): the RSA key, its selector, and the domain (default: that
    // of mailFrom).
    std::optional<std::filesystem::path> dkimKey;
    std::string dkimSelector;
    std::string dkimDomain;
    std::string publicUrl; // how people reach the daemon, for mails; default https://LISTEN
    // How often the whole directory is scanned for people recorded twice (DuplicateScan), the
    // first time one interval after the start; 0: never.
    std::chrono::hours dedupeInterval {24};
    // Tests only: a file holding milliseconds added to the daemon's clock.
    std::optional<std::filesystem::path> clockOffsetFile;
};

struct SeedDemoCommand
{
    std::filesystem::path data;
    std::size_t people = 300;
    std::string password = "harbour-lights-demo";
};

struct DedupeCommand
{
    std::filesystem::path data;
    double threshold = DuplicateScan::kDefaultThreshold;
};

using Command = std::variant<HelpCommand, InitCommand, ServeCommand, SeedDemoCommand, DedupeCommand>;

// The daemon's command line. Usage errors come back with code "usage" and a message that says
// what was wrong; the caller prints it with the usage and exits with status 2.
class CommandLine
{
public:
    static Result<Command> parse(const std::vector<std::string_view> &arguments);
    static std::string usage();

    // "HOST:PORT" or "[IPv6]:PORT" into its parts.
    static Result<std::pair<std::string, std::uint16_t>> parseListen(std::string_view text);
};

} // namespace commonroom::syncd
