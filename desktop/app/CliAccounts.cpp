// commonroom-cli's admission and account commands (docs/admission.md): applying, invitations,
// vouches, decisions on applicants, roles, passwords, the session token, the audit log, the
// export of one's data and erasure. Requests go through desktop/core/AccountClient; synced
// decisions (vouches, invitations, approvals) are local edits sent at the next sync.

#include "CliCommands.h"

#include "common/AccountProtocol.h"
#include "desktop/core/AccountClient.h"
#include "desktop/core/ApiClient.h"
#include "desktop/core/Device.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslCertificate>

#include <functional>

namespace commonroom {

namespace {

const QStringList kAccountCommands {QStringLiteral("apply"), QStringLiteral("accept-invitation"),
    QStringLiteral("invite"), QStringLiteral("vouch"), QStringLiteral("applicants"), QStringLiteral("approve"),
    QStringLiteral("reject"), QStringLiteral("ask"), QStringLiteral("role"), QStringLiteral("password"),
    QStringLiteral("token"), QStringLiteral("audit"), QStringLiteral("export-me"), QStringLiteral("erase"),
    QStringLiteral("devices")};

// Runs one AccountClient request to its end.
AccountResult await(AccountClient &client, const std::function<void()> &start)
{
    AccountResult result;
    QEventLoop loop;
    QObject::connect(
        &client, &AccountClient::finished, &loop, [&](AccountClient::Request, const AccountResult &finished) {
            result = finished;
            loop.quit();
        });
    start();
    loop.exec();
    return result;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("CliAccounts", text);
}

} // namespace

bool CliCommands::isAccountCommand(const QString &command)
{
    return kAccountCommands.contains(command);
}

int CliCommands::reportFailure(const AccountResult &result)
{
    m_err << result.message << '\n';
    if (result.code == QLatin1String("offline"))
        return Offline;
    if (result.httpStatus == 401 || result.httpStatus == 403)
        return NotAuthorized;
    if (result.httpStatus == 400 || result.httpStatus == 409)
        return Failure;
    return Failure;
}

int CliCommands::accounts(const QString &command, QStringList args)
{
    LocalStore &store = m_device.store();
    TokenStore &tokens = m_device.tokens();
    SyncEngine &engine = m_device.engine();
    AccountClient client(engine.api());

    // The daemon to talk to without a session: URL and its certificate, as for login.
    const auto connectTo = [&](const QString &url, const QString &caFile) -> bool {
        const QUrl server(url);
        if (!server.isValid() || server.scheme() != QLatin1String("https")) {
            usage(QStringLiteral("the server address must be an https:// URL"));
            return false;
        }
        QString fingerprint = store.setting(QStringLiteral("fingerprint"));
        if (!caFile.isEmpty()) {
            const auto certificates = QSslCertificate::fromPath(caFile, QSsl::Pem);
            if (certificates.isEmpty()) {
                m_err << "No PEM certificate could be read from " << caFile << ".\n";
                return false;
            }
            fingerprint = ApiClient::fingerprint(certificates.first());
        }
        if (fingerprint.isEmpty()) {
            m_err << "Give the daemon's certificate with --ca FILE (its cert.pem) so that this device can trust it.\n";
            return false;
        }
        engine.api().setServer(server, fingerprint);
        return true;
    };
    const auto signedIn = [&]() -> bool {
        const QString token = tokens.load();
        if (token.isEmpty()) {
            m_err << "This device is not signed in; sign in first.\n";
            return false;
        }
        engine.api().setServer(
            QUrl(store.setting(QStringLiteral("server_url"))), store.setting(QStringLiteral("fingerprint")));
        engine.api().setToken(token);
        return true;
    };
    const auto readLine = [] {
        QTextStream in(stdin);
        return in.readLine();
    };
    const auto saved = [&](const Status &status, const QString &done) {
        if (!status)
            return failed(status.error());
        m_out << done << '\n';
        return int(Ok);
    };
    if (command == QLatin1String("apply") || command == QLatin1String("accept-invitation")) {
        const bool applying = command == QLatin1String("apply");
        const QString email = takeOption(args, QStringLiteral("--email"));
        const QString name = takeOption(args, QStringLiteral("--name"));
        const QString about = takeOption(args, QStringLiteral("--about"));
        const QString code = takeOption(args, QStringLiteral("--code"));
        const QString caFile = takeOption(args, QStringLiteral("--ca"));
        const bool consent = takeFlag(args, QStringLiteral("--consent"));
        if (!takeFlag(args, QStringLiteral("--password-stdin")) || args.size() != 1 || email.isEmpty() || name.isEmpty()
            || (!applying && code.isEmpty()))
            return usage(applying ? QStringLiteral("apply needs URL, --email, --name and --password-stdin")
                                  : QStringLiteral("accept-invitation needs URL, --code, --email, --name and "
                                                   "--password-stdin"));
        if (!connectTo(args.first(), caFile))
            return Failure;
        const QString password = readLine();
        const AccountResult result = await(client, [&] {
            if (applying)
                client.apply(email, password, name, about, consent, store.siteId());
            else
                client.acceptInvitation(code, email, password, name, store.siteId());
        });
        if (!result.ok)
            return reportFailure(result);
        auto login = protocol::fromJson<protocol::LoginResponse>(result.body.toStdString());
        if (!login) {
            m_err << QString::fromStdString(login.error().message) << '\n';
            return Failure;
        }
        QString pinned = store.setting(QStringLiteral("fingerprint"));
        if (!caFile.isEmpty())
            pinned = ApiClient::fingerprint(QSslCertificate::fromPath(caFile, QSsl::Pem).first());
        if (auto started = engine.startSession(QUrl(args.first()), pinned, email, *login); !started) {
            m_err << QString::fromStdString(started.error().message) << '\n';
            return Failure;
        }
        if (m_json)
            m_out << result.body << '\n';
        else
            m_out << (applying ? tr("Applied as %1. Until an admin approves you (or members vouch for you) you see "
                                    "only public data; sync to see what changes.")
                               : tr("Welcome! Signed in as %1, a member of the community; run sync to fetch it."))
                         .arg(email)
                  << '\n';
        return Ok;
    }

    if (command == QLatin1String("password") && !args.isEmpty()) {
        const QString sub = args.takeFirst();
        if (sub == QLatin1String("change")) {
            if (!takeFlag(args, QStringLiteral("--password-stdin")) || !args.isEmpty())
                return usage(QStringLiteral("password change --password-stdin reads the current password, then "
                                            "the new one, one a line"));
            if (!signedIn())
                return NotAuthorized;
            const QString current = readLine();
            const QString next = readLine();
            const auto result = await(client, [&] { client.changePassword(current, next); });
            if (!result.ok)
                return reportFailure(result);
            m_out << tr("Password changed. Your other devices sign in again with the new one.") << '\n';
            return Ok;
        }
        const QString email = takeOption(args, QStringLiteral("--email"));
        const QString caFile = takeOption(args, QStringLiteral("--ca"));
        if (sub == QLatin1String("reset-request") && args.size() == 1 && !email.isEmpty()) {
            if (!connectTo(args.first(), caFile))
                return Failure;
            const auto result = await(client, [&] { client.requestPasswordReset(email); });
            if (!result.ok)
                return reportFailure(result);
            m_out << tr("If %1 has an account, a reset code is on its way there; it is valid for one hour.").arg(email)
                  << '\n';
            return Ok;
        }
        const QString code = takeOption(args, QStringLiteral("--code"));
        if (sub == QLatin1String("reset") && takeFlag(args, QStringLiteral("--password-stdin")) && args.size() == 1
            && !email.isEmpty() && !code.isEmpty()) {
            if (!connectTo(args.first(), caFile))
                return Failure;
            const QString next = readLine();
            const auto result = await(client, [&] { client.resetPassword(email, code, next); });
            if (!result.ok)
                return reportFailure(result);
            m_out << tr("Password reset. Sign in with the new password on each device.") << '\n';
            return Ok;
        }
        return usage(QStringLiteral("unknown or incomplete password command"));
    }

    if (command == QLatin1String("token") && args == QStringList {QStringLiteral("refresh")}) {
        if (!signedIn())
            return NotAuthorized;
        const auto result = await(client, [&] { client.refreshToken(); });
        if (!result.ok)
            return reportFailure(result);
        auto login = protocol::fromJson<protocol::LoginResponse>(result.body.toStdString());
        if (!login) {
            m_err << QString::fromStdString(login.error().message) << '\n';
            return Failure;
        }
        Status kept = tokens.save(QString::fromStdString(login->token));
        if (kept)
            kept = store.setSetting(QStringLiteral("token_expires_at"), QString::number(login->expiresAt));
        return saved(kept,
            tr("The session token was renewed; it expires %1.")
                .arg(QDateTime::fromMSecsSinceEpoch(login->expiresAt, Qt::UTC).toString(Qt::ISODate)));
    }

    if (command == QLatin1String("audit")) {
        AccountClient::AuditQuery query;
        query.action = takeOption(args, QStringLiteral("--action"));
        query.actorId = takeOption(args, QStringLiteral("--actor"));
        query.targetId = takeOption(args, QStringLiteral("--target"));
        const QString limit = takeOption(args, QStringLiteral("--limit"));
        if (!limit.isEmpty())
            query.limit = limit.toInt();
        if (!args.isEmpty() || (!limit.isEmpty() && query.limit <= 0))
            return usage(QStringLiteral("audit takes --action, --actor, --target and --limit N"));
        if (!signedIn())
            return NotAuthorized;
        const auto result = await(client, [&] { client.queryAudit(query); });
        if (!result.ok)
            return reportFailure(result);
        if (m_json) {
            m_out << result.body << '\n';
            return Ok;
        }
        const auto page = protocol::fromJson<protocol::AuditPage>(result.body.toStdString());
        if (!page) {
            m_err << QString::fromStdString(page.error().message) << '\n';
            return Failure;
        }
        for (const auto &entry : page->entries)
            m_out << QDateTime::fromMSecsSinceEpoch(entry.at, Qt::UTC).toString(Qt::ISODate) << "  "
                  << QString::fromStdString(entry.action).leftJustified(22) << " by "
                  << (entry.actorId.empty() ? QStringLiteral("-") : QString::fromStdString(entry.actorId)) << " on "
                  << (entry.targetId.empty() ? QStringLiteral("-") : QString::fromStdString(entry.targetId)) << "  "
                  << QString::fromStdString(entry.detail) << '\n';
        return Ok;
    }

    if (command == QLatin1String("devices")) {
        const QString sub = args.isEmpty() ? QString() : args.takeFirst();
        const QString person = takeOption(args, QStringLiteral("--person"));
        const bool list = sub == QLatin1String("list") && args.isEmpty();
        const bool revoke = sub == QLatin1String("revoke") && args.size() == 1 && person.isEmpty();
        if (!list && !revoke)
            return usage(QStringLiteral("devices takes list [--person ID] or revoke DEVICE_ID"));
        if (!signedIn())
            return NotAuthorized;
        const auto result = await(client, [&] {
            if (list)
                client.listDevices(person);
            else
                client.revokeDevice(args.first());
        });
        if (!result.ok)
            return reportFailure(result);
        if (revoke) {
            m_out << tr("Revoked. The device erases its copy of the community at its next contact.") << '\n';
            return Ok;
        }
        if (m_json) {
            m_out << result.body << '\n';
            return Ok;
        }
        const auto devices = protocol::fromJson<protocol::DeviceList>(result.body.toStdString());
        if (!devices) {
            m_err << QString::fromStdString(devices.error().message) << '\n';
            return Failure;
        }
        m_out << QStringLiteral("%1  %2  %3\n")
                     .arg(QStringLiteral("DEVICE"), -36)
                     .arg(QStringLiteral("SINCE"), -20)
                     .arg(QStringLiteral("STATE"));
        for (const auto &device : devices->devices) {
            const QString id = QString::fromStdString(device.id);
            const QString state = device.revokedAt ? QStringLiteral("revoked")
                : id == store.siteId()             ? QStringLiteral("this device")
                                                   : QStringLiteral("active");
            m_out << QStringLiteral("%1  %2  %3\n")
                         .arg(id, -36)
                         .arg(QDateTime::fromMSecsSinceEpoch(device.createdAt, Qt::UTC).toString(Qt::ISODate), -20)
                         .arg(state);
        }
        return Ok;
    }

    if (command == QLatin1String("export-me")) {
        const QString format = takeOption(args, QStringLiteral("--format"));
        const QString output = takeOption(args, QStringLiteral("-o"));
        if (!args.isEmpty()
            || (!format.isEmpty() && format != QLatin1String("json") && format != QLatin1String("vcard")))
            return usage(QStringLiteral("export-me takes --format json|vcard and -o FILE"));
        if (!signedIn())
            return NotAuthorized;
        const auto result
            = await(client, [&] { client.exportMyData(format.isEmpty() ? QStringLiteral("json") : format); });
        if (!result.ok)
            return reportFailure(result);
        if (output.isEmpty()) {
            m_out << result.body << '\n';
            return Ok;
        }
        // Everything about the person: readable by them alone, from the first byte written.
        QFile file(output);
        constexpr auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate, ownerOnly) || !file.setPermissions(ownerOnly)
            || file.write(result.body) != result.body.size()) {
            m_err << "Cannot write " << output << ": " << file.errorString() << '\n';
            return Failure;
        }
        m_out << tr("Everything the community holds about you is in %1.").arg(output) << '\n';
        return Ok;
    }

    if (command == QLatin1String("erase")) {
        const QString reason = takeOption(args, QStringLiteral("--reason"));
        const bool confirmed = takeFlag(args, QStringLiteral("--yes"));
        if (args.size() != 1 || reason.isEmpty())
            return usage(QStringLiteral("erase needs PERSON_ID, --reason and --yes"));
        if (!confirmed) {
            m_err << tr("Erasing removes the person and everything about them from the community for good. Run again "
                        "with --yes to confirm.")
                  << '\n';
            return Usage;
        }
        if (!signedIn())
            return NotAuthorized;
        const auto result = await(client, [&] { client.erasePerson(args.first(), reason); });
        if (!result.ok)
            return reportFailure(result);
        m_out << tr("Erased. Every device drops the person at its next sync.") << '\n';
        return Ok;
    }

    if (command == QLatin1String("restore-merge")) {
        if (args.size() != 1)
            return usage(QStringLiteral("events restore needs PAIR_ID (from events duplicates --all)"));
        if (!signedIn())
            return NotAuthorized;
        const auto result = await(client, [&] { client.restoreMerge(args.first()); });
        if (!result.ok)
            return reportFailure(result);
        m_out << tr("Restored. The person merged away is back, and the pair is marked as two people; devices see it "
                    "at their next sync.")
              << '\n';
        return Ok;
    }

    // Synced changes: saved on this device and sent at the next sync, where the daemon decides.
    if (command == QLatin1String("invite")) {
        const QString group = takeOption(args, QStringLiteral("--group"));
        if (args.size() != 1)
            return usage(QStringLiteral("invite needs EMAIL"));
        const auto id = m_device.admission().invite(args.first(), group);
        if (!id)
            return failed(id.error());
        m_out << *id << '\n';
        return Ok;
    }
    if (command == QLatin1String("vouch")) {
        const QString reason = takeOption(args, QStringLiteral("--reason"));
        if (args.size() != 1 || reason.isEmpty())
            return usage(QStringLiteral("vouch needs PERSON_ID and --reason"));
        const auto id = m_device.admission().vouch(args.first(), reason);
        if (!id)
            return failed(id.error());
        m_out << *id << '\n';
        return Ok;
    }
    if (command == QLatin1String("approve") && args.size() == 1)
        return saved(m_device.admission().decide(args.first(), Admission::Decision::Approve),
            tr("Approved; sent at the next sync."));
    if (command == QLatin1String("reject") || command == QLatin1String("ask")) {
        const bool rejecting = command == QLatin1String("reject");
        const QString message = takeOption(args, rejecting ? QStringLiteral("--reason") : QStringLiteral("--message"));
        if (args.size() != 1 || message.isEmpty())
            return usage(rejecting ? QStringLiteral("reject needs PERSON_ID and --reason")
                                   : QStringLiteral("ask needs PERSON_ID and --message"));
        return saved(m_device.admission().decide(args.first(),
                         rejecting ? Admission::Decision::Reject : Admission::Decision::AskForInformation, message),
            rejecting ? tr("Rejected; sent at the next sync.") : tr("Question saved; sent at the next sync."));
    }
    if (command == QLatin1String("role") && args.size() == 2) {
        const QString role = args.at(1);
        if (role != QLatin1String("member") && role != QLatin1String("leader") && role != QLatin1String("admin"))
            return usage(QStringLiteral("role takes member, leader or admin"));
        return saved(m_device.admission().setRole(args.first(), role), tr("Role changed; sent at the next sync."));
    }
    if (command == QLatin1String("applicants") && args == QStringList {QStringLiteral("list")}) {
        const auto applicants = m_device.admission().applicants();
        if (!applicants)
            return failed(applicants.error());
        QJsonArray list;
        for (const auto &applicant : *applicants) {
            if (m_json) {
                list.append(QJsonObject {{QStringLiteral("id"), applicant.id},
                    {QStringLiteral("display_name"), applicant.displayName},
                    {QStringLiteral("admission_state"), applicant.admissionState},
                    {QStringLiteral("applied_at"), applicant.appliedAt},
                    {QStringLiteral("vouches"), applicant.vouches}});
                continue;
            }
            m_out << QStringLiteral("%1  %2  %3  %4  %5 vouch(es)\n")
                         .arg(applicant.id, -36)
                         .arg(applicant.displayName, -28)
                         .arg(applicant.admissionState, -10)
                         .arg(applicant.appliedAt, -20)
                         .arg(applicant.vouches);
        }
        if (m_json)
            m_out << QJsonDocument(list).toJson(QJsonDocument::Compact) << '\n';
        return Ok;
    }
    return usage(QStringLiteral("unknown or incomplete %1 command").arg(command));
}

} // namespace commonroom
