#include "RequestGate.h"

#include "Api.h"
#include "Encoding.h"

namespace commonroom::syncd {

RequestGate::RequestGate(const Clock &clock, Limits limits)
    : m_perToken(clock, limits.perToken, 2 * limits.perToken)
    , m_perAddress(clock, limits.perAddress, 2 * limits.perAddress)
    , m_sessionsPerAddress(clock, kSessionsPerAddress * limits.perToken, 2 * kSessionsPerAddress * limits.perToken)
{
}

std::string_view RequestGate::addressOf(std::string_view remote)
{
    return remote.substr(0, remote.rfind(':'));
}

std::optional<HttpResponse> RequestGate::refusal(const HttpRequest &request)
{
    const std::string_view address = addressOf(request.remoteAddress);
    const std::string_view path = std::string_view(request.target).substr(0, request.target.find('?'));
    const bool sessionRequest = Api::needsSession(path) && !Api::bearerToken(request.authorization).empty();
    std::int64_t waitMs = sessionRequest ? m_sessionsPerAddress.acquire(address) : m_perAddress.acquire(address);
    const bool addressLimited = waitMs > 0;
    if (sessionRequest && !addressLimited)
        waitMs = m_perToken.acquire(sha256(Api::bearerToken(request.authorization)));
    if (waitMs == 0)
        return std::nullopt;
    const std::int64_t seconds = (waitMs + 999) / 1000;
    auto response = Api::errorResponse(429, "rate_limited",
        addressLimited
            ? "Too many requests from this address; wait " + std::to_string(seconds) + " s before trying again."
            : "Too many requests with this session; wait " + std::to_string(seconds)
                + " s before sending more, and sync less often.");
    response.retryAfterSeconds = seconds;
    return response;
}

} // namespace commonroom::syncd
