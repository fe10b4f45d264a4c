#include "GroupMail.h"

#include "Events.h"
#include "LocalStore.h"
#include "SmartLists.h"

#include "common/Authorization.h"
#include "common/GroupMail.h"

#include <QSqlQuery>
#include <QVariant>

namespace commonroom {

GroupMail::GroupMail(LocalStore &store)
    : m_store(store)
{
}

bool GroupMail::mayWrite(const QString &groupId) const
{
    return whyNotWrite(groupId).isEmpty();
}

QString GroupMail::whyNotWrite(const QString &groupId) const
{
    const FieldMap about {{"group_id", groupId.toStdString()}};
    MutationContext context {*findTable("group_message"), Operation::Create, about};
    context.isCurator = m_store.curatesGroup(groupId);
    if (!authorize(m_store.principal(), context).ok())
        return tr("Only the group's curators and the community's leaders write to the whole group.");
    return whyNotWriteMore();
}

QString GroupMail::whyNotWriteMore() const
{
    const int allowed = groupmail::messagesPerDay(m_store.principal().role);
    if (writtenInADay() >= allowed)
        return tr("You wrote %n messages in the last 24 hours, the most you may; write again a day after the first "
                  "of them.",
            nullptr, allowed);
    return {};
}

QString GroupMail::whyNotWriteToEvent(const QString &eventId, const QString &audience) const
{
    const auto event = m_store.row(QStringLiteral("event"), eventId);
    if (!event)
        return tr("This event is not on this device; sync, then try again.");
    const FieldMap about {{"event_id", eventId.toStdString()}};
    MutationContext context {*findTable("event_message"), Operation::Create, about};
    context.isCurator = Events(m_store).canManage(eventId);
    if (!authorize(m_store.principal(), context).ok())
        return tr("Only the event's organizers and the community's leaders write to its registrants.");
    // The daemon's rule (common/GroupMail.h), on the device's clock.
    const std::string over = groupmail::overAt(*event);
    if (audience == QLatin1String(groupmail::kNoShows.data())
        && (over.empty() || over > Events::storedTime(m_store.now()).toStdString()))
        return tr("Nobody is a no-show before the event is over; write to them after it ends.");
    return whyNotWriteMore();
}

GroupMail::ListAudience GroupMail::listAudience(const QString &listId) const
{
    ListAudience audience;
    MutationContext context {*findTable("list_message"), Operation::Create, {}};
    if (!authorize(m_store.principal(), context).ok()) {
        audience.writable = makeError("forbidden",
            tr("Only the community's leaders and admins write to the people of a smart list.").toStdString());
        return audience;
    }
    const auto list = SmartLists(m_store).byId(listId);
    if (!list) {
        audience.writable = list.error();
        return audience;
    }
    audience.listName = list->name;
    const auto people = audienceOf(*list);
    if (const QString reason = whyNotWriteTo(people); !reason.isEmpty())
        audience.writable = makeError("forbidden", reason.toStdString());
    if (people)
        audience.people = *people;
    return audience;
}

QString GroupMail::whyNotWriteTo(const Result<std::vector<QString>> &people) const
{
    if (!people)
        return QString::fromStdString(people.error().message);
    if (people->empty())
        return tr("The list selects nobody but you now; there is no one to write to.");
    if (people->size() > groupmail::kMaxListRecipients)
        return tr("The list selects %1 people, more than a message reaches (%2); narrow it, or write to parts of it.")
            .arg(people->size())
            .arg(groupmail::kMaxListRecipients);
    return whyNotWriteMore();
}

Result<std::vector<QString>> GroupMail::audienceOf(const SmartList &list) const
{
    if (!list.problem.isEmpty())
        return makeError("invalid_value", list.problem.toStdString());
    // One more than a message may reach tells that the list is too large.
    auto search = SmartLists(m_store).search(list);
    std::vector<QString> people;
    const QString me = QString::fromStdString(m_store.principal().personId);
    while (!search.atEnd() && people.size() <= groupmail::kMaxListRecipients) {
        const auto page = search.next(500);
        if (!page)
            return page.error();
        for (const QString &id : *page) {
            if (id != me)
                people.push_back(id);
        }
    }
    return people;
}

Result<QString> GroupMail::writeToList(const QString &listId, const QString &subject, const QString &body)
{
    // Worked out again as it is written: the list's people may have changed since it was shown.
    const auto audience = listAudience(listId);
    if (!audience.writable)
        return audience.writable.error();
    std::vector<std::string> ids;
    for (const QString &id : audience.people)
        ids.push_back(id.toStdString());
    return save(QStringLiteral("list_message"),
        {{"list_id", listId.toStdString()}, {"list_name", audience.listName.toStdString()},
            {"recipient_ids", groupmail::joinRecipients(ids)}},
        subject, body);
}

int GroupMail::writtenInADay() const
{
    // By the writer's own clock: what this device wrote, sent or waiting to be sent.
    QStringList counts;
    for (const std::string_view table : groupmail::kMessageTables)
        counts << QStringLiteral("(SELECT count(*) FROM %1 WHERE author_id = ? AND written_at > ?)")
                      .arg(QLatin1String(table.data(), qsizetype(table.size())));
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT ") + counts.join(QStringLiteral(" + ")));
    const QString me = QString::fromStdString(m_store.principal().personId);
    const QString since = Events::storedTime(m_store.now().addMSecs(-groupmail::kDayMs));
    for (std::size_t i = 0; i < groupmail::kMessageTables.size(); ++i) {
        query.addBindValue(me);
        query.addBindValue(since);
    }
    return query.exec() && query.next() ? query.value(0).toInt() : 0;
}

int GroupMail::eventAudience(const QString &eventId, const QString &audience) const
{
    int people = 0;
    for (const auto &registrant : Events(m_store).registrations(eventId)) {
        people += registrant.personId != QString::fromStdString(m_store.principal().personId)
            && groupmail::isInAudience(audience.toStdString(), registrant.state.toStdString(), registrant.attended);
    }
    return people;
}

int GroupMail::otherActiveMembers(const QString &groupId) const
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT count(DISTINCT person_id) FROM membership WHERE group_id = ? AND state = "
                                 "'active' AND person_id IS NOT ?"));
    query.addBindValue(groupId);
    query.addBindValue(QString::fromStdString(m_store.principal().personId));
    return query.exec() && query.next() ? query.value(0).toInt() : 0;
}

