// Admission through the desktop's own dialogs and widgets against a real commonroom-syncd (with
// a real SMTP server, aiosmtpd, for the mailed codes): apply through the sign-in dialog, decide
// in the admin's approval queue, sync, and see the decision on the applicant's device; vouch;
// invite and accept the mailed code; reset a forgotten password; list and revoke devices; change
// the password; export one's data; browse the audit log; erase a person. Each device is a
// TestClient (its own profile, store and sync engine) driven through the widgets.

#include "desktop/core/ApiClient.h"
#include "desktop/core/Device.h"
#include "desktop/models/ApplicantsModel.h"
#include "desktop/models/AuditLogModel.h"
#include "desktop/models/DevicesModel.h"
#include "desktop/models/InvitationsModel.h"
#include "desktop/models/RolesModel.h"
#include "desktop/ui/ApplicationStatusWidget.h"
#include "desktop/ui/ApplyDialog.h"
#include "desktop/ui/ApprovalQueueWidget.h"
#include "desktop/ui/AuditLogWidget.h"
#include "desktop/ui/ChangePasswordDialog.h"
#include "desktop/ui/DevicesDialog.h"
#include "desktop/ui/ErasePersonDialog.h"
#include "desktop/ui/ExportMyDataDialog.h"
#include "desktop/ui/ForgotPasswordDialog.h"
#include "desktop/ui/InvitationCodeDialog.h"
#include "desktop/ui/InvitationsWidget.h"
#include "desktop/ui/LoginDialog.h"
#include "desktop/ui/RolesWidget.h"
#include "desktop/ui/VouchDialog.h"
#include "tests/desktop/ScriptedPrompts.h"
#include "tests/integration/SmtpSink.h"
#include "tests/integration/SyncdProcess.h"
#include "tests/integration/TestClient.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>
#include <memory>

using namespace commonroom;
using namespace commonroom::testing;

namespace {
const QString kPassword = QString::fromLatin1(SyncdProcess::kDemoPassword);
const QString kNewPassword = QStringLiteral("a long and unusual passphrase");
constexpr int kWaitMs = 60000;
} // namespace

class AdmissionLiveTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_daemon.start(5), qPrintable(m_daemon.error()));
        const QString certificate = m_daemon.certificatePath();
        const QString key = QDir(QFileInfo(certificate).path()).filePath(QStringLiteral("key.pem"));
        QVERIFY2(m_smtp.start(0, certificate, key), qPrintable(m_smtp.error()));
        m_daemon.setServeOptions({QStringLiteral("--smtp-host"), QStringLiteral("127.0.0.1"),
            QStringLiteral("--smtp-port"), QString::number(m_smtp.port()), QStringLiteral("--smtp-starttls"),
            QStringLiteral("--smtp-ca"), certificate, QStringLiteral("--mail-from"),
            QStringLiteral("directory@example.org"), QStringLiteral("--login-rate-limit"), QStringLiteral("0")});
        QVERIFY2(m_daemon.restart(), qPrintable(m_daemon.error()));

        // Every question is answered yes: trusting the daemon, keeping the session in a file,
        // revoking a device.
        m_prompts.agree = true;

        m_admin = signedIn(QStringLiteral("admin@example.org"));
        m_leader = signedIn(QStringLiteral("leader@example.org"));
        QVERIFY(m_admin && m_leader);
    }

    void cleanup() { m_prompts.fillDialog = nullptr; }

    void applyThroughTheDialogThenApproveInTheQueue()
    {
        TestClient nia;
        QVERIFY(applyThroughDialog(nia, QStringLiteral("Nia Newcomer"), QStringLiteral("nia@example.org")));
        QCOMPARE(nia.store().setting(QStringLiteral("role")), QStringLiteral("applicant"));
        QVERIFY(!nia.engine().tokens().load().isEmpty());
        QVERIFY(synced(nia));
        const QString niaId = nia.personId();
        QCOMPARE(nia.field(QStringLiteral("person"), niaId, "admission_state"), QStringLiteral("applied"));

        QVERIFY(synced(*m_admin));
        ApprovalQueueWidget queue(m_admin->device(), m_prompts);
        QAbstractItemModelTester tester(queue.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        const int row = queue.model()->rowOf(niaId);
        QVERIFY(row >= 0);
        QCOMPARE(
            queue.model()->index(row, ApplicantsModel::NameColumn).data().toString(), QStringLiteral("Nia Newcomer"));
        QCOMPARE(queue.model()->index(row, 0).data(ApplicantsModel::AboutRole).toString(),
            QStringLiteral("I fix bicycles."));
        queue.selectPerson(niaId);
        queue.findChild<QPushButton *>(QStringLiteral("approveButton"))->click();
        QVERIFY2(queue.errorText().isEmpty(), qPrintable(queue.errorText()));
        QCOMPARE(queue.model()->rowOf(niaId), -1);
        const SyncResult pushed = m_admin->sync();
        QVERIFY2(pushed.ok(), qPrintable(pushed.message));
        QCOMPARE(pushed.rejected, 0);
        QVERIFY(pushed.pushed >= 1);

        // The applicant's device learns the decision at its next sync, and takes the new role.
        QVERIFY(nia.store().principal().role == Role::Applicant);
        const SyncResult decided = nia.sync();
        QVERIFY2(decided.ok(), qPrintable(decided.message));
        QVERIFY(decided.roleChanged);
        QVERIFY2(decided.message.contains(QStringLiteral("approved")), qPrintable(decided.message));
        QVERIFY(nia.store().principal().role == Role::Member);
        QCOMPARE(nia.field(QStringLiteral("person"), niaId, "role"), QStringLiteral("member"));
        QVERIFY(!nia.sync().roleChanged); // said once
        QCOMPARE(nia.field(QStringLiteral("person"), niaId, "admission_state"), QStringLiteral("approved"));
        // And a second admin device sees the queue without her.
        ApplicantsModel again(m_admin->device());
        QCOMPARE(again.rowOf(niaId), -1);
    }

    void refusedApplicationsAreExplained()
    {
        QString error;
        const auto applyWith = [&](TestClient &device, const QString &email, const QString &password) {
            m_prompts.fillDialog = [&, email, password](QDialog &dialog) {
                auto &apply = static_cast<ApplyDialog &>(dialog);
                apply.setFields(QStringLiteral("Someone"), email, {}, false);
                apply.setPasswords(password, password);
                apply.submit();
                if (!QTest::qWaitFor([&] { return !apply.isBusy(); }, kWaitMs))
                    return int(QDialog::Rejected);
                error = apply.errorText();
                return apply.result();
            };
            return runFromLoginDialog(device, QStringLiteral("applyButton"));
        };
        // A password on the daemon's list of common ones, long enough to pass the dialog's own check.
        TestClient device;
        QVERIFY(!applyWith(device, QStringLiteral("weak@example.org"), QStringLiteral("password1234")));
        QVERIFY2(error.contains(QStringLiteral("easy to guess")), qPrintable(error));
        // Nothing signed this device in.
        QVERIFY(device.engine().tokens().load().isEmpty());
        QVERIFY(device.store().setting(QStringLiteral("person_id")).isEmpty());

        // An address with an account already is answered like any application, so that nobody
        // learns which addresses have accounts (docs/security.md); the account's owner is mailed,
        // and the answer opens no session.
        TestClient taken;
        QVERIFY2(applyWith(taken, QStringLiteral("applicant@example.org"), kNewPassword + QStringLiteral(" again")),
            qPrintable(error));
        const QByteArray notice = m_smtp.waitForMessageTo(QStringLiteral("applicant@example.org"), kWaitMs);
        QVERIFY2(notice.contains("sign in with your password"), notice.constData());
        QVERIFY(taken.sync().outcome == SyncResult::Outcome::Unauthorized);
    }

    void vouchThenRejectWithAReason()
    {
        TestClient val;
        QVERIFY(applyThroughDialog(val, QStringLiteral("Val Vouched"), QStringLiteral("val@example.org")));
        const QString valId = val.personId();

        QVERIFY(synced(*m_leader));
        VouchDialog vouch(m_leader->device(), valId);
        vouch.setReason(QStringLiteral("Val ran the spring cleanup with me."));
        vouch.save();
        QCOMPARE(vouch.result(), int(QDialog::Accepted));
        const SyncResult pushed = m_leader->sync();
        QVERIFY2(pushed.ok() && pushed.rejected == 0, qPrintable(pushed.message));

        // Admins see the vouch in the queue, and so does Val on her own device.
        QVERIFY(synced(*m_admin));
        ApprovalQueueWidget queue(m_admin->device(), m_prompts);
        const int row = queue.model()->rowOf(valId);
        QVERIFY(row >= 0);
        QCOMPARE(queue.model()->index(row, ApplicantsModel::VouchesColumn).data().toInt(), 1);
        const QStringList vouches = queue.model()->index(row, 0).data(ApplicantsModel::VouchesRole).toStringList();
        QVERIFY2(vouches.first().endsWith(QStringLiteral("Val ran the spring cleanup with me.")),
            qPrintable(vouches.join(u'|')));
        QVERIFY(synced(val));
        QCOMPARE(val.snapshot()["vouch"].size(), std::size_t(1));
        ApplicationStatusWidget status(val.device());
        QVERIFY2(status.vouchesText().contains(QStringLiteral("Val ran the spring cleanup with me.")),
            qPrintable(status.vouchesText()));

        // A second vouch by the same leader is stopped before it is saved.
        QString why;
        QVERIFY(!VouchDialog::canVouch(m_leader->device(), valId, &why));

        m_prompts.textAnswer = QStringLiteral("We need a member to know you first.");
        queue.selectPerson(valId);
        queue.rejectSelected();
        QVERIFY(queue.errorText().isEmpty());
        QVERIFY(synced(*m_admin));
        QVERIFY(synced(val));
        QCOMPARE(val.field(QStringLiteral("person"), valId, "admission_state"), QStringLiteral("rejected"));
        QCOMPARE(val.field(QStringLiteral("person"), valId, "admission_message"),
            QStringLiteral("We need a member to know you first."));
        QVERIFY2(status.statusText().contains(QStringLiteral("We need a member to know you first.")),
            qPrintable(status.statusText()));
    }

    void inviteThenAcceptTheMailedCode()
    {
        QVERIFY(synced(*m_leader));
        InvitationsWidget invitations(m_leader->device());
        QAbstractItemModelTester tester(invitations.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        invitations.setEmail(QStringLiteral("ivy@example.org"));
        QVERIFY2(invitations.invite(), qPrintable(invitations.errorText()));
        QVERIFY(synced(*m_leader));

        const QByteArray mail = m_smtp.waitForMessageTo(QStringLiteral("ivy@example.org"), kWaitMs);
        static const QRegularExpression pattern(QStringLiteral("--code ([A-Za-z0-9_-]{43})"));
        const QString code = pattern.match(QString::fromUtf8(mail)).captured(1);
        QVERIFY2(!code.isEmpty(), mail.constData());

        // The daemon's state of the invitation reaches the leader's list.
        QTRY_VERIFY_WITH_TIMEOUT(synced(*m_leader)
                && invitations.model()->index(0, 0).data(InvitationsModel::StateRole).toString()
                    != QLatin1String("pending"),
            kWaitMs);

        TestClient ivy;
        QString error;
        // A wrong code first: refused, explained, nobody signed in.
        m_prompts.fillDialog = [&](QDialog &dialog) {
            auto &accept = static_cast<InvitationCodeDialog &>(dialog);
            accept.setFields(QStringLiteral("not-the-code"), QStringLiteral("ivy@example.org"), QStringLiteral("Ivy"));
            accept.setPasswords(kNewPassword, kNewPassword);
            accept.submit();
            if (!QTest::qWaitFor([&] { return !accept.isBusy(); }, kWaitMs))
                return int(QDialog::Rejected);
            error = accept.errorText();
            return accept.result();
        };
        QVERIFY(!runFromLoginDialog(ivy, QStringLiteral("invitationButton")));
        QVERIFY2(error.contains(QStringLiteral("does not work")), qPrintable(error));
        QVERIFY(ivy.engine().tokens().load().isEmpty());

        m_prompts.fillDialog = [&](QDialog &dialog) {
            auto &accept = static_cast<InvitationCodeDialog &>(dialog);
            accept.setFields(code, QStringLiteral("ivy@example.org"), QStringLiteral("Ivy Invited"));
            accept.setPasswords(kNewPassword, kNewPassword);
            accept.submit();
            if (!QTest::qWaitFor([&] { return !accept.isBusy(); }, kWaitMs))
                return int(QDialog::Rejected);
            error = accept.errorText();
            return accept.result();
        };
        QVERIFY2(runFromLoginDialog(ivy, QStringLiteral("invitationButton")), qPrintable(error));
        QCOMPARE(ivy.store().setting(QStringLiteral("role")), QStringLiteral("member"));
        QVERIFY(synced(ivy));
    }

    void resetAForgottenPassword()
    {
        TestClient nia;
        QString message;
        m_prompts.fillDialog = [&](QDialog &dialog) {
            auto &forgot = static_cast<ForgotPasswordDialog &>(dialog);
            forgot.setEmail(QStringLiteral("member@example.org"));
            forgot.requestCode();
            if (!QTest::qWaitFor([&] { return !forgot.isBusy(); }, kWaitMs) || !forgot.codeRequested())
                return int(QDialog::Rejected);
            const QByteArray mail = m_smtp.waitForMessageTo(QStringLiteral("member@example.org"), kWaitMs);
            static const QRegularExpression pattern(QStringLiteral("--code ([A-Za-z0-9_-]{43})"));
            forgot.setCode(pattern.match(QString::fromUtf8(mail)).captured(1));
            forgot.setPasswords(kNewPassword, kNewPassword);
            forgot.resetPassword();
            if (!QTest::qWaitFor([&] { return !forgot.isBusy(); }, kWaitMs))
                return int(QDialog::Rejected);
            message = forgot.messageText();
            return forgot.result();
        };
        LoginDialog login(nia.engine(), nia.store(), m_prompts);
        login.findChild<QLineEdit *>(QStringLiteral("server"))->setText(m_daemon.url().toString());
        login.findChild<QPushButton *>(QStringLiteral("forgotButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(!login.isBusy(), kWaitMs);
        QVERIFY2(login.errorText().isEmpty(), qPrintable(login.errorText()));
        QVERIFY2(message.contains(QStringLiteral("changed")), qPrintable(message));
        QCOMPARE(login.findChild<QLineEdit *>(QStringLiteral("email"))->text(), QStringLiteral("member@example.org"));
        // Not signed in by a reset; the new password signs in, the old one no longer does.
        QVERIFY(nia.engine().tokens().load().isEmpty());
        QVERIFY(!nia.login(m_daemon, QStringLiteral("member@example.org"), kPassword));
        QVERIFY(nia.login(m_daemon, QStringLiteral("member@example.org"), kNewPassword));
    }

    void devicesPasswordAndExportOfOnesOwnAccount()
    {
        TestClient laptop;
        QVERIFY(applyThroughDialog(laptop, QStringLiteral("Dee Devices"), QStringLiteral("dee@example.org")));
        TestClient phone;
        QVERIFY(phone.login(m_daemon, QStringLiteral("dee@example.org"), kNewPassword));

        DevicesDialog devices(laptop.engine().api(), laptop.store(), m_prompts);
        QAbstractItemModelTester tester(devices.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        QTRY_VERIFY_WITH_TIMEOUT(!devices.isBusy(), kWaitMs);
        QVERIFY2(!devices.isError(), qPrintable(devices.messageText()));
        QCOMPARE(devices.model()->rowCount(), 2);
        QVERIFY(devices.model()->index(0, 0).data(DevicesModel::ThisDeviceRole).toBool());
        const QString phoneId = phone.store().siteId();
        QVERIFY(devices.model()->rowOf(phoneId) >= 0);

        devices.selectDevice(phoneId);
        devices.findChild<QPushButton *>(QStringLiteral("revokeButton"))->click();
        QCOMPARE(revocations().size(), 1);
        QVERIFY(!revocations().first().contains(QStringLiteral("this computer")));
        QTRY_VERIFY_WITH_TIMEOUT(!devices.isBusy() && devices.model()->rowOf(phoneId) >= 0
                && devices.model()->index(devices.model()->rowOf(phoneId), 0).data(DevicesModel::RevokedRole).toBool(),
            kWaitMs);
        QCOMPARE(phone.sync().outcome, SyncResult::Outcome::Revoked);

        ChangePasswordDialog change(laptop.engine().api());
        change.setPasswords(QStringLiteral("not my password at all"), QStringLiteral("another long passphrase"),
            QStringLiteral("another long passphrase"));
        change.submit();
        QTRY_VERIFY_WITH_TIMEOUT(!change.isBusy(), kWaitMs);
        QVERIFY(!change.errorText().isEmpty());
        QCOMPARE(change.result(), int(QDialog::Rejected));
        change.setPasswords(
            kNewPassword, QStringLiteral("another long passphrase"), QStringLiteral("another long passphrase"));
        change.submit();
        QTRY_VERIFY_WITH_TIMEOUT(!change.isBusy(), kWaitMs);
        QVERIFY2(change.result() == QDialog::Accepted, qPrintable(change.errorText()));
        // This device stays signed in.
        QVERIFY(synced(laptop));

        QTemporaryDir folder;
        ExportMyDataDialog exporter(laptop.engine().api(), laptop.store().clock());
        exporter.setFolder(folder.path());
        exporter.exportData();
        QTRY_VERIFY_WITH_TIMEOUT(!exporter.isBusy(), kWaitMs);
        QVERIFY2(!exporter.isError(), qPrintable(exporter.messageText()));
        QCOMPARE(exporter.writtenFiles().size(), 2);
        QFile json(exporter.writtenFiles().at(0));
        QVERIFY(json.open(QIODevice::ReadOnly));
        QCOMPARE(json.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
        const QByteArray document = json.readAll();
        QVERIFY(QJsonDocument::fromJson(document).isObject());
        QVERIFY(document.contains("dee@example.org"));
        QFile card(exporter.writtenFiles().at(1));
        QVERIFY(card.open(QIODevice::ReadOnly));
        const QByteArray vcard = card.readAll();
        QVERIFY2(vcard.startsWith("BEGIN:VCARD"), vcard.left(80).constData());
        QVERIFY(vcard.contains("Dee Devices"));
        // A second export never overwrites the first.
        exporter.exportData();
        QTRY_VERIFY_WITH_TIMEOUT(!exporter.isBusy(), kWaitMs);
        QCOMPARE(QDir(folder.path()).entryList(QDir::Files).size(), 4);

        // Revoking this computer itself: asked with its own warning, then signed out at the next sync.
        devices.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!devices.isBusy(), kWaitMs);
        devices.selectDevice(laptop.store().siteId());
        devices.revokeSelected();
        QCOMPARE(revocations().size(), 2);
        QVERIFY2(revocations().last().contains(QStringLiteral("this computer")), qPrintable(revocations().last()));
        QTRY_VERIFY_WITH_TIMEOUT(!devices.isBusy(), kWaitMs);
        QVERIFY2(devices.messageText().contains(QStringLiteral("next sync")), qPrintable(devices.messageText()));
        QCOMPARE(laptop.sync().outcome, SyncResult::Outcome::Revoked);
    }

    void auditLogIsBrowsedAndFiltered()
    {
        AuditLogWidget audit(m_admin->engine().api(), m_admin->store());
        QAbstractItemModelTester tester(audit.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        audit.search();
        QTRY_VERIFY_WITH_TIMEOUT(!audit.model()->isLoading(), kWaitMs);
        QVERIFY2(audit.model()->errorText().isEmpty(), qPrintable(audit.model()->errorText()));
        QVERIFY(audit.model()->rowCount() > 0);

        // A new search while the previous one is still on its way shows only the new results.
        audit.setFilters({}, {}, {});
        audit.search();
        audit.setFilters(QStringLiteral("approve"), {}, {});
        audit.search();
        QTRY_VERIFY_WITH_TIMEOUT(!audit.model()->isLoading(), kWaitMs);
        QVERIFY(audit.model()->rowCount() >= 1);
        for (int row = 0; row < audit.model()->rowCount(); ++row)
            QCOMPARE(
                audit.model()->index(row, 0).data(AuditLogModel::ActionRole).toString(), QStringLiteral("approve"));
        QCOMPARE(audit.model()->index(0, AuditLogModel::ActorColumn).data().toString(), QStringLiteral("Amara Okafor"));

        // Members may not read it: the refusal is shown, nothing listed.
        TestClient member;
        QVERIFY(member.login(m_daemon, QStringLiteral("leader@example.org"), kPassword));
        AuditLogWidget refused(member.engine().api(), member.store());
        refused.search();
        QTRY_VERIFY_WITH_TIMEOUT(!refused.model()->isLoading(), kWaitMs);
        QCOMPARE(refused.model()->rowCount(), 0);
        QVERIFY2(refused.statusText().contains(QStringLiteral("could not be read")), qPrintable(refused.statusText()));
    }

    void eraseAPersonAndPromoteAnother()
    {
        TestClient eve;
        QVERIFY(applyThroughDialog(eve, QStringLiteral("Eve Erased"), QStringLiteral("eve@example.org")));
        const QString eveId = eve.personId();
        QVERIFY(synced(*m_admin));
        QVERIFY(m_admin->store().row(QStringLiteral("person"), eveId));

        ErasePersonDialog erase(m_admin->engine().api(), m_admin->store(), eveId);
        QCOMPARE(erase.personName(), QStringLiteral("Eve Erased"));
        erase.setReason(QStringLiteral("Asked by email"));
        erase.setConfirmation(QStringLiteral("Eve Erased"));
        QVERIFY(erase.canErase());
        erase.erase();
        QTRY_VERIFY_WITH_TIMEOUT(!erase.isBusy(), kWaitMs);
        QVERIFY2(erase.result() == QDialog::Accepted, qPrintable(erase.messageText()));
        QVERIFY(synced(*m_admin));
        QVERIFY(!m_admin->store().row(QStringLiteral("person"), eveId));
        // Her own device is signed out for good.
        QVERIFY(eve.sync().outcome != SyncResult::Outcome::Ok);

        // A promotion made in the roles tab is accepted by the daemon.
        RolesWidget roles(m_admin->device());
        roles.findChild<QLineEdit *>(QStringLiteral("search"))->setText(QStringLiteral("member@example.org"));
        QCOMPARE(roles.model()->rowCount(), 1);
        const QString memberId = roles.model()->index(0, 0).data(RolesModel::PersonIdRole).toString();
        roles.selectPerson(memberId);
        QVERIFY2(roles.setRole(QStringLiteral("leader")), qPrintable(roles.errorText()));
        QVERIFY(synced(*m_admin));
        QCOMPARE(m_admin->field(QStringLiteral("person"), memberId, "role"), QStringLiteral("leader"));
    }

private:
    std::unique_ptr<TestClient> signedIn(const QString &email, const QString &password = kPassword)
    {
        auto client = std::make_unique<TestClient>();
        QString message;
        if (!client->login(m_daemon, email, password, &message)) {
            qWarning("sign-in of %s failed: %s", qPrintable(email), qPrintable(message));
            return nullptr;
        }
        return client;
    }

    bool synced(TestClient &client)
    {
        const SyncResult result = client.sync();
        if (!result.ok() || result.rejected != 0)
            qWarning("sync: %s (%d rejected)", qPrintable(result.message), result.rejected);
        return result.ok() && result.rejected == 0;
    }

    // Opens the sign-in dialog of `client`'s device on the test daemon and clicks `button`; the
    // sub-dialog is answered by m_prompts.fillDialog. True when the device ended signed in.
    // The questions asked before revoking a device, in order.
    QStringList revocations() const
    {
        QStringList asked;
        for (const Prompts::Question &question : m_prompts.questions) {
            if (question.title == QLatin1String("Revoke device"))
                asked << question.text;
        }
        return asked;
    }

    bool runFromLoginDialog(TestClient &client, const QString &button)
    {
        LoginDialog login(client.engine(), client.store(), m_prompts);
        login.findChild<QLineEdit *>(QStringLiteral("server"))->setText(m_daemon.url().toString());
        login.findChild<QPushButton *>(button)->click();
        if (!QTest::qWaitFor([&] { return !login.isBusy(); }, kWaitMs))
            return false;
        if (!login.errorText().isEmpty())
            qWarning("sign-in dialog: %s", qPrintable(login.errorText()));
        return login.result() == QDialog::Accepted;
    }

    bool applyThroughDialog(TestClient &client, const QString &name, const QString &email)
    {
        QString error;
        m_prompts.fillDialog = [&](QDialog &dialog) {
            auto &apply = static_cast<ApplyDialog &>(dialog);
            apply.setFields(name, email, QStringLiteral("I fix bicycles."), true);
            apply.setPasswords(kNewPassword, kNewPassword);
            apply.submit();
            if (!QTest::qWaitFor([&] { return !apply.isBusy(); }, kWaitMs))
                return int(QDialog::Rejected);
            error = apply.errorText();
            return apply.result();
        };
        const bool ok = runFromLoginDialog(client, QStringLiteral("applyButton"));
        if (!ok)
            qWarning("apply: %s", qPrintable(error));
        m_prompts.fillDialog = nullptr;
        return ok;
    }

    SyncdProcess m_daemon;
    SmtpSink m_smtp;
    std::unique_ptr<TestClient> m_admin;
    std::unique_ptr<TestClient> m_leader;
    ScriptedPrompts m_prompts;
};

QTEST_MAIN(AdmissionLiveTest)
#include "AdmissionLiveTest.moc"
