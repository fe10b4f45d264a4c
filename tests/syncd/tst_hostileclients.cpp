// Starts the real commonroom-syncd and attacks it the way the open internet does: stalled and
// trickled requests, malformed and oversized ones, wrong methods, types and tokens, floods. Every
// refusal must come back as the documented status, and leave the stored data as it was.
#include "RawHttps.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QSet>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>

#include <unistd.h>

namespace {

// CPU time the process `pid` has used so far, in seconds (Linux /proc).
double cpuSeconds(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // After "pid (name) ": state is field 3, utime field 14 and stime field 15.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    return double(fields.value(11).toLongLong() + fields.value(12).toLongLong()) / double(sysconf(_SC_CLK_TCK));
}

QByteArray hlcNow()
{
    return QByteArray::number(QDateTime::currentMSecsSinceEpoch() << 16);
}

// A mutation that creates a group: accepted, it changes what every later pull returns.
QByteArray groupMutation(qint64 mid, const QByteArray &groupId, const QByteArray &name)
{
    return R"({"mid":)" + QByteArray::number(mid) + R"(,"table":"group","id":")" + groupId + R"(","fields":{"name":")"
        + name + R"("},"hlc":)" + hlcNow() + "}";
}

QByteArray pushBody(const QByteArray &device, const QByteArray &mutations, const QByteArray &protocol = "1")
{
    return R"({"client_id":")" + device + R"(","protocol":)" + protocol + R"(,"mutations":)" + mutations + "}";
}

struct Session
{
    QByteArray token;
    QByteArray device;
};

struct RefusedRequest
{
    const char *what;
    QByteArray request;
    int status;
    const char *code;
};

// Requests that must all be refused, each of which would create the group `groupId` if it were
// accepted.
QList<RefusedRequest> refusedPushes(const Session &admin, const QByteArray &groupId)
{
    const QByteArray mutation = groupMutation(1, groupId, "Should not exist");
    const QByteArray valid = pushBody(admin.device, "[" + mutation + "]");
    QByteArray oversized = valid;
    oversized.insert(oversized.size() - 1, QByteArray(1024 * 1024, ' '));
    const auto token = bearer(admin.token);
    return {
        {"truncated JSON", request("POST", "/v1/push", valid.chopped(1), {token}), 400, "bad_request"},
        {"not JSON at all", request("POST", "/v1/push", "mutations=1", {token}), 400, "bad_request"},
        {"unknown member", request("POST", "/v1/push", valid.chopped(1) + R"(,"force":true})", {token}), 400,
            "bad_request"},
        {"unknown member of a mutation",
            request(
                "POST", "/v1/push", pushBody(admin.device, "[" + mutation.chopped(1) + R"(,"author":"x"}])"), {token}),
            400, "bad_request"},
        {"protocol as a string",
            request("POST", "/v1/push", pushBody(admin.device, "[" + mutation + "]", R"("1")"), {token}), 400,
            "bad_request"},
        {"mid as a string",
            request("POST", "/v1/push",
                pushBody(admin.device, "[" + QByteArray(mutation).replace(R"("mid":1)", R"("mid":"1")") + "]"),
                {token}),
            400, "bad_request"},
        {"mutations as an object", request("POST", "/v1/push", pushBody(admin.device, mutation), {token}), 400,
            "bad_request"},
        {"form content type",
            request("POST", "/v1/push", valid, {token, {"Content-Type", "application/x-www-form-urlencoded"}}), 415,
            "unsupported_media_type"},
        {"no content type", request("POST", "/v1/push", valid, {token, {"Content-Type", ""}}), 415,
            "unsupported_media_type"},
        {"no token", request("POST", "/v1/push", valid), 401, "unauthorized"},
        {"made-up token", request("POST", "/v1/push", valid, {bearer("bm90IGEgdG9rZW4")}), 401, "unauthorized"},
        {"basic auth", request("POST", "/v1/push", valid, {{"Authorization", "Basic cm9vdDpwdw=="}}), 401,
            "unauthorized"},
        {"wrong method", request("PUT", "/v1/push", valid, {token}), 405, "method_not_allowed"},
        {"unknown path", request("POST", "/v1/pushes", valid, {token}), 404, "not_found"},
        {"body over 1 MiB", request("POST", "/v1/push", oversized, {token}), 413, "payload_too_large"},
        {"headers over 8 KiB", request("POST", "/v1/push", valid, {token, {"X-Padding", QByteArray(9 * 1024, 'x')}}),
            431, "headers_too_large"},
    };
}

} // namespace

