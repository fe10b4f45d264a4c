#pragma once

#include "Value.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace commonroom {

// An order-independent checksum of a set of rows, so that the daemon can keep it up to date row
// by row and a device can compute it over its own copy: the sum (mod 2^64) of a 64-bit digest of
// every row. NULL fields are left out, since a device stores NULL for what it may not see.
struct TableChecksum
{
    std::int64_t count = 0;
    std::uint64_t digest = 0;

    void add(std::string_view id, const FieldMap &fields);
    void remove(std::string_view id, const FieldMap &fields);
    bool operator==(const TableChecksum &) const = default;
};

std::uint64_t rowDigest(std::string_view id, const FieldMap &fields);
std::string toHex(std::uint64_t digest);

} // namespace commonroom
