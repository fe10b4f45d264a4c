#include "desktop/ui/LoginDialog.h"
#include "common/Clock.h"
#include "desktop/core/LocalStore.h"
#include "desktop/core/SyncEngine.h"
#include "desktop/core/TokenStore.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace commonroom;

class LoginDialogTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // No message box may ever block a test: count the questions instead.
        LoginDialog::fingerprintPrompt = [this](QWidget *, const QUrl &, const QString &) {
            ++m_questions;
            return true;
        };
        // ctest runs without a session bus, so no keychain answers and the dialog asks about a file.
        LoginDialog::keychainFallbackPrompt = [this](QWidget *, const QString &file, const QString &why) {
            m_fileQuestions << file;
            m_keychainErrors << why;
            return m_keepInFile;
        };
        LoginDialog::subDialogRunner = [this](QDialog &dialog) {
            m_subDialogs << dialog.objectName();
            return int(QDialog::Rejected);
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
        m_questions = 0;
        m_fileQuestions.clear();
        m_keychainErrors.clear();
        m_subDialogs.clear();
        m_keepInFile = true;
    }

    void cleanup()
    {
        m_engine.reset();
        m_tokens.reset();
        m_store.reset();
        m_dir.reset();
    }

    void defaults()
    {
        LoginDialog dialog(*m_engine, *m_store);
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
        LoginDialog dialog(*m_engine, *m_store);
        dialog.findChild<QLineEdit *>(QStringLiteral("server"))->setText(server);
        dialog.findChild<QLineEdit *>(QStringLiteral("email"))->setText(email);
        dialog.findChild<QLineEdit *>(QStringLiteral("password"))->setText(password);
        dialog.signIn();
        QVERIFY(!dialog.isBusy());
        QVERIFY2(dialog.errorText().contains(error, Qt::CaseInsensitive), qPrintable(dialog.errorText()));
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(m_questions, 0);
        QVERIFY(m_tokens->load().isEmpty());
    }

    void reportsAnUnreachableServer()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();

        LoginDialog dialog(*m_engine, *m_store);
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
        QCOMPARE(m_questions, 0); // no certificate, nothing to accept
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(m_tokens->load().isEmpty());
    }

    void asksOnceBeforeKeepingTheSessionInAFile()
    {
        LoginDialog dialog(*m_engine, *m_store);
        auto *note = dialog.findChild<QLabel *>(QStringLiteral("tokenPlaceLabel"));
        QVERIFY(!note->isHidden());
        QVERIFY2(note->text().contains(QStringLiteral("No system keychain")), qPrintable(note->text()));
        m_keepInFile = false;
        signInToNowhere(dialog);
        QCOMPARE(m_fileQuestions, QStringList {m_tokens->filePath()});
        QVERIFY(!m_keychainErrors.first().isEmpty());
        QCOMPARE(m_tokens->fileFallback(), TokenStore::FileFallback::Refused);
        QCOMPARE(m_tokens->place(), TokenStore::Place::Memory);
        QVERIFY2(note->text().contains(QStringLiteral("only in memory")), qPrintable(note->text()));

        // Asked once per sign-in dialog, whatever happens next.
        signInToNowhere(dialog);
        QCOMPARE(m_fileQuestions.size(), 1);
    }

    void keepingTheSessionInAFileIsTheUsersChoice()
    {
        m_tokens->setFileFallback(TokenStore::FileFallback::Refused);
        LoginDialog dialog(*m_engine, *m_store);
        m_keepInFile = true;
        signInToNowhere(dialog);
        QCOMPARE(m_fileQuestions.size(), 1);
        QCOMPARE(m_tokens->fileFallback(), TokenStore::FileFallback::Allowed);
        const QString note = dialog.findChild<QLabel *>(QStringLiteral("tokenPlaceLabel"))->text();
        QVERIFY2(note.contains(m_tokens->filePath()), qPrintable(note));
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
        LoginDialog dialog(*m_engine, *m_store);
        dialog.findChild<QLineEdit *>(QStringLiteral("server"))->setText(QStringLiteral("http://127.0.0.1:1"));
        auto *action = dialog.findChild<QPushButton *>(button);
        QVERIFY(action);
        QVERIFY(!action->toolTip().isEmpty());
        action->click();
        QVERIFY(!dialog.isBusy());
        QVERIFY2(dialog.errorText().contains(QStringLiteral("https://")), qPrintable(dialog.errorText()));
        QVERIFY(m_subDialogs.isEmpty());
        QVERIFY(m_fileQuestions.isEmpty());
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

    QStringList m_fileQuestions;
    QStringList m_keychainErrors;
    QStringList m_subDialogs;
    bool m_keepInFile = true;
    std::unique_ptr<QTemporaryDir> m_dir;
    ManualClock m_clock;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<TokenStore> m_tokens;
    std::unique_ptr<SyncEngine> m_engine;
    int m_questions = 0;
};

QTEST_MAIN(LoginDialogTest)
#include "LoginDialogTest.moc"
