#pragma once

#include "Result.h"
#include "Roles.h"
#include "Schema.h"

#include <span>

namespace commonroom {

enum class Operation { Create, Update, Delete };

// How the principal relates to the row being changed. The daemon works these out from its own
// data; the desktop works them out from its local copy to grey out what the user cannot do.
enum class Relation {
    Anyone, // no particular relation needed
    Owner, // the person row is the principal's own, or the membership is theirs
    Curator // the principal curates the group (or the group of the membership)
};

struct Rule
{
    std::string_view table;
    Operation operation;
    Role minimumRole;
    Relation relation;
};

// The single rule table: a mutation is allowed when one rule matches its table and operation,
// the principal has at least the rule's role, and holds the rule's relation to the row.
std::span<const Rule> authorizationRules();

struct MutationContext
{
    const TableDef &table;
    Operation operation;
    const FieldMap &fields;
    bool isOwner = false;
    bool isCurator = false;
};

// Allowed, or an Error with code "forbidden" saying what the principal may not do. Beyond the
// row rules, fields with Leader write access need a leader (or the group's curator) and fields
// with Admin write access need an admin.
Status authorize(const Principal &principal, const MutationContext &context);

} // namespace commonroom
