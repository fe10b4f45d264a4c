#include "SmtpSink.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

SmtpSink::SmtpSink() = default;

SmtpSink::~SmtpSink()
{
    stop();
}

bool SmtpSink::start(int port, const QString &certificate, const QString &key)
{
    if (port == 0 && m_port == 0) {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0)) {
            m_error = QStringLiteral("no free port for the SMTP sink");
            return false;
        }
        m_port = probe.serverPort();
    } else if (port != 0) {
        m_port = port;
    }
    if (!certificate.isEmpty()) {
        m_certificate = certificate;
        m_key = key;
    }
    // A mailbox that, like a real server, refuses addresses it has no mailbox for: here any whose
    // local part starts with "nobody".
    QFile handler(QDir(m_dir.path()).filePath(QStringLiteral("refusing.py")));
    if (!handler.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || handler.write("from aiosmtpd.handlers import Mailbox as Base\n"
                         "class Mailbox(Base):\n"
                         "    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):\n"
                         "        if address.startswith('nobody'):\n"
                         "            return '550 5.1.1 No such mailbox'\n"
                         "        envelope.rcpt_tos.append(address)\n"
                         "        return '250 OK'\n")
            < 0) {
        m_error = QStringLiteral("cannot write the SMTP sink's handler");
        return false;
    }
    handler.close();
    QStringList arguments {QStringLiteral("-m"), QStringLiteral("aiosmtpd"), QStringLiteral("-n"), QStringLiteral("-l"),
        QStringLiteral("127.0.0.1:%1").arg(m_port), QStringLiteral("-c"), QStringLiteral("refusing.Mailbox")};
    if (!m_certificate.isEmpty())
        arguments = arguments.mid(0, 5)
            + QStringList {QStringLiteral("--tlscert"), m_certificate, QStringLiteral("--tlskey"), m_key}
            + arguments.mid(5);
    arguments << QDir(m_dir.path()).filePath(QStringLiteral("maildir"));
    // The system's interpreter, which has the python3-aiosmtpd package.
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PYTHONPATH"), m_dir.path());
    m_process.setProcessEnvironment(environment);
    m_process.start(QStringLiteral("/usr/bin/python3"), arguments);
    if (!m_process.waitForStarted()) {
        m_error = QStringLiteral("cannot start python3 -m aiosmtpd: ") + m_process.errorString();
        return false;
    }
    QDeadlineTimer deadline(30'000);
    while (!deadline.hasExpired()) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, quint16(m_port));
        if (socket.waitForConnected(1000) && socket.waitForReadyRead(5000) && socket.readAll().startsWith("220"))
            return true;
        if (m_process.state() != QProcess::Running)
            break;
        QTest::qWait(100);
    }
    m_error = QStringLiteral("aiosmtpd did not start: ") + QString::fromUtf8(m_process.readAll());
    return false;
}

void SmtpSink::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(10'000)) {
        m_process.kill();
        m_process.waitForFinished();
    }
}

QByteArrayList SmtpSink::messages() const
{
    QByteArrayList all;
    const QDir inbox(QDir(m_dir.path()).filePath(QStringLiteral("maildir/new")));
    for (const auto &name : inbox.entryList(QDir::Files, QDir::Time | QDir::Reversed)) {
        QFile file(inbox.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            all << file.readAll();
    }
    return all;
}

QByteArray SmtpSink::waitForMessageTo(const QString &recipient, int timeoutMs) const
{
    QDeadlineTimer deadline(timeoutMs);
    do {
        for (const auto &message : messages()) {
            const QByteArray headers = message.left(message.indexOf("\n\n"));
            if (headers.contains("To: " + recipient.toUtf8()))
                return message;
        }
        QTest::qWait(200);
    } while (!deadline.hasExpired());
    return {};
}
