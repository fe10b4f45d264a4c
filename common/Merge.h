#pragma once

#include "Schema.h"
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

// The same, by each field's merge kind in `table`: a Union field keeps the lines of both sides
// (its version becomes the greater one), every other field is last-writer-wins as above. Then
// the derived fields are worked out again (deriveFields). The daemon merges every push this way.
std::vector<std::string> mergeFields(
    VersionedRow &row, const FieldMap &incoming, const FieldVersion &version, const TableDef &table);

// Works out the derived fields of a row of `table` from the fields they come from, in place:
// for a registration, attended, checked_in_at, checked_in_by and device from checkins and
// undone (docs/events.md). over_capacity is the daemon's and left alone. Returns the names of
// the fields whose value changed.
std::vector<std::string> deriveFields(const TableDef &table, FieldMap &values);

// Compact JSON for the daemon's per-row version column: {"field":[hlc,"site"],…}.
std::string encodeVersions(const VersionMap &versions);
VersionMap decodeVersions(std::string_view json);

} // namespace commonroom
