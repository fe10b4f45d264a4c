#include "HttpsServer.h"

#include "Api.h"
#include "HashingGate.h"
#include "RequestGate.h"
#include "TlsIdentity.h"

#include "common/Clock.h"

#include <boost/asio/dispatch.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>

#include <openssl/ssl.h>

#include <sys/resource.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <csignal>
#include <ctime>
#include <iostream>
#include <limits>
#include <list>
#include <map>
#include <mutex>
#include <optional>
#include <sstream>
#include <thread>
#include <vector>

namespace commonroom::syncd {

namespace beast = boost::beast;
namespace http = beast::http;
namespace net = boost::asio;
namespace ssl = net::ssl;
using tcp = net::ip::tcp;

namespace {

// After a refused upload the rest of the body is read and thrown away, up to this much, so that
// the client (which is still sending) gets the JSON error instead of a reset connection.
constexpr std::uint64_t kDrainLimit = 8 * 1024 * 1024;

std::string utcStamp(std::int64_t nowMs)
{
    const std::time_t seconds = std::time_t(nowMs / 1000);
    const auto millis = nowMs % 1000;
    std::tm tm {};
    gmtime_r(&seconds, &tm);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%S", &tm);
    char withMillis[40];
    std::snprintf(withMillis, sizeof withMillis, "%s.%03dZ", text, int(millis));
    return withMillis;
}

// The daemon's log on standard error: one line per event, stamped with the daemon's clock.
class ServerLog
{
public:
    static constexpr std::chrono::seconds kQuietPeriod {10};

    explicit ServerLog(const Clock &clock)
        : m_clock(clock)
    {
    }

    void write(const std::string &text)
    {
        const std::string stamp = utcStamp(m_clock.nowMs());
        std::lock_guard lock(m_writeMutex);
        std::cerr << stamp << ' ' << text << std::endl;
    }

    // The one place socket-level failures are reported. Peers that just go away are not news.
    void fail(beast::error_code ec, const char *what, const std::string &remote)
    {
        if (ec == net::ssl::error::stream_truncated || ec == net::error::operation_aborted || ec == net::error::eof
            || ec == net::error::connection_reset || ec == http::error::end_of_stream)
            return;
        write(remote + " " + what + " failed: " + ec.message());
    }

    // Lines that could come in a flood (a failing accept, a full house) are written at most once
    // per kQuietPeriod for each kind, with the number left out since: a daemon out of file
    // descriptors must not fill the disk with its log. Measured on the steady clock like the
    // sockets' timeouts, which no test needs to move.
    void line(const std::string &kind, const std::string &text)
    {
        const auto now = std::chrono::steady_clock::now();
        std::uint64_t left = 0;
        {
            std::lock_guard lock(m_mutex);
            auto &entry = m_kinds[kind];
            if (entry.written && now - *entry.written < kQuietPeriod) {
                ++entry.left;
                return;
            }
            entry.written = now;
            left = std::exchange(entry.left, 0);
        }
        write(text
            + (left ? " (" + std::to_string(left) + " more like it in the last " + std::to_string(kQuietPeriod.count())
                        + " s)"
                    : std::string()));
    }

private:
    struct Kind
    {
        std::optional<std::chrono::steady_clock::time_point> written;
        std::uint64_t left = 0;
    };
    const Clock &m_clock;
    std::mutex m_writeMutex;
    std::mutex m_mutex;
    std::map<std::string, Kind> m_kinds;
};

// Accepting fails like this when the process (EMFILE) or the system (ENFILE) has no file
// descriptor left, or the kernel no memory for one more socket: retrying at once only spins.
bool outOfResources(const beast::error_code &ec)
{
    return ec == net::error::no_descriptors || ec == beast::error_code(ENFILE, beast::system_category())
        || ec == net::error::no_buffer_space || ec == net::error::no_memory;
}

class Session;

// The connections being served, oldest first, so that there are never many more than the limit:
// when a new one comes beyond it, the oldest connection that is only waiting (for its TLS
// handshake or its next request) is closed to make room. Idle connections held open on purpose
// thus cost an attacker their place, and a client with a request to make still gets in.
class Connections
{
public:
    explicit Connections(std::size_t limit)
        : m_limit(limit)
    {
    }

    void add(Session *session)
    {
        std::lock_guard lock(m_mutex);
        m_sessions.push_back(session);
    }