Result<QString> GroupMail::write(const QString &groupId, const QString &subject, const QString &body)
{
    if (!m_store.row(QStringLiteral("group"), groupId))
        return makeError("not_found",
            tr("There is no group with the id %1 on this device; sync, then try again.").arg(groupId).toStdString());
    if (!mayWrite(groupId))
        return makeError("forbidden", whyNotWrite(groupId).toStdString());
    return save(QStringLiteral("group_message"), {{"group_id", groupId.toStdString()}}, subject, body);
}

Result<QString> GroupMail::writeToEvent(
    const QString &eventId, const QString &audience, const QString &subject, const QString &body)
{
    if (const QString reason = whyNotWriteToEvent(eventId, audience); !reason.isEmpty())
        return makeError("forbidden", reason.toStdString());
    return save(QStringLiteral("event_message"),
        {{"event_id", eventId.toStdString()}, {"audience", audience.toStdString()}}, subject, body);
}

Result<QString> GroupMail::save(const QString &table, FieldMap fields, const QString &subject, const QString &body)
{
    fields.insert({{"author_id", m_store.principal().personId}, {"subject", subject.trimmed().toStdString()},
        {"body", body.toStdString()}, {"written_at", Events::storedTime(m_store.now()).toStdString()}});
    if (auto valid = groupmail::checkMessage(fields); !valid)
        return valid.error();
    if (auto known = validateFields(*findTable(table.toStdString()), fields); !known)
        return known.error();
    return m_store.createRow(table, fields);
}

Result<std::vector<GroupMessage>> GroupMail::messages(const QString &groupId) const
{
    return read({QStringLiteral("m.group_id = ?"), {groupId}}, {}, -1);
}

Result<std::vector<GroupMessage>> GroupMail::eventMessages(const QString &eventId) const
{
    return read({}, {QStringLiteral("m.event_id = ?"), {eventId}}, -1);
}

Result<GroupMessage> GroupMail::message(const QString &id) const
{
    const Pick byId {QStringLiteral("m.id = ?"), {id}};
    auto found = read(byId, byId, 1, byId);
    if (!found)
        return found.error();
    if (found->empty())
        return makeError("not_found",
            tr("There is no message with the id %1 on this device; sync, then try again.").arg(id).toStdString());
    return std::move(found->front());
}

Result<std::vector<GroupMessage>> GroupMail::forMe(int limit) const
{
    const QString me = QString::fromStdString(m_store.principal().personId);
    return read({QStringLiteral("m.group_id IN (SELECT group_id FROM membership WHERE person_id = ? AND state = "
                                "'active')"),
                    {me}},
        {QStringLiteral("m.event_id IN (SELECT event_id FROM registration WHERE person_id = ?)"), {me}}, limit,
        {QStringLiteral("1"), {}});
}

