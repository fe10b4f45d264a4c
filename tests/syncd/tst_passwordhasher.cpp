#include "syncd/Encoding.h"
#include "syncd/PasswordHasher.h"
#include "syncd/PasswordPolicy.h"

#include "TestPrinters.h"
#include <QElapsedTimer>

#include <QTest>

using namespace commonroom::syncd;

namespace {

std::vector<std::string> split(const std::string &text)
{
    std::vector<std::string> parts;
    std::size_t start = 0;
    for (auto end = text.find('$'); end != std::string::npos; end = text.find('$', start)) {
        parts.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    parts.push_back(text.substr(start));
    return parts;
}

} // namespace

class TestPasswordHasher : public QObject
{
    Q_OBJECT

private slots:
    void hashesAreSelfDescribingScrypt()
    {
        const PasswordHasher hasher;
        const std::string stored = hasher.hash("correct horse battery");
        const auto parts = split(stored);
        QCOMPARE(parts.size(), 6u);
        QCOMPARE(parts[0], "scrypt");
        QCOMPARE(parts[1], "32768");
        QCOMPARE(parts[2], "8");
        QCOMPARE(parts[3], "1");
        QCOMPARE(fromBase64(parts[4])->size(), 16u);
        QCOMPARE(fromBase64(parts[5])->size(), 32u);
        QVERIFY(hasher.verify("correct horse battery", stored));
        QVERIFY(!hasher.verify("correct horse batterY", stored));
        QVERIFY(!hasher.verify("", stored));
    }

    void eachHashHasItsOwnSalt()
    {
        const PasswordHasher hasher(PasswordHasher::Parameters {1024, 8, 1});
        const auto first = hasher.hash("same password here");
        const auto second = hasher.hash("same password here");
        QVERIFY(first != second);
        QVERIFY(hasher.verify("same password here", first));
        QVERIFY(hasher.verify("same password here", second));
    }

    void verifyReadsTheCostFromTheStoredHash()
    {
        const PasswordHasher cheap(PasswordHasher::Parameters {1024, 8, 1});
        const PasswordHasher standard;
        const auto stored = cheap.hash("a long passphrase");
        QVERIFY(stored.starts_with("scrypt$1024$8$1$"));
        QVERIFY(standard.verify("a long passphrase", stored));
    }

    void unreadableOrTamperedHashesNeverVerify()
    {
        const PasswordHasher hasher(PasswordHasher::Parameters {1024, 8, 1});
        const auto stored = hasher.hash("a long passphrase");
        auto tampered = stored;
        tampered[tampered.size() - 3] = tampered[tampered.size() - 3] == 'A' ? 'B' : 'A';
        QVERIFY(!hasher.verify("a long passphrase", tampered));

        const auto parts = split(stored);
        const std::string salt = parts[4];
        const std::string hash = parts[5];
        for (const std::string &bad : {std::string(), std::string("plain text"), "bcrypt$1024$8$1$" + salt + "$" + hash,
                 "scrypt$1000$8$1$" + salt + "$" + hash, "scrypt$1024$0$1$" + salt + "$" + hash,
                 "scrypt$1024$8$1$" + salt, "scrypt$1024$8$1$!!!!$" + hash, "scrypt$1024$8$1$" + salt + "$"}) {
            QVERIFY2(!hasher.verify("a long passphrase", bad), bad.c_str());
        }
    }

    void absurdCostsAreRefusedWithoutWorking()
    {
        const PasswordHasher hasher;
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!hasher.verify("x", "scrypt$1073741824$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAA"));
        QVERIFY(!hasher.verify("x", "scrypt$1024$4096$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAA"));
        QVERIFY(timer.elapsed() < 1000);
    }

    void passwordsNeedTwelveCharacters()
    {
        QVERIFY(!PasswordPolicy::check("short").ok());
        QVERIFY(!PasswordPolicy::check("elevenchars").ok());
        QCOMPARE(PasswordPolicy::check("elevenchars").error().code, "weak_password");
        QVERIFY(PasswordPolicy::check("twelve plums").ok());
        // Characters, not bytes: six two-byte letters are still six.
        QVERIFY(!PasswordPolicy::check("ñññññó").ok());
        QVERIFY(PasswordPolicy::check("密码密码密码密码密码密码").ok());
    }
};

QTEST_GUILESS_MAIN(TestPasswordHasher)
#include "tst_passwordhasher.moc"
