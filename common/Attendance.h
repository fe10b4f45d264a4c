#pragma once

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace commonroom {

// One check-in as stored in a registration's "checkins" set: when (ISO 8601 UTC with
// milliseconds), on which device, by whom. Its text form "<at>|<device>|<person>" orders by time
// first, so the smallest standing token is the earliest check-in.
struct CheckInToken
{
    std::string at;
    std::string device;
    std::string person;

    std::string text() const;
    static std::optional<CheckInToken> parse(std::string_view text);
};

// The lines of a Union field as a set, and back (sorted, one per line, no empty lines).
std::set<std::string> splitLines(std::string_view text);
std::string joinLines(const std::set<std::string> &lines);
// The union of two Union values, in the stored form.
std::string uniteLines(std::string_view a, std::string_view b);

// What a registration's check-in history says: attended when some check-in is not undone; the
// earliest standing check-in; the devices of every standing check-in (sorted).
struct Attendance
{
    bool attended = false;
    std::optional<CheckInToken> earliest;
    std::vector<std::string> devices;
};
Attendance attendanceOf(std::string_view checkins, std::string_view undone);

} // namespace commonroom
