#include "StoredTime.h"

#include <cctype>
#include <cstdio>
#include <ctime>

namespace commonroom {

std::string storedTime(std::int64_t unixMs)
{
    const std::time_t seconds = std::time_t(unixMs / 1000);
    std::tm utc {};
    gmtime_r(&seconds, &utc);
    char text[40];
    const std::size_t length = std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%S", &utc);
    std::snprintf(text + length, sizeof text - length, ".%03dZ", int(unixMs % 1000));
    return text;
}

std::optional<std::int64_t> parseStoredTime(std::string_view text)
{
    static constexpr std::string_view pattern = "dddd-dd-ddTdd:dd:dd.dddZ";
    if (text.size() != pattern.size())
        return std::nullopt;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        const bool digit = std::isdigit(static_cast<unsigned char>(text[i]));
        if (pattern[i] == 'd' ? !digit : text[i] != pattern[i])
            return std::nullopt;
    }
    const auto number = [&](std::size_t at, std::size_t length) {
        int value = 0;
        for (std::size_t i = at; i < at + length; ++i)
            value = value * 10 + (text[i] - '0');
        return value;
    };
    std::tm utc {};
    utc.tm_year = number(0, 4) - 1900;
    utc.tm_mon = number(5, 2) - 1;
    utc.tm_mday = number(8, 2);
    utc.tm_hour = number(11, 2);
    utc.tm_min = number(14, 2);
    utc.tm_sec = number(17, 2);
    if (utc.tm_mon > 11 || utc.tm_mday < 1 || utc.tm_mday > 31 || utc.tm_hour > 23 || utc.tm_min > 59
        || utc.tm_sec > 60)
        return std::nullopt;
    return std::int64_t(timegm(&utc)) * 1000 + number(20, 3);
}

} // namespace commonroom
