#include "Privacy.h"

#include "Ladder.h"
#include "SmartLists.h"
#include "Tags.h"

#include <algorithm>

namespace commonroom {

Visibility clearanceFor(const Principal &viewer, const TableDef &table, std::string_view rowId)
{
    if (table.privateRowsOwnerOnly)
        return viewer.role >= Role::Leader ? Visibility::Leaders : Visibility::Public;
    if (viewer.role == Role::Admin || (table.name == "person" && rowId == viewer.personId))
        return Visibility::Private;
    switch (viewer.role) {
    case Role::Leader:
        return Visibility::Leaders;
    case Role::Member:
        return Visibility::Members;
    default:
        return Visibility::Public;
    }
}

bool isRowOwner(const Principal &viewer, const TableDef &table, const FieldMap &row)
{
    if (viewer.personId.empty())
        return false;
    for (const auto field : table.ownerFields) {
        const auto it = row.find(std::string(field));
        const auto *id = it == row.end() ? nullptr : std::get_if<std::string>(&it->second);
        if (id && *id == viewer.personId)
            return true;
    }
    return false;
}

Visibility clearanceFor(const Principal &viewer, const TableDef &table, std::string_view rowId, const FieldMap &row)
{
    // The person a leader note (or a leaders-only tag's application) is about sees none of it: its fields are for
    // leaders at least, so public clearance sees nothing (common/Ladder.h, hiddenSubjectField).
    if (ladder::isRowSubject(viewer, table, row))
        return Visibility::Public;
    // A leaders' tool: its owner sees their own private rows, and nobody below a leader any.
    if (table.privateRowsOwnerOnly)
        return viewer.role >= Role::Leader && isRowOwner(viewer, table, row) ? Visibility::Private
                                                                             : clearanceFor(viewer, table, rowId);
    return isRowOwner(viewer, table, row) ? Visibility::Private : clearanceFor(viewer, table, rowId);
}

Visibility effectiveVisibility(const FieldDef &field, const FieldMap &row)
{
    if (field.visibilityFromRow)
        return tags::visibilityOf(row);
    if (field.visibilityFromSharing)
        return smartlists::visibilityOf(row);
    if (!field.ownerChoosesVisibility)
        return field.visibility;
    const auto it = row.find(visibilityColumn(field.name));
    if (it != row.end()) {
        if (const auto *level = std::get_if<std::string>(&it->second)) {
            if (const auto chosen = visibilityFromString(*level))
                return *chosen;
        }
    }
    return field.visibility;
}

std::optional<FieldMap> projectRow(const TableDef &table, const FieldMap &row, Visibility clearance)
{
    FieldMap projected;
    for (const auto &field : table.fields) {
        if (effectiveVisibility(field, row) > clearance)
            continue;
        const std::string name(field.name);
        const auto value = row.find(name);
        projected[name] = value == row.end() ? FieldValue {} : value->second;
        if (field.ownerChoosesVisibility) {
            const std::string column = visibilityColumn(field.name);
            const auto level = row.find(column);
            projected[column] = level == row.end() ? FieldValue {} : level->second;
        }
    }
    if (projected.empty())
        return std::nullopt;
    return projected;
}

Visibility scopeClearance(const TableDef &table, Visibility level)
{
    return table.privateRowsOwnerOnly ? std::min(level, Visibility::Leaders) : level;
}

Visibility lowestVisibility(const TableDef &table, const FieldMap &row)
{
    Visibility lowest = Visibility::Private;
    for (const auto &field : table.fields)
        lowest = std::min(lowest, effectiveVisibility(field, row));
    return lowest;
}

} // namespace commonroom