    // From the session's destructor.
    void remove(Session *session)
    {
        std::lock_guard lock(m_mutex);
        m_sessions.remove(session);
    }

    bool overLimit()
    {
        std::lock_guard lock(m_mutex);
        return m_sessions.size() > m_limit;
    }

    std::size_t limit() const { return m_limit; }

    // Closes the oldest connection that is waiting, other than `spare`; false when all are busy
    // with a request.
    bool closeIdlest(const Session *spare = nullptr);

private:
    const std::size_t m_limit;
    std::mutex m_mutex;
    std::list<Session *> m_sessions;
};

class Session : public std::enable_shared_from_this<Session>
{
public:
    Session(tcp::socket &&socket, ssl::context &context, Api &api, RequestGate &gate, std::chrono::seconds readTimeout,
        Connections &connections, ServerLog &log)
        : m_stream(std::move(socket), context)
        , m_delay(m_stream.get_executor())
        , m_api(api)
        , m_gate(gate)
        , m_readTimeout(readTimeout)
        , m_connections(connections)
        , m_log(log)
    {
        beast::error_code ec;
        const auto endpoint = beast::get_lowest_layer(m_stream).socket().remote_endpoint(ec);
        m_remote = ec ? std::string("unknown") : endpoint.address().to_string() + ":" + std::to_string(endpoint.port());
        m_connections.add(this);
    }

    ~Session() { m_connections.remove(this); }

    // Whether the connection is only waiting for its TLS handshake or its next request.
    bool isWaiting() const { return m_waiting; }

    // Closes the connection from any thread; what it was waiting for ends as aborted.
    void closeNow()
    {
        m_waiting = false; // so that it is not chosen again before it is gone
        net::post(m_stream.get_executor(), [self = shared_from_this()] {
            beast::error_code ignored;
            beast::get_lowest_layer(self->m_stream).socket().close(ignored);
        });
    }

    void run()
    {
        // The socket came from a strand-bound acceptor, so everything of this session runs on
        // its own strand.
        net::dispatch(m_stream.get_executor(), beast::bind_front_handler(&Session::onRun, shared_from_this()));
    }

private:
    void onRun()
    {
        m_waiting = true;
        beast::get_lowest_layer(m_stream).expires_after(m_readTimeout);
        m_stream.async_handshake(
            ssl::stream_base::server, beast::bind_front_handler(&Session::onHandshake, shared_from_this()));
    }

    void onHandshake(beast::error_code ec)
    {
        if (ec)
            return m_log.fail(ec, "TLS handshake", m_remote);
        readRequest();
    }

    void readRequest()
    {
        // A fresh parser per request: limits are per request and set before reading.
        m_parser.emplace();
        m_parser->body_limit(HttpsServer::kBodyLimit);
        m_parser->header_limit(HttpsServer::kHeaderLimit);
        m_waiting = true;
        beast::get_lowest_layer(m_stream).expires_after(m_readTimeout);
        http::async_read(
            m_stream, m_buffer, *m_parser, beast::bind_front_handler(&Session::onRead, shared_from_this()));
    }

    void onRead(beast::error_code ec, std::size_t)
    {
        m_waiting = false;
        m_started = std::chrono::steady_clock::now();
        if (ec == http::error::end_of_stream)
            return close();
        // An idle keep-alive connection running out its time is routine; a request that
        // stalled half-way is worth a log line (below).
        if (ec == beast::error::timeout && m_buffer.size() == 0 && !m_parser->got_some())
            return;
        if (ec == http::error::body_limit)
            return drainThenRefuse();
        if (ec == http::error::header_limit)
            return refuse(431, "headers_too_large",
                "The request headers are larger than " + std::to_string(HttpsServer::kHeaderLimit / 1024)
                    + " KiB; send fewer or shorter headers.");
        if (ec)
            return m_log.fail(ec, "read", m_remote);

        const auto &request = m_parser->get();
        HttpRequest converted {std::string(request.method_string()), std::string(request.target()), request.body(),
            std::string(request[http::field::content_type]), std::string(request[http::field::authorization]),
            m_remote};
        // Runs on this connection's strand; the service serializes the store behind it, see
        // SyncService.
        auto refusal = m_gate.refusal(converted);
        send(refusal ? *refusal : m_api.handle(converted), request.keep_alive(), converted.method, converted.target);
    }

