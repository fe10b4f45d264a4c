#pragma once

#include "AccountService.h"
#include "HttpTypes.h"
#include "SyncService.h"

#include <span>
#include <string>
#include <string_view>

namespace commonroom::syncd {

// The HTTP face of the sync protocol: routes a request, checks method, content type and bearer
// token, decodes the body with the strict protocol codec and encodes the answer. No sockets, so
// every status code is tested directly.
class Api
{
public:
    explicit Api(SyncService &service);

    HttpResponse handle(const HttpRequest &request);

    static constexpr std::size_t kDefaultPullLimit = 500;

    static HttpResponse errorResponse(int status, std::string code, std::string message);
    // The HTTP status for an error code of the protocol.
    static int statusFor(std::string_view code);
    // The request target as it may appear in a log: the query keeps only keys known to be
    // harmless, so a secret sent by mistake in a URL never lands in a log file.
    static std::string loggableTarget(std::string_view target);
    // Whether `path` (without its query) is a route that answers only with a session token.
    static bool needsSession(std::string_view path);
    // The token of an "Authorization: Bearer <token>" header, or empty.
    static std::string_view bearerToken(std::string_view authorization);

private:
    // Who may call an endpoint.
    enum class Access {
        Open, // anyone
        Password, // checks a password or a code: slowed down per address after failures
        Session, // needs a session token
    };
    // One request on its way to its handler.
    struct Call
    {
        const HttpRequest &request;
        std::string_view query; // the target's query, validated
        std::string address; // the client's address, without its port
        const Principal *principal = nullptr; // set for Access::Session
        std::string_view token = {}; // the session token, for Access::Session
    };
    // What a POST's body must be.
    enum class Body {
        Json, // application/json, decoded by the strict protocol codec
        Form, // an HTML form (urlencoded or multipart), as RFC 8058 one-click unsubscribing posts
    };
    struct Route
    {
        std::string_view path;
        std::string_view method;
        Access access;
        HttpResponse (Api::*handle)(const Call &);
        Body body = Body::Json;
    };
    // The one route table: {path, method, access, handler, body}; a path may have a route per
    // method.
    static std::span<const Route> routes();

    HttpResponse route(const HttpRequest &request);
    HttpResponse health(const Call &call);
    HttpResponse login(const Call &call);
    HttpResponse logout(const Call &call);
    HttpResponse push(const Call &call);
    HttpResponse pull(const Call &call);
    HttpResponse devices(const Call &call);
    HttpResponse revokeDevice(const Call &call);
    HttpResponse registerDevice(const Call &call);
    // The account endpoints of docs/admission.md.
    HttpResponse apply(const Call &call);
    HttpResponse acceptInvitation(const Call &call);
    HttpResponse requestPasswordReset(const Call &call);
    HttpResponse resetPassword(const Call &call);
    HttpResponse refreshToken(const Call &call);
    HttpResponse changePassword(const Call &call);
    HttpResponse exportData(const Call &call);
    HttpResponse audit(const Call &call);
    HttpResponse erase(const Call &call);
    HttpResponse restoreMerge(const Call &call);
    // The unsubscribe link of a mail (docs/groupmail.md): GET shows a page with a button (a link
    // scanner that follows it changes nothing), POST stops the mail.
    HttpResponse unsubscribePage(const Call &call);
    HttpResponse unsubscribe(const Call &call);

    SyncService &m_service;
    AccountService m_accounts;
};

} // namespace commonroom::syncd
