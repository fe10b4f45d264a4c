// Messages to groups end to end (docs/groupmail.md): a real daemon mailing through a real SMTP
// server (aiosmtpd). A leader writes to a group offline and syncs; the daemon mails the members who
// want it, once each, at addresses the leader's device never holds; a member who chose not to be
// mailed (with commonroom-cli) is not mailed and still holds the message on their device. Every
// mail reads cleanly with Python's email package, and its one-click unsubscribe link (RFC 8058),
// posted as a mail program would, stops that person's mail: the choice reaches their devices. A
// daemon killed while it works through the queue mails everyone after it restarts, and at most
// the one mail it was sending twice, with the same Message-ID. An event's reminder reaches the
// registrant who wants it, once, also when the daemon is killed and started again. An address the
// server refuses is given up at once, shown to leaders and not mailed again until it changes. An
// organizer writes to an event's registrants from the command line: mailed to those who want it,
// read by the others on their devices. A daemon kept to its mail server's limits sends no more a
// minute and a day, a person's invitation before the rest of a message. With a DKIM key, a
// receiving server (dkimpy) finds each mail's signature good, and bad on an altered copy. A leader
// writes to a smart list from the command line: mailed to the people it selects who agreed, read
// by the others, and nothing of it on the devices of people it did not select.

#include "CliProcess.h"
#include "SmtpSink.h"
#include "SyncdProcess.h"
#include "TestClient.h"

