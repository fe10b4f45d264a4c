#pragma once

#include "common/Protocol.h"
#include "common/Result.h"

#include <chrono>
#include <cstdint>
#include <memory>
#include <string>

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

    // `readTimeout` bounds the TLS handshake, each whole request (a client trickling its header
    // a byte at a time is cut off all the same) and each response write; an idle keep-alive
    // connection is closed after it too.
    HttpsServer(Api &api, RequestGate &gate, const TlsIdentity &identity,
        std::chrono::seconds readTimeout = kDefaultReadTimeout);
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
