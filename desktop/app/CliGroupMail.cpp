// Messages to groups and to events' registrants (docs/groupmail.md): group-messages GROUP_ID,
// group-message GROUP_ID --subject S (--body TEXT | --body-file FILE), event-messages EVENT_ID,
// event-message EVENT_ID --to registered|waitlisted|no_show --subject S (--body TEXT | --body-file
// FILE), group-mail [on|off]; event-mail [on|off] (reminders and messages of events). The same
// under shorter names: message send|list, unsubscribe [group|event].

#include "CliCommands.h"

#include "desktop/core/Device.h"
#include "desktop/core/Events.h"
#include "desktop/core/GroupMail.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace commonroom {

namespace {

QJsonObject toJson(const GroupMessage &message)
{
    const bool sent = message.sentAt.isValid();
    QJsonObject json {{QStringLiteral("id"), message.id}, {QStringLiteral("group_id"), message.groupId},
        {QStringLiteral("author_id"), message.authorId}, {QStringLiteral("author_name"), message.authorName},
        {QStringLiteral("subject"), message.subject}, {QStringLiteral("body"), message.body},
        {QStringLiteral("written_at"), Events::storedTime(message.writtenAt)},
        {QStringLiteral("sent_at"), sent ? QJsonValue(Events::storedTime(message.sentAt)) : QJsonValue()},
        {QStringLiteral("recipients"), sent ? QJsonValue(message.recipients) : QJsonValue()},
        {QStringLiteral("not_mailed"), sent ? QJsonValue(message.notMailed) : QJsonValue()},
        {QStringLiteral("no_address"), sent ? QJsonValue(message.noAddress) : QJsonValue()},
        {QStringLiteral("delivered"), sent ? QJsonValue(message.delivered) : QJsonValue()},
        {QStringLiteral("undelivered"), sent ? QJsonValue(message.undelivered) : QJsonValue()}};
    if (!message.eventId.isEmpty()) {
        json.remove(QStringLiteral("group_id"));
        json.insert(QStringLiteral("event_id"), message.eventId);
        json.insert(QStringLiteral("audience"), message.audience);
    }
    return json;
}

} // namespace

int CliCommands::printMessages(const Result<std::vector<GroupMessage>> &read)
{
    if (!read)
        return failed(read.error());
    if (m_json) {
        QJsonArray items;
        for (const auto &message : *read)
            items.append(toJson(message));
        m_out << QJsonDocument(QJsonObject {{QStringLiteral("messages"), items}}).toJson(QJsonDocument::Compact)
              << '\n';
        return Ok;
    }
    if (read->empty())
        m_out << "no messages\n";
    for (const auto &message : *read) {
        m_out << message.id << "  " << Events::storedTime(message.writtenAt) << "  "
              << (message.authorName.isEmpty() ? message.authorId : message.authorName) << " to "
              << message.addresseeName;
        if (!message.audience.isEmpty())
            m_out << " (" << message.audience << ")";
        m_out << ": " << message.subject;
        if (message.sentAt.isValid())
            m_out << "  (" << message.recipients << " to mail: " << message.delivered << " delivered, "
                  << message.undelivered << " not; not mailed: " << message.notMailed << ", " << message.noAddress
                  << " of them without an address)";
        else
            m_out << "  (waiting to be sent)";
        m_out << '\n';
    }
    return Ok;
}

bool CliCommands::isGroupMailCommand(const QString &command)
{
    return command == QLatin1String("group-messages") || command == QLatin1String("group-message")
        || command == QLatin1String("event-messages") || command == QLatin1String("event-message")
        || command == QLatin1String("group-mail") || command == QLatin1String("event-mail")
        || command == QLatin1String("message") || command == QLatin1String("unsubscribe")
        || command == QLatin1String("mail-language");
}

