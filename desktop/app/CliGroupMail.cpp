// Messages to groups and to events' registrants (docs/groupmail.md): group-messages GROUP_ID,
// group-message GROUP_ID --subject S (--body TEXT | --body-file FILE), event-messages EVENT_ID,
// event-message EVENT_ID --to registered|waitlisted|no_show --subject S (--body TEXT | --body-file
// FILE), list-message LIST_ID --subject S (--body TEXT | --body-file FILE) (to the people a smart
// list selects), group-mail [on|off]; event-mail [on|off] (reminders and messages of events);
// announcement-mail [on|off] (messages to smart lists). The same under shorter names: message
// send|list, unsubscribe [group|event|announcements].

#include "CliCommands.h"

#include "desktop/core/Device.h"
#include "desktop/core/Events.h"
#include "desktop/core/GroupMail.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <array>

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
    if (message.toList) {
        json.remove(QStringLiteral("group_id"));
        json.insert(QStringLiteral("list_name"), message.addresseeName);
    }
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
              << (message.toList && message.addresseeName.isEmpty() ? QStringLiteral("some people")
                                                                    : message.addresseeName);
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
        || command == QLatin1String("list-message") || command == QLatin1String("group-mail")
        || command == QLatin1String("event-mail") || command == QLatin1String("announcement-mail")
        || command == QLatin1String("message") || command == QLatin1String("unsubscribe")
        || command == QLatin1String("mail-language");
}

namespace {

// The command that turns a kind of mail on or off, and the name `unsubscribe` takes for it.
struct KindCommand
{
    const mail::Kind *kind;
    QLatin1String command;
    QLatin1String name;
};
const std::array<KindCommand, 3> kKindCommands {{
    {&mail::kGroupMessages, QLatin1String("group-mail"), QLatin1String("group")},
    {&mail::kEventMail, QLatin1String("event-mail"), QLatin1String("event")},
    {&mail::kAnnouncements, QLatin1String("announcement-mail"), QLatin1String("announcements")},
}};
static_assert(kKindCommands.size() == mail::kKinds.size());

} // namespace

int CliCommands::groupMailCommand(const QString &command, QStringList args)
{
    GroupMail &mail = m_device.groupMail();
    const auto kindCommand = std::find_if(kKindCommands.begin(), kKindCommands.end(),
        [&](const KindCommand &candidate) { return candidate.command == command; });
    if (kindCommand != kKindCommands.end()) {
        const mail::Kind &kind = *kindCommand->kind;
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
        // Stops one kind of mail, or all: the same choice as group-mail off, event-mail off and
        // announcement-mail off.
        const auto named = [&](const KindCommand &kind) {
            return args.isEmpty() || args.at(0) == kind.name;
        };
        if (args.size() > 1 || std::none_of(kKindCommands.begin(), kKindCommands.end(), named))
            return usage(QStringLiteral("unsubscribe takes group, event or announcements, or nothing for all"));
        for (const KindCommand &kind : kKindCommands) {
            if (!named(kind))
                continue;
            if (const int done = groupMailCommand(kind.command, {QStringLiteral("off")}); done != Ok)
                return done;
        }
        return Ok;
    }
    if (command == QLatin1String("message")) {
        // message send|list, naming the group or event: the commands below under one name.
        const QString action = args.isEmpty() ? QString() : args.takeFirst();
        const QString group = takeOption(args, QStringLiteral("--group"));
        const QString event = takeOption(args, QStringLiteral("--event"));
        const QString list = takeOption(args, QStringLiteral("--list"));
        const int named = !group.isNull() + !event.isNull() + !list.isNull();
        if ((action != QLatin1String("send") && action != QLatin1String("list")) || named > 1
            || (action == QLatin1String("send") && named == 0) || (action == QLatin1String("list") && !list.isNull()))
            return usage(QStringLiteral("message send (--group GROUP_ID | --event EVENT_ID --to AUDIENCE | --list "
                                        "LIST_ID) --subject S (--body TEXT | --body-file FILE), or message list "
                                        "[--group GROUP_ID | --event EVENT_ID]"));
        if (named == 0)
            return printMessages(mail.forMe(-1));
        if (!list.isNull())
            return groupMailCommand(QStringLiteral("list-message"), QStringList {list} + args);
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
    const bool toList = command == QLatin1String("list-message");
    const QString audience = toGroup || toList ? QString() : takeOption(args, QStringLiteral("--to"));
    const QString subject = takeOption(args, QStringLiteral("--subject"));
    QString body = takeOption(args, QStringLiteral("--body"));
    const QString bodyFile = takeOption(args, QStringLiteral("--body-file"));
    if (args.size() != 1 || subject.isNull() || body.isNull() == bodyFile.isNull()
        || (!toGroup && !toList && audience.isNull()))
        return usage(toGroup
                ? QStringLiteral("group-message needs GROUP_ID --subject S and --body TEXT or --body-file FILE")
                : toList ? QStringLiteral("list-message needs LIST_ID --subject S and --body TEXT or --body-file FILE")
                         : QStringLiteral("event-message needs EVENT_ID --to registered|waitlisted|no_show --subject "
                                          "S and --body TEXT or --body-file FILE"));
    if (!bodyFile.isNull()) {
        QFile file(bodyFile);
        if (!file.open(QIODevice::ReadOnly))
            return failed(makeError(
                "not_found", QStringLiteral("%1 cannot be read: %2").arg(bodyFile, file.errorString()).toStdString()));
        body = QString::fromUtf8(file.readAll());
    }
    const auto id = toGroup ? mail.write(args.at(0), subject, body)
        : toList            ? mail.writeToList(args.at(0), subject, body)
                            : mail.writeToEvent(args.at(0), audience, subject, body);
    if (!id)
        return failed(id.error());
    if (m_json)
        m_out << QJsonDocument(QJsonObject {{QStringLiteral("id"), *id}}).toJson(QJsonDocument::Compact) << '\n';
    else
        m_out << *id << '\n';
    return Ok;
}

} // namespace commonroom
