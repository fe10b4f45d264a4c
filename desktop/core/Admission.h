#pragma once

#include "common/Result.h"

#include <QString>

#include <vector>

namespace commonroom {

class LocalStore;

// Admission on the device (docs/admission.md), offline like every edit: vouches for applicants,
// invitations, an admin's decisions on applications, and roles. Each call checks what the
// device can know (who is signed in, the applicant's row, earlier vouches) and writes the rows
// and their outbox entries through LocalStore; the daemon decides with the same rules when they
// arrive. The GUI and the CLI both go through here, so that both refuse the same things.
//
// Errors carry stable codes (forbidden, not_member, own_application, not_on_device,
// already_member, already_vouched, no_reason, reason_too_long, invalid_email, no_message,
// invalid_value, last_admin) so that windows can say them in the user's language; the message is
// the English fallback the CLI prints.
class Admission
{
public:
    // The daemon's limit for a vouch's reason (common/Schema.cpp), in UTF-8 bytes.
    static constexpr int kMaxReasonBytes = 1000;

    explicit Admission(LocalStore &store);

    struct Applicant
    {
        QString id;
        QString displayName;
        QString admissionState; // applied, needs_info, rejected (null: applied)
        QString appliedAt;
        int vouches = 0;
    };
    // Everyone whose role is still applicant, oldest application first.
    Result<std::vector<Applicant>> applicants() const;

    struct ReceivedVouch
    {
        QString voucherName; // empty when the voucher's name is not on this device
        QString reason;
        QString voucherId;
    };
    // The vouches the applicant received, oldest first.
    std::vector<ReceivedVouch> vouchesFor(const QString &applicantId) const;

    struct WaitingApplicant
    {
        QString id;
        QString displayName;
        QString email;
        QString appliedAt; // ISO 8601 UTC as the daemon wrote it
        QString admissionState; // applied (also for null) or needs_info
        QString message; // the question an admin asked, or the reason they gave
        QString about; // the applicant's bio
        std::vector<ReceivedVouch> vouches; // oldest first
    };
    // The approval queue: applicants waiting for a decision (applied, or asked for more
    // information), oldest application first (those without a date last), then by name in the
    // user's order; each with the vouches received. `count` of them from position `offset`:
    // a community of a million people has tens of thousands waiting, and reading them all takes
    // longer than a window may stop answering. Two reads, both through the applicants' index
    // (migration 8): what they cost follows the page, not the directory.
    Result<std::vector<WaitingApplicant>> waitingApplicants(int offset, int count) const;
    // How many wait for a decision: the length of the whole queue.
    Result<int> waitingCount() const;

    struct Invitation
    {
        QString id;
        QString email;
        QString groupId; // empty: into the community
        QString groupName; // empty when the group is not on this device or has no name
        QString state; // pending, sent, accepted, expired, cancelled
        QString createdAt;
        QString expiresAt;
    };
    // The invitations on this device (leaders and admins receive every one, others their own),
    // newest first.
    Result<std::vector<Invitation>> invitations() const;

    struct RoleHolder
    {
        QString id;
        QString displayName;
        QString email;
        QString role;
    };
    // For managing roles: without `filter`, the leaders and admins; with it, the people (not
    // applicants) whose name or email contains it, ignoring case ("%" and "_" are letters like
    // any other). By name in the user's order, at most `limit`.
    Result<std::vector<RoleHolder>> roleHolders(const QString &filter, int limit) const;

    // Whether the signed-in person may vouch for the applicant, as far as this device knows:
    // not_member, own_application, not_on_device, already_member or already_vouched when not.
    Status mayVouch(const QString &applicantId) const;
    // Vouches for the applicant with `reason` (trimmed; needed, at most kMaxReasonBytes); returns
    // the vouch's id. Refused as mayVouch() refuses, or with no_reason or reason_too_long.
    Result<QString> vouch(const QString &applicantId, const QString &reason);

    // Invites `email` (trimmed) into the community, or into `groupId` when given; returns the
    // invitation's id. Leaders and admins only (forbidden); invalid_email for what the daemon
    // would not take as an address. The daemon mails the code when the row arrives.
    Result<QString> invite(const QString &email, const QString &groupId = {});

    enum class Decision { Approve, Reject, AskForInformation };
    // An admin's decision on an application (forbidden for others). Approving makes the
    // applicant a member; a rejection and a question carry `message` (trimmed, needed: no_message),
    // which the applicant reads.
    Status decide(const QString &applicantId, Decision decision, const QString &message = {});

    // Gives the person the role member, leader or admin (invalid_value otherwise). Admins only
    // (forbidden); the last admin keeps the role (last_admin), so the community always has one.
    Status setRole(const QString &personId, const QString &role);
    // Admins on this device.
    int adminCount() const;

private:
    QString roleOf(const QString &personId) const;

    LocalStore &m_store;
};

} // namespace commonroom
