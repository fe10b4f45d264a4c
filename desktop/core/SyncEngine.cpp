#include "SyncEngine.h"

#include "ApiClient.h"
#include "LocalStore.h"
#include "TokenStore.h"
#include "desktop/core/Device.h"

#include "common/Endpoints.h"
#include "common/Roles.h"

#include <QDateTime>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QUrlQuery>

#include <cstdlib>
#include <limits>

namespace commonroom {

namespace endpoint = protocol::endpoint;

namespace {
constexpr int kPushBatch = 500;
constexpr int kPullPage = 5000; // the daemon's largest page: fewer round trips and commits

QString serverMessage(const QByteArray &body)
{
    auto decoded = protocol::fromJson<protocol::ErrorResponse>(body.toStdString());
    return decoded ? QString::fromStdString(decoded->error.message) : QString();
}

// Failures of the connection itself, as opposed to an answer: no answer arrived whole, so nothing
// was settled and the request is repeated at the next sync.
bool isConnectionFailure(QNetworkReply::NetworkError error)
{
    // 1–99: the network layer (refused, reset or closed mid-answer, timeouts, TLS) but for
    // redirects; 101–199: a proxy; 399: the HTTP exchange broke off (a chunk or a length cut short).
    if (error == QNetworkReply::TooManyRedirectsError || error == QNetworkReply::InsecureRedirectError
        || error == QNetworkReply::BackgroundRequestNotAllowedError)
        return false;
    return (error > QNetworkReply::NoError && error <= QNetworkReply::UnknownNetworkError)
        || (error >= QNetworkReply::ProxyConnectionRefusedError && error <= QNetworkReply::UnknownProxyError)
        || error == QNetworkReply::ProtocolFailure;
}

// The local database is the daemon's cursor's only keeper; one that is not "EPOCH.SEQ" was damaged.
bool isWellFormedCursor(const QString &cursor)
{
    static const QRegularExpression pattern(QStringLiteral("^(0|[0-9]+\\.[0-9]+)?$"));
    return pattern.match(cursor).hasMatch();
}
} // namespace

SyncEngine::SyncEngine(LocalStore &store, TokenStore &tokens, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_tokens(tokens)
    , m_api(new ApiClient(this))
{
    qRegisterMetaType<commonroom::SyncResult>();
    // A store not open yet (Device::open() comes later) has no server to point at.
    if (m_store.isOpen())
        configureApi();
}

bool SyncEngine::configureApi()
{
    const QString token = m_tokens.load();
    const QUrl server(m_store.setting(QStringLiteral("server_url")));
    if (token.isEmpty() || !server.isValid() || server.isEmpty())
        return false;
    m_api->setServer(server, m_store.setting(QStringLiteral("fingerprint")));
    m_api->setToken(token);
    return true;
}

void SyncEngine::setConnectivity(Connectivity connectivity)
{
    if (m_connectivity == connectivity)
        return;
    m_connectivity = connectivity;
    Q_EMIT connectivityChanged(connectivity);
}

void SyncEngine::sync()
{
    if (m_running)
        return;
    m_result = SyncResult {};
    m_cancelRequested = false;
    m_refetchRequested = false;
    m_deviceReplaced = false;
    m_pushBudget = protocol::kMaxRequestBytes;
    if (!configureApi()) {
        m_result.outcome = SyncResult::Outcome::Unauthorized;
        m_result.message = tr("This device is not signed in. Sign in to sync; your changes are kept meanwhile.");
        Q_EMIT finished(m_result);
        return;
    }
    m_running = true;
    Q_EMIT started();
    if (!m_store.pendingDeviceReplacement().isEmpty())
        replaceDevice(); // interrupted before it was complete
    else
        refreshThenPush();
}

void SyncEngine::replaceDevice()
{
    auto replacement = m_store.beginDeviceReplacement();
    if (!replacement) {
        finish(SyncResult::Outcome::Failed, QString::fromStdString(replacement.error().message));
        return;
    }
    m_deviceReplaced = true;
    const QString siteId = *replacement;
    QNetworkReply *reply = m_api->post(endpoint::kRegisterDevice,
        QByteArray::fromStdString(protocol::toJson(protocol::RegisterDeviceRequest {siteId.toStdString()})));
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply, siteId] {
        reply->deleteLater();
        if (!checkReply(reply))
            return;
        auto session = protocol::fromJson<protocol::LoginResponse>(reply->readAll().toStdString());
        if (!session) {
            finish(SyncResult::Outcome::Failed,
                tr("The server's answer could not be read: %1").arg(QString::fromStdString(session.error().message)));
            return;
        }
        // The token first: until the store switches, the next sync registers the same id again.
        const QString token = QString::fromStdString(session->token);
        Status saved = m_tokens.save(token);
        if (saved)
            saved = m_store.completeDeviceReplacement(siteId, session->expiresAt);
        if (!saved) {
            finish(SyncResult::Outcome::Failed,
                tr("This device could not be registered anew: %1. Your unsent changes are kept; sync again.")
                    .arg(QString::fromStdString(saved.error().message)));
            return;
        }
        m_api->setToken(token);
        Q_EMIT tokenRefreshed(token);
        m_result.notices << tr("This copy of Commonroom was restored from a backup or copied from another device, "
                               "so the server did not know its latest changes. It now syncs as a new device and "
                               "sends them again; nothing was lost.");
        pushNext();
    });
}

