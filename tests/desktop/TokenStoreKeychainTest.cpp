// The token store with a real system keychain: the test starts its own D-Bus session bus and a
// gnome-keyring-daemon (Secret Service) with a fresh, unlocked login keyring in a temporary home,
// so the entries of the person running the test are never touched. QtKeychain talks to it
// exactly as on a desktop.

#include "CallerEvents.h"

#include "desktop/core/TokenStore.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QFile>
#include <QLibrary>
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
        outliveThePrivateBus();
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

    // A read, a write and a removal in the real keychain each wait for it without running the
    // caller's event loop: what was due to the caller before the call is still waiting after it.
    void keychainCallsRunNoEventsOfTheCaller()
    {
        QTemporaryDir dir;
        CallerEvents events;

        TokenStore tokens(dir.path(), kService);
        events.makeDue();
        QVERIFY(tokens.load().isEmpty()); // reads the keychain: no entry yet
        QCOMPARE(events.delivered(), QStringList());
        QTRY_COMPARE(events.delivered().size(), CallerEvents::kCount);

        events.makeDue();
        QVERIFY(tokens.save(QStringLiteral("quiet-token")).ok());
        QCOMPARE(events.delivered(), QStringList());
        QCOMPARE(tokens.place(), TokenStore::Place::Keychain);
        QTRY_COMPARE(events.delivered().size(), CallerEvents::kCount);

        TokenStore again(dir.path(), kService);
        events.makeDue();
        QCOMPARE(again.load(), QStringLiteral("quiet-token"));
        QCOMPARE(events.delivered(), QStringList());
        QTRY_COMPARE(events.delivered().size(), CallerEvents::kCount);

        events.makeDue();
        QVERIFY(again.clear().ok());
        QCOMPARE(events.delivered(), QStringList());
        QVERIFY(TokenStore(dir.path(), kService).load().isEmpty());
        QTRY_COMPARE(events.delivered().size(), CallerEvents::kCount);
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
    // GLib ends a process whose session bus closes under it (a GDBusConnection's exit-on-close,
    // SIGTERM), as at the end of a desktop session. The Secret Service client (libsecret, over
    // GDBus) connects to this test's private bus, which goes away in cleanupTestCase while the
    // keychain thread still listens, until the application object goes: that connection is told
    // to let the test end by itself. GIO is loaded by name, as QtKeychain loads libsecret.
    static void outliveThePrivateBus()
    {
        QLibrary gio(QStringLiteral("gio-2.0"), 0);
        using BusGetSync = void *(*)(int busType, void *cancellable, void **error);
        using SetExitOnClose = void (*)(void *connection, int exitOnClose);
        const auto busGetSync = reinterpret_cast<BusGetSync>(gio.resolve("g_bus_get_sync"));
        const auto setExitOnClose
            = reinterpret_cast<SetExitOnClose>(gio.resolve("g_dbus_connection_set_exit_on_close"));
        if (!busGetSync || !setExitOnClose)
            return; // no GIO, no libsecret: QtKeychain talks through QtDBus, which never ends the process
        const int sessionBus = 2; // G_BUS_TYPE_SESSION
        // The process's one session connection, which libsecret shares; the reference is kept.
        if (void *connection = busGetSync(sessionBus, nullptr, nullptr))
            setExitOnClose(connection, 0);
    }

    QTemporaryDir m_home;
    QProcess m_bus;
    QProcess m_keyring;
};

QTEST_GUILESS_MAIN(TokenStoreKeychainTest)
#include "TokenStoreKeychainTest.moc"
