#include "Api.h"

#include "Encoding.h"
#include "RequestGate.h"

#include "common/AccountProtocol.h"
#include "common/Protocol.h"

#include <boost/url/params_view.hpp>
#include <boost/url/parse.hpp>

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <exception>
#include <iostream>

namespace commonroom::syncd {

namespace {

struct Route
{
    std::string_view path;
    std::string_view method;
};

constexpr std::array routes {
    Route {"/v1/health", "GET"},
    Route {"/v1/auth/login", "POST"},
    Route {"/v1/auth/logout", "POST"},
    Route {"/v1/push", "POST"},
    Route {"/v1/pull", "GET"},
    Route {"/v1/devices", "GET"},
    Route {"/v1/devices/revoke", "POST"},
    Route {"/v1/devices/register", "POST"},
    // Admission and identity (docs/admission.md).
    Route {"/v1/auth/apply", "POST"},
    Route {"/v1/invitations/accept", "POST"},
    Route {"/v1/auth/reset/request", "POST"},
    Route {"/v1/auth/reset", "POST"},
    Route {"/v1/auth/refresh", "POST"},
    Route {"/v1/auth/password", "POST"},
    Route {"/v1/export", "GET"},
    Route {"/v1/audit", "GET"},
    Route {"/v1/admin/erase", "POST"},
};

// Routes that need no session token.
bool isPublic(std::string_view path)
{
    return path == "/v1/auth/apply" || path == "/v1/invitations/accept" || path == "/v1/auth/reset/request"
        || path == "/v1/auth/reset";
}

std::string lowercase(std::string_view text)
{
    std::string lowered(text);
    std::transform(
        lowered.begin(), lowered.end(), lowered.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return lowered;
}

std::string_view trim(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    return text;
}

bool isJson(std::string_view contentType)
{
    // Parameters such as "; charset=utf-8" are fine; JSON is UTF-8 by definition.
    return lowercase(trim(contentType.substr(0, contentType.find(';')))) == "application/json";
}

HttpResponse json(std::string body, int status = 200)
{
    HttpResponse response;
    response.status = status;
    response.body = std::move(body);
    return response;
}

// How long a client told "busy" waits before it tries again.
constexpr std::int64_t kBusyRetryAfterSeconds = 2;

HttpResponse errorFrom(const Error &error)
{
    auto response = Api::errorResponse(Api::statusFor(error.code), error.code, error.message);
    if (response.status == 503)
        response.retryAfterSeconds = kBusyRetryAfterSeconds;
    return response;
}

} // namespace

Api::Api(SyncService &service)
    : m_service(service)
    , m_accounts(service)
{
}

HttpResponse Api::errorResponse(int status, std::string code, std::string message)
{
    // Messages may quote what the client sent (a path, a content type), which need not be UTF-8.
    return json(protocol::toJson(protocol::ErrorResponse {Error {std::move(code), toValidUtf8(message)}}), status);
}

int Api::statusFor(std::string_view code)
{
    static constexpr std::pair<std::string_view, int> statuses[] = {
        {"bad_request", 400},
        {"bad_cursor", 400},
        {"unsupported_protocol", 400},
        {"unauthorized", 401},
        {"invalid_credentials", 401},
        {"forbidden", 403},
        {"device_revoked", 403},
        {"not_found", 404},
        {"method_not_allowed", 405},
        {"device_in_use", 409},
        {"device_diverged", 409},
        {"payload_too_large", 413},
        {"unsupported_media_type", 415},
        {"too_many_attempts", 429},
        {"weak_password", 400},
        {"invalid_email", 400},
        {"invalid_value", 400},
        {"invalid_id", 400},
        {"too_long", 400},
        {"invalid_code", 400},
        {"account_exists", 409},
        {"last_admin", 409},
        {"busy", 503},
    };
    for (const auto &[known, status] : statuses) {
        if (known == code)
            return status;
    }
    return 500;
}

bool Api::needsSession(std::string_view path)
{
    return path != "/v1/health" && path != "/v1/auth/login" && !isPublic(path)
        && std::any_of(routes.begin(), routes.end(), [&](const Route &route) { return route.path == path; });
}

std::string_view Api::bearerToken(std::string_view authorization)
{
    authorization = trim(authorization);
    constexpr std::string_view scheme = "bearer ";
    if (authorization.size() <= scheme.size() || lowercase(authorization.substr(0, scheme.size())) != scheme)
        return {};
    return trim(authorization.substr(scheme.size()));
}

std::string Api::loggableTarget(std::string_view target)
{
    const auto question = target.find('?');
    std::string loggable(target.substr(0, question));
    if (question == std::string_view::npos)
        return loggable;
    std::string_view query = target.substr(question + 1);
    char separator = '?';
    while (true) {
        const auto end = query.find('&');
        const auto pair = query.substr(0, end);
        const auto equals = pair.find('=');
        const auto key = pair.substr(0, equals);
        loggable += separator;
        loggable += (key == "since" || key == "limit") ? pair : std::string(key) + "=…";
        separator = '&';
        if (end == std::string_view::npos)
            return loggable;
        query.remove_prefix(end + 1);
    }
}

HttpResponse Api::handle(const HttpRequest &request)
{
    try {
        return route(request);
    } catch (const std::exception &error) {
        // The details are for the admin's log; the client only learns that it was not its fault.
        std::cerr << "commonroom-syncd: " << request.method << ' ' << loggableTarget(request.target)
                  << " failed: " << error.what() << std::endl;
        return errorResponse(500, "internal",
            "The server could not handle the request; try again later, and tell the server's admin "
            "if it keeps happening.");
    }
}

HttpResponse Api::route(const HttpRequest &request)
{
    const auto url = boost::urls::parse_origin_form(request.target);
    if (!url)
        return errorResponse(400, "bad_request",
            "The request target \"" + loggableTarget(request.target) + "\" is not a valid path; check the server URL.");
    const std::string path = url->path();
    const auto route = std::find_if(routes.begin(), routes.end(), [&](const Route &r) { return r.path == path; });
    if (route == routes.end())
        return errorResponse(
            404, "not_found", "There is nothing at " + path + "; check the server URL and update the client.");
    if (request.method != route->method) {
        auto response = errorResponse(405, "method_not_allowed",
            path + " takes " + std::string(route->method) + " requests, not " + request.method + ".");
        response.allow = route->method;
        return response;
    }
    if (route->method == "POST" && !isJson(request.contentType))
        return errorResponse(415, "unsupported_media_type",
            "The body must be sent as application/json (the Content-Type was \"" + request.contentType + "\").");
    if (path == "/v1/health")
        return health();
    if (path == "/v1/auth/login" || isPublic(path)) {
        // Every attempt with a password or a code: an address with too many failures is slowed
        // down, never locked out (docs/security.md).
        std::int64_t retryAfterSeconds = 0;
        const auto delay = m_service.signInDelayMs(RequestGate::addressOf(request.remoteAddress), &retryAfterSeconds);
        if (!delay) {
            auto refused = errorFrom(delay.error());
            refused.retryAfterSeconds = retryAfterSeconds;
            return refused;
        }
        auto response = path == "/v1/auth/login" ? login(request) : accountRequest(path, request, nullptr, {});
        response.delayMs = *delay;
        return response;
    }

    const std::string token(bearerToken(request.authorization));
    if (token.empty())
        return errorResponse(
            401, "unauthorized", "This request needs a session token (\"Authorization: Bearer …\"); sign in first.");
    const auto principal = m_service.authenticate(token);
    if (!principal)
        return errorFrom(principal.error());
    if (path == "/v1/auth/logout")
        return logout(token);
    if (path == "/v1/push")
        return push(*principal, request);
    if (path == "/v1/devices")
        return devices(*principal, url->encoded_query());
    if (path == "/v1/devices/revoke")
        return revokeDevice(*principal, request);
    if (path == "/v1/devices/register")
        return registerDevice(*principal, request);
    if (path != "/v1/pull")
        return accountRequest(path, request, &*principal, token, url->encoded_query());
    return pull(*principal, url->encoded_query());
}

HttpResponse Api::health() const
{
    return json(protocol::toJson(protocol::HealthResponse {"ok", COMMONROOM_VERSION, protocol::kProtocolVersion}));
}

HttpResponse Api::login(const HttpRequest &request)
{
    const auto decoded = protocol::fromJson<protocol::LoginRequest>(request.body);
    if (!decoded)
        return errorFrom(decoded.error());
    const auto session = m_service.login(*decoded, RequestGate::addressOf(request.remoteAddress));
    if (!session)
        return errorFrom(session.error());
    return json(protocol::toJson(*session));
}

HttpResponse Api::logout(const std::string &token)
{
    m_service.logout(token);
    return json("{}");
}

HttpResponse Api::push(const Principal &principal, const HttpRequest &request)
{
    const auto decoded = protocol::fromJson<protocol::PushRequest>(request.body);
    if (!decoded)
        return errorFrom(decoded.error());
    const auto pushed = m_service.push(principal, *decoded);
    if (!pushed)
        return errorFrom(pushed.error());
    return json(protocol::toJson(*pushed));
}

HttpResponse Api::pull(const Principal &principal, std::string_view query)
{
    std::string since;
    std::size_t limit = kDefaultPullLimit;
    int protocolVersion = 1;
    // The query was validated with the whole target, so this view does not throw.
    for (const auto param : boost::urls::params_view(query)) {
        if (param.key == "since") {
            since = param.value;
        } else if (param.key == "protocol") {
            const auto [end, ec]
                = std::from_chars(param.value.data(), param.value.data() + param.value.size(), protocolVersion);
            if (ec != std::errc() || end != param.value.data() + param.value.size()
                || protocolVersion < protocol::kOldestProtocolVersion)
                return errorResponse(400, "bad_request", "\"protocol\" must be a sync protocol version.");
        } else if (param.key == "limit") {
            const auto [end, ec] = std::from_chars(param.value.data(), param.value.data() + param.value.size(), limit);
            if (ec != std::errc() || end != param.value.data() + param.value.size() || limit == 0)
                return errorResponse(400, "bad_request",
                    "\"limit\" must be a whole number from 1 to " + std::to_string(protocol::kMaxPullLimit) + ".");
        }
    }
    const auto pulled = m_service.pull(principal, since, limit, protocolVersion);
    if (!pulled)
        return errorFrom(pulled.error());
    return json(protocol::toJson(*pulled));
}

HttpResponse Api::devices(const Principal &principal, std::string_view query)
{
    std::string person;
    for (const auto param : boost::urls::params_view(query)) {
        if (param.key == "person")
            person = param.value;
    }
    const auto listed = m_service.devices(principal, person);
    if (!listed)
        return errorFrom(listed.error());
    return json(protocol::toJson(*listed));
}

HttpResponse Api::registerDevice(const Principal &principal, const HttpRequest &request)
{
    const auto decoded = protocol::fromJson<protocol::RegisterDeviceRequest>(request.body);
    if (!decoded)
        return errorFrom(decoded.error());
    const auto session = m_service.registerDevice(principal, decoded->device, request.remoteAddress);
    if (!session)
        return errorFrom(session.error());
    return json(protocol::toJson(*session));
}

HttpResponse Api::revokeDevice(const Principal &principal, const HttpRequest &request)
{
    const auto decoded = protocol::fromJson<protocol::RevokeDeviceRequest>(request.body);
    if (!decoded)
        return errorFrom(decoded.error());
    if (auto revoked = m_service.revokeDevice(principal, decoded->deviceId); !revoked)
        return errorFrom(revoked.error());
    return json("{}");
}

namespace {

template<class T>
HttpResponse answer(const Result<T> &result)
{
    if (!result)
        return errorFrom(result.error());
    return json(protocol::toJson(*result));
}

template<class T, class Handle>
HttpResponse decodeThen(const HttpRequest &request, Handle handle)
{
    const auto decoded = protocol::fromJson<T>(request.body);
    if (!decoded)
        return errorFrom(decoded.error());
    return handle(*decoded);
}

HttpResponse answer(const Status &status)
{
    if (!status)
        return errorFrom(status.error());
    return json("{}");
}

} // namespace

HttpResponse Api::accountRequest(std::string_view path, const HttpRequest &request, const Principal *principal,
    std::string_view token, std::string_view query)
{
    const std::string address(RequestGate::addressOf(request.remoteAddress));
    if (path == "/v1/auth/apply")
        return decodeThen<protocol::ApplyRequest>(
            request, [&](const auto &decoded) { return answer(m_accounts.apply(decoded, address)); });
    if (path == "/v1/invitations/accept")
        return decodeThen<protocol::AcceptInvitationRequest>(
            request, [&](const auto &decoded) { return answer(m_accounts.acceptInvitation(decoded, address)); });
    if (path == "/v1/auth/reset/request")
        return decodeThen<protocol::PasswordResetRequest>(
            request, [&](const auto &decoded) { return answer(m_accounts.requestPasswordReset(decoded, address)); });
    if (path == "/v1/auth/reset")
        return decodeThen<protocol::PasswordReset>(
            request, [&](const auto &decoded) { return answer(m_accounts.resetPassword(decoded, address)); });
    if (!principal)
        return errorResponse(401, "unauthorized", "This request needs a session token; sign in first.");
    if (path == "/v1/auth/refresh")
        return answer(m_accounts.refresh(*principal, token));
    if (path == "/v1/auth/password")
        return decodeThen<protocol::PasswordChange>(request,
            [&](const auto &decoded) { return answer(m_accounts.changePassword(*principal, token, decoded)); });
    if (path == "/v1/admin/erase")
        return decodeThen<protocol::EraseRequest>(
            request, [&](const auto &decoded) { return answer(m_accounts.erase(*principal, decoded, address)); });
    if (path == "/v1/export") {
        std::string format = "json";
        for (const auto param : boost::urls::params_view(query)) {
            if (param.key == "format")
                format = param.value;
        }
        const auto exported = m_accounts.exportData(*principal, format);
        if (!exported)
            return errorFrom(exported.error());
        HttpResponse response = json(*exported);
        if (format == "vcard")
            response.contentType = "text/vcard; charset=utf-8";
        return response;
    }
    // /v1/audit
    AuditFilter filter;
    for (const auto param : boost::urls::params_view(query)) {
        if (param.key == "action") {
            filter.action = param.value;
        } else if (param.key == "actor") {
            filter.actorId = param.value;
        } else if (param.key == "target") {
            filter.targetId = param.value;
        } else if (param.key == "before" || param.key == "limit") {
            std::int64_t number = 0;
            const auto [end, ec] = std::from_chars(param.value.data(), param.value.data() + param.value.size(), number);
            if (ec != std::errc() || end != param.value.data() + param.value.size() || number < 0)
                return errorResponse(400, "bad_request", "\"" + std::string(param.key) + "\" must be a whole number.");
            if (param.key == "before")
                filter.before = number;
            else
                filter.limit = std::size_t(number);
        }
    }
    return answer(m_accounts.audit(*principal, filter));
}

} // namespace commonroom::syncd