    void drainThenRefuse()
    {
        const auto &header = m_parser->get();
        m_method = std::string(header.method_string());
        m_target = std::string(header.target());
        const auto declared = m_parser->content_length();
        if (!declared || *declared > kDrainLimit)
            return refuse(413, "payload_too_large", tooLarge());
        m_drainLeft = *declared > m_buffer.size() ? *declared - m_buffer.size() : 0;
        m_buffer.consume(m_buffer.size());
        // One deadline for the whole rest of the body: a deadline per read would let a client
        // that sends a byte now and then hold the connection for as long as it likes.
        beast::get_lowest_layer(m_stream).expires_after(m_readTimeout);
        drain();
    }

    void drain()
    {
        if (m_drainLeft == 0)
            return refuse(413, "payload_too_large", tooLarge());
        m_stream.async_read_some(
            net::buffer(m_drainBuffer), [self = shared_from_this()](beast::error_code ec, std::size_t bytes) {
                if (ec)
                    return self->m_log.fail(ec, "read", self->m_remote);
                self->m_drainLeft -= std::min<std::uint64_t>(bytes, self->m_drainLeft);
                self->drain();
            });
    }

    static std::string tooLarge()
    {
        return "The request body is larger than " + std::to_string(HttpsServer::kBodyLimit / 1024 / 1024)
            + " MiB; push fewer mutations at a time.";
    }

    // Answers an error found before the request was complete, then closes: the rest of the
    // stream cannot be trusted to start at a request boundary.
    void refuse(int status, std::string code, std::string message)
    {
        if (m_method.empty() && m_parser && m_parser->is_header_done()) {
            m_method = std::string(m_parser->get().method_string());
            m_target = std::string(m_parser->get().target());
        }
        send(Api::errorResponse(status, std::move(code), std::move(message)), false, m_method, m_target);
    }

    void send(const HttpResponse &response, bool keepAlive, const std::string &method, const std::string &target)
    {
        auto message = std::make_shared<http::response<http::string_body>>(http::status(response.status), 11);
        message->set(http::field::server, "commonroom-syncd/" COMMONROOM_VERSION);
        message->set(http::field::content_type, response.contentType);
        message->set(http::field::cache_control, "no-store");
        if (!response.allow.empty())
            message->set(http::field::allow, response.allow);
        if (response.retryAfterSeconds > 0)
            message->set(http::field::retry_after, std::to_string(response.retryAfterSeconds));
        message->keep_alive(keepAlive);
        message->body() = response.body;
        message->prepare_payload();

        const auto elapsed
            = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - m_started);
        m_log.write(m_remote + " " + (method.empty() ? "-" : method) + " "
            + (target.empty() ? "-" : Api::loggableTarget(target)) + " " + std::to_string(response.status) + " "
            + std::to_string(response.body.size()) + " " + std::to_string(elapsed.count()) + "ms");

        if (response.delayMs <= 0)
            return write(message, keepAlive);
        m_delay.expires_after(std::chrono::milliseconds(response.delayMs));
        m_delay.async_wait([self = shared_from_this(), message, keepAlive](beast::error_code ec) {
            if (!ec)
                self->write(message, keepAlive);
        });
    }

    void write(const std::shared_ptr<http::response<http::string_body>> &message, bool keepAlive)
    {
        beast::get_lowest_layer(m_stream).expires_after(m_readTimeout);
        http::async_write(
            m_stream, *message, [self = shared_from_this(), message, keepAlive](beast::error_code ec, std::size_t) {
                if (ec)
                    return self->m_log.fail(ec, "write", self->m_remote);
                if (!keepAlive)
                    return self->close();
                self->m_method.clear();
                self->m_target.clear();
                self->readRequest();
            });
    }

    void close()
    {
        beast::get_lowest_layer(m_stream).expires_after(m_readTimeout);
        m_stream.async_shutdown([self = shared_from_this()](beast::error_code ec) {
            if (ec)
                self->m_log.fail(ec, "TLS shutdown", self->m_remote);
        });
    }

