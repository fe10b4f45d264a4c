// The community's words end to end through a real commonroom-syncd (docs/organizing.md, "The
// community's words"): an admin names a level and an area and retires another area, offline and
// from the command line; leaders' and members' devices show the community's names after a sync,
// and offer only the areas in use; a leader may not rename them.

#include "CliProcess.h"
#include "SyncdProcess.h"
#include "TestClient.h"

#include "desktop/core/Terms.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace commonroom;

class TestTermsEndToEnd : public QObject
{
    Q_OBJECT

    SyncdProcess m_daemon;

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_daemon.start(20), qPrintable(m_daemon.error())); }

    void theCommunitysWordsReachEveryDevice()
    {
        TestClient admin;
        TestClient leader;
        TestClient member;
        admin.signIn(m_daemon, QStringLiteral("admin@example.org"));
        leader.signIn(m_daemon, QStringLiteral("leader@example.org"));
        member.signIn(m_daemon, QStringLiteral("member@example.org"));
        QCOMPARE(leader.device().terms().levelName(3), QStringLiteral("Active member"));

        Terms &words = admin.device().terms();
        QVERIFY(words.setLabel(QStringLiteral("level"), QStringLiteral("3"), QStringLiteral("Organizer")).ok());
        QVERIFY(
            words.setLabel(QStringLiteral("area"), QStringLiteral("localization"), QStringLiteral("Translation")).ok());
        QVERIFY(words.setAreaActive(QStringLiteral("coding"), false).ok());
        const auto badLevel = words.setLabel(QStringLiteral("level"), QStringLiteral("9"), QStringLiteral("Elder"));
        QVERIFY(!badLevel.ok());
        QCOMPARE(badLevel.error().code, std::string("invalid_value"));
        const auto byLeader
            = leader.device().terms().setLabel(QStringLiteral("level"), QStringLiteral("2"), QStringLiteral("Regular"));
        QVERIFY(!byLeader.ok());
        QCOMPARE(byLeader.error().code, std::string("forbidden"));
        admin.syncCleanly();
        leader.syncCleanly();
        member.syncCleanly();

        for (TestClient *device : {&leader, &member}) {
            const Terms &seen = device->device().terms();
            QCOMPARE(seen.levelName(3), QStringLiteral("Organizer"));
            QCOMPARE(seen.levelName(2), QStringLiteral("Participant")); // not named: the default
            QCOMPARE(seen.areaName(QStringLiteral("localization")), QStringLiteral("Translation"));
            QCOMPARE(seen.areaName(QStringLiteral("coding")), QStringLiteral("Coding")); // still named
            QVERIFY(!seen.areas().contains(QStringLiteral("coding"))); // but offered no more
            QVERIFY(seen.areas().contains(QStringLiteral("localization")));
        }

        // Back to the default name; the area in use again.
        QVERIFY(words.setLabel(QStringLiteral("level"), QStringLiteral("3"), QString()).ok());
        QVERIFY(words.setAreaActive(QStringLiteral("coding"), true).ok());
        admin.syncCleanly();
        member.syncCleanly();
        QCOMPARE(member.device().terms().levelName(3), QStringLiteral("Active member"));
        QVERIFY(member.device().terms().areas().contains(QStringLiteral("coding")));
    }

    void theCommandLine()
    {
        QTemporaryDir adminProfile;
        QTemporaryDir leaderProfile;
        const auto login = [&](const QString &profile, const QString &email) {
            return runCli({"--profile", profile, "login", m_daemon.url().toString(), "--email", email,
                              "--password-stdin", "--ca", m_daemon.certificatePath()},
                QByteArray(SyncdProcess::kDemoPassword) + '\n');
        };
        auto [code, out, err] = login(adminProfile.path(), QStringLiteral("admin@example.org"));
        QVERIFY2(code == 0, err.constData());
        const QString admin = adminProfile.path();
        std::tie(code, out, err) = runCli({"--profile", admin, "term", "name", "level", "5", "Steward"});
        QVERIFY2(code == 0, err.constData());
        std::tie(code, out, err) = runCli({"--profile", admin, "term", "retire", "events"});
        QVERIFY2(code == 0, err.constData());
        std::tie(code, out, err) = runCli({"--profile", admin, "term", "name", "area", "cooking", "Cooking"});
        QCOMPARE(code, 1);
        QVERIFY2(err.contains("not an area"), err.constData());
        std::tie(code, out, err) = runCli({"--profile", admin, "term", "retire"});
        QCOMPARE(code, 2);
        std::tie(code, out, err) = runCli({"--profile", admin, "sync"});
        QVERIFY2(code == 0, err.constData());

        std::tie(code, out, err) = login(leaderProfile.path(), QStringLiteral("leader@example.org"));
        QVERIFY2(code == 0, err.constData());
        const QString leader = leaderProfile.path();
        std::tie(code, out, err) = runCli({"--profile", leader, "sync"});
        QVERIFY2(code == 0, err.constData());
        std::tie(code, out, err) = runCli({"--profile", leader, "--json", "terms"});
        QVERIFY2(code == 0, err.constData());
        bool steward = false;
        bool eventsRetired = false;
        for (const auto &item : QJsonDocument::fromJson(out).object().value("terms").toArray()) {
            const QJsonObject term = item.toObject();
            steward = steward || (term.value("key") == "5" && term.value("name") == "Steward");
            eventsRetired = eventsRetired || (term.value("key") == "events" && !term.value("active").toBool());
        }
        QVERIFY2(steward && eventsRetired, out.constData());
        std::tie(code, out, err) = runCli({"--profile", leader, "term", "name", "level", "5", "Boss"});
        QCOMPARE(code, 3);
    }

    void cleanupTestCase() { m_daemon.stop(); }
};

QTEST_GUILESS_MAIN(TestTermsEndToEnd)
#include "tst_terms.moc"