class TestHostileClients : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Daemon m_daemon;

    Session signIn(const Daemon &daemon)
    {
        const QByteArray device = newId();
        const auto reply
            = exchange(daemon, request("POST", "/v1/auth/login", loginBody(kAdminEmail, kAdminPassword, device)));
        if (reply.status != 200)
            qWarning("sign-in answered %d: %s", reply.status, reply.body.constData());
        return Session {
            QJsonDocument::fromJson(reply.body).object().value(QStringLiteral("token")).toString().toLatin1(), device};
    }

    Response pullEverything(const Daemon &daemon, const QByteArray &token)
    {
        return exchange(daemon, request("GET", "/v1/pull?since=0&limit=5000", {}, {bearer(token)}));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(initDataDir(m_dir.path()));
        QVERIFY(m_daemon.start(m_dir.path(), {QStringLiteral("--read-timeout"), QString::number(kReadTimeoutSeconds)}));
    }

    void aStalledRequestIsClosedAfterTheReadTimeout()
    {
        RawClient stalled;
        QVERIFY(stalled.connect(m_daemon));
        QElapsedTimer timer;
        timer.start();
        QVERIFY(stalled.send("GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Ag"));

        // Others are served meanwhile.
        const auto other = exchange(m_daemon, request("GET", "/v1/health"));
        QCOMPARE(other.status, 200);

        QVERIFY2(stalled.waitForClose(kReadTimeoutSeconds * 1000 + kCloseMarginMs),
            "the server kept a stalled request open past its read timeout");
        QVERIFY2(timer.elapsed() >= kReadTimeoutSeconds * 1000 - 500, "closed before the read timeout");
        QCOMPARE(exchange(m_daemon, request("GET", "/v1/health")).status, 200);
    }

    void aRequestTrickledByteByByteIsClosedAllTheSame()
    {
        RawClient trickling;
        QVERIFY(trickling.connect(m_daemon));
        const QByteArray header = "GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: " + QByteArray(200, 'a');
        QElapsedTimer timer;
        timer.start();
        // A byte every 100 ms keeps every single read short; the timeout is for the whole request.
        for (qsizetype i = 0; i < header.size() && trickling.socket().state() == QAbstractSocket::ConnectedState; ++i) {
            trickling.socket().write(header.mid(i, 1));
            trickling.socket().flush();
            if (trickling.waitForClose(100))
                break;
            QVERIFY2(timer.elapsed() < kReadTimeoutSeconds * 1000 + kCloseMarginMs,
                "the server kept a trickled request open past its read timeout");
        }
        QCOMPARE(trickling.socket().state(), QAbstractSocket::UnconnectedState);
    }

    void aClientThatNeverStartsTlsIsClosed()
    {
        QTcpSocket silent;
        silent.connectToHost(QStringLiteral("127.0.0.1"), m_daemon.port);
        QVERIFY(silent.waitForConnected(kTimeoutMs));
        QElapsedTimer timer;
        timer.start();
        while (silent.state() != QAbstractSocket::UnconnectedState
            && timer.elapsed() < kReadTimeoutSeconds * 1000 + kCloseMarginMs)
            silent.waitForDisconnected(200);
        QCOMPARE(silent.state(), QAbstractSocket::UnconnectedState);
    }

    void aRefusedBodyTrickledSlowlyIsCutOff()
    {
        // 2 MB declared: over the body limit, so the server reads the rest away before it
        // answers 413; sent a byte at a time, that reading must not go on for ever either.
        RawClient trickling;
        QVERIFY(trickling.connect(m_daemon));
        QVERIFY(trickling.send("POST /v1/push HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                               "Content-Length: 2000000\r\n\r\n{"));
        QElapsedTimer timer;
        timer.start();
        while (trickling.socket().state() == QAbstractSocket::ConnectedState) {
            trickling.socket().write(" ");
            trickling.socket().flush();
            if (trickling.waitForClose(100))
                break;
            QVERIFY2(timer.elapsed() < kReadTimeoutSeconds * 1000 + kCloseMarginMs,
                "the server kept reading a refused body past its read timeout");
        }
        QCOMPARE(trickling.socket().state(), QAbstractSocket::UnconnectedState);
    }

    void refusalsLeaveTheDataUnchanged()
    {
        const Session admin = signIn(m_daemon);
        QVERIFY(!admin.token.isEmpty());
        const auto before = pullEverything(m_daemon, admin.token);
        QCOMPARE(before.status, 200);

        const QByteArray groupId = newId();
        const QByteArray valid = pushBody(admin.device, "[" + groupMutation(1, groupId, "Should not exist") + "]");
        const auto cases = refusedPushes(admin, groupId);
        for (const auto &refused : cases) {
            const auto reply = exchange(m_daemon, refused.request);
            QVERIFY2(reply.status == refused.status,
                qPrintable(QStringLiteral("%1: %2 %3").arg(refused.what).arg(reply.status).arg(reply.body)));
            QVERIFY2(reply.errorCode() == QLatin1String(refused.code), refused.what);
            QCOMPARE(reply.headers.value("content-type"), QByteArrayLiteral("application/json"));
        }
        const auto wrongMethod = exchange(m_daemon, request("PUT", "/v1/push", valid, {bearer(admin.token)}));
        QCOMPARE(wrongMethod.headers.value("allow"), QByteArrayLiteral("POST"));

        const auto after = pullEverything(m_daemon, admin.token);
        QCOMPARE(after.status, 200);
        QCOMPARE(after.body, before.body);

        // The same push, sent properly, does change the data: the refusals above were real.
        const auto accepted = exchange(m_daemon, request("POST", "/v1/push", valid, {bearer(admin.token)}));
        QCOMPARE(accepted.status, 200);
        QCOMPARE(
            QJsonDocument::fromJson(accepted.body).object().value(QStringLiteral("acked")).toArray(), QJsonArray {1});
        const auto changed = pullEverything(m_daemon, admin.token);
        QVERIFY(changed.body != before.body);
        QVERIFY(changed.body.contains(groupId));
    }

    void floodsGet429WithRetryAfterAndChangeNothing()
    {
        // A daemon of its own: one daemon serves a data directory.
        QTemporaryDir data;
        QVERIFY(initDataDir(data.path()));
        Daemon limited;
        QVERIFY(limited.start(data.path(),
            {QStringLiteral("--rate-limit"), QStringLiteral("1"), QStringLiteral("--login-rate-limit"),
                QStringLiteral("1")}));
        const Session admin = signIn(limited);
        QVERIFY(!admin.token.isEmpty());

        // One request a second, bursts of two: of these pushes, sent back to back, all but about
        // one a second are refused. Each would create a group of its own.
        QSet<QByteArray> created;
        Response refused;
        for (qint64 mid = 1; mid <= 30 && refused.status == 0; ++mid) {
            const QByteArray groupId = newId();
            const auto reply = exchange(limited,
                request("POST", "/v1/push",
                    pushBody(admin.device, "[" + groupMutation(mid, groupId, "Flood " + QByteArray::number(mid)) + "]"),
                    {bearer(admin.token)}));
            if (reply.status == 200)
                created.insert(groupId);
            else if (reply.status == 429)
                refused = reply;
            else
                QFAIL(qPrintable(QStringLiteral("push answered %1: %2").arg(reply.status).arg(reply.body)));
        }
        QCOMPARE(refused.status, 429);
        QCOMPARE(refused.errorCode(), QStringLiteral("rate_limited"));
        const int retryAfter = refused.headers.value("retry-after").toInt();
        QVERIFY2(retryAfter >= 1 && retryAfter <= 2, refused.headers.value("retry-after").constData());

        // Sign-ins are counted per address: a burst of two, then 429 before any password is checked.
        Response loginRefused;
        for (int attempt = 0; attempt < 30 && loginRefused.status == 0; ++attempt) {
            const auto reply = exchange(limited,
                request("POST", "/v1/auth/login",
                    loginBody("nobody" + QByteArray::number(attempt) + "@example.org", "guess", newId())));
            if (reply.status == 429)
                loginRefused = reply;
            else
                QCOMPARE(reply.status, 401);
        }
        QCOMPARE(loginRefused.errorCode(), QStringLiteral("rate_limited"));
        QVERIFY(loginRefused.headers.value("retry-after").toInt() >= 1);

        // After the advertised wait the session is served again, and exactly the admitted pushes
        // made groups.
        QThread::msleep(retryAfter * 1000 + 100);
        const auto pulled = pullEverything(limited, admin.token);
        QCOMPARE(pulled.status, 200);
        QSet<QByteArray> groups;
        for (const auto change :
            QJsonDocument::fromJson(pulled.body).object().value(QStringLiteral("changes")).toArray()) {
            const auto object = change.toObject();
            if (object.value(QStringLiteral("table")).toString() == QStringLiteral("group")
                && object.value(QStringLiteral("fields"))
                       .toObject()
                       .value(QStringLiteral("name"))
                       .toString()
                       .startsWith(QStringLiteral("Flood ")))
                groups.insert(object.value(QStringLiteral("id")).toString().toLatin1());
        }
        QCOMPARE(groups, created);
        QVERIFY(limited.stop().contains("POST /v1/push 429"));
    }

    // Under `ulimit -n 128`, 200 connections that never say anything neither make the accept loop
    // spin (and flood the log) nor keep a client with a request out.
    void idleConnectionsUnderALowFileLimitDoNotShutOthersOut_data()
    {
        QTest::addColumn<QStringList>("options");
        // The default cap follows the open-file limit; a cap above it runs out of descriptors,
        // which the accept loop must wait out on a timer.
        QTest::newRow("default cap") << QStringList {};
        QTest::newRow("cap above the file limit")
            << QStringList {QStringLiteral("--max-connections"), QStringLiteral("500")};
    }

    void idleConnectionsUnderALowFileLimitDoNotShutOthersOut()
    {
        QFETCH(QStringList, options);
        QTemporaryDir logDir;
        const QString log = logDir.filePath(QStringLiteral("syncd.log"));
        QTemporaryDir data;
        QVERIFY(initDataDir(data.path()));
        Daemon limited;
        limited.setFileLimit(128);
        limited.setLogFile(log);
        QVERIFY(
            limited.start(data.path(), options + QStringList {QStringLiteral("--read-timeout"), QStringLiteral("60")}));

        std::vector<std::unique_ptr<QTcpSocket>> idle;
        for (int i = 0; i < 200; ++i) {
            idle.push_back(std::make_unique<QTcpSocket>());
            idle.back()->connectToHost(QStringLiteral("127.0.0.1"), limited.port);
            QVERIFY(idle.back()->waitForConnected(kTimeoutMs));
        }
        QThread::msleep(500);
        const double cpuBefore = cpuSeconds(limited.processId());
        QElapsedTimer timer;
        timer.start();
        const auto health = exchange(limited, request("GET", "/v1/health"));
        const qint64 healthMs = timer.elapsed();
        QCOMPARE(health.status, 200);
        QVERIFY2(healthMs < 3000, qPrintable(QStringLiteral("health took %1 ms").arg(healthMs)));
        // Still holding the idle connections, the daemon rests.
        QThread::msleep(2000);
        const double cpuUsed = cpuSeconds(limited.processId()) - cpuBefore;
        QVERIFY2(cpuUsed < 0.5, qPrintable(QStringLiteral("%1 s of CPU while idle").arg(cpuUsed)));
        // And it still stops cleanly with them open.
        limited.stop();
        QVERIFY(limited.exitedCleanly());
        QFile file(log);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray lines = file.readAll();
        QVERIFY2(lines.count('\n') < 20, lines.left(2000).constData());
        QVERIFY(lines.contains("GET /v1/health 200"));
    }

    void logsTheStalledReads()
    {
        QVERIFY(m_daemon.isRunning());
        const QByteArray log = m_daemon.stop();
        QVERIFY2(log.contains("read failed"), log.constData());
    }
};

QTEST_GUILESS_MAIN(TestHostileClients)
#include "tst_hostileclients.moc"
