#pragma once

#include "Admission.h"
#include "MailTexts.h"
#include "Store.h"

#include "common/Clock.h"
#include "common/MailChoice.h"
#include "common/Protocol.h"
#include "common/Result.h"
#include "common/Roles.h"

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace commonroom::syncd {

// The daemon's rules for messages to groups, to events' registrants and to smart lists
// (docs/groupmail.md), beyond the rule table (which lets a group's curators, an event's organizers,
// leaders and admins write one, leaders and admins alone to a list, and nobody change it): a
// message to a live group or event, for events to one of its audiences (groupmail::kAudiences; the
// no-shows once it is over), to a list's people by their ids (each a person the daemon knows), in
// the writer's own name, with a subject and a text (common/GroupMail.h), within the writer's
// messages a day and the largest audience of their role (groupmail::messagesPerDay,
// groupmail::largestAudience).
//
// When a new message is accepted, the daemon mails it, in the same transaction: one mail to each
// person of the audience who wants that kind of mail (common/MailChoice.h: group messages, mail
// about their events, or the community's announcements), the writer excepted, at the address of
// their account (or, without one, the one they gave) unless a mail server refused it for good
// (Store::isBouncing), with a one-click link that stops that kind of mail (List-Unsubscribe, RFC
// 8058). The addresses never leave the daemon: the message row gets only when it was sent, to how
// many people, and how many of the audience were not mailed. A message pushed again (a lost
// answer) is a replay and is not mailed twice.
class GroupMessageRules
{
public:
    GroupMessageRules(Store &store, Admission &admission, const Clock &clock);

    Status check(const Principal &principal, const protocol::Mutation &mutation, const TableDef &table,
        const std::optional<StoredRow> &existing);

    // After a row was saved: for a new message, the mails queued and the row's sent_at,
    // recipients and not_mailed; for one to a list, whom it was sent to noted
    // (Store::noteListRecipients) and its recipient_ids emptied. Nothing otherwise.
    std::vector<Admission::FollowUp> afterSave(const Principal &principal, const TableDef &table, const std::string &id,
        const std::optional<StoredRow> &existing, const VersionedRow &saved);

private:
    // Refused when the writer sent groupmail::messagesPerDay in the last day already.
    Status checkRate(const Principal &principal);
    // Who a message of `writerId` is mailed to now, and how many of its audience are not.
    struct Recipient
    {
        std::string personId;
        std::string address;
        Principal as; // their role: what of the writer's profile they may see
        std::string_view language; // of their mails (mail::languageOf)
    };
    struct Audience
    {
        std::vector<Recipient> mailed;
        std::int64_t notMailed = 0;
        std::int64_t noAddress = 0; // of those not mailed, who agreed but have no usable address
    };
    // What a message (`fields` of a row of `table`) is written to, as the mails name it.
    struct Addressee
    {
        const mail::Kind *kind = nullptr;
        std::string list; // the group's or event's id: List-Id and the link's list
        std::string name; // the group's name, the event's title
        std::string_view MailTexts::*readers = nullptr; // whom it was written to, for the footer
        std::vector<std::string> people; // the audience, the writer excepted
    };
    // The group or event the message is written to, or why it cannot be.
    Result<Addressee> addresseeOf(const TableDef &table, const FieldMap &fields, const std::string &writerId);
    Audience audienceOf(const Addressee &addressee);

    static bool isMessage(const TableDef &table);

    Store &m_store;
    Admission &m_admission;
    const Clock &m_clock;
};

} // namespace commonroom::syncd
