#pragma once

// The sync protocol: the request and response types and their JSON codec, used by the daemon and
// by every client. A change to the wire format is made here once, with a bump of kProtocolVersion.

#include "Checksum.h"
#include "Result.h"
#include "Value.h"

#include <map>
#include <optional>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace commonroom::protocol {

// Version 2 (docs/sync.md): push answers carry the daemon's time, pull pages the newest version
// they hold. The daemon still serves version 1 clients exactly as before.
inline constexpr int kProtocolVersion = 2;
inline constexpr int kOldestProtocolVersion = 1;
inline constexpr std::size_t kMaxMutationsPerPush = 1000;
// The largest request body the daemon reads; a client fills each push up to it, by encoded size.
inline constexpr std::size_t kMaxRequestBytes = 1024 * 1024;
inline constexpr std::size_t kMaxPullLimit = 5000;

struct HealthResponse
{
    std::string status = "ok";
    std::string version;
    int protocol = kProtocolVersion;
};

struct LoginRequest
{
    std::string email;
    std::string password;
    std::string device; // the device's site id (a UUID it chose once); also its push client_id
};

struct LoginResponse
{
    std::string token;
    std::int64_t expiresAt = 0; // Unix milliseconds
    std::string personId;
    std::vector<std::string> roles;
};

struct Mutation
{
    std::int64_t mid = 0;
    std::string table;
    std::string id;
    FieldMap fields;
    std::uint64_t hlc = 0;
    bool deleted = false;
};

struct PushRequest
{
    std::string clientId;
    int protocol = kProtocolVersion;
    std::vector<Mutation> mutations;
};

struct Rejection
{
    std::int64_t mid = 0;
    std::string code;
    std::string message;
};

struct PushResponse
{
    std::vector<std::int64_t> acked;
    std::vector<Rejection> rejected;
    // Protocol 2: the daemon's clock when it answered (Unix milliseconds), so that a device can
    // tell how far off its own clock is and take the daemon's time into its HLC.
    std::optional<std::int64_t> serverTime {};
};

// One row as the requesting user may see it, whole: fields absent from `fields` are not visible.
struct Change
{
    std::int64_t seq = 0;
    std::string table;
    std::string id;
    FieldMap fields;
    bool deleted = false;
};

struct RowRef
{
    std::string table;
    std::string id;
};

struct PullResponse
{
    std::vector<Change> changes;
    std::vector<RowRef> purge; // rows the user may no longer hold
    std::string cursor;
    bool hasMore = false;
    // The cursor can no longer be served (what the user may see changed, or tombstones it would
    // need were compacted): pull again from the start and drop every row not sent again.
    bool mustRefetch = false;
    // The newest change sequence number on the daemon; with the seq of the changes it gives the
    // progress of a long pull.
    std::int64_t head = 0;
    // On the last page only: each table's checksum as this user may see it, to detect divergence.
    std::map<std::string, TableChecksum> checksums;
    // Protocol 2 (asked for with `protocol=2` in the query): the newest HLC among the versions of
    // the fields this page sends, which the device's HLC takes in (0 when none or not asked).
    std::uint64_t hlc = 0;
};

struct DeviceInfo
{
    std::string id;
    std::string personId;
    std::int64_t createdAt = 0;
    std::optional<std::int64_t> revokedAt;
};

struct DeviceList
{
    std::vector<DeviceInfo> devices;
};

struct RevokeDeviceRequest
{
    std::string deviceId;
};

// POST /v1/devices/register, with the session of the device it replaces: a device whose copy
// turned out not to be the one the daemon knows (answered "device_diverged") continues as a new
// device `device`, and gets a session for it (a LoginResponse).
struct RegisterDeviceRequest
{
    std::string device;
};

struct ErrorResponse
{
    Error error;
};

std::string toJson(const HealthResponse &value);
std::string toJson(const LoginRequest &value);
std::string toJson(const LoginResponse &value);
std::string toJson(const PushRequest &value);
std::string toJson(const PushResponse &value);
std::string toJson(const PullResponse &value);
std::string toJson(const ErrorResponse &value);
std::string toJson(const DeviceList &value);
std::string toJson(const RevokeDeviceRequest &value);
std::string toJson(const RegisterDeviceRequest &value);
std::string toJson(const FieldMap &value);

// The length of `mutation` as toJson(PushRequest) writes it, and of `request` as a whole: a push
// is toJson of its request with no mutations plus each mutation and a comma between two.
std::size_t encodedSize(const Mutation &mutation);
std::size_t encodedSize(const PushRequest &request);

// Strict decoding: wrong types, missing fields and unknown fields are errors with code
// "bad_request" and a message naming the offending member.
template<class T>
Result<T> fromJson(std::string_view json);

} // namespace commonroom::protocol
