#include "common/AccountProtocol.h"
#include "common/Protocol.h"

#include <QTest>

#include <limits>

using namespace commonroom;
using namespace commonroom::protocol;

class TestProtocol : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pushRoundTrip()
    {
        PushRequest push;
        push.clientId = "0190c0de-0000-7000-8000-000000000001";
        Mutation edit;
        edit.mid = 7;
        edit.table = "person";
        edit.id = "0190c0de-0000-7000-8000-0000000000aa";
        edit.fields = {{"display_name", std::string("Ana García")}, {"leadership_level", std::int64_t(3)},
            {"bio", std::monostate {}}};
        edit.hlc = (std::uint64_t(1'700'000'000'000) << 16) | 5;
        Mutation removal;
        removal.mid = 8;
        removal.table = "group";
        removal.id = "0190c0de-0000-7000-8000-0000000000bb";
        removal.hlc = 42;
        removal.deleted = true;
        push.mutations = {edit, removal};

        auto decoded = fromJson<PushRequest>(toJson(push));
        QVERIFY2(decoded.ok(), decoded.ok() ? "" : decoded.error().message.c_str());
        QCOMPARE(decoded->clientId, push.clientId);
        QCOMPARE(decoded->protocol, kProtocolVersion);
        QCOMPARE(decoded->mutations.size(), std::size_t(2));
        QCOMPARE(decoded->mutations[0].fields, edit.fields);
        QCOMPARE(decoded->mutations[0].hlc, edit.hlc);
        QCOMPARE(decoded->mutations[0].deleted, false);
        QCOMPARE(decoded->mutations[1].deleted, true);
        QCOMPARE(decoded->mutations[1].mid, 8);
    }

    void pullRoundTrip()
    {
        PullResponse pull;
        pull.changes = {Change {12, "person", "id-1", {{"display_name", std::string("Zoë")}}, false},
            Change {13, "group", "id-2", {}, true}};
        pull.purge = {RowRef {"person", "id-3"}};
        pull.cursor = "13";
        pull.hasMore = true;
        auto decoded = fromJson<PullResponse>(toJson(pull));
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->changes.size(), std::size_t(2));
        QCOMPARE(decoded->changes[0].fields, pull.changes[0].fields);
        QCOMPARE(decoded->changes[1].deleted, true);
        QCOMPARE(decoded->purge.size(), std::size_t(1));
        QCOMPARE(decoded->purge[0].id, std::string("id-3"));
        QCOMPARE(decoded->cursor, std::string("13"));
        QVERIFY(decoded->hasMore);
    }

    void loginAndErrorRoundTrip()
    {
        LoginResponse login {"tok", 1234, "person-1", {"leader"}};
        auto decodedLogin = fromJson<LoginResponse>(toJson(login));
        QVERIFY(decodedLogin.ok());
        QCOMPARE(decodedLogin->roles, std::vector<std::string> {"leader"});
        QCOMPARE(decodedLogin->expiresAt, 1234);

        auto decodedError = fromJson<ErrorResponse>(toJson(ErrorResponse {Error {"forbidden", "No."}}));
        QVERIFY(decodedError.ok());
        QCOMPARE(decodedError->error.code, std::string("forbidden"));

        PushResponse push {{1, 2}, {Rejection {3, "forbidden", "Only an admin may change role."}}};
        auto decodedPush = fromJson<PushResponse>(toJson(push));
        QVERIFY(decodedPush.ok());
        QCOMPARE(decodedPush->acked, (std::vector<std::int64_t> {1, 2}));
        QCOMPARE(decodedPush->rejected.at(0).message, push.rejected[0].message);
    }

    void rejectsMalformedInput_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("not json") << "{\"client_id\": "
                                  << "not valid JSON";
        QTest::newRow("array") << "[]"
                               << "must be a JSON object";
        QTest::newRow("missing member") << R"({"protocol":1,"mutations":[]})"
                                        << "client_id";
        QTest::newRow("wrong type") << R"({"client_id":5,"protocol":1,"mutations":[]})"
                                    << "client_id";
        QTest::newRow("unknown member") << R"({"client_id":"c","protocol":1,"mutations":[],"admin":true})"
                                        << "unknown member \"admin\"";
        QTest::newRow("mutation not object") << R"({"client_id":"c","protocol":1,"mutations":[3]})"
                                             << "mutation 1";
        QTest::newRow("mid zero")
            << R"({"client_id":"c","protocol":1,"mutations":[{"mid":0,"table":"person","id":"x","hlc":1}]})"
            << "positive";
        QTest::newRow("fractional mid")
            << R"({"client_id":"c","protocol":1,"mutations":[{"mid":1.5,"table":"person","id":"x","hlc":1}]})"
            << "whole number";
        QTest::newRow("nested field value")
            << R"({"client_id":"c","protocol":1,"mutations":[{"mid":1,"table":"person","id":"x","hlc":1,"fields":{"bio":{"a":1}}}]})"
            << "text, a whole number or null";
        QTest::newRow("boolean field value")
            << R"({"client_id":"c","protocol":1,"mutations":[{"mid":1,"table":"person","id":"x","hlc":1,"fields":{"bio":true}}]})"
            << "text, a whole number or null";
        QTest::newRow("unknown mutation member")
            << R"({"client_id":"c","protocol":1,"mutations":[{"mid":1,"table":"person","id":"x","hlc":1,"sql":"drop"}]})"
            << "unknown member \"sql\"";
        QTest::newRow("deleted not bool")
            << R"({"client_id":"c","protocol":1,"mutations":[{"mid":1,"table":"person","id":"x","hlc":1,"deleted":"yes"}]})"
            << "true or false";
    }

    void rejectsMalformedInput()
    {
        QFETCH(QString, json);
        QFETCH(QString, mentions);
        auto decoded = fromJson<PushRequest>(json.toStdString());
        QVERIFY(!decoded.ok());
        QCOMPARE(decoded.error().code, std::string("bad_request"));
        QVERIFY2(QString::fromStdString(decoded.error().message).contains(mentions), decoded.error().message.c_str());
    }

    void rejectsTooManyMutations()
    {
        std::string json = R"({"client_id":"c","protocol":1,"mutations":[)";
        for (std::size_t i = 0; i <= kMaxMutationsPerPush; ++i)
            json += std::string(i ? "," : "") + R"({"mid":)" + std::to_string(i + 1)
                + R"(,"table":"person","id":"x","hlc":1})";
        json += "]}";
        auto decoded = fromJson<PushRequest>(json);
        QVERIFY(!decoded.ok());
        QVERIFY(QString::fromStdString(decoded.error().message).contains(QString::number(kMaxMutationsPerPush)));
    }

    void encodedSizeIsTheLengthOfTheEncoding()
    {
        PushRequest request {"0190c0de-0000-7000-8000-000000000001", kProtocolVersion, {}};
        QCOMPARE(encodedSize(request), toJson(request).size());
        // Escapes, multi-byte text, big numbers, deletes: the size is the encoding's, not a guess.
        request.mutations.push_back(Mutation {1, "person", "a", {{"bio", std::string("\"quoted\"\n\x01 Zoë 東京")}},
            std::numeric_limits<std::uint64_t>::max() >> 1, false});
        request.mutations.push_back(Mutation {2, "person", "b", {}, 7, true});
        request.mutations.push_back(Mutation {3, "note", "c", {{"n", std::int64_t(-5)}, {"x", FieldValue {}}}, 8});
        QCOMPARE(encodedSize(request), toJson(request).size());
        std::size_t sum = encodedSize(PushRequest {request.clientId, request.protocol, {}}) + 2;
        for (const auto &mutation : request.mutations)
            sum += encodedSize(mutation);
        QCOMPARE(sum, toJson(request).size());
    }

    void protocolTwoMembersRoundTrip()
    {
        PushResponse push {{1}, {}, std::int64_t(1'700'000'000'000)};
        auto decodedPush = fromJson<PushResponse>(toJson(push));
        QVERIFY(decodedPush.ok());
        QCOMPARE(decodedPush->serverTime, push.serverTime);
        QVERIFY(!fromJson<PushResponse>(R"({"acked":[],"rejected":[]})")->serverTime);

        PullResponse pull;
        pull.cursor = "1.2";
        pull.hlc = (std::uint64_t(1'700'000'000'000) << 16) | 3;
        auto decodedPull = fromJson<PullResponse>(toJson(pull));
        QVERIFY(decodedPull.ok());
        QCOMPARE(decodedPull->hlc, pull.hlc);

        auto registration = fromJson<RegisterDeviceRequest>(toJson(RegisterDeviceRequest {"d"}));
        QVERIFY(registration.ok());
        QCOMPARE(registration->device, "d");
        QVERIFY(!fromJson<RegisterDeviceRequest>(R"({"device":"d","extra":1})").ok());
    }

    void loginRequestNeedsEveryMember()
    {
        QVERIFY(fromJson<LoginRequest>(R"({"email":"a@b","password":"x","device":"d"})").ok());
        QVERIFY(!fromJson<LoginRequest>(R"({"email":"a@b","password":"x"})").ok());
        QVERIFY(!fromJson<LoginRequest>(R"({"email":"a@b","password":null,"device":"d"})").ok());
    }

    // The account endpoints read their bodies exactly as the sync endpoints do: one reader.
    void accountBodiesAreReadAsStrictly()
    {
        const auto mentions = [](const auto &decoded, const char *text) {
            return !decoded.ok() && decoded.error().code == "bad_request"
                && decoded.error().message.find(text) != std::string::npos;
        };
        QVERIFY(mentions(fromJson<PasswordReset>(R"({"email":"a@b","code":"c","password":"p","admin":true})"),
            "the password reset has an unknown member \"admin\""));
        QVERIFY(mentions(
            fromJson<ApplyRequest>(R"({"email":"a@b","password":"p","display_name":"A","consent":"yes","device":"d"})"),
            "\"consent\" in the application must be true or false"));
        QVERIFY(mentions(fromJson<EraseRequest>(R"({"person_id":"x"})"), "lacks \"reason\""));
        QVERIFY(mentions(fromJson<EraseRequest>("{\"person_id\":"), "not valid JSON"));
        const char *tooLarge = R"({"entries":[{"seq":18446744073709551615,"at":1,"action":"a","actor_id":"",)"
                               R"("device_id":"","target_id":"","detail":"","address":""}],"has_more":false})";
        QVERIFY(mentions(fromJson<AuditPage>(tooLarge), "\"seq\" in an audit entry must be a whole number"));
        // The largest whole number that fits is read.
        const char *unsignedSeq = R"({"entries":[{"seq":9223372036854775807,"at":1,"action":"a","actor_id":"",)"
                                  R"("device_id":"","target_id":"","detail":"","address":""}],"has_more":false})";
        const auto page = fromJson<AuditPage>(unsignedSeq);
        QVERIFY(page.ok());
        QCOMPARE(page->entries.front().seq, std::numeric_limits<std::int64_t>::max());
        const auto apply = fromJson<ApplyRequest>(R"({"email":"a@b","password":"p","display_name":"A",)"
                                                  R"("consent":true,"device":"d"})");
        QVERIFY(apply.ok());
        QVERIFY(apply->about.empty());
    }
};

QTEST_GUILESS_MAIN(TestProtocol)
#include "tst_protocol.moc"
