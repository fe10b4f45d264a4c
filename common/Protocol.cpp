#include "Protocol.h"

#include "JsonReader.h"

#include <boost/json.hpp>

#include <charconv>
#include <limits>

namespace commonroom::protocol {

namespace json = boost::json;

namespace {

json::value fieldValueToJson(const FieldValue &value)
{
    if (const auto *text = std::get_if<std::string>(&value))
        return json::string(*text);
    if (const auto *number = std::get_if<std::int64_t>(&value))
        return *number;
    return nullptr;
}

json::object fieldsToJson(const FieldMap &fields)
{
    json::object object;
    for (const auto &[name, value] : fields)
        object[name] = fieldValueToJson(value);
    return object;
}

FieldMap fieldsFromJson(const json::value &value, const std::string &what)
{
    if (!value.is_object())
        throw DecodeError(what + " must be a JSON object.");
    FieldMap fields;
    for (const auto &[key, field] : value.as_object()) {
        const std::string name(key);
        if (field.is_null())
            fields[name] = std::monostate {};
        else if (field.is_string())
            fields[name] = std::string(field.as_string());
        else if (field.is_int64())
            fields[name] = field.as_int64();
        else if (field.is_uint64() && field.as_uint64() <= std::uint64_t(std::numeric_limits<std::int64_t>::max()))
            fields[name] = std::int64_t(field.as_uint64());
        else
            throw DecodeError("The value of \"" + name + "\" in " + what + " must be text, a whole number or null.");
    }
    return fields;
}

json::object mutationToJson(const Mutation &mutation)
{
    json::object object {{"mid", mutation.mid}, {"table", mutation.table}, {"id", mutation.id}, {"hlc", mutation.hlc},
        {"fields", fieldsToJson(mutation.fields)}};
    if (mutation.deleted)
        object["deleted"] = true;
    return object;
}
Mutation mutationFromJson(const json::value &value, std::size_t index)
{
    JsonReader reader(value, "mutation " + std::to_string(index + 1));
    Mutation mutation;
    mutation.mid = reader.integer("mid");
    if (mutation.mid <= 0)
        throw DecodeError(reader.name("mid") + " must be positive.");
    mutation.table = reader.string("table");
    mutation.id = reader.string("id");
    mutation.hlc = std::uint64_t(reader.integer("hlc"));
    mutation.deleted = reader.boolean("deleted", false);
    if (const auto *fields = reader.find("fields"))
        mutation.fields = fieldsFromJson(*fields, reader.name("fields"));
    reader.finish();
    return mutation;
}

} // namespace

std::string toJson(const HealthResponse &value)
{
    return json::serialize(
        json::object {{"status", value.status}, {"version", value.version}, {"protocol", value.protocol}});
}

std::string toJson(const LoginRequest &value)
{
    return json::serialize(
        json::object {{"email", value.email}, {"password", value.password}, {"device", value.device}});
}

std::string toJson(const LoginResponse &value)
{
    json::array roles;
    for (const auto &role : value.roles)
        roles.emplace_back(json::string(role));
    return json::serialize(json::object {
        {"token", value.token}, {"expires_at", value.expiresAt}, {"person_id", value.personId}, {"roles", roles}});
}

std::string toJson(const PushRequest &value)
{
    json::array mutations;
    for (const auto &mutation : value.mutations)
        mutations.emplace_back(mutationToJson(mutation));
    return json::serialize(json::object {
        {"client_id", value.clientId}, {"protocol", value.protocol}, {"mutations", std::move(mutations)}});
}

std::size_t encodedSize(const Mutation &mutation)
{
    return json::serialize(mutationToJson(mutation)).size();
}

std::size_t encodedSize(const PushRequest &request)
{
    std::size_t size = toJson(PushRequest {request.clientId, request.protocol, {}}).size();
    for (const auto &mutation : request.mutations)
        size += encodedSize(mutation);
    return size + (request.mutations.empty() ? 0 : request.mutations.size() - 1);
}

std::string toJson(const PushResponse &value)
{
    json::array acked(value.acked.begin(), value.acked.end());
    json::array rejected;
    for (const auto &rejection : value.rejected)
        rejected.emplace_back(
            json::object {{"mid", rejection.mid}, {"code", rejection.code}, {"message", rejection.message}});
    json::object object {{"acked", std::move(acked)}, {"rejected", std::move(rejected)}};
    if (value.serverTime)
        object["server_time"] = *value.serverTime;
    return json::serialize(object);
}

std::string toJson(const PullResponse &value)
{
    json::array changes;
    for (const auto &change : value.changes)
        changes.emplace_back(json::object {{"seq", change.seq}, {"table", change.table}, {"id", change.id},
            {"fields", fieldsToJson(change.fields)}, {"deleted", change.deleted}});
    json::array purge;
    for (const auto &ref : value.purge)
        purge.emplace_back(json::object {{"table", ref.table}, {"id", ref.id}});
    json::object object {{"changes", std::move(changes)}, {"purge", std::move(purge)}, {"cursor", value.cursor},
        {"has_more", value.hasMore}, {"head", value.head}};
    if (value.mustRefetch)
        object["must_refetch"] = true;
    if (value.hlc != 0)
        object["hlc"] = value.hlc;
    if (!value.checksums.empty()) {
        json::object checksums;
        for (const auto &[table, checksum] : value.checksums)
            checksums[table] = json::object {{"count", checksum.count}, {"digest", toHex(checksum.digest)}};
        object["checksums"] = std::move(checksums);
    }
    return json::serialize(object);
}

std::string toJson(const ErrorResponse &value)
{
    return json::serialize(
        json::object {{"error", json::object {{"code", value.error.code}, {"message", value.error.message}}}});
}

std::string toJson(const FieldMap &value)
{
    return json::serialize(fieldsToJson(value));
}

template<>
Result<HealthResponse> fromJson<HealthResponse>(std::string_view text)
{
    return decodeJson<HealthResponse>(text, [](const json::value &value) {
        JsonReader reader(value, "the health response");
        HealthResponse health;
        health.status = reader.string("status");
        health.version = reader.string("version");
        health.protocol = int(reader.integer("protocol"));
        reader.finish();
        return health;
    });
}

template<>
Result<LoginRequest> fromJson<LoginRequest>(std::string_view text)
{
    return decodeJson<LoginRequest>(text, [](const json::value &value) {
        JsonReader reader(value, "the login request");
        LoginRequest login;
        login.email = reader.string("email");
        login.password = reader.string("password");
        login.device = reader.string("device");
        reader.finish();
        return login;
    });
}

template<>
Result<LoginResponse> fromJson<LoginResponse>(std::string_view text)
{
    return decodeJson<LoginResponse>(text, [](const json::value &value) {
        JsonReader reader(value, "the login response");
        LoginResponse login;
        login.token = reader.string("token");
        login.expiresAt = reader.integer("expires_at");
        login.personId = reader.string("person_id");
        for (const auto &role : reader.array("roles")) {
            if (!role.is_string())
                throw DecodeError(reader.name("roles") + " must hold strings.");
            login.roles.emplace_back(role.as_string());
        }
        reader.finish();
        return login;
    });
}

template<>
Result<PushRequest> fromJson<PushRequest>(std::string_view text)
{
    return decodeJson<PushRequest>(text, [](const json::value &value) {
        JsonReader reader(value, "the push request");
        PushRequest push;
        push.clientId = reader.string("client_id");
        push.protocol = int(reader.integer("protocol"));
        const auto &mutations = reader.array("mutations");
        if (mutations.size() > kMaxMutationsPerPush)
            throw DecodeError("A push carries at most " + std::to_string(kMaxMutationsPerPush) + " mutations.");
        for (std::size_t i = 0; i < mutations.size(); ++i)
            push.mutations.push_back(mutationFromJson(mutations[i], i));
        reader.finish();
        return push;
    });
}

template<>
Result<PushResponse> fromJson<PushResponse>(std::string_view text)
{
    return decodeJson<PushResponse>(text, [](const json::value &value) {
        JsonReader reader(value, "the push response");
        PushResponse push;
        for (const auto &mid : reader.array("acked"))
            push.acked.push_back(reader.toInteger(mid, "acked"));
        for (const auto &entry : reader.array("rejected")) {
            JsonReader rejection(entry, "a rejection");
            push.rejected.push_back(
                Rejection {rejection.integer("mid"), rejection.string("code"), rejection.string("message")});
            rejection.finish();
        }
        if (reader.find("server_time"))
            push.serverTime = reader.integer("server_time");
        reader.finish();
        return push;
    });
}

template<>
Result<PullResponse> fromJson<PullResponse>(std::string_view text)
{
    return decodeJson<PullResponse>(text, [](const json::value &value) {
        JsonReader reader(value, "the pull response");
        PullResponse pull;
        for (const auto &entry : reader.array("changes")) {
            JsonReader change(entry, "a change");
            Change decoded;
            decoded.seq = change.integer("seq");
            decoded.table = change.string("table");
            decoded.id = change.string("id");
            decoded.fields = fieldsFromJson(change.require("fields"), change.name("fields"));
            decoded.deleted = change.boolean("deleted", false);
            change.finish();
            pull.changes.push_back(std::move(decoded));
        }
        for (const auto &entry : reader.array("purge")) {
            JsonReader ref(entry, "a purge entry");
            pull.purge.push_back(RowRef {ref.string("table"), ref.string("id")});
            ref.finish();
        }
        pull.cursor = reader.string("cursor");
        pull.hasMore = reader.boolean("has_more", false);
        pull.mustRefetch = reader.boolean("must_refetch", false);
        if (reader.find("head"))
            pull.head = reader.integer("head");
        if (reader.find("hlc"))
            pull.hlc = std::uint64_t(reader.integer("hlc"));
        if (const auto *checksums = reader.find("checksums")) {
            if (!checksums->is_object())
                throw DecodeError(reader.name("checksums") + " must be an object.");
            for (const auto &[table, entry] : checksums->as_object()) {
                JsonReader checksum(entry, "the checksum of " + std::string(table));
                TableChecksum decoded;
                decoded.count = checksum.integer("count");
                const std::string digest = checksum.string("digest");
                const auto [end, ec]
                    = std::from_chars(digest.data(), digest.data() + digest.size(), decoded.digest, 16);
                if (digest.empty() || ec != std::errc() || end != digest.data() + digest.size())
                    throw DecodeError(checksum.name("digest") + " must be hexadecimal.");
                checksum.finish();
                pull.checksums[std::string(table)] = decoded;
            }
        }
        reader.finish();
        return pull;
    });
}

template<>
Result<ErrorResponse> fromJson<ErrorResponse>(std::string_view text)
{
    return decodeJson<ErrorResponse>(text, [](const json::value &value) {
        JsonReader reader(value, "the error response");
        JsonReader error(reader.require("error"), "\"error\"");
        ErrorResponse response {Error {error.string("code"), error.string("message")}};
        error.finish();
        reader.finish();
        return response;
    });
}

std::string toJson(const DeviceList &value)
{
    json::array devices;
    for (const auto &device : value.devices) {
        json::object object {{"id", device.id}, {"person_id", device.personId}, {"created_at", device.createdAt}};
        object["revoked_at"] = device.revokedAt ? json::value(*device.revokedAt) : json::value(nullptr);
        devices.emplace_back(std::move(object));
    }
    return json::serialize(json::object {{"devices", std::move(devices)}});
}

std::string toJson(const RevokeDeviceRequest &value)
{
    return json::serialize(json::object {{"device_id", value.deviceId}});
}

template<>
Result<DeviceList> fromJson<DeviceList>(std::string_view text)
{
    return decodeJson<DeviceList>(text, [](const json::value &value) {
        JsonReader reader(value, "the device list");
        DeviceList list;
        for (const auto &entry : reader.array("devices")) {
            JsonReader device(entry, "a device");
            DeviceInfo info;
            info.id = device.string("id");
            info.personId = device.string("person_id");
            info.createdAt = device.integer("created_at");
            if (const auto *revoked = device.find("revoked_at"); revoked && !revoked->is_null())
                info.revokedAt = device.toInteger(*revoked, "revoked_at");
            device.finish();
            list.devices.push_back(std::move(info));
        }
        reader.finish();
        return list;
    });
}

template<>
Result<RevokeDeviceRequest> fromJson<RevokeDeviceRequest>(std::string_view text)
{
    return decodeJson<RevokeDeviceRequest>(text, [](const json::value &value) {
        JsonReader reader(value, "the revoke request");
        RevokeDeviceRequest request {reader.string("device_id")};
        reader.finish();
        return request;
    });
}

std::string toJson(const RegisterDeviceRequest &value)
{
    return json::serialize(json::object {{"device", value.device}});
}

template<>
Result<RegisterDeviceRequest> fromJson<RegisterDeviceRequest>(std::string_view text)
{
    return decodeJson<RegisterDeviceRequest>(text, [](const json::value &value) {
        JsonReader reader(value, "the device registration");
        RegisterDeviceRequest request {reader.string("device")};
        reader.finish();
        return request;
    });
}

template<>
Result<FieldMap> fromJson<FieldMap>(std::string_view text)
{
    return decodeJson<FieldMap>(text, [](const json::value &value) { return fieldsFromJson(value, "the fields"); });
}

} // namespace commonroom::protocol
