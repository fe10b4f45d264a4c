#include "RequestGate.h"

#include "Api.h"
#include "Encoding.h"

namespace commonroom::syncd {

RequestGate::RequestGate(const Clock &clock, Limits limits)
    : m_perToken(clock, limits.perToken, 2 * limits.perToken)
    , m_perAddress(clock, limits.perAddress, 2 * limits.perAddress)
{
}

std::string_view RequestGate::addressOf(std::string_view remote)
{
    return remote.substr(0, remote.rfind(':'));
}

std::optional<HttpResponse> RequestGate::refusal(const HttpRequest &request)
{
    const std::string_view token = Api::bearerToken(request.authorization);
    const std::int64_t waitMs
        = token.empty() ? m_perAddress.acquire(addressOf(request.remoteAddress)) : m_perToken.acquire(sha256(token));
    if (waitMs == 0)
        return std::nullopt;
    const std::int64_t seconds = (waitMs + 999) / 1000;
    auto response = Api::errorResponse(429, "rate_limited",
        token.empty()
            ? "Too many requests from this address; wait " + std::to_string(seconds) + " s before trying again."
            : "Too many requests with this session; wait " + std::to_string(seconds)
                + " s before sending more, and sync less often.");
    response.retryAfterSeconds = seconds;
    return response;
}

} // namespace commonroom::syncd
