#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QUrl>

class QNetworkReply;

namespace commonroom {

class ApiClient;

// The outcome of one account request. On failure `code` is the daemon's error code (or
// "offline" when it could not be reached) and `message` says what to do.
struct AccountResult
{
    bool ok = false;
    int httpStatus = 0;
    QString code;
    QString message;
    QJsonObject json; // the decoded answer, when it was a JSON object
    QByteArray body; // the raw answer (the vCard of an export, for example)
};

// The account and admission endpoints of commonroom-syncd (docs/admission.md), one method each.
// Every method answers once with finished(request, result). Used by the CLI and by the GUI.
class AccountClient : public QObject
{
    Q_OBJECT

public:
    enum class Request {
        Apply,
        AcceptInvitation,
        RequestPasswordReset,
        ResetPassword,
        ChangePassword,
        RefreshToken,
        ListDevices,
        RevokeDevice,
        ExportMyData,
        QueryAudit,
        ErasePerson,
        RestoreMerge,
    };
    Q_ENUM(Request)

    struct AuditQuery
    {
        QString action;
        QString actorId;
        QString targetId;
        qint64 before = 0; // only entries older than this seq; 0 for the newest
        int limit = 100;
    };

    // `api` must outlive this object; it carries the server, the pinned certificate and the token.
    explicit AccountClient(ApiClient &api, QObject *parent = nullptr);

    // Without a session. `deviceId` is the device's site id (LocalStore::siteId()).
    void apply(const QString &email, const QString &password, const QString &displayName, const QString &about,
        bool consent, const QString &deviceId);
    void acceptInvitation(const QString &code, const QString &email, const QString &password,
        const QString &displayName, const QString &deviceId);
    void requestPasswordReset(const QString &email);
    void resetPassword(const QString &email, const QString &code, const QString &newPassword);

    // With the session of the ApiClient.
    void changePassword(const QString &currentPassword, const QString &newPassword);
    // The answer's json holds the new "token" and "expires_at"; the old token no longer works.
    void refreshToken();
    void listDevices(const QString &personId = {});
    void revokeDevice(const QString &deviceId);
    // format "json" or "vcard"; the document is in result.body.
    void exportMyData(const QString &format = QStringLiteral("json"));
    void queryAudit(const AuditQuery &query);
    void erasePerson(const QString &personId, const QString &reason);
    // Undoes the merge of a duplicate pair (leaders): the person merged away comes back.
    void restoreMerge(const QString &candidateId);

Q_SIGNALS:
    void finished(commonroom::AccountClient::Request request, const commonroom::AccountResult &result);

private:
    void watch(Request request, QNetworkReply *reply);

    ApiClient &m_api;
};

} // namespace commonroom

Q_DECLARE_METATYPE(commonroom::AccountResult)
