// The account dialogs before anything reaches the daemon: what a person typed wrong is explained
// and nothing is sent (the ApiClient points nowhere, so a request would come back as an error
// naming the network, never as the validation messages checked here). The daemon's side of each
// dialog is tested live in AdmissionLiveTest.

#include "common/Clock.h"
#include "desktop/core/ApiClient.h"
#include "desktop/core/LocalStore.h"
#include "desktop/ui/ApplyDialog.h"
#include "desktop/ui/ChangePasswordDialog.h"
#include "desktop/ui/ErasePersonDialog.h"
#include "desktop/ui/ExportMyDataDialog.h"
#include "desktop/ui/ForgotPasswordDialog.h"
#include "desktop/ui/InvitationCodeDialog.h"

#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace commonroom;

namespace {
const QString kGood = QStringLiteral("a long and unusual passphrase");
} // namespace

class AccountDialogsTest : public QObject
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
        m_api = std::make_unique<ApiClient>();
    }

    void cleanup()
    {
        m_api.reset();
        m_store.reset();
        m_dir.reset();
    }

    void applyChecksTheForm_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("repeat");
        QTest::addColumn<QString>("error");
        QTest::newRow("no name") << ""
                                 << "ana@example.org" << kGood << kGood << "name";
        QTest::newRow("no email") << "Ana"
                                  << "ana" << kGood << kGood << "email";
        QTest::newRow("short password") << "Ana"
                                        << "ana@example.org"
                                        << "short"
                                        << "short"
                                        << "at least 12";
        QTest::newRow("not the same") << "Ana"
                                      << "ana@example.org" << kGood << kGood + u'!' << "not the same";
    }

    void applyChecksTheForm()
    {
        QFETCH(QString, name);
        QFETCH(QString, email);
        QFETCH(QString, password);
        QFETCH(QString, repeat);
        QFETCH(QString, error);
        ApplyDialog dialog(*m_api, *m_store);
        dialog.setFields(name, email, QStringLiteral("Hello"), true);
        dialog.setPasswords(password, repeat);
        dialog.findChild<QPushButton *>(QStringLiteral("applyButton"))->click();
        QVERIFY(!dialog.isBusy());
        QVERIFY2(dialog.errorText().contains(error), qPrintable(dialog.errorText()));
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }

    void invitationChecksTheForm_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("error");
        QTest::newRow("no code") << " \n "
                                 << "ana@example.org"
                                 << "Ana" << kGood << "code";
        QTest::newRow("no email") << "abc"
                                  << ""
                                  << "Ana" << kGood << "email";
        QTest::newRow("no name") << "abc"
                                 << "ana@example.org"
                                 << "" << kGood << "name";
        QTest::newRow("short password") << "abc"
                                        << "ana@example.org"
                                        << "Ana"
                                        << "12345"
                                        << "at least 12";
    }

    void invitationChecksTheForm()
    {
        QFETCH(QString, code);
        QFETCH(QString, email);
        QFETCH(QString, name);
        QFETCH(QString, password);
        QFETCH(QString, error);
        InvitationCodeDialog dialog(*m_api, *m_store);
        dialog.setFields(code, email, name);
        dialog.setPasswords(password, password);
        dialog.submit();
        QVERIFY(!dialog.isBusy());
        QVERIFY2(dialog.errorText().contains(error), qPrintable(dialog.errorText()));
    }

    void forgotPasswordChecksEachStep()
    {
        ForgotPasswordDialog dialog(*m_api);
        dialog.requestCode();
        QVERIFY(dialog.isError());
        QVERIFY(dialog.messageText().contains(QStringLiteral("email")));
        QVERIFY(!dialog.codeRequested());

        dialog.setEmail(QStringLiteral("ana@example.org"));
        dialog.resetPassword();
        QVERIFY2(dialog.messageText().contains(QStringLiteral("code")), qPrintable(dialog.messageText()));
        dialog.setCode(QStringLiteral("abc"));
        dialog.setPasswords(kGood, QStringLiteral("other"));
        dialog.resetPassword();
        QVERIFY2(dialog.messageText().contains(QStringLiteral("not the same")), qPrintable(dialog.messageText()));
        QVERIFY(!dialog.isBusy());
    }

    void changePasswordChecksTheForm()
    {
        ChangePasswordDialog dialog(*m_api);
        dialog.setPasswords({}, kGood, kGood);
        dialog.submit();
        QVERIFY(dialog.errorText().contains(QStringLiteral("current password")));
        dialog.setPasswords(kGood, kGood, kGood);
        dialog.submit();
        QVERIFY2(dialog.errorText().contains(QStringLiteral("same as the current")), qPrintable(dialog.errorText()));
        dialog.setPasswords(QStringLiteral("old password here"), QStringLiteral("short"), QStringLiteral("short"));
        dialog.submit();
        QVERIFY(dialog.errorText().contains(QStringLiteral("at least 12")));
        QVERIFY(!dialog.isBusy());
    }

    void erasingNeedsTheNameTypedAndAReason()
    {
        QSqlQuery insert(m_store->database());
        QVERIFY(insert.exec(
            QStringLiteral("INSERT INTO person (id, display_name, role) VALUES ('p1', 'Ana García', 'member')")));
        ErasePersonDialog dialog(*m_api, *m_store, QStringLiteral("p1"));
        QCOMPARE(dialog.personName(), QStringLiteral("Ana García"));
        auto *erase = dialog.findChild<QPushButton *>(QStringLiteral("eraseButton"));
        QVERIFY(!erase->isEnabled());
        dialog.setReason(QStringLiteral("Asked by email"));
        dialog.setConfirmation(QStringLiteral("ana garcía"));
        QVERIFY(!erase->isEnabled());
        dialog.erase();
        QVERIFY2(dialog.messageText().contains(QStringLiteral("exactly")), qPrintable(dialog.messageText()));
        QVERIFY(!dialog.isBusy());
        dialog.setConfirmation(QStringLiteral("Ana García"));
        QVERIFY(erase->isEnabled());
        dialog.setReason(QString());
        QVERIFY(!erase->isEnabled());
        dialog.erase();
        QVERIFY(dialog.messageText().contains(QStringLiteral("audit log")));
        QVERIFY(!dialog.isBusy());
        // Cancel is the default button: Return never erases by accident.
        QVERIFY(!erase->isDefault());
    }

    void exportNeedsAWritableFolder()
    {
        ExportMyDataDialog dialog(*m_api, m_clock);
        dialog.setFolder(m_dir->filePath(QStringLiteral("missing")));
        dialog.exportData();
        QVERIFY(dialog.isError());
        QVERIFY(dialog.messageText().contains(QStringLiteral("folder")));
        QVERIFY(!dialog.isBusy());
        QVERIFY(dialog.writtenFiles().isEmpty());
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    ManualClock m_clock;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<ApiClient> m_api;
};

QTEST_MAIN(AccountDialogsTest)
#include "AccountDialogsTest.moc"
