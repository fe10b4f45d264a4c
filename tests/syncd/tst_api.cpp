#include "ServiceFixture.h"

#include "syncd/Api.h"

#include "common/Endpoints.h"
#include "common/Hlc.h"
#include "common/Protocol.h"

#include <QTest>

#include <sqlite3.h>

using namespace commonroom;
using namespace commonroom::syncd;

namespace {

HttpRequest get(std::string target, std::string token = {})
{
    return HttpRequest {"GET", std::move(target), {}, {}, token.empty() ? std::string() : "Bearer " + token, "test"};
}

HttpRequest post(
    std::string target, std::string body, std::string token = {}, std::string contentType = "application/json")
{
    return HttpRequest {"POST", std::move(target), std::move(body), std::move(contentType),
        token.empty() ? std::string() : "Bearer " + token, "test"};
}

std::string errorCode(const HttpResponse &response)
{
    const auto error = protocol::fromJson<protocol::ErrorResponse>(response.body);
    return error ? error->error.code : "<not an error response: " + response.body + ">";
}

} // namespace

class TestApi : public QObject
{
    Q_OBJECT

private slots:
    void healthAnswersWithoutAToken()
    {
        ServiceFixture f;
        Api api(*f.service);
        const auto response = api.handle(get("/v1/health"));
        QCOMPARE(response.status, 200);
        QCOMPARE(response.contentType, "application/json");
        const auto health = protocol::fromJson<protocol::HealthResponse>(response.body);
        QVERIFY(health.ok());
        QCOMPARE(health->status, "ok");
        QCOMPARE(health->version, COMMONROOM_VERSION);
        QCOMPARE(health->protocol, protocol::kProtocolVersion);
    }

    void unknownPathsAndMethods()
    {
        ServiceFixture f;
        Api api(*f.service);
        const auto missing = api.handle(get("/v1/nothing-here"));
        QCOMPARE(missing.status, 404);
        QCOMPARE(errorCode(missing), "not_found");
        QCOMPARE(api.handle(get("/")).status, 404);

        const auto wrongMethod = api.handle(get("/v1/push"));
        QCOMPARE(wrongMethod.status, 405);
        QCOMPARE(errorCode(wrongMethod), "method_not_allowed");
        QCOMPARE(wrongMethod.allow, "POST");
        QCOMPARE(api.handle(post("/v1/health", "{}")).status, 405);
        QCOMPARE(api.handle(HttpRequest {"DELETE", "/v1/pull", {}, {}, {}, {}}).status, 405);
        QCOMPARE(api.handle(get("not a path")).status, 400);
    }

    // Each endpoint is in the one route table with its own method and access, and nothing else is.
    void everyEndpointIsRoutedOnce()
    {
        namespace endpoint = protocol::endpoint;
        ServiceFixture f;
        Api api(*f.service);
        struct Expected
        {
            std::string_view path;
            std::string_view method;
            bool session;
        };
        const Expected endpoints[] = {{endpoint::kHealth, "GET", false}, {endpoint::kLogin, "POST", false},
            {endpoint::kLogout, "POST", true}, {endpoint::kPush, "POST", true}, {endpoint::kPull, "GET", true},
            {endpoint::kDevices, "GET", true}, {endpoint::kRevokeDevice, "POST", true},
            {endpoint::kRegisterDevice, "POST", true}, {endpoint::kApply, "POST", false},
            {endpoint::kAcceptInvitation, "POST", false}, {endpoint::kRequestPasswordReset, "POST", false},
            {endpoint::kResetPassword, "POST", false}, {endpoint::kRefreshToken, "POST", true},
            {endpoint::kChangePassword, "POST", true}, {endpoint::kExport, "GET", true},
            {endpoint::kAudit, "GET", true}, {endpoint::kErase, "POST", true}, {endpoint::kRestoreMerge, "POST", true}};
        for (const auto &[path, method, session] : endpoints) {
            const std::string target(path);
            const auto wrong = api.handle(method == "GET" ? post(target, "{}") : get(target));
            QVERIFY2(wrong.status == 405 && wrong.allow == method, target.c_str());
            QCOMPARE(Api::needsSession(path), session);
            if (session)
                QVERIFY2(api.handle(method == "GET" ? get(target) : post(target, "{}")).status == 401, target.c_str());
            // Near misses are not routes: no prefix, suffix or case matching.
            for (const std::string &near : {target + "/", target + "x", target.substr(0, target.size() - 1)}) {
                if (std::find_if(std::begin(endpoints), std::end(endpoints),
                        [&](const Expected &other) { return other.path == near; })
                    == std::end(endpoints))
                    QVERIFY2(api.handle(get(near)).status == 404, near.c_str());
            }
        }
        QVERIFY(!Api::needsSession("/v1/nothing-here"));
        // The one path with two methods: the unsubscribe link of a mail, open to anyone.
        const std::string unsubscribe(endpoint::kUnsubscribe);
        const auto neither = api.handle(HttpRequest {"DELETE", unsubscribe, {}, {}, {}, "test"});
        QCOMPARE(neither.status, 405);
        QCOMPARE(neither.allow, "GET, POST");
        QVERIFY(!Api::needsSession(unsubscribe));
        QCOMPARE(api.handle(get(unsubscribe)).status, 400); // no token: a page saying the link does not work
        QCOMPARE(api.handle(post(unsubscribe, "List-Unsubscribe=One-Click")).status, 415); // JSON is no form
        QCOMPARE(
            api.handle(post(unsubscribe, "List-Unsubscribe=One-Click", {}, "application/x-www-form-urlencoded")).status,
            400);
    }

