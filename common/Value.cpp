#include "Value.h"

namespace commonroom {

std::string toDisplayString(const FieldValue &value)
{
    if (const auto *text = std::get_if<std::string>(&value))
        return *text;
    if (const auto *number = std::get_if<std::int64_t>(&value))
        return std::to_string(*number);
    return {};
}

std::string textOf(const FieldMap &fields, const std::string &name)
{
    const auto it = fields.find(name);
    const auto *text = it == fields.end() ? nullptr : std::get_if<std::string>(&it->second);
    return text ? *text : std::string();
}

} // namespace commonroom
