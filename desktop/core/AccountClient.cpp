#include "AccountClient.h"

#include "ApiClient.h"

#include "common/AccountProtocol.h"
#include "common/Endpoints.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QUrlQuery>

namespace commonroom {

namespace endpoint = protocol::endpoint;

namespace {

QByteArray body(const std::string &json)
{
    return QByteArray::fromStdString(json);
}

} // namespace

AccountClient::AccountClient(ApiClient &api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
    qRegisterMetaType<commonroom::AccountResult>();
}

void AccountClient::watch(Request request, QNetworkReply *reply)
{
    connect(reply, &QNetworkReply::finished, this, [this, request, reply] {
        reply->deleteLater();
        AccountResult result;
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (!status.isValid()) {
            result.code = QStringLiteral("offline");
            result.message = tr("Could not reach the server at %1: %2. Check the address and your connection, "
                                "then try again.")
                                 .arg(m_api.server().toString(), reply->errorString());
            Q_EMIT finished(request, result);
            return;
        }
        result.httpStatus = status.toInt();
        result.body = reply->readAll();
        const QJsonDocument document = QJsonDocument::fromJson(result.body);
        if (document.isObject())
            result.json = document.object();
        result.ok = result.httpStatus == 200;
        if (!result.ok) {
            auto error = protocol::fromJson<protocol::ErrorResponse>(result.body.toStdString());
            result.code
                = error ? QString::fromStdString(error->error.code) : QStringLiteral("http_%1").arg(result.httpStatus);
            result.message = error
                ? QString::fromStdString(error->error.message)
                : tr("The server answered with HTTP status %1; try again later.").arg(result.httpStatus);
        }
        Q_EMIT finished(request, result);
    });
}

void AccountClient::apply(const QString &email, const QString &password, const QString &displayName,
    const QString &about, bool consent, const QString &deviceId)
{
    const protocol::ApplyRequest request {email.toStdString(), password.toStdString(), displayName.toStdString(),
        about.toStdString(), consent, deviceId.toStdString()};
    watch(Request::Apply, m_api.post(endpoint::kApply, body(protocol::toJson(request))));
}

void AccountClient::acceptInvitation(const QString &code, const QString &email, const QString &password,
    const QString &displayName, const QString &deviceId)
{
    const protocol::AcceptInvitationRequest request {code.trimmed().toStdString(), email.toStdString(),
        password.toStdString(), displayName.toStdString(), deviceId.toStdString()};
    watch(Request::AcceptInvitation, m_api.post(endpoint::kAcceptInvitation, body(protocol::toJson(request))));
}

void AccountClient::requestPasswordReset(const QString &email)
{
    watch(Request::RequestPasswordReset,
        m_api.post(endpoint::kRequestPasswordReset,
            body(protocol::toJson(protocol::PasswordResetRequest {email.toStdString()}))));
}

void AccountClient::resetPassword(const QString &email, const QString &code, const QString &newPassword)
{
    const protocol::PasswordReset request {
        email.toStdString(), code.trimmed().toStdString(), newPassword.toStdString()};
    watch(Request::ResetPassword, m_api.post(endpoint::kResetPassword, body(protocol::toJson(request))));
}

void AccountClient::changePassword(const QString &currentPassword, const QString &newPassword)
{
    const protocol::PasswordChange request {currentPassword.toStdString(), newPassword.toStdString()};
    watch(Request::ChangePassword, m_api.post(endpoint::kChangePassword, body(protocol::toJson(request))));
}

void AccountClient::refreshToken()
{
    watch(Request::RefreshToken, m_api.post(endpoint::kRefreshToken, QByteArrayLiteral("{}")));
}

void AccountClient::listDevices(const QString &personId)
{
    QUrlQuery query;
    if (!personId.isEmpty())
        query.addQueryItem(QStringLiteral("person"), personId);
    watch(Request::ListDevices, m_api.get(endpoint::kDevices, query));
}

void AccountClient::revokeDevice(const QString &deviceId)
{
    watch(Request::RevokeDevice,
        m_api.post(
            endpoint::kRevokeDevice, body(protocol::toJson(protocol::RevokeDeviceRequest {deviceId.toStdString()}))));
}

void AccountClient::exportMyData(const QString &format)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("format"), format);
    watch(Request::ExportMyData, m_api.get(endpoint::kExport, query));
}

void AccountClient::queryAudit(const AuditQuery &filter)
{
    QUrlQuery query;
    if (!filter.action.isEmpty())
        query.addQueryItem(QStringLiteral("action"), filter.action);
    if (!filter.actorId.isEmpty())
        query.addQueryItem(QStringLiteral("actor"), filter.actorId);
    if (!filter.targetId.isEmpty())
        query.addQueryItem(QStringLiteral("target"), filter.targetId);
    if (filter.before > 0)
        query.addQueryItem(QStringLiteral("before"), QString::number(filter.before));
    query.addQueryItem(QStringLiteral("limit"), QString::number(filter.limit));
    watch(Request::QueryAudit, m_api.get(endpoint::kAudit, query));
}

void AccountClient::erasePerson(const QString &personId, const QString &reason)
{
    const protocol::EraseRequest request {personId.toStdString(), reason.toStdString()};
    watch(Request::ErasePerson, m_api.post(endpoint::kErase, body(protocol::toJson(request))));
}

void AccountClient::restoreMerge(const QString &candidateId)
{
    const protocol::RestoreMergeRequest request {candidateId.toStdString()};
    watch(Request::RestoreMerge, m_api.post(endpoint::kRestoreMerge, body(protocol::toJson(request))));
}

} // namespace commonroom
