#pragma once

#include "common/MailChoice.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QVariantList>

#include <vector>

namespace commonroom {

class LocalStore;
struct SmartList;

// A message to a group, or to an event's registrants, as this device holds it (common/GroupMail.h).
struct GroupMessage
{
    QString id;
    QString groupId; // the group it was written to; empty for a message to an event
    QString eventId; // the event, for a message to its registrants
    QString audience; // of the event: groupmail::kRegistered, kWaitlisted or kNoShows
    bool toList = false; // a message to the people of a smart list (list_message)
    // The group's name, the event's title, the smart list's name (its writer and admins only).
    QString addresseeName;
    QString authorId;
    QString authorName; // as this device may see it; empty when not shared
    QString subject;
    QString body;
    QDateTime writtenAt; // UTC, by the writer's device
    QDateTime sentAt; // UTC, when the daemon mailed it; invalid while it waits to be sent
    int recipients = 0; // people mailed (once sent)
    int notMailed = 0; // active members not mailed: they did not agree, or have no address
    int noAddress = 0; // of those, who agreed but have no address the server could use
    int delivered = 0; // of the recipients' mails, how many the mail server has taken so far
    int undelivered = 0; // and how many were given up (refused, or failing for three days)
};

// Messages to groups on the device (docs/groupmail.md): written offline like every change and
// sent by the daemon when it accepts them; read by the group's members here, mailed or not. The
// signed-in person's choice whether their groups' messages are mailed to them is theirs to make
// here too, offline.
class GroupMail
{
    Q_DECLARE_TR_FUNCTIONS(GroupMail)

public:
    explicit GroupMail(LocalStore &store);

    // Whether the signed-in user may write to the group (its curators, leaders and admins), by the
    // shared rules, within their messages a day (groupmail::messagesPerDay); whyNotWrite() says
    // why not (empty when they may).
    bool mayWrite(const QString &groupId) const;
    QString whyNotWrite(const QString &groupId) const;
    // Saves the message for the next sync; its id. Refused with a reason for an empty subject or
    // text, a subject of more than one line, text too long, a group not on this device, or a
    // writer who may not write to the group.
    Result<QString> write(const QString &groupId, const QString &subject, const QString &body);

    // How many active members of the group other than the signed-in person this device knows:
    // whom a message to the group reaches (in the app; by mail those who agreed).
    int otherActiveMembers(const QString &groupId) const;

    // Messages to an event's registrants (one audience: groupmail::kAudiences): its organizers,
    // the hosting group's curators, leaders and admins write them; whyNotWriteToEvent() says why
    // someone else may not, or why the audience cannot be written to yet (no-shows before the
    // event is over).
    QString whyNotWriteToEvent(const QString &eventId, const QString &audience = {}) const;
    Result<QString> writeToEvent(
        const QString &eventId, const QString &audience, const QString &subject, const QString &body);
    // How many people of the event's audience other than the signed-in person this device knows.
    int eventAudience(const QString &eventId, const QString &audience) const;

    // Messages to the people a smart list selects on this device now, the signed-in person
    // excepted (docs/groupmail.md, "Messages to a smart list"): leaders and admins write them.
    struct ListAudience
    {
        QString listName;
        std::vector<QString> people; // whom a message reaches in the app (by mail, those who agreed)
        // Why no message can be written to the list: the user may not ("forbidden"), the list is
        // not on this device or cannot be read, it selects nobody or more than
        // groupmail::kMaxListRecipients ("forbidden"), or the day's messages are written.
        Status writable;
    };
    ListAudience listAudience(const QString &listId) const;
    Result<QString> writeToList(const QString &listId, const QString &subject, const QString &body);

    // The group's messages this device holds, newest first.
    Result<std::vector<GroupMessage>> messages(const QString &groupId) const;
    // The event's messages this device holds (to any of its audiences), newest first.
    Result<std::vector<GroupMessage>> eventMessages(const QString &eventId) const;
    // The message with this id (of any kind); a "not_found" error when the device holds none.
    Result<GroupMessage> message(const QString &id) const;
    // The newest `limit` messages of the groups the signed-in person is an active member of, of
    // the events they registered for, and to smart lists (those sent to them; for leaders, all the
    // community's), for Home: read here whether or not they are mailed.
    Result<std::vector<GroupMessage>> forMe(int limit) const;

    // Whether mail of `kind` (their groups' messages, reminders of their events) is sent to the
    // signed-in person: their choice, or, not made, their agreement to be contacted.
    bool mailsMe(const mail::Kind &kind = mail::kGroupMessages) const;
    Status setMailsMe(bool mailed, const mail::Kind &kind = mail::kGroupMessages);
    // The language the server writes the signed-in person's mails in (mail::kLanguages): their
    // choice, English without one. adoptMailLanguage makes the language of `locale` (the app's)
    // their choice when they have made none; it changes nothing otherwise.
    QString mailLanguage() const;
    Status setMailLanguage(const QString &language);
    Status adoptMailLanguage(const QLocale &locale);

private:
    // The messages the signed-in person wrote in the last day, and why they may not write more
    // (empty when they may).
    int writtenInADay() const;
    QString whyNotWriteMore() const;
    // The people `list` selects now, the signed-in person excepted (listAudience).
    Result<std::vector<QString>> audienceOf(const SmartList &list) const;
    // Why a message to `people` (a list's) cannot be written; empty when it can.
    QString whyNotWriteTo(const Result<std::vector<QString>> &people) const;
    // The messages to groups `toGroups` picks and to events `toEvents` picks (SQL on the message
    // "m"; each with its values bound in order; an empty condition picks none), newest first, at
    // most `limit`.
    struct Pick
    {
        QString condition;
        QVariantList values;
    };
    Result<std::vector<GroupMessage>> read(
        const Pick &toGroups, const Pick &toEvents, int limit, const Pick &toLists = {}) const;
    // Saves a new message row of `table` with the writer's fields added to `fields`.
    Result<QString> save(const QString &table, FieldMap fields, const QString &subject, const QString &body);

    LocalStore &m_store;
};

} // namespace commonroom
