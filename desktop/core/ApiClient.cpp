#include "ApiClient.h"

#include "common/Endpoints.h"

#include <QCryptographicHash>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>

namespace commonroom {

namespace {
constexpr int kTransferTimeoutMs = 30'000;
}

ApiClient::ApiClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
}

void ApiClient::setServer(const QUrl &url, const QString &pinnedFingerprint)
{
    m_server = url;
    m_pinnedFingerprint = pinnedFingerprint.trimmed().toUpper();
    // A connection kept open from before was checked against the previous pin.
    m_network->clearConnectionCache();
}

QString ApiClient::fingerprint(const QSslCertificate &certificate)
{
    const QByteArray digest = certificate.digest(QCryptographicHash::Sha256).toHex().toUpper();
    QStringList pairs;
    for (int i = 0; i < digest.size(); i += 2)
        pairs << QString::fromLatin1(digest.mid(i, 2));
    return pairs.join(QLatin1Char(':'));
}

QNetworkRequest ApiClient::request(std::string_view endpoint, const QUrlQuery &query) const
{
    QUrl url = m_server.resolved(QUrl(QString::fromLatin1(endpoint.data(), qsizetype(endpoint.size()))));
    if (!query.isEmpty())
        url.setQuery(query);
    QNetworkRequest request(url);
    request.setTransferTimeout(kTransferTimeoutMs);
    // No certificate authority vouches for the daemon, not even one the system trusts (an
    // intercepting proxy installs its own): the pin alone decides.
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates({});
    request.setSslConfiguration(tls);
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    return request;
}

QNetworkReply *ApiClient::get(std::string_view endpoint, const QUrlQuery &query)
{
    return pinned(m_network->get(request(endpoint, query)));
}

QNetworkReply *ApiClient::post(std::string_view endpoint, const QByteArray &json)
{
    QNetworkRequest post = request(endpoint, {});
    post.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    return pinned(m_network->post(post, json));
}

QNetworkReply *ApiClient::pinned(QNetworkReply *reply)
{
    connect(reply, &QNetworkReply::sslErrors, reply, [this, reply](const QList<QSslError> &errors) {
        // The daemon's certificate is usually self-signed and may not name the host it is reached
        // by; it is trusted when, and only when, it is the very certificate the user accepted.
        const QSslCertificate presented = reply->sslConfiguration().peerCertificate();
        if (!m_pinnedFingerprint.isEmpty() && !presented.isNull() && fingerprint(presented) == m_pinnedFingerprint)
            reply->ignoreSslErrors(errors);
    });
    // Checked again on every connection once its handshake is done, before anything is sent,
    // whatever the outcome of the certificate's own validation.
    connect(reply, &QNetworkReply::encrypted, reply, [this, reply] {
        const QSslCertificate presented = reply->sslConfiguration().peerCertificate();
        if (m_pinnedFingerprint.isEmpty() || presented.isNull() || fingerprint(presented) != m_pinnedFingerprint)
            reply->abort();
    });
    return reply;
}

void ApiClient::fetchCertificate(const QUrl &url)
{
    const auto health = protocol::endpoint::kHealth;
    QNetworkRequest request(url.resolved(QUrl(QString::fromLatin1(health.data(), qsizetype(health.size())))));
    request.setTransferTimeout(kTransferTimeoutMs);
    QNetworkReply *reply = m_network->get(request);
    auto seen = std::make_shared<QSslCertificate>();
    connect(reply, &QNetworkReply::sslErrors, reply, [reply, seen](const QList<QSslError> &) {
        // Only look: the connection is not trusted until the user accepts the fingerprint.
        *seen = reply->sslConfiguration().peerCertificate();
        reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, seen] {
        reply->deleteLater();
        if (seen->isNull())
            *seen = reply->sslConfiguration().peerCertificate();
        if (seen->isNull()) {
            Q_EMIT certificateFetched(
                QSslCertificate(), tr("Could not reach %1: %2").arg(reply->url().host(), reply->errorString()));
            return;
        }
        Q_EMIT certificateFetched(*seen, QString());
    });
}

} // namespace commonroom