void SyncEngine::refreshThenPush()
{
    const qint64 expiresAt = m_store.setting(QStringLiteral("token_expires_at")).toLongLong();
    if (expiresAt == 0 || m_store.clock().nowMs() < expiresAt - kRefreshBeforeExpiryMs) {
        pushNext();
        return;
    }
    QNetworkReply *reply = m_api->post(endpoint::kRefreshToken, QByteArrayLiteral("{}"));
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (!checkReply(reply))
            return;
        auto login = protocol::fromJson<protocol::LoginResponse>(reply->readAll().toStdString());
        if (!login) {
            finish(SyncResult::Outcome::Failed,
                tr("The server's answer could not be read: %1").arg(QString::fromStdString(login.error().message)));
            return;
        }
        const QString token = QString::fromStdString(login->token);
        Status saved = m_tokens.save(token);
        if (saved)
            saved = m_store.setSetting(QStringLiteral("token_expires_at"), QString::number(login->expiresAt));
        if (!saved) {
            finish(SyncResult::Outcome::Failed,
                tr("The renewed session could not be kept: %1").arg(QString::fromStdString(saved.error().message)));
            return;
        }
        m_api->setToken(token);
        Q_EMIT tokenRefreshed(token);
        pushNext();
    });
}

void SyncEngine::cancel()
{
    if (!m_running)
        return;
    m_cancelRequested = true;
    if (m_reply)
        m_reply->abort();
}

