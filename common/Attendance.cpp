#include "Attendance.h"

namespace commonroom {

std::string CheckInToken::text() const
{
    return at + '|' + device + '|' + person;
}

std::optional<CheckInToken> CheckInToken::parse(std::string_view text)
{
    const auto first = text.find('|');
    if (first == std::string_view::npos)
        return std::nullopt;
    const auto second = text.find('|', first + 1);
    if (second == std::string_view::npos || text.find('|', second + 1) != std::string_view::npos)
        return std::nullopt;
    CheckInToken token {std::string(text.substr(0, first)), std::string(text.substr(first + 1, second - first - 1)),
        std::string(text.substr(second + 1))};
    if (token.at.empty() || token.device.empty())
        return std::nullopt;
    return token;
}

std::set<std::string> splitLines(std::string_view text)
{
    std::set<std::string> lines;
    while (!text.empty()) {
        const auto end = text.find('\n');
        auto line = text.substr(0, end);
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        if (!line.empty())
            lines.emplace(line);
        text = end == std::string_view::npos ? std::string_view {} : text.substr(end + 1);
    }
    return lines;
}

std::string joinLines(const std::set<std::string> &lines)
{
    std::string text;
    for (const auto &line : lines) {
        if (!text.empty())
            text += '\n';
        text += line;
    }
    return text;
}

std::string uniteLines(std::string_view a, std::string_view b)
{
    auto lines = splitLines(a);
    lines.merge(splitLines(b));
    return joinLines(lines);
}

Attendance attendanceOf(std::string_view checkins, std::string_view undone)
{
    const auto retracted = splitLines(undone);
    Attendance attendance;
    std::set<std::string> devices;
    for (const auto &line : splitLines(checkins)) {
        if (retracted.contains(line))
            continue;
        const auto token = CheckInToken::parse(line);
        if (!token)
            continue; // not a check-in this version understands; kept, but it proves nothing
        attendance.attended = true;
        if (!attendance.earliest)
            attendance.earliest = token; // lines are sorted, and a line starts with its time
        devices.insert(token->device);
    }
    attendance.devices.assign(devices.begin(), devices.end());
    return attendance;
}

} // namespace commonroom
