#include "GroupSight.h"

namespace commonroom {

GroupSight groupSightOf(const TableDef &table)
{
    if (table.name == "opportunity_interest")
        return GroupSight::Curators;
    if (table.name == "group_message")
        return GroupSight::Members;
    return GroupSight::None;
}

std::string_view groupSightField(const TableDef &table)
{
    return groupSightOf(table) == GroupSight::None ? std::string_view {} : std::string_view("group_id");
}

} // namespace commonroom
