#include "GroupMessageRules.h"

#include "AuditLog.h"

#include "common/EmailAddress.h"
#include "common/GroupMail.h"
#include "common/Privacy.h"
#include "common/StoredTime.h"
#include "common/Uuid.h"

#include <algorithm>
#include <set>

namespace commonroom::syncd {

GroupMessageRules::GroupMessageRules(Store &store, Admission &admission, const Clock &clock)
    : m_store(store)
    , m_admission(admission)
    , m_clock(clock)
{
}

bool GroupMessageRules::isMessage(const TableDef &table)
{
    return std::find(groupmail::kMessageTables.begin(), groupmail::kMessageTables.end(), table.name)
        != groupmail::kMessageTables.end();
}

Status GroupMessageRules::check(const Principal &principal, const protocol::Mutation &mutation, const TableDef &table,
    const std::optional<StoredRow> &existing)
{
    if (!isMessage(table) || existing || mutation.deleted)
        return {}; // changes and deletions are the rule table's to refuse or allow
    if (textOf(mutation.fields, "author_id") != principal.personId)
        return makeError("forbidden", "A message is written in the writer's own name (author_id).");
    const auto addressee = addresseeOf(table, mutation.fields, principal.personId);
    if (!addressee)
        return addressee.error();
    if (auto valid = groupmail::checkMessage(mutation.fields); !valid)
        return valid;
    if (auto rate = checkRate(principal); !rate)
        return rate;
    const auto reached = audienceOf(*addressee).mailed.size();
    const std::size_t largest = groupmail::largestAudience(principal.role);
    if (reached > largest)
        return makeError("too_large_audience",
            "Not sent: it would be mailed to " + std::to_string(reached) + " people, more than a "
                + (principal.role >= Role::Leader ? "leader" : "curator") + "'s message may reach ("
                + std::to_string(largest) + "). Ask " + (principal.role >= Role::Leader ? "an admin" : "a leader")
                + " to send it; its text is kept here.");
    return {};
}

Result<GroupMessageRules::Addressee> GroupMessageRules::addresseeOf(
    const TableDef &table, const FieldMap &fields, const std::string &writerId)
{
    Addressee addressee;
    std::set<std::string> people;
    if (table.name == "group_message") {
        addressee.kind = &mail::kGroupMessages;
        addressee.list = textOf(fields, "group_id");
        const auto group = isUuid(addressee.list) ? m_store.loadRow(*findTable("group"), addressee.list) : std::nullopt;
        if (!group || group->row.deleted)
            return makeError("invalid_value", "The group this message is written to does not exist (any more).");
        addressee.name = textOf(group->row.values, "name");
        addressee.readers = &MailTexts::toMembers;
        for (const auto &[id, membership] :
            m_store.liveRowsWhere(*findTable("membership"), "group_id", addressee.list)) {
            if (textOf(membership, "state") == "active")
                people.insert(textOf(membership, "person_id"));
        }
    } else if (table.name == "list_message") {
        // The people the writer's smart list selected on their device, each one a person the
        // daemon knows; those gone since (merged away, erased) are not its audience, and those
        // made inactive are not mailed.
        // The list's name is the writer's: the mails name the community instead.
        addressee.kind = &mail::kAnnouncements;
        addressee.list = "announcements";
        addressee.name = "Commonroom";
        addressee.readers = &MailTexts::toSome;
        const auto ids = groupmail::parseRecipients(textOf(fields, "recipient_ids"));
        if (!ids)
            return ids.error();
        const TableDef &personTable = *findTable("person");
        for (const auto &id : *ids) {
            const auto stored = m_store.loadValues(personTable, id);
            if (!stored)
                return makeError("invalid_value",
                    "The person " + id
                        + " this message is written to is not known to the server; sync, then write "
                          "to the list again.");
            if (!stored->row.deleted)
                people.insert(id);
        }
    } else {
        addressee.kind = &mail::kEventMail;
        addressee.list = textOf(fields, "event_id");
        const auto event = isUuid(addressee.list) ? m_store.loadRow(*findTable("event"), addressee.list) : std::nullopt;
        if (!event || event->row.deleted)
            return makeError("invalid_value", "The event this message is written to does not exist (any more).");
        addressee.name = textOf(event->row.values, "title");
        const std::string audience = textOf(fields, "audience");
        if (std::find(groupmail::kAudiences.begin(), groupmail::kAudiences.end(), audience)
            == groupmail::kAudiences.end())
            return makeError("invalid_value",
                "A message to an event's registrants names its audience: registered, waitlisted or no_show.");
        if (audience == groupmail::kNoShows) {
            const std::string over = groupmail::overAt(event->row.values);
            if (over.empty() || over > storedTime(m_clock.nowMs()))
                return makeError("invalid_value",
                    "Nobody is a no-show before the event is over (" + over
                        + " UTC); write to the registered people instead, or again after the event.");
        }
        addressee.readers = audience == groupmail::kRegistered ? &MailTexts::toRegistered
            : audience == groupmail::kWaitlisted               ? &MailTexts::toWaitlisted
                                                               : &MailTexts::toNoShows;
        for (const auto &[id, registration] :
            m_store.liveRowsWhere(*findTable("registration"), "event_id", addressee.list)) {
            const auto attended = registration.find("attended");
            if (groupmail::isInAudience(audience, textOf(registration, "state"),
                    attended != registration.end() && attended->second == FieldValue(std::int64_t(1))))
                people.insert(textOf(registration, "person_id"));
        }
    }
    people.erase(writerId);
    addressee.people.assign(people.begin(), people.end());
    return addressee;
}

GroupMessageRules::Audience GroupMessageRules::audienceOf(const Addressee &addressee)
{
    const TableDef &personTable = *findTable("person");
    Audience audience;
    for (const auto &personId : addressee.people) {
        const auto person = m_store.loadValues(personTable, personId);
        if (!person || person->row.deleted || textOf(person->row.values, "status") == "inactive")
            continue; // not someone to count
        const std::string address = m_admission.mailAddressOf(personId, person->row.values);
        const bool wanted = mail::wants(person->row.values, *addressee.kind);
        if (wanted && !address.empty()) {
            const Role role = roleFromString(textOf(person->row.values, "role")).value_or(Role::Applicant);
            audience.mailed.push_back(
                Recipient {personId, address, Principal {personId, role, {}}, mail::languageOf(person->row.values)});
            continue;
        }
        ++audience.notMailed;
        audience.noAddress += wanted;
    }
    return audience;
}

Status GroupMessageRules::checkRate(const Principal &principal)
{
    // Counted from the messages the daemon sent, by their sent_at (same format, so compared as text).
    const std::string since = Admission::isoTime(m_clock.nowMs() - groupmail::kDayMs);
    std::string oldest;
    int sent = 0;
    for (const std::string_view table : groupmail::kMessageTables) {
        for (const auto &[id, values] : m_store.liveRowsWhere(*findTable(table), "author_id", principal.personId)) {
            const std::string sentAt = textOf(values, "sent_at");
            if (sentAt <= since)
                continue;
            ++sent;
            if (oldest.empty() || sentAt < oldest)
                oldest = sentAt;
        }
    }
    const int allowed = groupmail::messagesPerDay(principal.role);
    if (sent < allowed)
        return {};
    return makeError("too_many_messages",
        "Not sent: you sent " + std::to_string(sent) + " messages in the last 24 hours, the most "
            + (principal.role >= Role::Leader ? "a leader" : "a curator or an organizer") + " may ("
            + std::to_string(allowed) + "). The first of them went at " + oldest
            + " (UTC); write this one again 24 hours after that, or ask a leader to send it. Its text is kept here.");
}

std::vector<Admission::FollowUp> GroupMessageRules::afterSave(const Principal &principal, const TableDef &table,
    const std::string &id, const std::optional<StoredRow> &existing, const VersionedRow &saved)
{
    if (!isMessage(table) || existing || saved.deleted)
        return {};
    const auto addressee = addresseeOf(table, saved.values, principal.personId);
    if (!addressee)
        return {}; // checked before it was saved, in the same transaction
    const TableDef &personTable = *findTable("person");
    const auto author = m_store.loadRow(personTable, principal.personId);
    const FieldMap writer = author && !author->row.deleted ? author->row.values : FieldMap {};
    // What of the writer a recipient learns follows the writer's own choices, as in the app: their
    // name where they show it to the recipient's role, and replies reach their address (their
    // profile's email) where they show that; the others read "someone" and reply to the daemon.
    const auto shows = [&](const Principal &reader, std::string_view field) {
        return clearanceFor(reader, personTable, principal.personId, writer)
            >= effectiveVisibility(*personTable.field(field), writer);
    };
    const std::string subject = "[" + addressee->name + "] " + textOf(saved.values, "subject");
    const Audience audience = audienceOf(*addressee);
    for (const auto &recipient : audience.mailed) {
        // The text as written; the footer in the recipient's language.
        const MailTexts &texts = mailTexts(recipient.language);
        const std::string name = shows(recipient.as, "display_name") ? textOf(writer, "display_name") : std::string();
        std::string reply = shows(recipient.as, "email") ? textOf(writer, "email") : std::string();
        if (!checkEmail(reply))
            reply.clear();
        const std::string readers
            = fill(texts.*addressee->readers, {{"group", addressee->name}, {"event", addressee->name}});
        std::string body = textOf(saved.values, "body") + "\n\n-- \n"
            + fill(name.empty() ? texts.someoneWrote : texts.wrote, {{"writer", name}, {"readers", readers}}) + "\n";
        if (reply.empty())
            body += (name.empty() ? std::string(texts.noReplyToSomeone) : fill(texts.noReply, {{"writer", name}}))
                + "\n";
        m_admission.queueStoppableMail({.kind = *addressee->kind,
            .list = addressee->list,
            .personId = recipient.personId,
            .recipient = recipient.address,
            .subject = subject,
            .body = std::move(body),
            .source = id,
            .fromName = name.empty() ? addressee->name : fill(texts.via, {{"writer", name}, {"list", addressee->name}}),
            .replyTo = std::move(reply),
            .language = std::string(recipient.language)});
    }
    const auto mailed = std::int64_t(audience.mailed.size());
    const std::int64_t notMailed = audience.notMailed;
    const std::int64_t now = m_clock.nowMs();
    AuditLog::record(m_store, now, std::string(table.name), principal, id,
        addressee->list + ": " + std::to_string(mailed) + " mailed, " + std::to_string(notMailed) + " not mailed ("
            + std::to_string(audience.noAddress) + " without an address)");
    FieldMap stamped {{"sent_at", Admission::isoTime(now)}, {"recipients", mailed}, {"not_mailed", notMailed},
        {"no_address", audience.noAddress}, {"delivered", std::int64_t(0)}, {"undelivered", std::int64_t(0)}};
    if (table.name == "list_message") {
        // Those it was written to read it in the app, mailed or not; the daemon alone keeps who.
        m_store.noteListRecipients(id, addressee->people);
        stamped["recipient_ids"] = std::string();
    }
    return {Admission::FollowUp {&table, id, std::move(stamped)}};
}

} // namespace commonroom::syncd
