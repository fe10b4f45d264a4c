// Starts the real commonroom-syncd and attacks it the way the open internet does: stalled and
// trickled requests, malformed and oversized ones, wrong methods, types and tokens, floods. Every
// refusal must come back as the documented status, and leave the stored data as it was.
#include <QDateTime>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSslCertificate>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>

#include <algorithm>
#include <memory>

namespace {

constexpr int kTimeoutMs = 15'000;
constexpr int kReadTimeoutSeconds = 2;
// How much later than its read timeout the server may close a stalled connection on a busy
// machine; generous, so that the tests only fail when the server does not close at all.
constexpr int kCloseMarginMs = 8'000;
const QByteArray kAdminEmail = QByteArrayLiteral("root@example.org");
const QByteArray kAdminPassword = QByteArrayLiteral("correct horse battery staple");

// One running `commonroom-syncd serve` with the given extra options.
class Daemon
{
public:
    ~Daemon() { stop(); }

    bool start(const QString &data, const QStringList &options)
    {
        m_process = std::make_unique<QProcess>();
        m_process->start(QStringLiteral(COMMONROOM_SYNCD_PATH),
            QStringList {QStringLiteral("serve"), QStringLiteral("--data"), data, QStringLiteral("--listen"),
                QStringLiteral("127.0.0.1:0")}
                + options);
        if (!m_process->waitForStarted())
            return false;
        static const QRegularExpression banner(
            QStringLiteral("TLS certificate SHA-256 fingerprint: ((?:[0-9A-F]{2}:){31}[0-9A-F]{2})\n"
                           "commonroom-syncd listening on https://127\\.0\\.0\\.1:([0-9]+)\n"));
        QByteArray output;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < kTimeoutMs && m_process->state() == QProcess::Running) {
            m_process->waitForReadyRead(100);
            output += m_process->readAllStandardOutput();
            const auto match = banner.match(QString::fromUtf8(output));
            if (match.hasMatch()) {
                fingerprint = match.captured(1);
                port = quint16(match.captured(2).toUInt());
                return port > 0;
            }
        }
        qWarning("serve printed: %s %s", output.constData(), m_process->readAllStandardError().constData());
        return false;
    }

    // Stops the server and returns what it logged.
    QByteArray stop()
    {
        if (!m_process || m_process->state() == QProcess::NotRunning)
            return {};
        m_process->terminate();
        if (!m_process->waitForFinished(kTimeoutMs))
            m_process->kill();
        return m_process->readAllStandardError();
    }

    bool isRunning() const { return m_process && m_process->state() == QProcess::Running; }

    QString fingerprint;
    quint16 port = 0;

private:
    std::unique_ptr<QProcess> m_process;
};

struct Response
{
    int status = 0; // 0: no answer
    QMap<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;

    QString errorCode() const
    {
        return QJsonDocument::fromJson(body)
            .object()
            .value(QStringLiteral("error"))
            .toObject()
            .value(QStringLiteral("code"))
            .toString();
    }
};

