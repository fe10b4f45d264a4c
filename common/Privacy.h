#pragma once

#include "Roles.h"
#include "Schema.h"

#include <optional>

namespace commonroom {

// How far `viewer` may see into a row of `table`. For a person row the person themself has
// Private clearance; otherwise the clearance follows the role (admins see private fields).
Visibility clearanceFor(const Principal &viewer, const TableDef &table, std::string_view rowId);

// As above, for a row whose values are known: the people named in the table's owner fields
// (TableDef::ownerFields) see it with Private clearance.
Visibility clearanceFor(const Principal &viewer, const TableDef &table, std::string_view rowId, const FieldMap &row);
bool isRowOwner(const Principal &viewer, const TableDef &table, const FieldMap &row);

// The visibility that applies to `field` in `row`: the owner's choice where they have one
// (falling back to the conservative default), else the fixed level of the schema.
Visibility effectiveVisibility(const FieldDef &field, const FieldMap &row);

// The row as `viewer` may receive it: hidden fields and their visibility columns are absent.
// nullopt when nothing of the row is visible, so the row itself must not reach the viewer.
// This is the single projection used by the daemon before anything leaves it and by the
// profile editor's "view as" preview.
std::optional<FieldMap> projectRow(const TableDef &table, const FieldMap &row, Visibility clearance);

// The clearance a role's `level` has in `table` when no row is its own: capped at Leaders for a
// table whose private rows reach their owners alone (TableDef::privateRowsOwnerOnly). The daemon's
// checksums of what each role holds are counted at this clearance.
Visibility scopeClearance(const TableDef &table, Visibility level);

// The lowest clearance that sees anything of `row`: projectRow() gives a row exactly from this
// level up. The daemon keeps the lowest level of every version of a row, to know who may hold it.
Visibility lowestVisibility(const TableDef &table, const FieldMap &row);

} // namespace commonroom