#include "desktop/core/Device.h"
#include "desktop/core/Events.h"
#include "desktop/core/GroupMail.h"
#include "desktop/core/Groups.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryFile>
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
        m_serveOptions = {QStringLiteral("--smtp-host"), QStringLiteral("127.0.0.1"), QStringLiteral("--smtp-port"),
            QString::number(m_smtp.port()), QStringLiteral("--smtp-starttls"), QStringLiteral("--smtp-ca"), certificate,
            QStringLiteral("--mail-from"), QStringLiteral("directory@example.org"),
            QStringLiteral("--clock-offset-file"), clockFile()};
        m_daemon.setServeOptions(m_serveOptions);
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

    void theLinkInTheMailStopsTheMail()
    {
        TestClient admin;
        TestClient leader;
        admin.signIn(m_daemon, QStringLiteral("admin@example.org"));
        leader.signIn(m_daemon, QStringLiteral("leader@example.org"));
        QVERIFY(admin.device().groupMail().setMailsMe(true).ok());
        admin.syncCleanly();
        const auto group = leader.device().groups().create(QStringLiteral("Bike repair café"), QStringLiteral("open"));
        QVERIFY(group);
        QVERIFY(leader.store()
                    .createRow(QStringLiteral("membership"),
                        {{"person_id", admin.personId().toStdString()}, {"group_id", group->toStdString()},
                            {"state", std::string("active")}, {"role", std::string("member")}})
                    .ok());
        QVERIFY(
            leader.device()
                .groupMail()
                .write(*group, QStringLiteral("Spokes and tubes"), QStringLiteral("Bring a pump, we have the rest."))
                .ok());
        leader.syncCleanly();

        const QByteArray mail = m_smtp.waitForMessageTo(QStringLiteral("admin@example.org"));
        QVERIFY2(!mail.isEmpty(), "no mail reached the admin");
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write(mail);
        file.flush();
        const QJsonObject read = mailClient({file.fileName()});
        const QJsonObject headers = read.value(QStringLiteral("headers")).toObject();
        QVERIFY2(read.value(QStringLiteral("defects")).toArray().isEmpty(), mail.constData());
        QCOMPARE(
            headers.value(QStringLiteral("Subject")).toString(), QStringLiteral("[Bike repair café] Spokes and tubes"));
        QCOMPARE(headers.value(QStringLiteral("To")).toString(), QStringLiteral("admin@example.org"));
        QVERIFY(read.value(QStringLiteral("date_parses")).toBool());
        QVERIFY(headers.value(QStringLiteral("Message-ID")).toString().endsWith(QStringLiteral("@example.org>")));
        QCOMPARE(headers.value(QStringLiteral("Precedence")).toString(), QStringLiteral("bulk"));
        QCOMPARE(headers.value(QStringLiteral("Auto-Submitted")).toString(), QStringLiteral("auto-generated"));
        QCOMPARE(headers.value(QStringLiteral("List-Id")).toString(), QStringLiteral("<%1.127.0.0.1>").arg(*group));
        const QString link = headers.value(QStringLiteral("List-Unsubscribe")).toString();
        QVERIFY2(link.startsWith(QStringLiteral("<%1/v1/mail/unsubscribe?t=group.").arg(m_daemon.url().toString())),
            qPrintable(link));
        QVERIFY(read.value(QStringLiteral("text")).toString().contains(link.mid(1, link.size() - 2)));
        // From the community's address, in the writer's and the group's name; the same text as
        // HTML, its link clickable.
        const QString from = headers.value(QStringLiteral("From")).toString();
        QVERIFY2(from.endsWith(QStringLiteral(" via Bike repair café <directory@example.org>")), qPrintable(from));
        const QString html = read.value(QStringLiteral("html")).toString();
        QVERIFY2(html.contains(QStringLiteral("Bring a pump, we have the rest."))
                && html.contains(QStringLiteral("<a href=\"%1\">").arg(link.mid(1, link.size() - 2))),
            qPrintable(html));

        // The mail program's "unsubscribe": no sign-in, only the link.
        const QJsonObject followed
            = mailClient({file.fileName(), QStringLiteral("--unsubscribe"), m_daemon.certificatePath()});
        QVERIFY2(followed.value(QStringLiteral("unsubscribe_status")).toInt() == 200,
            qPrintable(followed.value(QStringLiteral("unsubscribe_error")).toString()));
        admin.syncCleanly();
        QVERIFY(!admin.device().groupMail().mailsMe()); // the choice reached the admin's device

        // The next message is not mailed to the admin, who still reads it.
        QVERIFY(leader.device()
                    .groupMail()
                    .write(*group, QStringLiteral("Saddles too"), QStringLiteral("And a saddle or two."))
                    .ok());
        leader.syncCleanly();
        leader.syncCleanly(); // the row comes back with its counts
        const auto sent = leader.device().groupMail().messages(*group);
        QVERIFY(sent && sent->size() == 2);
        for (const auto &message : *sent) {
            QVERIFY(message.sentAt.isValid());
            QCOMPARE(message.recipients, message.subject == QStringLiteral("Saddles too") ? 0 : 1);
        }
        QTest::qWait(1500); // three passes of the daemon's mail queue
        QVERIFY(mailsAbout("Saddles too").isEmpty());
        admin.syncCleanly();
        const auto archive = admin.device().groupMail().messages(*group);
        QVERIFY(archive && archive->size() == 2);
    }

    void anEventsReminderIsMailedOnceAcrossRestarts()
    {
        TestClient admin;
        TestClient leader;
        TestClient member;
        admin.signIn(m_daemon, QStringLiteral("admin@example.org"));
        leader.signIn(m_daemon, QStringLiteral("leader@example.org"));
        member.signIn(m_daemon, QStringLiteral("member@example.org"));
        // Mateo wants reminders; the leader does not (both from the command line).
        QByteArray printed;
        for (const auto &[client, choice] : {std::pair {&member, "on"}, std::pair {&leader, "off"}}) {
            const QStringList profile {QStringLiteral("--profile"), client->profileDir()};
            QCOMPARE(
                runCli(profile + QStringList {QStringLiteral("event-mail"), QLatin1String(choice)}, {}, &printed), 0);
            QCOMPARE(runCli(profile + QStringList {QStringLiteral("sync")}, {}, &printed), 0);
        }

        // The admin organizes a supper in two days with a reminder a day before; both register.
        EventInfo supper;
        supper.title = QStringLiteral("Harvest supper");
        supper.start = admin.store().now().addDays(2);
        supper.timeZone = QStringLiteral("Europe/Madrid");
        supper.reminderHours = 24;
        const auto event = admin.device().events().create(supper);
        QVERIFY(event);
        admin.syncCleanly();
        for (TestClient *client : {&member, &leader}) {
            client->syncCleanly();
            QVERIFY(client->device().events().registerPerson(*event));
            client->syncCleanly();
        }
        QTest::qWait(1500); // three passes of the daemon's mail queue: not due yet
        QVERIFY(mailsAbout("Reminder: Harvest supper").isEmpty());

        // A day later, by the daemon's clock: Mateo is reminded, the leader is not.
        setDaemonAhead(24LL * 3600 * 1000 + 60 * 1000);
        QTRY_COMPARE_WITH_TIMEOUT(mailsAbout("Reminder: Harvest supper").size(), qsizetype(1), 60'000);
        QVERIFY(mailsAbout("Reminder: Harvest supper").front().contains("member@example.org"));

        // Killed and started again, and later still: nobody is reminded twice.
        QVERIFY2(m_daemon.restart(true), qPrintable(m_daemon.error()));
        setDaemonAhead(25LL * 3600 * 1000);
        QTest::qWait(1500);
        QCOMPARE(mailsAbout("Reminder: Harvest supper").size(), qsizetype(1));
        setDaemonAhead(0);
    }

    void anOrganizerWritesToTheRegistrantsFromTheCommandLine()
    {
        TestClient admin;
        TestClient leader;
        TestClient member;
        admin.signIn(m_daemon, QStringLiteral("admin@example.org"));
        leader.signIn(m_daemon, QStringLiteral("leader@example.org"));
        member.signIn(m_daemon, QStringLiteral("member@example.org"));
        QByteArray printed;
        const QStringList members {QStringLiteral("--profile"), member.profileDir()};
        QCOMPARE(
            runCli(members + QStringList {QStringLiteral("unsubscribe"), QStringLiteral("event")}, {}, &printed), 0);
        QVERIFY2(printed.contains("are not mailed to you"), printed.constData());
        QCOMPARE(runCli(members + QStringList {QStringLiteral("sync")}, {}, &printed), 0);

        // The leader organizes a repair café; Amara (recorded by the admin, address private,
        // agreed to be contacted) and Mateo (who stopped mail about his events) are registered.
        EventInfo cafe;
        cafe.title = QStringLiteral("Repair café");
        cafe.start = leader.store().now().addDays(3);
        const auto event = leader.device().events().create(cafe);
        QVERIFY(event);
        leader.syncCleanly();
        const auto amara = admin.store().createRow(QStringLiteral("person"),
            {{"display_name", std::string("Amara Obi")}, {"email", std::string("amara.obi@example.net")},
                {"email_visibility", std::string("private")}, {"consent", std::int64_t(1)},
                {"status", std::string("active")}});
        QVERIFY(amara);
        admin.syncCleanly();
        QVERIFY(admin.device().events().registerPerson(*event, *amara));
        admin.syncCleanly();
        member.syncCleanly();
        QVERIFY(member.device().events().registerPerson(*event));
        member.syncCleanly();

        // Written from the command line, offline, then synced.
        QTemporaryFile body;
        QVERIFY(body.open());
        body.write("Bring what is broken: lamps, bikes, jackets.\n");
        body.close();
        const QStringList leaders {QStringLiteral("--profile"), leader.profileDir()};
        QCOMPARE(runCli(leaders
                         + QStringList {QStringLiteral("message"), QStringLiteral("send"), QStringLiteral("--event"),
                             *event, QStringLiteral("--to"), QStringLiteral("registered"), QStringLiteral("--subject"),
                             QStringLiteral("What to bring"), QStringLiteral("--body-file"), body.fileName()},
                     {}, &printed),
            0);
        // Refused on the device: no such audience, and a registrant who does not organize it.
        QVERIFY(runCli(leaders
                        + QStringList {QStringLiteral("event-message"), *event, QStringLiteral("--to"),
                            QStringLiteral("everyone"), QStringLiteral("--subject"), QStringLiteral("S"),
                            QStringLiteral("--body"), QStringLiteral("B")},
                    {}, &printed)
            != 0);
        QVERIFY(runCli(members
                        + QStringList {QStringLiteral("event-message"), *event, QStringLiteral("--to"),
                            QStringLiteral("registered"), QStringLiteral("--subject"), QStringLiteral("S"),
                            QStringLiteral("--body"), QStringLiteral("B")},
                    {}, &printed)
            != 0);
        QVERIFY2(printed.contains("organizers"), printed.constData());
        QCOMPARE(runCli(leaders + QStringList {QStringLiteral("sync")}, {}, &printed), 0);

        // Amara is mailed once, at an address the leader's device never holds; Mateo is not.
        const QByteArray mail = m_smtp.waitForMessageTo(QStringLiteral("amara.obi@example.net"));
        QVERIFY2(!mail.isEmpty(), "no mail reached Amara");
        QVERIFY(mail.contains("Bring what is broken"));
        QVERIFY(!leader.rawFiles().contains("amara.obi@example.net"));
        QTest::qWait(1500); // three passes of the daemon's mail queue
        QCOMPARE(mailsAbout("Bring what is broken").size(), qsizetype(1)); // (the subject is encoded: "café")

        // Mateo reads it on his device, from the command line too: among all his messages, and the event's.
        QCOMPARE(runCli(members + QStringList {QStringLiteral("sync")}, {}, &printed), 0);
        QCOMPARE(runCli(members + QStringList {QStringLiteral("message"), QStringLiteral("list")}, {}, &printed), 0);
        QVERIFY2(printed.contains("to Repair café (registered): What to bring"), printed.constData());
        QCOMPARE(runCli(members + QStringList {QStringLiteral("event-messages"), *event, QStringLiteral("--json")}, {},
                     &printed),
            0);
        const QJsonArray messages
            = QJsonDocument::fromJson(printed).object().value(QStringLiteral("messages")).toArray();
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages.at(0).toObject().value(QStringLiteral("audience")).toString(), QStringLiteral("registered"));
        QCOMPARE(messages.at(0).toObject().value(QStringLiteral("recipients")).toInt(), 1);
        QVERIFY(member.rawFiles().contains("Bring what is broken"));
    }

    void aLeaderWritesToASmartListFromTheCommandLine()
    {
        TestClient admin;
        TestClient leader;
        TestClient member;
        TestClient applicant;
        admin.signIn(m_daemon, QStringLiteral("admin@example.org"));
        leader.signIn(m_daemon, QStringLiteral("leader@example.org"));
        member.signIn(m_daemon, QStringLiteral("member@example.org"));
        applicant.signIn(m_daemon, QStringLiteral("applicant@example.org"));
        QByteArray printed;
        const QStringList members {QStringLiteral("--profile"), member.profileDir()};
        QCOMPARE(runCli(members + QStringList {QStringLiteral("unsubscribe"), QStringLiteral("announcements")}, {},
                     &printed),
            0);
        QVERIFY2(printed.contains("announcements are not mailed to you"), printed.constData());
        QCOMPARE(runCli(members + QStringList {QStringLiteral("sync")}, {}, &printed), 0);

        // Mateo's neighbours, recorded by the admin: Kemi agreed to be contacted (her address
        // private), Jonas did not.
        const std::string area = leader.field(QStringLiteral("person"), member.personId(), "area").toStdString();
        QVERIFY(!area.empty() && area != "<absent>");
        for (const auto &[name, email, consent] :
            {std::tuple {"Kemi Adeyemi", "kemi.adeyemi@example.net", 1}, {"Jonas Berg", "jonas.berg@example.net", 0}}) {
            QVERIFY(admin.store()
                        .createRow(QStringLiteral("person"),
                            {{"display_name", std::string(name)}, {"email", std::string(email)},
                                {"email_visibility", std::string("private")}, {"consent", std::int64_t(consent)},
                                {"area", area}, {"status", std::string("active")}})
                        .ok());
        }
        admin.syncCleanly();
        leader.syncCleanly();

        // The leader saves a list of the area and writes to it, from the command line, offline.
        const QStringList leaders {QStringLiteral("--profile"), leader.profileDir()};
        QCOMPARE(runCli(leaders
                         + QStringList {QStringLiteral("list"), QStringLiteral("save"),
                             QStringLiteral("Flood watch neighbours"), QStringLiteral("--area"),
                             QString::fromStdString(area), QStringLiteral("--json")},
                     {}, &printed),
            0);
        const QString list = QJsonDocument::fromJson(printed).object().value(QStringLiteral("id")).toString();
        QVERIFY2(!list.isEmpty(), printed.constData());
        QCOMPARE(runCli(leaders
                         + QStringList {QStringLiteral("message"), QStringLiteral("send"), QStringLiteral("--list"),
                             list, QStringLiteral("--subject"), QStringLiteral("Sandbags on Saturday"),
                             QStringLiteral("--body"), QStringLiteral("The river is rising: sandbags at nine.")},
                     {}, &printed),
            0);
        // Refused on the device: a member writes to no list, and a list this device does not hold.
        QVERIFY(runCli(members
                        + QStringList {QStringLiteral("list-message"), list, QStringLiteral("--subject"),
                            QStringLiteral("S"), QStringLiteral("--body"), QStringLiteral("B")},
                    {}, &printed)
            != 0);
        QVERIFY2(printed.contains("leaders"), printed.constData());
        QCOMPARE(runCli(leaders + QStringList {QStringLiteral("sync")}, {}, &printed), 0);

        // Kemi is mailed once, at an address the leader's device never holds; Jonas and Mateo are not.
        const QByteArray mail = m_smtp.waitForMessageTo(QStringLiteral("kemi.adeyemi@example.net"));
        QVERIFY2(!mail.isEmpty(), "no mail reached Kemi");
        QVERIFY(mail.contains("Subject: [Commonroom] Sandbags on Saturday"));
        QVERIFY(mail.contains("List-Unsubscribe: <https://"));
        QVERIFY(!mail.contains("Flood watch"));
        QVERIFY(!leader.rawFiles().contains("kemi.adeyemi@example.net"));
        leader.syncCleanly();
        QCOMPARE(
            runCli(leaders + QStringList {QStringLiteral("message"), QStringLiteral("list"), QStringLiteral("--json")},
                {}, &printed),
            0);
        QJsonObject sent;
        for (const QJsonValue &message :
            QJsonDocument::fromJson(printed).object().value(QStringLiteral("messages")).toArray()) {
            if (message.toObject().value(QStringLiteral("subject")).toString() == QLatin1String("Sandbags on Saturday"))
                sent = message.toObject();
        }
        QCOMPARE(sent.value(QStringLiteral("list_name")).toString(), QStringLiteral("Flood watch neighbours"));
        const int recipients = sent.value(QStringLiteral("recipients")).toInt();
        QVERIFY(recipients >= 1);
        QTRY_COMPARE_WITH_TIMEOUT(mailsAbout("Sandbags on Saturday").size(), qsizetype(recipients), 30'000);
        for (const QByteArray &other : mailsAbout("Sandbags on Saturday")) {
            QVERIFY(!other.contains("jonas.berg@example.net"));
            QVERIFY(!other.contains("To: member@example.org"));
        }

        // Mateo reads it on his device, which holds neither the list nor whom else it named;
        // Priya, not in the list, holds nothing of it.
        member.syncCleanly();
        QCOMPARE(runCli(members + QStringList {QStringLiteral("message"), QStringLiteral("list")}, {}, &printed), 0);
        QVERIFY2(printed.contains("to some people: Sandbags on Saturday"), printed.constData());
        const QByteArray mateos = member.rawFiles();
        QVERIFY(mateos.contains("The river is rising: sandbags at nine."));
        QVERIFY(!mateos.contains("Flood watch neighbours"));
        applicant.syncCleanly();
        QVERIFY(!applicant.rawFiles().contains("The river is rising"));
    }

    void anAddressTheServerRefusesIsNotMailedAgain()
    {
        TestClient admin;
        admin.signIn(m_daemon, QStringLiteral("admin@example.org"));
        const auto group = admin.device().groups().create(QStringLiteral("Allotment"), QStringLiteral("open"));
        QVERIFY(group);
        // The sink has no mailbox for "nobody…" addresses, as a real server for a mistyped one.
        const QString nadia
            = recordMember(admin, *group, QStringLiteral("Nadia Obi"), QStringLiteral("nobody.nadia@example.net"));
        QVERIFY(!nadia.isEmpty());
        const auto write = [&](const QString &subject) {
            QVERIFY(admin.device().groupMail().write(*group, subject, QStringLiteral("Saturday at ten.")).ok());
            admin.syncCleanly();
            admin.syncCleanly(); // the row comes back with its counts
        };
        write(QStringLiteral("Seed swap"));

        // Refused for good: the daemon gives up at once (no retry in a minute) and leaders see it.
        const auto bouncedAt = [&] {
            admin.syncCleanly();
            const auto row = admin.store().row(QStringLiteral("person"), nadia);
            return row ? textOf(*row, "mail_bounced_at") : std::string();
        };
        QTRY_VERIFY_WITH_TIMEOUT(!bouncedAt().empty(), 30'000);

        // The next message is not tried at that address: counted among those without one to use.
        write(QStringLiteral("Seed swap, the list"));
        const auto sent = admin.device().groupMail().messages(*group);
        QVERIFY(sent && sent->size() == 2);
        QCOMPARE(sent->front().subject, QStringLiteral("Seed swap, the list"));
        QCOMPARE(sent->front().recipients, 0);
        QCOMPARE(sent->front().noAddress, 1);
        QCOMPARE(sent->back().recipients, 1); // the first: tried, and given up
        QCOMPARE(sent->back().delivered, 0);
        QCOMPARE(sent->back().undelivered, 1);

        // A new address: the note goes, and the next message reaches her there.
        QVERIFY(admin.store()
                    .updateRow(QStringLiteral("person"), nadia, {{"email", std::string("nadia.obi@example.net")}})
                    .ok());
        admin.syncCleanly();
        QCOMPARE(bouncedAt(), std::string());
        write(QStringLiteral("Seed swap, moved"));
        QVERIFY(!m_smtp.waitForMessageTo(QStringLiteral("nadia.obi@example.net"), 30'000).isEmpty());
        QVERIFY(mailsAbout("Seed swap, the list").isEmpty());
        // The writer's device learns that the server took it.
        const auto delivered = [&] {
            admin.syncCleanly();
            const auto messages = admin.device().groupMail().messages(*group);
            return messages && !messages->empty() ? messages->front().delivered : -1;
        };
        QTRY_COMPARE_WITH_TIMEOUT(delivered(), 1, 30'000);
    }

    void theCommunitysSendingLimitsHold()
    {
        // The community's mail server takes 2 mails a minute and 3 a day from it.
        m_daemon.setServeOptions(m_serveOptions
            + QStringList {QStringLiteral("--mail-per-minute"), QStringLiteral("2"), QStringLiteral("--mail-per-day"),
                QStringLiteral("3")});
        QVERIFY2(m_daemon.restart(), qPrintable(m_daemon.error()));
        TestClient admin;
        admin.signIn(m_daemon, QStringLiteral("admin@example.org"));
        const auto group = admin.device().groups().create(QStringLiteral("Tool library"), QStringLiteral("open"));
        QVERIFY(group);
        for (int i = 0; i < 4; ++i)
            QVERIFY(!recordMember(
                admin, *group, QStringLiteral("Lender %1").arg(i), QStringLiteral("lender%1@example.net").arg(i))
                         .isEmpty());
        QVERIFY(admin.device()
                    .groupMail()
                    .write(*group, QStringLiteral("The tool library opens"),
                        QStringLiteral("Drills and ladders from Monday."))
                    .ok());
        admin.syncCleanly();

        // Two in the first minute, then nothing more within it.
        QTRY_COMPARE_WITH_TIMEOUT(mailsAbout("Drills and ladders").size(), qsizetype(2), 30'000);
        QTest::qWait(1500); // three passes of the queue
        QCOMPARE(mailsAbout("Drills and ladders").size(), qsizetype(2));

        // An invitation, queued after the rest of the message, goes first in the next minute: the
        // day's third and last mail.
        QVERIFY(admin.store()
                    .createRow(QStringLiteral("invitation"),
                        {{"email", std::string("jonas@example.org")}, {"invited_by", admin.personId().toStdString()},
                            {"state", std::string("pending")}, {"group_id", group->toStdString()}})
                    .ok());
        admin.syncCleanly();
        setDaemonAhead(61'000);
        QVERIFY(!m_smtp.waitForMessageTo(QStringLiteral("jonas@example.org"), 30'000).isEmpty());
        setDaemonAhead(3 * 61'000);
        QTest::qWait(1500);
        QCOMPARE(mailsAbout("Drills and ladders").size(), qsizetype(2));

        // A day after the first two, the others go.
        setDaemonAhead(24LL * 3600 * 1000 + 2 * 61'000);
        QTRY_COMPARE_WITH_TIMEOUT(mailsAbout("Drills and ladders").size(), qsizetype(4), 30'000);
        setDaemonAhead(0);
        m_daemon.setServeOptions(m_serveOptions);
        QVERIFY2(m_daemon.restart(), qPrintable(m_daemon.error()));
    }

    void mailsAreSignedForTheCommunitysDomain()
    {
        // The community's DKIM key, and the DNS record it publishes for receiving servers.
        QTemporaryDir keys;
        const QString key = keys.filePath(QStringLiteral("dkim.pem"));
        const QString publicKey = keys.filePath(QStringLiteral("dkim.der"));
        QCOMPARE(QProcess::execute(QStringLiteral("openssl"), {"genrsa", "-out", key, "2048"}), 0);
        QCOMPARE(QProcess::execute(
                     QStringLiteral("openssl"), {"rsa", "-in", key, "-pubout", "-outform", "DER", "-out", publicKey}),
            0);
        QFile der(publicKey);
        QVERIFY(der.open(QIODevice::ReadOnly));
        const QString record = keys.filePath(QStringLiteral("record.txt"));
        QFile txt(record);
        QVERIFY(txt.open(QIODevice::WriteOnly));
        txt.write("v=DKIM1; k=rsa; p=" + der.readAll().toBase64());
        txt.close();
        m_daemon.setServeOptions(m_serveOptions
            + QStringList {
                QStringLiteral("--dkim-key"), key, QStringLiteral("--dkim-selector"), QStringLiteral("commonroom")});
        QVERIFY2(m_daemon.restart(), qPrintable(m_daemon.error()));

        TestClient admin;
        admin.signIn(m_daemon, QStringLiteral("admin@example.org"));
        const auto group
            = admin.device().groups().create(QStringLiteral("Choir of the square"), QStringLiteral("open"));
        QVERIFY(group);
        QVERIFY(!recordMember(admin, *group, QStringLiteral("Bongani Dlamini"), QStringLiteral("bongani@example.net"))
                     .isEmpty());
        QVERIFY(admin.device()
                    .groupMail()
                    .write(*group, QStringLiteral("Rehearsal: Thursday, 19:00 — bring the scores"),
                        QStringLiteral("We sing in the square's café.\n.A line that starts with a dot.\n"))
                    .ok());
        admin.syncCleanly();
        const QByteArray mail = m_smtp.waitForMessageTo(QStringLiteral("bongani@example.net"));
        QVERIFY2(!mail.isEmpty(), "no mail reached Bongani");
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write(mail);
        file.flush();
        // A receiving server finds the signature good for example.org, and bad on an altered copy.
        const QJsonObject checked = mailClient({file.fileName(), QStringLiteral("--dkim"), record});
        QVERIFY2(checked.value(QStringLiteral("dkim")).toBool(), mail.constData());
        QVERIFY(!checked.value(QStringLiteral("dkim_altered")).toBool());
        QVERIFY(mail.contains("d=example.org; s=commonroom;"));

        m_daemon.setServeOptions(m_serveOptions);
        QVERIFY2(m_daemon.restart(), qPrintable(m_daemon.error()));
    }

    // Last: it kills the daemon.
    void aDaemonKilledMidQueueMailsEveryoneAfterItRestarts()
    {
        TestClient admin;
        admin.signIn(m_daemon, QStringLiteral("admin@example.org"));
        const auto group = admin.device().groups().create(QStringLiteral("Night shelter rota"), QStringLiteral("open"));
        QVERIFY(group);
        constexpr int kPeople = 300;
        for (int i = 0; i < kPeople; ++i)
            QVERIFY(!recordMember(
                admin, *group, QStringLiteral("Volunteer %1").arg(i), QStringLiteral("volunteer%1@example.net").arg(i))
                         .isEmpty());
        QVERIFY(admin.device()
                    .groupMail()
                    .write(*group, QStringLiteral("Night shift rota"), QStringLiteral("Sign up for December."))
                    .ok());
        admin.syncCleanly();

        // Killed (SIGKILL: nothing gets to finish) once some, not all, are mailed: amid the second
        // batch of the queue, which sends 20 at a time.
        QTRY_VERIFY_WITH_TIMEOUT(mailsAbout("Night shift rota").size() >= 30, 60'000);
        QVERIFY2(m_daemon.restart(true), qPrintable(m_daemon.error()));
        const auto beforeKill = mailsAbout("Night shift rota").size();
        QVERIFY2(beforeKill < kPeople, "all were mailed before the kill; queue more");

        // After the restart everyone is mailed; a copy sent twice has one Message-ID.
        static const QRegularExpression toLine(QStringLiteral("^To: (\\S+)$"), QRegularExpression::MultilineOption);
        static const QRegularExpression idLine(
            QStringLiteral("^Message-ID: (\\S+)$"), QRegularExpression::MultilineOption);
        QMap<QString, QSet<QString>> idsByRecipient;
        int copies = 0;
        const auto count = [&] {
            idsByRecipient.clear();
            const QByteArrayList mails = mailsAbout("Night shift rota");
            copies = int(mails.size());
            for (const QByteArray &mail : mails) {
                const QString text = QString::fromUtf8(mail);
                idsByRecipient[toLine.match(text).captured(1)].insert(idLine.match(text).captured(1));
            }
            return idsByRecipient.size();
        };
        QTRY_COMPARE_WITH_TIMEOUT(count(), qsizetype(kPeople), 60'000);
        QTest::qWait(1500); // three passes more: nothing else comes
        count();
        for (auto it = idsByRecipient.cbegin(); it != idsByRecipient.cend(); ++it)
            QVERIFY2(it.value().size() == 1 && !it.value().begin()->isEmpty(), qPrintable(it.key()));
        qInfo("%d of %d mailed before the kill, %d mails in all", int(beforeKill), kPeople, copies);
        QVERIFY2(copies <= kPeople + 1, qPrintable(QStringLiteral("%1 mails to %2 people").arg(copies).arg(kPeople)));
    }

private:
    // What tests/integration/mailclient.py prints for `arguments`.
    static QJsonObject mailClient(const QStringList &arguments)
    {
        QProcess python;
        python.start(QStringLiteral("/usr/bin/python3"), QStringList {QFINDTESTDATA("mailclient.py")} + arguments);
        if (!python.waitForFinished(60'000) || python.exitCode() != 0)
            qWarning("mailclient.py failed: %s", python.readAllStandardError().constData());
        return QJsonDocument::fromJson(python.readAllStandardOutput()).object();
    }

    // Records, on the admin's device, someone who agreed to be mailed at `email` and makes them an
    // active member of `group`; their id (empty when refused).
    static QString recordMember(TestClient &admin, const QString &group, const QString &name, const QString &email)
    {
        const auto person = admin.store().createRow(QStringLiteral("person"),
            {{"display_name", name.toStdString()}, {"email", email.toStdString()}, {"consent", std::int64_t(1)},
                {"status", std::string("active")}});
        if (!person
            || !admin.store()
                    .createRow(QStringLiteral("membership"),
                        {{"person_id", person->toStdString()}, {"group_id", group.toStdString()},
                            {"state", std::string("active")}, {"role", std::string("member")}})
                    .ok())
            return {};
        return *person;
    }

    QString clockFile() const { return QDir(m_daemon.dataDir()).filePath(QStringLiteral("clock-offset")); }

    // Moves the daemon's clock `ms` ahead of this machine's (serve --clock-offset-file).
    void setDaemonAhead(std::int64_t ms) const
    {
        QFile offset(clockFile());
        QVERIFY(offset.open(QIODevice::WriteOnly | QIODevice::Truncate));
        offset.write(QByteArray::number(qint64(ms)));
    }

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
    QStringList m_serveOptions; // as the daemon is served in these tests, unless one says otherwise
};

QTEST_GUILESS_MAIN(TestGroupMailLive)
#include "tst_groupmail.moc"
