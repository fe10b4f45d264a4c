#pragma once

#include <QByteArray>
#include <QObject>
#include <QSslCertificate>
#include <QUrl>
#include <QUrlQuery>

#include <string_view>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace commonroom {

// HTTPS requests to one commonroom-syncd. The daemon usually has a self-signed certificate, so
// instead of a certificate authority the client pins the certificate's SHA-256 fingerprint,
// accepted once by the user (or given with --ca): a connection is trusted exactly when the
// daemon presents that certificate.
class ApiClient : public QObject
{
    Q_OBJECT

public:
    explicit ApiClient(QObject *parent = nullptr);

    void setServer(const QUrl &url, const QString &pinnedFingerprint);
    QUrl server() const { return m_server; }
    void setToken(const QString &token) { m_token = token; }

    // `endpoint`: one of common/Endpoints.h.
    QNetworkReply *get(std::string_view endpoint, const QUrlQuery &query = {});
    QNetworkReply *post(std::string_view endpoint, const QByteArray &json);

    // Connects to `url` without trusting anything and reports the certificate the server showed,
    // so the user can compare its fingerprint before accepting it.
    void fetchCertificate(const QUrl &url);

    // "AB:CD:…", uppercase SHA-256 of the DER certificate, as commonroom-syncd prints it.
    static QString fingerprint(const QSslCertificate &certificate);

Q_SIGNALS:
    void certificateFetched(const QSslCertificate &certificate, const QString &error);

private:
    QNetworkRequest request(std::string_view endpoint, const QUrlQuery &query) const;
    QNetworkReply *pinned(QNetworkReply *reply);

    QNetworkAccessManager *m_network;
    QUrl m_server;
    QString m_pinnedFingerprint;
    QString m_token;
};

} // namespace commonroom
