#pragma once

#include <cstdint>
#include <string>

namespace commonroom::syncd {

// The parts of an HTTP exchange the API looks at. Plain data so that the handlers are tested
// without sockets; the socket layer converts from and to Beast's types.
struct HttpRequest
{
    std::string method; // "GET", "POST", …
    std::string target; // path and query, e.g. "/v1/pull?since=12"
    std::string body;
    std::string contentType; // the Content-Type header, as sent
    std::string authorization; // the Authorization header, as sent
    std::string remoteAddress; // for logs only
};

struct HttpResponse
{
    int status = 200;
    std::string body;
    std::string contentType = "application/json";
    std::string allow; // the methods a 405 names in its Allow header
    std::int64_t retryAfterSeconds = 0; // a 429's or 503's Retry-After header; 0 sends none
    // Hold the answer this long before sending it (sign-ins from a slowed-down address); the
    // socket layer waits on a timer, so no thread is held.
    std::int64_t delayMs = 0;
};

} // namespace commonroom::syncd
