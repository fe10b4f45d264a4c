#pragma once

#include "HttpTypes.h"
#include "RateLimiter.h"

#include "common/Clock.h"

#include <cstdint>
#include <optional>
#include <string_view>

namespace commonroom::syncd {

// Decides, before the API looks at a request, whether its sender has sent too many: requests
// with a session token are counted per token (by its digest, so no token is kept in memory),
// requests without one (sign-in above all, whose password check is deliberately slow) per
// client address. A refused request gets a 429 with Retry-After and touches nothing else.
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

    RequestGate(const Clock &clock, Limits limits);

    // The answer to send instead of handling `request`, or nothing when it may go ahead.
    std::optional<HttpResponse> refusal(const HttpRequest &request);

    // The client address of "ADDRESS:PORT" as HttpRequest::remoteAddress holds it.
    static std::string_view addressOf(std::string_view remote);

private:
    RateLimiter m_perToken;
    RateLimiter m_perAddress;
};

} // namespace commonroom::syncd
