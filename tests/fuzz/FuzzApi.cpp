// libFuzzer target for the request handler: the input is read like an HTTP request
//
//     METHOD TARGET
//     Header: value        (Content-Type and Authorization are looked at)
//
//     body
//
// and goes through RequestGate and Api::handle, as HttpsServer sends it, over a fresh in-memory
// store with two signed-in accounts. "$TOKEN" and "$MEMBER_TOKEN" in a header stand for the
// session tokens of the admin and of a member, "$DEVICE" and "$PERSON" in the target or body for
// the admin's device and person id, so that inputs reach past authentication. Every answer must
// be JSON with a status the protocol documents; a 500 means the handler failed on some input.
#include "syncd/Api.h"
#include "syncd/PasswordHasher.h"
#include "syncd/RequestGate.h"
#include "syncd/SqliteStore.h"
#include "syncd/SyncService.h"

#include "common/Clock.h"
#include "common/Protocol.h"

#include <boost/json/parse.hpp>

#include <algorithm>
#include <cctype>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>

namespace {

using namespace commonroom;
using namespace commonroom::syncd;

[[noreturn]] void violated(const char *what, const HttpRequest &request, const HttpResponse &response)
{
    std::fprintf(stderr, "%s: %s %s answered %d: %s\n", what, request.method.c_str(), request.target.c_str(),
        response.status, response.body.c_str());
    std::abort();
}

std::string_view takeLine(std::string_view &rest)
{
    const auto end = rest.find('\n');
    std::string_view line = rest.substr(0, end);
    rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
    if (!line.empty() && line.back() == '\r')
        line.remove_suffix(1);
    return line;
}

bool namedLike(std::string_view name, std::string_view expected)
{
    return name.size() == expected.size() && std::equal(name.begin(), name.end(), expected.begin(), [](char a, char b) {
        return std::tolower(static_cast<unsigned char>(a)) == b;
    });
}

void replaceAll(std::string &text, std::string_view placeholder, const std::string &value)
{
    for (auto at = text.find(placeholder); at != std::string::npos; at = text.find(placeholder, at + value.size()))
        text.replace(at, placeholder.size(), value);
}

HttpRequest parseRequest(std::string_view input)
{
    HttpRequest request;
    const std::string_view first = takeLine(input);
    const auto space = first.find(' ');
    request.method = std::string(first.substr(0, space));
    request.target = space == std::string_view::npos ? std::string() : std::string(first.substr(space + 1));
    while (!input.empty()) {
        const std::string_view line = takeLine(input);
        if (line.empty())
            break;
        const auto colon = line.find(':');
        const std::string_view name = line.substr(0, colon);
        std::string_view value = colon == std::string_view::npos ? std::string_view() : line.substr(colon + 1);
        while (!value.empty() && value.front() == ' ')
            value.remove_prefix(1);
        if (namedLike(name, "content-type"))
            request.contentType = std::string(value);
        else if (namedLike(name, "authorization"))
            request.authorization = std::string(value);
    }
    request.body = std::string(input);
    request.remoteAddress = "192.0.2.1:40000";
    return request;
}

bool documented(int status)
{
    for (const int known : {200, 400, 401, 403, 404, 405, 409, 413, 415, 429}) {
        if (status == known)
            return true;
    }
    return false;
}

// Everything one input runs against, made fresh for each input so that a finding reproduces
// from that input alone.
struct Daemon
{
    Daemon()
    {
        auto opened = SqliteStore::open(":memory:");
        if (!opened) {
            std::fprintf(stderr, "cannot open an in-memory store: %s\n", opened.error().message.c_str());
            std::abort();
        }
        store = std::move(*opened);
        // The cheapest scrypt the hasher takes: signing in is exercised, not its cost.
        service = std::make_unique<SyncService>(*store, clock, PasswordHasher(PasswordHasher::Parameters {16, 1, 1}));
        api = std::make_unique<Api>(*service);
        adminPerson = addAccount("admin@example.org", Role::Admin);
        addAccount("member@example.org", Role::Member);
        adminDevice = "0190a4e0-0000-7000-8000-000000000001";
        adminToken = signIn("admin@example.org", adminDevice);
        memberToken = signIn("member@example.org", "0190a4e0-0000-7000-8000-000000000002");
    }

    std::string addAccount(std::string_view email, Role role)
    {
        Store::Transaction transaction(*store);
        auto id = service->createAccount(
            email, kPassword, role, FieldMap {{"display_name", std::string(email.substr(0, email.find('@')))}}, "fuzz");
        if (!id) {
            std::fprintf(stderr, "cannot create %s: %s\n", std::string(email).c_str(), id.error().message.c_str());
            std::abort();
        }
        transaction.commit();
        return *id;
    }

    std::string signIn(std::string_view email, std::string device)
    {
        auto session = service->login(protocol::LoginRequest {std::string(email), std::string(kPassword), device});
        if (!session) {
            std::fprintf(stderr, "cannot sign in: %s\n", session.error().message.c_str());
            std::abort();
        }
        return session->token;
    }

    static constexpr std::string_view kPassword = "fuzzing password";
    ManualClock clock {1'700'000'000'000};
    std::unique_ptr<SqliteStore> store;
    std::unique_ptr<SyncService> service;
    std::unique_ptr<Api> api;
    RequestGate gate {clock, RequestGate::Limits {}};
    std::string adminPerson;
    std::string adminDevice;
    std::string adminToken;
    std::string memberToken;
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    Daemon daemon;
    HttpRequest request = parseRequest(std::string_view(reinterpret_cast<const char *>(data), size));
    replaceAll(request.authorization, "$MEMBER_TOKEN", daemon.memberToken);
    replaceAll(request.authorization, "$TOKEN", daemon.adminToken);
    for (std::string *text : {&request.target, &request.body}) {
        replaceAll(*text, "$DEVICE", daemon.adminDevice);
        replaceAll(*text, "$PERSON", daemon.adminPerson);
    }

    // What HttpsServer does with every request.
    Api::loggableTarget(request.target);
    const auto refusal = daemon.gate.refusal(request);
    const HttpResponse response = refusal ? *refusal : daemon.api->handle(request);

    if (!documented(response.status))
        violated("an undocumented status", request, response);
    // The one answer that is not JSON: a person's own data as a vCard (docs/admission.md).
    if (response.status == 200 && response.contentType == "text/vcard; charset=utf-8") {
        if (!response.body.starts_with("BEGIN:VCARD\r\n") || !response.body.ends_with("END:VCARD\r\n"))
            violated("a vCard export that is not a vCard", request, response);
        return 0;
    }
    if (response.contentType != "application/json")
        violated("not JSON", request, response);
    boost::system::error_code ec;
    const auto parsed = boost::json::parse(response.body, ec);
    if (ec || !parsed.is_object())
        violated("a body that is not a JSON object", request, response);
    if (response.status != 200 && !protocol::fromJson<protocol::ErrorResponse>(response.body))
        violated("an error that is not an error response", request, response);
    if (response.status == 405 && response.allow.empty())
        violated("a 405 without Allow", request, response);
    return 0;
}