    void errorsQuotingWhatWasSentAreValidJson()
    {
        ServiceFixture f;
        Api api(*f.service);
        // Bytes that are not UTF-8 in the path and the content type are quoted in the message.
        const auto badPath = api.handle(get("\xC7/v1/health"));
        QCOMPARE(badPath.status, 400);
        QCOMPARE(errorCode(badPath), "bad_request");
        const auto badType = api.handle(post("/v1/auth/login", "{}", {}, "text/\xFF"));
        QCOMPARE(badType.status, 415);
        QCOMPARE(errorCode(badType), "unsupported_media_type");
        QVERIFY(badType.body.find("text/\xEF\xBF\xBD") != std::string::npos);
    }

    void loginAnswersWithASession()
    {
        ServiceFixture f;
        const auto personId = f.addAccount("ana@example.org", Role::Member);
        Api api(*f.service);
        const auto body = protocol::toJson(
            protocol::LoginRequest {"ana@example.org", std::string(ServiceFixture::kPassword), newTestId()});
        const auto response = api.handle(post("/v1/auth/login", body, {}, "application/json; charset=utf-8"));
        QCOMPARE(response.status, 200);
        const auto session = protocol::fromJson<protocol::LoginResponse>(response.body);
        QVERIFY(session.ok());
        QCOMPARE(session->personId, personId);
        QCOMPARE(api.handle(get("/v1/pull", session->token)).status, 200);
    }

    void wrongPasswordIs401WithoutAToken()
    {
        ServiceFixture f;
        f.addAccount("ana@example.org", Role::Member);
        Api api(*f.service);
        const auto response = api.handle(post("/v1/auth/login",
            protocol::toJson(protocol::LoginRequest {"ana@example.org", "wrong password!", newTestId()})));
        QCOMPARE(response.status, 401);
        QCOMPARE(errorCode(response), "invalid_credentials");
        QVERIFY(response.body.find("token") == std::string::npos);
    }

    void malformedBodiesAre400()
    {
        ServiceFixture f;
        f.addAccount("ana@example.org", Role::Member);
        Api api(*f.service);
        const auto notJson = api.handle(post("/v1/auth/login", "{\"email\": "));
        QCOMPARE(notJson.status, 400);
        QCOMPARE(errorCode(notJson), "bad_request");
        const auto unknownMember = api.handle(
            post("/v1/auth/login", R"({"email":"ana@example.org","password":"x","device":"d","remember":true})"));
        QCOMPARE(unknownMember.status, 400);
        QVERIFY(unknownMember.body.find("remember") != std::string::npos);
        const auto wrongType = api.handle(post("/v1/auth/login", R"({"email":1,"password":"x","device":"d"})"));
        QCOMPARE(wrongType.status, 400);

        const auto session = f.login("ana@example.org");
        const auto badPush
            = api.handle(post("/v1/push", R"({"client_id":"x","protocol":1,"mutations":{}})", session.token));
        QCOMPARE(badPush.status, 400);
        QCOMPARE(api.handle(get("/v1/pull?since=abc", session.token)).status, 400);
        QCOMPARE(api.handle(get("/v1/pull?limit=0", session.token)).status, 400);
        QCOMPARE(api.handle(get("/v1/pull?limit=ten", session.token)).status, 400);
    }

    void postsMustBeJson()
    {
        ServiceFixture f;
        f.addAccount("ana@example.org", Role::Member);
        Api api(*f.service);
        const auto session = f.login("ana@example.org");
        const auto form
            = api.handle(post("/v1/push", "client_id=x", session.token, "application/x-www-form-urlencoded"));
        QCOMPARE(form.status, 415);
        QCOMPARE(errorCode(form), "unsupported_media_type");
        QCOMPARE(api.handle(post("/v1/auth/login", "{}", {}, "")).status, 415);
        QCOMPARE(api.handle(post("/v1/auth/login", "{}", {}, "text/plain")).status, 415);
    }

