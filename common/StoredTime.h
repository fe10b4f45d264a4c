#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace commonroom {

// Times in synced rows are ISO 8601 UTC with milliseconds, "2026-05-01T18:00:00.000Z", as devices
// write them (desktop/core/Events.h, storedTime): text order is time order.
std::string storedTime(std::int64_t unixMs);
// The Unix milliseconds of a stored time; nullopt for anything not written exactly so.
std::optional<std::int64_t> parseStoredTime(std::string_view text);

} // namespace commonroom