int CliCommands::groupMailCommand(const QString &command, QStringList args)
{
    GroupMail &mail = m_device.groupMail();
    if (command == QLatin1String("group-mail") || command == QLatin1String("event-mail")) {
        const mail::Kind &kind = command == QLatin1String("group-mail") ? mail::kGroupMessages : mail::kEventMail;
        if (args.size() > 1
            || (args.size() == 1 && args.at(0) != QLatin1String("on") && args.at(0) != QLatin1String("off")))
            return usage(command + QStringLiteral(" takes on or off, or nothing to show your choice"));
        if (args.size() == 1) {
            if (const auto done = mail.setMailsMe(args.at(0) == QLatin1String("on"), kind); !done)
                return failed(done.error());
        }
        const QString what = QString::fromUtf8(kind.what.data(), qsizetype(kind.what.size()));
        if (m_json)
            m_out << QJsonDocument(QJsonObject {{QString::fromUtf8(kind.choice.data(), qsizetype(kind.choice.size())),
                                       mail.mailsMe(kind)}})
                         .toJson(QJsonDocument::Compact)
                  << '\n';
        else
            m_out << what << (mail.mailsMe(kind) ? " are mailed to you\n" : " are not mailed to you\n");
        return Ok;
    }
    if (command == QLatin1String("mail-language")) {
        if (args.size() > 1)
            return usage(QStringLiteral("mail-language takes one of en, de, es, fr, pt_BR, or nothing to show it"));
        if (args.size() == 1) {
            if (const auto done = mail.setMailLanguage(args.at(0)); !done)
                return failed(done.error());
        }
        if (m_json)
            m_out << QJsonDocument(QJsonObject {{QStringLiteral("mail_language"), mail.mailLanguage()}})
                         .toJson(QJsonDocument::Compact)
                  << '\n';
        else
            m_out << "the server writes your mails in " << mail.mailLanguage() << '\n';
        return Ok;
    }
    if (command == QLatin1String("unsubscribe")) {
        // Stops one kind of mail, or both: the same choice as group-mail off and event-mail off.
        if (args.size() > 1
            || (args.size() == 1 && args.at(0) != QLatin1String("group") && args.at(0) != QLatin1String("event")))
            return usage(QStringLiteral("unsubscribe takes group or event, or nothing for both"));
        const QStringList kinds
            = args.isEmpty() ? QStringList {QStringLiteral("group"), QStringLiteral("event")} : args;
        for (const QString &kind : kinds) {
            if (const int done = groupMailCommand(kind + QStringLiteral("-mail"), {QStringLiteral("off")}); done != Ok)
                return done;
        }
        return Ok;
    }
    if (command == QLatin1String("message")) {
        // message send|list, naming the group or event: the commands below under one name.
        const QString action = args.isEmpty() ? QString() : args.takeFirst();
        const QString group = takeOption(args, QStringLiteral("--group"));
        const QString event = takeOption(args, QStringLiteral("--event"));
        const bool named = !group.isNull() || !event.isNull();
        if ((action != QLatin1String("send") && action != QLatin1String("list")) || (!group.isNull() && !event.isNull())
            || (action == QLatin1String("send") && !named))
            return usage(QStringLiteral("message send (--group GROUP_ID | --event EVENT_ID --to AUDIENCE) --subject S "
                                        "(--body TEXT | --body-file FILE), or message list [--group GROUP_ID | --event "
                                        "EVENT_ID]"));
        if (!named)
            return printMessages(mail.forMe(-1));
        const QString which = group.isNull() ? QStringLiteral("event-message") : QStringLiteral("group-message");
        return groupMailCommand(action == QLatin1String("list") ? which + QLatin1Char('s') : which,
            QStringList {group.isNull() ? event : group} + args);
    }
    if (command == QLatin1String("group-messages") || command == QLatin1String("event-messages")) {
        const bool toGroup = command == QLatin1String("group-messages");
        if (args.size() != 1)
            return usage(command + (toGroup ? QStringLiteral(" needs GROUP_ID") : QStringLiteral(" needs EVENT_ID")));
        return printMessages(toGroup ? mail.messages(args.at(0)) : mail.eventMessages(args.at(0)));
    }
    const bool toGroup = command == QLatin1String("group-message");
    const QString audience = toGroup ? QString() : takeOption(args, QStringLiteral("--to"));
    const QString subject = takeOption(args, QStringLiteral("--subject"));
    QString body = takeOption(args, QStringLiteral("--body"));
    const QString bodyFile = takeOption(args, QStringLiteral("--body-file"));
    if (args.size() != 1 || subject.isNull() || body.isNull() == bodyFile.isNull() || (!toGroup && audience.isNull()))
        return usage(toGroup
                ? QStringLiteral("group-message needs GROUP_ID --subject S and --body TEXT or --body-file FILE")
                : QStringLiteral("event-message needs EVENT_ID --to registered|waitlisted|no_show --subject S and "
                                 "--body TEXT or --body-file FILE"));
    if (!bodyFile.isNull()) {
        QFile file(bodyFile);
        if (!file.open(QIODevice::ReadOnly))
            return failed(makeError(
                "not_found", QStringLiteral("%1 cannot be read: %2").arg(bodyFile, file.errorString()).toStdString()));
        body = QString::fromUtf8(file.readAll());
    }
    const auto id
        = toGroup ? mail.write(args.at(0), subject, body) : mail.writeToEvent(args.at(0), audience, subject, body);
    if (!id)
        return failed(id.error());
    if (m_json)
        m_out << QJsonDocument(QJsonObject {{QStringLiteral("id"), *id}}).toJson(QJsonDocument::Compact) << '\n';
    else
        m_out << *id << '\n';
    return Ok;
}

} // namespace commonroom
