// Starts the real commonroom-syncd and abuses what it answers without a session: probing which
// emails have accounts, dodging the per-address limit with made-up tokens, flooding it with
// applications (each a deliberately slow password hash), guessing passwords across a restart,
// and a guesser sharing an address with honest people (docs/security.md).
#include "RawHttps.h"

#include <QJsonArray>
#include <QTemporaryDir>

#include <vector>

namespace {

QByteArray applyBody(const QByteArray &email, const QByteArray &name = "Applicant")
{
    return R"({"email":")" + email + R"(","password":"tenants union forever","display_name":")" + name
        + R"(","about":"","consent":true,"device":")" + newId() + R"("})";
}

QJsonObject jsonOf(const Response &response)
{
    return QJsonDocument::fromJson(response.body).object();
}

QStringList sortedKeys(const QJsonObject &object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

} // namespace

class TestSignInAbuse : public QObject
{
    Q_OBJECT

private:
    // A daemon over a data dir of its own: failures are kept in the database, so tests share none.
    struct Fixture
    {
        QTemporaryDir dir;
        Daemon daemon;

        bool start(const QStringList &options = {})
        {
            return dir.isValid() && initDataDir(dir.path()) && daemon.start(dir.path(), options);
        }

        QByteArray signIn(const QByteArray &email, const QByteArray &password, int *status = nullptr)
        {
            const auto reply = exchange(daemon, request("POST", "/v1/auth/login", loginBody(email, password, newId())));
            if (status)
                *status = reply.status;
            return jsonOf(reply).value(QStringLiteral("token")).toString().toLatin1();
        }
    };

private slots:
    void applyingWithAKnownEmailAnswersLikeANewApplication()
    {
        Fixture f;
        QVERIFY(f.start({QStringLiteral("--login-rate-limit"), QStringLiteral("0")}));
        const auto fresh = exchange(f.daemon, request("POST", "/v1/auth/apply", applyBody("fresh@example.org")));
        const auto known = exchange(f.daemon, request("POST", "/v1/auth/apply", applyBody(kAdminEmail)));
        QCOMPARE(fresh.status, 200);
        QVERIFY2(known.status == fresh.status, known.body.constData());
        QCOMPARE(sortedKeys(jsonOf(known)), sortedKeys(jsonOf(fresh)));
        QCOMPARE(jsonOf(known).value(QStringLiteral("roles")), jsonOf(fresh).value(QStringLiteral("roles")));

        // The admin's account is untouched, and the attempt is in the audit log for the admin.
        const QByteArray admin = f.signIn(kAdminEmail, kAdminPassword);
        QVERIFY(!admin.isEmpty());
        const auto audit = exchange(f.daemon, request("GET", "/v1/audit?action=apply_existing", {}, {bearer(admin)}));
        QCOMPARE(audit.status, 200);
        QCOMPARE(jsonOf(audit).value(QStringLiteral("entries")).toArray().size(), 1);
    }

    void aMadeUpTokenDoesNotLiftTheLimitOnSignIns()
    {
        Fixture f;
        QVERIFY(f.start({QStringLiteral("--login-rate-limit"), QStringLiteral("1")}));
        Response refused;
        for (int attempt = 0; attempt < 20 && refused.status == 0; ++attempt) {
            const auto reply = exchange(f.daemon,
                request("POST", "/v1/auth/login",
                    loginBody(kAdminEmail, "guess " + QByteArray::number(attempt), newId()),
                    {bearer("made-up-" + newId())}));
            if (reply.status == 429)
                refused = reply;
            else
                QCOMPARE(reply.status, 401);
        }
        QCOMPARE(refused.status, 429);
        QCOMPARE(refused.errorCode(), QStringLiteral("rate_limited"));
        QVERIFY(refused.headers.value("retry-after").toInt() >= 1);
    }

    void aFloodOfApplicationsIsBoundedAndHealthStaysFast()
    {
        Fixture f;
        QVERIFY(f.start({QStringLiteral("--login-rate-limit"), QStringLiteral("0")}));
        constexpr int kApplications = 60;
        std::vector<std::unique_ptr<RawClient>> clients;
        for (int i = 0; i < kApplications; ++i) {
            clients.push_back(std::make_unique<RawClient>());
            QVERIFY(clients.back()->connect(f.daemon));
        }
        for (int i = 0; i < kApplications; ++i)
            QVERIFY(clients[i]->send(
                request("POST", "/v1/auth/apply", applyBody("flood" + QByteArray::number(i) + "@example.org"))));
        QElapsedTimer timer;
        timer.start();
        const auto health = exchange(f.daemon, request("GET", "/v1/health"));
        const qint64 healthMs = timer.elapsed();
        QCOMPARE(health.status, 200);
        QVERIFY2(healthMs < 1000, qPrintable(QStringLiteral("health took %1 ms").arg(healthMs)));

        int created = 0;
        int busy = 0;
        for (auto &client : clients) {
            const auto reply = client->receive();
            if (reply.status == 200) {
                ++created;
            } else {
                QCOMPARE(reply.status, 503);
                QCOMPARE(reply.errorCode(), QStringLiteral("busy"));
                QVERIFY(reply.headers.value("retry-after").toInt() >= 1);
                QVERIFY(jsonOf(reply)
                            .value(QStringLiteral("error"))
                            .toObject()
                            .value(QStringLiteral("message"))
                            .toString()
                            .contains(QStringLiteral("try again")));
                ++busy;
            }
        }
        QVERIFY2(busy > 0, "no application was turned away");
        QVERIFY2(created > 0, "no application got through");
    }

    void aRestartKeepsTheLockOut()
    {
        Fixture f;
        QVERIFY(f.start({QStringLiteral("--login-rate-limit"), QStringLiteral("0")}));
        for (int attempt = 0; attempt < 10; ++attempt) {
            int status = 0;
            f.signIn(kAdminEmail, "guess " + QByteArray::number(attempt), &status);
            QCOMPARE(status, 401);
        }
        f.daemon.stop();
        QVERIFY(f.daemon.start(f.dir.path(), {QStringLiteral("--login-rate-limit"), QStringLiteral("0")}));
        int status = 0;
        QVERIFY(f.signIn(kAdminEmail, kAdminPassword, &status).isEmpty());
        QCOMPARE(status, 429);
    }

    void aGuesserAtTheSameAddressLocksNoOneElseOut()
    {
        Fixture f;
        QVERIFY(f.start({QStringLiteral("--login-rate-limit"), QStringLiteral("0")}));
        QCOMPARE(exchange(f.daemon, request("POST", "/v1/auth/apply", applyBody("neighbour@example.org"))).status, 200);
        for (int attempt = 0; attempt < 12; ++attempt) {
            int status = 0;
            f.signIn(kAdminEmail, "guess " + QByteArray::number(attempt), &status);
            QVERIFY(status == 401 || status == 429);
        }
        // Same address, another account, right password: answered, if a little later.
        int status = 0;
        QElapsedTimer timer;
        timer.start();
        const QByteArray token = f.signIn("neighbour@example.org", "tenants union forever", &status);
        QCOMPARE(status, 200);
        QVERIFY(!token.isEmpty());
        QVERIFY2(timer.elapsed() < kTimeoutMs, "the sign-in was held too long");
        // The guessed account itself is locked.
        f.signIn(kAdminEmail, kAdminPassword, &status);
        QCOMPARE(status, 429);
    }
};

QTEST_GUILESS_MAIN(TestSignInAbuse)
#include "tst_signinabuse.moc"
