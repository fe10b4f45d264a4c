#include "TokenStore.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QThread>

#include <chrono>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <utility>

namespace commonroom {

namespace {

// A keychain may show an unlock prompt and wait for the person; a service that never answers
// must not hang the program forever either.
constexpr auto kKeychainTimeout = std::chrono::seconds(120);

// What a finished QtKeychain job answered, copied out of the job in the thread that ran it.
struct JobAnswer
{
    QKeychain::Error error = QKeychain::OtherError;
    QString errorString;
    QString text; // a read's secret
};

// Every QtKeychain job of the program runs on this one thread, in its own event loop, and the
// caller waits for the answer without running any event loop of its own: a nested loop in the
// caller would deliver the caller's timers, queued signals and socket notifications in the
// middle of a keychain call (a sync finishing, a window closing) while it is still inside
// TokenStore.
//
// One thread for the whole program, not one per call or per store: QtKeychain queues all jobs
// of the process through a single executor object that lives in the thread of the first job and
// hears of each job's end there. Jobs run in a thread that had ended (or in a thread whose loop is
// not running, like a caller that is waiting) would never be told that the job before them
// finished, and would wait forever. The secret service backend (libsecret over GDBus) delivers
// its answers to the main context of the thread that started the call, which Qt's event loop of
// this thread runs; KWallet's answers come through QtDBus to the same thread.
class KeychainThread
{
public:
    // The running thread, started on first use; null without a QCoreApplication (no event loop
    // can run then) or once the application has quit.
    static KeychainThread *instance()
    {
        const std::lock_guard lock(s_mutex);
        if (!s_instance && !s_stopped && QCoreApplication::instance()) {
            s_instance = new KeychainThread;
            qAddPostRoutine(&KeychainThread::stop);
        }
        return s_instance;
    }

    // Runs `makeJob` (which creates the job, without starting it) on the keychain thread, starts
    // the job there and waits for its answer; nullopt when it did not come within the timeout.
    std::optional<JobAnswer> run(std::function<QKeychain::Job *()> makeJob)
    {
        // Shared with the keychain thread, which may still answer after a timed-out caller left.
        struct Call
        {
            std::mutex mutex;
            std::condition_variable answered;
            std::optional<JobAnswer> answer;
        };
        auto call = std::make_shared<Call>();
        QMetaObject::invokeMethod(
            m_context,
            [call, makeJob = std::move(makeJob)] {
                QKeychain::Job *job = makeJob(); // deletes itself (deleteLater) once finished
                QObject::connect(job, &QKeychain::Job::finished, job, [call](QKeychain::Job *finished) {
                    JobAnswer answer {finished->error(), finished->errorString(), {}};
                    if (const auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(finished))
                        answer.text = read->textData();
                    const std::lock_guard lock(call->mutex);
                    call->answer = std::move(answer);
                    call->answered.notify_all();
                });
                job->start();
            },
            Qt::QueuedConnection);
        std::unique_lock lock(call->mutex);
        call->answered.wait_for(lock, kKeychainTimeout, [&] { return call->answer.has_value(); });
        return call->answer;
    }

private:
    KeychainThread()
    {
        m_thread.setObjectName(QStringLiteral("Commonroom keychain"));
        m_context = new QObject; // deleted in its own thread when the thread's loop ends
        m_context->moveToThread(&m_thread);
        QObject::connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
        m_thread.start();
    }

    // When the application object goes away: the thread's loop ends, and the thread with it.
    static void stop()
    {
        KeychainThread *stopping = nullptr;
        {
            const std::lock_guard lock(s_mutex);
            stopping = std::exchange(s_instance, nullptr);
            s_stopped = true;
        }
        if (!stopping)
            return;
        stopping->m_thread.quit();
        // A job stuck in a blocking call (QtKeychain asks KWallet synchronously whether it runs,
        // for half a second) is waited for a little; past that the thread is left to the exit.
        if (stopping->m_thread.wait(QDeadlineTimer(5000)))
            delete stopping;
    }

    QThread m_thread;
    QObject *m_context = nullptr;

    static inline std::mutex s_mutex;
    static inline KeychainThread *s_instance = nullptr;
    static inline bool s_stopped = false;
};

// Runs a job made by `makeJob` to its end on the keychain thread.
JobAnswer runToEnd(std::function<QKeychain::Job *()> makeJob)
{
    KeychainThread *thread = KeychainThread::instance();
    if (!thread)
        return {QKeychain::NoBackendAvailable, {}, {}};
    if (auto answer = thread->run(std::move(makeJob)))
        return *answer;
    return {QKeychain::OtherError, QCoreApplication::translate("TokenStore", "the system keychain did not answer"), {}};
}

bool answered(const JobAnswer &job)
{
    return job.error == QKeychain::NoError || job.error == QKeychain::EntryNotFound;
}

QString jobError(const JobAnswer &job)
{
    const QString detail = job.errorString;
    switch (job.error) {
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
    const JobAnswer job = runToEnd([service = m_service, key = m_key] {
        auto *read = new QKeychain::ReadPasswordJob(service);
        read->setKey(key);
        return read;
    });
    if (!answered(job)) {
        m_keychainAvailable = false;
        m_keychainError = jobError(job);
        return KeychainRead::Unavailable;
    }
    m_keychainAvailable = true;
    m_keychainError.clear();
    if (job.error == QKeychain::EntryNotFound || job.text.isEmpty())
        return KeychainRead::NotFound;
    *token = job.text;
    return KeychainRead::Found;
}

Status TokenStore::writeKeychain(const QString &token) const
{
    const JobAnswer job = runToEnd([service = m_service, key = m_key, token] {
        auto *write = new QKeychain::WritePasswordJob(service);
        write->setKey(key);
        write->setTextData(token);
        return write;
    });
    if (job.error != QKeychain::NoError)
        return makeError("keychain", jobError(job).toStdString());
    return {};
}

Status TokenStore::deleteKeychain() const
{
    const JobAnswer job = runToEnd([service = m_service, key = m_key] {
        auto *remove = new QKeychain::DeletePasswordJob(service);
        remove->setKey(key);
        return remove;
    });
    if (!answered(job))
        return makeError("keychain",
            QCoreApplication::translate("TokenStore",
                "The session could not be removed from the system keychain (%1). Remove the entry “%2” of “%3” "
                "with your keychain manager.")
                .arg(jobError(job), m_key, m_service)
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
