#include "Merge.h"

#include <boost/json.hpp>

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
