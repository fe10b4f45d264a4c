// commonroom-cli groups …: the group workflows of desktop/core/Groups, from a terminal.

#include "CliCommands.h"

#include "desktop/core/Device.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace commonroom {

int CliCommands::groups(QStringList args)
{
    LocalStore &store = m_device.store();
    if (args.isEmpty())
        return usage(QStringLiteral("groups needs a subcommand"));
    const QString sub = args.takeFirst();
    Groups &groups = m_device.groups();
    const auto report = [this](const Status &status, const QString &done) {
        if (!status) {
            m_err << QString::fromStdString(status.error().message) << '\n';
            return status.error().code == "forbidden" ? int(NotAuthorized) : int(Failure);
        }
        m_out << done << '\n';
        return int(Ok);
    };

    if (sub == QLatin1String("list") && args.isEmpty()) {
        const auto summaries = groups.summaries();
        if (!summaries)
            return failed(summaries.error());
        QJsonArray list;
        if (!m_json)
            m_out << QStringLiteral("%1  %2  %3  %4  %5\n")
                         .arg(QStringLiteral("ID"), -36)
                         .arg(QStringLiteral("NAME"), -32)
                         .arg(QStringLiteral("KIND"), -8)
                         .arg(QStringLiteral("MEMBERS"), 7)
                         .arg(QStringLiteral("YOU"));
        for (const auto &group : *summaries) {
            // How the signed-in person stands: "active", "pending (curator)", … or nothing.
            const QString you
                = group.myState + (group.myRole == QLatin1String("curator") ? QStringLiteral(" (curator)") : QString());
            if (m_json) {
                list.append(QJsonObject {{QStringLiteral("id"), group.id}, {QStringLiteral("name"), group.name},
                    {QStringLiteral("kind"), group.kind}, {QStringLiteral("members"), group.activeMembers},
                    {QStringLiteral("you"), you}});
                continue;
            }
            m_out << QStringLiteral("%1  %2  %3  %4  %5\n")
                         .arg(group.id, -36)
                         .arg(group.name, -32)
                         .arg(group.kind, -8)
                         .arg(group.activeMembers, 7)
                         .arg(you);
        }
        if (m_json)
            m_out << QJsonDocument(list).toJson(QJsonDocument::Compact) << '\n';
        return Ok;
    }
    if (sub == QLatin1String("show") && args.size() == 1) {
        const auto group = store.row(QStringLiteral("group"), args.first());
        if (!group) {
            m_err << "No group " << args.first() << " on this device; sync first.\n";
            return Failure;
        }
        const auto members = groups.members(args.first());
        if (!members)
            return failed(members.error());
        QJsonArray list;
        for (const auto &member : *members) {
            list.append(QJsonObject {{QStringLiteral("membership_id"), member.membershipId},
                {QStringLiteral("person_id"), member.personId}, {QStringLiteral("name"), member.name},
                {QStringLiteral("state"), member.state}, {QStringLiteral("role"), member.role},
                {QStringLiteral("message"), member.message}});
        }
        QJsonObject object {{QStringLiteral("id"), args.first()}, {QStringLiteral("members"), list}};
        for (const auto &[name, value] : *group)
            object.insert(QString::fromStdString(name), QString::fromStdString(toDisplayString(value)));
        if (m_json) {
            m_out << QJsonDocument(object).toJson(QJsonDocument::Compact) << '\n';
            return Ok;
        }
        m_out << object.value(QStringLiteral("name")).toString() << " ("
              << object.value(QStringLiteral("kind")).toString() << ")\n"
              << object.value(QStringLiteral("description")).toString() << '\n';
        if (!object.value(QStringLiteral("terms")).toString().isEmpty())
            m_out << "Terms: " << object.value(QStringLiteral("terms")).toString() << '\n';
        for (const auto &entry : std::as_const(list)) {
            const QJsonObject member = entry.toObject();
            m_out << QStringLiteral("  %1  %2  %3 %4\n")
                         .arg(member.value(QStringLiteral("membership_id")).toString(), -36)
                         .arg(member.value(QStringLiteral("name")).toString(), -28)
                         .arg(member.value(QStringLiteral("state")).toString(), -8)
                         .arg(member.value(QStringLiteral("role")).toString());
        }
        return Ok;
    }
    if (sub == QLatin1String("add")) {
        const QString name = takeOption(args, QStringLiteral("--name"));
        const QString kind = takeOption(args, QStringLiteral("--kind"));
        const QString terms = takeOption(args, QStringLiteral("--terms"));
        const QString description = takeOption(args, QStringLiteral("--description"));
        if (name.isEmpty() || !args.isEmpty())
            return usage(QStringLiteral("groups add needs --name (and takes --kind, --description, --terms)"));
        auto created = groups.create(name, kind.isEmpty() ? QStringLiteral("open") : kind, description, terms);
        if (!created) {
            m_err << QString::fromStdString(created.error().message) << '\n';
            return created.error().code == "invalid_value" ? Usage : Failure;
        }
        m_out << *created << '\n';
        return Ok;
    }
    if (sub == QLatin1String("join")) {
        const bool acceptTerms = takeFlag(args, QStringLiteral("--accept-terms"));
        const QString message = takeOption(args, QStringLiteral("--message"));
        if (args.size() != 1)
            return usage(QStringLiteral("groups join needs a group id"));
        auto joined = groups.join(args.first(), acceptTerms, message);
        if (!joined) {
            m_err << QString::fromStdString(joined.error().message) << '\n';
            return joined.error().code == "terms" ? Usage : (joined.error().code == "closed" ? NotAuthorized : Failure);
        }
        m_out << (*joined == QLatin1String("active") ? "Joined; the daemon confirms it at the next sync.\n"
                                                     : "Asked to join; a curator decides after the next sync.\n");
        return Ok;
    }
    if (sub == QLatin1String("leave") && args.size() == 1)
        return report(groups.leave(args.first()), QStringLiteral("Left the group (sent at the next sync)."));
    if ((sub == QLatin1String("approve") || sub == QLatin1String("decline"))) {
        const QString message = takeOption(args, QStringLiteral("--message"));
        if (args.size() != 1)
            return usage(QStringLiteral("groups %1 needs a membership id").arg(sub));
        return report(groups.decide(args.first(), sub == QLatin1String("approve"), message),
            sub == QLatin1String("approve") ? QStringLiteral("Approved (sent at the next sync).")
                                            : QStringLiteral("Declined (sent at the next sync)."));
    }
    if (sub == QLatin1String("invite") && args.size() == 2)
        return report(groups.invite(args[0], args[1]), QStringLiteral("Invited (sent at the next sync)."));
    if (sub == QLatin1String("curator") && args.size() == 2)
        return report(groups.appointCurator(args[0], args[1]), QStringLiteral("Made curator (sent at the next sync)."));
    return usage(QStringLiteral("unknown or incomplete groups command"));
}

} // namespace commonroom
