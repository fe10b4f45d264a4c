#pragma once

#include "Result.h"
#include "Roles.h"
#include "Value.h"

#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace commonroom {

enum class FieldType { Text, Integer };

// Who, besides admins, may write a field. Owner: the person the row is about (for person rows),
// or the curator (for group rows), and leaders. Leader: leaders only. Admin: admins only.
enum class WriteAccess { Owner, Leader, Admin };

// How concurrent writes of a field combine (common/Merge.h). LastWriter: the greater (HLC, site)
// wins. Union: the value is a set of lines and a merge keeps every line of both sides, so
// concurrent additions are all kept and nothing is ever removed.
enum class MergeKind { LastWriter, Union };

struct FieldDef
{
    std::string_view name;
    FieldType type = FieldType::Text;
    // For fields whose owner chooses the visibility, this is the conservative default and the
    // chosen level lives in the companion column "<name>_visibility". Otherwise it is fixed.
    Visibility visibility = Visibility::Members;
    bool ownerChoosesVisibility = false;
    WriteAccess writeAccess = WriteAccess::Owner;
    // For enumerated text fields: the values allowed. Empty means any text.
    std::vector<std::string_view> allowedValues = {};
    std::size_t maxLength = 4096;
    MergeKind merge = MergeKind::LastWriter;
    // Worked out from other fields (by deriveFields, or by the daemon's event rules), never
    // written by a client.
    bool derived = false;
    // The row says who sees it: the field's visibility is that of the row's "visibility" column
    // (common/Tags.h, tags::visibilityOf), Leaders unless it says "members". For tags and their
    // applications, whose visibility each tag chooses.
    bool visibilityFromRow = false;
    // The row's "sharing" column says who sees it (common/SmartLists.h, smartlists::visibilityOf):
    // Leaders for a shared smart list, Private otherwise.
    bool visibilityFromSharing = false;
};

struct TableDef
{
    std::string_view name;
    std::vector<FieldDef> fields;
    std::vector<std::string_view> indexSql; // CREATE INDEX statements, "{t}" = quoted table name
    // Fields holding the ids of the people who own a row besides admins (for example the applicant
    // and the voucher of a vouch): they see the row as if it were their own profile.
    std::vector<std::string_view> ownerFields = {};
    // Rows at Private visibility reach their owners alone, not admins: everyone else's clearance
    // is capped at Leaders (common/Privacy.h), and only leaders and admins see any of the table.
    // For private smart lists (docs/organizing.md, "Smart lists").
    bool privateRowsOwnerOnly = false;

    const FieldDef *field(std::string_view fieldName) const;
};

// The synced tables, in dependency order (person, group, membership, event, registration,
// duplicate_candidate).
const std::vector<TableDef> &syncedTables();
const TableDef *findTable(std::string_view name);

// Companion column holding the owner's chosen visibility of `field`.
std::string visibilityColumn(std::string_view field);
// If `column` is a visibility companion column, the field it belongs to; otherwise empty.
std::string_view fieldOfVisibilityColumn(const TableDef &table, std::string_view column);

// Every column a row of `table` may hold on the wire, besides "id": fields and visibility columns.
std::vector<std::string> wireColumns(const TableDef &table);

// Checks that `fields` only names columns of `table` with values of the right type and range.
Status validateFields(const TableDef &table, const FieldMap &fields);

std::string quoteIdentifier(std::string_view name);

// Schema changes that only add fields need no numbered migration: both sides add the columns
// their tables lack when they open the database. These are the statements for `table`, given the
// columns it has.
std::vector<std::string> addMissingColumnStatements(const TableDef &table, const std::set<std::string> &existing);

// DDL for a synced table. The daemon adds its bookkeeping columns (change sequence, tombstone
// flag, per-field versions); a device stores only values.
enum class SchemaSide { Device, Daemon };
std::vector<std::string> createTableStatements(const TableDef &table, SchemaSide side);

} // namespace commonroom
