#pragma once

// What the tests that attack the real commonroom-syncd share: the daemon as a process, and a
// client that writes HTTP/1.1 by hand over TLS.
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslSocket>
#include <QTest>
#include <QUuid>

#include <sys/resource.h>

#include <algorithm>
#include <memory>

constexpr int kTimeoutMs = 15'000;
constexpr int kReadTimeoutSeconds = 2;
// How much later than its read timeout the server may close a stalled connection on a busy
// machine; generous, so that the tests only fail when the server does not close at all.
constexpr int kCloseMarginMs = 8'000;
inline const QByteArray kAdminEmail = QByteArrayLiteral("root@example.org");
inline const QByteArray kAdminPassword = QByteArrayLiteral("correct horse battery staple");

// One running `commonroom-syncd serve` with the given extra options.
class Daemon
{
public:
    ~Daemon() { stop(); }

    bool start(const QString &data, const QStringList &options)
    {
        m_process = std::make_unique<QProcess>();
        if (m_fileLimit > 0) {
            // In the child, before exec: as `ulimit -n` would.
            m_process->setChildProcessModifier([limit = m_fileLimit] {
                const rlimit files {limit, limit};
                setrlimit(RLIMIT_NOFILE, &files);
            });
        }
        if (!m_logFile.isEmpty())
            m_process->setStandardErrorFile(m_logFile);
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
    // After stop(): whether the daemon exited by itself with status 0.
    bool exitedCleanly() const
    {
        return m_process && m_process->exitStatus() == QProcess::NormalExit && m_process->exitCode() == 0;
    }
    qint64 processId() const { return m_process ? m_process->processId() : 0; }

    // For the next start: the open-file limit of the daemon (0: the test's own), and a file for
    // its log instead of a pipe (a flood of lines must not block it on a full pipe).
    void setFileLimit(rlim_t limit) { m_fileLimit = limit; }
    void setLogFile(const QString &path) { m_logFile = path; }

    QString fingerprint;
    quint16 port = 0;

private:
    std::unique_ptr<QProcess> m_process;
    rlim_t m_fileLimit = 0;
    QString m_logFile;
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

inline QByteArray request(const QByteArray &method, const QByteArray &target, const QByteArray &body = {},
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

inline QPair<QByteArray, QByteArray> bearer(const QByteArray &token)
{
    return {QByteArrayLiteral("Authorization"), "Bearer " + token};
}

// One request on a connection of its own.
inline Response exchange(const Daemon &daemon, const QByteArray &bytes)
{
    RawClient client;
    if (!client.connect(daemon) || !client.send(bytes))
        return {};
    return client.receive();
}

inline QByteArray newId()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

inline QByteArray loginBody(const QByteArray &email, const QByteArray &password, const QByteArray &device)
{
    return R"({"email":")" + email + R"(","password":")" + password + R"(","device":")" + device + R"("})";
}

// `commonroom-syncd init` in `data` with the admin kAdminEmail / kAdminPassword.
inline bool initDataDir(const QString &data)
{
    QProcess init;
    init.start(QStringLiteral(COMMONROOM_SYNCD_PATH),
        {QStringLiteral("init"), QStringLiteral("--data"), data, QStringLiteral("--admin-email"),
            QString::fromLatin1(kAdminEmail), QStringLiteral("--password-stdin")});
    if (!init.waitForStarted())
        return false;
    init.write(kAdminPassword + "\n");
    init.closeWriteChannel();
    return init.waitForFinished(kTimeoutMs) && init.exitStatus() == QProcess::NormalExit && init.exitCode() == 0;
}
