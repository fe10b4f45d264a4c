// The desktop's answer to a damaged community copy at start: recover only when the user agrees,
// leave the file untouched otherwise, and say what was kept.

#include "desktop/ui/StartupRecovery.h"
#include "ScriptedPrompts.h"

#include "common/Clock.h"
#include "desktop/core/Device.h"
#include "desktop/core/LocalStore.h"
#include "desktop/core/Profile.h"
#include "desktop/core/TokenStore.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace commonroom;
using namespace commonroom::testing;

class StartupRecoveryTest : public QObject
{
    Q_OBJECT

private:
    ManualClock m_clock;

    static QByteArray bytesOf(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // A profile whose database file is not a database any more, with a saved session.
    Error damage(const Profile &profile)
    {
        QFile file(profile.databasePath());
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(QByteArray(8192, '\x5a'));
        file.close();
        (void)TokenStore(profile.dir()).save(QStringLiteral("session-of-the-damaged-device"));
        LocalStore store(m_clock);
        const Status opened = store.open(profile.databasePath());
        return opened ? Error {} : opened.error();
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void declinedLeavesTheFileUntouched()
    {
        QTemporaryDir dir;
        const Profile profile(dir.path());
        const Error damaged = damage(profile);
        QCOMPARE(damaged.code, std::string("damaged"));
        const QByteArray before = bytesOf(profile.databasePath());
        ScriptedPrompts prompts;
        prompts.agree = false;
        Device device(m_clock, profile);
        const LocalStore &store = device.store();
        const Status result = StartupRecovery::offer(device, damaged, prompts);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, std::string("damaged"));
        QCOMPARE(prompts.asked, QStringList {QStringLiteral("confirm:Damaged community copy")});
        const QString asked = prompts.questions.front().text;
        QVERIFY(asked.contains(profile.databasePath()));
        QVERIFY(asked.contains(QStringLiteral("keep the changes not yet sent")));
        QVERIFY(!store.isOpen());
        QCOMPARE(bytesOf(profile.databasePath()), before);
        QVERIFY(!QFile::exists(profile.databasePath() + QStringLiteral(".damaged")));
        QCOMPARE(TokenStore(profile.dir()).load(), QStringLiteral("session-of-the-damaged-device"));
    }

    void acceptedSetsTheFileAsideAndOpensAFreshCopy()
    {
        QTemporaryDir dir;
        const Profile profile(dir.path());
        const Error damaged = damage(profile);
        const QByteArray before = bytesOf(profile.databasePath());
        ScriptedPrompts prompts;
        prompts.agree = true;
        Device device(m_clock, profile);
        const LocalStore &store = device.store();
        const Status result = StartupRecovery::offer(device, damaged, prompts);
        QVERIFY2(result.ok(), result.ok() ? "" : result.error().message.c_str());
        QVERIFY(store.isOpen());
        QCOMPARE(store.pendingCount(), 0);
        const QString aside = profile.databasePath() + QStringLiteral(".damaged");
        QCOMPARE(bytesOf(aside), before); // nothing deleted
        QCOMPARE(prompts.asked,
            (QStringList {
                QStringLiteral("confirm:Damaged community copy"), QStringLiteral("inform:Damaged community copy")}));
        const QString told = prompts.told.front();
        QVERIFY(told.contains(aside));
        QVERIFY(told.contains(QStringLiteral("0 unsent change")));
        // Nothing in the file told which device this was: it signs in again as a new one.
        QVERIFY(told.contains(QStringLiteral("sign in again")));
        QVERIFY(TokenStore(profile.dir()).load().isEmpty());
    }
};

QTEST_MAIN(StartupRecoveryTest)
#include "StartupRecoveryTest.moc"
