// The sign-in dialog against a real commonroom-syncd: certificate accepted once through the scripted
// prompts, then pinned; wrong password and refused certificate leave the device signed out.

#include "common/Clock.h"
#include "desktop/core/LocalStore.h"
#include "desktop/core/SyncEngine.h"
#include "desktop/core/TokenStore.h"
#include "desktop/ui/LoginDialog.h"
#include "tests/desktop/ScriptedPrompts.h"
#include "tests/integration/SyncdProcess.h"

#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace commonroom;
using namespace commonroom::testing;

class LoginLiveTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_syncd.start(5), qPrintable(m_syncd.error()));
        // The certificate's fingerprint is shown, and trusted as the test says; no keychain in
        // ctest: the session is kept in the profile's 0600 file.
        m_prompts.decide = [this](const Prompts::Question &question) {
            if (question.title != QLatin1String("Trust this server?"))
                return true;
            m_trustQuestions << question.details;
            return m_acceptCertificate;
        };
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_store = std::make_unique<LocalStore>(m_clock);
        QVERIFY(m_store->open(m_dir->filePath(QStringLiteral("commonroom.db"))).ok());
        m_tokens = std::make_unique<TokenStore>(m_dir->path());
        m_engine = std::make_unique<SyncEngine>(*m_store, *m_tokens);
        m_trustQuestions.clear();
        m_acceptCertificate = true;
    }

    void cleanup()
    {
        m_engine.reset();
        m_tokens.reset();
        m_store.reset();
        m_dir.reset();
    }

    void acceptsTheCertificateOnceThenPinsIt()
    {
        QVERIFY(signIn(QStringLiteral("leader@example.org"), QString::fromLatin1(SyncdProcess::kDemoPassword)));
        QCOMPARE(m_trustQuestions.size(), 1);
        // Shown eight bytes a line: the same fingerprint once the lines are joined again.
        QVERIFY(m_trustQuestions.first().toUpper().contains(
            LoginDialog::fingerprintLines(m_syncd.fingerprint().toUpper())));
        QVERIFY(!m_tokens->load().isEmpty());
        QCOMPARE(m_store->setting(QStringLiteral("fingerprint")).toUpper(), m_syncd.fingerprint().toUpper());
        QCOMPARE(m_store->setting(QStringLiteral("role")), QStringLiteral("leader"));

        // Signing in again to the same server does not ask again.
        QVERIFY(m_tokens->clear().ok());
        QVERIFY(signIn(QStringLiteral("leader@example.org"), QString::fromLatin1(SyncdProcess::kDemoPassword)));
        QCOMPARE(m_trustQuestions.size(), 1);
    }

    void wrongPasswordIsExplained()
    {
        QVERIFY(!signIn(QStringLiteral("leader@example.org"), QStringLiteral("not the password")));
        QVERIFY2(m_lastError.contains(QStringLiteral("password")), qPrintable(m_lastError));
        QVERIFY(m_tokens->load().isEmpty());
    }

    void refusedCertificateSignsNobodyIn()
    {
        m_acceptCertificate = false;
        QVERIFY(!signIn(QStringLiteral("leader@example.org"), QString::fromLatin1(SyncdProcess::kDemoPassword)));
        QCOMPARE(m_trustQuestions.size(), 1);
        QVERIFY2(m_lastError.contains(QStringLiteral("certificate")), qPrintable(m_lastError));
        QVERIFY(m_tokens->load().isEmpty());
        QVERIFY(m_store->setting(QStringLiteral("fingerprint")).isEmpty());
    }

    void commandLineSaysWhereTheTokenIsKept()
    {
        // ctest gives no session bus: the CLI keeps the token in the profile's file and says so.
        QTemporaryDir profile;
        QProcess cli;
        cli.start(QStringLiteral(COMMONROOM_CLI_PATH),
            {QStringLiteral("--profile"), profile.path(), QStringLiteral("login"), m_syncd.url().toString(),
                QStringLiteral("--email"), QStringLiteral("member@example.org"), QStringLiteral("--password-stdin"),
                QStringLiteral("--ca"), m_syncd.certificatePath()});
        QVERIFY(cli.waitForStarted());
        cli.write(QByteArray(SyncdProcess::kDemoPassword) + '\n');
        cli.closeWriteChannel();
        QVERIFY(cli.waitForFinished(60000));
        const QString out = QString::fromUtf8(cli.readAllStandardOutput());
        QVERIFY2(cli.exitCode() == 0, qPrintable(out + QString::fromUtf8(cli.readAllStandardError())));
        const QString file = QDir(profile.path()).filePath(QStringLiteral("session-token"));
        QVERIFY2(out.contains(file), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("no system keychain")), qPrintable(out));
        QVERIFY(QFile::exists(file));
        QCOMPARE(QFile::permissions(file)
                & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther),
            QFileDevice::Permissions());
    }

private:
    bool signIn(const QString &email, const QString &password)
    {
        LoginDialog dialog(*m_engine, *m_store, m_prompts);
        dialog.findChild<QLineEdit *>(QStringLiteral("server"))->setText(m_syncd.url().toString());
        dialog.findChild<QLineEdit *>(QStringLiteral("email"))->setText(email);
        dialog.findChild<QLineEdit *>(QStringLiteral("password"))->setText(password);
        dialog.signIn();
        if (!QTest::qWaitFor([&] { return !dialog.isBusy(); }, 30000))
            return false;
        m_lastError = dialog.errorText();
        return dialog.result() == QDialog::Accepted;
    }

    SyncdProcess m_syncd;
    std::unique_ptr<QTemporaryDir> m_dir;
    SystemClock m_clock;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<TokenStore> m_tokens;
    std::unique_ptr<SyncEngine> m_engine;
    ScriptedPrompts m_prompts;
    QStringList m_trustQuestions; // what was shown to compare the fingerprint with
    QString m_lastError;
    bool m_acceptCertificate = true;
};

QTEST_MAIN(LoginLiveTest)
#include "LoginLiveTest.moc"