    ssl::stream<beast::tcp_stream> m_stream;
    net::steady_timer m_delay; // holds back the answer to a slowed-down sign-in
    Api &m_api;
    RequestGate &m_gate;
    const std::chrono::seconds m_readTimeout;
    Connections &m_connections;
    ServerLog &m_log;
    std::atomic<bool> m_waiting = false;
    beast::flat_buffer m_buffer;
    std::optional<http::request_parser<http::string_body>> m_parser;
    std::string m_remote;
    std::string m_method;
    std::string m_target;
    std::chrono::steady_clock::time_point m_started = std::chrono::steady_clock::now();
    std::uint64_t m_drainLeft = 0;
    std::array<char, 16 * 1024> m_drainBuffer {};
};

bool Connections::closeIdlest(const Session *spare)
{
    std::shared_ptr<Session> idlest;
    {
        std::lock_guard lock(m_mutex);
        for (Session *session : m_sessions) {
            // A session whose destructor has started waits for this lock to leave the list; it
            // cannot be locked any more and is passed over.
            if (session == spare || !session->isWaiting())
                continue;
            idlest = session->weak_from_this().lock();
            if (idlest)
                break;
        }
    }
    // Outside the lock: this may be the last reference, and the destructor takes the lock.
    if (!idlest)
        return false;
    idlest->closeNow();
    return true;
}

class Listener : public std::enable_shared_from_this<Listener>
{
public:
    Listener(net::io_context &io, ssl::context &context, Api &api, RequestGate &gate, std::chrono::seconds readTimeout,
        tcp::acceptor acceptor, Connections &connections, ServerLog &log)
        : m_io(io)
        , m_context(context)
        , m_api(api)
        , m_gate(gate)
        , m_readTimeout(readTimeout)
        , m_acceptor(std::move(acceptor))
        , m_retry(m_acceptor.get_executor())
        , m_connections(connections)
        , m_log(log)
    {
    }

    void run() { accept(); }

private:
    void accept()
    {
        m_acceptor.async_accept(
            net::make_strand(m_io), beast::bind_front_handler(&Listener::onAccept, shared_from_this()));
    }

    void onAccept(beast::error_code ec, tcp::socket socket)
    {
        if (ec == net::error::operation_aborted)
            return;
        if (ec && outOfResources(ec)) {
            // Make room by closing the connections idle longest, and try again after a pause that
            // grows while the shortage lasts, instead of spinning on the same error.
            for (int i = 0; i < kClosedOnShortage && m_connections.closeIdlest(); ++i) { }
            m_log.line("accept",
                "listener accept failed: " + ec.message() + "; retrying in " + std::to_string(m_backoff.count())
                    + " ms. Raise the open-file limit (LimitNOFILE) or lower --max-connections.");
            m_retry.expires_after(m_backoff);
            m_backoff = std::min(2 * m_backoff, kMaxBackoff);
            m_retry.async_wait([self = shared_from_this()](beast::error_code waited) {
                if (!waited)
                    self->accept();
            });
            return;
        }
        m_backoff = kFirstBackoff;
        if (ec) {
            m_log.line("accept-other", "listener accept failed: " + ec.message());
        } else {
            auto session = std::make_shared<Session>(
                std::move(socket), m_context, m_api, m_gate, m_readTimeout, m_connections, m_log);
            if (m_connections.overLimit()) {
                m_log.line("full",
                    "at --max-connections (" + std::to_string(m_connections.limit())
                        + "): closing the connections that waited longest");
                // Every other connection is busy with a request: this one is closed at once.
                if (!m_connections.closeIdlest(session.get()))
                    session.reset();
            }
            if (session)
                session->run();
        }
        accept();
    }

    static constexpr int kClosedOnShortage = 16;
    static constexpr std::chrono::milliseconds kFirstBackoff {50};
    static constexpr std::chrono::milliseconds kMaxBackoff {1000};

    net::io_context &m_io;
    ssl::context &m_context;
    Api &m_api;
    RequestGate &m_gate;
    const std::chrono::seconds m_readTimeout;
    tcp::acceptor m_acceptor;
    net::steady_timer m_retry;
    std::chrono::milliseconds m_backoff = kFirstBackoff;
    Connections &m_connections;
    ServerLog &m_log;
};

} // namespace

struct HttpsServer::Impl
{
    Impl(Api &api, RequestGate &gate, const Clock &clock, std::chrono::seconds readTimeout, std::size_t maxConnections)
        : api(api)
        , gate(gate)
        , readTimeout(readTimeout)
        , connections(maxConnections)
        , log(clock)
    {
    }

    // A few threads so that TLS handshakes never hold up the other connections, plus one for each
    // request the hashing gate may hold (hashing or waiting to), so that a flood of sign-ins
    // leaves the usual number free for everything else; the store behind the API is serialized
    // by SyncService.
    static unsigned threadCount()
    {
        return std::clamp(std::thread::hardware_concurrency(), 2u, 8u) + unsigned(HashingGate::kMaxHeld);
    }

