#pragma once

#include "LocalStore.h"

#include "common/Protocol.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

class QNetworkReply;

namespace commonroom {

class ApiClient;
class TokenStore;

struct SyncResult
{
    // Revoked: an admin revoked this device and its local copy was erased.
    enum class Outcome { Ok, Offline, Unauthorized, Revoked, Failed, Cancelled };
    Outcome outcome = Outcome::Ok;
    QString message; // for a person: what happened and what to do
    int pushed = 0;
    int rejected = 0;
    int pulled = 0;
    // Things the person should know even when the sync went well (the device's clock is off, the
    // device continues as a new one); also appended to `message`.
    QStringList notices {};
    // The pull started over from the beginning because the device's cursor was damaged.
    bool refetched = false;
    // The signed-in person's role changed on the daemon (an application approved, a promotion):
    // the device's setting follows it, and the window should show what the new role sees.
    bool roleChanged = false;

    bool ok() const { return outcome == Outcome::Ok; }
};

// Pushes the outbox, then pulls pages until the device is up to date. Asynchronous: emits
// started(), progress() and finished(); the GUI and the CLI only listen.
class SyncEngine : public QObject
{
    Q_OBJECT

public:
    enum class Connectivity { Unknown, Online, Offline };
    Q_ENUM(Connectivity)

    SyncEngine(LocalStore &store, TokenStore &tokens, QObject *parent = nullptr);

    bool isRunning() const { return m_running; }
    Connectivity connectivity() const { return m_connectivity; }

    // Signs in against `server`, whose certificate has `fingerprint`. Remembers the server, the
    // fingerprint and who signed in in the local store, and the token in the token store.
    void login(const QUrl &server, const QString &fingerprint, const QString &email, const QString &password);
    // Forgets the session on the daemon (when reachable) and on this device.
    void logout();
    // Signs this device in with a session the daemon opened (a sign-in, an application or an
    // accepted invitation): keeps the token in the token store and the server, fingerprint,
    // person, role, email and token expiry in the local store. Refuses a profile that holds the
    // copy of another person.
    Status startSession(
        const QUrl &server, const QString &fingerprint, const QString &email, const protocol::LoginResponse &login);

    // A sync first rotates the session token when less than this is left of it.
    static constexpr qint64 kRefreshBeforeExpiryMs = 7LL * 24 * 3600 * 1000;

    ApiClient &api() { return *m_api; }
    TokenStore &tokens() { return m_tokens; }
    // Points api() at the signed-in server with the session token; false when not signed in.
    // Done at construction (when the store is open), by Device::open() and by every sync; account
    // requests before a sync call it.
    bool prepareApi() { return configureApi(); }

public Q_SLOTS:
    void sync();
    // Forgets how far this device had pulled and syncs, fetching everything again; unsent edits
    // are kept and sent first. For a copy that went wrong (LocalStore::beginRefetch()).
    void refetch();
    void cancel();

Q_SIGNALS:
    void loginFinished(bool ok, const QString &message);
    void logoutFinished();
    void started();
    // phase is "push" or "pull"; done counts mutations sent or rows received so far; total is
    // the expected count when known (an estimate while pulling), else 0.
    void progress(const QString &phase, qint64 done, qint64 total);
    void finished(const commonroom::SyncResult &result);
    void connectivityChanged(commonroom::SyncEngine::Connectivity connectivity);
    // The daemon rotated the session token; it is saved in the token store already.
    void tokenRefreshed(const QString &token);

private:
    void pushNext();
    // Rotates the token when it is near its expiry, then pushes.
    void refreshThenPush();
    // The daemon does not know this copy of the device (answered "device_diverged"): registers
    // the device anew and pushes its unsent changes from there.
    void replaceDevice();
    // A push the daemon (or a proxy before it) found too large: smaller pushes, or, for a
    // single change, a sync problem that keeps its values.
    void pushTooLarge(const std::vector<protocol::Mutation> &batch);
    // Notes how far off this device's clock is, from the daemon's time in the last push answer.
    void noteClockOffset();
    void pullNext();
    // After a complete pull: takes the role the daemon gave the signed-in person in their own
    // row as the device's "role" setting, and says so in the result.
    void followOwnRole();
    void pullPageApplied(const Result<LocalStore::PulledPage> &page);
    // Starts the pull over from the beginning after a damaged cursor, once per sync; false when
    // it was tried already in this sync.
    bool restartDamagedPull();
    void finish(SyncResult::Outcome outcome, const QString &message);
    // Classifies a finished reply; on failure finishes the sync and returns false.
    bool checkReply(QNetworkReply *reply);
    void setConnectivity(Connectivity connectivity);
    bool configureApi();

    LocalStore &m_store;
    TokenStore &m_tokens;
    ApiClient *m_api;
    QPointer<QNetworkReply> m_reply;
    bool m_running = false;
    bool m_cancelRequested = false;
    bool m_refetchRequested = false;
    bool m_deviceReplaced = false;
    // The most a push may weigh, encoded: the daemon's body limit, halved after each 413.
    std::size_t m_pushBudget = protocol::kMaxRequestBytes;
    Connectivity m_connectivity = Connectivity::Unknown;
    SyncResult m_result;
};

} // namespace commonroom

Q_DECLARE_METATYPE(commonroom::SyncResult)