bool SyncEngine::checkReply(QNetworkReply *reply)
{
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (m_cancelRequested) {
        finish(
            SyncResult::Outcome::Cancelled, tr("Sync was cancelled. Nothing was lost; it resumes at the next sync."));
        return false;
    }
    if (isConnectionFailure(reply->error())) {
        // Only a certificate that is not the one accepted is a changed certificate; any other
        // failure, TLS included (a corrupted handshake), or an answer cut short by a daemon
        // restarting, is a connection that did not work this time.
        const QSslCertificate presented = reply->sslConfiguration().peerCertificate();
        const QString pinned = m_store.setting(QStringLiteral("fingerprint")).trimmed().toUpper();
        if (!presented.isNull() && !pinned.isEmpty() && ApiClient::fingerprint(presented) != pinned) {
            finish(SyncResult::Outcome::Failed,
                tr("The server at %1 did not present the certificate you accepted. If its certificate was "
                   "replaced on purpose, sign in again to accept the new one.")
                    .arg(m_api->server().toString()));
            return false;
        }
        setConnectivity(Connectivity::Offline);
        if (reply->error() == QNetworkReply::SslHandshakeFailedError)
            finish(SyncResult::Outcome::Offline,
                tr("The secure connection to the server failed (%1). This is not a changed certificate: the "
                   "connection was disturbed. Your changes are kept and will be sent at the next sync.")
                    .arg(reply->errorString()));
        else if (status.isValid())
            finish(SyncResult::Outcome::Offline,
                tr("The connection to the server broke off in the middle of its answer (%1). Your changes are "
                   "kept and will be sent at the next sync.")
                    .arg(reply->errorString()));
        else
            finish(SyncResult::Outcome::Offline,
                tr("The server is not reachable (%1). Your changes are kept and will be sent at the next sync.")
                    .arg(reply->errorString()));
        return false;
    }
    if (!status.isValid()) {
        // Something answered, but not as a Commonroom server does over HTTPS: a wrong address or
        // scheme, a protocol error. Not "offline": trying again will not help.
        finish(SyncResult::Outcome::Failed,
            tr("The server at %1 did not give an HTTP answer (%2). Check the server address in the "
               "sign-in settings; your changes are kept.")
                .arg(m_api->server().toString(),
                    reply->error() == QNetworkReply::NoError ? tr("no status") : reply->errorString()));
        return false;
    }
    setConnectivity(Connectivity::Online);
    const int code = status.toInt();
    if (code == 200)
        return true;
    const QByteArray body = reply->readAll();
    const QString message = serverMessage(body);
    auto error = protocol::fromJson<protocol::ErrorResponse>(body.toStdString());
    if (code == 403 && error && error->error.code == "device_revoked") {
        const Status wiped = m_store.wipe();
        (void)m_tokens.clear();
        finish(SyncResult::Outcome::Revoked,
            wiped ? tr("This device was revoked, so its copy of the community was erased. Sign in again to use "
                       "Commonroom here.")
                  : tr("This device was revoked, but erasing its copy failed: %1. Delete the profile folder %2 by "
                       "hand.")
                        .arg(QString::fromStdString(wiped.error().message), m_store.path()));
        return false;
    }
    if (code == 429) {
        const QByteArray retryAfter = reply->rawHeader("Retry-After");
        finish(SyncResult::Outcome::Failed,
            tr("The server is busy and asked to wait %1 s. Nothing was lost; sync tries again by itself.")
                .arg(retryAfter.isEmpty() ? QByteArray("a few") : retryAfter));
        return false;
    }
    if (code == 401) {
        finish(SyncResult::Outcome::Unauthorized,
            tr("Your session has ended. Sign in again to sync; your unsent changes are kept."));
    } else if (error && error->error.code == "unsupported_protocol") {
        finish(SyncResult::Outcome::Failed,
            tr("The server at %1 is older than this app and cannot take its changes. Ask its admin to update "
               "commonroom-syncd; your changes are kept meanwhile.")
                .arg(m_api->server().toString()));
    } else if (code >= 500) {
        finish(SyncResult::Outcome::Failed,
            tr("The server at %1 failed (HTTP %2: %3). Your changes are kept and sync tries again later; if this "
               "goes on, tell the server's admin.")
                .arg(m_api->server().toString())
                .arg(code)
                .arg(message.isEmpty() ? tr("no reason given") : message));
    } else {
        finish(SyncResult::Outcome::Failed,
            tr("The server refused the sync (HTTP %1): %2")
                .arg(code)
                .arg(message.isEmpty() ? tr("no reason given") : message));
    }
    return false;
}

