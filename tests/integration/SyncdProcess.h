#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

// A real commonroom-syncd for integration tests: its own temporary data dir, a free loopback
// port, the demo community seeded. Restarts keep the port so clients need no new address.
class SyncdProcess
{
public:
    static constexpr const char *kDemoPassword = "harbour-lights-demo";

    SyncdProcess();
    ~SyncdProcess();

    // init + seed-demo (with `people` extra people) + serve. Returns false with a message in error().
    bool start(int people = 20);
    bool serve();
    // Extra options for the next serve (for example {"--tombstone-days", "0"}).
    void setServeOptions(const QStringList &options) { m_serveOptions = options; }
    // SIGTERM and wait, or SIGKILL when `crash` (nothing gets to flush).
    void stop(bool crash = false);
    bool restart(bool crash = false);
    // Runs one commonroom-syncd command to its end (its standard output in `output`); false with
    // what it printed in error() when it fails.
    bool runOnce(const QStringList &arguments, const QByteArray &input = {}, QString *output = nullptr);
    // Stops the daemon, runs `commonroom-syncd dedupe` over its data (its report in `report`), and
    // serves again.
    bool dedupe(QString *report = nullptr);

    QUrl url() const { return m_url; }
    QString fingerprint() const { return m_fingerprint; }
    QString dataDir() const { return m_dir.path(); }
    QString certificatePath() const;
    QString error() const { return m_error; }
    QByteArray log() const { return m_log; }

private:
    QTemporaryDir m_dir;
    QProcess m_serve;
    QUrl m_url;
    QString m_fingerprint;
    QString m_error;
    QByteArray m_log;
    int m_port = 0;
    QStringList m_serveOptions;
};
