// Messages to groups end to end (docs/groupmail.md): a real daemon mailing through a real SMTP
// server (aiosmtpd). A leader writes to a group offline and syncs; the daemon mails the members who
// want it, once each, at addresses the leader's device never holds; a member who chose not to be
// mailed (with commonroom-cli) is not mailed and still holds the message on their device.

#include "CliProcess.h"
#include "SmtpSink.h"
#include "SyncdProcess.h"
#include "TestClient.h"

#include "desktop/core/Device.h"
#include "desktop/core/GroupMail.h"
#include "desktop/core/Groups.h"

#include <QDir>
#include <QFileInfo>
#include <QTest>

using namespace commonroom;

class TestGroupMailLive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_daemon.start(20), qPrintable(m_daemon.error()));
        const QString certificate = m_daemon.certificatePath();
        const QString key = QDir(QFileInfo(certificate).path()).filePath(QStringLiteral("key.pem"));
        QVERIFY2(m_smtp.start(0, certificate, key), qPrintable(m_smtp.error()));
        m_daemon.setServeOptions(
            {QStringLiteral("--smtp-host"), QStringLiteral("127.0.0.1"), QStringLiteral("--smtp-port"),
                QString::number(m_smtp.port()), QStringLiteral("--smtp-starttls"), QStringLiteral("--smtp-ca"),
                certificate, QStringLiteral("--mail-from"), QStringLiteral("directory@example.org")});
        QVERIFY2(m_daemon.restart(), qPrintable(m_daemon.error()));
    }

    void theMembersWhoWantItAreMailedOnceAndEveryMemberReadsIt()
    {
        TestClient admin;
        TestClient leader;
        TestClient member;
        admin.signIn(m_daemon, QStringLiteral("admin@example.org"));
        leader.signIn(m_daemon, QStringLiteral("leader@example.org"));
        member.signIn(m_daemon, QStringLiteral("member@example.org"));

        // Mateo (the member) chooses not to be mailed his groups' messages, from the command line.
        const QStringList profile {QStringLiteral("--profile"), member.profileDir()};
        QByteArray printed;
        QCOMPARE(runCli(profile + QStringList {QStringLiteral("group-mail"), QStringLiteral("off")}, {}, &printed), 0);
        QVERIFY2(printed.contains("not mailed"), printed.constData());
        QCOMPARE(runCli(profile + QStringList {QStringLiteral("sync")}, {}, &printed), 0);

        // The admin records two neighbours: Ngozi agreed to be contacted and keeps her address
        // private; Tomás did not agree.
        const auto person = [&](const char *name, const char *email, std::int64_t consent) {
            const auto id = admin.store().createRow(QStringLiteral("person"),
                {{"display_name", std::string(name)}, {"email", std::string(email)},
                    {"email_visibility", std::string("private")}, {"consent", consent},
                    {"status", std::string("active")}});
            return id ? *id : QString();
        };
        const QString ngozi = person("Ngozi Eze", "ngozi.eze@example.net", 1);
        const QString tomas = person("Tomás Ruiz", "tomas.ruiz@example.net", 0);
        QVERIFY(!ngozi.isEmpty() && !tomas.isEmpty());
        admin.syncCleanly();

        // The leader makes a group and adds the three; offline, then synced.
        leader.syncCleanly();
        const auto group
            = leader.device().groups().create(QStringLiteral("Courtyard committee"), QStringLiteral("open"));
        QVERIFY2(group, group ? "" : group.error().message.c_str());
        for (const QString &who : {ngozi, tomas, member.personId()}) {
            QVERIFY(leader.store()
                        .createRow(QStringLiteral("membership"),
                            {{"person_id", who.toStdString()}, {"group_id", group->toStdString()},
                                {"state", std::string("active")}, {"role", std::string("member")}})
                        .ok());
        }
        const auto written = leader.device().groupMail().write(*group, QStringLiteral("Courtyard clean-up on Saturday"),
            QStringLiteral("Gloves and bags are in the shed. Ten o'clock."));
        QVERIFY2(written, written ? "" : written.error().message.c_str());
        leader.syncCleanly();

        // Ngozi is mailed, at the address only the daemon and admins see.
        const QByteArray mail = m_smtp.waitForMessageTo(QStringLiteral("ngozi.eze@example.net"));
        QVERIFY2(!mail.isEmpty(), "no mail reached Ngozi");
        QVERIFY(mail.contains("Subject: [Courtyard committee] Courtyard clean-up on Saturday"));
        QVERIFY(mail.contains("Gloves and bags are in the shed."));
        QVERIFY(!leader.rawFiles().contains("ngozi.eze@example.net"));

        // The row says how many were mailed: the sink gets that many, each once.
        leader.syncCleanly();
        const auto sent = leader.device().groupMail().messages(*group);
        QVERIFY(sent && sent->size() == 1);
        QVERIFY(sent->front().sentAt.isValid());
        const int recipients = sent->front().recipients;
        QVERIFY(recipients >= 1);
        QVERIFY(sent->front().notMailed >= 2); // Tomás and Mateo at least
        QTRY_COMPARE_WITH_TIMEOUT(mailsAbout("Courtyard clean-up").size(), recipients, 30'000);
        leader.syncCleanly(); // nothing is sent twice by syncing again
        QTest::qWait(1500); // three passes of the daemon's mail queue
        QCOMPARE(mailsAbout("Courtyard clean-up").size(), recipients);
        for (const char *notMailed : {"tomas.ruiz@example.net", "member@example.org", "leader@example.org"})
            QVERIFY2(!to(notMailed), notMailed);

        // Mateo is not mailed, and reads it on his device, offline.
        member.syncCleanly();
        const auto archive = member.device().groupMail().messages(*group);
        QVERIFY(archive && archive->size() == 1);
        QCOMPARE(archive->front().subject, QStringLiteral("Courtyard clean-up on Saturday"));
        QVERIFY(member.rawFiles().contains("Gloves and bags are in the shed."));
        QVERIFY(!member.device().groupMail().mailsMe()); // his choice, made on another program, holds
    }

private:
    QByteArrayList mailsAbout(const char *subject) const
    {
        QByteArrayList found;
        for (const QByteArray &message : m_smtp.messages()) {
            if (message.contains(subject))
                found << message;
        }
        return found;
    }

    bool to(const char *address) const
    {
        for (const QByteArray &message : mailsAbout("Courtyard clean-up")) {
            if (message.contains(QByteArray("To: ") + address) || message.contains(QByteArray("<") + address + ">"))
                return true;
        }
        return false;
    }

    SyncdProcess m_daemon;
    SmtpSink m_smtp;
};

QTEST_GUILESS_MAIN(TestGroupMailLive)
#include "tst_groupmail.moc"
