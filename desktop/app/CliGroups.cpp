// commonroom-cli groups …: the group workflows of desktop/core/Groups, from a terminal.

#include "CliCommands.h"

#include "desktop/core/Device.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

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
        QSqlQuery query(store.database());
        query.prepare(QStringLiteral(
            "SELECT g.id, g.name, g.kind, (SELECT count(*) FROM membership m WHERE m.group_id = g.id AND "
            "m.state = 'active'), (SELECT m.state || CASE m.role WHEN 'curator' THEN ' (curator)' ELSE '' END FROM "
            "membership m WHERE m.group_id = g.id AND m.person_id = ? LIMIT 1) FROM \"group\" g ORDER BY g.name "
            "COLLATE NOCASE"));
        query.addBindValue(store.setting(QStringLiteral("person_id")));
        if (!query.exec()) {
            m_err << "Cannot read the groups on this device.\n";
            return Failure;
        }
        QJsonArray list;
        if (!m_json)
            m_out << QStringLiteral("%1  %2  %3  %4  %5\n")
                         .arg(QStringLiteral("ID"), -36)
                         .arg(QStringLiteral("NAME"), -32)
                         .arg(QStringLiteral("KIND"), -8)
                         .arg(QStringLiteral("MEMBERS"), 7)
                         .arg(QStringLiteral("YOU"));
        while (query.next()) {
            if (m_json) {
                list.append(QJsonObject {{QStringLiteral("id"), query.value(0).toString()},
                    {QStringLiteral("name"), query.value(1).toString()},
                    {QStringLiteral("kind"), query.value(2).toString()},
                    {QStringLiteral("members"), query.value(3).toInt()},
                    {QStringLiteral("you"), query.value(4).toString()}});
                continue;
            }
            m_out << QStringLiteral("%1  %2  %3  %4  %5\n")
                         .arg(query.value(0).toString(), -36)
                         .arg(query.value(1).toString(), -32)
                         .arg(query.value(2).toString(), -8)
                         .arg(query.value(3).toInt(), 7)
                         .arg(query.value(4).toString());
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
        QSqlQuery members(store.database());
        members.prepare(QStringLiteral("SELECT m.id, m.person_id, p.display_name, m.state, m.role, m.message FROM "
                                       "membership m LEFT JOIN person p ON p.id = m.person_id WHERE m.group_id = ? "
                                       "ORDER BY m.role DESC, m.state, p.display_name COLLATE NOCASE"));
        members.addBindValue(args.first());
        members.exec();
        QJsonArray list;
        while (members.next()) {
            list.append(QJsonObject {{QStringLiteral("membership_id"), members.value(0).toString()},
                {QStringLiteral("person_id"), members.value(1).toString()},
                {QStringLiteral("name"), members.value(2).toString()},
                {QStringLiteral("state"), members.value(3).toString()},
                {QStringLiteral("role"), members.value(4).toString()},
                {QStringLiteral("message"), members.value(5).toString()}});
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