    Api &api;
    RequestGate &gate;
    const std::chrono::seconds readTimeout;
    // Before the io_context: the sessions its pending handlers still hold leave `connections` as
    // they are destroyed with it.
    Connections connections;
    ServerLog log;
    net::io_context io {int(threadCount())};
    ssl::context context {ssl::context::tls_server};
    std::optional<net::signal_set> signals;
};

std::size_t HttpsServer::openFileLimit()
{
    rlimit limit {};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY)
        return std::numeric_limits<std::size_t>::max();
    return std::size_t(limit.rlim_cur);
}

std::size_t HttpsServer::defaultMaxConnections()
{
    const std::size_t files = openFileLimit();
    return std::clamp<std::size_t>(
        files > kReservedFiles ? files - kReservedFiles : 0, kMinConnections, kMaxDefaultConnections);
}

HttpsServer::HttpsServer(Api &api, RequestGate &gate, const TlsIdentity &identity, const Clock &clock,
    std::chrono::seconds readTimeout, std::size_t maxConnections)
    : m_impl(std::make_unique<Impl>(api, gate, clock, readTimeout, maxConnections))
{
    auto &context = m_impl->context;
    context.set_options(ssl::context::default_workarounds | ssl::context::no_sslv2 | ssl::context::no_sslv3
        | ssl::context::no_tlsv1 | ssl::context::no_tlsv1_1 | ssl::context::single_dh_use);
    SSL_CTX_set_min_proto_version(context.native_handle(), TLS1_2_VERSION);
    // Mozilla's "intermediate" profile: TLS 1.2 with forward-secret AEAD suites only (no CBC, no
    // RSA key exchange); TLS 1.3's suites are all AEAD already. The server picks its order.
    SSL_CTX_set_cipher_list(context.native_handle(),
        "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:"
        "ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305");
    SSL_CTX_set_options(context.native_handle(), SSL_OP_CIPHER_SERVER_PREFERENCE);
    // TlsIdentity has checked that these load and match.
    context.use_certificate_chain_file(identity.certificateFile().string());
    context.use_private_key_file(identity.keyFile().string(), ssl::context::pem);
}

HttpsServer::~HttpsServer() = default;

Result<std::uint16_t> HttpsServer::listen(const std::string &host, std::uint16_t port)
{
    beast::error_code ec;
    const auto address = net::ip::make_address(host, ec);
    if (ec)
        return makeError("listen", "\"" + host + "\" is not an IP address; listen on one such as 127.0.0.1 or ::1.");
    const tcp::endpoint endpoint(address, port);
    tcp::acceptor acceptor(m_impl->io);
    const auto failed = [&](const char *step) {
        return makeError("listen",
            std::string("Cannot ") + step + " " + host + ":" + std::to_string(port) + ": " + ec.message()
                + "; choose another address or port with --listen.");
    };
    if (acceptor.open(endpoint.protocol(), ec); ec)
        return failed("open a socket for");
    if (acceptor.set_option(net::socket_base::reuse_address(true), ec); ec)
        return failed("configure");
    if (acceptor.bind(endpoint, ec); ec)
        return failed("listen on");
    if (acceptor.listen(net::socket_base::max_listen_connections, ec); ec)
        return failed("listen on");
    const std::uint16_t bound = acceptor.local_endpoint(ec).port();
    std::make_shared<Listener>(m_impl->io, m_impl->context, m_impl->api, m_impl->gate, m_impl->readTimeout,
        std::move(acceptor), m_impl->connections, m_impl->log)
        ->run();
    return bound;
}

void HttpsServer::run()
{
    // A log reader that went away must not kill the daemon; sockets report EPIPE by themselves.
    std::signal(SIGPIPE, SIG_IGN);
    m_impl->signals.emplace(m_impl->io, SIGINT, SIGTERM);
    m_impl->signals->async_wait([this](beast::error_code ec, int signal) {
        if (!ec)
            m_impl->log.write(std::string("received ") + (signal == SIGINT ? "SIGINT" : "SIGTERM") + ", shutting down");
        m_impl->io.stop();
    });
    std::vector<std::thread> threads;
    for (unsigned i = 1; i < Impl::threadCount(); ++i)
        threads.emplace_back([this] { m_impl->io.run(); });
    m_impl->io.run();
    for (auto &thread : threads)
        thread.join();
}

} // namespace commonroom::syncd
