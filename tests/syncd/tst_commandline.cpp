#include "syncd/CommandLine.h"
#include "syncd/Commands.h"

#include "common/Clock.h"

#include "TestPrinters.h"
#include <QTemporaryDir>

#include <QTest>

#include <sstream>

using namespace commonroom;
using namespace commonroom::syncd;

namespace {

Result<Command> parse(std::vector<std::string_view> arguments)
{
    arguments.insert(arguments.begin(), "commonroom-syncd");
    return CommandLine::parse(arguments);
}

struct Outcome
{
    int status;
    std::string out;
    std::string err;
};

Outcome runCommand(std::vector<std::string_view> arguments, const std::string &input = {})
{
    std::istringstream in(input);
    std::ostringstream out;
    std::ostringstream err;
    arguments.insert(arguments.begin(), "commonroom-syncd");
    const ManualClock clock;
    const int status = Commands(in, out, err, clock).run(arguments);
    return Outcome {status, out.str(), err.str()};
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void parsesServeWithDefaults()
    {
        const auto command = parse({"serve", "--data", "/srv/commonroom"});
        QVERIFY(command.ok());
        const auto &serve = std::get<ServeCommand>(*command);
        QCOMPARE(serve.data.string(), "/srv/commonroom");
        QCOMPARE(serve.host, "127.0.0.1");
        QCOMPARE(serve.port, 8443);
        QVERIFY(!serve.tlsCertificate);
        QCOMPARE(serve.rateLimit, 50u);
        QCOMPARE(serve.loginRateLimit, 10u);
        QCOMPARE(serve.readTimeout.count(), 30);
        QVERIFY(!serve.maxConnections);
        QCOMPARE(serve.dedupeInterval.count(), 24);
        QCOMPARE(
            std::get<ServeCommand>(*parse({"serve", "--data", "/d", "--dedupe-every", "0"})).dedupeInterval.count(), 0);
    }

    void parsesLimitsAndTimeouts()
    {
        const auto command
            = parse({"serve", "--data", "/d", "--rate-limit", "5", "--login-rate-limit=0", "--read-timeout", "2"});
        QVERIFY(command.ok());
        const auto &serve = std::get<ServeCommand>(*command);
        QCOMPARE(serve.rateLimit, 5u);
        QCOMPARE(serve.loginRateLimit, 0u);
        QCOMPARE(serve.readTimeout.count(), 2);
        QCOMPARE(std::get<ServeCommand>(*parse({"serve", "--data", "/d", "--rate-limit", "0"})).rateLimit, 0u);
        QCOMPARE(*std::get<ServeCommand>(*parse({"serve", "--data", "/d", "--max-connections", "200"})).maxConnections,
            200u);
        // The mail server's sending limits: none unless given.
        QCOMPARE(serve.mailPerMinute, 0u);
        QCOMPARE(serve.mailPerDay, 0u);
        const auto limited = parse({"serve", "--data", "/d", "--mail-per-minute", "30", "--mail-per-day=500"});
        QVERIFY(limited.ok());
        QCOMPARE(std::get<ServeCommand>(*limited).mailPerMinute, 30u);
        QCOMPARE(std::get<ServeCommand>(*limited).mailPerDay, 500u);
        const auto signing = parse({"serve", "--data", "/d", "--dkim-key", "/etc/dkim.pem", "--dkim-selector", "mail"});
        QVERIFY(signing.ok());
        QCOMPARE(std::get<ServeCommand>(*signing).dkimKey->string(), std::string("/etc/dkim.pem"));
        QCOMPARE(std::get<ServeCommand>(*signing).dkimSelector, std::string("mail"));
        QVERIFY(std::get<ServeCommand>(*signing).dkimDomain.empty()); // --mail-from's
    }

    void parsesListenAddresses()
    {
        const auto command
            = parse({"serve", "--data=/d", "--listen", "[::1]:0", "--tls-cert", "c.pem", "--tls-key=k.pem"});
        QVERIFY(command.ok());
        const auto &serve = std::get<ServeCommand>(*command);
        QCOMPARE(serve.host, "::1");
        QCOMPARE(serve.port, 0);
        QCOMPARE(serve.tlsCertificate->string(), "c.pem");
        QCOMPARE(serve.tlsKey->string(), "k.pem");
        QCOMPARE(CommandLine::parseListen("0.0.0.0:8443")->first, "0.0.0.0");
        for (const char *bad : {"8443", "localhost:8443", "127.0.0.1:", "127.0.0.1:65536", "127.0.0.1:http", "::1:80"})
            QVERIFY2(!CommandLine::parseListen(bad).ok(), bad);
    }

    void parsesInitAndSeedDemo()
    {
        const auto init = parse({"init", "--data", "/d", "--admin-email", "root@example.org", "--password-stdin"});
        QVERIFY(init.ok());
        QCOMPARE(std::get<InitCommand>(*init).adminEmail, "root@example.org");

        const auto seed = parse({"seed-demo", "--data", "/d"});
        QCOMPARE(std::get<SeedDemoCommand>(*seed).people, 300u);
        QCOMPARE(std::get<SeedDemoCommand>(*seed).password, "harbour-lights-demo");
        const auto sized = parse({"seed-demo", "--data", "/d", "--people", "1000000", "--demo-password", "pw"});
        QCOMPARE(std::get<SeedDemoCommand>(*sized).people, 1000000u);
        QCOMPARE(std::get<SeedDemoCommand>(*sized).password, "pw");
        const auto dedupe = parse({"dedupe", "--data", "/d"});
        QCOMPARE(std::get<DedupeCommand>(*dedupe).threshold, DuplicateScan::kDefaultThreshold);
        QCOMPARE(std::get<DedupeCommand>(*parse({"dedupe", "--data", "/d", "--threshold", "0.98"})).threshold, 0.98);
        QVERIFY(std::holds_alternative<HelpCommand>(*parse({"--help"})));
        QVERIFY(std::holds_alternative<HelpCommand>(*parse({"serve", "--help"})));
    }

    void usageErrorsSayWhatIsWrong_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no command") << QStringList {} << "command";
        QTest::newRow("unknown command") << QStringList {"start"} << "start";
        QTest::newRow("no data") << QStringList {"serve"} << "--data";
        QTest::newRow("unknown option") << QStringList {"serve", "--data", "/d", "--port", "1"} << "--port";
        QTest::newRow("missing value") << QStringList {"serve", "--data"} << "--data";
        QTest::newRow("cert without key") << QStringList {"serve", "--data", "/d", "--tls-cert", "c"} << "--tls-key";
        QTest::newRow("postgres") << QStringList {"serve", "--data", "/d", "--db", "postgresql://x"} << "--db";
        QTest::newRow("no stdin flag") << QStringList {"init", "--data", "/d", "--admin-email", "a@b.c"}
                                       << "--password-stdin";
        QTest::newRow("no email") << QStringList {"init", "--data", "/d", "--password-stdin"} << "--admin-email";
        QTest::newRow("flag with value") << QStringList {"init", "--data", "/d", "--admin-email", "a@b.c",
            "--password-stdin=yes"} << "--password-stdin";
        QTest::newRow("bad people") << QStringList {"seed-demo", "--data", "/d", "--people", "many"} << "--people";
        QTest::newRow("rate not a number")
            << QStringList {"serve", "--data", "/d", "--rate-limit", "fast"} << "--rate-limit";
        QTest::newRow("negative rate") << QStringList {"serve", "--data", "/d", "--rate-limit", "-1"} << "--rate-limit";
        QTest::newRow("login rate too big")
            << QStringList {"serve", "--data", "/d", "--login-rate-limit", "9999999"} << "--login-rate-limit";
        QTest::newRow("zero timeout") << QStringList {"serve", "--data", "/d", "--read-timeout", "0"}
                                      << "--read-timeout";
        QTest::newRow("timeout with unit")
            << QStringList {"serve", "--data", "/d", "--read-timeout", "30s"} << "--read-timeout";
        QTest::newRow("no connections") << QStringList {"serve", "--data", "/d", "--max-connections", "0"}
                                        << "--max-connections";
        QTest::newRow("mail limit not a number")
            << QStringList {"serve", "--data", "/d", "--mail-per-day", "lots"} << "--mail-per-day";
        QTest::newRow("negative mail limit")
            << QStringList {"serve", "--data", "/d", "--mail-per-minute", "-5"} << "--mail-per-minute";
        QTest::newRow("dkim key alone") << QStringList {"serve", "--data", "/d", "--dkim-key", "k.pem"}
                                        << "--dkim-selector";
        QTest::newRow("dkim domain alone")
            << QStringList {"serve", "--data", "/d", "--dkim-domain", "example.org"} << "--dkim-domain";
        QTest::newRow("stray argument") << QStringList {"seed-demo", "/d"} << "/d";
        QTest::newRow("threshold too low")
            << QStringList {"dedupe", "--data", "/d", "--threshold", "0.2"} << "--threshold";
        QTest::newRow("threshold not a number")
            << QStringList {"dedupe", "--data", "/d", "--threshold", "high"} << "--threshold";
        QTest::newRow("dedupe in minutes")
            << QStringList {"serve", "--data", "/d", "--dedupe-every", "30m"} << "--dedupe-every";
    }

