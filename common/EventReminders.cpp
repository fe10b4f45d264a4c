#include "EventReminders.h"

#include <string>

namespace commonroom::reminders {

std::int64_t hoursOf(const FieldMap &event)
{
    const auto found = event.find("reminder_hours");
    const auto *hours = found == event.end() ? nullptr : std::get_if<std::int64_t>(&found->second);
    return hours && *hours > 0 && *hours <= kLongestHours ? *hours : 0;
}

Status checkHours(const FieldMap &fields)
{
    const auto found = fields.find("reminder_hours");
    if (found == fields.end() || isNull(found->second))
        return {};
    const auto *hours = std::get_if<std::int64_t>(&found->second);
    if (!hours || *hours < 0 || *hours > kLongestHours)
        return makeError("invalid_value",
            "A reminder goes out between 1 and " + std::to_string(kLongestHours)
                + " hours before the event starts (reminder_hours); 0 sends none.");
    return {};
}

} // namespace commonroom::reminders
