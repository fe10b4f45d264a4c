// Benchmark 4: the daemon under many concurrent clients. Each client is a keep-alive TLS
// connection of its own device session (a member), sending at a fixed rate (open loop: latency
// counts from when a request was due, so a slow daemon cannot hide behind waiting clients) or
// as fast as answers come (closed loop, for the maximum). The sync load mixes incremental pulls
// (since the client's own cursor) with pushes of one edit of the member's own profile. Baseline:
// the same load on GET /v1/health, which touches no database. Also measures the daemon's memory
// per idle keep-alive connection.

#include "BenchSupport.h"
#include "DaemonProcess.h"

#include "common/Clock.h"
#include "common/Hlc.h"
#include "common/Protocol.h"
#include "common/Uuid.h"
#include "syncd/Encoding.h"
#include "syncd/SqliteStore.h"

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/redirect_error.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>

#include <QCoreApplication>
#include <QDir>
#include <QThread>

#include <sys/resource.h>

#include <iostream>
#include <random>

using namespace commonroom;
using namespace commonroom::bench;

namespace net = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
namespace ssl = net::ssl;
using tcp = net::ip::tcp;

namespace {

// The benchmark drives a real daemon, which runs on the system clock.
const SystemClock kWallClock;

struct Identity
{
    std::string token;
    std::string device;
    std::string person;
};

// Devices and sessions for `count` members, written straight into the daemon's store (the
// daemon is stopped): signing 500 devices in would measure scrypt for minutes. Returns the
// identities and the newest change sequence number, where the clients' cursors start.
std::pair<std::vector<Identity>, std::int64_t> createSessions(const std::string &database, std::size_t count)
{
    auto opened = syncd::SqliteStore::open(database);
    if (!opened)
        throw std::runtime_error(opened.error().message);
    auto &store = **opened;
    const TableDef &person = *findTable("person");
    std::vector<std::string> members;
    std::int64_t head = 0;
    for (std::vector<syncd::ChangeRef> page; !(page = store.changesAfter(head, 5000)).empty();) {
        for (const auto &ref : page) {
            if (ref.table == "person" && members.size() < count) {
                const auto row = store.loadRow(person, ref.id);
                const auto role = row ? row->row.values.find("role") : decltype(row->row.values.end()) {};
                if (row && !row->row.deleted && role != row->row.values.end()
                    && role->second == FieldValue {std::string("member")})
                    members.push_back(ref.id);
            }
        }
        head = page.back().seq;
    }
    if (members.size() < count)
        throw std::runtime_error("the community has only " + std::to_string(members.size()) + " members");
    std::vector<Identity> identities;
    const std::int64_t now = kWallClock.nowMs();
    syncd::Store::Transaction transaction(store);
    for (const auto &member : members) {
        Identity identity {syncd::toBase64Url(syncd::randomBytes(32)), newUuidV7(kWallClock), member};
        syncd::Device device;
        device.id = identity.device;
        device.personId = member;
        device.createdAt = now;
        store.saveDevice(device);
        syncd::Session session;
        session.tokenHash = syncd::toHex(syncd::sha256(identity.token));
        session.deviceId = identity.device;
        session.personId = member;
        session.createdAt = now;
        session.expiresAt = now + 24LL * 3600 * 1000;
        store.insertSession(session);
        identities.push_back(std::move(identity));
    }
    transaction.commit();
    return {identities, head};
}

enum class Workload { Health, Sync };

struct Stats
{
    std::vector<double> health, pull, push;
    long errors = 0;
    long completed = 0; // in the measured window
    long pulledRows = 0;
    std::string firstError;
};

struct Run
{
    Workload workload = Workload::Health;
    std::size_t connections = 500;
    double rate = 0; // requests per second over all clients; 0: closed loop
    int pushPercent = 10;
    Steady::time_point measureFrom;
    Steady::time_point measureUntil;
};

struct ClientState
{
    const Identity *identity = nullptr;
    std::int64_t head = 0;
    std::string cursor;
    std::int64_t mid = 0;
    std::uint64_t hlc = 0;
    std::mt19937 random;
};

http::request<http::string_body> makeRequest(const Run &run, ClientState &state, bool &isPush)
{
    http::request<http::string_body> request;
    request.version(11);
    request.set(http::field::host, "127.0.0.1");
    request.keep_alive(true);
    isPush = false;
    if (run.workload == Workload::Health) {
        request.method(http::verb::get);
        request.target("/v1/health");
        return request;
    }
    request.set(http::field::authorization, "Bearer " + state.identity->token);
    isPush = int(state.random() % 100) < run.pushPercent;
    if (!isPush) {
        request.method(http::verb::get);
        request.target("/v1/pull?since=" + state.cursor + "&limit=100");
        return request;
    }
    protocol::PushRequest push;
    push.clientId = state.identity->device;
    protocol::Mutation mutation;
    mutation.mid = ++state.mid;
    mutation.table = "person";
    mutation.id = state.identity->person;
    mutation.fields["bio"] = "Checked in at the assembly, edit " + std::to_string(state.mid) + ".";
    state.hlc = std::max(state.hlc + 1, Hlc::pack(kWallClock.nowMs(), 0));
    mutation.hlc = state.hlc;
    push.mutations.push_back(std::move(mutation));
    request.method(http::verb::post);
    request.target("/v1/push");
    request.set(http::field::content_type, "application/json");
    request.body() = protocol::toJson(push);
    request.prepare_payload();
    return request;
}

// The cursor of a pull answer, found without decoding the whole page.
std::string cursorOf(const std::string &body, const std::string &fallback)
{
    const auto at = body.rfind("\"cursor\":\"");
    const auto end = at == std::string::npos ? at : body.find('"', at + 10);
    return end == std::string::npos ? fallback : body.substr(at + 10, end - at - 10);
}

// A cursor at the newest change, so that the clients pull incrementally as connected devices
// do. Cursors are opaque to clients; the daemon's current ones are "EPOCH.SEQ" (the epoch of the
// person's clearance), so the epoch is taken from a real answer and the sequence set to `head`.
net::awaitable<std::string> headCursor(beast::ssl_stream<beast::tcp_stream> &stream, beast::flat_buffer &buffer,
    const Identity &identity, std::int64_t head)
{
    http::request<http::empty_body> request {http::verb::get, "/v1/pull?since=&limit=1", 11};
    request.set(http::field::host, "127.0.0.1");
    request.set(http::field::authorization, "Bearer " + identity.token);
    request.keep_alive(true);
    co_await http::async_write(stream, request, net::use_awaitable);
    http::response<http::string_body> response;
    co_await http::async_read(stream, buffer, response, net::use_awaitable);
    const std::string given = cursorOf(response.body(), "");
    const auto dot = given.rfind('.');
    co_return (dot == std::string::npos ? std::string() : given.substr(0, dot + 1)) + std::to_string(head);
}

net::awaitable<void> client(
    ssl::context &context, tcp::endpoint endpoint, const Run &run, ClientState state, Stats &stats, std::size_t index)
{
    const auto executor = co_await net::this_coro::executor;
    const auto interval = run.rate > 0 ? std::chrono::duration_cast<Steady::duration>(
                              std::chrono::duration<double>(double(run.connections) / run.rate))
                                       : Steady::duration::zero();
    // Spread the clients' schedules over one interval.
    Steady::time_point due = Steady::now() + interval * std::int64_t(index) / std::int64_t(run.connections);
    net::steady_timer timer(executor);
    while (Steady::now() < run.measureUntil) {
        try {
            beast::ssl_stream<beast::tcp_stream> stream(executor, context);
            co_await beast::get_lowest_layer(stream).async_connect(endpoint, net::use_awaitable);
            co_await stream.async_handshake(ssl::stream_base::client, net::use_awaitable);
            beast::flat_buffer buffer;
            if (run.workload == Workload::Sync && state.cursor.empty())
                state.cursor = co_await headCursor(stream, buffer, *state.identity, state.head);
            while (Steady::now() < run.measureUntil) {
                if (interval != Steady::duration::zero()) {
                    timer.expires_at(due);
                    co_await timer.async_wait(net::use_awaitable);
                } else {
                    due = Steady::now();
                }
                bool isPush = false;
                auto request = makeRequest(run, state, isPush);
                co_await http::async_write(stream, request, net::use_awaitable);
                http::response<http::string_body> response;
                co_await http::async_read(stream, buffer, response, net::use_awaitable);
                const auto done = Steady::now();
                const bool measured = due >= run.measureFrom && done <= run.measureUntil;
                if (response.result() != http::status::ok) {
                    if (measured)
                        ++stats.errors;
                    if (stats.firstError.empty())
                        stats.firstError = std::to_string(response.result_int()) + " " + response.body();
                } else if (measured) {
                    const double ms = millisecondsBetween(due, done);
                    ++stats.completed;
                    (run.workload == Workload::Health ? stats.health : isPush ? stats.push : stats.pull).push_back(ms);
                }
                if (run.workload == Workload::Sync && !isPush && response.result() == http::status::ok) {
                    stats.pulledRows += long(std::count(response.body().begin(), response.body().end(), '{')) / 2;
                    state.cursor = cursorOf(response.body(), state.cursor);
                }
                due += interval;
                if (!response.keep_alive())
                    break;
            }
            co_return;
        } catch (const std::exception &error) {
            if (Steady::now() >= run.measureFrom && Steady::now() < run.measureUntil)
                ++stats.errors;
            if (stats.firstError.empty())
                stats.firstError = error.what();
        }
        timer.expires_after(std::chrono::milliseconds(100));
        co_await timer.async_wait(net::use_awaitable);
    }
}

Stats runLoad(ssl::context &context, const tcp::endpoint &endpoint, Run run, const std::vector<Identity> &identities,
    std::int64_t head, double warmupSeconds, double seconds)
{
    net::io_context io;
    Stats stats;
    const auto start = Steady::now();
    run.measureFrom
        = start + std::chrono::duration_cast<Steady::duration>(std::chrono::duration<double>(warmupSeconds));
    run.measureUntil
        = run.measureFrom + std::chrono::duration_cast<Steady::duration>(std::chrono::duration<double>(seconds));
    for (std::size_t i = 0; i < run.connections; ++i) {
        ClientState state;
        state.identity = identities.empty() ? nullptr : &identities[i % identities.size()];
        state.head = head;
        state.random.seed(std::uint32_t(i * 7919 + 1));
        net::co_spawn(io, client(context, endpoint, run, std::move(state), stats, i), net::detached);
    }
    io.run();
    return stats;
}

// Opens `count` connections, each doing one request, and holds them idle while the daemon's
// resident memory is read. Returns its RSS with them open.
std::int64_t holdIdleConnections(ssl::context &context, const tcp::endpoint &endpoint, std::size_t count, int pid)
{
    net::io_context io;
    net::steady_timer release(io, Steady::time_point::max());
    std::size_t ready = 0;
    std::int64_t rss = -1;
    for (std::size_t i = 0; i < count; ++i) {
        net::co_spawn(
            io,
            [&]() -> net::awaitable<void> {
                beast::ssl_stream<beast::tcp_stream> stream(io, context);
                co_await beast::get_lowest_layer(stream).async_connect(endpoint, net::use_awaitable);
                co_await stream.async_handshake(ssl::stream_base::client, net::use_awaitable);
                http::request<http::empty_body> request {http::verb::get, "/v1/health", 11};
                request.set(http::field::host, "127.0.0.1");
                request.keep_alive(true);
                co_await http::async_write(stream, request, net::use_awaitable);
                beast::flat_buffer buffer;
                http::response<http::string_body> response;
                co_await http::async_read(stream, buffer, response, net::use_awaitable);
                ++ready;
                beast::error_code ec;
                co_await release.async_wait(net::redirect_error(net::use_awaitable, ec));
            },
            net::detached);
    }
    net::co_spawn(
        io,
        [&]() -> net::awaitable<void> {
            net::steady_timer tick(io);
            const auto deadline = Steady::now() + std::chrono::seconds(20);
            while (ready < count && Steady::now() < deadline) {
                tick.expires_after(std::chrono::milliseconds(50));
                co_await tick.async_wait(net::use_awaitable);
            }
            tick.expires_after(std::chrono::seconds(1));
            co_await tick.async_wait(net::use_awaitable);
            rss = ready == count ? rssBytes(pid) : -1;
            release.cancel();
        },
        net::detached);
    io.run();
    return rss;
}

std::string ms(double value)
{
    return formatNumber(value, 1) + " ms";
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const Options options(argc, argv);
    const QString work = QString::fromStdString(options.text("work", "/tmp/commonroom-bench"));
    const long people = options.number("people", 10'000);
    const auto connections = std::size_t(options.number("connections", 500));
    const double rate = double(options.number("rate", 1000));
    const double seconds = double(options.number("seconds", 20));
    const double warmup = double(options.number("warmup", 3));
    // Of the sync requests, how many are pushes (one edit each); the rest are polls. Every push
    // is delivered to every other client by its next poll, so the pull work grows with
    // pushes × clients. The heavy mix is a community editing 100 times a second.
    const int pushPercent = int(options.number("push-percent", 1));
    const int heavyPushPercent = int(options.number("heavy-push-percent", 10));

    // 500 sockets here and as many in the daemon: lift the soft limit on open files.
    rlimit files {};
    getrlimit(RLIMIT_NOFILE, &files);
    files.rlim_cur = files.rlim_max;
    setrlimit(RLIMIT_NOFILE, &files);

    DaemonProcess daemon(QString::fromStdString(options.text("syncd", COMMONROOM_SYNCD_PATH)),
        QDir(work).filePath(QStringLiteral("load-daemon")));
    if (!daemon.ensureInitialized() || daemon.seed(people) < 0) {
        std::cerr << daemon.error().toStdString() << std::endl;
        return 1;
    }
    std::cerr << "load: creating " << connections << " device sessions…" << std::endl;
    auto [identities, head] = createSessions(daemon.databasePath().toStdString(), connections);
    if (!daemon.start()) {
        std::cerr << daemon.error().toStdString() << std::endl;
        return 1;
    }
    const int pid = int(daemon.pid());
    const tcp::endpoint endpoint(net::ip::make_address("127.0.0.1"), std::uint16_t(daemon.port()));
    ssl::context context(ssl::context::tls_client);
    context.set_verify_mode(ssl::verify_none); // loopback to our own daemon; pinning is not measured

    QThread::msleep(500);
    const std::int64_t idleRss = rssBytes(pid);
    std::cerr << "load: " << connections << " idle keep-alive connections…" << std::endl;
    const std::int64_t heldRss = holdIdleConnections(context, endpoint, connections, pid);

    struct Phase
    {
        std::string name;
        Run run;
    };
    std::vector<Phase> phases;
    const auto phase = [&](std::string name, Workload workload, double phaseRate, int pushes) {
        Run run;
        run.workload = workload;
        run.connections = connections;
        run.rate = phaseRate;
        run.pushPercent = pushes;
        phases.push_back(Phase {std::move(name), run});
    };
    const std::string rateText = formatNumber(rate) + " req/s offered";
    const std::string mix = "pulls + " + std::to_string(pushPercent) + "% pushes";
    const auto wanted = options.text("phases", "health,pull,sync,sync-heavy,health-max,sync-max");
    for (std::size_t start = 0; start < wanted.size();) {
        const auto end = std::min(wanted.find(',', start), wanted.size());
        const auto name = wanted.substr(start, end - start);
        start = end + 1;
        if (name == "health")
            phase("Baseline: GET /v1/health, " + rateText, Workload::Health, rate, 0);
        else if (name == "sync")
            phase("**Sync: " + mix + ", " + rateText + "**", Workload::Sync, rate, pushPercent);
        else if (name == "sync-heavy")
            phase("Sync: pulls + " + std::to_string(heavyPushPercent) + "% pushes, " + rateText, Workload::Sync, rate,
                heavyPushPercent);
        else if (name == "pull")
            phase("Sync: pulls only, " + rateText, Workload::Sync, rate, 0);
        else if (name == "health-max")
            phase("Baseline: GET /v1/health, closed loop (max)", Workload::Health, 0, 0);
        else if (name == "sync-max")
            phase("Sync: " + mix + ", closed loop (max)", Workload::Sync, 0, pushPercent);
        else if (name == "pull-max")
            phase("Sync: pulls only, closed loop (max)", Workload::Sync, 0, 0);
    }

    Table table({"Load (" + std::to_string(connections) + " connections)", "Requests/s", "p50", "p99", "max", "Errors",
        "Pull p50 / p99", "Push p50 / p99", "Daemon CPU"});
    for (const auto &[name, run] : phases) {
        std::cerr << "load: " << name << "…" << std::endl;
        const double cpuBefore = cpuSeconds(pid);
        const auto stats = runLoad(context, endpoint, run, identities, head, warmup, seconds);
        const double cpu = cpuSeconds(pid) - cpuBefore;
        std::vector<double> all = stats.health;
        all.insert(all.end(), stats.pull.begin(), stats.pull.end());
        all.insert(all.end(), stats.push.begin(), stats.push.end());
        const auto pair = [](const std::vector<double> &values) {
            return values.empty() ? std::string("-") : ms(percentile(values, 50)) + " / " + ms(percentile(values, 99));
        };
        table.add({name, formatNumber(double(stats.completed) / seconds), ms(percentile(all, 50)),
            ms(percentile(all, 99)), ms(percentile(all, 100)), std::to_string(stats.errors), pair(stats.pull),
            pair(stats.push), formatNumber(cpu / (seconds + warmup) * 100) + "%"});
        if (!stats.firstError.empty())
            std::cerr << "  first error: " << stats.firstError.substr(0, 300) << std::endl;
    }
    daemon.stop();

    std::cout << "\n### Concurrency (" << shortCount(people) << " people; " << connections
              << " member devices, one TLS keep-alive connection each; " << formatNumber(seconds)
              << " s measured after " << formatNumber(warmup) << " s warm-up)\n\n"
              << table.render() << "\nTarget: ≥ 1,000 requests/s with p99 < 200 ms. Latency counts from when a "
              << "request was due (open loop).\n\n"
              << "Daemon memory: " << formatBytes(idleRss) << " idle, " << formatBytes(heldRss) << " with "
              << connections << " idle keep-alive TLS connections: **"
              << (heldRss > 0 ? formatBytes((heldRss - idleRss) / std::int64_t(connections)) : std::string("n/a"))
              << " per connection**.\n"
              << std::endl;
    return 0;
}
