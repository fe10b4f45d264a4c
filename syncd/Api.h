#pragma once

#include "AccountService.h"
#include "HttpTypes.h"
#include "SyncService.h"

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
    HttpResponse route(const HttpRequest &request);
    HttpResponse health() const;
    HttpResponse login(const HttpRequest &request);
    HttpResponse logout(const std::string &token);
    HttpResponse push(const Principal &principal, const HttpRequest &request);
    HttpResponse pull(const Principal &principal, std::string_view query);
    HttpResponse devices(const Principal &principal, std::string_view query);
    HttpResponse revokeDevice(const Principal &principal, const HttpRequest &request);
    HttpResponse registerDevice(const Principal &principal, const HttpRequest &request);
    // The account endpoints of docs/admission.md; `principal` is null for those without a session.
    HttpResponse accountRequest(std::string_view path, const HttpRequest &request, const Principal *principal,
        std::string_view token, std::string_view query = {});

    SyncService &m_service;
    AccountService m_accounts;
};

} // namespace commonroom::syncd
