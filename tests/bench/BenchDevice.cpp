#include "BenchDevice.h"

#include <QDir>
#include <QEventLoop>
#include <QTimer>

namespace commonroom::bench {

BenchDevice::BenchDevice(const QString &profileDir)
    : m_device(m_clock, Profile(profileDir))
{
    QDir().mkpath(profileDir);
    if (const auto opened = m_device.open(); !opened)
        qFatal("cannot open the device store %s: %s", qPrintable(databasePath()), opened.error().message.c_str());
}

QString BenchDevice::login(
    const QUrl &server, const QString &fingerprint, const QString &email, const QString &password)
{
    QEventLoop loop;
    QString outcome = QStringLiteral("sign-in did not finish in time");
    QObject::connect(&engine(), &SyncEngine::loginFinished, &loop, [&](bool ok, const QString &message) {
        outcome = ok ? QString() : message;
        loop.quit();
    });
    QTimer::singleShot(120'000, &loop, &QEventLoop::quit);
    engine().login(server, fingerprint, email, password);
    loop.exec();
    return outcome;
}

SyncResult BenchDevice::sync(int timeoutMs)
{
    QEventLoop loop;
    std::optional<SyncResult> outcome;
    QObject::connect(&engine(), &SyncEngine::finished, &loop, [&](const SyncResult &result) {
        outcome = result;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    engine().sync();
    if (!outcome)
        loop.exec();
    return outcome.value_or(SyncResult {SyncResult::Outcome::Failed, QStringLiteral("sync did not finish in time")});
}

} // namespace commonroom::bench
