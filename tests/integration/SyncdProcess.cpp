#include "SyncdProcess.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QRegularExpression>

namespace {
constexpr int kStartTimeoutMs = 30'000;
}

SyncdProcess::SyncdProcess() = default;

SyncdProcess::~SyncdProcess()
{
    stop();
}

QString SyncdProcess::certificatePath() const
{
    return QDir(m_dir.path()).filePath(QStringLiteral("tls/cert.pem"));
}

bool SyncdProcess::runOnce(const QStringList &arguments, const QByteArray &input, QString *output)
{
    QProcess process;
    process.start(QStringLiteral(COMMONROOM_SYNCD_PATH), arguments);
    if (!process.waitForStarted()) {
        m_error = QStringLiteral("cannot start commonroom-syncd: ") + process.errorString();
        return false;
    }
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(120'000) || process.exitCode() != 0) {
        m_error = QStringLiteral("commonroom-syncd %1 failed: %2%3")
                      .arg(arguments.first(), QString::fromUtf8(process.readAllStandardError()),
                          QString::fromUtf8(process.readAllStandardOutput()));
        return false;
    }
    if (output)
        *output = QString::fromUtf8(process.readAllStandardOutput());
    return true;
}

bool SyncdProcess::dedupe(QString *report)
{
    stop();
    return runOnce({QStringLiteral("dedupe"), QStringLiteral("--data"), m_dir.path()}, {}, report) && serve();
}

bool SyncdProcess::start(int people)
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("cannot create a temporary data dir");
        return false;
    }
    return runOnce({QStringLiteral("init"), QStringLiteral("--data"), m_dir.path(), QStringLiteral("--admin-email"),
                       QStringLiteral("root@example.org"), QStringLiteral("--password-stdin")},
               QByteArrayLiteral("correct horse battery staple\n"))
        && runOnce({QStringLiteral("seed-demo"), QStringLiteral("--data"), m_dir.path(), QStringLiteral("--people"),
            QString::number(people)})
        && serve();
}

bool SyncdProcess::serve()
{
    const QString listen = QStringLiteral("127.0.0.1:%1").arg(m_port);
    m_serve.setProcessChannelMode(QProcess::SeparateChannels);
    m_serve.start(QStringLiteral(COMMONROOM_SYNCD_PATH),
        QStringList {
            QStringLiteral("serve"), QStringLiteral("--data"), m_dir.path(), QStringLiteral("--listen"), listen}
            + m_serveOptions);
    if (!m_serve.waitForStarted()) {
        m_error = QStringLiteral("cannot start commonroom-syncd serve: ") + m_serve.errorString();
        return false;
    }
    static const QRegularExpression listening(QStringLiteral("listening on (https://[^\\s]+)"));
    static const QRegularExpression fingerprint(QStringLiteral("fingerprint: ([0-9A-F:]+)"));
    QByteArray output;
    QDeadlineTimer deadline(kStartTimeoutMs);
    while (!deadline.hasExpired()) {
        if (!m_serve.waitForReadyRead(int(deadline.remainingTime()))) {
            if (m_serve.state() != QProcess::Running)
                break;
            continue;
        }
        output += m_serve.readAllStandardOutput();
        const auto url = listening.match(QString::fromUtf8(output));
        if (url.hasMatch()) {
            m_url = QUrl(url.captured(1));
            m_port = m_url.port();
            m_fingerprint = fingerprint.match(QString::fromUtf8(output)).captured(1);
            return !m_fingerprint.isEmpty() || (m_error = QStringLiteral("no fingerprint printed"), false);
        }
    }
    m_error = QStringLiteral("commonroom-syncd did not start listening: ") + QString::fromUtf8(output)
        + QString::fromUtf8(m_serve.readAllStandardError());
    return false;
}

void SyncdProcess::stop(bool crash)
{
    if (m_serve.state() == QProcess::NotRunning)
        return;
    if (crash)
        m_serve.kill();
    else
        m_serve.terminate();
    if (!m_serve.waitForFinished(15'000)) {
        m_serve.kill();
        m_serve.waitForFinished();
    }
    m_log += m_serve.readAllStandardError();
}

bool SyncdProcess::restart(bool crash)
{
    stop(crash);
    return serve();
}
