// The daemon's admission rules without sockets (docs/admission.md): password policy, vouches
// and their threshold, member seniority, invitations and their codes, the mail queue's retry
// schedule, the audit log's append-only table and the strict codec of the new requests.

#include "ServiceFixture.h"

#include "syncd/AccountService.h"
#include "syncd/BreachedPasswords.h"
#include "syncd/DkimSigner.h"
#include "syncd/Encoding.h"
#include "syncd/MailQueue.h"
#include "syncd/MailSeal.h"
#include "syncd/PasswordPolicy.h"
#include "syncd/SmtpClient.h"

#include "common/AccountProtocol.h"
#include "common/Hlc.h"
#include "common/Privacy.h"

#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <filesystem>
#include <fstream>

using namespace commonroom;
using namespace commonroom::syncd;

class TestAdmission : public QObject
{
    Q_OBJECT

private:
    static protocol::PushRequest pushOf(const ServiceFixture::Login &login, std::int64_t mid, std::string table,
        std::string id, FieldMap fields, const ServiceFixture &f)
    {
        protocol::PushRequest request {login.principal.deviceId, protocol::kProtocolVersion, {}};
        request.mutations.push_back(protocol::Mutation {
            mid, std::move(table), std::move(id), std::move(fields), Hlc::pack(f.clock.nowMs(), 0)});
        return request;
    }

    static std::string roleOf(ServiceFixture &f, const std::string &id)
    {
        const auto row = f.store->loadRow(*findTable("person"), id);
        return row ? toDisplayString(row->row.values.at("role")) : std::string();
    }

private Q_SLOTS:
    // Asking for a reset code again and again sends one mail per account per interval, and the
    // answer never tells whether the email has an account.
    void resetMailsAreLimitedPerAccount()
    {
        ServiceFixture f;
        f.addAccount("member@example.org", Role::Member);
        AccountService accounts(*f.service);
        const protocol::PasswordResetRequest request {"member@example.org"};
        QVERIFY(accounts.requestPasswordReset(request, "192.0.2.7").ok());
        QVERIFY(accounts.requestPasswordReset(request, "192.0.2.8").ok());
        QVERIFY(accounts.requestPasswordReset({"nobody@example.org"}, "192.0.2.7").ok());
        QCOMPARE(f.store->queuedMailCount(), std::size_t(1));
        f.clock.advanceMs(AccountService::kMailIntervalMs);
        QVERIFY(accounts.requestPasswordReset(request, "192.0.2.7").ok());
        QCOMPARE(f.store->queuedMailCount(), std::size_t(2));
    }

    // An application with the email of an account answers like a new one (nobody learns which
    // emails have accounts) and mails the account's owner instead of failing.
    void applyingWithAnExistingEmailLooksLikeANewApplication()
    {
        ServiceFixture f;
        const std::string member = f.addAccount("member@example.org", Role::Member);
        AccountService accounts(*f.service);
        const auto fresh = accounts.apply(
            {"new@example.org", "tenants union forever", "New Person", {}, true, newTestId()}, "192.0.2.7");
        QVERIFY(fresh.ok());
        const std::size_t mailsBefore = f.store->queuedMailCount();
        const auto existing = accounts.apply(
            {"MEMBER@example.org", "tenants union forever", "Someone Else", {}, true, newTestId()}, "192.0.2.7");
        QVERIFY2(existing.ok(), existing.ok() ? "" : existing.error().message.c_str());
        QCOMPARE(existing->roles, fresh->roles);
        QCOMPARE(existing->token.size(), fresh->token.size());
        QCOMPARE(existing->expiresAt, fresh->expiresAt);
        QVERIFY(isUuid(existing->personId) && existing->personId != member);
        // It signs nobody in, changes nobody's password, and the owner hears of it.
        QVERIFY(!f.service->authenticate(existing->token).ok());
        f.login("member@example.org");
        QCOMPARE(f.store->queuedMailCount(), mailsBefore + 1);
        const auto mails = f.queuedMails(f.clock.nowMs() + 1);
        const auto notice = std::find_if(
            mails.begin(), mails.end(), [](const auto &mail) { return mail.recipient == "member@example.org"; });
        QVERIFY(notice != mails.end());
        QVERIFY(notice->body.find("reset-request") != std::string::npos);
        QCOMPARE(roleOf(f, member), "member");
        // Applying again and again sends the owner one mail per interval.
        QVERIFY(
            accounts.apply({"member@example.org", "tenants union forever", "Again", {}, true, newTestId()}, "192.0.2.8")
                .ok());
        QCOMPARE(f.store->queuedMailCount(), mailsBefore + 1);
        AuditFilter filter;
        filter.action = "apply_existing";
        QCOMPARE(f.store->audit(filter).size(), std::size_t(2));
    }

