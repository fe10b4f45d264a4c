#include "AccountProtocol.h"

#include <boost/json.hpp>

#include <set>
#include <stdexcept>

namespace commonroom::protocol {

namespace json = boost::json;

namespace {

struct DecodeError : std::runtime_error
{
    using std::runtime_error::runtime_error;
};

// The strict reading of Protocol.cpp for the flat objects of these endpoints: every member of
// the right type, none missing, none unknown.
class FlatReader
{
public:
    FlatReader(const json::value &value, std::string what)
        : m_what(std::move(what))
    {
        if (!value.is_object())
            throw DecodeError(m_what + " must be a JSON object.");
        m_object = &value.as_object();
    }

    const json::value &require(std::string_view key)
    {
        m_seen.insert(std::string(key));
        const auto *value = m_object->if_contains(key);
        if (!value)
            throw DecodeError(m_what + " lacks \"" + std::string(key) + "\".");
        return *value;
    }

    std::string string(std::string_view key)
    {
        const auto &value = require(key);
        if (!value.is_string())
            throw DecodeError("\"" + std::string(key) + "\" in " + m_what + " must be a string.");
        return std::string(value.as_string());
    }

    std::string optionalString(std::string_view key) { return m_object->contains(key) ? string(key) : std::string(); }

    bool boolean(std::string_view key)
    {
        const auto &value = require(key);
        if (!value.is_bool())
            throw DecodeError("\"" + std::string(key) + "\" in " + m_what + " must be true or false.");
        return value.as_bool();
    }

    std::int64_t integer(std::string_view key)
    {
        const auto &value = require(key);
        if (value.is_int64())
            return value.as_int64();
        throw DecodeError("\"" + std::string(key) + "\" in " + m_what + " must be a whole number.");
    }

    const json::array &array(std::string_view key)
    {
        const auto &value = require(key);
        if (!value.is_array())
            throw DecodeError("\"" + std::string(key) + "\" in " + m_what + " must be an array.");
        return value.as_array();
    }

    void finish() const
    {
        for (const auto &member : *m_object) {
            if (!m_seen.contains(std::string(member.key())))
                throw DecodeError(m_what + " has an unknown member \"" + std::string(member.key()) + "\".");
        }
    }

private:
    std::string m_what;
    const json::object *m_object = nullptr;
    std::set<std::string> m_seen;
};

template<class T, class Decode>
Result<T> decode(std::string_view text, const std::string &what, Decode read)
{
    boost::system::error_code ec;
    json::value value = json::parse(text, ec);
    if (ec)
        return makeError("bad_request", "The body is not valid JSON (" + ec.message() + ").");
    try {
        FlatReader reader(value, what);
        T decoded = read(reader);
        reader.finish();
        return decoded;
    } catch (const std::exception &error) {
        return makeError("bad_request", error.what());
    }
}

} // namespace

std::string toJson(const ApplyRequest &value)
{
    return json::serialize(
        json::object {{"email", value.email}, {"password", value.password}, {"display_name", value.displayName},
            {"about", value.about}, {"consent", value.consent}, {"device", value.device}});
}

template<>
Result<ApplyRequest> fromJson<ApplyRequest>(std::string_view text)
{
    return decode<ApplyRequest>(text, "the application", [](FlatReader &reader) {
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
    return decode<AcceptInvitationRequest>(text, "the invitation acceptance", [](FlatReader &reader) {
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
    return decode<PasswordResetRequest>(
        text, "the reset request", [](FlatReader &reader) { return PasswordResetRequest {reader.string("email")}; });
}

std::string toJson(const PasswordReset &value)
{
    return json::serialize(json::object {{"email", value.email}, {"code", value.code}, {"password", value.password}});
}

template<>
Result<PasswordReset> fromJson<PasswordReset>(std::string_view text)
{
    return decode<PasswordReset>(text, "the password reset", [](FlatReader &reader) {
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
    return decode<PasswordChange>(text, "the password change", [](FlatReader &reader) {
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
    return decode<EraseRequest>(text, "the erasure request", [](FlatReader &reader) {
        EraseRequest request;
        request.personId = reader.string("person_id");
        request.reason = reader.string("reason");
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
    return decode<AuditPage>(text, "the audit log", [](FlatReader &reader) {
        AuditPage page;
        for (const auto &value : reader.array("entries")) {
            FlatReader entry(value, "an audit entry");
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
