// What a device may keep: clearance that drops, revoked devices, divergence detection. Each
// check looks inside the device's files, not only at what the API answers.

#include "CliProcess.h"
#include "SyncdProcess.h"
#include "TestClient.h"

#include "common/ProfileMedia.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace commonroom;

class TestTrust : public QObject
{
    Q_OBJECT

private:
    SyncdProcess m_daemon;

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_daemon.start(30), qPrintable(m_daemon.error())); }

    void demotedLeaderKeepsNoLeaderOnlyValues()
    {
        TestClient admin;
        TestClient leader;
        admin.signIn(m_daemon, "admin@example.org");
        leader.signIn(m_daemon, "leader@example.org");
        const QString canary = QStringLiteral("canary-demotion-41c7@example.org");
        auto person = admin.store().createRow("person",
            {{"display_name", std::string("Ayşe Yılmaz")}, {"email", canary.toStdString()},
                {"phone", std::string("+90 555 0101 99")}});
        QVERIFY(person.ok());
        admin.syncCleanly();
        leader.syncCleanly();
        QCOMPARE(leader.field("person", *person, "email"), canary);
        QVERIFY(leader.rawFiles().contains(canary.toUtf8()));

        // An unsent edit made before the demotion must survive the fresh copy.
        QVERIFY(leader.store().updateRow("person", leader.personId(), {{"pronouns", std::string("she/her")}}).ok());
        QVERIFY(admin.store().updateRow("person", leader.personId(), {{"role", std::string("member")}}).ok());
        admin.syncCleanly();

        leader.syncCleanly();
        QCOMPARE(leader.field("person", *person, "display_name"), QStringLiteral("Ayşe Yılmaz"));
        QCOMPARE(leader.field("person", *person, "email"), QStringLiteral("<null>"));
        QCOMPARE(leader.field("person", *person, "phone"), QStringLiteral("<null>"));
        QCOMPARE(leader.field("person", leader.personId(), "pronouns"), QStringLiteral("she/her"));
        QVERIFY(!leader.store().isRefetching());
        const QByteArray files = leader.rawFiles();
        QVERIFY2(!files.contains(canary.toUtf8()), "a leader-only value stayed in the demoted leader's files");
        QVERIFY(!files.contains("+90 555 0101 99"));

        // Promoted again, the device receives the leader-only values again.
        QVERIFY(admin.store().updateRow("person", leader.personId(), {{"role", std::string("leader")}}).ok());
        admin.syncCleanly();
        leader.syncCleanly();
        QCOMPARE(leader.field("person", *person, "email"), canary);
    }

    void visibilityDowngradeReachesOtherDevices()
    {
        TestClient member;
        TestClient other;
        member.signIn(m_daemon, "member@example.org");
        other.signIn(m_daemon, "leader@example.org");
        const QString self = member.personId();
        QVERIFY(member.store()
                    .updateRow("person", self,
                        {{"interests", std::string("canary-interest-9d2e")},
                            {"interests_visibility", std::string("members")}})
                    .ok());
        member.syncCleanly();
        other.syncCleanly();
        QCOMPARE(other.field("person", self, "interests"), QStringLiteral("canary-interest-9d2e"));
        QVERIFY(member.store().updateRow("person", self, {{"interests_visibility", std::string("private")}}).ok());
        member.syncCleanly();
        other.syncCleanly();
        QCOMPARE(other.field("person", self, "interests"), QStringLiteral("<null>"));
        QVERIFY(!other.rawFiles().contains("canary-interest-9d2e"));
        QCOMPARE(member.field("person", self, "interests"), QStringLiteral("canary-interest-9d2e"));
    }

    void privatePhotoAndLinksStayOffOtherDevices()
    {
        TestClient member;
        TestClient leader;
        member.signIn(m_daemon, "member@example.org");
        leader.signIn(m_daemon, "leader@example.org");
        const QString self = member.personId();
        // A real PNG header and a marker to look for in the other device's files.
        const std::string photo
            = ProfileMedia::encodeBase64(std::string("\x89PNG\r\n\x1A\n", 8) + "canary-photo-5b1e-canary-photo");
        const std::string links = "https://canary-link-8c4d.example.org/me";
        QVERIFY(member.store()
                    .updateRow("person", self,
                        {{"photo", photo}, {"photo_visibility", std::string("private")}, {"links", links},
                            {"links_visibility", std::string("private")}})
                    .ok());
        member.syncCleanly();
        leader.syncCleanly();
        QCOMPARE(leader.field("person", self, "photo"), QStringLiteral("<null>"));
        QCOMPARE(leader.field("person", self, "links"), QStringLiteral("<null>"));
        const QByteArray files = leader.rawFiles();
        QVERIFY2(!files.contains(QByteArray::fromStdString(photo)), "a private photo reached another member's device");
        QVERIFY2(!files.contains("canary-link-8c4d"), "private links reached another member's device");
        // The same check finds them once they are shared: it is not blind.
        QVERIFY(member.rawFiles().contains(QByteArray::fromStdString(photo)));
        QVERIFY(member.store()
                    .updateRow("person", self,
                        {{"photo_visibility", std::string("leaders")}, {"links_visibility", std::string("members")}})
                    .ok());
        member.syncCleanly();
        leader.syncCleanly();
        QCOMPARE(leader.field("person", self, "photo"), QString::fromStdString(photo));
        QVERIFY(leader.rawFiles().contains("canary-link-8c4d"));

        // A bad photo or link is refused on the device with a reason and changes nothing.
        const auto badPhoto
            = member.store().updateRow("person", self, {{"photo", ProfileMedia::encodeBase64("GIF89a")}});
        QVERIFY(!badPhoto.ok());
        QVERIFY(QString::fromStdString(badPhoto.error().message).contains(QStringLiteral("JPEG or PNG")));
        QVERIFY(!member.store().updateRow("person", self, {{"links", std::string("ftp://example.org")}}).ok());
        QCOMPARE(member.store().pendingCount(), 0);
        QCOMPARE(member.field("person", self, "photo"), QString::fromStdString(photo));
    }

    void revokedDeviceErasesItsCopy()
    {
        TestClient laptop;
        TestClient phone;
        laptop.signIn(m_daemon, "member@example.org");
        phone.signIn(m_daemon, "member@example.org");
        QVERIFY(laptop.rawFiles().contains("Mateo Silva"));
        QVERIFY(laptop.store().updateRow("person", laptop.personId(), {{"bio", std::string("never sent")}}).ok());
        const QString laptopId = laptop.store().siteId();

        auto [code, out, err] = runCli({"--profile", phone.profileDir(), "devices", "revoke", laptopId});
        QVERIFY2(code == 0, err.constData());
        std::tie(code, out, err) = runCli({"--profile", phone.profileDir(), "--json", "devices", "list"});
        QCOMPARE(code, 0);
        QVERIFY(out.contains(laptopId.toUtf8()));

        const auto result = laptop.sync();
        QCOMPARE(int(result.outcome), int(SyncResult::Outcome::Revoked));
        QVERIFY(result.message.contains("erased"));
        QVERIFY(!laptop.store().row("person", laptop.personId()));
        QCOMPARE(laptop.store().pendingCount(), 0);
        QVERIFY(laptop.store().siteId() != laptopId);
        QVERIFY2(!laptop.rawFiles().contains("Mateo Silva"), "the revoked device still holds community data");
        QVERIFY(!laptop.rawFiles().contains("never sent"));

        // The phone is unaffected, and the laptop may sign in again as a new device.
        phone.syncCleanly();
        laptop.signIn(m_daemon, "member@example.org");
        QVERIFY(laptop.store().row("person", laptop.personId()).has_value());
    }

    void membersCannotRevokeOtherPeoplesDevices()
    {
        TestClient leader;
        TestClient member;
        leader.signIn(m_daemon, "leader@example.org");
        member.signIn(m_daemon, "member@example.org");
        auto [code, out, err]
            = runCli({"--profile", member.profileDir(), "devices", "revoke", leader.store().siteId()});
        QCOMPARE(code, 3);
        QVERIFY(err.contains("Only admins"));
        leader.syncCleanly();
        std::tie(code, out, err)
            = runCli({"--profile", member.profileDir(), "devices", "list", "--person", leader.personId()});
        QCOMPARE(code, 3);
    }

    void verifyDetectsAndRepairsDivergence()
    {
        TestClient leader;
        leader.signIn(m_daemon, "leader@example.org");
        auto [code, out, err] = runCli({"--profile", leader.profileDir(), "--json", "verify"});
        QVERIFY2(code == 0, out + err);
        QVERIFY(QJsonDocument::fromJson(out).object().value("ok").toBool());

        // Damage the copy behind the store's back, as a bug or a bad disk might.
        QSqlQuery tamper(leader.store().database());
        QVERIFY(tamper.exec("UPDATE person SET bio = 'tampered' WHERE id IN (SELECT id FROM person LIMIT 3)"));
        QVERIFY(tamper.exec("DELETE FROM \"group\" WHERE id IN (SELECT id FROM \"group\" LIMIT 1)"));
        std::tie(code, out, err) = runCli({"--profile", leader.profileDir(), "verify"});
        QCOMPARE(code, 1);
        QVERIFY(out.contains("person       DIFFERS"));
        QVERIFY(out.contains("group        DIFFERS"));
        QVERIFY(out.contains("membership   ok"));

        std::tie(code, out, err) = runCli({"--profile", leader.profileDir(), "--json", "verify", "--repair"});
        QVERIFY2(code == 0, out + err);
        const auto report = QJsonDocument::fromJson(out).object();
        QVERIFY(report.value("ok").toBool());
        QVERIFY(report.value("repaired").toBool());
        QVERIFY(!leader.rawFiles().contains("tampered"));
    }

    void staleDeviceFetchesAFreshCopyAfterTombstonesAreCompacted()
    {
        TestClient admin;
        TestClient away;
        admin.signIn(m_daemon, "admin@example.org");
        away.signIn(m_daemon, "leader@example.org");
        auto doomed = admin.store().createRow("person", {{"display_name", std::string("Soon Deleted")}});
        QVERIFY(doomed.ok());
        admin.syncCleanly();
        away.syncCleanly();
        QVERIFY(away.store().row("person", *doomed).has_value());
        // The leader goes away with an unsent edit; meanwhile the row is deleted.
        QVERIFY(away.store()
                    .updateRow("person", away.personId(), {{"skills", std::string("kept through the refetch")}})
                    .ok());
        QVERIFY(admin.store().deleteRow("person", *doomed).ok());
        admin.syncCleanly();

        // With a window of zero days the tombstone leaves the change log as soon as the daemon starts.
        m_daemon.setServeOptions({"--tombstone-days", "0"});
        QVERIFY2(m_daemon.restart(), qPrintable(m_daemon.error()));
        m_daemon.setServeOptions({});
        away.syncCleanly();
        QVERIFY(!away.store().row("person", *doomed));
        QCOMPARE(away.field("person", away.personId(), "skills"), QStringLiteral("kept through the refetch"));
        QCOMPARE(away.store().pendingCount(), 0);
        QVERIFY(!away.store().isRefetching());
        QVERIFY2(m_daemon.restart(), qPrintable(m_daemon.error()));
    }

    void cleanupTestCase() { m_daemon.stop(); }
};

QTEST_GUILESS_MAIN(TestTrust)
#include "tst_trust.moc"
