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
// A name-based UUID (version 8, RFC 9562) of `name`: the first 16 bytes of its SHA-256. The same on
// every device, for rows whose id follows from what they are about (a tag's application to a
// person, a person's interest in an opportunity, a turf's stop at a person).
std::string nameBasedUuid(std::string_view name);
// Canonical lowercase 8-4-4-4-12 form.
bool isUuid(std::string_view text);

} // namespace commonroom
