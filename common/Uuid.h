#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace commonroom {

class Clock;

// UUIDv7 (RFC 9562): 48-bit Unix milliseconds, then random bits. Time-ordered ids make inserts
// append to the B-tree instead of landing on random pages.
std::string newUuidV7(std::int64_t unixMs);
std::string newUuidV7(const Clock &clock);
// Canonical lowercase 8-4-4-4-12 form.
bool isUuid(std::string_view text);

// Name-based UUID (version 5, SHA-1, RFC 9562 §5.5) of `name` in the Commonroom namespace: the
// same name gives the same id on every device and on the daemon, so rows that stand for one
// fact (the registration of a person for an event) are created once even when two offline
// devices create them.
std::string nameBasedUuid(std::string_view name);

} // namespace commonroom