Result<std::vector<GroupMessage>> GroupMail::read(
    const Pick &toGroups, const Pick &toEvents, int limit, const Pick &toLists) const
{
    // All kinds in one list: after the common columns, the group's id, or the event's and the
    // audience, then the group's name, the event's title or the list's name, then the kind.
    const QString columns
        = QStringLiteral("m.id, m.author_id, p.display_name, m.subject, m.body, m.written_at, m.sent_at, m.recipients, "
                         "m.not_mailed, m.no_address, m.delivered, m.undelivered");
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    const auto condition = [](const Pick &pick) {
        return pick.condition.isEmpty() ? QStringLiteral("0") : pick.condition;
    };
    query.prepare(
        QStringLiteral("SELECT * FROM (SELECT %1, m.group_id, NULL, NULL, g.name, 'group' FROM group_message m "
                       "LEFT JOIN person p ON p.id = m.author_id LEFT JOIN \"group\" g ON g.id = m.group_id "
                       "WHERE %2 UNION ALL SELECT %1, NULL, m.event_id, m.audience, e.title, 'event' "
                       "FROM event_message m LEFT JOIN person p ON p.id = m.author_id "
                       "LEFT JOIN event e ON e.id = m.event_id WHERE %3 UNION ALL SELECT %1, NULL, NULL, NULL, "
                       "m.list_name, 'list' FROM list_message m LEFT JOIN person p ON p.id = m.author_id "
                       "WHERE %4) ORDER BY 6 DESC, 1 DESC LIMIT ?")
            .arg(columns, condition(toGroups), condition(toEvents), condition(toLists)));
    for (const QVariant &value : toGroups.values + toEvents.values + toLists.values)
        query.addBindValue(value);
    query.addBindValue(limit);
    if (!query.exec())
        return makeError("storage", tr("The messages cannot be read.").toStdString());
    std::vector<GroupMessage> messages;
    while (query.next()) {
        GroupMessage message;
        message.id = query.value(0).toString();
        message.authorId = query.value(1).toString();
        message.authorName = query.value(2).toString();
        message.subject = query.value(3).toString();
        message.body = query.value(4).toString();
        message.writtenAt = Events::parseStoredTime(query.value(5).toString());
        message.sentAt = Events::parseStoredTime(query.value(6).toString());
        message.recipients = query.value(7).toInt();
        message.notMailed = query.value(8).toInt();
        message.noAddress = query.value(9).toInt();
        // Messages sent before the server counted deliveries hold no count: taken as delivered.
        message.delivered = query.value(10).isNull() ? message.recipients : query.value(10).toInt();
        message.undelivered = query.value(11).toInt();
        message.groupId = query.value(12).toString();
        message.eventId = query.value(13).toString();
        message.audience = query.value(14).toString();
        message.addresseeName = query.value(15).toString();
        message.toList = query.value(16).toString() == QLatin1String("list");
        messages.push_back(std::move(message));
    }
    return messages;
}

bool GroupMail::mailsMe(const mail::Kind &kind) const
{
    const auto me = m_store.row(QStringLiteral("person"), QString::fromStdString(m_store.principal().personId));
    return me && mail::wants(*me, kind);
}

Status GroupMail::setMailsMe(bool mailed, const mail::Kind &kind)
{
    const QString me = QString::fromStdString(m_store.principal().personId);
    if (me.isEmpty())
        return makeError("forbidden", tr("Sign in first: the choice is kept with your profile.").toStdString());
    return m_store.updateRow(QStringLiteral("person"), me,
        {{std::string(kind.choice), std::int64_t(mailed ? 1 : 0)},
            {std::string(kind.choiceAt), Events::storedTime(m_store.now()).toStdString()}});
}

QString GroupMail::mailLanguage() const
{
    const auto me = m_store.row(QStringLiteral("person"), QString::fromStdString(m_store.principal().personId));
    const std::string_view language = mail::languageOf(me ? *me : FieldMap {});
    return QString::fromUtf8(language.data(), qsizetype(language.size()));
}

Status GroupMail::setMailLanguage(const QString &language)
{
    const QString me = QString::fromStdString(m_store.principal().personId);
    if (me.isEmpty())
        return makeError("forbidden", tr("Sign in first: the choice is kept with your profile.").toStdString());
    return m_store.updateRow(QStringLiteral("person"), me, {{"mail_language", language.toStdString()}});
}

Status GroupMail::adoptMailLanguage(const QLocale &locale)
{
    const auto me = m_store.row(QStringLiteral("person"), QString::fromStdString(m_store.principal().personId));
    if (!me || !textOf(*me, "mail_language").empty())
        return {};
    const std::string_view language = mail::languageFor(locale.name().toStdString());
    return setMailLanguage(QString::fromUtf8(language.data(), qsizetype(language.size())));
}

} // namespace commonroom