// A client that writes HTTP/1.1 by hand over TLS, so that it can send what a well-behaved client
// library never would. It trusts the server exactly when it presents the pinned certificate.
class RawClient
{
public:
    bool connect(const Daemon &daemon)
    {
        m_socket.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), daemon.port);
        if (!m_socket.waitForEncrypted(kTimeoutMs))
            return false;
        const auto digest = m_socket.peerCertificate().digest(QCryptographicHash::Sha256).toHex(':').toUpper();
        return QString::fromLatin1(digest) == daemon.fingerprint;
    }

    bool send(const QByteArray &bytes)
    {
        m_socket.write(bytes);
        while (m_socket.bytesToWrite() > 0) {
            if (!m_socket.waitForBytesWritten(kTimeoutMs))
                return false;
        }
        return true;
    }

    // Reads one response; status 0 if the connection ended or nothing came in time.
    Response receive()
    {
        QDeadlineTimer deadline(kTimeoutMs);
        const auto fill = [&](auto complete) {
            while (!complete()) {
                if (deadline.hasExpired() || !m_socket.waitForReadyRead(int(deadline.remainingTime())))
                    break;
                m_buffer += m_socket.readAll();
            }
            m_buffer += m_socket.readAll();
            return complete();
        };
        Response response;
        if (!fill([&] { return m_buffer.contains("\r\n\r\n"); }))
            return response;
        const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
        const QList<QByteArray> lines = m_buffer.left(headerEnd).split('\n');
        const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            response.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
        }
        const qsizetype length = response.headers.value("content-length").toLongLong();
        if (!fill([&] { return m_buffer.size() >= headerEnd + 4 + length; }))
            return response;
        response.body = m_buffer.mid(headerEnd + 4, length);
        m_buffer.remove(0, headerEnd + 4 + length);
        response.status = statusLine.value(1).toInt();
        return response;
    }

    // True once the server has closed the connection, waiting at most `timeoutMs`.
    bool waitForClose(int timeoutMs)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (m_socket.state() != QAbstractSocket::UnconnectedState && !deadline.hasExpired()) {
            if (m_socket.waitForReadyRead(int(std::min<qint64>(deadline.remainingTime(), 200))))
                m_buffer += m_socket.readAll();
        }
        return m_socket.state() == QAbstractSocket::UnconnectedState;
    }

    QSslSocket &socket() { return m_socket; }

private:
    QSslSocket m_socket;
    QByteArray m_buffer;
};

QByteArray request(const QByteArray &method, const QByteArray &target, const QByteArray &body = {},
    const QList<QPair<QByteArray, QByteArray>> &headers = {})
{
    QByteArray bytes = method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    bool typed = false;
    for (const auto &[name, value] : headers) {
        bytes += name + ": " + value + "\r\n";
        typed = typed || name.compare("Content-Type", Qt::CaseInsensitive) == 0;
    }
    if (!body.isEmpty() && !typed)
        bytes += "Content-Type: application/json\r\n";
    if (!body.isEmpty() || method == "POST")
        bytes += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    return bytes + "\r\n" + body;
}

QPair<QByteArray, QByteArray> bearer(const QByteArray &token)
{
    return {QByteArrayLiteral("Authorization"), "Bearer " + token};
}

// One request on a connection of its own.
Response exchange(const Daemon &daemon, const QByteArray &bytes)
{
    RawClient client;
    if (!client.connect(daemon) || !client.send(bytes))
        return {};
    return client.receive();
}

QByteArray hlcNow()
{
    return QByteArray::number(QDateTime::currentMSecsSinceEpoch() << 16);
}

QByteArray newId()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

QByteArray loginBody(const QByteArray &email, const QByteArray &password, const QByteArray &device)
{
    return R"({"email":")" + email + R"(","password":")" + password + R"(","device":")" + device + R"("})";
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
        QProcess init;
        init.start(QStringLiteral(COMMONROOM_SYNCD_PATH),
            {QStringLiteral("init"), QStringLiteral("--data"), m_dir.path(), QStringLiteral("--admin-email"),
                QString::fromLatin1(kAdminEmail), QStringLiteral("--password-stdin")});
        QVERIFY(init.waitForStarted());
        init.write(kAdminPassword + "\n");
        init.closeWriteChannel();
        QVERIFY(init.waitForFinished(kTimeoutMs));
        QCOMPARE(init.exitCode(), 0);
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
        Daemon limited;
        QVERIFY(limited.start(m_dir.path(),
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

    void logsTheStalledReads()
    {
        QVERIFY(m_daemon.isRunning());
        const QByteArray log = m_daemon.stop();
        QVERIFY2(log.contains("read failed"), log.constData());
    }
};

QTEST_GUILESS_MAIN(TestHostileClients)
#include "tst_hostileclients.moc"
