#include "Commands.h"

#include "Api.h"
#include "DemoSeeder.h"
#include "DuplicateScan.h"
#include "EventReminders.h"
#include "HttpsServer.h"
#include "MailQueue.h"
#include "MailSeal.h"
#include "OffsetClock.h"
#include "PasswordPolicy.h"
#include "RequestGate.h"
#include "SqliteStore.h"
#include "SyncService.h"
#include "TlsIdentity.h"

#include "common/Clock.h"
#include "common/EmailAddress.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <cstring>
#include <exception>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <memory>
#include <optional>
#include <sstream>
#include <stop_token>
#include <string>
#include <thread>

namespace commonroom::syncd {

namespace {

// Takes group and other permissions away from `path`; directories keep their owner's search bit.
void keepToOwner(const std::filesystem::path &path, bool directory)
{
    struct stat status
    {
    };
    if (::lstat(path.c_str(), &status) == 0 && (status.st_mode & 077) != 0 && !S_ISLNK(status.st_mode))
        ::chmod(path.c_str(), directory ? 0700 : 0600);
}

// The data directory holds password hashes, the TLS key, the mail key and the queued mail: only
// its owner may look inside. New files are made so by the umask set in main(); files of an older
// version, or copied in, are tightened here, the directory and its tls/ folder included.
Status ensureDataDirectory(const std::filesystem::path &directory)
{
    std::error_code ec;
    if (!std::filesystem::is_directory(directory, ec) && !std::filesystem::create_directories(directory, ec) && ec)
        return makeError("storage",
            "Cannot create the data directory " + directory.string() + ": " + ec.message()
                + "; choose a --data directory this user may write to.");
    keepToOwner(directory, true);
    for (const auto &folder : {directory, directory / "tls"}) {
        for (const auto &entry : std::filesystem::directory_iterator(folder, ec)) {
            if (entry.is_directory(ec))
                keepToOwner(entry.path(), true);
            else if (entry.is_regular_file(ec))
                keepToOwner(entry.path(), false);
        }
    }
    return {};
}

// One line on what a scan for duplicates found, written at once so that it never interleaves
// with another thread's line.
void reportScan(std::ostream &out, const DuplicateScan::Outcome &outcome, std::chrono::duration<double> took)
{
    std::ostringstream line;
    line << "commonroom-syncd: duplicate scan of " << outcome.people << " people: " << outcome.comparisons
         << " pairs compared, " << outcome.pairs << " likely the same person (" << outcome.flagged
         << " new for review, " << outcome.known << " flagged before)";
    if (outcome.oversizedBlocks > 0)
        line << "; " << outcome.oversizedBlocks << " groups of alike people too large to compare within";
    line << ", in " << std::fixed << std::setprecision(1) << took.count() << " s.\n";
    out << line.str() << std::flush;
}

// The data directory's lock (DATA/daemon.lock, flock): held by the serving daemon, and by
// seed-demo and dedupe while they write, for as long as each runs; the kernel lets it go however
// the process ends. A daemon caches what it wrote (checksums, duplicate keys), so nothing else may
// write under it, nor may two daemons serve one directory.
class DataLock
{
public:
    DataLock() = default;
    DataLock(const DataLock &) = delete;
    DataLock &operator=(const DataLock &) = delete;
    ~DataLock()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    // An error saying `whenHeld` when another process holds it, or why the lock file cannot be
    // opened.
    Status take(const std::filesystem::path &directory, const std::string &whenHeld)
    {
        const auto file = directory / "daemon.lock";
        m_fd = ::open(file.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
        if (m_fd < 0)
            return makeError("storage",
                "Cannot open " + file.string() + ": " + std::strerror(errno)
                    + "; choose a --data directory this user may write to.");
        if (::flock(m_fd, LOCK_EX | LOCK_NB) != 0)
            return makeError("busy", whenHeld);
        return {};
    }

private:
    int m_fd = -1;
};

std::string urlHost(const std::string &host)
{
    return host.find(':') == std::string::npos ? host : "[" + host + "]";
}

} // namespace

Commands::Commands(std::istream &in, std::ostream &out, std::ostream &err, const Clock &clock)
    : m_in(in)
    , m_out(out)
    , m_err(err)
    , m_clock(clock)
{
}

std::filesystem::path Commands::databaseFile(const std::filesystem::path &dataDirectory)
{
    return dataDirectory / "commonroom.db";
}

int Commands::failed(const std::string &message)
{
    m_err << "commonroom-syncd: " << message << std::endl;
    return kFailed;
}

int Commands::run(const std::vector<std::string_view> &arguments)
{
    const auto command = CommandLine::parse(arguments);
    if (!command) {
        m_err << "commonroom-syncd: " << command.error().message << "\nRun \"commonroom-syncd --help\" for usage."
              << std::endl;
        return kUsage;
    }
    try {
        if (std::holds_alternative<HelpCommand>(*command)) {
            m_out << CommandLine::usage();
            return kOk;
        }
        if (const auto *init = std::get_if<InitCommand>(&*command))
            return this->init(*init);
        if (const auto *serve = std::get_if<ServeCommand>(&*command))
            return this->serve(*serve);
        if (const auto *scan = std::get_if<DedupeCommand>(&*command))
            return dedupe(*scan);
        return seedDemo(std::get<SeedDemoCommand>(*command));
    } catch (const std::exception &error) {
        return failed(error.what());
    }
}

int Commands::init(const InitCommand &command)
{
    std::string password;
    if (!std::getline(m_in, password) || password.empty())
        return failed("No password on standard input. Pipe the admin password in, for example:\n"
                      "  printf '%s\\n' \"$PASSWORD\" | commonroom-syncd init --data "
            + command.data.string() + " --admin-email " + command.adminEmail + " --password-stdin");
    if (password.back() == '\r')
        password.pop_back();
    if (auto email = checkEmail(command.adminEmail); !email)
        return failed(email.error().message);
    if (auto strong = PasswordPolicy::check(password, {command.adminEmail, {}}); !strong)
        return failed(strong.error().message);
    if (auto directory = ensureDataDirectory(command.data); !directory)
        return failed(directory.error().message);

    const auto file = databaseFile(command.data);
    auto store = SqliteStore::open(file);
    if (!store)
        return failed(store.error().message);
    SyncService service(**store, m_clock);
    const std::string email = command.adminEmail;
    const std::string displayName = email.substr(0, email.find('@'));

    Store::Transaction transaction(**store);
    const auto id = service.createAccount(
        email, password, Role::Admin, FieldMap {{"display_name", displayName}}, std::string(SyncService::kServerSite));
    if (!id)
        return failed(id.error().message);
    transaction.commit();
    m_out << "Created the admin account " << email << " in " << file.string() << ".\n"
          << "Start the server with: commonroom-syncd serve --data " << command.data.string() << std::endl;
    return kOk;
}

int Commands::serve(const ServeCommand &command)
{
    const auto file = databaseFile(command.data);
    std::error_code ec;
    if (!std::filesystem::exists(file, ec))
        return failed("There is no Commonroom database in " + command.data.string()
            + ". Create one first with: commonroom-syncd init --data " + command.data.string()
            + " --admin-email EMAIL --password-stdin");
    if (auto directory = ensureDataDirectory(command.data); !directory)
        return failed(directory.error().message);
    DataLock lock;
    if (auto taken = lock.take(command.data,
            "Another commonroom-syncd serves " + command.data.string()
                + " already, or runs seed-demo or dedupe on it; stop it first, or serve another --data directory.");
        !taken)
        return failed(taken.error().message);
    auto store = SqliteStore::open(file);
    if (!store)
        return failed(store.error().message);

    const auto nowSeconds = m_clock.nowMs() / 1000;
    const auto identity = command.tlsCertificate ? TlsIdentity::load(*command.tlsCertificate, *command.tlsKey)
                                                 : TlsIdentity::loadOrCreateSelfSigned(command.data, nowSeconds);
    if (!identity)
        return failed(identity.error().message);

    // Tests move the daemon's time with --clock-offset-file; everyone else runs on the clock given.
    std::optional<OffsetClock> offsetClock;
    if (command.clockOffsetFile)
        offsetClock.emplace(m_clock, *command.clockOffsetFile);
    const Clock &clock = offsetClock ? static_cast<const Clock &>(*offsetClock) : m_clock;
    SyncService service(**store, clock);
    auto mailSeal = MailSeal::loadOrCreate(command.data / "mail.key");
    if (!mailSeal)
        return failed(mailSeal.error().message);
    service.admission().setMailSeal(std::move(*mailSeal));
    service.admission().setVouchesNeeded(int(command.vouchesNeeded));
    service.admission().setServerUrl(command.publicUrl.empty()
            ? "https://" + urlHost(command.host) + ":" + std::to_string(command.port)
            : command.publicUrl);
    service.setTombstoneWindow(std::chrono::duration_cast<std::chrono::milliseconds>(command.tombstoneWindow).count());
    // Checksums for devices' verification are computed once here when the data changed without
    // the daemon (init, seed-demo), so that no pull ever waits for a pass over every row.
    service.prepareChecksums();
    Api api(service);
    // Rate limits and log lines follow the daemon's own clock, not a test's offset.
    RequestGate gate(m_clock, RequestGate::Limits {command.rateLimit, command.loginRateLimit});
    const std::size_t maxConnections = command.maxConnections.value_or(HttpsServer::defaultMaxConnections());
    if (maxConnections + HttpsServer::kReservedFiles > HttpsServer::openFileLimit())
        m_err << "commonroom-syncd: --max-connections " << maxConnections << " is more than the open-file limit ("
              << HttpsServer::openFileLimit() << ") leaves room for; raise the limit (ulimit -n, LimitNOFILE) or "
              << "expect refused connections under load." << std::endl;
    HttpsServer server(api, gate, *identity, m_clock, command.readTimeout, maxConnections);
    const auto port = server.listen(command.host, command.port);
    if (!port)
        return failed(port.error().message);
    if (command.publicUrl.empty())
        service.admission().setServerUrl("https://" + urlHost(command.host) + ":" + std::to_string(*port));
    std::unique_ptr<MailQueue> mail;
    if (!command.smtpHost.empty()) {
        SmtpSettings smtp;
        smtp.host = command.smtpHost;
        smtp.port = command.smtpPort;
        smtp.startTls = command.smtpStartTls;
        smtp.caFile = command.smtpCa;
        smtp.user = command.smtpUser;
        smtp.from = command.mailFrom;
        if (command.dkimKey) {
            auto signer = DkimSigner::load(*command.dkimKey, command.dkimSelector,
                command.dkimDomain.empty() ? command.mailFrom.substr(command.mailFrom.find('@') + 1)
                                           : command.dkimDomain);
            if (!signer)
                return failed(signer.error().message);
            smtp.dkim = std::move(*signer);
        }
        if (command.smtpPasswordFile) {
            std::ifstream in(*command.smtpPasswordFile);
            if (!in || !std::getline(in, smtp.password))
                return failed("Cannot read the SMTP password from " + command.smtpPasswordFile->string() + ".");
        }
        mail = std::make_unique<MailQueue>(
            service, std::move(smtp), SendingLimits {command.mailPerMinute, command.mailPerDay});
        // Reminders are looked for once a minute of the daemon's clock: a minute late is on time.
        mail->start(std::chrono::milliseconds(500),
            [&clock, reminders = EventReminders(service), next = std::int64_t(0)]() mutable {
                if (clock.nowMs() < next)
                    return;
                next = clock.nowMs() + 60 * 1000;
                reminders.queueDue();
            });
    }
    // The whole directory is scanned for people recorded twice every --dedupe-every, on a thread
    // of its own: pushes and pulls go on meanwhile (DuplicateScan). A scan under way when the
    // daemon stops finishes its comparison and writes nothing.
    std::jthread dedupe;
    if (command.dedupeInterval.count() > 0) {
        dedupe = std::jthread([this, &service, interval = command.dedupeInterval](const std::stop_token &stop) {
            std::mutex mutex;
            std::condition_variable_any wake;
            std::unique_lock lock(mutex);
            for (;;) {
                wake.wait_for(lock, stop, interval, [] { return false; });
                if (stop.stop_requested())
                    return;
                try {
                    const auto started = std::chrono::steady_clock::now();
                    const auto outcome = DuplicateScan::run(service, DuplicateScan::kDefaultThreshold, stop);
                    if (!stop.stop_requested())
                        reportScan(m_err, outcome, std::chrono::steady_clock::now() - started);
                } catch (const std::exception &error) {
                    m_err << ("commonroom-syncd: the scan for duplicates failed: " + std::string(error.what()) + "\n")
                          << std::flush;
                }
            }
        });
    }
    // Scripts and tests read these two lines to find the port and pin the certificate.
    m_out << "TLS certificate SHA-256 fingerprint: " << identity->fingerprint() << '\n'
          << "commonroom-syncd listening on https://" << urlHost(command.host) << ':' << *port << std::endl;
    server.run();
    if (dedupe.joinable()) {
        dedupe.request_stop();
        dedupe.join();
    }
    m_err << "commonroom-syncd stopped." << std::endl;
    return kOk;
}

int Commands::dedupe(const DedupeCommand &command)
{
    const auto file = databaseFile(command.data);
    std::error_code ec;
    if (!std::filesystem::exists(file, ec))
        return failed("There is no Commonroom database in " + command.data.string()
            + " to scan; check --data, which names the directory the daemon serves.");
    DataLock lock;
    if (auto taken = lock.take(command.data,
            "commonroom-syncd serves " + command.data.string()
                + " now; stop it first, or let it scan by itself (serve --dedupe-every HOURS).");
        !taken)
        return failed(taken.error().message);
    auto store = SqliteStore::open(file);
    if (!store)
        return failed(store.error().message);
    SyncService service(**store, m_clock);
    const auto started = std::chrono::steady_clock::now();
    reportScan(m_out, DuplicateScan::run(service, command.threshold), std::chrono::steady_clock::now() - started);
    return kOk;
}

int Commands::seedDemo(const SeedDemoCommand &command)
{
    if (auto directory = ensureDataDirectory(command.data); !directory)
        return failed(directory.error().message);
    DataLock lock;
    if (auto taken = lock.take(command.data,
            "commonroom-syncd serves " + command.data.string() + " now; stop it first, then seed the demo.");
        !taken)
        return failed(taken.error().message);
    const auto file = databaseFile(command.data);
    auto store = SqliteStore::open(file);
    if (!store)
        return failed(store.error().message);
    SyncService service(**store, m_clock);
    DemoSeeder seeder(**store, service, m_clock);

    const auto started = std::chrono::steady_clock::now();
    const auto summary = seeder.run(command.people, command.password);
    if (!summary)
        return failed(summary.error().message);
    const std::chrono::duration<double> took = std::chrono::steady_clock::now() - started;

    m_out << "Demo community in " << file.string() << ": " << summary->totalPeople << " people ("
          << summary->peopleAdded << " added), " << summary->groups << " groups, " << summary->membershipsAdded
          << " memberships added, in " << std::fixed << std::setprecision(1) << took.count() << " s.\n"
          << "Demo accounts (password: " << command.password << "):\n";
    for (const auto &account : summary->accounts) {
        m_out << "  " << std::left << std::setw(24) << account.email << std::setw(11) << account.role
              << account.displayName;
        if (!account.created)
            m_out << "  (existed already; password unchanged)";
        m_out << '\n';
    }
    m_out.flush();
    return kOk;
}

} // namespace commonroom::syncd
