// The token store where no system keychain answers, as on a headless server or in CI: the test
// runs with a session bus address that leads nowhere (set by commonroom_add_test), so the real
// QtKeychain fails and the store falls back to a 0600 file — or to memory when that is refused.

#include "CallerEvents.h"

#include "desktop/core/TokenStore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace commonroom;

namespace {

const QString kService = QStringLiteral("Commonroom test");

} // namespace

class TokenStoreTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Whatever the environment of the person running the test, no keychain is reachable.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/commonroom-test-bus");
    }

    void noKeychainIsDetectedAndExplained()
    {
        QTemporaryDir dir;
        TokenStore tokens(dir.path(), kService);
        QVERIFY(!tokens.keychainAvailable());
        QVERIFY(!tokens.keychainError().isEmpty());
        QCOMPARE(tokens.place(), TokenStore::Place::File);
        QVERIFY2(tokens.description().contains(QStringLiteral("no system keychain")), qPrintable(tokens.description()));
        QVERIFY(tokens.load().isEmpty());
    }

    // Asking the keychain waits for it without running the caller's event loop: what was due to
    // the caller before the call is still waiting after it, and its own loop delivers it.
    void keychainCallsRunNoEventsOfTheCaller()
    {
        QTemporaryDir dir;
        TokenStore tokens(dir.path(), kService);
        CallerEvents events;
        events.makeDue();
        QVERIFY(!tokens.keychainAvailable()); // the first question goes to the keychain
        QCOMPARE(events.delivered(), QStringList());
        QTRY_COMPARE(events.delivered().size(), CallerEvents::kCount);
    }

    // Every store of the program asks through the same keychain thread: one store after another,
    // each is answered (the keychain's job queue hears of each job's end in that thread).
    void manyStoresInTurnAreEachAnswered()
    {
        QTemporaryDir dir;
        for (int run = 0; run < 5; ++run) {
            TokenStore tokens(dir.path(), kService);
            QVERIFY(!tokens.keychainAvailable());
            QVERIFY(!tokens.keychainError().isEmpty());
        }
    }

    void fallsBackToAFileOnlyItsOwnerMayRead()
    {
        QTemporaryDir dir;
        {
            TokenStore tokens(dir.path(), kService);
            QVERIFY(tokens.save(QStringLiteral("secret-token")).ok());
            QCOMPARE(tokens.place(), TokenStore::Place::File);
            QVERIFY2(tokens.description().contains(tokens.filePath()), qPrintable(tokens.description()));
            QCOMPARE(tokens.load(), QStringLiteral("secret-token"));
        }
        const QString path = dir.filePath(QStringLiteral("session-token"));
        QFile file(path);
        QVERIFY(file.exists());
        QCOMPARE(file.permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
            QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArrayLiteral("secret-token"));

        // Another run of the program finds it.
        TokenStore again(dir.path(), kService);
        QCOMPARE(again.load(), QStringLiteral("secret-token"));
        QCOMPARE(again.place(), TokenStore::Place::File);
        QVERIFY(again.clear().ok());
        QVERIFY(!QFile::exists(path));
        QVERIFY(again.load().isEmpty());
        QVERIFY(TokenStore(dir.path(), kService).load().isEmpty());
    }

    void aFileReadableByOthersIsReplacedByAPrivateOne()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("session-token"));
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old-token");
        old.close();
        QVERIFY(old.setPermissions(old.permissions() | QFileDevice::ReadOther | QFileDevice::ReadGroup));

        TokenStore tokens(dir.path(), kService);
        QVERIFY(tokens.save(QStringLiteral("new-token")).ok());
        QFile file(path);
        QVERIFY(!(file.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup)));
        QCOMPARE(TokenStore(dir.path(), kService).load(), QStringLiteral("new-token"));
    }

    void refusedFileFallbackKeepsTheTokenInMemoryOnly()
    {
        QTemporaryDir dir;
        TokenStore tokens(dir.path(), kService);
        tokens.setFileFallback(TokenStore::FileFallback::Refused);
        QCOMPARE(tokens.place(), TokenStore::Place::Memory);
        QVERIFY(tokens.save(QStringLiteral("memory-token")).ok());
        QCOMPARE(tokens.load(), QStringLiteral("memory-token"));
        QCOMPARE(tokens.place(), TokenStore::Place::Memory);
        QVERIFY2(tokens.description().contains(QStringLiteral("only in memory")), qPrintable(tokens.description()));
        QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
        // The next run of the program is signed out.
        QVERIFY(TokenStore(dir.path(), kService).load().isEmpty());
        QVERIFY(tokens.clear().ok());
        QVERIFY(tokens.load().isEmpty());
    }

    void anUnwritableProfileIsAnErrorAndKeepsNothing()
    {
        QTemporaryDir dir;
        const QString missing = dir.filePath(QStringLiteral("no/such/profile"));
        TokenStore tokens(missing, kService);
        const Status saved = tokens.save(QStringLiteral("lost-token"));
        QVERIFY(!saved.ok());
        QVERIFY2(QString::fromStdString(saved.error().message).contains(QStringLiteral("session-token")),
            saved.error().message.c_str());
        QVERIFY(tokens.load().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TokenStoreTest)
#include "TokenStoreTest.moc"
