// Starts the real commonroom-syncd and talks to it over TLS, as clients do.
#include "common/Protocol.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

#include <memory>

namespace {

constexpr int kTimeoutMs = 15'000;
const QByteArray kAdminPassword = QByteArrayLiteral("correct horse battery staple");

struct Reply
{
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    bool pinned = false; // the TLS errors were accepted because the fingerprint matched
};

} // namespace

class TestDaemon : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_serve;
    QString m_fingerprint;
    QUrl m_base;
    QByteArray m_stderr;
    QNetworkAccessManager m_network;

    QByteArray runOnce(const QStringList &arguments, const QByteArray &input, int expectedExit)
    {
        QProcess process;
        process.start(QStringLiteral(COMMONROOM_SYNCD_PATH), arguments);
        if (!process.waitForStarted())
            qFatal("cannot start commonroom-syncd");
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(kTimeoutMs))
            qFatal("commonroom-syncd %s did not finish", qPrintable(arguments.first()));
        const QByteArray output = process.readAllStandardOutput() + process.readAllStandardError();
        if (process.exitCode() != expectedExit)
            qFatal("commonroom-syncd %s exited with %d: %s", qPrintable(arguments.first()), process.exitCode(),
                output.constData());
        return output;
    }

    // Starts `serve` and checks the two lines it prints.
    bool startServer()
    {
        m_serve = std::make_unique<QProcess>();
        m_serve->start(QStringLiteral(COMMONROOM_SYNCD_PATH),
            {QStringLiteral("serve"), QStringLiteral("--data"), m_dir.path(), QStringLiteral("--listen"),
                QStringLiteral("127.0.0.1:0")});
        if (!m_serve->waitForStarted())
            return false;
        static const QRegularExpression banner(
            QStringLiteral("^TLS certificate SHA-256 fingerprint: ((?:[0-9A-F]{2}:){31}[0-9A-F]{2})\n"
                           "commonroom-syncd listening on (https://127\\.0\\.0\\.1:([0-9]+))\n$"));
        QByteArray output;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < kTimeoutMs && m_serve->state() == QProcess::Running) {
            m_serve->waitForReadyRead(100);
            output += m_serve->readAllStandardOutput();
            const auto match = banner.match(QString::fromUtf8(output));
            if (match.hasMatch()) {
                m_fingerprint = match.captured(1);
                m_base = QUrl(match.captured(2));
                return m_base.port() > 0;
            }
        }
        qWarning("serve printed: %s %s", output.constData(), m_serve->readAllStandardError().constData());
        return false;
    }

    int stopServer()
    {
        m_serve->terminate();
        if (!m_serve->waitForFinished(kTimeoutMs))
            return -1;
        m_stderr += m_serve->readAllStandardError();
        return m_serve->exitStatus() == QProcess::NormalExit ? m_serve->exitCode() : -1;
    }

    // Sends a request, accepting the server's certificate only if it has `fingerprint`.
    Reply send(const QByteArray &method, const QString &path, const QByteArray &body = {}, const QByteArray &token = {},
        const QString &fingerprint = {}, const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        QNetworkRequest request(m_base.resolved(QUrl(path)));
        if (!body.isNull())
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token);
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
        Reply result;
        const QString pin = fingerprint.isNull() ? m_fingerprint : fingerprint;
        connect(reply, &QNetworkReply::sslErrors, this, [&, reply](const QList<QSslError> &) {
            const auto peer = reply->sslConfiguration().peerCertificate();
            if (QString::fromLatin1(peer.digest(QCryptographicHash::Sha256).toHex(':').toUpper()) == pin) {
                result.pinned = true;
                reply->ignoreSslErrors();
            }
        });
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(kTimeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        result.error = reply->error();
        reply->deleteLater();
        return result;
    }

    static QString errorCode(const Reply &reply)
    {
        return QJsonDocument::fromJson(reply.body)
            .object()
            .value(QStringLiteral("error"))
            .toObject()
            .value(QStringLiteral("code"))
            .toString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString data = m_dir.path();
        runOnce({QStringLiteral("init"), QStringLiteral("--data"), data, QStringLiteral("--admin-email"),
                    QStringLiteral("root@example.org"), QStringLiteral("--password-stdin")},
            kAdminPassword + "\n", 0);
        QVERIFY(startServer());
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("tls/cert.pem"))));
        QCOMPARE(QFile::permissions(m_dir.filePath(QStringLiteral("tls/key.pem"))),
            QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);
    }

    void healthAnswersOverPinnedTls()
    {
        const auto reply = send("GET", QStringLiteral("/v1/health"));
        QCOMPARE(reply.error, QNetworkReply::NoError);
        QVERIFY(reply.pinned);
        QCOMPARE(reply.status, 200);
        const auto health = QJsonDocument::fromJson(reply.body).object();
        QCOMPARE(health.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(health.value(QStringLiteral("protocol")).toInt(), commonroom::protocol::kProtocolVersion);
        QCOMPARE(health.value(QStringLiteral("version")).toString(), QStringLiteral(COMMONROOM_VERSION));
    }

    void theCertificateFileAlsoWorksAsTheTrustAnchor()
    {
        QNetworkRequest request(m_base.resolved(QUrl(QStringLiteral("/v1/health"))));
        auto configuration = QSslConfiguration::defaultConfiguration();
        configuration.setCaCertificates(QSslCertificate::fromPath(m_dir.filePath(QStringLiteral("tls/cert.pem"))));
        request.setSslConfiguration(configuration);
        QNetworkAccessManager network;
        QNetworkReply *reply = network.get(request);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(kTimeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        delete reply;
    }

    void anotherFingerprintIsNotTrusted()
    {
        const QString wrong = QStringLiteral("00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF:"
                                             "00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF");
        m_network.clearConnectionCache();
        const auto reply = send("GET", QStringLiteral("/v1/health"), {}, {}, wrong);
        QCOMPARE(reply.error, QNetworkReply::SslHandshakeFailedError);
        QCOMPARE(reply.status, 0);
    }

    void loginPushAndPullOverTheWire()
    {
        const QByteArray deviceId = QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1();
        const auto wrong = send("POST", QStringLiteral("/v1/auth/login"),
            R"({"email":"root@example.org","password":"wrong password","device":")" + deviceId + R"("})");
        QCOMPARE(wrong.status, 401);
        QCOMPARE(errorCode(wrong), QStringLiteral("invalid_credentials"));
        QVERIFY(!wrong.body.contains("token"));

        const auto login = send("POST", QStringLiteral("/v1/auth/login"),
            R"({"email":"root@example.org","password":")" + kAdminPassword + R"(","device":")" + deviceId + R"("})");
        QCOMPARE(login.status, 200);
        const QByteArray token
            = QJsonDocument::fromJson(login.body).object().value(QStringLiteral("token")).toString().toLatin1();
        QVERIFY(!token.isEmpty());

        const auto pull = send("GET", QStringLiteral("/v1/pull?since=0&limit=10"), QByteArray(), token);
        QCOMPARE(pull.status, 200);
        const auto changes = QJsonDocument::fromJson(pull.body).object().value(QStringLiteral("changes")).toArray();
        QCOMPARE(changes.size(), 1); // the admin's own person row
        QCOMPARE(changes.first()
                     .toObject()
                     .value(QStringLiteral("fields"))
                     .toObject()
                     .value(QStringLiteral("email"))
                     .toString(),
            QStringLiteral("root@example.org"));
        QCOMPARE(send("GET", QStringLiteral("/v1/pull")).status, 401);
    }

    void oversizedBodiesGet413AsJson()
    {
        QByteArray body(1024 * 1024 + 1, ' ');
        body[0] = '{';
        body[body.size() - 1] = '}';
        const auto reply = send("POST", QStringLiteral("/v1/push"), body);
        QCOMPARE(reply.status, 413);
        QCOMPARE(errorCode(reply), QStringLiteral("payload_too_large"));
        // The connection was closed after the refusal; the next request gets a new one.
        QCOMPARE(send("GET", QStringLiteral("/v1/health")).status, 200);
    }

    void oversizedHeadersAreRefused()
    {
        const auto reply = send(
            "GET", QStringLiteral("/v1/health"), QByteArray(), {}, {}, {{"X-Padding", QByteArray(9 * 1024, 'x')}});
        QCOMPARE(reply.status, 431);
        QCOMPARE(errorCode(reply), QStringLiteral("headers_too_large"));
    }

    void stopsCleanlyAndLogsEachRequest()
    {
        QCOMPARE(stopServer(), 0);
        static const QRegularExpression line(
            QStringLiteral(
                "^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z 127\\.0\\.0\\.1:\\d+ GET /v1/health 200 "
                "\\d+ \\d+ms$"),
            QRegularExpression::MultilineOption);
        QVERIFY2(line.match(QString::fromUtf8(m_stderr)).hasMatch(), m_stderr.constData());
        QVERIFY(m_stderr.contains("POST /v1/push 413"));
        QVERIFY(!m_stderr.contains(kAdminPassword));
    }

    void aRestartKeepsTheCertificate()
    {
        const QString before = m_fingerprint;
        QVERIFY(startServer());
        QCOMPARE(m_fingerprint, before);
        QCOMPARE(send("GET", QStringLiteral("/v1/health")).status, 200);
        QCOMPARE(stopServer(), 0);
    }

    void cleanupTestCase()
    {
        if (m_serve && m_serve->state() != QProcess::NotRunning) {
            m_serve->kill();
            m_serve->waitForFinished();
        }
    }
};

QTEST_GUILESS_MAIN(TestDaemon)
#include "tst_daemon.moc"
