#include "Api.h"

#include "Encoding.h"
#include "MailTexts.h"
#include "RequestGate.h"

#include "common/AccountProtocol.h"
#include "common/Endpoints.h"
#include "common/Protocol.h"

#include <boost/url/params_view.hpp>
#include <boost/url/parse.hpp>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <exception>
#include <iostream>

namespace commonroom::syncd {

namespace {

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

bool isForm(std::string_view contentType)
{
    const std::string type = lowercase(trim(contentType.substr(0, contentType.find(';'))));
    return type == "application/x-www-form-urlencoded" || type == "multipart/form-data";
}

// A page of the daemon's own for a person's browser (the unsubscribe link): a heading, a
// paragraph and, optionally, a form with one button. Every text is the daemon's; nothing the
// client sent is echoed.
HttpResponse htmlPage(int status, std::string_view title, std::string_view text, std::string_view form = {},
    std::string_view language = "en")
{
    std::string lang(language);
    std::replace(lang.begin(), lang.end(), '_', '-'); // pt_BR → pt-BR, as HTML names languages
    HttpResponse response;
    response.status = status;
    response.contentType = "text/html; charset=utf-8";
    response.body = "<!DOCTYPE html>\n<html lang=\"" + lang
        + "\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" "
          "content=\"width=device-width\"><title>"
        + std::string(title)
        + "</title></head>\n<body style=\"font-family: sans-serif; max-width: 40em; margin: 2em "
          "auto; padding: 0 1em\">\n<h1>"
        + std::string(title) + "</h1>\n<p>" + std::string(text) + "</p>\n" + std::string(form) + "</body></html>\n";
    return response;
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
        {"deleted", 409},
        {"account_holder", 409},
    };
    for (const auto &[known, status] : statuses) {
        if (known == code)
            return status;
    }
    return 500;
}

bool Api::needsSession(std::string_view path)
{
    const auto table = routes();
    return std::any_of(table.begin(), table.end(),
        [&](const Route &route) { return route.path == path && route.access == Access::Session; });
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

namespace {

template<class T>
HttpResponse answer(const Result<T> &result)
{
    if (!result)
        return errorFrom(result.error());
    return json(protocol::toJson(*result));
}

HttpResponse answer(const Status &status)
{
    if (!status)
        return errorFrom(status.error());
    return json("{}");
}

// Decodes the body as a T with the strict protocol codec and hands it to `handle`.
template<class T, class Handle>
HttpResponse decodeThen(const HttpRequest &request, Handle handle)
{
    const auto decoded = protocol::fromJson<T>(request.body);
    if (!decoded)
        return errorFrom(decoded.error());
    return handle(*decoded);
}

} // namespace

std::span<const Api::Route> Api::routes()
{
    namespace endpoint = protocol::endpoint;
    // Every endpoint, once: a path that is not here is answered 404, a method that is not its
    // own 405, whatever else the code holds.
    static const Route table[] = {
        {endpoint::kHealth, "GET", Access::Open, &Api::health},
        {endpoint::kLogin, "POST", Access::Password, &Api::login},
        {endpoint::kLogout, "POST", Access::Session, &Api::logout},
        {endpoint::kPush, "POST", Access::Session, &Api::push},
        {endpoint::kPull, "GET", Access::Session, &Api::pull},
        {endpoint::kDevices, "GET", Access::Session, &Api::devices},
        {endpoint::kRevokeDevice, "POST", Access::Session, &Api::revokeDevice},
        {endpoint::kRegisterDevice, "POST", Access::Session, &Api::registerDevice},
        // Admission and identity (docs/admission.md).
        {endpoint::kApply, "POST", Access::Password, &Api::apply},
        {endpoint::kAcceptInvitation, "POST", Access::Password, &Api::acceptInvitation},
        {endpoint::kRequestPasswordReset, "POST", Access::Password, &Api::requestPasswordReset},
        {endpoint::kResetPassword, "POST", Access::Password, &Api::resetPassword},
        {endpoint::kRefreshToken, "POST", Access::Session, &Api::refreshToken},
        {endpoint::kChangePassword, "POST", Access::Session, &Api::changePassword},
        {endpoint::kExport, "GET", Access::Session, &Api::exportData},
        {endpoint::kAudit, "GET", Access::Session, &Api::audit},
        {endpoint::kErase, "POST", Access::Session, &Api::erase},
        {endpoint::kRestoreMerge, "POST", Access::Session, &Api::restoreMerge},
        {endpoint::kUnsubscribe, "GET", Access::Open, &Api::unsubscribePage},
        {endpoint::kUnsubscribe, "POST", Access::Open, &Api::unsubscribe, Body::Form},
    };
    return table;
}

HttpResponse Api::route(const HttpRequest &request)
{
    const auto url = boost::urls::parse_origin_form(request.target);
    if (!url)
        return errorResponse(400, "bad_request",
            "The request target \"" + loggableTarget(request.target) + "\" is not a valid path; check the server URL.");
    const std::string path = url->path();
    const auto table = routes();
    std::string allowed; // the methods of the path, for a 405
    const Route *route = nullptr;
    for (const Route &candidate : table) {
        if (candidate.path != path)
            continue;
        allowed += (allowed.empty() ? "" : ", ") + std::string(candidate.method);
        if (candidate.method == request.method)
            route = &candidate;
    }
    if (allowed.empty())
        return errorResponse(
            404, "not_found", "There is nothing at " + path + "; check the server URL and update the client.");
    if (!route) {
        auto response = errorResponse(
            405, "method_not_allowed", path + " takes " + allowed + " requests, not " + request.method + ".");
        response.allow = allowed;
        return response;
    }
    if (route->method == "POST" && route->body == Body::Json && !isJson(request.contentType))
        return errorResponse(415, "unsupported_media_type",
            "The body must be sent as application/json (the Content-Type was \"" + request.contentType + "\").");
    if (route->method == "POST" && route->body == Body::Form && !isForm(request.contentType))
        return errorResponse(415, "unsupported_media_type",
            "The body must be sent as a form, application/x-www-form-urlencoded or multipart/form-data (the "
            "Content-Type was \""
                + request.contentType + "\").");

    Call call {request, url->encoded_query(), std::string(RequestGate::addressOf(request.remoteAddress))};
    switch (route->access) {
    case Access::Open:
        return (this->*route->handle)(call);
    case Access::Password: {
        // Every attempt with a password or a code: an address with too many failures is slowed
        // down, never locked out (docs/security.md).
        std::int64_t retryAfterSeconds = 0;
        const auto delay = m_service.signInDelayMs(call.address, &retryAfterSeconds);
        if (!delay) {
            auto refused = errorFrom(delay.error());
            refused.retryAfterSeconds = retryAfterSeconds;
            return refused;
        }
        auto response = (this->*route->handle)(call);
        response.delayMs = *delay;
        return response;
    }
    case Access::Session:
        break;
    }
    const std::string token(bearerToken(request.authorization));
    if (token.empty())
        return errorResponse(
            401, "unauthorized", "This request needs a session token (\"Authorization: Bearer …\"); sign in first.");
    const auto principal = m_service.authenticate(token);
    if (!principal)
        return errorFrom(principal.error());
    call.principal = &*principal;
    call.token = token;
    return (this->*route->handle)(call);
}

HttpResponse Api::health(const Call &)
{
    return json(protocol::toJson(protocol::HealthResponse {"ok", COMMONROOM_VERSION, protocol::kProtocolVersion}));
}

HttpResponse Api::login(const Call &call)
{
    return decodeThen<protocol::LoginRequest>(
        call.request, [&](const auto &decoded) { return answer(m_service.login(decoded, call.address)); });
}

HttpResponse Api::logout(const Call &call)
{
    m_service.logout(std::string(call.token));
    return json("{}");
}

HttpResponse Api::push(const Call &call)
{
    return decodeThen<protocol::PushRequest>(
        call.request, [&](const auto &decoded) { return answer(m_service.push(*call.principal, decoded)); });
}

HttpResponse Api::pull(const Call &call)
{
    std::string since;
    std::size_t limit = kDefaultPullLimit;
    int protocolVersion = 1;
    // The query was validated with the whole target, so this view does not throw.
    for (const auto param : boost::urls::params_view(call.query)) {
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
    return answer(m_service.pull(*call.principal, since, limit, protocolVersion));
}

HttpResponse Api::devices(const Call &call)
{
    std::string person;
    for (const auto param : boost::urls::params_view(call.query)) {
        if (param.key == "person")
            person = param.value;
    }
    return answer(m_service.devices(*call.principal, person));
}

HttpResponse Api::registerDevice(const Call &call)
{
    return decodeThen<protocol::RegisterDeviceRequest>(call.request, [&](const auto &decoded) {
        return answer(m_service.registerDevice(*call.principal, decoded.device, call.request.remoteAddress));
    });
}

HttpResponse Api::revokeDevice(const Call &call)
{
    return decodeThen<protocol::RevokeDeviceRequest>(call.request,
        [&](const auto &decoded) { return answer(m_service.revokeDevice(*call.principal, decoded.deviceId)); });
}

HttpResponse Api::apply(const Call &call)
{
    return decodeThen<protocol::ApplyRequest>(
        call.request, [&](const auto &decoded) { return answer(m_accounts.apply(decoded, call.address)); });
}

HttpResponse Api::acceptInvitation(const Call &call)
{
    return decodeThen<protocol::AcceptInvitationRequest>(
        call.request, [&](const auto &decoded) { return answer(m_accounts.acceptInvitation(decoded, call.address)); });
}

HttpResponse Api::requestPasswordReset(const Call &call)
{
    return decodeThen<protocol::PasswordResetRequest>(call.request,
        [&](const auto &decoded) { return answer(m_accounts.requestPasswordReset(decoded, call.address)); });
}

HttpResponse Api::resetPassword(const Call &call)
{
    return decodeThen<protocol::PasswordReset>(
        call.request, [&](const auto &decoded) { return answer(m_accounts.resetPassword(decoded, call.address)); });
}

HttpResponse Api::refreshToken(const Call &call)
{
    return answer(m_accounts.refresh(*call.principal, call.token));
}

HttpResponse Api::changePassword(const Call &call)
{
    return decodeThen<protocol::PasswordChange>(call.request,
        [&](const auto &decoded) { return answer(m_accounts.changePassword(*call.principal, call.token, decoded)); });
}

HttpResponse Api::erase(const Call &call)
{
    return decodeThen<protocol::EraseRequest>(call.request,
        [&](const auto &decoded) { return answer(m_accounts.erase(*call.principal, decoded, call.address)); });
}

HttpResponse Api::restoreMerge(const Call &call)
{
    return decodeThen<protocol::RestoreMergeRequest>(call.request,
        [&](const auto &decoded) { return answer(m_service.restoreMerge(*call.principal, decoded.candidateId)); });
}

HttpResponse Api::exportData(const Call &call)
{
    std::string format = "json";
    for (const auto param : boost::urls::params_view(call.query)) {
        if (param.key == "format")
            format = param.value;
    }
    const auto exported = m_accounts.exportData(*call.principal, format);
    if (!exported)
        return errorFrom(exported.error());
    HttpResponse response = json(*exported);
    if (format == "vcard")
        response.contentType = "text/vcard; charset=utf-8";
    return response;
}

HttpResponse Api::audit(const Call &call)
{
    AuditFilter filter;
    for (const auto param : boost::urls::params_view(call.query)) {
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
    return answer(m_accounts.audit(*call.principal, filter));
}

namespace {

// The token of an unsubscribe link's query ("?t=…"), or empty.
std::string unsubscribeToken(std::string_view query)
{
    for (const auto param : boost::urls::params_view(query)) {
        if (param.key == "t")
            return param.value;
    }
    return {};
}

HttpResponse invalidUnsubscribeLink(const Error &error)
{
    return htmlPage(400, "This link does not work", error.message);
}

} // namespace

HttpResponse Api::unsubscribePage(const Call &call)
{
    const std::string token = unsubscribeToken(call.query);
    const auto found = m_accounts.unsubscriber(token);
    if (!found)
        return invalidUnsubscribeLink(found.error());
    // In the person's language (syncd/MailTexts). The token is the daemon's own (checked above):
    // letters, digits, '-', '_' and '.', nothing to escape.
    const MailTexts &texts = mailTexts(found->language);
    const std::string_view what = whatOf(texts, *found->kind);
    return htmlPage(200, fill(texts.askTitle, {{"what", what}}), fill(texts.askText, {{"what", what}}),
        "<form method=\"post\" action=\"" + std::string(protocol::endpoint::kUnsubscribe) + "?t=" + token
            + "\"><input type=\"hidden\" name=\"List-Unsubscribe\" value=\"One-Click\"><button type=\"submit\">"
            + std::string(texts.stopButton) + "</button></form>\n",
        texts.language);
}

HttpResponse Api::unsubscribe(const Call &call)
{
    // RFC 8058: the body names the one-click action; a form posting anything else is not it.
    if (call.request.body.find("One-Click") == std::string::npos)
        return errorResponse(400, "bad_request", "An unsubscribe request posts \"List-Unsubscribe=One-Click\".");
    const auto stopped = m_accounts.unsubscribe(unsubscribeToken(call.query), call.address);
    if (!stopped)
        return invalidUnsubscribeLink(stopped.error());
    const MailTexts &texts = mailTexts(stopped->language);
    return htmlPage(200, fill(texts.doneTitle, {{"what", whatOf(texts, *stopped->kind)}}),
        fill(texts.doneText, {{"box", boxOf(texts, *stopped->kind)}}), {}, texts.language);
}

} // namespace commonroom::syncd
