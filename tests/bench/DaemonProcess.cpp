#include "DaemonProcess.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace commonroom::bench {

DaemonProcess::DaemonProcess(QString syncdPath, QString dataDir)
    : m_syncd(std::move(syncdPath))
    , m_dataDir(std::move(dataDir))
    , m_logPath(QDir(m_dataDir).filePath(QStringLiteral("serve.log")))
{
}

DaemonProcess::~DaemonProcess()
{
    stop();
}

QString DaemonProcess::databasePath() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("commonroom.db"));
}

bool DaemonProcess::run(const QStringList &arguments, const QByteArray &input, QByteArray *output)
{
    QProcess process;
    process.start(m_syncd, arguments);
    if (!process.waitForStarted()) {
        m_error = QStringLiteral("cannot start %1: %2").arg(m_syncd, process.errorString());
        return false;
    }
    process.write(input);
    process.closeWriteChannel();
    // Seeding a million people takes a few minutes on a small machine.
    if (!process.waitForFinished(30 * 60 * 1000) || process.exitCode() != 0) {
        m_error = QStringLiteral("commonroom-syncd %1 failed: %2")
                      .arg(arguments.first(), QString::fromUtf8(process.readAllStandardError()));
        return false;
    }
    if (output)
        *output = process.readAllStandardOutput();
    return true;
}

bool DaemonProcess::ensureInitialized()
{
    if (QFileInfo::exists(databasePath()))
        return true;
    QDir().mkpath(m_dataDir);
    return run({QStringLiteral("init"), QStringLiteral("--data"), m_dataDir, QStringLiteral("--admin-email"),
                   QStringLiteral("root@example.org"), QStringLiteral("--password-stdin")},
        QByteArrayLiteral("correct horse battery staple\n"));
}

double DaemonProcess::seed(long people)
{
    QElapsedTimer timer;
    timer.start();
    if (!run({QStringLiteral("seed-demo"), QStringLiteral("--data"), m_dataDir, QStringLiteral("--people"),
            QString::number(people)}))
        return -1;
    return double(timer.nsecsElapsed()) / 1e9;
}

bool DaemonProcess::start(const QStringList &options)
{
    QProcess help;
    help.start(m_syncd, {QStringLiteral("--help")});
    help.waitForFinished();
    QStringList arguments {QStringLiteral("serve"), QStringLiteral("--data"), m_dataDir, QStringLiteral("--listen"),
        QStringLiteral("127.0.0.1:0")};
    // Rate limits would measure the limiter, not the daemon: every client here is on 127.0.0.1.
    const QByteArray usage = help.readAllStandardOutput();
    if (usage.contains("--rate-limit"))
        arguments << QStringLiteral("--rate-limit") << QStringLiteral("0");
    if (usage.contains("--login-rate-limit"))
        arguments << QStringLiteral("--login-rate-limit") << QStringLiteral("0");
    arguments << options;

    m_serve.setStandardErrorFile(m_logPath, QIODevice::Append);
    m_serve.start(m_syncd, arguments);
    if (!m_serve.waitForStarted()) {
        m_error = QStringLiteral("cannot start commonroom-syncd serve: ") + m_serve.errorString();
        return false;
    }
    static const QRegularExpression listening(QStringLiteral("listening on (https://[^\\s]+)"));
    static const QRegularExpression fingerprint(QStringLiteral("fingerprint: ([0-9A-F:]+)"));
    QByteArray output;
    // At a million people the daemon prepares the checksums of every scope before it listens
    // (about 100 s on the benchmark machine).
    QDeadlineTimer deadline(15 * 60'000);
    while (!deadline.hasExpired() && m_serve.state() == QProcess::Running) {
        m_serve.waitForReadyRead(100);
        output += m_serve.readAllStandardOutput();
        const auto url = listening.match(QString::fromUtf8(output));
        if (url.hasMatch()) {
            m_url = QUrl(url.captured(1));
            m_fingerprint = fingerprint.match(QString::fromUtf8(output)).captured(1);
            return true;
        }
    }
    m_error = QStringLiteral("commonroom-syncd did not start listening (see %1): %2")
                  .arg(m_logPath, QString::fromUtf8(output));
    return false;
}

void DaemonProcess::stop()
{
    if (m_serve.state() == QProcess::NotRunning)
        return;
    m_serve.terminate();
    if (!m_serve.waitForFinished(30'000)) {
        m_serve.kill();
        m_serve.waitForFinished();
    }
}

qint64 DaemonProcess::logOffset() const
{
    return QFileInfo(m_logPath).size();
}

std::vector<double> DaemonProcess::handlingTimesMs(qint64 offset, const QString &what) const
{
    std::vector<double> times;
    QFile log(m_logPath);
    if (!log.open(QIODevice::ReadOnly))
        return times;
    log.seek(offset);
    const QByteArray needle = what.toUtf8();
    while (!log.atEnd()) {
        const QByteArray line = log.readLine().trimmed();
        if (!line.contains(needle) || !line.endsWith("ms"))
            continue;
        const auto space = line.lastIndexOf(' ');
        times.push_back(line.mid(space + 1, line.size() - space - 3).toDouble());
    }
    return times;
}

} // namespace commonroom::bench
