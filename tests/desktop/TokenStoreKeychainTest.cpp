// The token store with a real system keychain: the test starts its own D-Bus session bus and a
// gnome-keyring-daemon (Secret Service) with a fresh, unlocked login keyring in a temporary home,
// so the entries of the person running the test are never touched. QtKeychain talks to it
// exactly as on a desktop.

#include "desktop/core/TokenStore.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace commonroom;

namespace {

const QString kService = QStringLiteral("Commonroom test");

} // namespace

class TokenStoreKeychainTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const QString dbus = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
        const QString keyring = QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon"));
        if (dbus.isEmpty() || keyring.isEmpty())
            QSKIP("dbus-daemon and gnome-keyring-daemon are needed (Debian: dbus, gnome-keyring)");
        QVERIFY(m_home.isValid());

        m_bus.setProgram(dbus);
        m_bus.setArguments(
            {QStringLiteral("--session"), QStringLiteral("--nofork"), QStringLiteral("--print-address=1")});
        m_bus.start();
        QVERIFY(m_bus.waitForStarted());
        QVERIFY(QTest::qWaitFor([&] { return m_bus.canReadLine(); }, 30000));
        const QByteArray address = m_bus.readLine().trimmed();
        QVERIFY(!address.isEmpty());

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QString::fromUtf8(address));
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_home.filePath(QStringLiteral("run")));
        QVERIFY(QDir(m_home.path()).mkpath(QStringLiteral("run")));
        QFile::setPermissions(m_home.filePath(QStringLiteral("run")),
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        m_keyring.setProcessEnvironment(env);
        m_keyring.setProgram(keyring);
        // --unlock reads the password of a new login keyring from stdin and leaves it unlocked.
        m_keyring.setArguments(
            {QStringLiteral("--foreground"), QStringLiteral("--unlock"), QStringLiteral("--components=secrets")});
        m_keyring.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_keyring.start();
        QVERIFY(m_keyring.waitForStarted());
        m_keyring.write("test-keyring-password");
        m_keyring.closeWriteChannel();

        QDBusConnection connection = QDBusConnection::connectToBus(QString::fromUtf8(address), QStringLiteral("probe"));
        QVERIFY(connection.isConnected());
        QVERIFY(QTest::qWaitFor(
            [&] { return connection.interface()->isServiceRegistered(QStringLiteral("org.freedesktop.secrets")); },
            30000));
        QDBusConnection::disconnectFromBus(QStringLiteral("probe"));

        // From here on this process's keychain calls go to the private bus, through the Secret
        // Service (QtKeychain prefers KWallet on a KDE desktop).
        qputenv("DBUS_SESSION_BUS_ADDRESS", address);
        qputenv("XDG_CURRENT_DESKTOP", "GNOME");
        qunsetenv("DESKTOP_SESSION");
        qunsetenv("KDE_SESSION_VERSION");
    }

    void cleanupTestCase()
    {
        for (QProcess *process : {&m_keyring, &m_bus}) {
            if (process->state() != QProcess::NotRunning) {
                process->terminate();
                if (!process->waitForFinished(10000))
                    process->kill();
                process->waitForFinished(10000);
            }
        }
    }

    void keepsTheTokenInTheKeychainAndNotInAFile()
    {
        QTemporaryDir dir;
        TokenStore tokens(dir.path(), kService);
        QVERIFY2(tokens.keychainAvailable(), qPrintable(tokens.keychainError()));
        QCOMPARE(tokens.place(), TokenStore::Place::Keychain);
        QVERIFY(tokens.save(QStringLiteral("keychain-token")).ok());
        QCOMPARE(tokens.place(), TokenStore::Place::Keychain);
        QVERIFY2(tokens.description().contains(QStringLiteral("keychain")), qPrintable(tokens.description()));
        QVERIFY(!QFile::exists(tokens.filePath()));
        QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());

        // Another run of the program reads it back from the keychain.
        TokenStore again(dir.path(), kService);
        QCOMPARE(again.load(), QStringLiteral("keychain-token"));
        QCOMPARE(again.place(), TokenStore::Place::Keychain);

        QVERIFY(again.clear().ok());
        QVERIFY(again.load().isEmpty());
        QVERIFY(TokenStore(dir.path(), kService).load().isEmpty());
    }

    void eachProfileHasItsOwnEntry()
    {
        QTemporaryDir first;
        QTemporaryDir second;
        TokenStore one(first.path(), kService);
        TokenStore two(second.path(), kService);
        QVERIFY(one.save(QStringLiteral("token-one")).ok());
        QVERIFY(two.save(QStringLiteral("token-two")).ok());
        QVERIFY(one.keychainKey() != two.keychainKey());
        QCOMPARE(TokenStore(first.path(), kService).load(), QStringLiteral("token-one"));
        QCOMPARE(TokenStore(second.path(), kService).load(), QStringLiteral("token-two"));
        QVERIFY(one.clear().ok());
        QVERIFY(TokenStore(first.path(), kService).load().isEmpty());
        QCOMPARE(TokenStore(second.path(), kService).load(), QStringLiteral("token-two"));
        QVERIFY(two.clear().ok());
    }

    void aTokenLeftInAFileMovesIntoTheKeychain()
    {
        // As saved by an earlier run on a machine without keychain (or by an older version).
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("session-token")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("file-token");
        file.close();

        TokenStore tokens(dir.path(), kService);
        QCOMPARE(tokens.load(), QStringLiteral("file-token"));
        QCOMPARE(tokens.place(), TokenStore::Place::Keychain);
        QVERIFY(!file.exists());
        QCOMPARE(TokenStore(dir.path(), kService).load(), QStringLiteral("file-token"));
        QVERIFY(tokens.clear().ok());
    }

    void savingRemovesAStaleFileCopy()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("session-token")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("stale-token");
        file.close();

        TokenStore tokens(dir.path(), kService);
        QVERIFY(tokens.save(QStringLiteral("fresh-token")).ok());
        QVERIFY(!file.exists());
        QCOMPARE(TokenStore(dir.path(), kService).load(), QStringLiteral("fresh-token"));
        QVERIFY(tokens.clear().ok());
    }

private:
    QTemporaryDir m_home;
    QProcess m_bus;
    QProcess m_keyring;
};

QTEST_GUILESS_MAIN(TokenStoreKeychainTest)
#include "TokenStoreKeychainTest.moc"
