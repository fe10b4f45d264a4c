#pragma once

#include "SyncService.h"

#include "common/AccountProtocol.h"

#include <cstdint>
#include <map>
#include <string>
#include <string_view>

namespace commonroom::syncd {

// The account endpoints beyond sign-in (docs/admission.md): applying, accepting an invitation,
// password change and reset, token rotation, the export of one's data, the audit log and the
// erasure of a person. Works on SyncService's store under its lock; no sockets, no HTTP.
class AccountService
{
public:
    static constexpr std::int64_t kResetCodeLifetimeMs = 60LL * 60 * 1000;
    // At most one mail of each kind (a reset code, the notice of an application with the address)
    // per account in this time.
    static constexpr std::int64_t kMailIntervalMs = 5LL * 60 * 1000;

    explicit AccountService(SyncService &service);

    // An application with the email of an existing account answers like a new one, so that
    // nobody learns which emails have accounts, and mails the account's owner instead.
    Result<protocol::LoginResponse> apply(const protocol::ApplyRequest &request, std::string_view address);
    Result<protocol::LoginResponse> acceptInvitation(
        const protocol::AcceptInvitationRequest &request, std::string_view address);
    // Always succeeds, so that nobody learns whether an email has an account; mails a code when
    // it does.
    Status requestPasswordReset(const protocol::PasswordResetRequest &request, std::string_view address);
    Status resetPassword(const protocol::PasswordReset &request, std::string_view address);
    Status changePassword(const Principal &principal, std::string_view token, const protocol::PasswordChange &request);
    // A new token for the session of `token`, which stops working.
    Result<protocol::LoginResponse> refresh(const Principal &principal, std::string_view token);
    // Everything held about the principal: "json" or "vcard".
    Result<std::string> exportData(const Principal &principal, std::string_view format);
    Result<protocol::AuditPage> audit(const Principal &principal, const AuditFilter &filter);
    Status erase(const Principal &principal, const protocol::EraseRequest &request, std::string_view address);
    // Follows the link in a mail the person may stop (docs/groupmail.md): the person it was made
    // for gets its kind's choice (`group_mail`, `event_mail`) 0, a change synced to their devices
    // like any other, and audited; the answer names whom and what. A link this daemon did not
    // make is "invalid_code"; for a person since erased, or who opted out already, nothing is
    // written and the answer is the same.
    Result<Admission::Unsubscriber> unsubscribe(std::string_view token, std::string_view address);
    // Whom and what an unsubscribe link's token stands for, or the "invalid_code" error to show.
    Result<Admission::Unsubscriber> unsubscriber(std::string_view token) const;

private:
    // Person row and account for a new person, inside the caller's lock and transaction.
    std::string createPerson(
        const std::string &email, const std::string &passwordHash, const FieldMap &fields, std::int64_t now);
    // Inside the caller's lock: the answer to an application with `account`'s email.
    Result<protocol::LoginResponse> answerApplicationForExistingAccount(
        const Account &account, const std::string &device, std::string_view address, std::int64_t now);
    // Whether a mail of `kind` may go to `personId` now (and notes it when so).
    bool mayMail(std::string_view kind, const std::string &personId, std::int64_t now);
    static Status checkNewAccount(const std::string &email, const std::string &password, const std::string &displayName,
        const std::string &device);

    SyncService &m_service;
    // When each account was last sent each kind of mail, "kind:person" (under the service's
    // lock): one per kMailIntervalMs, so that asking again and again floods neither the person's
    // inbox nor the mail queue.
    std::map<std::string, std::int64_t> m_lastMail;
};

} // namespace commonroom::syncd
