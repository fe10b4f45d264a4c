#include "syncd/Api.h"
#include "syncd/RequestGate.h"

#include "common/Clock.h"
#include "common/Protocol.h"

#include "TestPrinters.h"

#include <QTest>

using namespace commonroom;
using namespace commonroom::syncd;

namespace {

HttpRequest withToken(const std::string &token, const std::string &remote = "192.0.2.1:5000")
{
    return HttpRequest {"GET", "/v1/pull", {}, {}, "Bearer " + token, remote};
}

HttpRequest login(const std::string &remote)
{
    return HttpRequest {"POST", "/v1/auth/login", "{}", "application/json", {}, remote};
}

} // namespace

class TestRequestGate : public QObject
{
    Q_OBJECT

private slots:
    void tooManyRequestsWithATokenGet429WithRetryAfter()
    {
        ManualClock clock;
        RequestGate gate(clock, RequestGate::Limits {50, 10});
        for (int i = 0; i < 100; ++i)
            QVERIFY(!gate.refusal(withToken("ana-token")));
        const auto refused = gate.refusal(withToken("ana-token"));
        QVERIFY(refused);
        QCOMPARE(refused->status, 429);
        QCOMPARE(refused->retryAfterSeconds, 1);
        const auto error = protocol::fromJson<protocol::ErrorResponse>(refused->body);
        QVERIFY(error.ok());
        QCOMPARE(error->error.code, "rate_limited");
        QVERIFY(!error->error.message.empty());
        QVERIFY(refused->body.find("ana-token") == std::string::npos);

        // Another session is not held up, nor is the same one once time has passed.
        QVERIFY(!gate.refusal(withToken("jose-token")));
        clock.advanceMs(20);
        QVERIFY(!gate.refusal(withToken("ana-token")));
    }

    void theTokenCountsHoweverTheHeaderIsSpelled()
    {
        ManualClock clock;
        RequestGate gate(clock, RequestGate::Limits {1, 1});
        QVERIFY(!gate.refusal(withToken("t0k3n")));
        QVERIFY(!gate.refusal(withToken("t0k3n")));
        // Another address or another spelling of the scheme is still the same session.
        auto spelled = withToken("t0k3n", "198.51.100.7:1");
        spelled.authorization = "  bEaReR   t0k3n ";
        QVERIFY(gate.refusal(spelled));
    }

    void requestsWithoutATokenAreCountedPerAddress()
    {
        ManualClock clock;
        RequestGate gate(clock, RequestGate::Limits {50, 2});
        for (int port = 1; port <= 4; ++port)
            QVERIFY(!gate.refusal(login("192.0.2.1:" + std::to_string(port))));
        const auto refused = gate.refusal(login("192.0.2.1:5"));
        QVERIFY(refused);
        QCOMPARE(refused->status, 429);
        QCOMPARE(refused->retryAfterSeconds, 1);
        QVERIFY(!gate.refusal(login("[2001:db8::1]:5")));
        QVERIFY(!gate.refusal(login("192.0.2.10:5")));
        // Sessions from the same address are counted by their token, not the address.
        QVERIFY(!gate.refusal(withToken("ana-token", "192.0.2.1:6")));
        // An empty bearer header is no token.
        auto empty = login("192.0.2.1:7");
        empty.authorization = "Bearer   ";
        QVERIFY(gate.refusal(empty));
        clock.advanceMs(500);
        QVERIFY(!gate.refusal(login("192.0.2.1:8")));
    }

    void aMadeUpTokenDoesNotEscapeTheAddressLimit()
    {
        ManualClock clock;
        RequestGate gate(clock, RequestGate::Limits {50, 2});
        // Sign-ins need no session: whatever bearer header they carry, the address is counted.
        for (int i = 0; i < 4; ++i) {
            auto request = login("192.0.2.1:" + std::to_string(i));
            request.authorization = "Bearer made-up-" + std::to_string(i);
            QVERIFY(!gate.refusal(request));
        }
        auto fifth = login("192.0.2.1:9");
        fifth.authorization = "Bearer made-up-9";
        const auto refused = gate.refusal(fifth);
        QVERIFY(refused);
        QCOMPARE(refused->status, 429);
        QVERIFY(refused->body.find("address") != std::string::npos);
        // So are health checks and unknown paths sent with a token.
        RequestGate other(clock, RequestGate::Limits {50, 1});
        for (const char *target : {"/v1/health", "/v1/nowhere"}) {
            HttpRequest request {"GET", target, {}, {}, "Bearer a", "192.0.2.2:1"};
            QVERIFY(!other.refusal(request));
            request.authorization = "Bearer b";
            QVERIFY(!other.refusal(request));
            request.authorization = "Bearer c";
            QVERIFY(other.refusal(request));
            clock.advanceMs(2000);
        }
    }

    void sessionRequestsOfOneAddressShareAWiderLimit()
    {
        ManualClock clock;
        RequestGate gate(clock, RequestGate::Limits {1, 1});
        // A new made-up token per request: each token's own bucket is full, the address's is not.
        const int perAddressBurst = 2 * int(RequestGate::kSessionsPerAddress);
        for (int i = 0; i < perAddressBurst; ++i)
            QVERIFY(!gate.refusal(withToken("token-" + std::to_string(i))));
        const auto refused = gate.refusal(withToken("token-new"));
        QVERIFY(refused);
        QVERIFY(refused->body.find("address") != std::string::npos);
        QVERIFY(!gate.refusal(withToken("token-new", "198.51.100.7:1")));
    }

    void retryAfterRoundsUpToWholeSeconds()
    {
        ManualClock clock;
        RequestGate gate(clock, RequestGate::Limits {1, 1});
        QVERIFY(!gate.refusal(withToken("t")));
        QVERIFY(!gate.refusal(withToken("t")));
        clock.advanceMs(1);
        const auto refused = gate.refusal(withToken("t"));
        QVERIFY(refused);
        QCOMPARE(refused->retryAfterSeconds, 1);
    }

    void zeroLimitsAdmitEverything()
    {
        ManualClock clock;
        RequestGate gate(clock, RequestGate::Limits {0, 0});
        for (int i = 0; i < 1000; ++i) {
            QVERIFY(!gate.refusal(withToken("t")));
            QVERIFY(!gate.refusal(login("192.0.2.1:1")));
        }
    }

    void addressesAndTokensAreReadLikeTheApiReadsThem()
    {
        QCOMPARE(std::string(RequestGate::addressOf("192.0.2.1:443")), "192.0.2.1");
        QCOMPARE(std::string(RequestGate::addressOf("::1:443")), "::1");
        QCOMPARE(std::string(RequestGate::addressOf("unknown")), "unknown");
        QCOMPARE(std::string(Api::bearerToken("Bearer abc")), "abc");
        QCOMPARE(std::string(Api::bearerToken("bearer\tabc")), "");
        QCOMPARE(std::string(Api::bearerToken("Basic YW5hOnB3")), "");
        QCOMPARE(std::string(Api::bearerToken("Bearer")), "");
    }
};

QTEST_GUILESS_MAIN(TestRequestGate)
#include "tst_requestgate.moc"
