#include "TokenStore.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QSaveFile>
#include <QTimer>

#include <memory>

namespace commonroom {

namespace {

// A keychain may show an unlock prompt and wait for the person; a service that never answers
// must not hang the program forever either.
constexpr int kKeychainTimeoutMs = 120000;

// Runs a QtKeychain job to its end in a local event loop. The job may finish inside start()
// (an immediate error), so the loop only runs when it has not.
void runToEnd(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    bool finished = false;
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    job.start();
    if (!finished) {
        timeout.start(kKeychainTimeoutMs);
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
}

bool answered(const QKeychain::Job &job)
{
    return job.error() == QKeychain::NoError || job.error() == QKeychain::EntryNotFound;
}

QString jobError(const QKeychain::Job &job)
{
    const QString detail = job.errorString();
    switch (job.error()) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return QCoreApplication::translate("TokenStore", "no system keychain service is running");
    case QKeychain::AccessDeniedByUser:
        return QCoreApplication::translate("TokenStore", "access to the keychain was refused");
    default:
        return detail.isEmpty() ? QCoreApplication::translate("TokenStore", "the system keychain did not answer")
                                : detail;
    }
}

} // namespace

TokenStore::TokenStore(QString profileDir, QString keychainService)
    : m_path(QDir(profileDir).filePath(QStringLiteral("session-token")))
    , m_service(std::move(keychainService))
    // One entry per profile: two profiles on one machine are two devices with two sessions.
    , m_key(QStringLiteral("session-token:") + QDir(profileDir).absolutePath())
{
}

TokenStore::KeychainRead TokenStore::readKeychain(QString *token) const
{
    if (m_keychainAvailable == false)
        return KeychainRead::Unavailable;
    auto job = std::make_unique<QKeychain::ReadPasswordJob>(m_service);
    job->setKey(m_key);
    runToEnd(*job);
    if (!answered(*job)) {
        m_keychainAvailable = false;
        m_keychainError = jobError(*job);
        return KeychainRead::Unavailable;
    }
    m_keychainAvailable = true;
    m_keychainError.clear();
    if (job->error() == QKeychain::EntryNotFound || job->textData().isEmpty())
        return KeychainRead::NotFound;
    *token = job->textData();
    return KeychainRead::Found;
}

Status TokenStore::writeKeychain(const QString &token) const
{
    auto job = std::make_unique<QKeychain::WritePasswordJob>(m_service);
    job->setKey(m_key);
    job->setTextData(token);
    runToEnd(*job);
    if (job->error() != QKeychain::NoError)
        return makeError("keychain", jobError(*job).toStdString());
    return {};
}

Status TokenStore::deleteKeychain() const
{
    auto job = std::make_unique<QKeychain::DeletePasswordJob>(m_service);
    job->setKey(m_key);
    runToEnd(*job);
    if (!answered(*job))
        return makeError("keychain",
            QCoreApplication::translate("TokenStore",
                "The session could not be removed from the system keychain (%1). Remove the entry “%2” of “%3” "
                "with your keychain manager.")
                .arg(jobError(*job), m_key, m_service)
                .toStdString());
    return {};
}

Status TokenStore::writeFile(const QString &token) const
{
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError("storage", "Cannot write " + m_path.toStdString() + ": " + file.errorString().toStdString());
    // Restrict before the secret is written, so it is never readable by others even briefly.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(token.toUtf8());
    if (!file.commit())
        return makeError("storage", "Cannot write " + m_path.toStdString() + ": " + file.errorString().toStdString());
    return {};
}

QString TokenStore::readFile() const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).trimmed();
}

Status TokenStore::removeFile() const
{
    if (QFile::exists(m_path) && !QFile::remove(m_path))
        return makeError("storage", "Cannot remove " + m_path.toStdString() + "; delete it by hand to sign out.");
    return {};
}

bool TokenStore::keychainAvailable() const
{
    if (!m_keychainAvailable) {
        QString token;
        if (readKeychain(&token) == KeychainRead::Found && !m_token) {
            m_token = token;
            m_tokenPlace = Place::Keychain;
        }
    }
    return *m_keychainAvailable;
}

QString TokenStore::keychainError() const
{
    return keychainAvailable() ? QString() : m_keychainError;
}

Status TokenStore::save(const QString &token)
{
    if (keychainAvailable()) {
        Status written = writeKeychain(token);
        if (written) {
            m_token = token;
            m_tokenPlace = Place::Keychain;
            // A copy left in a file by an earlier session without keychain goes away.
            return removeFile();
        }
        // The keychain answered a read but refused the write (locked, access refused): it is
        // as good as absent for this program run.
        m_keychainAvailable = false;
        m_keychainError = QString::fromStdString(written.error().message);
    }
    if (m_fileFallback == FileFallback::Allowed) {
        if (Status written = writeFile(token); !written)
            return written;
        m_token = token;
        m_tokenPlace = Place::File;
        return {};
    }
    m_token = token;
    m_tokenPlace = Place::Memory;
    return {};
}

QString TokenStore::load() const
{
    if (m_token)
        return *m_token;
    QString token;
    if (readKeychain(&token) == KeychainRead::Found) {
        m_token = token;
        m_tokenPlace = Place::Keychain;
        return token;
    }
    token = readFile();
    if (token.isEmpty())
        return {};
    m_token = token;
    m_tokenPlace = Place::File;
    // A token saved in a file while no keychain answered moves into the keychain once one does.
    if (m_keychainAvailable == true && writeKeychain(token) && removeFile())
        m_tokenPlace = Place::Keychain;
    return token;
}

Status TokenStore::clear()
{
    m_token.reset();
    m_tokenPlace.reset();
    Status removed = removeFile();
    if (keychainAvailable()) {
        if (Status deleted = deleteKeychain(); !deleted)
            return deleted;
    }
    return removed;
}

TokenStore::Place TokenStore::place() const
{
    if (m_tokenPlace)
        return *m_tokenPlace;
    if (keychainAvailable())
        return Place::Keychain;
    return m_fileFallback == FileFallback::Allowed ? Place::File : Place::Memory;
}

QString TokenStore::description() const
{
    switch (place()) {
    case Place::Keychain:
        return QCoreApplication::translate("TokenStore", "in the system keychain, under “%1”").arg(m_service);
    case Place::File:
        return m_keychainError.isEmpty()
            ? QCoreApplication::translate("TokenStore", "in the file %1, readable only by you")
                  .arg(QDir::toNativeSeparators(m_path))
            : QCoreApplication::translate(
                "TokenStore", "in the file %1, readable only by you, because no system keychain is available (%2)")
                  .arg(QDir::toNativeSeparators(m_path), m_keychainError);
    case Place::Memory:
        break;
    }
    return QCoreApplication::translate("TokenStore",
        "only in memory until Commonroom quits, because no system keychain is available and keeping it in "
        "a file was declined; you will be asked to sign in again next time");
}

} // namespace commonroom
