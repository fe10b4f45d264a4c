#include "desktop/ui/LoginDialog.h"
#include "ScriptedPrompts.h"
#include "common/Clock.h"
#include "desktop/core/LocalStore.h"
#include "desktop/core/SyncEngine.h"
#include "desktop/core/TokenStore.h"

#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace commonroom;
using namespace commonroom::testing;

class LoginDialogTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_store = std::make_unique<LocalStore>(m_clock);
        QVERIFY(m_store->open(m_dir->filePath(QStringLiteral("commonroom.db"))).ok());
        m_tokens = std::make_unique<TokenStore>(m_dir->path());
        m_engine = std::make_unique<SyncEngine>(*m_store, *m_tokens);
        // No message box may ever block a test: the questions are recorded instead. ctest runs
        // without a session bus, so no keychain answers and the dialog offers the file.
        m_prompts = std::make_unique<ScriptedPrompts>();
    }

    void cleanup()
    {
        m_prompts.reset();
        m_engine.reset();
        m_tokens.reset();
        m_store.reset();
        m_dir.reset();
    }

    void defaults()
    {
        LoginDialog dialog(*m_engine, *m_store, *m_prompts);
        QCOMPARE(
            dialog.findChild<QLineEdit *>(QStringLiteral("server"))->text(), QStringLiteral("https://127.0.0.1:8443"));
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("password"))->echoMode(), QLineEdit::Password);
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("email"))->accessibleName(), QStringLiteral("Email"));
        QVERIFY(dialog.errorText().isEmpty());
    }

    void validatesBeforeContactingTheServer_data()
    {
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("error");
        QTest::newRow("empty email") << "https://127.0.0.1:8443"
                                     << ""
                                     << "secret"
                                     << "email";
        QTest::newRow("not an email") << "https://127.0.0.1:8443"
                                      << "ana"
                                      << "secret"
                                      << "email";
        QTest::newRow("empty password") << "https://127.0.0.1:8443"
                                        << "ana@example.org"
                                        << ""
                                        << "password";
        QTest::newRow("plain http") << "http://127.0.0.1:8443"
                                    << "ana@example.org"
                                    << "secret"
                                    << "https://";
        QTest::newRow("no server") << ""
                                   << "ana@example.org"
                                   << "secret"
                                   << "address";
    }

    void validatesBeforeContactingTheServer()
    {
        QFETCH(QString, server);
        QFETCH(QString, email);
        QFETCH(QString, password);
        QFETCH(QString, error);
        LoginDialog dialog(*m_engine, *m_store, *m_prompts);
        dialog.findChild<QLineEdit *>(QStringLiteral("server"))->setText(server);
        dialog.findChild<QLineEdit *>(QStringLiteral("email"))->setText(email);
        dialog.findChild<QLineEdit *>(QStringLiteral("password"))->setText(password);
        dialog.signIn();
        QVERIFY(!dialog.isBusy());
        QVERIFY2(dialog.errorText().contains(error, Qt::CaseInsensitive), qPrintable(dialog.errorText()));
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(asked(kTrust).isEmpty());
        QVERIFY(m_tokens->load().isEmpty());
    }

    void reportsAnUnreachableServer()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();

        LoginDialog dialog(*m_engine, *m_store, *m_prompts);
        dialog.findChild<QLineEdit *>(QStringLiteral("server"))
            ->setText(QStringLiteral("https://127.0.0.1:%1").arg(port));
        dialog.findChild<QLineEdit *>(QStringLiteral("email"))->setText(QStringLiteral("ana@example.org"));
        dialog.findChild<QLineEdit *>(QStringLiteral("password"))->setText(QStringLiteral("secret"));
        dialog.signIn();
        QVERIFY(dialog.isBusy());
        QVERIFY(!dialog.findChild<QLineEdit *>(QStringLiteral("email"))->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 15000);
        QVERIFY(!dialog.errorText().isEmpty());
        QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("email"))->isEnabled());
        QVERIFY(asked(kTrust).isEmpty()); // no certificate, nothing to accept
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(m_tokens->load().isEmpty());
    }

    // Where no keychain answers, keeping the session in a file is a box in the dialog, explained
    // beside it: no further question is asked.
    void theKeychainChoiceIsABoxInTheDialog()
    {
        LoginDialog dialog(*m_engine, *m_store, *m_prompts);
        auto *note = dialog.findChild<QLabel *>(QStringLiteral("tokenPlaceLabel"));
        auto *keep = dialog.findChild<QCheckBox *>(QStringLiteral("keepInFile"));
        QVERIFY(note && keep);
        QVERIFY(!note->isHidden() && !keep->isHidden());
        QVERIFY(keep->isChecked()); // the token store's default: kept in the file
        QVERIFY2(note->text().contains(QStringLiteral("No system keychain")), qPrintable(note->text()));
        QVERIFY(note->text().contains(QDir::toNativeSeparators(m_tokens->filePath())));
        // Why no keychain answered, for whoever helps; plain words in the dialog.
        QVERIFY(!m_tokens->keychainError().isEmpty());
        QVERIFY(note->toolTip().contains(m_tokens->keychainError()));
        QVERIFY(!note->text().contains(m_tokens->keychainError()));

        keep->setChecked(false);
        signInToNowhere(dialog);
        QVERIFY(m_prompts->questions.empty());
        QCOMPARE(m_tokens->fileFallback(), TokenStore::FileFallback::Refused);
        QCOMPARE(m_tokens->place(), TokenStore::Place::Memory);
        QVERIFY(keep->isEnabled()); // and back to the user once the attempt is over
    }

    void fingerprintsAreShownEightBytesALine()
    {
        QStringList bytes;
        for (int byte = 0; byte < 32; ++byte)
            bytes << QStringLiteral("%1").arg(byte, 2, 16, QLatin1Char('0')).toUpper();
        const QStringList lines = LoginDialog::fingerprintLines(bytes.join(QLatin1Char(':'))).split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines.first(), QStringLiteral("00:01:02:03:04:05:06:07"));
        QCOMPARE(lines.last(), QStringLiteral("18:19:1A:1B:1C:1D:1E:1F"));
    }

    void keepingTheSessionInAFileIsTheUsersChoice()
    {
        m_tokens->setFileFallback(TokenStore::FileFallback::Refused);
        LoginDialog dialog(*m_engine, *m_store, *m_prompts);
        auto *keep = dialog.findChild<QCheckBox *>(QStringLiteral("keepInFile"));
        QVERIFY(!keep->isChecked()); // as refused before
        keep->setChecked(true);
        signInToNowhere(dialog);
        QVERIFY(m_prompts->questions.empty());
        QCOMPARE(m_tokens->fileFallback(), TokenStore::FileFallback::Allowed);
        QCOMPARE(m_tokens->place(), TokenStore::Place::File);
    }

    void accountActionsNeedAServerFirst_data()
    {
        QTest::addColumn<QString>("button");
        QTest::newRow("apply") << QStringLiteral("applyButton");
        QTest::newRow("invitation") << QStringLiteral("invitationButton");
        QTest::newRow("forgot") << QStringLiteral("forgotButton");
    }

    void accountActionsNeedAServerFirst()
    {
        QFETCH(QString, button);
        LoginDialog dialog(*m_engine, *m_store, *m_prompts);
        dialog.findChild<QLineEdit *>(QStringLiteral("server"))->setText(QStringLiteral("http://127.0.0.1:1"));
        auto *action = dialog.findChild<QPushButton *>(button);
        QVERIFY(action);
        QVERIFY(!action->toolTip().isEmpty());
        action->click();
        QVERIFY(!dialog.isBusy());
        QVERIFY2(dialog.errorText().contains(QStringLiteral("https://")), qPrintable(dialog.errorText()));
        QVERIFY(m_prompts->asked.filter(QStringLiteral("dialog:")).isEmpty());
        QVERIFY(m_prompts->questions.empty());
    }

private:
    void signInToNowhere(LoginDialog &dialog)
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        dialog.findChild<QLineEdit *>(QStringLiteral("server"))
            ->setText(QStringLiteral("https://127.0.0.1:%1").arg(port));
        dialog.findChild<QLineEdit *>(QStringLiteral("email"))->setText(QStringLiteral("ana@example.org"));
        dialog.findChild<QLineEdit *>(QStringLiteral("password"))->setText(QStringLiteral("secret"));
        dialog.signIn();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 15000);
    }

    // The yes/no questions titled `title` asked so far.
    QList<Prompts::Question> asked(const QString &title) const
    {
        QList<Prompts::Question> found;
        for (const Prompts::Question &question : m_prompts->questions) {
            if (question.title == title)
                found << question;
        }
        return found;
    }

    static inline const QString kTrust = QStringLiteral("Trust this server?");
    std::unique_ptr<ScriptedPrompts> m_prompts;
    std::unique_ptr<QTemporaryDir> m_dir;
    ManualClock m_clock;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<TokenStore> m_tokens;
    std::unique_ptr<SyncEngine> m_engine;
};

QTEST_MAIN(LoginDialogTest)
#include "LoginDialogTest.moc"
