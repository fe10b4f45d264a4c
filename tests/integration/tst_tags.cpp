// Tags end to end through a real commonroom-syncd (docs/organizing.md, "Tags"): what never
// reaches a member's or an applicant's file, concurrent offline tagging, and the command line.

#include "CliProcess.h"
#include "SyncdProcess.h"
#include "TestClient.h"

#include "common/Clock.h"
#include "common/Tags.h"
#include "desktop/core/Tags.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace commonroom;

class TestTagsEndToEnd : public QObject
{
    Q_OBJECT

private:
    SyncdProcess m_daemon;
    SystemClock m_clock;

    static QStringList peopleWith(Tags &tags, const QString &tagId)
    {
        QStringList ids;
        const auto people = tags.people(tagId);
        if (people.ok()) {
            for (const auto &person : *people)
                ids << person.personId;
        }
        return ids;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_daemon.start(20), qPrintable(m_daemon.error())); }

    void leadersOnlyTagsNeverReachAMembersOrAnApplicantsFile()
    {
        TestClient leader;
        TestClient member;
        TestClient applicant;
        TestClient admin;
        leader.signIn(m_daemon, QStringLiteral("leader@example.org"));
        member.signIn(m_daemon, QStringLiteral("member@example.org"));
        applicant.signIn(m_daemon, QStringLiteral("applicant@example.org"));
        admin.signIn(m_daemon, QStringLiteral("admin@example.org"));
        const QString hiddenName = QStringLiteral("canary-followup-7e21c9");
        const QString openName = QStringLiteral("canary-arabic-4b8d10");
        // Made and applied offline, then sent.
        const auto hidden = leader.device().tags().create(hiddenName);
        const auto open = leader.device().tags().create(openName, /*forMembers=*/true);
        QVERIFY(hidden.ok());
        QVERIFY(open.ok());
        QVERIFY(leader.device().tags().apply(*hidden, member.personId()).ok());
        QVERIFY(leader.device().tags().apply(*open, member.personId()).ok());
        QCOMPARE(leader.store().pendingCount(), 4);
        // A leaders-only tag on the leader herself comes from the admin.
        leader.syncCleanly();
        admin.syncCleanly();
        QVERIFY(admin.device().tags().apply(*hidden, leader.personId()).ok());
        admin.syncCleanly();
        for (TestClient *device : {&member, &applicant, &leader})
            device->syncCleanly();

        // Where it may be, it is found: so the greps below can fail.
        TestClient otherLeaderDevice;
        otherLeaderDevice.signIn(m_daemon, QStringLiteral("leader@example.org"));
        QVERIFY(otherLeaderDevice.rawFiles().contains(hiddenName.toUtf8()));
        QCOMPARE(peopleWith(admin.device().tags(), *hidden).size(), 2);
        const auto hiddenId
            = QString::fromStdString(tags::applicationId(hidden->toStdString(), member.personId().toStdString()));
        const auto onLeader
            = QString::fromStdString(tags::applicationId(hidden->toStdString(), leader.personId().toStdString()));
        const auto openOnMember
            = QString::fromStdString(tags::applicationId(open->toStdString(), member.personId().toStdString()));
        QVERIFY(otherLeaderDevice.rawFiles().contains(hiddenId.toUtf8()));

        for (TestClient *device : {&member, &applicant}) {
            const QByteArray files = device->rawFiles();
            QVERIFY(!files.contains(hiddenName.toUtf8()));
            QVERIFY(!files.contains(hidden->toUtf8()));
            QVERIFY(!files.contains(hiddenId.toUtf8()));
            QVERIFY(!files.contains(onLeader.toUtf8()));
            QVERIFY(!device->device().tags().byName(hiddenName).ok());
        }
        QVERIFY(!applicant.rawFiles().contains(openName.toUtf8()));
        QVERIFY(applicant.snapshot().at("tag_application").empty());
        // A tag for members reaches the member, applied to them.
        QVERIFY(member.rawFiles().contains(openName.toUtf8()));
        QVERIFY(member.rawFiles().contains(openOnMember.toUtf8()));
        const auto mine = member.device().tags().tagsOf(member.personId());
        QVERIFY(mine.ok());
        QVERIFY(std::any_of(mine->begin(), mine->end(), [&](const Tag &tag) { return tag.name == openName; }));
        QVERIFY(std::none_of(mine->begin(), mine->end(), [&](const Tag &tag) { return tag.name == hiddenName; }));
        // The tagged leader holds the tag, never its application to her.
        QVERIFY(leader.rawFiles().contains(hiddenName.toUtf8()));
        QVERIFY(!leader.rawFiles().contains(onLeader.toUtf8()));
        QVERIFY(!otherLeaderDevice.rawFiles().contains(onLeader.toUtf8()));
        QCOMPARE(peopleWith(leader.device().tags(), *hidden), QStringList {member.personId()});
    }

    void concurrentOfflineTaggingConverges()
    {
        TestClient first;
        TestClient second;
        TestClient member;
        // The admin's laptop runs two minutes behind.
        SkewedClock slow(m_clock, -120'000);
        TestClient slowAdmin(slow);
        first.signIn(m_daemon, QStringLiteral("leader@example.org"));
        second.signIn(m_daemon, QStringLiteral("leader@example.org"));
        member.signIn(m_daemon, QStringLiteral("member@example.org"));
        slowAdmin.signIn(m_daemon, QStringLiteral("admin@example.org"));
        const auto tag = first.device().tags().create(QStringLiteral("Has a car (convergence)"));
        QVERIFY(tag.ok());
        first.syncCleanly();
        for (TestClient *device : {&second, &slowAdmin})
            device->syncCleanly();
        const QString person = member.personId();
        // Both leaders apply it offline: one application. The slow admin does not sync meanwhile.
        QVERIFY(first.device().tags().apply(*tag, person).ok());
        QVERIFY(second.device().tags().apply(*tag, person).ok());
        second.syncCleanly();
        first.syncCleanly();
        second.syncCleanly();
        for (TestClient *device : {&first, &second})
            QCOMPARE(peopleWith(device->device().tags(), *tag), QStringList {person});
        QVERIFY(first.snapshot().at("tag_application") == second.snapshot().at("tag_application"));
        QCOMPARE(first.snapshot()
                     .at("tag_application")
                     .count(QString::fromStdString(tags::applicationId(tag->toStdString(), person.toStdString()))),
            std::size_t(1));

        // A leader removes it while the slow admin, who has not seen it applied, applies it
        // offline: the later change by the clocks (the removal) wins on every device.
        QVERIFY(peopleWith(slowAdmin.device().tags(), *tag).isEmpty());
        QVERIFY(slowAdmin.device().tags().apply(*tag, person).ok());
        QVERIFY(second.device().tags().remove(*tag, person).ok());
        slowAdmin.syncCleanly();
        second.syncCleanly();
        for (TestClient *device : {&first, &second, &slowAdmin})
            device->syncCleanly();
        for (TestClient *device : {&first, &second, &slowAdmin})
            QCOMPARE(peopleWith(device->device().tags(), *tag), QStringList {});
        const QString id = QString::fromStdString(tags::applicationId(tag->toStdString(), person.toStdString()));
        QVERIFY(first.snapshot().at("tag_application").at(id) == slowAdmin.snapshot().at("tag_application").at(id));
        QVERIFY(second.snapshot().at("tag_application").at(id) == slowAdmin.snapshot().at("tag_application").at(id));

        // The same name made offline on two devices: the daemon refuses the second, which stays
        // under Sync problems with the reason.
        QVERIFY(first.device().tags().create(QStringLiteral("Night shift")).ok());
        QVERIFY(second.device().tags().create(QStringLiteral("NIGHT SHIFT")).ok());
        first.syncCleanly();
        second.sync();
        const auto problems = second.store().syncProblems();
        const bool refused = std::any_of(problems.begin(), problems.end(), [](const SyncProblem &problem) {
            return problem.code == QLatin1String("duplicate_name") && problem.message.contains("Night shift");
        });
        QVERIFY(refused);
    }

    void commandLineMakesAppliesAndFiltersWithJson()
    {
        QTemporaryDir leaderProfile;
        QTemporaryDir memberProfile;
        QTemporaryDir adminProfile;
        const auto login = [&](const QString &profile, const QString &email) {
            return runCli({"--profile", profile, "login", m_daemon.url().toString(), "--email", email,
                              "--password-stdin", "--ca", m_daemon.certificatePath()},
                QByteArray(SyncdProcess::kDemoPassword) + '\n');
        };
        auto [code, out, err] = login(leaderProfile.path(), QStringLiteral("leader@example.org"));
        QVERIFY2(code == 0, err.constData());
        TestClient memberClient;
        memberClient.signIn(m_daemon, QStringLiteral("member@example.org"));
        const QString person = memberClient.personId();
        const QString leaderPath = leaderProfile.path();
        std::tie(code, out, err) = runCli({"--profile", leaderPath, "sync"});
        QVERIFY2(code == 0, err.constData());

        std::tie(code, out, err) = runCli({"--profile", leaderPath, "--json", "tag", "create", "Drives (cli)"});
        QVERIFY2(code == 0, err.constData());
        QVERIFY(!QJsonDocument::fromJson(out).object().value("id").toString().isEmpty());
        std::tie(code, out, err) = runCli({"--profile", leaderPath, "tag", "create", "drives (CLI)", "--members"});
        QCOMPARE(code, 1);
        QVERIFY2(err.contains("\"Drives (cli)\""), err.constData());
        std::tie(code, out, err) = runCli({"--profile", leaderPath, "tag", "apply", "drives (cli)", person});
        QVERIFY2(code == 0, err.constData());
        std::tie(code, out, err) = runCli({"--profile", leaderPath, "tag", "apply", "No such tag", person});
        QCOMPARE(code, 1);
        QVERIFY2(err.contains("No such tag"), err.constData());
        std::tie(code, out, err) = runCli({"--profile", leaderPath, "sync"});
        QVERIFY2(code == 0, err.constData());

        std::tie(code, out, err) = runCli({"--profile", leaderPath, "--json", "people", "--tag", "Drives (cli)"});
        QVERIFY2(code == 0, err.constData());
        const QJsonObject tagged = QJsonDocument::fromJson(out).object();
        QCOMPARE(tagged.value("tag").toObject().value("visibility").toString(), QStringLiteral("leaders"));
        const QJsonArray people = tagged.value("people").toArray();
        QCOMPARE(people.size(), 1);
        QCOMPARE(people.first().toObject().value("id").toString(), person);
        QCOMPARE(people.first().toObject().value("display_name").toString(), QStringLiteral("Mateo Silva"));
        std::tie(code, out, err) = runCli({"--profile", leaderPath, "--json", "tags"});
        QVERIFY2(code == 0, err.constData());
        bool listed = false;
        for (const auto &item : QJsonDocument::fromJson(out).object().value("tags").toArray())
            listed = listed
                || (item.toObject().value("name") == QStringLiteral("Drives (cli)")
                    && item.toObject().value("people").toInt() == 1);
        QVERIFY2(listed, out.constData());
        std::tie(code, out, err) = runCli({"--profile", leaderPath, "tag", "people", "Drives (cli)"});
        QVERIFY2(code == 0 && out.contains("Mateo Silva"), out.constData());

        // A leader may not delete a tag (exit 3); a member sees nothing of it and may not tag.
        std::tie(code, out, err) = runCli({"--profile", leaderPath, "tag", "delete", "Drives (cli)"});
        QCOMPARE(code, 3);
        std::tie(code, out, err) = login(memberProfile.path(), QStringLiteral("member@example.org"));
        QVERIFY2(code == 0, err.constData());
        std::tie(code, out, err) = runCli({"--profile", memberProfile.path(), "people", "--tag", "Drives (cli)"});
        QCOMPARE(code, 1);
        std::tie(code, out, err) = runCli({"--profile", memberProfile.path(), "tag", "create", "Mine"});
        QCOMPARE(code, 3);

        // Removing it empties the filter; an admin deletes the tag.
        std::tie(code, out, err) = runCli({"--profile", leaderPath, "tag", "remove", "Drives (cli)", person});
        QVERIFY2(code == 0, err.constData());
        std::tie(code, out, err) = runCli({"--profile", leaderPath, "--json", "people", "--tag", "Drives (cli)"});
        QVERIFY2(code == 0, err.constData());
        QVERIFY(QJsonDocument::fromJson(out).object().value("people").toArray().isEmpty());
        std::tie(code, out, err) = runCli({"--profile", leaderPath, "sync"});
        QVERIFY2(code == 0, err.constData());
        std::tie(code, out, err) = login(adminProfile.path(), QStringLiteral("admin@example.org"));
        QVERIFY2(code == 0, err.constData());
        std::tie(code, out, err) = runCli({"--profile", adminProfile.path(), "sync"});
        QVERIFY2(code == 0, err.constData());
        std::tie(code, out, err) = runCli({"--profile", adminProfile.path(), "tag", "delete", "Drives (cli)"});
        QVERIFY2(code == 0, err.constData());
        std::tie(code, out, err) = runCli({"--profile", adminProfile.path(), "sync"});
        QVERIFY2(code == 0, err.constData());
        std::tie(code, out, err) = runCli({"--profile", leaderPath, "sync"});
        QVERIFY2(code == 0, err.constData());
        std::tie(code, out, err) = runCli({"--profile", leaderPath, "people", "--tag", "Drives (cli)"});
        QCOMPARE(code, 1);
    }

    void cleanupTestCase() { m_daemon.stop(); }
};

QTEST_GUILESS_MAIN(TestTagsEndToEnd)
#include "tst_tags.moc"
