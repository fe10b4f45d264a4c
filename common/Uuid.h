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

} // namespace commonroom
