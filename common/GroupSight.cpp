#include "GroupSight.h"

namespace commonroom {

GroupSight groupSightOf(const TableDef &table)
{
    if (table.name == "opportunity_interest")
        return GroupSight::Curators;
    if (table.name == "group_message")
        return GroupSight::Members;
    if (table.name == "event_message")
        return GroupSight::Registrants;
    if (table.name == "list_message")
        return GroupSight::Recipients;
    return GroupSight::None;
}

std::string_view groupSightField(const TableDef &table)
{
    switch (groupSightOf(table)) {
    case GroupSight::None:
    case GroupSight::Recipients:
        return {};
    case GroupSight::Registrants:
        return "event_id";
    default:
        return "group_id";
    }
}

} // namespace commonroom
