#pragma once

#include "Value.h"

#include <cstdint>
#include <string>
#include <vector>

namespace commonroom {

// The version of one field's value: the HLC of the write and the site (device) that made it.
// Versions are totally ordered by (hlc, site), so every replica picks the same winner.
struct FieldVersion
{
    std::uint64_t hlc = 0;
    std::string site;

    auto operator<=>(const FieldVersion &) const = default;
};

using VersionMap = std::map<std::string, FieldVersion>;

struct VersionedRow
{
    FieldMap values;
    VersionMap versions;
    bool deleted = false;
};

// Per-field last-writer-wins: each incoming field replaces the stored one only if its version
// is greater. A deleted row stays deleted (deletes are final; ids are never reused).
// Returns the names of the fields whose value changed.
std::vector<std::string> mergeFields(VersionedRow &row, const FieldMap &incoming, const FieldVersion &version);

// Compact JSON for the daemon's per-row version column: {"field":[hlc,"site"],…}.
std::string encodeVersions(const VersionMap &versions);
VersionMap decodeVersions(std::string_view json);

} // namespace commonroom
