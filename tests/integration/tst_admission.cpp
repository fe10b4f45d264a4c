// Admission and identity through a real daemon (docs/admission.md): applications, vouches,
// decisions, invitations mailed through a real SMTP server (aiosmtpd, with STARTTLS), the mail
// queue, lock-out, token expiry and rotation, what applicants and members receive, erasure down
// to the other devices' files, the last admin, and the audit log of all of it. The daemon's
// time is moved with --clock-offset-file, never waited for.

#include "CliProcess.h"
#include "SmtpSink.h"
#include "SyncdProcess.h"
#include "TestClient.h"

#include "common/AccountProtocol.h"
#include "common/Privacy.h"
#include "common/ProfileMedia.h"
#include "common/Tags.h"
#include "desktop/core/AccountClient.h"
#include "desktop/core/ApiClient.h"
#include "desktop/core/Duplicates.h"
#include "desktop/core/Events.h"
#include "desktop/core/Households.h"
#include "desktop/core/Ladder.h"
#include "desktop/core/Relationships.h"
#include "desktop/core/Tags.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace commonroom;

namespace {
constexpr qint64 kMinute = 60LL * 1000;
constexpr qint64 kDay = 24LL * 3600 * 1000;
const QString kPassword = QStringLiteral("harbour-lights-demo");
const QString kNewPassword = QStringLiteral("a long and unusual passphrase");
} // namespace

class TestAdmission : public QObject
{
    Q_OBJECT

private:
    SyncdProcess m_daemon;
    SmtpSink m_smtp;
    qint64 m_offsetMs = 0;

    QString clockFile() const { return QDir(m_daemon.dataDir()).filePath(QStringLiteral("clock-offset")); }

