#include "Merge.h"

#include "Attendance.h"

#include <boost/json.hpp>

#include <algorithm>

namespace commonroom {

std::vector<std::string> mergeFields(VersionedRow &row, const FieldMap &incoming, const FieldVersion &version)
{
    std::vector<std::string> changed;
    if (row.deleted)
        return changed;
    for (const auto &[name, value] : incoming) {
        const auto current = row.versions.find(name);
        if (current != row.versions.end() && !(current->second < version))
            continue;
        row.versions[name] = version;
        auto &slot = row.values[name];
        if (slot != value) {
            slot = value;
            changed.push_back(name);
        }
    }
    return changed;
}

std::vector<std::string> mergeFields(
    VersionedRow &row, const FieldMap &incoming, const FieldVersion &version, const TableDef &table)
{
    std::vector<std::string> changed;
    if (row.deleted)
        return changed;
    FieldMap lastWriter;
    for (const auto &[name, value] : incoming) {
        const FieldDef *def = table.field(name);
        if (!def || def->merge != MergeKind::Union) {
            lastWriter.emplace(name, value);
            continue;
        }
        auto &slot = row.values[name];
        const auto *mine = std::get_if<std::string>(&slot);
        const auto *theirs = std::get_if<std::string>(&value);
        FieldValue united = uniteLines(mine ? *mine : std::string(), theirs ? *theirs : std::string());
        if (std::get<std::string>(united).empty())
            united = FieldValue {};
        auto &stored = row.versions[name];
        stored = std::max(stored, version);
        if (slot != united) {
            slot = std::move(united);
            changed.push_back(name);
        }
    }
    auto others = mergeFields(row, lastWriter, version);
    changed.insert(changed.end(), others.begin(), others.end());
    for (auto &name : deriveFields(table, row.values)) {
        if (std::find(changed.begin(), changed.end(), name) == changed.end())
            changed.push_back(std::move(name));
    }
    return changed;
}

std::vector<std::string> deriveFields(const TableDef &table, FieldMap &values)
{
    std::vector<std::string> changed;
    if (table.name != "registration")
        return changed;
    const auto textOf = [&values](const char *name) {
        const auto it = values.find(name);
        const auto *text = it == values.end() ? nullptr : std::get_if<std::string>(&it->second);
        return text ? *text : std::string();
    };
    const Attendance attendance = attendanceOf(textOf("checkins"), textOf("undone"));
    std::string devices;
    for (const auto &device : attendance.devices)
        devices += (devices.empty() ? "" : " ") + device;
    const auto set = [&](const char *name, FieldValue value) {
        auto &slot = values[name];
        if (slot != value) {
            slot = std::move(value);
            changed.emplace_back(name);
        }
    };
    const bool any = attendance.earliest.has_value();
    set("attended", std::int64_t(attendance.attended ? 1 : 0));
    set("checked_in_at", any ? FieldValue {attendance.earliest->at} : FieldValue {});
    set("checked_in_by",
        any && !attendance.earliest->person.empty() ? FieldValue {attendance.earliest->person} : FieldValue {});
    set("device", devices.empty() ? FieldValue {} : FieldValue {devices});
    return changed;
}

std::string encodeVersions(const VersionMap &versions)
{
    boost::json::object object;
    for (const auto &[name, version] : versions)
        object[name] = boost::json::array {version.hlc, boost::json::string(version.site)};
    return boost::json::serialize(object);
}

VersionMap decodeVersions(std::string_view json)
{
    VersionMap versions;
    boost::system::error_code ec;
    const auto parsed = boost::json::parse(json, ec);
    if (ec || !parsed.is_object())
        return versions;
    for (const auto &[name, entry] : parsed.as_object()) {
        const auto *pair = entry.if_array();
        if (!pair || pair->size() != 2 || !pair->at(1).is_string())
            continue;
        const auto hlc = pair->at(0).to_number<std::uint64_t>(ec);
        if (!ec)
            versions[std::string(name)] = FieldVersion {hlc, std::string(pair->at(1).as_string())};
    }
    return versions;
}

} // namespace commonroom
