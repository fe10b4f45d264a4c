#pragma once

#include <QProcess>
#include <QString>
#include <QUrl>

#include <vector>

namespace commonroom::bench {

// A real commonroom-syncd in a data directory that outlives it, so that a community seeded
// once (a million people takes minutes) serves several runs. Its request log goes to a file
// that the benchmarks read for the daemon's own handling times.
class DaemonProcess
{
public:
    static constexpr const char *kDemoPassword = "harbour-lights-demo";

    DaemonProcess(QString syncdPath, QString dataDir);
    ~DaemonProcess();
    DaemonProcess(const DaemonProcess &) = delete;
    DaemonProcess &operator=(const DaemonProcess &) = delete;

    // Creates the data directory and the admin account unless the database exists.
    bool ensureInitialized();
    // Tops the demo community up to `people` (seed-demo is incremental); returns the seconds it
    // took, or a negative number on failure (see error()).
    double seed(long people);
    // serve on a free loopback port, with the per-token rate limit off when the daemon has one,
    // and `options` added (for example the SMTP server to mail through).
    bool start(const QStringList &options = {});
    void stop();

    QUrl url() const { return m_url; }
    QString host() const { return QStringLiteral("127.0.0.1"); }
    int port() const { return m_url.port(); }
    QString fingerprint() const { return m_fingerprint; }
    qint64 pid() const { return m_serve.processId(); }
    QString dataDir() const { return m_dataDir; }
    QString databasePath() const;
    QString error() const { return m_error; }

    // Where the request log stands now, to read only what a benchmark phase logged.
    qint64 logOffset() const;
    // The handling times (ms) the daemon logged since `offset` for requests whose log line
    // contains `what` (for example "POST /v1/push").
    std::vector<double> handlingTimesMs(qint64 offset, const QString &what) const;

private:
    bool run(const QStringList &arguments, const QByteArray &input = {}, QByteArray *output = nullptr);

    QString m_syncd;
    QString m_dataDir;
    QString m_logPath;
    QProcess m_serve;
    QUrl m_url;
    QString m_fingerprint;
    QString m_error;
};

} // namespace commonroom::bench
