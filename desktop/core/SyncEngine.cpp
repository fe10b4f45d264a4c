#include "SyncEngine.h"

#include "ApiClient.h"
#include "LocalStore.h"
#include "TokenStore.h"

#include <QDateTime>
#include <QNetworkReply>
#include <QUrlQuery>

namespace commonroom {

namespace {
constexpr int kPushBatch = 500;
constexpr int kPullPage = 5000; // the daemon's largest page: fewer round trips and commits

QString serverMessage(const QByteArray &body)
{
    auto decoded = protocol::fromJson<protocol::ErrorResponse>(body.toStdString());
    return decoded ? QString::fromStdString(decoded->error.message) : QString();
}

bool isUnreachable(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
        return true;
    default:
        return false;
    }
}
} // namespace

SyncEngine::SyncEngine(LocalStore &store, TokenStore &tokens, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_tokens(tokens)
    , m_api(new ApiClient(this))
{
    qRegisterMetaType<commonroom::SyncResult>();
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
    if (!configureApi()) {
        m_result.outcome = SyncResult::Outcome::Unauthorized;
        m_result.message = tr("This device is not signed in. Sign in to sync; your changes are kept meanwhile.");
        Q_EMIT finished(m_result);
        return;
    }
    m_running = true;
    Q_EMIT started();
    refreshThenPush();
}

void SyncEngine::refreshThenPush()
{
    const qint64 expiresAt = m_store.setting(QStringLiteral("token_expires_at")).toLongLong();
    if (expiresAt == 0 || QDateTime::currentMSecsSinceEpoch() < expiresAt - kRefreshBeforeExpiryMs) {
        pushNext();
        return;
    }
    QNetworkReply *reply = m_api->post(QStringLiteral("/v1/auth/refresh"), QByteArrayLiteral("{}"));
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
    if (!status.isValid()) {
        if (reply->error() == QNetworkReply::SslHandshakeFailedError) {
            finish(SyncResult::Outcome::Failed,
                tr("The server at %1 did not present the certificate you accepted. If its certificate was "
                   "replaced on purpose, sign in again to accept the new one.")
                    .arg(m_api->server().toString()));
        } else if (isUnreachable(reply->error()) || reply->error() != QNetworkReply::NoError) {
            setConnectivity(Connectivity::Offline);
            finish(SyncResult::Outcome::Offline,
                tr("The server is not reachable (%1). Your changes are kept and will be sent at the next sync.")
                    .arg(reply->errorString()));
        }
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
    const auto batch = m_store.pendingMutations(kPushBatch);
    if (batch.empty()) {
        pullNext();
        return;
    }
    protocol::PushRequest request;
    request.clientId = m_store.siteId().toStdString();
    request.mutations = batch;
    m_reply = m_api->post(QStringLiteral("/v1/push"), QByteArray::fromStdString(protocol::toJson(request)));
    connect(m_reply, &QNetworkReply::finished, this, [this, reply = m_reply.data(), sent = batch.size()] {
        reply->deleteLater();
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

void SyncEngine::pullNext()
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("since"), m_store.cursor());
    query.addQueryItem(QStringLiteral("limit"), QString::number(kPullPage));
    m_reply = m_api->get(QStringLiteral("/v1/pull?") + query.toString(QUrl::FullyEncoded));
    connect(m_reply, &QNetworkReply::finished, this, [this, reply = m_reply.data()] {
        reply->deleteLater();
        if (!checkReply(reply))
            return;
        auto page = protocol::fromJson<protocol::PullResponse>(reply->readAll().toStdString());
        if (!page) {
            finish(SyncResult::Outcome::Failed,
                tr("The server's changes could not be read: %1").arg(QString::fromStdString(page.error().message)));
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
        if (auto status = m_store.applyPullPage(*page); !status) {
            finish(SyncResult::Outcome::Failed, QString::fromStdString(status.error().message));
            return;
        }
        m_result.pulled += int(page->changes.size() + page->purge.size());
        // Sequence numbers run about one per row, so the distance to the daemon's newest change
        // estimates what is left.
        const qint64 left
            = page->hasMore && !page->changes.empty() ? std::max<qint64>(0, page->head - page->changes.back().seq) : 0;
        Q_EMIT progress(QStringLiteral("pull"), m_result.pulled, m_result.pulled + left);
        if (page->hasMore)
            pullNext();
        else
            finish(SyncResult::Outcome::Ok, {});
    });
}

void SyncEngine::finish(SyncResult::Outcome outcome, const QString &message)
{
    m_running = false;
    m_reply = nullptr;
    m_result.outcome = outcome;
    m_result.message = message;
    if (outcome == SyncResult::Outcome::Ok) {
        m_result.message = tr("Up to date: %n change(s) sent", nullptr, m_result.pushed) + QStringLiteral(", ")
            + tr("%n received", nullptr, m_result.pulled)
            + (m_result.rejected
                    ? QStringLiteral(", ") + tr("%n refused (see Sync problems)", nullptr, m_result.rejected)
                    : QString())
            + QLatin1Char('.');
        if (auto status
            = m_store.setSetting(QStringLiteral("last_sync_ms"), QString::number(QDateTime::currentMSecsSinceEpoch()));
            !status) {
            m_result.outcome = SyncResult::Outcome::Failed;
            m_result.message = QString::fromStdString(status.error().message);
        }
    }
    Q_EMIT finished(m_result);
}

void SyncEngine::login(const QUrl &server, const QString &fingerprint, const QString &email, const QString &password)
{
    m_api->setServer(server, fingerprint);
    m_api->setToken({});
    protocol::LoginRequest request {email.toStdString(), password.toStdString(), m_store.siteId().toStdString()};
    QNetworkReply *reply
        = m_api->post(QStringLiteral("/v1/auth/login"), QByteArray::fromStdString(protocol::toJson(request)));
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
    QNetworkReply *reply = m_api->post(QStringLiteral("/v1/auth/logout"), QByteArrayLiteral("{}"));
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        // The token is forgotten here whether or not the daemon could be told.
        reply->deleteLater();
        (void)m_tokens.clear();
        m_api->setToken({});
        Q_EMIT logoutFinished();
    });
}

} // namespace commonroom
