#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <variant>

namespace commonroom {

// A synced field holds NULL, an integer or UTF-8 text; nothing else crosses the wire.
using FieldValue = std::variant<std::monostate, std::int64_t, std::string>;
// Field name -> value. Ordered so that encodings and comparisons are deterministic.
using FieldMap = std::map<std::string, FieldValue>;

inline bool isNull(const FieldValue &value)
{
    return std::holds_alternative<std::monostate>(value);
}

// Human-readable form for tables and logs: NULL prints as the empty string.
std::string toDisplayString(const FieldValue &value);
// The text held by field `name`; empty when the field is absent, NULL or a number.
std::string textOf(const FieldMap &fields, const std::string &name);

} // namespace commonroom