    // Reset and invitation codes wait in the mail queue sealed with DATA/mail.key: the database's
    // files hold no usable code.
    void queuedCodesAreSealedAtRest()
    {
        ServiceFixture f;
        f.addAccount("member@example.org", Role::Member);
        AccountService accounts(*f.service);
        QVERIFY(accounts.requestPasswordReset({"member@example.org"}, "192.0.2.7").ok());
        const auto opened = f.queuedMails(f.clock.nowMs()).at(0);
        const auto at = opened.body.find("--code ");
        QVERIFY(at != std::string::npos);
        const std::string code = opened.body.substr(at + 7, 43);
        const auto stored = f.store->dueMails(f.clock.nowMs(), 10).at(0);
        QVERIFY(stored.body.starts_with(MailSeal::kPrefix));
        QVERIFY(stored.body.find(code) == std::string::npos);
        std::string files;
        for (const char *suffix : {"", "-wal"}) {
            std::ifstream file(f.databasePath() + suffix, std::ios::binary);
            QVERIFY(file);
            files.append(std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>());
        }
        QVERIFY(files.find("Reset your Commonroom password") != std::string::npos); // the queued mail is there
        QVERIFY(files.find(code) == std::string::npos);
        const MailSeal &seal = f.service->admission().mailSeal();
        // Bound to its recipient; another key opens nothing; mail queued before sealing opens as it is.
        QCOMPARE(seal.open("other@example.org", stored.body).error().code, "mail_unreadable");
        QCOMPARE(MailSeal().open(stored.recipient, stored.body).error().code, "mail_unreadable");
        QCOMPARE(*seal.open("a@example.org", "plain old body"), "plain old body");
        std::string tampered = stored.body;
        tampered[tampered.size() / 2] = tampered[tampered.size() / 2] == 'A' ? 'B' : 'A';
        QVERIFY(!seal.open(stored.recipient, tampered));
    }

