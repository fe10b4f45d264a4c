#pragma once

// The account and admission part of sync protocol v1 (docs/admission.md): request and answer
// types of the endpoints beyond push and pull, with their strict JSON codec.

#include "Protocol.h"

#include <cstdint>
#include <string>
#include <vector>

namespace commonroom::protocol {

struct ApplyRequest
{
    std::string email;
    std::string password;
    std::string displayName;
    std::string about;
    bool consent = false;
    std::string device;
};

struct AcceptInvitationRequest
{
    std::string code;
    std::string email;
    std::string password;
    std::string displayName;
    std::string device;
};

struct PasswordResetRequest
{
    std::string email;
};

struct PasswordReset
{
    std::string email;
    std::string code;
    std::string password;
};

struct PasswordChange
{
    std::string currentPassword;
    std::string newPassword;
};

struct EraseRequest
{
    std::string personId;
    std::string reason;
};

// Undoes the merge of a duplicate pair (docs/events.md, "Merging duplicates").
struct RestoreMergeRequest
{
    std::string candidateId;
};

struct AuditEntry
{
    std::int64_t seq = 0;
    std::int64_t at = 0; // Unix milliseconds
    std::string action;
    std::string actorId;
    std::string deviceId;
    std::string targetId;
    std::string detail;
    std::string address;
};

struct AuditPage
{
    std::vector<AuditEntry> entries; // newest first
    bool hasMore = false;
};

std::string toJson(const ApplyRequest &value);
std::string toJson(const AcceptInvitationRequest &value);
std::string toJson(const PasswordResetRequest &value);
std::string toJson(const PasswordReset &value);
std::string toJson(const PasswordChange &value);
std::string toJson(const EraseRequest &value);
std::string toJson(const RestoreMergeRequest &value);
std::string toJson(const AuditPage &value);

} // namespace commonroom::protocol
