#include "Ladder.h"

#include "Tags.h"

namespace commonroom::ladder {

bool isLevel(std::int64_t level)
{
    return level >= kLowestLevel && level <= kHighestLevel;
}

std::string_view defaultName(std::int64_t level)
{
    return isLevel(level) ? kDefaultNames[std::size_t(level - kLowestLevel)] : std::string_view {};
}

Status checkLevel(std::int64_t level, std::string_view personName)
{
    if (isLevel(level))
        return {};
    return makeError("invalid_value",
        "Level " + std::to_string(level) + " for " + std::string(personName) + " is not on the leadership ladder: "
            + "levels go from " + std::to_string(kLowestLevel) + " to " + std::to_string(kHighestLevel) + ".");
}

bool isLater(const AssessmentKey &a, const AssessmentKey &b)
{
    if (a.assessedAt != b.assessedAt)
        return a.assessedAt > b.assessedAt;
    return a.id > b.id;
}

std::optional<AssessmentKey> latest(const std::vector<AssessmentKey> &assessments)
{
    std::optional<AssessmentKey> newest;
    for (const auto &assessment : assessments) {
        if (!newest || isLater(assessment, *newest))
            newest = assessment;
    }
    return newest;
}

std::string_view hiddenSubjectField(const TableDef &table)
{
    return table.name == "leader_note" || table.name == "tag_application" ? std::string_view("person_id")
                                                                          : std::string_view {};
}

bool isRowSubject(const Principal &viewer, const TableDef &table, const FieldMap &row)
{
    const std::string_view field = hiddenSubjectField(table);
    // An application of a tag for members is seen by the person it is about like by any member.
    if (table.name == "tag_application" && tags::visibilityOf(row) == Visibility::Members)
        return false;
    return !field.empty() && !viewer.personId.empty() && textOf(row, std::string(field)) == viewer.personId;
}

AssessmentKey keyOf(const std::string &id, const FieldMap &row)
{
    AssessmentKey key {id, textOf(row, "assessed_at"), 0};
    if (const auto it = row.find("level"); it != row.end()) {
        if (const auto *level = std::get_if<std::int64_t>(&it->second))
            key.level = *level;
    }
    return key;
}

} // namespace commonroom::ladder
