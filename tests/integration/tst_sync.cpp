// End to end through a real commonroom-syncd: devices edit offline, the daemon stops, restarts
// and crashes, and every device ends with the same community.

#include "CliProcess.h"
#include "SyncdProcess.h"
#include "TestClient.h"

#include "common/Endpoints.h"
#include "desktop/core/ApiClient.h"
#include "tests/TestIds.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace commonroom;

namespace {

struct HttpResult
{
    int status = 0;
    QByteArray body;
};

HttpResult waitFor(QNetworkReply *reply)
{
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(30'000);
    reply->deleteLater();
    return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
}

QJsonObject object(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

std::pair<std::uint64_t, std::string> version(const protocol::Mutation &mutation, TestClient &client)
{
    return {mutation.hlc, client.store().siteId().toStdString()};
}

} // namespace

class TestSync : public QObject
{
    Q_OBJECT

private:
    SyncdProcess m_daemon;

    void ensureRunning()
    {
        if (m_daemon.url().isEmpty())
            QVERIFY2(m_daemon.start(30), qPrintable(m_daemon.error()));
    }

private Q_SLOTS:
    void init() { ensureRunning(); }

    void differentFieldsEditedOfflineBothArrive_data()
    {
        QTest::addColumn<bool>("leaderFirst");
        QTest::newRow("leader syncs first") << true;
        QTest::newRow("member syncs first") << false;
    }

    void differentFieldsEditedOfflineBothArrive()
    {
        QFETCH(bool, leaderFirst);
        TestClient leader;
        TestClient member;
        leader.signIn(m_daemon, "leader@example.org");
        member.signIn(m_daemon, "member@example.org");
        const QString memberId = member.personId();
        QVERIFY(!memberId.isEmpty());

        m_daemon.stop();
        const std::string bio = std::string("Bio written offline by the leader, ") + QTest::currentDataTag();
        const std::string pronouns = leaderFirst ? "she/her" : "they/them";
        QVERIFY(leader.store().updateRow("person", memberId, {{"bio", bio}}).ok());
        QVERIFY(member.store().updateRow("person", memberId, {{"pronouns", pronouns}}).ok());
        QCOMPARE(int(leader.sync().outcome), int(SyncResult::Outcome::Offline));
        QCOMPARE(int(member.sync().outcome), int(SyncResult::Outcome::Offline));
        QCOMPARE(leader.store().pendingCount(), 1);
        QCOMPARE(member.store().pendingCount(), 1);
        QVERIFY2(m_daemon.serve(), qPrintable(m_daemon.error()));

        TestClient &first = leaderFirst ? leader : member;
        TestClient &second = leaderFirst ? member : leader;
        first.syncCleanly();
        second.syncCleanly();
        first.syncCleanly();
        for (TestClient *client : {&leader, &member}) {
            QCOMPARE(client->field("person", memberId, "bio"), QString::fromStdString(bio));
            QCOMPARE(client->field("person", memberId, "pronouns"), QString::fromStdString(pronouns));
            QCOMPARE(client->store().pendingCount(), 0);
        }
    }

    void sameFieldHasTheSameWinnerEverywhere_data()
    {
        QTest::addColumn<bool>("leaderFirst");
        QTest::addColumn<int>("round");
        for (int round = 0; round < 3; ++round) {
            QTest::addRow("leader first, round %d", round) << true << round;
            QTest::addRow("member first, round %d", round) << false << round;
        }
    }

    void sameFieldHasTheSameWinnerEverywhere()
    {
        QFETCH(bool, leaderFirst);
        TestClient leader;
        TestClient member;
        leader.signIn(m_daemon, "leader@example.org");
        member.signIn(m_daemon, "member@example.org");
        const QString memberId = member.personId();

        const std::string tag = QTest::currentDataTag();
        QVERIFY(leader.store().updateRow("person", memberId, {{"bio", "leader: " + tag}}).ok());
        QVERIFY(member.store().updateRow("person", memberId, {{"bio", "member: " + tag}}).ok());
        // The winner is decided by (HLC, site) alone, whoever reaches the daemon first.
        const auto leaderVersion = version(leader.store().pendingMutations(1).front(), leader);
        const auto memberVersion = version(member.store().pendingMutations(1).front(), member);
        const QString expected
            = QString::fromStdString(leaderVersion > memberVersion ? "leader: " + tag : "member: " + tag);

        TestClient &first = leaderFirst ? leader : member;
        TestClient &second = leaderFirst ? member : leader;
        first.syncCleanly();
        second.syncCleanly();
        first.syncCleanly();
        QCOMPARE(leader.field("person", memberId, "bio"), expected);
        QCOMPARE(member.field("person", memberId, "bio"), expected);
    }

    void daemonCrashBetweenPushAndPullLosesNothing()
    {
        TestClient leader;
        TestClient member;
        leader.signIn(m_daemon, "leader@example.org");
        member.signIn(m_daemon, "member@example.org");
        const QString memberId = member.personId();

        auto created = leader.store().createRow(
            "person", {{"display_name", std::string("Zoë Ødegård")}, {"area", std::string("Tromsø")}});
        QVERIFY(created.ok());
        QVERIFY(leader.store().updateRow("person", memberId, {{"skills", std::string("first aid, canvassing")}}).ok());
        leader.syncCleanly();
        QCOMPARE(leader.store().pendingCount(), 0);

        // Killed without warning right after acking: an acked push must already be on disk.
        QVERIFY2(m_daemon.restart(/*crash=*/true), qPrintable(m_daemon.error()));
        member.syncCleanly();
        QCOMPARE(member.field("person", *created, "display_name"), QStringLiteral("Zoë Ødegård"));
        QCOMPARE(member.field("person", *created, "area"), QStringLiteral("Tromsø"));
        QCOMPARE(member.field("person", memberId, "skills"), QStringLiteral("first aid, canvassing"));
    }

    void replayedPushIsAckedAgainButAppliedOnce()
    {
        TestClient leader;
        leader.signIn(m_daemon, "leader@example.org");
        const QString memberRow = [&] {
            TestClient member;
            member.signIn(m_daemon, "member@example.org");
            return member.personId();
        }();

        ApiClient api;
        api.setServer(m_daemon.url(), m_daemon.fingerprint());
        const QString device = QString::fromStdString(newTestId());
        const auto login = waitFor(api.post(protocol::endpoint::kLogin,
            QJsonDocument(QJsonObject {{"email", "leader@example.org"}, {"password", SyncdProcess::kDemoPassword},
                              {"device", device}})
                .toJson()));
        QCOMPARE(login.status, 200);
        api.setToken(object(login.body).value("token").toString());

        const auto pullQuery = [](const QString &since) {
            return QUrlQuery {{QStringLiteral("since"), since}, {QStringLiteral("limit"), QStringLiteral("5000")}};
        };
        const auto push = [&](qint64 mid, const QString &bio, qint64 hlc) {
            const QString body
                = QStringLiteral(R"({"client_id":"%1","protocol":1,"mutations":[{"mid":%2,"table":"person",)"
                                 R"("id":"%3","hlc":%4,"fields":{"bio":"%5"}}]})")
                      .arg(device)
                      .arg(mid)
                      .arg(memberRow)
                      .arg(hlc)
                      .arg(bio);
            return waitFor(api.post(protocol::endpoint::kPush, body.toUtf8()));
        };
        const qint64 now = (QDateTime::currentMSecsSinceEpoch() << 16);
        const auto first = push(1, "applied once", now);
        QCOMPARE(first.status, 200);
        QCOMPARE(object(first.body).value("acked").toArray().first().toInteger(), 1);

        const auto pulled = waitFor(api.get(protocol::endpoint::kPull, pullQuery(QStringLiteral("0"))));
        QCOMPARE(pulled.status, 200);
        const QString cursor = object(pulled.body).value("cursor").toString();

        // The same change again: acked, not applied twice, no new change.
        const auto replay = push(1, "applied once", now);
        QCOMPARE(replay.status, 200);
        QCOMPARE(object(replay.body).value("acked").toArray().first().toInteger(), 1);
        QVERIFY(object(replay.body).value("rejected").toArray().isEmpty());
        // The same mid with another HLC, or with its HLC but other values, is another change
        // numbered alike (a restored or copied device): refused as a whole, neither acked nor applied.
        for (const auto &[bio, hlc] :
            {std::pair {"from a restored copy", now + (1 << 16)}, std::pair {"from a copy", now}}) {
            const auto diverged = push(1, QString::fromLatin1(bio), hlc);
            QCOMPARE(diverged.status, 409);
            QCOMPARE(object(diverged.body).value("error").toObject().value("code").toString(),
                QStringLiteral("device_diverged"));
        }
        const auto after = waitFor(api.get(protocol::endpoint::kPull, pullQuery(cursor)));
        QCOMPARE(after.status, 200);
        QVERIFY2(object(after.body).value("changes").toArray().isEmpty(), after.body.constData());

        leader.syncCleanly();
        QCOMPARE(leader.field("person", memberRow, "bio"), QStringLiteral("applied once"));
    }

    void wrongPasswordGets401AndNoToken()
    {
        ApiClient api;
        api.setServer(m_daemon.url(), m_daemon.fingerprint());
        const auto reply = waitFor(api.post(protocol::endpoint::kLogin,
            QJsonDocument(QJsonObject {{"email", "leader@example.org"}, {"password", "not the password"},
                              {"device", QString::fromStdString(newTestId())}})
                .toJson()));
        QCOMPARE(reply.status, 401);
        QVERIFY(!object(reply.body).contains("token"));
        QVERIFY(!object(reply.body).value("error").toObject().value("message").toString().isEmpty());

        TestClient client;
        QString message;
        QVERIFY(!client.login(m_daemon, "leader@example.org", "not the password", &message));
        QVERIFY(message.contains("not right"));
        QVERIFY(client.store().setting("person_id").isEmpty());
        QCOMPARE(int(client.sync().outcome), int(SyncResult::Outcome::Unauthorized));
    }

    void untrustedCertificateIsRefused()
    {
        TestClient client;
        QSignalSpy finished(&client.engine(), &SyncEngine::loginFinished);
        client.engine().login(
            m_daemon.url(), QStringLiteral("00:11:22"), "leader@example.org", SyncdProcess::kDemoPassword);
        QVERIFY(finished.wait(30'000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY(client.store().setting("person_id").isEmpty());
    }

    void memberDeviceHoldsNoLeaderOnlyValues()
    {
        TestClient leader;
        TestClient member;
        leader.signIn(m_daemon, "leader@example.org");
        auto created = leader.store().createRow("person",
            {{"display_name", std::string("Priya Raman")}, {"email", std::string("canary-7f3a9@example.org")}});
        QVERIFY(created.ok());
        leader.syncCleanly();
        member.signIn(m_daemon, "member@example.org");
        QCOMPARE(member.field("person", *created, "display_name"), QStringLiteral("Priya Raman"));
        QCOMPARE(member.field("person", *created, "email"), QStringLiteral("<null>"));
        QVERIFY(leader.rawFiles().contains("canary-7f3a9@example.org")); // the search can find it
        QVERIFY(!member.rawFiles().contains("canary-7f3a9@example.org"));
    }

    void memberEditingSomeoneElseIsRefusedAndReverted()
    {
        TestClient leader;
        TestClient member;
        leader.signIn(m_daemon, "leader@example.org");
        member.signIn(m_daemon, "member@example.org");
        const QString leaderId = leader.personId();
        const QString original = member.field("person", leaderId, "bio");
        QVERIFY(member.store().updateRow("person", leaderId, {{"bio", std::string("defaced")}}).ok());
        QVERIFY(member.store().updateRow("person", member.personId(), {{"interests", std::string("bees")}}).ok());
        const auto result = member.sync();
        QVERIFY(result.ok());
        QCOMPARE(result.rejected, 1);
        QCOMPARE(member.field("person", leaderId, "bio"), original);
        QCOMPARE(member.field("person", member.personId(), "interests"), QStringLiteral("bees"));
        const auto problems = member.store().syncProblems();
        QCOMPARE(problems.front().code, QStringLiteral("forbidden"));
        leader.syncCleanly();
        QCOMPARE(leader.field("person", leaderId, "bio"), original);
        QCOMPARE(leader.field("person", member.personId(), "interests"), QStringLiteral("bees"));
    }

    void commandLineClientSyncs()
    {
        QTemporaryDir leaderProfile;
        QTemporaryDir memberProfile;
        const auto login = [&](const QString &profile, const QString &email) {
            return runCli({"--profile", profile, "login", m_daemon.url().toString(), "--email", email,
                              "--password-stdin", "--ca", m_daemon.certificatePath()},
                QByteArray(SyncdProcess::kDemoPassword) + '\n');
        };
        auto [code, out, err] = login(leaderProfile.path(), "leader@example.org");
        QVERIFY2(code == 0, err.constData());
        std::tie(code, out, err) = runCli({"--profile", leaderProfile.path(), "people", "add", "--name", "José Núñez",
            "area=Sevilla", "leadership_level=2"});
        QVERIFY2(code == 0, err.constData());
        const QString id = QString::fromUtf8(out).trimmed();
        QVERIFY(isUuid(id.toStdString()));
        std::tie(code, out, err) = runCli({"--profile", leaderProfile.path(), "people", "set", id, "nosuchfield=1"});
        QCOMPARE(code, 2);
        QVERIFY(err.contains("nosuchfield"));
        std::tie(code, out, err) = runCli({"--profile", leaderProfile.path(), "--json", "sync"});
        QVERIFY2(code == 0, err.constData());
        QCOMPARE(object(out).value("pushed").toInt(), 1);

        std::tie(code, out, err) = login(memberProfile.path(), "member@example.org");
        QVERIFY2(code == 0, err.constData());
        std::tie(code, out, err) = runCli({"--profile", memberProfile.path(), "sync"});
        QVERIFY2(code == 0, err.constData());
        std::tie(code, out, err) = runCli({"--profile", memberProfile.path(), "--json", "people", "show", id});
        QVERIFY2(code == 0, err.constData());
        QCOMPARE(object(out).value("display_name").toString(), QStringLiteral("José Núñez"));
        QVERIFY(!object(out).contains("leadership_level")); // leaders only
        std::tie(code, out, err) = runCli({"--profile", memberProfile.path(), "people", "search", "Núñez"});
        QCOMPARE(code, 0);
        QVERIFY(out.contains(id.toUtf8()));

        // Offline: the edit is kept and the exit code says so.
        m_daemon.stop();
        std::tie(code, out, err) = runCli({"--profile", memberProfile.path(), "--json", "status"});
        const QString self = object(out).value("person_id").toString();
        QVERIFY(isUuid(self.toStdString()));
        std::tie(code, out, err) = runCli(
            {"--profile", memberProfile.path(), "people", "set", self, "bio=offline", "--visibility", "bio=leaders"});
        QVERIFY2(code == 0, err.constData());
        std::tie(code, out, err) = runCli({"--profile", memberProfile.path(), "sync"});
        QCOMPARE(code, 4);
        QVERIFY2(m_daemon.serve(), qPrintable(m_daemon.error()));
        std::tie(code, out, err) = runCli({"--profile", memberProfile.path(), "--json", "sync"});
        QCOMPARE(code, 0);
        QCOMPARE(object(out).value("pending").toInt(), 0);
    }

    void cleanupTestCase() { m_daemon.stop(); }
};

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"
