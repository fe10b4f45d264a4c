#pragma once

#include "MailSeal.h"
#include "Store.h"

#include "common/MailChoice.h"
#include "common/Protocol.h"
#include "common/Result.h"
#include "common/Roles.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace commonroom {
class Clock;
}

namespace commonroom::syncd {

// The admission rules the daemon applies to pushed changes (docs/admission.md): who may vouch,
// what an invitation and a decision on an applicant must hold, the last admin, and what follows
// from a change (an applicant with enough vouches becomes a member, an invitation is mailed,
// every decision is audited). Called by SyncService::push under its lock and transaction.
class Admission
{
public:
    static constexpr std::int64_t kInvitationLifetimeMs = 14LL * 24 * 3600 * 1000;
    static constexpr std::int64_t kVoucherSeniorityMs = 30LL * 24 * 3600 * 1000;
    static constexpr int kDefaultVouchesNeeded = 2;
    // 32 random bytes: far beyond the 128 bits a mailed code needs.
    static constexpr std::size_t kCodeBytes = 32;

    Admission(Store &store, const Clock &clock);

    void setVouchesNeeded(int count) { m_vouchesNeeded = count; }
    int vouchesNeeded() const { return m_vouchesNeeded; }
    // The address people use to reach this daemon, for mails ("https://directory.example.org").
    void setServerUrl(std::string url) { m_serverUrl = std::move(url); }
    const std::string &serverUrl() const { return m_serverUrl; }

    // Checks beyond the rule table, on the daemon's data; `existing` is the stored row, if any.
    Status check(const Principal &principal, const protocol::Mutation &mutation, const TableDef &table,
        const std::optional<StoredRow> &existing);
    // Fields the daemon decides for the row about to be saved (`merged` holds the pushed values).
    FieldMap decidedFields(const protocol::Mutation &mutation, const TableDef &table,
        const std::optional<StoredRow> &existing, const VersionedRow &merged);

    struct FollowUp
    {
        const TableDef *table = nullptr;
        std::string id;
        FieldMap fields;
    };
    // After the row was saved: audit entries, mails, and the changes that follow from it.
    std::vector<FollowUp> afterSave(const Principal &principal, const protocol::Mutation &mutation,
        const TableDef &table, const std::optional<StoredRow> &existing, const VersionedRow &saved);

    // A new mailed code: stores its hash with `kind` and `subject` and returns the code.
    std::string issueCode(std::string_view kind, std::string_view subject, std::int64_t lifetimeMs);
    // The stored code for `code` when it is of `kind`, unused and unexpired; otherwise an
    // "invalid_code" error that does not tell which.
    Result<SecretCode> redeemableCode(std::string_view code, std::string_view kind);
    // Queues a mail, its body and its extra header lines ("Name: value\r\n" each, such as
    // List-Unsubscribe) sealed with the mail key (syncd/MailSeal).
    // `source`: the message it carries, if any (OutgoingMail::source); `fromName`: whom it comes
    // from (OutgoingMail::fromName).
    void queueMail(std::string_view recipient, std::string subject, std::string body, std::string_view headers = {},
        std::string_view source = {}, std::string_view fromName = {});
    // A mail of `kind` to one person, which they may stop.
    struct StoppableMail
    {
        const mail::Kind &kind;
        std::string list; // List-Id's left part: the group's or event's id, "reminders"
        std::string personId;
        std::string recipient;
        std::string subject;
        std::string body;
        std::string source = {}; // OutgoingMail::source
        std::string fromName = {}; // OutgoingMail::fromName
        std::string replyTo = {}; // the address replies go to; empty: the daemon's own
        std::string language = {}; // of the person (mail::languageOf): the footer's
    };
    // Queues the mail with what lets its person stop it: a footer with their unsubscribe link and
    // the Profile box that does the same; List-Unsubscribe and List-Unsubscribe-Post (RFC 8058),
    // so that mail programs offer their own button; List-Id <LIST.HOST> (RFC 2919), for filters;
    // Precedence bulk and Auto-Submitted, so that no auto-reply answers it; Reply-To when given.
    void queueStoppableMail(StoppableMail mail);
    // The address the daemon's own mailings (group messages, reminders) reach a person at: their
    // account's, or without one the one recorded in their row `person`; empty when it is not a
    // usable address or a mail server refused it for good (Store::isBouncing).
    std::string mailAddressOf(const std::string &personId, const FieldMap &person);
    // The public link that stops the mails of `kind` to `personId`, without signing in
    // (docs/groupmail.md). Its token is "KIND.PERSON.MAC", the MAC made with the mail key
    // (MailSeal::sign): nothing is stored, and only this daemon's mails hold one.
    std::string unsubscribeUrl(const mail::Kind &kind, std::string_view personId) const;
    // Whom and what an unsubscribe token stands for, or nothing when this daemon did not make it
    // (mistyped, cut short, forged).
    struct Unsubscriber
    {
        std::string personId;
        const mail::Kind *kind = nullptr;
        std::string language = {}; // of the person's mails (mail::languageOf), for the pages
    };
    std::optional<Unsubscriber> unsubscriber(std::string_view token) const;
    // The key queued bodies are sealed with: serve sets DATA/mail.key's; otherwise one of its own.
    void setMailSeal(MailSeal seal) { m_mailSeal = std::move(seal); }
    const MailSeal &mailSeal() const { return m_mailSeal; }

    static std::string isoTime(std::int64_t unixMs);
    std::size_t countAdmins();

private:
    std::size_t countVouches(std::string_view applicantId);

    Store &m_store;
    const Clock &m_clock;
    int m_vouchesNeeded = kDefaultVouchesNeeded;
    std::string m_serverUrl;
    MailSeal m_mailSeal;
};

} // namespace commonroom::syncd