    void theMailKeyIsMadeOnceForItsOwnerOnly()
    {
        QTemporaryDir dir;
        const std::filesystem::path file = dir.filePath(QStringLiteral("mail.key")).toStdString();
        const auto made = MailSeal::loadOrCreate(file);
        QVERIFY(made.ok());
        QCOMPARE(std::filesystem::file_size(file), MailSeal::kKeyBytes);
        QCOMPARE(std::filesystem::status(file).permissions(),
            std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
        const auto loaded = MailSeal::loadOrCreate(file);
        QVERIFY(loaded.ok());
        QCOMPARE(*loaded->open("a@example.org", made->seal("a@example.org", "hello")), "hello");
        std::ofstream(file, std::ios::binary | std::ios::trunc) << "short";
        const auto broken = MailSeal::loadOrCreate(file);
        QVERIFY(!broken);
        QVERIFY(broken.error().message.find("mail.key") != std::string::npos);
    }

    void aMailTheKeyCannotOpenIsDroppedAndSaidSo()
    {
        ServiceFixture f;
        f.service->withStore([&](Store &store) {
            Store::Transaction transaction(store);
            f.service->admission().queueMail("a@example.org", "Hello", "Body");
            transaction.commit();
        });
        f.service->admission().setMailSeal(MailSeal()); // as if DATA/mail.key had been replaced
        MailQueue queue(*f.service, SmtpSettings {});
        QCOMPARE(queue.deliverDue(), std::size_t(0));
        QCOMPARE(f.store->queuedMailCount(), std::size_t(0));
    }

    void passwordPolicy()
    {
        QCOMPARE(PasswordPolicy::check("short").error().code, "weak_password");
        QCOMPARE(PasswordPolicy::check("Password1234").error().code, "weak_password"); // any case
        QCOMPARE(PasswordPolicy::check("aaaaaaaaaaaaaa").error().code, "weak_password");
        QCOMPARE(PasswordPolicy::check("abcdefghijklmn").error().code, "weak_password");
        QCOMPARE(PasswordPolicy::check("98765432109876").error().code, "weak_password");
        QVERIFY(PasswordPolicy::check("tenants union forever").ok());
        QVERIFY(PasswordPolicy::check("contraseña segura").ok());
        // Twelve code points, not twelve bytes.
        QVERIFY(PasswordPolicy::check("ééééééééééé").error().code == "weak_password");
    }

    // Refused: what real leaks show, a word dressed up, control characters, and passwords that lean
    // on the person's own name or email or on the name of this service.
    void passwordPolicyKnowsWhatGuessersTry()
    {
        QVERIFY(BreachedPasswords::size() >= 100'000);
        // Entries of the breached list, in any case.
        QVERIFY(BreachedPasswords::contains("!!Joshua14!!"));
        QCOMPARE(PasswordPolicy::check("!!JOSHUA14!!").error().code, "weak_password");
        QVERIFY(!BreachedPasswords::contains("tenants union forever"));
        QCOMPARE(PasswordPolicy::check("Summer2026!!").error().code, "weak_password");
        QCOMPARE(PasswordPolicy::check("!!Welcome2026").error().code, "weak_password");
        QCOMPARE(PasswordPolicy::check("commonroom-demo").error().code, "weak_password");
        const auto nul = PasswordPolicy::check(std::string("tenants union\0forever", 21));
        QCOMPARE(nul.error().code, "weak_password");
        QVERIFY(nul.error().message.find("control character") != std::string::npos);
        QVERIFY(!PasswordPolicy::check("tenants union\tforever").ok());
        QVERIFY(!PasswordPolicy::check("tenants union\xC2\x85"
                                       "forever")
                     .ok()); // U+0085, next line
        const PasswordPolicy::Owner ana {"ana.garcia@example.org", "Ana García"};
        QCOMPARE(PasswordPolicy::check("ana.garcia@example.org", ana).error().code, "weak_password");
        QCOMPARE(PasswordPolicy::check("AnaGarcía2026!!", ana).error().code, "weak_password");
        QCOMPARE(PasswordPolicy::check("garcia example 2026", ana).error().code, "weak_password");
        QVERIFY(PasswordPolicy::check("AnaGarcía2026!!").ok()); // someone else's name is no clue
        QVERIFY(PasswordPolicy::check("ana likes quiet harbours", ana).ok());
        QVERIFY(PasswordPolicy::check("harbour-lights-demo").ok()); // the demo accounts' password

        // Applying, the name and email of the application count.
        ServiceFixture f;
        AccountService accounts(*f.service);
        const auto refused = accounts.apply(
            {"noor.haddad@example.org", "Noor Haddad 1990!", "Noor Haddad", {}, true, newTestId()}, "192.0.2.7");
        QCOMPARE(refused.error().code, "weak_password");
        QCOMPARE(f.store->findAccountByEmail("noor.haddad@example.org"), std::nullopt);
    }

    void vouchesReachTheThresholdOnlyFromSeniorVouchers()
    {
        ServiceFixture f;
        f.service->admission().setVouchesNeeded(3);
        const std::string applicant = f.addAccount("applicant@example.org", Role::Applicant);
        f.addAccount("leader@example.org", Role::Leader);
        f.addAccount("admin@example.org", Role::Admin);
        f.addAccount("member@example.org", Role::Member);
        const auto leader = f.login("leader@example.org");
        const auto admin = f.login("admin@example.org");
        const auto member = f.login("member@example.org");
        const auto vouch = [&](const ServiceFixture::Login &who, std::int64_t mid, std::string reason = "Known her") {
            return *f.service->push(who.principal,
                pushOf(who, mid, "vouch", newTestId(),
                    {{"applicant_id", applicant}, {"voucher_id", who.principal.personId}, {"reason", reason}}, f));
        };
        // A new member may not vouch yet; an empty reason is refused; nobody vouches for another.
        QCOMPARE(vouch(member, 1).rejected.at(0).code, "forbidden");
        QCOMPARE(vouch(leader, 1, "   ").rejected.at(0).code, "invalid_value");
        auto forged = f.service->push(leader.principal,
            pushOf(leader, 2, "vouch", newTestId(),
                {{"applicant_id", applicant}, {"voucher_id", admin.principal.personId}, {"reason", std::string("x")}},
                f));
        QCOMPARE(forged->rejected.at(0).code, "forbidden");

        QCOMPARE(vouch(leader, 3).acked.size(), std::size_t(1));
        QCOMPARE(vouch(admin, 1).acked.size(), std::size_t(1));
        QCOMPARE(roleOf(f, applicant), "applicant");
        f.clock.advanceMs(Admission::kVoucherSeniorityMs + 1);
        QCOMPARE(vouch(member, 2).acked.size(), std::size_t(1));
        QCOMPARE(roleOf(f, applicant), "member");
        // The third vouch approved: and it is audited as such, without an actor.
        auto approvals = f.store->audit(AuditFilter {"approve", "", applicant, 0, 10});
        QCOMPARE(approvals.size(), std::size_t(1));
        QCOMPARE(approvals.front().detail, "by 3 vouches");
        QVERIFY(approvals.front().actorId.empty());
        // A member is not vouched for any more.
        QCOMPARE(vouch(leader, 4, "Late").rejected.at(0).code, "invalid_value");
    }

    void vouchRowsReachOnlyTheirOwners()
    {
        const TableDef &vouch = *findTable("vouch");
        const FieldMap row {
            {"applicant_id", std::string("a")}, {"voucher_id", std::string("v")}, {"reason", std::string("r")}};
        QVERIFY(clearanceFor(Principal {"a", Role::Applicant, ""}, vouch, "id", row) == Visibility::Private);
        QVERIFY(clearanceFor(Principal {"v", Role::Member, ""}, vouch, "id", row) == Visibility::Private);
        QVERIFY(clearanceFor(Principal {"x", Role::Leader, ""}, vouch, "id", row) == Visibility::Leaders);
        QVERIFY(!projectRow(vouch, row, Visibility::Leaders));
        QVERIFY(projectRow(vouch, row, Visibility::Private));
        QVERIFY(!isRowOwner(Principal {"", Role::Member, ""}, vouch, FieldMap {{"applicant_id", std::string()}}));
    }

    void invitationCodesAreHashedSingleUseAndExpire()
    {
        ServiceFixture f;
        f.addAccount("leader@example.org", Role::Leader);
        const auto leader = f.login("leader@example.org");
        const std::string group = newTestId();
        QCOMPARE(
            f.service->push(leader.principal, pushOf(leader, 1, "group", group, {{"name", std::string("Garden")}}, f))
                ->acked.size(),
            std::size_t(1));
        const std::string id = newTestId();
        const auto pushed = f.service->push(leader.principal,
            pushOf(leader, 2, "invitation", id,
                {{"email", std::string("new@example.org")}, {"invited_by", leader.principal.personId},
                    {"group_id", group}},
                f));
        QCOMPARE(pushed->acked.size(), std::size_t(1));
        const auto row = f.store->loadRow(*findTable("invitation"), id);
        QCOMPARE(toDisplayString(row->row.values.at("state")), "sent");
        QCOMPARE(f.store->queuedMailCount(), std::size_t(1));
        const auto mail = f.queuedMails(f.clock.nowMs()).at(0);
        const auto at = mail.body.find("--code ");
        QVERIFY(at != std::string::npos);
        const std::string code = mail.body.substr(at + 7, 43);
        // At least 128 bits: 43 base64url characters are 256.
        QCOMPARE(code.size(), std::size_t(43));
        QVERIFY(!f.store->findCode(code)); // stored hashed only

        AccountService accounts(*f.service);
        const protocol::AcceptInvitationRequest accept {
            code, "new@example.org", "a long enough passphrase", "New Person", newTestId()};
        auto first = accounts.acceptInvitation(accept, "192.0.2.7");
        QVERIFY2(first.ok(), first.ok() ? "" : first.error().message.c_str());
        QCOMPARE(first->roles.at(0), "member");
        // Invited into a group: the new member is in it.
        std::size_t memberships = 0;
        f.store->forEachLiveRow(*findTable("membership"), [&](const std::string &, const FieldMap &values) {
            memberships += toDisplayString(values.at("person_id")) == first->personId
                && toDisplayString(values.at("group_id")) == group;
        });
        QCOMPARE(memberships, std::size_t(1));
        auto second = accounts.acceptInvitation(accept, "192.0.2.7");
        QCOMPARE(second.error().code, "invalid_code");

        // A second invitation, accepted too late.
        const std::string late = newTestId();
        (void)f.service->push(leader.principal,
            pushOf(leader, 3, "invitation", late,
                {{"email", std::string("late@example.org")}, {"invited_by", leader.principal.personId}}, f));
        const auto lateMail = f.queuedMails(f.clock.nowMs()).back();
        const std::string lateCode = lateMail.body.substr(lateMail.body.find("--code ") + 7, 43);
        f.clock.advanceMs(Admission::kInvitationLifetimeMs);
        auto expired = accounts.acceptInvitation(protocol::AcceptInvitationRequest {lateCode, "late@example.org",
                                                     "a long enough passphrase", "Late", newTestId()},
            "192.0.2.7");
        QCOMPARE(expired.error().code, "invalid_code");
    }

    void mailQueueRetriesWithGrowingDelays()
    {
        ServiceFixture f;
        // A port nobody listens on: the SMTP server is down.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const auto port = probe.serverPort();
        probe.close();
        SmtpSettings settings;
        settings.host = "127.0.0.1";
        settings.port = port;
        settings.timeout = std::chrono::seconds(10);
        MailQueue queue(*f.service, settings);
        f.service->withStore([&](Store &store) {
            Store::Transaction transaction(store);
            f.service->admission().queueMail("a@example.org", "Hello", "Body");
            transaction.commit();
        });
        QCOMPARE(queue.deliverDue(), std::size_t(0));
        auto waiting = f.store->dueMails(f.clock.nowMs() + MailQueue::kFirstRetryMs, 10);
        QCOMPARE(waiting.size(), std::size_t(1));
        QCOMPARE(waiting.front().attempts, 1);
        QCOMPARE(waiting.front().nextAttemptAt, f.clock.nowMs() + MailQueue::kFirstRetryMs);
        QVERIFY(!waiting.front().lastError.empty());
        QCOMPARE(queue.deliverDue(), std::size_t(0)); // not due yet: no attempt
        QCOMPARE(f.store->dueMails(f.clock.nowMs() + MailQueue::kFirstRetryMs, 10).front().attempts, 1);
        f.clock.advanceMs(MailQueue::kFirstRetryMs);
        QCOMPARE(queue.deliverDue(), std::size_t(0));
        waiting = f.store->dueMails(f.clock.nowMs() + 2 * MailQueue::kFirstRetryMs, 10);
        QCOMPARE(waiting.front().attempts, 2);
        QCOMPARE(waiting.front().nextAttemptAt, f.clock.nowMs() + 2 * MailQueue::kFirstRetryMs);
        QCOMPARE(f.store->queuedMailCount(), std::size_t(1)); // nothing lost
    }

    void aMailKeepsItsMessageIdAtEveryAttempt()
    {
        const MailSeal seal;
        const OutgoingMail mail {7, "to@example.org", "Hello", "Body", 1'700'000'000'000, 0, 0, {}, {}};
        OutgoingMail retried = mail;
        retried.attempts = 3;
        retried.lastError = "timed out";
        const std::string id = MailQueue::messageIdOf(seal, mail);
        QCOMPARE(id.size(), std::size_t(32));
        QCOMPARE(MailQueue::messageIdOf(seal, retried), id);
        OutgoingMail next = mail;
        next.id = 8;
        QVERIFY(MailQueue::messageIdOf(seal, next) != id);
        QVERIFY(MailQueue::messageIdOf(MailSeal(), mail) != id); // another daemon's key
        retried.messageId = id;
        QVERIFY(SmtpClient::formatMessage("from@example.org", retried, 0)
                    .find("\r\nMessage-ID: <" + id + "@example.org>\r\n")
            != std::string::npos);
    }

    void messagesAreDotStuffedWithCrlf()
    {
        const OutgoingMail mail {
            0, "to@example.org", "Grüße", "line one\n.hidden\nlast", 0, 0, 0, {}, "Precedence: bulk\r\n"};
        const std::string message = SmtpClient::formatMessage("from@example.org", mail, 1'700'000'000'000);
        QVERIFY(message.find("\r\n..hidden\r\n") != std::string::npos);
        // Extra headers go among the headers, before the blank line.
        QVERIFY(message.find("\r\nPrecedence: bulk\r\n") < message.find("\r\n\r\n"));
        QVERIFY(message.find("Subject: =?UTF-8?B?") != std::string::npos);
        QVERIFY(message.find("To: to@example.org\r\n") != std::string::npos);
        QVERIFY(message.find("From: from@example.org\r\n") != std::string::npos); // no name given
        // The text, then the same as HTML, as alternatives.
        const auto boundary = message.substr(message.find("boundary=\"") + 10, 37);
        QVERIFY(boundary.starts_with("=_commonroom_"));
        QVERIFY(message.find("\r\nlast\r\n--" + boundary + "\r\nContent-Type: text/html") != std::string::npos);
        QVERIFY(message.ends_with("\r\n--" + boundary + "--\r\n"));
    }

    void dkimCanonicalFormsAreTheRfcs()
    {
        // The example of RFC 6376, 3.4.5.
        QCOMPARE(DkimSigner::relaxedHeader("A: X"), std::string("a:X"));
        QCOMPARE(DkimSigner::relaxedHeader("B : Y\t\r\n\tZ  "), std::string("b:Y Z"));
        QCOMPARE(DkimSigner::relaxedBody(" C \r\nD \t E\r\n\r\n\r\n"), std::string(" C\r\nD E\r\n"));
        QCOMPARE(DkimSigner::relaxedBody("last line without an end"), std::string("last line without an end\r\n"));
        QCOMPARE(DkimSigner::relaxedBody(""), std::string());
    }

    void aDkimKeyThatCannotSignIsRefusedAtStart()
    {
        const QTemporaryDir dir;
        const std::filesystem::path missing = dir.filePath("none.pem").toStdString();
        const auto absent = DkimSigner::load(missing, "mail", "example.org");
        QVERIFY(!absent && absent.error().message.find("Cannot read the DKIM key") != std::string::npos);
        const std::filesystem::path garbage = dir.filePath("garbage.pem").toStdString();
        std::ofstream(garbage) << "-----BEGIN PRIVATE KEY-----\nnot a key\n-----END PRIVATE KEY-----\n";
        const auto unreadable = DkimSigner::load(garbage, "mail", "example.org");
        QVERIFY(!unreadable && unreadable.error().message.find("openssl genrsa") != std::string::npos);
        // An EC key is a key, but not one for rsa-sha256.
        const std::filesystem::path ec = dir.filePath("ec.pem").toStdString();
        QCOMPARE(QProcess::execute("openssl",
                     {"genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256", "-out",
                         QString::fromStdString(ec.string())}),
            0);
        QVERIFY(!DkimSigner::load(ec, "mail", "example.org"));
        const std::filesystem::path rsa = dir.filePath("rsa.pem").toStdString();
        QCOMPARE(QProcess::execute("openssl", {"genrsa", "-out", QString::fromStdString(rsa.string()), "2048"}), 0);
        QVERIFY(!DkimSigner::load(rsa, "", "example.org")); // no selector
        const auto signer = DkimSigner::load(rsa, "mail", "example.org");
        QVERIFY(signer);
        // The signature comes first, over the headers present, and before dot-stuffing.
        const OutgoingMail mail {0, "to@example.org", "Hello", ".starts with a dot", 0, 0, 0, {}, {}};
        const std::string message = SmtpClient::formatMessage("from@example.org", mail, 1'700'000'000'000, &*signer);
        QVERIFY2(message.starts_with("DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=example.org; s=mail; "
                                     "t=1700000000;\r\n\th=from:to:subject:date:message-id:mime-version:content-type;"
                                     "\r\n\tbh="),
            message.c_str());
        QVERIFY(message.find("\r\n..starts with a dot\r\n") != std::string::npos);
    }

    void theSenderAndTheHtmlPartAreWrittenSafely()
    {
        OutgoingMail mail {0, "to@example.org",
            "Über die Versammlung der Mieterinnen und Mieter in der Straße am Donnerstag", "x", 0, 0, 0, {}, {}};
        mail.body = "Bring <your> letters & \"receipts\".\nSee https://example.org/a?b=1&c=2 now.\n\n-- \nLena";
        mail.fromName = "Lena \"the organizer\" via Tenants' union";
        std::string message = SmtpClient::formatMessage("directory@example.org", mail, 0);
        QVERIFY2(message.find("From: \"Lena \\\"the organizer\\\" via Tenants' union\" <directory@example.org>\r\n")
                != std::string::npos,
            message.c_str());
        // A long subject beyond ASCII: encoded words of whole characters, folded.
        const auto subject
            = message.substr(message.find("Subject: "), message.find("\r\nDate:") - message.find("Subject: "));
        QVERIFY(subject.find("?=\r\n =?UTF-8?B?") != std::string::npos);
        for (std::size_t at = 0; (at = subject.find("=?UTF-8?B?", at)) != std::string::npos; at += 10) {
            const auto end = subject.find("?=", at + 10);
            const auto word = fromBase64(subject.substr(at + 10, end - at - 10));
            QVERIFY(word && word->size() <= 45 && toValidUtf8(*word) == *word);
        }
        // A line break in a subject (an event's title in it) cannot start a header of its own.
        mail.subject = "[Picnic\r\nBcc: everyone@example.org] Bring food";
        QVERIFY(SmtpClient::formatMessage("directory@example.org", mail, 0).find("\r\nBcc:") == std::string::npos);
        mail.fromName = "Şükrü Ölmez via Kültür Derneği";
        message = SmtpClient::formatMessage("directory@example.org", mail, 0);
        QVERIFY(message.find("From: =?UTF-8?B?") != std::string::npos);
        QVERIFY(message.find("?= <directory@example.org>\r\n") != std::string::npos);
        // The HTML part: escaped, linked, paragraphs.
        const std::string base64 = "Content-Transfer-Encoding: base64\r\n\r\n";
        const auto start = message.find(base64) + base64.size();
        std::string encoded = message.substr(start, message.rfind("\r\n--=_commonroom_") - start);
        std::erase(encoded, '\r');
        std::erase(encoded, '\n');
        const auto html = fromBase64(encoded);
        QVERIFY(html);
        QVERIFY2(
            html->find("<p>Bring &lt;your&gt; letters &amp; &quot;receipts&quot;.<br>\nSee <a "
                       "href=\"https://example.org/a?b=1&amp;c=2\">https://example.org/a?b=1&amp;c=2</a> now.</p>\n"
                       "<p>-- <br>\nLena</p>")
                != std::string::npos,
            html->c_str());
    }

    void auditLogIsAppendOnly()
    {
        ServiceFixture f;
        f.addAccount("admin@example.org", Role::Admin);
        (void)f.login("admin@example.org");
        QCOMPARE(f.store->audit(AuditFilter {"login", "", "", 0, 10}).size(), std::size_t(1));
        f.store.reset(); // close, then tamper with the file directly
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(f.databasePath().c_str(), &db), SQLITE_OK);
        QVERIFY(sqlite3_exec(db, "UPDATE audit SET action = 'nothing'", nullptr, nullptr, nullptr) != SQLITE_OK);
        QVERIFY(sqlite3_exec(db, "DELETE FROM audit", nullptr, nullptr, nullptr) != SQLITE_OK);
        sqlite3_close(db);
    }

    void requestsAreDecodedStrictly()
    {
        QVERIFY(protocol::fromJson<protocol::ApplyRequest>(
            R"({"email":"a@b.c","password":"p","display_name":"A","consent":true,"device":"d"})"));
        QCOMPARE(protocol::fromJson<protocol::ApplyRequest>(
                     R"({"email":"a@b.c","password":"p","display_name":"A","consent":"yes","device":"d"})")
                     .error()
                     .code,
            "bad_request");
        QCOMPARE(protocol::fromJson<protocol::EraseRequest>(R"({"person_id":"x","reason":"r","more":1})").error().code,
            "bad_request");
        QCOMPARE(
            protocol::fromJson<protocol::PasswordChange>(R"({"current_password":"x"})").error().code, "bad_request");
        const protocol::AuditPage page {{protocol::AuditEntry {7, 1, "login", "p", "d", "t", "", "127.0.0.1"}}, true};
        const auto decoded = protocol::fromJson<protocol::AuditPage>(protocol::toJson(page));
        QVERIFY(decoded);
        QCOMPARE(decoded->entries.at(0).seq, 7);
        QVERIFY(decoded->hasMore);
    }

    void lastAdminStays()
    {
        ServiceFixture f;
        const std::string admin = f.addAccount("admin@example.org", Role::Admin);
        const auto login = f.login("admin@example.org");
        auto pushed
            = f.service->push(login.principal, pushOf(login, 1, "person", admin, {{"role", std::string("member")}}, f));
        QCOMPARE(pushed->rejected.at(0).code, "last_admin");
        QCOMPARE(roleOf(f, admin), "admin");
    }
};

QTEST_GUILESS_MAIN(TestAdmission)
#include "tst_admission.moc"