void SyncEngine::pushNext()
{
    protocol::PushRequest request;
    request.clientId = m_store.siteId().toStdString();
    // Filled by encoded size up to the daemon's body limit (photos weigh far more than a name).
    const std::size_t envelope = protocol::encodedSize(request);
    request.mutations = m_store.pendingMutations(kPushBatch, m_pushBudget - std::min(m_pushBudget, envelope));
    if (request.mutations.empty()) {
        pullNext();
        return;
    }
    if (request.mutations.size() == 1 && protocol::encodedSize(request) > protocol::kMaxRequestBytes) {
        pushTooLarge(request.mutations); // no daemon would read it
        return;
    }
    m_reply = m_api->post(endpoint::kPush, QByteArray::fromStdString(protocol::toJson(request)));
    connect(m_reply, &QNetworkReply::finished, this, [this, reply = m_reply.data(), batch = request.mutations] {
        reply->deleteLater();
        const std::size_t sent = batch.size();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (!m_cancelRequested && status == 413) {
            setConnectivity(Connectivity::Online);
            pushTooLarge(batch);
            return;
        }
        if (!m_cancelRequested && status == 409 && !m_deviceReplaced) {
            const auto error
                = protocol::fromJson<protocol::ErrorResponse>(reply->peek(reply->bytesAvailable()).toStdString());
            if (error && error->error.code == "device_diverged") {
                setConnectivity(Connectivity::Online);
                replaceDevice();
                return;
            }
        }
        if (!checkReply(reply))
            return;
        auto response = protocol::fromJson<protocol::PushResponse>(reply->readAll().toStdString());
        if (!response) {
            finish(SyncResult::Outcome::Failed,
                tr("The server's answer to the push could not be read: %1")
                    .arg(QString::fromStdString(response.error().message)));
            return;
        }
        const int before = m_store.pendingCount();
        if (auto status = m_store.applyPushResult(*response); !status) {
            finish(SyncResult::Outcome::Failed, QString::fromStdString(status.error().message));
            return;
        }
        if (response->serverTime)
            noteClockOffset();
        if (m_store.pendingCount() >= before) {
            // The daemon answered without settling anything; stop instead of sending it forever.
            finish(SyncResult::Outcome::Failed,
                tr("The server did not accept or refuse any of the %n waiting change(s).", nullptr, int(sent)));
            return;
        }
        m_result.pushed += int(response->acked.size());
        m_result.rejected += int(response->rejected.size());
        Q_EMIT progress(QStringLiteral("push"), m_result.pushed + m_result.rejected,
            m_result.pushed + m_result.rejected + m_store.pendingCount());
        pushNext();
    });
}

void SyncEngine::pushTooLarge(const std::vector<protocol::Mutation> &batch)
{
    if (batch.size() > 1) {
        m_pushBudget = std::max<std::size_t>(m_pushBudget / 2, 1);
        pushNext();
        return;
    }
    // One change alone is more than the server takes: it can never be sent. It leaves the outbox
    // like a refused one, keeping its values in Sync problems, and the others go on.
    const auto &mutation = batch.front();
    const protocol::Rejection tooLarge {mutation.mid, "too_large",
        tr("This change is larger than the server accepts in one request (%1 KiB), so it could not be sent. "
           "Its values are kept here; make the change again with less in it (a smaller photo, a shorter text).")
            .arg(protocol::kMaxRequestBytes / 1024)
            .toStdString()};
    if (auto status = m_store.applyPushResult(protocol::PushResponse {{}, {tooLarge}, std::nullopt}); !status) {
        finish(SyncResult::Outcome::Failed, QString::fromStdString(status.error().message));
        return;
    }
    m_result.rejected += 1;
    pushNext();
}

void SyncEngine::noteClockOffset()
{
    const qint64 offsetMs = m_store.setting(QStringLiteral("clock_offset_ms")).toLongLong();
    // Within a minute is what a round trip and a drifting clock may add; not worth a word.
    constexpr qint64 kMinute = 60'000;
    if (std::abs(offsetMs) < kMinute)
        return;
    const int minutes
        = int(std::min<qint64>((std::abs(offsetMs) + kMinute / 2) / kMinute, std::numeric_limits<int>::max()));
    const QString notice = offsetMs > 0
        ? tr("This device's clock is %n minute(s) ahead of the server's. Your changes were kept and dated by "
             "the server's time; set this device's clock right.",
            nullptr, minutes)
        : tr("This device's clock is %n minute(s) behind the server's. Your changes were kept; set this device's "
             "clock right so that they are ordered correctly against others.",
            nullptr, minutes);
    if (!m_result.notices.contains(notice))
        m_result.notices << notice;
}

void SyncEngine::refetch()
{
    if (m_running)
        return;
    if (auto status = m_store.beginRefetch(); !status) {
        m_result = SyncResult {SyncResult::Outcome::Failed, QString::fromStdString(status.error().message)};
        Q_EMIT finished(m_result);
        return;
    }
    sync();
}

bool SyncEngine::restartDamagedPull()
{
    if (m_refetchRequested)
        return false;
    m_refetchRequested = true;
    if (auto status = m_store.beginRefetch(); !status) {
        finish(SyncResult::Outcome::Failed, QString::fromStdString(status.error().message));
        return true;
    }
    m_result.refetched = true;
    m_result.notices << tr("The position of the last sync on this device was damaged, so everything is fetched "
                           "again; unsent changes are kept.");
    pullNext();
    return true;
}

