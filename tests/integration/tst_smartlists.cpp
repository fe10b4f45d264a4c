// Smart lists end to end through a real commonroom-syncd (docs/organizing.md, "Smart lists"): a
// private list never reaches another leader's or an admin's device, no member or applicant device
// holds any smart_list row (grepped in the raw files and write-ahead log), a shared list counts the
// same on every leader's device, and the command line.

#include "CliProcess.h"
#include "SyncdProcess.h"
#include "TestClient.h"

#include "common/Clock.h"
#include "desktop/core/SmartLists.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace commonroom;

class TestSmartListsEndToEnd : public QObject
{
    Q_OBJECT

private:
    SyncdProcess m_daemon;

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_daemon.start(60), qPrintable(m_daemon.error())); }

    void privateListsReachTheirOwnerAloneAndMembersHoldNone()
    {
        TestClient leader;
        TestClient member;
        TestClient applicant;
        TestClient admin;
        leader.signIn(m_daemon, QStringLiteral("leader@example.org"));
        member.signIn(m_daemon, QStringLiteral("member@example.org"));
        applicant.signIn(m_daemon, QStringLiteral("applicant@example.org"));
        admin.signIn(m_daemon, QStringLiteral("admin@example.org"));
        const QString privateName = QStringLiteral("canary-private-list-5d1e77");
        const QString sharedName = QStringLiteral("canary-shared-list-9a0b31");
        PeopleQuery levelThree;
        levelThree.minLeadershipLevel = 3;
        // Saved offline, then sent.
        const auto own = leader.device().smartLists().save(privateName, levelThree);
        const auto shared = leader.device().smartLists().save(sharedName, levelThree, /*shared=*/true);
        QVERIFY2(own.ok(), own.ok() ? "" : own.error().message.c_str());
        QVERIFY(shared.ok());
        leader.syncCleanly();
        for (TestClient *device : {&admin, &member, &applicant})
            device->syncCleanly();

        // Where it may be, it is found: so the greps below can fail.
        TestClient leaderLaptop;
        leaderLaptop.signIn(m_daemon, QStringLiteral("leader@example.org"));
        QVERIFY(leaderLaptop.rawFiles().contains(privateName.toUtf8()));
        QVERIFY(leaderLaptop.rawFiles().contains(sharedName.toUtf8()));
        // Not even an admin receives a leader's private list.
        QVERIFY(admin.rawFiles().contains(sharedName.toUtf8()));
        QVERIFY(!admin.rawFiles().contains(privateName.toUtf8()));
        QVERIFY(!admin.rawFiles().contains(own->toUtf8()));
        // Members and applicants hold no smart list at all.
        for (TestClient *device : {&member, &applicant}) {
            const QByteArray files = device->rawFiles();
            QVERIFY(!files.contains(privateName.toUtf8()));
            QVERIFY(!files.contains(sharedName.toUtf8()));
            QVERIFY(!files.contains(own->toUtf8()));
            QVERIFY(!files.contains(shared->toUtf8()));
            QVERIFY(device->snapshot().at("smart_list").empty());
            QVERIFY(!device->device().smartLists().maySave());
            const auto refused = device->device().smartLists().save(QStringLiteral("Mine"), levelThree);
            QVERIFY(!refused.ok());
            QCOMPARE(refused.error().code, std::string("forbidden"));
        }
        // A member's client that writes one anyway is refused by the daemon.
        QVERIFY(member.store()
                    .createRow(QStringLiteral("smart_list"),
                        {{"name", std::string("forged")}, {"definition", std::string("{\"v\":1,\"min_level\":2}")},
                            {"sharing", std::string("leaders")}, {"owner_id", member.personId().toStdString()},
                            {"created_at", std::string("2026-12-06T10:00:00.000Z")}})
                    .ok());
        member.sync();
        const auto problems = member.store().syncProblems();
        QVERIFY(!problems.empty());
        QCOMPARE(problems.back().code, QStringLiteral("forbidden"));
        QVERIFY(member.snapshot().at("smart_list").empty());

        // The shared list selects the same people on every leader's device.
        const auto onLaptop = leaderLaptop.device().smartLists().byId(*shared);
        const auto onAdmin = admin.device().smartLists().byId(*shared);
        QVERIFY(onLaptop.ok());
        QVERIFY(onAdmin.ok());
        const auto counted = leaderLaptop.device().smartLists().count(*onLaptop);
        QVERIFY(counted.ok());
        QVERIFY(*counted > 0);
        QCOMPARE(*admin.device().smartLists().count(*onAdmin), *counted);

        // Another leader (the member, promoted) receives the shared list, never the private one.
        QVERIFY(admin.store()
                    .updateRow(QStringLiteral("person"), member.personId(), {{"role", std::string("leader")}})
                    .ok());
        admin.syncCleanly();
        TestClient promoted;
        promoted.signIn(m_daemon, QStringLiteral("member@example.org"));
        QVERIFY(promoted.rawFiles().contains(sharedName.toUtf8()));
        QVERIFY(!promoted.rawFiles().contains(privateName.toUtf8()));
        QVERIFY(!promoted.rawFiles().contains(own->toUtf8()));
        QVERIFY(admin.store()
                    .updateRow(QStringLiteral("person"), member.personId(), {{"role", std::string("member")}})
                    .ok());
        admin.syncCleanly();
    }

    void commandLineSavesShowsCountsExportsAndDeletes()
    {
        QTemporaryDir leaderProfile;
        QTemporaryDir memberProfile;
        const auto login = [&](const QString &profile, const QString &email) {
            return runCli({"--profile", profile, "login", m_daemon.url().toString(), "--email", email,
                              "--password-stdin", "--ca", m_daemon.certificatePath()},
                QByteArray(SyncdProcess::kDemoPassword) + '\n');
        };
        const QString leader = leaderProfile.path();
        auto [code, out, err] = login(leader, QStringLiteral("leader@example.org"));
        QVERIFY2(code == 0, err.constData());
        std::tie(code, out, err) = runCli({"--profile", leader, "sync"});
        QVERIFY2(code == 0, err.constData());

        std::tie(code, out, err)
            = runCli({"--profile", leader, "--json", "list", "save", "Level 2 (cli)", "--level", "2", "--shared"});
        QVERIFY2(code == 0, err.constData());
        const QString id = QJsonDocument::fromJson(out).object().value("id").toString();
        QVERIFY(!id.isEmpty());
        // Refusals name the list and the cause.
        std::tie(code, out, err) = runCli({"--profile", leader, "list", "save", "Too high", "--level", "9"});
        QCOMPARE(code, 1);
        QVERIFY2(err.contains("\"Too high\"") && err.contains("9"), err.constData());
        std::tie(code, out, err) = runCli({"--profile", leader, "list", "save", "Nothing"});
        QCOMPARE(code, 1);
        std::tie(code, out, err) = runCli(
            {"--profile", leader, "list", "save", "Bad day", "--contributed", "coding", "--since", "last spring"});
        QCOMPARE(code, 1);
        QVERIFY2(err.contains("last spring"), err.constData());
        std::tie(code, out, err) = runCli({"--profile", leader, "list", "save", "No tag", "--tag", "No such tag"});
        QCOMPARE(code, 1);

        std::tie(code, out, err) = runCli({"--profile", leader, "--json", "lists"});
        QVERIFY2(code == 0, err.constData());
        int listed = -1;
        for (const auto &item : QJsonDocument::fromJson(out).object().value("lists").toArray()) {
            if (item.toObject().value("id").toString() == id) {
                listed = item.toObject().value("count").toInt();
                QCOMPARE(item.toObject().value("sharing").toString(), QStringLiteral("leaders"));
                QCOMPARE(item.toObject().value("definition").toObject().value("min_level").toInt(), 2);
            }
        }
        QVERIFY2(listed > 0, out.constData());
        std::tie(code, out, err) = runCli({"--profile", leader, "list", "show", id, "--count"});
        QVERIFY2(code == 0, err.constData());
        QCOMPARE(out.trimmed().toInt(), listed);
        std::tie(code, out, err) = runCli({"--profile", leader, "--json", "list", "show", id});
        QVERIFY2(code == 0, err.constData());
        const QJsonObject shown = QJsonDocument::fromJson(out).object();
        QCOMPARE(shown.value("people").toArray().size(), listed);
        QCOMPARE(shown.value("count").toInt(), listed);
        std::tie(code, out, err) = runCli({"--profile", leader, "list", "show", id, "--limit", "1"});
        QVERIFY2(code == 0, err.constData());
        QCOMPARE(out.trimmed().split('\n').size(), 1);
        std::tie(code, out, err) = runCli({"--profile", leader, "export", "csv", "--list", id});
        QVERIFY2(code == 0, err.constData());
        QCOMPARE(out.trimmed().split('\n').size(), listed + 1); // the header, then one line a person
        std::tie(code, out, err)
            = runCli({"--profile", leader, "list", "show", "0190aaaa-0000-7000-8000-000000000000"});
        QCOMPARE(code, 1);
        // An event's registration from the list: everyone in it, once; again, no one new; the
        // places fill and the rest wait.
        std::tie(code, out, err) = runCli({"--profile", leader, "events", "add", "--title", "List night (cli)",
            "--start", "2030-01-01T18:00", "--capacity", "1"});
        QVERIFY2(code == 0, err.constData());
        const QString event = QString::fromUtf8(out.trimmed());
        std::tie(code, out, err) = runCli({"--profile", leader, "--json", "events", "register", event, "--list", id});
        QVERIFY2(code == 0, err.constData());
        QJsonObject registered = QJsonDocument::fromJson(out).object();
        QCOMPARE(registered.value("registered").toInt(), 1);
        QCOMPARE(registered.value("waitlisted").toInt(), listed - 1);
        std::tie(code, out, err) = runCli({"--profile", leader, "--json", "events", "register", event, "--list", id});
        QVERIFY2(code == 0, err.constData());
        registered = QJsonDocument::fromJson(out).object();
        QCOMPARE(registered.value("already").toInt(), listed);
        QCOMPARE(registered.value("registered").toInt() + registered.value("waitlisted").toInt(), 0);
        std::tie(code, out, err) = runCli({"--profile", leader, "events", "register", event, "--list", "nope"});
        QCOMPARE(code, 1);

        // A member may not save one (exit 3), and holds none after a sync.
        std::tie(code, out, err) = runCli({"--profile", leader, "sync"});
        QVERIFY2(code == 0, err.constData());
        std::tie(code, out, err) = login(memberProfile.path(), QStringLiteral("member@example.org"));
        QVERIFY2(code == 0, err.constData());
        std::tie(code, out, err) = runCli({"--profile", memberProfile.path(), "list", "save", "Mine", "--level", "2"});
        QCOMPARE(code, 3);
        std::tie(code, out, err) = runCli({"--profile", memberProfile.path(), "list", "show", id});
        QCOMPARE(code, 1);
        std::tie(code, out, err) = runCli({"--profile", memberProfile.path(), "--json", "lists"});
        QVERIFY2(code == 0, err.constData());
        QVERIFY(QJsonDocument::fromJson(out).object().value("lists").toArray().isEmpty());

        std::tie(code, out, err) = runCli({"--profile", leader, "list", "delete", id});
        QVERIFY2(code == 0, err.constData());
        std::tie(code, out, err) = runCli({"--profile", leader, "list", "show", id});
        QCOMPARE(code, 1);
        std::tie(code, out, err) = runCli({"--profile", leader, "sync"});
        QVERIFY2(code == 0, err.constData());
    }

    void cleanupTestCase() { m_daemon.stop(); }
};

QTEST_GUILESS_MAIN(TestSmartListsEndToEnd)
#include "tst_smartlists.moc"
