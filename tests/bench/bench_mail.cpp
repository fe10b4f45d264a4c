// Benchmark: a message to a group of N people (10,000 by default), queued by the daemon when the
// message arrives and sent through a real SMTP server (aiosmtpd, tests/bench/mailsink.py). An
// admin's device records the people and their memberships offline, syncs, writes the message and
// syncs again. Measured: the push that queues the N mails (sealed, in its transaction), then the
// time until the sink has accepted them all, and the daemon's memory. Baseline: the same sink
// accepting N mails from Python's smtplib, one SMTP session each as the daemon sends them, in the
// same run.

#include "BenchDevice.h"
#include "BenchSupport.h"
#include "DaemonProcess.h"

#include "desktop/core/GroupMail.h"
#include "desktop/core/Groups.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>

#include <iostream>

using namespace commonroom;
using namespace commonroom::bench;

namespace {

// The sink's process: "port N" first, then one line per accepted mail.
class Sink
{
public:
    explicit Sink(const QString &script)
        : m_script(script)
    {
        m_process.start(QStringLiteral("/usr/bin/python3"), {script, QStringLiteral("serve")});
        QDeadlineTimer deadline(30'000);
        while (m_port == 0 && !deadline.hasExpired() && m_process.state() != QProcess::NotRunning) {
            m_process.waitForReadyRead(100);
            while (m_process.canReadLine()) {
                const QByteArray line = m_process.readLine().trimmed();
                if (line.startsWith("port "))
                    m_port = line.mid(5).toInt();
            }
        }
    }
    ~Sink()
    {
        m_process.closeWriteChannel();
        if (!m_process.waitForFinished(10'000))
            m_process.kill();
    }

    int port() const { return m_port; }

    // Waits until `count` mails were accepted in all (at most `timeoutMs`); returns how many were.
    long waitFor(long count, int timeoutMs)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (m_accepted < count && !deadline.hasExpired()) {
            m_process.waitForReadyRead(200);
            drain();
        }
        return m_accepted;
    }

    // Seconds smtplib took to have the sink accept `count` mails.
    double baseline(long count)
    {
        QProcess sender;
        sender.start(QStringLiteral("/usr/bin/python3"),
            {m_script, QStringLiteral("send"), QString::number(m_port), QString::number(count)});
        // The sink's lines are read meanwhile: a full pipe would stop it.
        while (sender.state() != QProcess::NotRunning && !sender.waitForFinished(100))
            drain();
        const QByteArray out = sender.readAllStandardOutput().trimmed();
        return out.startsWith("seconds ") ? out.mid(8).toDouble() : -1;
    }

private:
    void drain()
    {
        m_process.waitForReadyRead(0); // takes in what the pipe holds
        while (m_process.canReadLine()) {
            m_process.readLine();
            ++m_accepted;
        }
    }

    QString m_script;
    QProcess m_process;
    int m_port = 0;
    long m_accepted = 0;
};

// A field of /proc/PID/status in MiB ("VmHWM", "VmRSS").
double memoryMiB(qint64 pid, const char *field)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(QByteArray(field) + ':'))
            return line.mid(int(qstrlen(field)) + 1).trimmed().split(' ').first().toDouble() / 1024;
    }
    return -1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const Options options(argc, argv);
    const QString work = QString::fromStdString(options.text("work", "/tmp/commonroom-bench"));
    const long people = options.number("people", 10'000);

    Sink sink(QString::fromStdString(options.text("sink", COMMONROOM_MAILSINK_PATH)));
    if (sink.port() == 0) {
        std::cerr << "the SMTP sink did not start (python3-aiosmtpd)" << std::endl;
        return 1;
    }
    std::cerr << "mail: baseline, " << people << " mails from smtplib…" << std::endl;
    const double baselineSeconds = sink.baseline(people);
    if (baselineSeconds <= 0 || sink.waitFor(people, 60'000) < people) {
        std::cerr << "the baseline did not deliver its mails" << std::endl;
        return 1;
    }

    const QString dataDir = QDir(work).filePath(QStringLiteral("mail-daemon"));
    QDir(dataDir).removeRecursively();
    DaemonProcess daemon(QString::fromStdString(options.text("syncd", COMMONROOM_SYNCD_PATH)), dataDir);
    if (!daemon.ensureInitialized() || daemon.seed(20) < 0
        || !daemon.start({QStringLiteral("--smtp-host"), QStringLiteral("127.0.0.1"), QStringLiteral("--smtp-port"),
            QString::number(sink.port()), QStringLiteral("--mail-from"), QStringLiteral("directory@example.org")})) {
        std::cerr << daemon.error().toStdString() << std::endl;
        return 1;
    }
    const QString profile = QDir(work).filePath(QStringLiteral("mail-client"));
    QDir(profile).removeRecursively();
    BenchDevice admin(profile);
    if (const auto error = admin.login(daemon.url(), daemon.fingerprint(), QStringLiteral("admin@example.org"),
            QString::fromLatin1(DaemonProcess::kDemoPassword));
        !error.isEmpty()) {
        std::cerr << "sign-in failed: " << error.toStdString() << std::endl;
        return 1;
    }
    std::cerr << "mail: " << people << " people in a group…" << std::endl;
    const auto group = admin.device().groups().create(QStringLiteral("Night shelter rota"), QStringLiteral("open"));
    if (!group) {
        std::cerr << group.error().message << std::endl;
        return 1;
    }
    for (long i = 0; i < people; ++i) {
        const auto person = admin.store().createRow(QStringLiteral("person"),
            {{"display_name", "Volunteer " + std::to_string(i)},
                {"email", "volunteer" + std::to_string(i) + "@example.net"}, {"consent", std::int64_t(1)},
                {"status", std::string("active")}});
        if (!person
            || !admin.store().createRow(QStringLiteral("membership"),
                {{"person_id", person->toStdString()}, {"group_id", group->toStdString()},
                    {"state", std::string("active")}, {"role", std::string("member")}})) {
            std::cerr << "a local edit failed" << std::endl;
            return 1;
        }
    }
    if (const auto synced = admin.sync(); !synced.ok()) {
        std::cerr << "sync failed: " << synced.message.toStdString() << std::endl;
        return 1;
    }

    std::cerr << "mail: the message…" << std::endl;
    if (!admin.device().groupMail().write(
            *group, QStringLiteral("Sign up for December"), QStringLiteral("Sign up for the December shifts.")))
        return 1;
    const double memoryBefore = memoryMiB(daemon.pid(), "VmRSS");
    const double cpuBefore = cpuSeconds(int(daemon.pid()));
    const auto started = Steady::now();
    const auto pushed = admin.sync();
    const double queueSeconds = secondsSince(started);
    if (!pushed.ok() || pushed.pushed != 1) {
        std::cerr << "the message was not accepted: " << pushed.message.toStdString() << std::endl;
        return 1;
    }
    const long delivered = sink.waitFor(2 * people, 60 * 60'000) - people;
    const double sendSeconds = secondsSince(started) - queueSeconds;
    const double cpu = cpuSeconds(int(daemon.pid())) - cpuBefore;
    const double peak = memoryMiB(daemon.pid(), "VmHWM");
    const double resident = memoryMiB(daemon.pid(), "VmRSS");
    daemon.stop();
    if (delivered < people) {
        std::cerr << "only " << delivered << " of " << people << " mails arrived within the hour" << std::endl;
        return 1;
    }

    const double rate = double(people) / sendSeconds;
    const double baselineRate = double(people) / baselineSeconds;
    Table table({"Path", "Mails", "Time", "Per second", "÷ baseline"});
    table.add({"Push of the message, its mails queued (sealed) in the push", formatNumber(double(people)),
        formatNumber(queueSeconds, 2) + " s", formatNumber(double(people) / queueSeconds), "-"});
    table.add({"**Daemon's queue to the sink, one SMTP session each**", formatNumber(double(people)),
        formatNumber(sendSeconds, 1) + " s", formatNumber(rate),
        formatNumber(sendSeconds / baselineSeconds, 1) + "× the time"});
    table.add({"Baseline: Python smtplib to the same sink, one session each", formatNumber(double(people)),
        formatNumber(baselineSeconds, 1) + " s", formatNumber(baselineRate), "1.0×"});
    std::cout << "\n### Group mail (" << shortCount(people) << " recipients, SMTP on loopback)\n\n"
              << table.render() << "\nDaemon: CPU " << formatNumber(cpu, 1) << " s while queueing and sending; memory "
              << formatNumber(memoryBefore) << " MiB before the message, " << formatNumber(resident)
              << " MiB after, peak " << formatNumber(peak) << " MiB.\n"
              << std::endl;
    return 0;
}
