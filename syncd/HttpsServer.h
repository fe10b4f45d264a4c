#pragma once

#include "common/Protocol.h"
#include "common/Result.h"

#include <chrono>
#include <cstdint>
#include <memory>
#include <string>

namespace commonroom {
class Clock;
}

namespace commonroom::syncd {

class Api;
class RequestGate;
class TlsIdentity;

// The socket layer: TLS 1.2+ over TCP, HTTP/1.1 with keep-alive, limits on header and body size,
// a read timeout, one log line per request. It converts requests for RequestGate and Api::handle
// and does no business logic itself. Beast and Asio stay inside HttpsServer.cpp.
class HttpsServer
{
public:
    // Defined once in common/Protocol.h: clients fill their pushes up to it.
    static constexpr std::size_t kBodyLimit = protocol::kMaxRequestBytes;
    static constexpr std::size_t kHeaderLimit = 8 * 1024;
    static constexpr std::chrono::seconds kDefaultReadTimeout {30};

    // File descriptors kept free of connections for the database, its log, mail and the like.
    static constexpr std::size_t kReservedFiles = 64;
    static constexpr std::size_t kMinConnections = 16;
    static constexpr std::size_t kMaxDefaultConnections = 4096;

    // `readTimeout` bounds the TLS handshake, each whole request (a client trickling its header
    // a byte at a time is cut off all the same) and each response write; an idle keep-alive
    // connection is closed after it too. Beyond `maxConnections` connections, a new one makes
    // the server close the one that has waited longest for its handshake or its next request.
    // Log lines are stamped with `clock`, the daemon's.
    HttpsServer(Api &api, RequestGate &gate, const TlsIdentity &identity, const Clock &clock,
        std::chrono::seconds readTimeout = kDefaultReadTimeout, std::size_t maxConnections = defaultMaxConnections());

    // The process's open-file limit (RLIMIT_NOFILE, soft), or the largest size_t when unlimited.
    static std::size_t openFileLimit();
    // The open-file limit less kReservedFiles, within kMinConnections … kMaxDefaultConnections.
    static std::size_t defaultMaxConnections();
    ~HttpsServer();
    HttpsServer(const HttpsServer &) = delete;
    HttpsServer &operator=(const HttpsServer &) = delete;

    // Binds and listens on `host` (an IP address) and `port` (0 picks a free one); returns the
    // port actually bound.
    Result<std::uint16_t> listen(const std::string &host, std::uint16_t port);
    // Serves until SIGINT or SIGTERM, then returns once the requests being handled have finished
    // (a push is either committed or not started).
    void run();

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace commonroom::syncd
