#include "AccountProtocol.h"

#include "JsonReader.h"

#include <boost/json.hpp>

namespace commonroom::protocol {

namespace json = boost::json;

std::string toJson(const ApplyRequest &value)
{
    return json::serialize(
        json::object {{"email", value.email}, {"password", value.password}, {"display_name", value.displayName},
            {"about", value.about}, {"consent", value.consent}, {"device", value.device}});
}

template<>
Result<ApplyRequest> fromJson<ApplyRequest>(std::string_view text)
{
    return decodeObject<ApplyRequest>(text, "the application", [](JsonReader &reader) {
        ApplyRequest request;
        request.email = reader.string("email");
        request.password = reader.string("password");
        request.displayName = reader.string("display_name");
        request.about = reader.optionalString("about");
        request.consent = reader.boolean("consent");
        request.device = reader.string("device");
        return request;
    });
}

std::string toJson(const AcceptInvitationRequest &value)
{
    return json::serialize(json::object {{"code", value.code}, {"email", value.email}, {"password", value.password},
        {"display_name", value.displayName}, {"device", value.device}});
}

template<>
Result<AcceptInvitationRequest> fromJson<AcceptInvitationRequest>(std::string_view text)
{
    return decodeObject<AcceptInvitationRequest>(text, "the invitation acceptance", [](JsonReader &reader) {
        AcceptInvitationRequest request;
        request.code = reader.string("code");
        request.email = reader.string("email");
        request.password = reader.string("password");
        request.displayName = reader.string("display_name");
        request.device = reader.string("device");
        return request;
    });
}

std::string toJson(const PasswordResetRequest &value)
{
    return json::serialize(json::object {{"email", value.email}});
}

template<>
Result<PasswordResetRequest> fromJson<PasswordResetRequest>(std::string_view text)
{
    return decodeObject<PasswordResetRequest>(
        text, "the reset request", [](JsonReader &reader) { return PasswordResetRequest {reader.string("email")}; });
}

std::string toJson(const PasswordReset &value)
{
    return json::serialize(json::object {{"email", value.email}, {"code", value.code}, {"password", value.password}});
}

template<>
Result<PasswordReset> fromJson<PasswordReset>(std::string_view text)
{
    return decodeObject<PasswordReset>(text, "the password reset", [](JsonReader &reader) {
        PasswordReset reset;
        reset.email = reader.string("email");
        reset.code = reader.string("code");
        reset.password = reader.string("password");
        return reset;
    });
}

std::string toJson(const PasswordChange &value)
{
    return json::serialize(
        json::object {{"current_password", value.currentPassword}, {"new_password", value.newPassword}});
}

template<>
Result<PasswordChange> fromJson<PasswordChange>(std::string_view text)
{
    return decodeObject<PasswordChange>(text, "the password change", [](JsonReader &reader) {
        PasswordChange change;
        change.currentPassword = reader.string("current_password");
        change.newPassword = reader.string("new_password");
        return change;
    });
}

std::string toJson(const EraseRequest &value)
{
    return json::serialize(json::object {{"person_id", value.personId}, {"reason", value.reason}});
}

template<>
Result<EraseRequest> fromJson<EraseRequest>(std::string_view text)
{
    return decodeObject<EraseRequest>(text, "the erasure request", [](JsonReader &reader) {
        EraseRequest request;
        request.personId = reader.string("person_id");
        request.reason = reader.string("reason");
        return request;
    });
}

std::string toJson(const RestoreMergeRequest &value)
{
    return json::serialize(json::object {{"candidate_id", value.candidateId}});
}

template<>
Result<RestoreMergeRequest> fromJson<RestoreMergeRequest>(std::string_view text)
{
    return decodeObject<RestoreMergeRequest>(text, "the restore request", [](JsonReader &reader) {
        RestoreMergeRequest request;
        request.candidateId = reader.string("candidate_id");
        return request;
    });
}

std::string toJson(const AuditPage &value)
{
    json::array entries;
    for (const auto &entry : value.entries)
        entries.emplace_back(json::object {{"seq", entry.seq}, {"at", entry.at}, {"action", entry.action},
            {"actor_id", entry.actorId}, {"device_id", entry.deviceId}, {"target_id", entry.targetId},
            {"detail", entry.detail}, {"address", entry.address}});
    return json::serialize(json::object {{"entries", std::move(entries)}, {"has_more", value.hasMore}});
}

template<>
Result<AuditPage> fromJson<AuditPage>(std::string_view text)
{
    return decodeObject<AuditPage>(text, "the audit log", [](JsonReader &reader) {
        AuditPage page;
        for (const auto &value : reader.array("entries")) {
            JsonReader entry(value, "an audit entry");
            AuditEntry read;
            read.seq = entry.integer("seq");
            read.at = entry.integer("at");
            read.action = entry.string("action");
            read.actorId = entry.string("actor_id");
            read.deviceId = entry.string("device_id");
            read.targetId = entry.string("target_id");
            read.detail = entry.string("detail");
            read.address = entry.string("address");
            entry.finish();
            page.entries.push_back(std::move(read));
        }
        page.hasMore = reader.boolean("has_more");
        return page;
    });
}

} // namespace commonroom::protocol
