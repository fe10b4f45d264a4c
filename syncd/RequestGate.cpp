#include "RequestGate.h"

#include "Api.h"
#include "Encoding.h"

#include <algorithm>
#include <cctype>

namespace commonroom::syncd {

namespace {

std::string_view trim(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    return text;
}

bool startsWithIgnoringCase(std::string_view text, std::string_view prefix)
{
    return text.size() >= prefix.size() && std::equal(prefix.begin(), prefix.end(), text.begin(), [](char a, char b) {
        return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
    });
}

} // namespace

RequestGate::RequestGate(const Clock &clock, Limits limits)
    : m_perToken(clock, limits.perToken, 2 * limits.perToken)
    , m_perAddress(clock, limits.perAddress, 2 * limits.perAddress)
{
}

std::string_view RequestGate::addressOf(std::string_view remote)
{
    return remote.substr(0, remote.rfind(':'));
}

std::string_view RequestGate::bearerToken(std::string_view authorization)
{
    authorization = trim(authorization);
    constexpr std::string_view scheme = "bearer ";
    if (authorization.size() <= scheme.size() || !startsWithIgnoringCase(authorization, scheme))
        return {};
    return trim(authorization.substr(scheme.size()));
}

std::optional<HttpResponse> RequestGate::refusal(const HttpRequest &request)
{
    const std::string_view token = bearerToken(request.authorization);
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
