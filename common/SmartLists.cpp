#include "SmartLists.h"

#include "Contributions.h"
#include "Ladder.h"
#include "Uuid.h"

#include <boost/json.hpp>

#include <set>

namespace commonroom::smartlists {

namespace {

Error refused(std::string_view listName, const std::string &cause)
{
    return makeError("invalid_value", "The smart list \"" + std::string(listName) + "\" cannot be kept: " + cause);
}

std::string words(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    return std::string(text);
}

} // namespace

Visibility visibilityOf(const FieldMap &row)
{
    return textOf(row, "sharing") == kLeaders ? Visibility::Leaders : Visibility::Private;
}

std::string toJson(const Definition &definition)
{
    boost::json::object object;
    object["v"] = kDefinitionVersion;
    const auto text = [&object](const char *key, const std::string &value) {
        if (!words(value).empty())
            object[key] = words(value);
    };
    text("text", definition.text);
    text("area", definition.area);
    text("skill", definition.skill);
    text("language", definition.language);
    text("role", definition.role);
    if (definition.minLevel > 0)
        object["min_level"] = definition.minLevel;
    text("group", definition.groupId);
    if (!definition.tagIds.empty()) {
        boost::json::array tags;
        for (const auto &id : definition.tagIds)
            tags.emplace_back(id);
        object["tags"] = std::move(tags);
    }
    if (!words(definition.contributedArea).empty()) {
        boost::json::object contributed {{"area", words(definition.contributedArea)}};
        if (!definition.contributedSince.empty())
            contributed["since"] = definition.contributedSince;
        object["contributed"] = std::move(contributed);
    }
    if (definition.minEventsAttended > 0)
        object["min_events"] = definition.minEventsAttended;
    return boost::json::serialize(object);
}

Result<Definition> parse(std::string_view json, std::string_view listName)
{
    if (json.size() > kMaxDefinitionBytes)
        return refused(listName,
            "its definition is " + std::to_string(json.size()) + " bytes, more than the "
                + std::to_string(kMaxDefinitionBytes) + " a smart list may hold.");
    boost::system::error_code ec;
    const boost::json::value value = boost::json::parse(json, ec);
    if (ec)
        return refused(listName, "its definition is not JSON (" + ec.message() + ").");
    const auto *object = value.if_object();
    if (!object)
        return refused(listName, "its definition is not a JSON object.");
    const auto *version = object->if_contains("v");
    if (!version || !version->is_int64() || version->as_int64() != kDefinitionVersion)
        return refused(listName,
            "its definition is not of version " + std::to_string(kDefinitionVersion)
                + " (\"v\"); update Commonroom to read it.");
    Definition definition;
    const auto string = [&](const boost::json::value &member, std::string_view key) -> Result<std::string> {
        if (!member.is_string())
            return refused(listName, "\"" + std::string(key) + "\" takes text.");
        return std::string(member.as_string());
    };
    const auto integer = [&](const boost::json::value &member, std::string_view key, std::int64_t low,
                             std::int64_t high) -> Result<std::int64_t> {
        if (!member.is_int64() && !member.is_uint64())
            return refused(listName, "\"" + std::string(key) + "\" takes a whole number.");
        const std::int64_t number = member.is_int64() ? member.as_int64() : std::int64_t(-1);
        if (number < low || number > high)
            return refused(listName,
                "\"" + std::string(key) + "\" is " + boost::json::serialize(member) + ", not from "
                    + std::to_string(low) + " to " + std::to_string(high) + ".");
        return number;
    };
    for (const auto &[key, member] : *object) {
        const std::string name(key);
        if (name == "v")
            continue;
        if (name == "text" || name == "area" || name == "skill" || name == "language" || name == "role"
            || name == "group") {
            auto text = string(member, name);
            if (!text)
                return text.error();
            if (name == "text")
                definition.text = *text;
            else if (name == "area")
                definition.area = *text;
            else if (name == "skill")
                definition.skill = *text;
            else if (name == "language")
                definition.language = *text;
            else if (name == "role") {
                if (*text != "applicant" && *text != "member" && *text != "leader" && *text != "admin")
                    return refused(listName, "\"" + *text + "\" is not a role: applicant, member, leader or admin.");
                definition.role = *text;
            } else {
                if (!isUuid(*text))
                    return refused(listName, "the group \"" + *text + "\" is not a group's id.");
                definition.groupId = *text;
            }
        } else if (name == "min_level") {
            auto level = integer(member, name, ladder::kLowestLevel, ladder::kHighestLevel);
            if (!level)
                return refused(listName,
                    "the level " + boost::json::serialize(member) + " is not on the leadership ladder: levels go from "
                        + std::to_string(ladder::kLowestLevel) + " to " + std::to_string(ladder::kHighestLevel) + ".");
            definition.minLevel = *level;
        } else if (name == "min_events") {
            auto events = integer(member, name, 1, kMaxEvents);
            if (!events)
                return events.error();
            definition.minEventsAttended = *events;
        } else if (name == "tags") {
            const auto *tags = member.if_array();
            if (!tags)
                return refused(listName, "\"tags\" takes a list of tag ids.");
            if (tags->size() > kMaxTags)
                return refused(listName,
                    "it requires " + std::to_string(tags->size()) + " tags, more than the " + std::to_string(kMaxTags)
                        + " a smart list may.");
            std::set<std::string> seen;
            for (const auto &tag : *tags) {
                if (!tag.is_string() || !isUuid(tag.as_string()))
                    return refused(listName, "\"tags\" holds " + boost::json::serialize(tag) + ", not a tag's id.");
                if (seen.insert(std::string(tag.as_string())).second)
                    definition.tagIds.emplace_back(tag.as_string());
            }
        } else if (name == "contributed") {
            const auto *contributed = member.if_object();
            if (!contributed)
                return refused(listName, "\"contributed\" takes an object with \"area\" and \"since\".");
            for (const auto &[part, partValue] : *contributed) {
                if (part != "area" && part != "since")
                    return refused(listName,
                        "\"contributed\" has no criterion \"" + std::string(part) + "\" (it takes area and since).");
                auto text = string(partValue, "contributed." + std::string(part));
                if (!text)
                    return text.error();
                if (part == "area") {
                    if (!contributions::isArea(*text))
                        return refused(listName, "\"" + *text + "\" is not an area of contributions.");
                    definition.contributedArea = *text;
                } else {
                    if (!contributions::isDay(*text))
                        return refused(listName, "the day \"" + *text + "\" is not a date written YYYY-MM-DD.");
                    definition.contributedSince = *text;
                }
            }
            if (definition.contributedArea.empty())
                return refused(listName, "\"contributed\" needs the area contributed in.");
        } else {
            return refused(listName, "its definition has no criterion \"" + name + "\".");
        }
    }
    return definition;
}

Status checkList(std::string_view name, std::string_view definitionJson)
{
    if (words(name).empty())
        return makeError("invalid_value", "A smart list needs a name.");
    if (name.size() > kMaxNameLength)
        return makeError("invalid_value",
            "The smart list name \"" + std::string(name) + "\" is too long: at most " + std::to_string(kMaxNameLength)
                + " characters.");
    const auto definition = parse(definitionJson, name);
    if (!definition)
        return definition.error();
    if (*definition == Definition {})
        return refused(name, "it selects by nothing; give it at least one criterion.");
    return {};
}

} // namespace commonroom::smartlists
