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

} // namespace commonroom