void SyncEngine::pullNext()
{
    // Cancelled while the last page was being saved (no request was under way to abort).
    if (m_cancelRequested) {
        finish(
            SyncResult::Outcome::Cancelled, tr("Sync was cancelled. Nothing was lost; it resumes at the next sync."));
        return;
    }
    // A damaged cursor would make every pull fail: the copy is fetched again instead (unsent
    // edits are kept), and the result says so.
    if (!isWellFormedCursor(m_store.cursor()) && restartDamagedPull())
        return;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("since"), m_store.cursor());
    query.addQueryItem(QStringLiteral("limit"), QString::number(kPullPage));
    query.addQueryItem(QStringLiteral("protocol"), QString::number(protocol::kProtocolVersion));
    m_reply = m_api->get(endpoint::kPull, query);
    connect(m_reply, &QNetworkReply::finished, this, [this, reply = m_reply.data()] {
        reply->deleteLater();
        if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 400 && !m_cancelRequested) {
            // The daemon does not know the cursor (damaged, or from another copy of its data).
            const auto error = protocol::fromJson<protocol::ErrorResponse>(reply->peek(64 * 1024).toStdString());
            if (error && error->error.code == "bad_cursor" && restartDamagedPull())
                return;
        }
        if (!checkReply(reply))
            return;
        // Read and applied on the store's worker thread (LocalStore::applyPullAnswer), so that the
        // window stays responsive meanwhile; the rest of the sync goes on here once it is saved.
        m_store.applyPullAnswer(
            reply->readAll(), this, [this](const Result<LocalStore::PulledPage> &page) { pullPageApplied(page); });
    });
}

void SyncEngine::pullPageApplied(const Result<LocalStore::PulledPage> &page)
{
    if (!page) {
        const QString message = QString::fromStdString(page.error().message);
        finish(SyncResult::Outcome::Failed,
            page.error().code == "unreadable_answer" ? tr("The server's changes could not be read: %1").arg(message)
                                                     : message);
        return;
    }
    if (page->mustRefetch) {
        // The daemon can no longer bring this copy up to date change by change: fetch it
        // afresh, once (unsent edits are kept).
        if (m_refetchRequested) {
            finish(SyncResult::Outcome::Failed, tr("The server keeps asking for a fresh copy; try again later."));
            return;
        }
        m_refetchRequested = true;
        if (auto status = m_store.beginRefetch(); !status) {
            finish(SyncResult::Outcome::Failed, QString::fromStdString(status.error().message));
            return;
        }
        pullNext();
        return;
    }
    m_result.pulled += page->received;
    // Sequence numbers run about one per row, so the distance to the daemon's newest change
    // estimates what is left.
    const qint64 left = page->hasMore && page->lastSeq ? std::max<qint64>(0, page->head - *page->lastSeq) : 0;
    Q_EMIT progress(QStringLiteral("pull"), m_result.pulled, m_result.pulled + left);
    if (page->hasMore)
        pullNext();
    else
        finish(SyncResult::Outcome::Ok, {});
}

void SyncEngine::finish(SyncResult::Outcome outcome, const QString &message)
{
    m_running = false;
    m_reply = nullptr;
    m_result.outcome = outcome;
    m_result.message = message;
    if (outcome == SyncResult::Outcome::Ok) {
        followOwnRole();
        m_result.message = tr("Up to date: %n change(s) sent", nullptr, m_result.pushed) + QStringLiteral(", ")
            + tr("%n received", nullptr, m_result.pulled)
            + (m_result.rejected
                    ? QStringLiteral(", ") + tr("%n refused (see Sync problems)", nullptr, m_result.rejected)
                    : QString())
            + QLatin1Char('.');
        if (auto status = m_store.setSetting(QStringLiteral("last_sync_ms"), QString::number(m_store.clock().nowMs()));
            !status) {
            m_result.outcome = SyncResult::Outcome::Failed;
            m_result.message = QString::fromStdString(status.error().message);
        }
    }
    for (const QString &notice : std::as_const(m_result.notices))
        m_result.message += QLatin1Char(' ') + notice;
    Q_EMIT finished(m_result);
}

