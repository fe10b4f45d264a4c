#pragma once

#include <string_view>

// The paths of commonroom-syncd's endpoints, named once for the daemon's route table
// (syncd/Api.cpp) and for the clients (desktop/core). What each takes and answers:
// docs/sync.md and docs/admission.md.
namespace commonroom::protocol::endpoint {

inline constexpr std::string_view kHealth = "/v1/health";
// Sync
inline constexpr std::string_view kLogin = "/v1/auth/login";
inline constexpr std::string_view kLogout = "/v1/auth/logout";
inline constexpr std::string_view kPush = "/v1/push";
inline constexpr std::string_view kPull = "/v1/pull";
inline constexpr std::string_view kDevices = "/v1/devices";
inline constexpr std::string_view kRevokeDevice = "/v1/devices/revoke";
inline constexpr std::string_view kRegisterDevice = "/v1/devices/register";
// Admission and identity
inline constexpr std::string_view kApply = "/v1/auth/apply";
inline constexpr std::string_view kAcceptInvitation = "/v1/invitations/accept";
inline constexpr std::string_view kRequestPasswordReset = "/v1/auth/reset/request";
inline constexpr std::string_view kResetPassword = "/v1/auth/reset";
inline constexpr std::string_view kRefreshToken = "/v1/auth/refresh";
inline constexpr std::string_view kChangePassword = "/v1/auth/password";
inline constexpr std::string_view kExport = "/v1/export";
inline constexpr std::string_view kAudit = "/v1/audit";
inline constexpr std::string_view kErase = "/v1/admin/erase";
// Duplicate merges (docs/events.md)
inline constexpr std::string_view kRestoreMerge = "/v1/duplicates/restore";
// Public, no session: the link in a mail that stops that kind of mail (GET shows a page with a
// button, POST stops it; RFC 8058 one-click). docs/groupmail.md.
inline constexpr std::string_view kUnsubscribe = "/v1/mail/unsubscribe";

} // namespace commonroom::protocol::endpoint
