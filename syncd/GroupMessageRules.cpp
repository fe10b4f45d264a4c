#include "GroupMessageRules.h"

#include "AuditLog.h"

#include "common/GroupMail.h"
#include "common/MailChoice.h"
#include "common/Uuid.h"

#include <set>

namespace commonroom::syncd {

GroupMessageRules::GroupMessageRules(Store &store, Admission &admission, const Clock &clock)
    : m_store(store)
    , m_admission(admission)
    , m_clock(clock)
{
}

Status GroupMessageRules::check(const Principal &principal, const protocol::Mutation &mutation, const TableDef &table,
    const std::optional<StoredRow> &existing)
{
    if (table.name != "group_message" || existing || mutation.deleted)
        return {}; // changes and deletions are the rule table's to refuse or allow
    if (textOf(mutation.fields, "author_id") != principal.personId)
        return makeError("forbidden", "A message to a group is written in the writer's own name (author_id).");
    const std::string groupId = textOf(mutation.fields, "group_id");
    const auto group = isUuid(groupId) ? m_store.loadRow(*findTable("group"), groupId) : std::nullopt;
    if (!group || group->row.deleted)
        return makeError("invalid_value", "The group this message is written to does not exist (any more).");
    if (auto valid = groupmail::checkMessage(mutation.fields); !valid)
        return valid;
    if (auto rate = checkRate(principal); !rate)
        return rate;
    const auto reached = audienceOf(groupId, principal.personId).mailed.size();
    const std::size_t largest = groupmail::largestAudience(principal.role);
    if (reached > largest)
        return makeError("too_large_audience",
            "Not sent: it would be mailed to " + std::to_string(reached) + " people, more than a "
                + (principal.role >= Role::Leader ? "leader" : "curator") + "'s message may reach ("
                + std::to_string(largest) + "). Ask " + (principal.role >= Role::Leader ? "an admin" : "a leader")
                + " to send it; its text is kept here.");
    return {};
}

GroupMessageRules::Audience GroupMessageRules::audienceOf(const std::string &groupId, const std::string &writerId)
{
    const TableDef &personTable = *findTable("person");
    Audience audience;
    std::set<std::string> seen;
    for (const auto &[membershipId, membership] :
        m_store.liveRowsWhere(*findTable("membership"), "group_id", groupId)) {
        const std::string personId = textOf(membership, "person_id");
        if (textOf(membership, "state") != "active" || personId == writerId || !seen.insert(personId).second)
            continue;
        const auto person = m_store.loadRow(personTable, personId);
        if (!person || person->row.deleted || textOf(person->row.values, "status") == "inactive")
            continue; // not a member to count
        const std::string address = m_admission.mailAddressOf(personId, person->row.values);
        const bool wanted = mail::wants(person->row.values, mail::kGroupMessages);
        if (wanted && !address.empty()) {
            audience.mailed.emplace_back(personId, address);
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
    for (const auto &[id, values] :
        m_store.liveRowsWhere(*findTable("group_message"), "author_id", principal.personId)) {
        const std::string sentAt = textOf(values, "sent_at");
        if (sentAt <= since)
            continue;
        ++sent;
        if (oldest.empty() || sentAt < oldest)
            oldest = sentAt;
    }
    const int allowed = groupmail::messagesPerDay(principal.role);
    if (sent < allowed)
        return {};
    return makeError("too_many_messages",
        "Not sent: you sent " + std::to_string(sent) + " messages to groups in the last 24 hours, the most "
            + (principal.role >= Role::Leader ? "a leader" : "a curator") + " may (" + std::to_string(allowed)
            + "). The first of them went at " + oldest
            + " (UTC); write this one again 24 hours after that, or ask a leader to send it. Its text is kept here.");
}

std::vector<Admission::FollowUp> GroupMessageRules::afterSave(const Principal &principal, const TableDef &table,
    const std::string &id, const std::optional<StoredRow> &existing, const VersionedRow &saved)
{
    if (table.name != "group_message" || existing || saved.deleted)
        return {};
    const std::string groupId = textOf(saved.values, "group_id");
    const auto group = m_store.loadRow(*findTable("group"), groupId);
    const std::string groupName = group ? textOf(group->row.values, "name") : std::string();
    const auto author = m_store.loadRow(*findTable("person"), principal.personId);
    const std::string authorName = author ? textOf(author->row.values, "display_name") : std::string();

    const std::string subject = "[" + groupName + "] " + textOf(saved.values, "subject");
    const std::string body = textOf(saved.values, "body") + "\n\n-- \n" + authorName + " wrote this to the members of "
        + groupName + " in Commonroom, where it stays for them to read.\n";
    const Audience audience = audienceOf(groupId, principal.personId);
    for (const auto &[personId, address] : audience.mailed)
        m_admission.queueStoppableMail(mail::kGroupMessages, groupId, personId, address, subject, body, id);
    const auto mailed = std::int64_t(audience.mailed.size());
    const std::int64_t notMailed = audience.notMailed;
    const std::int64_t now = m_clock.nowMs();
    AuditLog::record(m_store, now, "group_message", principal, id,
        groupId + ": " + std::to_string(mailed) + " mailed, " + std::to_string(notMailed) + " not mailed ("
            + std::to_string(audience.noAddress) + " without an address)");
    return {Admission::FollowUp {&table, id,
        {{"sent_at", Admission::isoTime(now)}, {"recipients", mailed}, {"not_mailed", notMailed},
            {"no_address", audience.noAddress}, {"delivered", std::int64_t(0)}, {"undelivered", std::int64_t(0)}}}};
}

} // namespace commonroom::syncd