void SyncEngine::followOwnRole()
{
    // The setting only shapes what the window offers; the daemon judges every change by the role
    // it holds, so a device that lags behind is refused, never trusted more.
    const Principal me = m_store.principal();
    if (me.personId.empty())
        return;
    const auto own = m_store.row(QStringLiteral("person"), QString::fromStdString(me.personId));
    if (!own)
        return;
    const auto field = own->find("role");
    if (field == own->end())
        return;
    const std::optional<Role> role = roleFromString(toDisplayString(field->second));
    if (!role || *role == me.role)
        return;
    if (auto saved = m_store.setSetting(QStringLiteral("role"), QString::fromUtf8(toString(*role))); !saved) {
        m_result.notices << QString::fromStdString(saved.error().message);
        return;
    }
    m_result.roleChanged = true;
    m_result.notices << (me.role == Role::Applicant ? tr("Welcome: your application was approved.")
                                                    : tr("Your role in the community changed."));
}

void SyncEngine::login(const QUrl &server, const QString &fingerprint, const QString &email, const QString &password)
{
    m_api->setServer(server, fingerprint);
    m_api->setToken({});
    protocol::LoginRequest request {email.toStdString(), password.toStdString(), m_store.siteId().toStdString()};
    QNetworkReply *reply = m_api->post(endpoint::kLogin, QByteArray::fromStdString(protocol::toJson(request)));
    connect(reply, &QNetworkReply::finished, this, [this, reply, server, fingerprint, email] {
        reply->deleteLater();
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (!status.isValid()) {
            setConnectivity(Connectivity::Offline);
            Q_EMIT loginFinished(false,
                tr("Could not reach the server at %1: %2. Check the address and that the "
                   "server is running.")
                    .arg(server.toString(), reply->errorString()));
            return;
        }
        setConnectivity(Connectivity::Online);
        const QByteArray body = reply->readAll();
        if (status.toInt() == 401) {
            Q_EMIT loginFinished(false, tr("The email or password is not right."));
            return;
        }
        if (status.toInt() != 200) {
            Q_EMIT loginFinished(false,
                tr("The server refused to sign you in (HTTP %1): %2").arg(status.toInt()).arg(serverMessage(body)));
            return;
        }
        auto login = protocol::fromJson<protocol::LoginResponse>(body.toStdString());
        if (!login) {
            Q_EMIT loginFinished(false,
                tr("The server's answer could not be read: %1").arg(QString::fromStdString(login.error().message)));
            return;
        }
        if (const Status started = startSession(server, fingerprint, email, *login); !started) {
            Q_EMIT loginFinished(false, QString::fromStdString(started.error().message));
            return;
        }
        Q_EMIT loginFinished(true, {});
    });
}

Status SyncEngine::startSession(
    const QUrl &server, const QString &fingerprint, const QString &email, const protocol::LoginResponse &login)
{
    const QString personId = QString::fromStdString(login.personId);
    const QString previous = m_store.setting(QStringLiteral("person_id"));
    if (!previous.isEmpty() && previous != personId)
        return makeError("profile_in_use",
            tr("This profile holds the community copy of another person. Use another profile to sign in as %1.")
                .arg(email)
                .toStdString());
    Status saved = m_tokens.save(QString::fromStdString(login.token));
    const std::pair<QString, QString> settings[] = {
        {QStringLiteral("server_url"), server.toString()},
        {QStringLiteral("fingerprint"), fingerprint.trimmed().toUpper()},
        {QStringLiteral("person_id"), personId},
        {QStringLiteral("role"), login.roles.empty() ? QString() : QString::fromStdString(login.roles.front())},
        {QStringLiteral("email"), email},
        {QStringLiteral("token_expires_at"), QString::number(login.expiresAt)},
    };
    for (const auto &[key, value] : settings) {
        if (saved)
            saved = m_store.setSetting(key, value);
    }
    if (saved) {
        m_api->setServer(server, fingerprint);
        m_api->setToken(QString::fromStdString(login.token));
    }
    return saved;
}

void SyncEngine::logout()
{
    if (!configureApi()) {
        Q_EMIT logoutFinished();
        return;
    }
    QNetworkReply *reply = m_api->post(endpoint::kLogout, QByteArrayLiteral("{}"));
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        // The token is forgotten here whether or not the daemon could be told.
        reply->deleteLater();
        (void)m_tokens.clear();
        m_api->setToken({});
        Q_EMIT logoutFinished();
    });
}

} // namespace commonroom