    void usageErrorsSayWhatIsWrong()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        std::vector<std::string> storage;
        for (const auto &argument : arguments)
            storage.push_back(argument.toStdString());
        std::vector<std::string_view> views(storage.begin(), storage.end());
        const auto command = parse(views);
        QVERIFY(!command.ok());
        QCOMPARE(command.error().code, "usage");
        QVERIFY2(
            command.error().message.find(mentions.toStdString()) != std::string::npos, command.error().message.c_str());

        const auto outcome = runCommand(views);
        QCOMPARE(outcome.status, Commands::kUsage);
        QVERIFY(outcome.err.find("--help") != std::string::npos);
    }

    void helpPrintsUsage()
    {
        const auto outcome = runCommand({"--help"});
        QCOMPARE(outcome.status, Commands::kOk);
        QVERIFY(outcome.out.find("commonroom-syncd serve --data DIR") != std::string::npos);
    }

    void initCreatesTheAdminOnce()
    {
        QTemporaryDir dir;
        const std::string data = dir.filePath(QStringLiteral("data")).toStdString();
        const auto first = runCommand({"init", "--data", data, "--admin-email", "root@example.org", "--password-stdin"},
            "correct horse battery\n");
        QCOMPARE(first.status, Commands::kOk);
        QVERIFY(first.out.find("root@example.org") != std::string::npos);
        QVERIFY(QFile::exists(QString::fromStdString(data + "/commonroom.db")));
        QCOMPARE(QFile::permissions(QString::fromStdString(data)) & (QFile::ReadOther | QFile::ReadGroup),
            QFileDevice::Permissions {});

        const auto again = runCommand({"init", "--data", data, "--admin-email", "ROOT@example.org", "--password-stdin"},
            "another long password\n");
        QCOMPARE(again.status, Commands::kFailed);
        QVERIFY2(again.err.find("already exists") != std::string::npos, again.err.c_str());
    }

    void initRefusesBadPasswordsAndEmails()
    {
        QTemporaryDir dir;
        const std::string data = dir.path().toStdString();
        const auto empty
            = runCommand({"init", "--data", data, "--admin-email", "root@example.org", "--password-stdin"});
        QCOMPARE(empty.status, Commands::kFailed);
        QVERIFY(empty.err.find("standard input") != std::string::npos);
        const auto shortPassword
            = runCommand({"init", "--data", data, "--admin-email", "root@example.org", "--password-stdin"}, "short\n");
        QCOMPARE(shortPassword.status, Commands::kFailed);
        QVERIFY(shortPassword.err.find("12 characters") != std::string::npos);
        const auto badEmail = runCommand(
            {"init", "--data", data, "--admin-email", "root", "--password-stdin"}, "correct horse battery\n");
        QCOMPARE(badEmail.status, Commands::kFailed);
        QVERIFY(badEmail.err.find("not an email address") != std::string::npos);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("commonroom.db"))));
    }

    void serveNeedsAnInitializedDirectory()
    {
        QTemporaryDir dir;
        const auto outcome = runCommand({"serve", "--data", dir.path().toStdString(), "--listen", "127.0.0.1:0"});
        QCOMPARE(outcome.status, Commands::kFailed);
        QVERIFY2(outcome.err.find("commonroom-syncd init --data") != std::string::npos, outcome.err.c_str());
    }

    void dedupeNeedsAnInitializedDirectory()
    {
        QTemporaryDir dir;
        const auto outcome = runCommand({"dedupe", "--data", dir.path().toStdString()});
        QCOMPARE(outcome.status, Commands::kFailed);
        QVERIFY2(outcome.err.find("no Commonroom database") != std::string::npos, outcome.err.c_str());
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("commonroom.db"))));
    }

    void errorsNameTheFileAndTheReason()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const std::string data = blocker.fileName().toStdString();
        const auto outcome = runCommand({"seed-demo", "--data", data + "/sub"});
        QCOMPARE(outcome.status, Commands::kFailed);
        QVERIFY2(outcome.err.find(data + "/sub") != std::string::npos, outcome.err.c_str());
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
