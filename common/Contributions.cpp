#include "Contributions.h"

#include <algorithm>
#include <chrono>

namespace commonroom::contributions {

namespace {

template<std::size_t N>
bool isOneOf(const std::array<std::string_view, N> &values, std::string_view value)
{
    return std::find(values.begin(), values.end(), value) != values.end();
}

template<std::size_t N>
std::string listOf(const std::array<std::string_view, N> &values)
{
    std::string list;
    for (const auto value : values)
        list += (list.empty() ? "" : ", ") + std::string(value);
    return list;
}

} // namespace

bool isArea(std::string_view area)
{
    return isOneOf(kDefaultAreas, area);
}

bool isKind(std::string_view kind)
{
    return isOneOf(kKinds, kind);
}

std::string hoursText(std::int64_t minutes)
{
    const bool negative = minutes < 0;
    const std::int64_t magnitude = negative ? -minutes : minutes;
    std::string text = (negative ? "-" : "") + std::to_string(magnitude / 60);
    // Hundredths of an hour, rounded; trailing zeros left out.
    const std::int64_t hundredths = (magnitude % 60 * 100 + 30) / 60;
    if (hundredths > 0) {
        std::string fraction = std::to_string(100 + hundredths).substr(1);
        if (fraction.back() == '0')
            fraction.pop_back();
        text += "." + fraction;
    }
    return text;
}

bool isDay(std::string_view day)
{
    if (day.size() != 10 || day[4] != '-' || day[7] != '-')
        return false;
    for (std::size_t i = 0; i < day.size(); ++i) {
        if (i != 4 && i != 7 && (day[i] < '0' || day[i] > '9'))
            return false;
    }
    const auto number = [&](std::size_t from, std::size_t length) {
        int value = 0;
        for (std::size_t i = from; i < from + length; ++i)
            value = value * 10 + (day[i] - '0');
        return value;
    };
    const std::chrono::year_month_day date {std::chrono::year(number(0, 4)), std::chrono::month(unsigned(number(5, 2))),
        std::chrono::day(unsigned(number(8, 2)))};
    return date.ok();
}

Status checkEntry(const FieldMap &fields, std::string_view personName)
{
    const std::string who(personName);
    if (const auto it = fields.find("area"); it != fields.end() && !isNull(it->second)) {
        const std::string area = toDisplayString(it->second);
        if (!isArea(area))
            return makeError("invalid_value",
                "The area \"" + area + "\" of an entry for " + who
                    + " is not one of the community's areas: " + listOf(kDefaultAreas) + ".");
    }
    if (const auto it = fields.find("kind"); it != fields.end() && !isNull(it->second)) {
        const std::string kind = toDisplayString(it->second);
        if (!isKind(kind))
            return makeError("invalid_value",
                "The kind \"" + kind + "\" of an entry for " + who + " is not one of: " + listOf(kKinds) + ".");
    }
    if (const auto it = fields.find("minutes"); it != fields.end()) {
        if (const auto *minutes = std::get_if<std::int64_t>(&it->second);
            minutes && (*minutes < 0 || *minutes > kMaxMinutes))
            return makeError("invalid_value",
                hoursText(*minutes) + " hours for " + who + " is not a time one entry can hold: from 0 to "
                    + hoursText(kMaxMinutes) + " hours; split a longer contribution into one entry a day.");
    }
    if (const auto it = fields.find("done_on"); it != fields.end() && !isNull(it->second)) {
        const std::string day = toDisplayString(it->second);
        if (!isDay(day))
            return makeError("invalid_value",
                "The day \"" + day + "\" of an entry for " + who + " is not a date written YYYY-MM-DD.");
    }
    return {};
}

bool isConfirmationOnly(const FieldMap &fields)
{
    return !fields.empty() && std::all_of(fields.begin(), fields.end(), [](const auto &field) {
        return isOneOf(kConfirmationFields, field.first);
    });
}

std::optional<Confirmation> confirmationOf(const FieldMap &row)
{
    Confirmation confirmation {textOf(row, "confirmed_at"), textOf(row, "confirmed_by")};
    if (confirmation.confirmedAt.empty() || confirmation.confirmedBy.empty())
        return std::nullopt;
    return confirmation;
}

const Confirmation &standing(const Confirmation &a, const Confirmation &b)
{
    if (a.confirmedAt != b.confirmedAt)
        return a.confirmedAt < b.confirmedAt ? a : b;
    return a.confirmedBy <= b.confirmedBy ? a : b;
}

} // namespace commonroom::contributions
