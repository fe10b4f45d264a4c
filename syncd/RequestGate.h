#pragma once

#include "HttpTypes.h"
#include "RateLimiter.h"

#include "common/Clock.h"

#include <cstdint>
#include <optional>
#include <string_view>

namespace commonroom::syncd {

// Decides, before the API looks at a request, whether its sender has sent too many. The client
// address is counted first, before any token is read, so that a made-up "Authorization" header
// buys nothing: requests to the routes that need no session (sign-in above all, whose password
// check is deliberately slow) and requests without a token are counted per address under
// `perAddress`; requests to the session routes are counted per address under a wider limit
// (4 × `perToken`: many devices may sync from one community centre) and then per token (by its
// digest, so no token is kept in memory). A refused request gets a 429 with Retry-After and
// touches nothing else.
class RequestGate
{
public:
    struct Limits
    {
        // Requests a second per session token, with bursts of twice as many; 0 turns it off.
        std::uint32_t perToken = 50;
        // Requests a second without a token per client address, bursts of twice as many; 0 off.
        std::uint32_t perAddress = 10;
    };
    // How many session requests one address may send, as a multiple of the per-token limit.
    static constexpr std::uint32_t kSessionsPerAddress = 4;

    RequestGate(const Clock &clock, Limits limits);

    // The answer to send instead of handling `request`, or nothing when it may go ahead.
    std::optional<HttpResponse> refusal(const HttpRequest &request);

    // The client address of "ADDRESS:PORT" as HttpRequest::remoteAddress holds it.
    static std::string_view addressOf(std::string_view remote);

private:
    RateLimiter m_perToken;
    RateLimiter m_perAddress;
    RateLimiter m_sessionsPerAddress;
};

} // namespace commonroom::syncd