    void callsWithoutAValidTokenAre401()
    {
        ServiceFixture f;
        f.addAccount("ana@example.org", Role::Member);
        Api api(*f.service);
        const auto missing = api.handle(get("/v1/pull"));
        QCOMPARE(missing.status, 401);
        QCOMPARE(errorCode(missing), "unauthorized");
        QCOMPARE(api.handle(get("/v1/pull", "made-up")).status, 401);
        auto basic = get("/v1/pull");
        basic.authorization = "Basic YW5hOnB3";
        QCOMPARE(api.handle(basic).status, 401);
        QCOMPARE(api.handle(post("/v1/push", "{}")).status, 401);
        QCOMPARE(api.handle(post("/v1/auth/logout", "{}")).status, 401);

        const auto session = f.login("ana@example.org");
        QCOMPARE(api.handle(get("/v1/pull", session.token)).status, 200);
        f.clock.advanceMs(SyncService::kSessionLifetimeMs + 1);
        const auto expired = api.handle(get("/v1/pull", session.token));
        QCOMPARE(expired.status, 401);
        QCOMPARE(errorCode(expired), "unauthorized");
    }

    void logoutEndsTheSession()
    {
        ServiceFixture f;
        f.addAccount("ana@example.org", Role::Member);
        Api api(*f.service);
        const auto session = f.login("ana@example.org");
        QCOMPARE(api.handle(post("/v1/auth/logout", "{}", session.token)).status, 200);
        QCOMPARE(api.handle(get("/v1/pull", session.token)).status, 401);
    }

    void pushForAnotherDeviceIs403AndADeviceOfAnotherPersonIs409()
    {
        ServiceFixture f;
        f.addAccount("ana@example.org", Role::Member);
        f.addAccount("jose@example.org", Role::Member);
        Api api(*f.service);
        const auto session = f.login("ana@example.org");
        const auto forged
            = api.handle(post("/v1/push", protocol::toJson(protocol::PushRequest {newTestId(), 1, {}}), session.token));
        QCOMPARE(forged.status, 403);
        QCOMPARE(errorCode(forged), "forbidden");

        const auto wrongProtocol = api.handle(post(
            "/v1/push", protocol::toJson(protocol::PushRequest {session.principal.deviceId, 7, {}}), session.token));
        QCOMPARE(wrongProtocol.status, 400);
        QCOMPARE(errorCode(wrongProtocol), "unsupported_protocol");

        const auto taken = api.handle(post("/v1/auth/login",
            protocol::toJson(protocol::LoginRequest {
                "jose@example.org", std::string(ServiceFixture::kPassword), session.principal.deviceId})));
        QCOMPARE(taken.status, 409);
        QCOMPARE(errorCode(taken), "device_in_use");
    }

    void pushAndPullRoundTrip()
    {
        ServiceFixture f;
        const auto anaId = f.addAccount("ana@example.org", Role::Member);
        Api api(*f.service);
        const auto session = f.login("ana@example.org");
        const protocol::PushRequest push {session.principal.deviceId, 1,
            {protocol::Mutation {
                1, "person", anaId, {{"bio", "Sings in the choir"}}, Hlc::pack(f.clock.nowMs(), 0), false}}};
        const auto pushed = api.handle(post("/v1/push", protocol::toJson(push), session.token));
        QCOMPARE(pushed.status, 200);
        const auto answer = protocol::fromJson<protocol::PushResponse>(pushed.body);
        QVERIFY(answer.ok());
        QCOMPARE(answer->acked, std::vector<std::int64_t> {1});

        const auto pulled = api.handle(get("/v1/pull?since=0&limit=10", session.token));
        QCOMPARE(pulled.status, 200);
        const auto page = protocol::fromJson<protocol::PullResponse>(pulled.body);
        QVERIFY(page.ok());
        QCOMPARE(page->changes.size(), 1u);
        QCOMPARE(toDisplayString(page->changes[0].fields.at("bio")), "Sings in the choir");
    }

    void storageFailuresAre500WithoutDetails()
    {
        ServiceFixture f;
        f.addAccount("ana@example.org", Role::Member);
        Api api(*f.service);
        const auto session = f.login("ana@example.org");
        // Break the database behind the service's back.
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(f.databasePath().c_str(), &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, "DROP TABLE change_log", nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(db);

        const auto response = api.handle(get("/v1/pull", session.token));
        QCOMPARE(response.status, 500);
        QCOMPARE(errorCode(response), "internal");
        QVERIFY(response.body.find("change_log") == std::string::npos);
    }

    void logsKeepOnlyHarmlessQueryValues()
    {
        QCOMPARE(Api::loggableTarget("/v1/pull?since=12&limit=500"), "/v1/pull?since=12&limit=500");
        QCOMPARE(Api::loggableTarget("/v1/pull?token=secret&since=3"), "/v1/pull?token=…&since=3");
        QCOMPARE(Api::loggableTarget("/v1/health"), "/v1/health");
    }

    void statusesFollowErrorCodes()
    {
        QCOMPARE(Api::statusFor("bad_request"), 400);
        QCOMPARE(Api::statusFor("invalid_credentials"), 401);
        QCOMPARE(Api::statusFor("forbidden"), 403);
        QCOMPARE(Api::statusFor("device_in_use"), 409);
        QCOMPARE(Api::statusFor("payload_too_large"), 413);
        QCOMPARE(Api::statusFor("too_many_attempts"), 429);
        QCOMPARE(Api::statusFor("something unexpected"), 500);
    }
};

QTEST_GUILESS_MAIN(TestApi)
#include "tst_api.moc"