    // Moves the daemon's clock forward.
    void advance(qint64 ms)
    {
        m_offsetMs += ms;
        QFile file(clockFile());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QByteArray::number(m_offsetMs));
    }

    AccountResult call(TestClient &client, const std::function<void(AccountClient &)> &start)
    {
        AccountClient accounts(client.engine().api());
        QSignalSpy finished(&accounts, &AccountClient::finished);
        start(accounts);
        if (!finished.wait(60'000))
            return AccountResult {false, 0, QStringLiteral("timeout"), QStringLiteral("no answer"), {}, {}};
        return finished.first().at(1).value<AccountResult>();
    }

    // A fresh device that talks to the daemon without a session yet.
    std::unique_ptr<TestClient> newDevice()
    {
        auto client = std::make_unique<TestClient>();
        client->engine().api().setServer(m_daemon.url(), m_daemon.fingerprint());
        return client;
    }

    std::unique_ptr<TestClient> signedIn(const QString &email, const QString &password = kPassword)
    {
        auto client = std::make_unique<TestClient>();
        QString message;
        if (!client->login(m_daemon, email, password, &message))
            qWarning("sign-in of %s failed: %s", qPrintable(email), qPrintable(message));
        return client;
    }

    // Applies on a new device and signs it in with the session the daemon opened.
    std::unique_ptr<TestClient> apply(const QString &email, const QString &name, const QString &about)
    {
        auto client = newDevice();
        const auto result = call(*client, [&](AccountClient &accounts) {
            accounts.apply(email, kNewPassword, name, about, true, client->store().siteId());
        });
        if (!result.ok) {
            qWarning("application failed: %s", qPrintable(result.message));
            return nullptr;
        }
        const auto login = protocol::fromJson<protocol::LoginResponse>(result.body.toStdString());
        if (!login || !client->engine().startSession(m_daemon.url(), m_daemon.fingerprint(), email, *login))
            return nullptr;
        return client;
    }

    static bool syncs(TestClient &client)
    {
        const auto result = client.sync();
        if (!result.ok())
            qWarning("sync failed: %s", qPrintable(result.message));
        return result.ok();
    }

    // The admin's view of the audit log for one action (and target).
    QList<protocol::AuditEntry> audit(TestClient &admin, const QString &action, const QString &target = {})
    {
        AccountClient::AuditQuery query;
        query.action = action;
        query.targetId = target;
        const auto result = call(admin, [&](AccountClient &accounts) { accounts.queryAudit(query); });
        if (!result.ok) {
            qWarning("audit query failed: %s", qPrintable(result.message));
            return {};
        }
        const auto page = protocol::fromJson<protocol::AuditPage>(result.body.toStdString());
        return page ? QList<protocol::AuditEntry>(page->entries.begin(), page->entries.end())
                    : QList<protocol::AuditEntry>();
    }

    QString invitationCode(const QByteArray &message)
    {
        static const QRegularExpression code(QStringLiteral("--code ([A-Za-z0-9_-]{43})"));
        return code.match(QString::fromUtf8(message)).captured(1);
    }

    int rejectedCount(TestClient &client)
    {
        const auto result = client.sync();
        return result.ok() ? result.rejected : -1;
    }

    // The daemon's database with its write-ahead log, as bytes.
    QByteArray daemonFiles() const
    {
        QByteArray bytes;
        const QDir data(m_daemon.dataDir());
        for (const auto &name : data.entryList({QStringLiteral("commonroom.db*")}, QDir::Files)) {
            QFile file(data.filePath(name));
            if (file.open(QIODevice::ReadOnly))
                bytes += file.readAll();
        }
        return bytes;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_daemon.start(20), qPrintable(m_daemon.error()));
        // The SMTP sink requires STARTTLS with the daemon's own self-signed certificate (it names
        // 127.0.0.1), which the daemon trusts through --smtp-ca.
        const QString certificate = m_daemon.certificatePath();
        const QString key = QDir(QFileInfo(certificate).path()).filePath(QStringLiteral("key.pem"));
        QVERIFY2(m_smtp.start(0, certificate, key), qPrintable(m_smtp.error()));
        m_daemon.setServeOptions({QStringLiteral("--smtp-host"), QStringLiteral("127.0.0.1"),
            QStringLiteral("--smtp-port"), QString::number(m_smtp.port()), QStringLiteral("--smtp-starttls"),
            QStringLiteral("--smtp-ca"), certificate, QStringLiteral("--mail-from"),
            QStringLiteral("directory@example.org"), QStringLiteral("--clock-offset-file"), clockFile(),
            QStringLiteral("--login-rate-limit"), QStringLiteral("0")});
        QVERIFY2(m_daemon.restart(), qPrintable(m_daemon.error()));
    }

    void applicationWithWeakPasswordIsRefused()
    {
        auto device = newDevice();
        auto result = call(*device, [&](AccountClient &accounts) {
            accounts.apply(QStringLiteral("weak@example.org"), QStringLiteral("password1234"), QStringLiteral("Weak"),
                {}, false, device->store().siteId());
        });
        QVERIFY(!result.ok);
        QCOMPARE(result.code, QStringLiteral("weak_password"));
        result = call(*device, [&](AccountClient &accounts) {
            accounts.apply(QStringLiteral("short@example.org"), QStringLiteral("short"), QStringLiteral("Short"), {},
                false, device->store().siteId());
        });
        QCOMPARE(result.code, QStringLiteral("weak_password"));
        // Nothing was created: the email is still free for a real application.
        auto later = apply(QStringLiteral("weak@example.org"), QStringLiteral("Weak Later"), {});
        QVERIFY(later);
    }

    void applyThenTwoVouchesMakeAMember()
    {
        auto applicant = apply(QStringLiteral("noor@example.org"), QStringLiteral("Noor Haddad"),
            QStringLiteral("I run the tenants' union newsletter."));
        QVERIFY(applicant);
        QVERIFY(syncs(*applicant));
        const QString id = applicant->personId();
        QCOMPARE(applicant->field("person", id, "role"), QStringLiteral("applicant"));
        QCOMPARE(applicant->field("person", id, "admission_state"), QStringLiteral("applied"));

        auto member = signedIn(QStringLiteral("member@example.org"));
        auto leader = signedIn(QStringLiteral("leader@example.org"));
        auto admin = signedIn(QStringLiteral("admin@example.org"));
        QVERIFY(syncs(*member) && syncs(*leader) && syncs(*admin));

        // A member of less than 30 days may not vouch yet.
        QVERIFY(member->store()
                    .createRow("vouch",
                        {{"applicant_id", id.toStdString()}, {"voucher_id", member->personId().toStdString()},
                            {"reason", std::string("Neighbour of mine")}})
                    .ok());
        QCOMPARE(rejectedCount(*member), 1);
        QCOMPARE(member->store().syncProblems().size(), std::size_t(1));

        QVERIFY(leader->store()
                    .createRow("vouch",
                        {{"applicant_id", id.toStdString()}, {"voucher_id", leader->personId().toStdString()},
                            {"reason", std::string("Organised the spring clean-up with me")}})
                    .ok());
        QCOMPARE(rejectedCount(*leader), 0);
        QVERIFY(syncs(*applicant));
        QCOMPARE(applicant->field("person", id, "role"), QStringLiteral("applicant"));

        // A second vouch from the same person is refused; one from someone else completes it.
        QVERIFY(leader->store()
                    .createRow("vouch",
                        {{"applicant_id", id.toStdString()}, {"voucher_id", leader->personId().toStdString()},
                            {"reason", std::string("Again")}})
                    .ok());
        QCOMPARE(rejectedCount(*leader), 1);
        QVERIFY(admin->store()
                    .createRow("vouch",
                        {{"applicant_id", id.toStdString()}, {"voucher_id", admin->personId().toStdString()},
                            {"reason", std::string("Known from the food bank")}})
                    .ok());
        QCOMPARE(rejectedCount(*admin), 0);

        QVERIFY(syncs(*applicant));
        QCOMPARE(applicant->field("person", id, "role"), QStringLiteral("member"));
        QCOMPARE(applicant->field("person", id, "admission_state"), QStringLiteral("approved"));
        // The person sees both vouches; the leader only their own; a member none.
        QCOMPARE(applicant->snapshot()["vouch"].size(), std::size_t(2));
        QVERIFY(syncs(*leader) && syncs(*member));
        QCOMPARE(leader->snapshot()["vouch"].size(), std::size_t(1));
        QCOMPARE(member->snapshot()["vouch"].size(), std::size_t(0));
        QVERIFY(!member->rawFiles().contains("Known from the food bank"));

        QCOMPARE(audit(*admin, QStringLiteral("vouch"), id).size(), 2);
        const auto approvals = audit(*admin, QStringLiteral("approve"), id);
        QCOMPARE(approvals.size(), 1);
        QCOMPARE(approvals.first().detail, std::string("by 2 vouches"));
        QCOMPARE(audit(*admin, QStringLiteral("apply"), id).size(), 1);
    }

    void applicantAndMemberPullOnlyWhatTheyMaySee()
    {
        auto applicant = apply(QStringLiteral("kwame@example.org"), QStringLiteral("Kwame Mensah"),
            QStringLiteral("canary-applicant-bio-7731"));
        QVERIFY(applicant);
        QVERIFY(syncs(*applicant));
        auto admin = signedIn(QStringLiteral("admin@example.org"));
        QVERIFY(syncs(*admin));
        // Every value the applicant holds of someone else is one its owner made public.
        auto everything = admin->snapshot()["person"];
        const TableDef &person = *findTable("person");
        int othersSeen = 0;
        const auto seen = applicant->snapshot();
        for (const auto &[id, fields] : seen.at("person")) {
            if (id == applicant->personId())
                continue;
            ++othersSeen;
            QVERIFY(everything.contains(id));
            for (const auto &[name, value] : fields) {
                const FieldDef *def = person.field(name);
                if (!def)
                    continue; // a visibility column
                QVERIFY2(effectiveVisibility(*def, everything[id]) == Visibility::Public, name.c_str());
            }
        }
        QVERIFY(othersSeen > 10);
        QVERIFY(applicant->snapshot()["membership"].empty());
        QVERIFY(!applicant->rawFiles().contains("leader@example.org"));

        // An admin asks for more; the message reaches the applicant and admins, not members.
        QVERIFY(admin->store()
                    .updateRow("person", applicant->personId(),
                        {{"admission_state", std::string("needs_info")},
                            {"admission_message", std::string("canary-question-5521: which neighbourhood?")}})
                    .ok());
        QCOMPARE(rejectedCount(*admin), 0);
        QVERIFY(syncs(*applicant));
        QCOMPARE(applicant->field("person", applicant->personId(), "admission_state"), QStringLiteral("needs_info"));
        QVERIFY(applicant->field("person", applicant->personId(), "admission_message").startsWith("canary-question"));
        auto member = signedIn(QStringLiteral("member@example.org"));
        QVERIFY(syncs(*member));
        QCOMPARE(member->field("person", applicant->personId(), "admission_state"), QStringLiteral("needs_info"));
        QCOMPARE(member->field("person", applicant->personId(), "admission_message"), QStringLiteral("<null>"));
        QVERIFY(!member->rawFiles().contains("canary-question-5521"));
        QVERIFY(member->snapshot()["invitation"].empty());
        QCOMPARE(audit(*admin, QStringLiteral("needs_info"), applicant->personId()).size(), 1);

        // Applicants cannot decide for themselves.
        QVERIFY(applicant->store()
                    .updateRow("person", applicant->personId(), {{"admission_state", std::string("approved")}})
                    .ok());
        QCOMPARE(rejectedCount(*applicant), 1);
    }

    void applyThenReject()
    {
        auto applicant = apply(QStringLiteral("ivo@example.org"), QStringLiteral("Ivo Petrov"), {});
        QVERIFY(applicant);
        auto admin = signedIn(QStringLiteral("admin@example.org"));
        QVERIFY(syncs(*admin));
        const QString id = applicant->personId();
        // A rejection needs its reason.
        QVERIFY(admin->store().updateRow("person", id, {{"admission_state", std::string("rejected")}}).ok());
        QCOMPARE(rejectedCount(*admin), 1);
        QVERIFY(admin->store()
                    .updateRow("person", id,
                        {{"admission_state", std::string("rejected")},
                            {"admission_message", std::string("We only admit people living in the district.")}})
                    .ok());
        QCOMPARE(rejectedCount(*admin), 0);
        QVERIFY(syncs(*applicant));
        QCOMPARE(applicant->field("person", id, "admission_state"), QStringLiteral("rejected"));
        QCOMPARE(applicant->field("person", id, "role"), QStringLiteral("applicant"));
        QCOMPARE(applicant->field("person", id, "admission_message"),
            QStringLiteral("We only admit people living in the district."));
        QCOMPARE(audit(*admin, QStringLiteral("reject"), id).size(), 1);
    }

    // Before any test moves the daemon's clock: its own writes (an application) must not be dated
    // later than the edits of the devices that follow.
    void commandLineAdmission()
    {
        const QString url = m_daemon.url().toString();
        const QString ca = m_daemon.certificatePath();
        QTemporaryDir applicantProfile;
        auto [code, out, err] = runCli(
            {"--profile", applicantProfile.path(), "apply", url, "--email", "cli.applicant@example.org", "--name",
                "Cli Applicant", "--about", "Bakes for the street party", "--consent", "--password-stdin", "--ca", ca},
            "tenants union forever and ever\n");
        QVERIFY2(code == 0, err.constData());
        std::tie(code, out, err) = runCli({"--profile", applicantProfile.path(), "--json", "status"});
        const QString id = QJsonDocument::fromJson(out).object().value("person_id").toString();
        QVERIFY(!id.isEmpty());

        auto admin = signedIn(QStringLiteral("admin@example.org"));
        auto leader = signedIn(QStringLiteral("leader@example.org"));
        std::tie(code, out, err) = runCli({"--profile", admin->profileDir(), "sync"});
        QVERIFY2(code == 0, err.constData());
        std::tie(code, out, err) = runCli({"--profile", admin->profileDir(), "--json", "applicants", "list"});
        QCOMPARE(code, 0);
        QVERIFY(out.contains(id.toUtf8()));

        std::tie(code, out, err) = runCli({"--profile", leader->profileDir(), "sync"});
        std::tie(code, out, err)
            = runCli({"--profile", leader->profileDir(), "vouch", id, "--reason", "Met at the street party"});
        QVERIFY2(code == 0, err.constData());
        std::tie(code, out, err) = runCli({"--profile", leader->profileDir(), "sync"});
        QVERIFY2(code == 0, err.constData());

        std::tie(code, out, err) = runCli({"--profile", admin->profileDir(), "reject", id});
        QCOMPARE(code, 2); // the reason is required
        std::tie(code, out, err) = runCli({"--profile", admin->profileDir(), "approve", id});
        QVERIFY2(code == 0, err.constData());
        std::tie(code, out, err) = runCli({"--profile", admin->profileDir(), "sync"});
        QVERIFY2(code == 0, err.constData());
        QVERIFY(syncs(*admin));
        QCOMPARE(admin->field("person", id, "role"), QStringLiteral("member"));

        std::tie(code, out, err)
            = runCli({"--profile", admin->profileDir(), "--json", "audit", "--action", "approve", "--target", id});
        QVERIFY2(code == 0, err.constData());
        QCOMPARE(QJsonDocument::fromJson(out).object().value("entries").toArray().size(), 1);
        std::tie(code, out, err) = runCli({"--profile", leader->profileDir(), "audit"});
        QCOMPARE(code, 3);
        // The copies of the applicant's own vouch, as its voucher holds it, add up on both sides.
        std::tie(code, out, err) = runCli({"--profile", leader->profileDir(), "sync"});
        std::tie(code, out, err) = runCli({"--profile", leader->profileDir(), "--json", "verify"});
        QVERIFY2(code == 0, out.constData());

        const QString card = QDir(applicantProfile.path()).filePath("me.vcf");
        std::tie(code, out, err)
            = runCli({"--profile", applicantProfile.path(), "export-me", "--format", "vcard", "-o", card});
        QVERIFY2(code == 0, err.constData());
        QFile exported(card);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        QVERIFY(exported.readAll().contains("FN:Cli Applicant"));

        std::tie(code, out, err) = runCli({"--profile", admin->profileDir(), "erase", id, "--reason", "asked"});
        QCOMPARE(code, 2); // not without --yes
        std::tie(code, out, err) = runCli({"--profile", applicantProfile.path(), "token", "refresh"});
        QVERIFY2(code == 0, err.constData());
        std::tie(code, out, err) = runCli({"--profile", applicantProfile.path(), "sync"});
        QVERIFY2(code == 0, err.constData());
    }

    void invitationMailedAcceptedOnce()
    {
        auto leader = signedIn(QStringLiteral("leader@example.org"));
        QVERIFY(syncs(*leader));
        const QString group = leader->snapshot().at("group").begin()->first;
        const auto invitation = leader->store().createRow("invitation",
            {{"email", std::string("zanele@example.org")}, {"invited_by", leader->personId().toStdString()},
                {"state", std::string("pending")}, {"group_id", group.toStdString()}});
        QVERIFY(invitation.ok());
        QCOMPARE(rejectedCount(*leader), 0);
        QCOMPARE(leader->field("invitation", *invitation, "state"), QStringLiteral("sent"));

        const QByteArray mail = m_smtp.waitForMessageTo(QStringLiteral("zanele@example.org"));
        QVERIFY2(!mail.isEmpty(), "the invitation never reached the SMTP server");
        const QString code = invitationCode(mail);
        QVERIFY2(!code.isEmpty(), mail.constData());
        // Only the hash is kept: the code appears nowhere in the daemon's files nor on devices.
        QVERIFY(!leader->rawFiles().contains(code.toUtf8()));

        auto invited = newDevice();
        auto result = call(*invited, [&](AccountClient &accounts) {
            accounts.acceptInvitation(code, QStringLiteral("someone.else@example.org"), kNewPassword,
                QStringLiteral("Zanele"), invited->store().siteId());
        });
        QCOMPARE(result.code, QStringLiteral("invalid_email"));
        result = call(*invited, [&](AccountClient &accounts) {
            accounts.acceptInvitation(code, QStringLiteral("zanele@example.org"), kNewPassword,
                QStringLiteral("Zanele Dlamini"), invited->store().siteId());
        });
        QVERIFY2(result.ok, qPrintable(result.message));
        QCOMPARE(result.json.value(QStringLiteral("roles")).toArray().first().toString(), QStringLiteral("member"));
        const QString zanele = result.json.value(QStringLiteral("person_id")).toString();

        auto again = newDevice();
        result = call(*again, [&](AccountClient &accounts) {
            accounts.acceptInvitation(code, QStringLiteral("zanele@example.org"), kNewPassword,
                QStringLiteral("Zanele Twice"), again->store().siteId());
        });
        QCOMPARE(result.code, QStringLiteral("invalid_code"));

        QVERIFY(syncs(*leader));
        QCOMPARE(leader->field("invitation", *invitation, "state"), QStringLiteral("accepted"));
        QCOMPARE(leader->field("invitation", *invitation, "accepted_by"), zanele);
        // The invitation was into a group: the new member is in it.
        bool joined = false;
        const auto afterwards = leader->snapshot();
        for (const auto &[id, fields] : afterwards.at("membership"))
            joined = joined
                || (toDisplayString(fields.at("person_id")) == zanele.toStdString()
                    && toDisplayString(fields.at("group_id")) == group.toStdString()
                    && toDisplayString(fields.at("state")) == "active");
        QVERIFY(joined);
        auto admin = signedIn(QStringLiteral("admin@example.org"));
        QCOMPARE(audit(*admin, QStringLiteral("invite"), *invitation).size(), 1);
        QCOMPARE(audit(*admin, QStringLiteral("invitation_accepted"), *invitation).size(), 1);
        // The attempt with another email and the second use of the code.
        QCOMPARE(audit(*admin, QStringLiteral("invitation_refused"), *invitation).size(), 2);

        // Members may not invite.
        auto member = signedIn(QStringLiteral("member@example.org"));
        QVERIFY(
            member->store()
                .createRow("invitation",
                    {{"email", std::string("friend@example.org")}, {"invited_by", member->personId().toStdString()}})
                .ok());
        QCOMPARE(rejectedCount(*member), 1);
    }

    void mailServerDownThenBack()
    {
        m_smtp.stop();
        auto leader = signedIn(QStringLiteral("leader@example.org"));
        const auto invitation = leader->store().createRow("invitation",
            {{"email", std::string("late@example.org")}, {"invited_by", leader->personId().toStdString()}});
        QVERIFY(invitation.ok());
        QCOMPARE(rejectedCount(*leader), 0);
        // The first attempt fails and is scheduled again; the mail waits in the daemon's database.
        {
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("daemon"));
            db.setDatabaseName(QDir(m_daemon.dataDir()).filePath(QStringLiteral("commonroom.db")));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            QVERIFY(db.open());
            const auto attempts = [&] {
                QSqlQuery query(db);
                query.exec(QStringLiteral("SELECT attempts FROM mail_queue WHERE recipient = 'late@example.org'"));
                return query.next() ? query.value(0).toInt() : -1;
            };
            QTRY_VERIFY_WITH_TIMEOUT(attempts() >= 1, 60'000);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("daemon"));

        QVERIFY2(m_smtp.start(), qPrintable(m_smtp.error()));
        advance(2 * kMinute); // the retry is due
        const QByteArray mail = m_smtp.waitForMessageTo(QStringLiteral("late@example.org"));
        QVERIFY2(!mail.isEmpty(), "the queued invitation was not sent once the mail server was back");
        QVERIFY(!invitationCode(mail).isEmpty());
    }

    void invitationExpiresAfter14Days()
    {
        auto leader = signedIn(QStringLiteral("leader@example.org"));
        const auto invitation = leader->store().createRow("invitation",
            {{"email", std::string("slow@example.org")}, {"invited_by", leader->personId().toStdString()}});
        QVERIFY(invitation.ok());
        QCOMPARE(rejectedCount(*leader), 0);
        const QString code = invitationCode(m_smtp.waitForMessageTo(QStringLiteral("slow@example.org")));
        QVERIFY(!code.isEmpty());
        advance(14 * kDay + kMinute);
        auto invited = newDevice();
        const auto result = call(*invited, [&](AccountClient &accounts) {
            accounts.acceptInvitation(code, QStringLiteral("slow@example.org"), kNewPassword, QStringLiteral("Slow"),
                invited->store().siteId());
        });
        QCOMPARE(result.code, QStringLiteral("invalid_code"));
    }

    void lockOutAfterRepeatedFailuresAndRelease()
    {
        advance(16 * kMinute); // earlier refused codes from this address are forgotten
        // Per account.
        for (int attempt = 0; attempt < 10; ++attempt) {
            TestClient wrong;
            QVERIFY(!wrong.login(m_daemon, QStringLiteral("member@example.org"), QStringLiteral("not the password")));
        }
        TestClient right;
        QString message;
        QVERIFY(!right.login(m_daemon, QStringLiteral("member@example.org"), kPassword, &message));
        QVERIFY2(message.contains(QStringLiteral("wait 15 minutes")), qPrintable(message));
        // The same failures only slowed this address down: another account still signs in from here.
        TestClient other;
        QVERIFY2(other.login(m_daemon, QStringLiteral("leader@example.org"), kPassword, &message), qPrintable(message));

        advance(16 * kMinute);
        QVERIFY2(right.login(m_daemon, QStringLiteral("member@example.org"), kPassword, &message), qPrintable(message));
        auto admin = signedIn(QStringLiteral("admin@example.org"));
        const auto failures = audit(*admin, QStringLiteral("login_failed"), right.personId());
        QCOMPARE(failures.size(), 10);
        QVERIFY(!audit(*admin, QStringLiteral("login"), right.personId()).isEmpty());
    }

    void tokensRotateExpireAndAreRevoked()
    {
        auto member = signedIn(QStringLiteral("member@example.org"));
        QVERIFY(syncs(*member));
        const QString oldToken = member->engine().tokens().load();

        // Rotation: a new token, and the old one is refused at once.
        auto result = call(*member, [](AccountClient &accounts) { accounts.refreshToken(); });
        QVERIFY2(result.ok, qPrintable(result.message));
        const QString newToken = result.json.value(QStringLiteral("token")).toString();
        QVERIFY(!newToken.isEmpty() && newToken != oldToken);
        member->engine().api().setToken(oldToken);
        result = call(*member, [](AccountClient &accounts) { accounts.listDevices(); });
        QCOMPARE(result.httpStatus, 401);
        QVERIFY(member->engine().tokens().save(newToken).ok());

        // The sync engine rotates a token near its expiry by itself.
        QVERIFY(member->store()
                    .setSetting(
                        QStringLiteral("token_expires_at"), QString::number(QDateTime::currentMSecsSinceEpoch() + kDay))
                    .ok());
        QSignalSpy refreshed(&member->engine(), &SyncEngine::tokenRefreshed);
        QVERIFY(syncs(*member));
        QCOMPARE(refreshed.size(), 1);
        QCOMPARE(member->engine().tokens().load(), refreshed.first().first().toString());

        // Revoked devices are refused and erase their copy.
        auto second = signedIn(QStringLiteral("member@example.org"));
        QVERIFY(syncs(*second));
        result = call(*member, [&](AccountClient &accounts) { accounts.revokeDevice(second->store().siteId()); });
        QVERIFY2(result.ok, qPrintable(result.message));
        QCOMPARE(second->sync().outcome, SyncResult::Outcome::Revoked);
        auto admin = signedIn(QStringLiteral("admin@example.org"));
        QCOMPARE(audit(*admin, QStringLiteral("device_revoked"), member->personId()).size(), 1);
        QCOMPARE(audit(*admin, QStringLiteral("token_refreshed"), member->personId()).size(), 2);

        // Expired: 30 days later the session is over.
        advance(31 * kDay);
        QCOMPARE(member->sync().outcome, SyncResult::Outcome::Unauthorized);
    }

    void passwordResetByMailedCode()
    {
        auto device = newDevice();
        auto result = call(*device,
            [](AccountClient &accounts) { accounts.requestPasswordReset(QStringLiteral("nobody@example.org")); });
        QVERIFY(result.ok); // no probing for accounts
        result = call(*device,
            [](AccountClient &accounts) { accounts.requestPasswordReset(QStringLiteral("noor@example.org")); });
        QVERIFY(result.ok);
        const QByteArray mail = m_smtp.waitForMessageTo(QStringLiteral("noor@example.org"));
        static const QRegularExpression codePattern(QStringLiteral("--code ([A-Za-z0-9_-]{43})"));
        const QString code = codePattern.match(QString::fromUtf8(mail)).captured(1);
        QVERIFY2(!code.isEmpty(), mail.constData());
        result = call(*device, [&](AccountClient &accounts) {
            accounts.resetPassword(QStringLiteral("noor@example.org"), code, QStringLiteral("short"));
        });
        QCOMPARE(result.code, QStringLiteral("weak_password"));
        const QString fresh = QStringLiteral("tenants union forever and ever");
        result = call(*device,
            [&](AccountClient &accounts) { accounts.resetPassword(QStringLiteral("noor@example.org"), code, fresh); });
        QVERIFY2(result.ok, qPrintable(result.message));
        result = call(*device,
            [&](AccountClient &accounts) { accounts.resetPassword(QStringLiteral("noor@example.org"), code, fresh); });
        QCOMPARE(result.code, QStringLiteral("invalid_code"));
        auto noor = signedIn(QStringLiteral("noor@example.org"), fresh);
        QVERIFY(syncs(*noor));

        // Changing it needs the current one.
        result = call(*noor, [](AccountClient &accounts) {
            accounts.changePassword(QStringLiteral("wrong current one"), QStringLiteral("another long passphrase"));
        });
        QCOMPARE(result.code, QStringLiteral("invalid_credentials"));
        result = call(*noor, [&](AccountClient &accounts) {
            accounts.changePassword(fresh, QStringLiteral("another long passphrase"));
        });
        QVERIFY2(result.ok, qPrintable(result.message));
        auto admin = signedIn(QStringLiteral("admin@example.org"));
        QCOMPARE(audit(*admin, QStringLiteral("password_reset"), noor->personId()).size(), 1);
        QCOMPARE(audit(*admin, QStringLiteral("password_changed"), noor->personId()).size(), 1);
    }

    void exportHoldsEverythingAboutThePerson()
    {
        auto noor = signedIn(QStringLiteral("noor@example.org"), QStringLiteral("another long passphrase"));
        auto result = call(*noor, [](AccountClient &accounts) { accounts.exportMyData(QStringLiteral("json")); });
        QVERIFY2(result.ok, qPrintable(result.message));
        QCOMPARE(result.json.value(QStringLiteral("person")).toObject().value(QStringLiteral("email")).toString(),
            QStringLiteral("noor@example.org"));
        QCOMPARE(result.json.value(QStringLiteral("vouches")).toArray().size(), 2);
        QVERIFY(!result.json.value(QStringLiteral("devices")).toArray().isEmpty());
        QVERIFY(!result.json.value(QStringLiteral("audit")).toArray().isEmpty());
        result = call(*noor, [](AccountClient &accounts) { accounts.exportMyData(QStringLiteral("vcard")); });
        QVERIFY(result.ok);
        QVERIFY(result.body.startsWith("BEGIN:VCARD\r\nVERSION:4.0"));
        QVERIFY(result.body.contains("FN:Noor Haddad"));
        QVERIFY(result.body.contains("EMAIL:noor@example.org"));
        auto admin = signedIn(QStringLiteral("admin@example.org"));
        QCOMPARE(audit(*admin, QStringLiteral("export"), noor->personId()).size(), 2);
    }

    void erasureLeavesNoTraceOnOtherDevices()
    {
        auto applicant = apply(QStringLiteral("canary.erase.9931@example.org"), QStringLiteral("Quillon Erasemark"),
            QStringLiteral("canary-erase-bio-4410"));
        QVERIFY(applicant);
        const QString id = applicant->personId();
        auto leader = signedIn(QStringLiteral("leader@example.org"));
        auto admin = signedIn(QStringLiteral("admin@example.org"));
        QVERIFY(syncs(*leader) && syncs(*admin));
        QVERIFY(leader->store()
                    .createRow("vouch",
                        {{"applicant_id", id.toStdString()}, {"voucher_id", leader->personId().toStdString()},
                            {"reason", std::string("canary-erase-vouch-2208")}})
                    .ok());
        QCOMPARE(rejectedCount(*leader), 0);
        // What leaders record about them: an assessment, a leader note, a tag.
        const auto assessment = leader->device().ladder().assess(id, 2, QStringLiteral("canary-erase-assessment-5120"));
        QVERIFY(assessment.ok());
        const auto note = leader->device().ladder().addNote(id, QStringLiteral("canary-erase-note-6631"));
        QVERIFY(note.ok());
        const auto tag = leader->device().tags().create(QStringLiteral("Met at the fair"));
        QVERIFY(tag.ok());
        QVERIFY(leader->device().tags().apply(*tag, id).ok());
        const QString tagged = QString::fromStdString(tags::applicationId(tag->toStdString(), id.toStdString()));
        QCOMPARE(rejectedCount(*leader), 0);
        QVERIFY(syncs(*admin));
        QVERIFY(admin->rawFiles().contains("canary-erase-assessment-5120"));
        QVERIFY(admin->rawFiles().contains("canary-erase-note-6631"));
        QCOMPARE(admin->field("tag_application", tagged, "applied"), QStringLiteral("1"));
        QVERIFY(admin->rawFiles().contains("canary-erase-bio-4410"));
        QVERIFY(admin->rawFiles().contains("canary.erase.9931@example.org"));
        QVERIFY(leader->rawFiles().contains("canary-erase-vouch-2208"));

        QVERIFY(daemonFiles().contains("canary-erase-bio-4410"));
        // Their phone, photo and links (an admin fills them in); the daemon indexes email, phone and name to find
        // duplicates, from the application on (a look-alike is flagged at once).
        const std::string photo = ProfileMedia::encodeBase64(std::string("\x89PNG\r\n\x1a\n", 8) + "canary-photo");
        QVERIFY(admin->store()
                    .updateRow("person", id,
                        {{"phone", std::string("+1 555 019 9321")}, {"photo", photo},
                            {"links", std::string("https://erasemark.example.org/canary")}})
                    .ok());
        QCOMPARE(rejectedCount(*admin), 0);
        for (const char *key : {"email:canary.erase.9931@example.org", "phone:550199321", "name:erasemark quillon"})
            QVERIFY2(daemonFiles().contains(key), key);
        const auto lookAlike = leader->store().createRow("person",
            {{"display_name", std::string("Look Alike")}, {"email", std::string("canary.erase.9931@example.org")}});
        QVERIFY(lookAlike.ok());
        // Registered for a one-seat event and checked in; a member waits for the seat.
        EventInfo info;
        info.title = QStringLiteral("One-seat workshop");
        info.start = QDateTime::currentDateTimeUtc().addDays(2);
        info.capacity = 1;
        Events &door = leader->device().events();
        const auto event = door.create(info);
        QVERIFY(event.ok());
        QVERIFY(door.registerPerson(*event, id).ok());
        QVERIFY(door.checkIn(*event, id).ok());
        auto member = signedIn(QStringLiteral("member@example.org"));
        QVERIFY(syncs(*leader) && syncs(*leader) && syncs(*member));
        QVERIFY(door.registerPerson(*event, member->personId()).ok());
        QVERIFY(syncs(*leader) && syncs(*member));
        QCOMPARE(
            member->device().events().registration(*event, member->personId())->state, QStringLiteral("waitlisted"));
        QVERIFY(member->device().events().registration(*event, id));
        QVERIFY(leader->device().duplicates().candidateOf(*lookAlike, id));
        // In a household with the member, their family, and brought in by them (docs/organizing.md,
        // "Households and relationships").
        Households &households = leader->device().households();
        const auto home = households.create(QStringLiteral("Flat 9, Harbour Row"));
        QVERIFY(home.ok());
        QVERIFY(households.place(*home, id).ok());
        QVERIFY(households.place(*home, member->personId()).ok());
        Relationships &relationships = leader->device().relationships();
        QVERIFY(syncs(*admin));
        const std::size_t demoRelations = admin->device().relationships().of(member->personId())->size();
        QVERIFY(relationships.relate(id, QStringLiteral("family"), member->personId()).ok());
        QVERIFY(relationships.relate(id, QStringLiteral("brought_in_by"), member->personId()).ok());
        QCOMPARE(rejectedCount(*leader), 0);
        QVERIFY(syncs(*admin));
        QCOMPARE(admin->device().relationships().of(member->personId())->size(), demoRelations + 2);

        // What they may take with them: registrations and check-ins too, a contact card with their
        // photo and links, a file only they may read.
        QVERIFY(syncs(*applicant));
        auto exported
            = call(*applicant, [](AccountClient &accounts) { accounts.exportMyData(QStringLiteral("json")); });
        QVERIFY2(exported.ok, qPrintable(exported.message));
        QCOMPARE(exported.json.value(QStringLiteral("registrations")).toArray().size(), 1);
        const auto checkIns = exported.json.value(QStringLiteral("check_ins")).toArray();
        QCOMPARE(checkIns.size(), 1);
        QCOMPARE(checkIns.first().toObject().value(QStringLiteral("by")).toString(), leader->personId());
        exported = call(*applicant, [](AccountClient &accounts) { accounts.exportMyData(QStringLiteral("vcard")); });
        QVERIFY(exported.ok);
        QVERIFY(exported.body.contains("PHOTO:data:image/png;base64,"));
        QVERIFY(exported.body.contains("URL:https://erasemark.example.org/canary"));
        const QString mine = QDir(applicant->profileDir()).filePath(QStringLiteral("me.json"));
        const auto [exportCode, exportOut, exportErr]
            = runCli({"--profile", applicant->profileDir(), "export-me", "-o", mine});
        QVERIFY2(exportCode == 0, exportErr.constData());
        QCOMPARE(QFile(mine).permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
            QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QVERIFY(QFile::remove(mine));

        // The look-alike shares their email: an admin deletes it (its pair stays until the erasure),
        // so that the files searched below hold the email only if the erasure left it.
        QVERIFY(syncs(*admin));
        QVERIFY(admin->store().deleteRow("person", *lookAlike).ok());
        QCOMPARE(rejectedCount(*admin), 0);
        QVERIFY(syncs(*leader));
        QVERIFY(leader->device().duplicates().candidateOf(*lookAlike, id));

        // Only admins erase, and only with a reason.
        auto result
            = call(*leader, [&](AccountClient &accounts) { accounts.erasePerson(id, QStringLiteral("asked")); });
        QCOMPARE(result.httpStatus, 403);
        result = call(*admin, [&](AccountClient &accounts) { accounts.erasePerson(id, {}); });
        QCOMPARE(result.code, QStringLiteral("invalid_value"));
        result = call(*admin,
            [&](AccountClient &accounts) { accounts.erasePerson(id, QStringLiteral("on their request by mail")); });
        QVERIFY2(result.ok, qPrintable(result.message));

        // An edit made meanwhile on the leader's laptop is refused as such, and kept there.
        QVERIFY(leader->store().updateRow("person", id, {{"area", std::string("Riverside")}}).ok());
        QCOMPARE(rejectedCount(*leader), 1);
        const auto problem = leader->store().syncProblems().back();
        QCOMPARE(problem.code, QStringLiteral("deleted"));
        QCOMPARE(problem.rowId, id);
        QCOMPARE(problem.fields.at("area"), FieldValue {std::string("Riverside")});
        QVERIFY(leader->store().clearSyncProblems().ok());

        QVERIFY(syncs(*admin) && syncs(*leader) && syncs(*member));
        // Their registration is gone everywhere and its seat goes to the member; the pair with the
        // look-alike is gone from the leaders' devices.
        QVERIFY(!member->device().events().registration(*event, id));
        QVERIFY(!leader->device().events().registration(*event, id));
        QCOMPARE(
            member->device().events().registration(*event, member->personId())->state, QStringLiteral("registered"));
        QVERIFY(!leader->device().duplicates().candidateOf(*lookAlike, id));
        // Their place in the household and every relationship naming them are gone; the household
        // stays with the member.
        for (auto *device : {admin.get(), leader.get()}) {
            QVERIFY(!device->device().households().householdOf(id)->has_value());
            const auto left = device->device().households().people(*home);
            QCOMPARE(left->size(), std::size_t(1));
            QCOMPARE(left->front().personId, member->personId());
            QCOMPARE(device->device().relationships().of(member->personId())->size(), demoRelations);
            const auto held = device->snapshot();
            for (const auto &[rowId, row] : held.at("relationship")) {
                QVERIFY(textOf(row, "person_id") != id.toStdString());
                QVERIFY(textOf(row, "other_id") != id.toStdString());
            }
        }
        for (auto *device : {admin.get(), leader.get()}) {
            QCOMPARE(device->field("person", id, "display_name"), QStringLiteral("<absent>"));
            QCOMPARE(device->field("tag_application", tagged, "applied"), QStringLiteral("<absent>"));
            const QByteArray files = device->rawFiles();
            for (const char *value : {"canary-erase-bio-4410", "canary.erase.9931@example.org", "Quillon Erasemark",
                     "Erasemark", "erasemark", "quillon", "canary-erase-vouch-2208", "canary-erase-assessment-5120",
                     "canary-erase-note-6631"})
                QVERIFY2(!files.contains(value), value);
        }
        // The copies still add up to the daemon's checksums, kept current through the erasure.
        for (auto *device : {admin.get(), leader.get()}) {
            const auto [code, out, err] = runCli({"--profile", device->profileDir(), "--json", "verify"});
            QVERIFY2(code == 0, out.constData());
        }
        // Nor on the daemon, beyond the tombstone's id: not in its rows, nor in the keys it finds
        // duplicates by (email, phone digits, folded name), nor after a restart.
        const auto noTraceOnTheDaemon = [this, &photo] {
            const QByteArray files = daemonFiles();
            for (const char *value : {"canary-erase-bio-4410", "canary.erase.9931@example.org", "Quillon Erasemark",
                     "canary-erase-vouch-2208", "550199321", "erasemark quillon", "erasemark.example.org",
                     "canary-erase-assessment-5120", "canary-erase-note-6631"})
                QVERIFY2(!files.contains(value), value);
            QVERIFY(!files.contains(QByteArray::fromStdString(photo)));
        };
        noTraceOnTheDaemon();
        QVERIFY2(m_daemon.restart(), qPrintable(m_daemon.error()));
        noTraceOnTheDaemon();
        // Their own device is cut off, and the account is gone.
        QCOMPARE(applicant->sync().outcome, SyncResult::Outcome::Revoked);
        TestClient again;
        QVERIFY(!again.login(m_daemon, QStringLiteral("canary.erase.9931@example.org"), kNewPassword));
        const auto erased = audit(*admin, QStringLiteral("erase"), id);
        QCOMPARE(erased.size(), 1);
        QCOMPARE(erased.first().actorId, admin->personId().toStdString());
    }

    void lastAdminCannotBeDemoted()
    {
        auto root = signedIn(QStringLiteral("root@example.org"), QStringLiteral("correct horse battery staple"));
        QVERIFY(syncs(*root));
        auto admin = signedIn(QStringLiteral("admin@example.org"));
        QVERIFY(syncs(*admin));
        const QString adminId = admin->personId();
        QVERIFY(root->store().updateRow("person", adminId, {{"role", std::string("leader")}}).ok());
        QCOMPARE(rejectedCount(*root), 0);
        QVERIFY(root->store().updateRow("person", root->personId(), {{"role", std::string("member")}}).ok());
        QCOMPARE(rejectedCount(*root), 1);
        QCOMPARE(root->store().syncProblems().back().code, QStringLiteral("last_admin"));
        QVERIFY(root->store().updateRow("person", adminId, {{"role", std::string("admin")}}).ok());
        QCOMPARE(rejectedCount(*root), 0);
        QCOMPARE(audit(*root, QStringLiteral("role_change"), adminId).size(), 2);
        // Non-admins cannot read the audit log.
        auto leader = signedIn(QStringLiteral("leader@example.org"));
        const auto result = call(*leader, [](AccountClient &accounts) { accounts.queryAudit({}); });
        QCOMPARE(result.httpStatus, 403);
    }

    // A voucher's 30 days count from their approval, not from their application: someone who
    // applied long ago and was approved a minute ago is not yet a senior member.
    void seniorityCountsFromTheApproval()
    {
        auto late = apply(QStringLiteral("late.member@example.org"), QStringLiteral("Tariq Lateef"), {});
        QVERIFY(late);
        const QString lateId = late->personId();
        advance(31 * kDay);
        auto admin = signedIn(QStringLiteral("admin@example.org"));
        QVERIFY(syncs(*admin));
        QVERIFY(admin->store().updateRow("person", lateId, {{"admission_state", std::string("approved")}}).ok());
        QCOMPARE(rejectedCount(*admin), 0);
        advance(kMinute);

        auto newcomer = apply(QStringLiteral("newcomer@example.org"), QStringLiteral("Ines Newcombe"), {});
        QVERIFY(newcomer);
        auto voucher = signedIn(QStringLiteral("late.member@example.org"), kNewPassword);
        QVERIFY(syncs(*voucher));
        QCOMPARE(voucher->field("person", lateId, "role"), QStringLiteral("member"));
        const FieldMap vouch {{"applicant_id", newcomer->personId().toStdString()},
            {"voucher_id", lateId.toStdString()}, {"reason", std::string("Neighbour for years")}};
        QVERIFY(voucher->store().createRow("vouch", vouch).ok());
        QCOMPARE(rejectedCount(*voucher), 1);
        QCOMPARE(voucher->store().syncProblems().back().code, QStringLiteral("forbidden"));
        QVERIFY(voucher->store().syncProblems().back().message.contains(QStringLiteral("30 days")));

        // Thirty days of membership later, the same vouch is taken.
        advance(30 * kDay);
        auto senior = signedIn(QStringLiteral("late.member@example.org"), kNewPassword);
        QVERIFY(syncs(*senior));
        QVERIFY(senior->store().createRow("vouch", vouch).ok());
        QCOMPARE(rejectedCount(*senior), 0);
    }
};

QTEST_GUILESS_MAIN(TestAdmission)
#include "tst_admission.moc"
