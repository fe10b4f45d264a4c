#pragma once

#include "common/Protocol.h"
#include "common/Result.h"
#include "common/Roles.h"
#include "common/Value.h"

#include <cstdint>
#include <optional>
#include <string>

namespace commonroom::syncd {

// Small checks the daemon's rules for leaders' tools share (households, relationships, turfs).

// The integer `row` holds in `field`; nullopt when it holds none (absent, NULL or text).
std::optional<std::int64_t> integerOf(const FieldMap &row, const char *field);

// The value a row will hold after the mutation: the pushed one, else the stored one.
std::string mergedText(const protocol::Mutation &mutation, const FieldMap *stored, const char *field);
std::optional<std::int64_t> mergedInteger(
    const protocol::Mutation &mutation, const FieldMap *stored, const char *field);

// A field that names what a row is: once stored, a push may repeat it but not change it.
Status unchanged(
    const protocol::Mutation &mutation, const FieldMap *stored, const char *field, const std::string &what);

// The row written in the pusher's own name (`byField`), with its time (`atField`).
Status writtenBySelf(const Principal &principal, const protocol::Mutation &mutation, const char *byField,
    const char *atField, const std::string &what);

} // namespace commonroom::syncd
