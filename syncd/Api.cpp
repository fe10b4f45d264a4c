#include "Api.h"

#include "Encoding.h"

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
};

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

HttpResponse errorFrom(const Error &error)
{
    return Api::errorResponse(Api::statusFor(error.code), error.code, error.message);
}

} // namespace

Api::Api(SyncService &service)
    : m_service(service)
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
        {"unsupported_protocol", 400},
        {"unauthorized", 401},
        {"invalid_credentials", 401},
        {"forbidden", 403},
        {"device_revoked", 403},
        {"not_found", 404},
        {"method_not_allowed", 405},
        {"device_in_use", 409},
        {"payload_too_large", 413},
        {"unsupported_media_type", 415},
        {"too_many_attempts", 429},
    };
    for (const auto &[known, status] : statuses) {
        if (known == code)
            return status;
    }
    return 500;
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
    if (path == "/v1/auth/login")
        return login(request);

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
    const auto session = m_service.login(*decoded);
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
    // The query was validated with the whole target, so this view does not throw.
    for (const auto param : boost::urls::params_view(query)) {
        if (param.key == "since") {
            since = param.value;
        } else if (param.key == "limit") {
            const auto [end, ec] = std::from_chars(param.value.data(), param.value.data() + param.value.size(), limit);
            if (ec != std::errc() || end != param.value.data() + param.value.size() || limit == 0)
                return errorResponse(400, "bad_request",
                    "\"limit\" must be a whole number from 1 to " + std::to_string(protocol::kMaxPullLimit) + ".");
        }
    }
    const auto pulled = m_service.pull(principal, since, limit);
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

HttpResponse Api::revokeDevice(const Principal &principal, const HttpRequest &request)
{
    const auto decoded = protocol::fromJson<protocol::RevokeDeviceRequest>(request.body);
    if (!decoded)
        return errorFrom(decoded.error());
    if (auto revoked = m_service.revokeDevice(principal, decoded->deviceId); !revoked)
        return errorFrom(revoked.error());
    return json("{}");
}

} // namespace commonroom::syncd
