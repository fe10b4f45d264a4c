#include "GroupMail.h"

#include "Events.h"
#include "LocalStore.h"

#include "common/Authorization.h"
#include "common/GroupMail.h"

#include <QSqlQuery>
#include <QVariant>

namespace commonroom {

namespace {
const QString kMessage = QStringLiteral("group_message");
} // namespace

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
    const int allowed = groupmail::messagesPerDay(m_store.principal().role);
    if (writtenInADay() >= allowed)
        return tr("You wrote %n messages to groups in the last 24 hours, the most you may; write again a day after "
                  "the first of them.",
            nullptr, allowed);
    return {};
}

int GroupMail::writtenInADay() const
{
    // By the writer's own clock: what this device wrote, sent or waiting to be sent.
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT count(*) FROM group_message WHERE author_id = ? AND written_at > ?"));
    query.addBindValue(QString::fromStdString(m_store.principal().personId));
    query.addBindValue(Events::storedTime(m_store.now().addMSecs(-groupmail::kDayMs)));
    return query.exec() && query.next() ? query.value(0).toInt() : 0;
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
    FieldMap fields {{"group_id", groupId.toStdString()}, {"author_id", m_store.principal().personId},
        {"subject", subject.trimmed().toStdString()}, {"body", body.toStdString()},
        {"written_at", Events::storedTime(m_store.now()).toStdString()}};
    if (auto valid = groupmail::checkMessage(fields); !valid)
        return valid.error();
    return m_store.createRow(kMessage, fields);
}

Result<std::vector<GroupMessage>> GroupMail::messages(const QString &groupId) const
{
    return read(QStringLiteral("m.group_id = ?"), {groupId}, -1);
}

Result<std::vector<GroupMessage>> GroupMail::forMe(int limit) const
{
    return read(QStringLiteral("m.group_id IN (SELECT group_id FROM membership WHERE person_id = ? AND state = "
                               "'active')"),
        {QString::fromStdString(m_store.principal().personId)}, limit);
}

Result<std::vector<GroupMessage>> GroupMail::read(const QString &condition, const QVariantList &values, int limit) const
{
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT m.id, m.group_id, g.name, m.author_id, p.display_name, m.subject, m.body, "
                                 "m.written_at, m.sent_at, m.recipients, m.not_mailed, m.no_address, m.delivered, "
                                 "m.undelivered FROM group_message m LEFT JOIN person p ON p.id = m.author_id "
                                 "LEFT JOIN \"group\" g ON g.id = m.group_id "
                                 "WHERE %1 ORDER BY m.written_at DESC, m.id DESC LIMIT ?")
                      .arg(condition));
    for (const QVariant &value : values)
        query.addBindValue(value);
    query.addBindValue(limit);
    if (!query.exec())
        return makeError("storage", tr("The group's messages cannot be read.").toStdString());
    std::vector<GroupMessage> messages;
    while (query.next()) {
        GroupMessage message;
        message.id = query.value(0).toString();
        message.groupId = query.value(1).toString();
        message.groupName = query.value(2).toString();
        message.authorId = query.value(3).toString();
        message.authorName = query.value(4).toString();
        message.subject = query.value(5).toString();
        message.body = query.value(6).toString();
        message.writtenAt = Events::parseStoredTime(query.value(7).toString());
        message.sentAt = Events::parseStoredTime(query.value(8).toString());
        message.recipients = query.value(9).toInt();
        message.notMailed = query.value(10).toInt();
        message.noAddress = query.value(11).toInt();
        // Messages sent before the server counted deliveries hold no count: taken as delivered.
        message.delivered = query.value(12).isNull() ? message.recipients : query.value(12).toInt();
        message.undelivered = query.value(13).toInt();
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

} // namespace commonroom
