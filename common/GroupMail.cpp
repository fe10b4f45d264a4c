#include "GroupMail.h"

#include "Uuid.h"

#include <algorithm>
#include <limits>
#include <string>

namespace commonroom::groupmail {

namespace {
std::size_t characters(std::string_view utf8)
{
    std::size_t count = 0;
    for (const char byte : utf8)
        count += (static_cast<unsigned char>(byte) & 0xC0) != 0x80;
    return count;
}
} // namespace

int messagesPerDay(Role role)
{
    return role >= Role::Leader ? 50 : 10;
}

std::string joinRecipients(const std::vector<std::string> &personIds)
{
    std::string text;
    for (const auto &id : personIds)
        text += (text.empty() ? "" : ",") + id;
    return text;
}

Result<std::vector<std::string>> parseRecipients(std::string_view text)
{
    std::vector<std::string> ids;
    while (!text.empty()) {
        const auto comma = text.find(',');
        const std::string id(text.substr(0, comma));
        if (!isUuid(id))
            return makeError("invalid_value",
                "A message to a smart list names its people by id, joined by commas; \"" + id.substr(0, 40)
                    + "\" is not a person's id.");
        ids.push_back(id);
        if (ids.size() > kMaxListRecipients)
            return makeError("invalid_value",
                "A message to a smart list reaches at most " + std::to_string(kMaxListRecipients)
                    + " people; write to a smaller list.");
        text.remove_prefix(comma == std::string_view::npos ? text.size() : comma + 1);
    }
    if (ids.empty())
        return makeError("invalid_value", "A message to a smart list names the people it is written to.");
    std::vector<std::string> sorted = ids;
    std::sort(sorted.begin(), sorted.end());
    if (std::adjacent_find(sorted.begin(), sorted.end()) != sorted.end())
        return makeError("invalid_value", "A message to a smart list names each of its people once.");
    return ids;
}

std::size_t largestAudience(Role role)
{
    switch (role) {
    case Role::Admin:
        return std::numeric_limits<std::size_t>::max();
    case Role::Leader:
        return 5000;
    default:
        return 500;
    }
}

bool isInAudience(std::string_view audience, std::string_view state, bool attended)
{
    if (audience == kNoShows)
        return state == "registered" && !attended;
    return (audience == kRegistered || audience == kWaitlisted) && state == audience;
}

std::string overAt(const FieldMap &event)
{
    const std::string ends = textOf(event, "ends_at");
    return ends.empty() ? textOf(event, "starts_at") : ends;
}

Status checkMessage(const FieldMap &fields)
{
    const std::string subject = textOf(fields, "subject");
    const std::string body = textOf(fields, "body");
    if (subject.find_first_not_of(" \t") == std::string::npos)
        return makeError("invalid_value", "A message needs a subject.");
    // The subject becomes a mail header: one line.
    if (subject.find_first_of("\r\n") != std::string::npos)
        return makeError("invalid_value", "The subject of a message must be one line.");
    if (characters(subject) > kMaxSubjectLength)
        return makeError("invalid_value",
            "The subject of a message may have at most " + std::to_string(kMaxSubjectLength) + " characters.");
    if (body.find_first_not_of(" \t\r\n") == std::string::npos)
        return makeError("invalid_value", "A message needs some text.");
    if (characters(body) > kMaxBodyLength)
        return makeError("invalid_value",
            "The text of a message may have at most " + std::to_string(kMaxBodyLength) + " characters.");
    return {};
}

} // namespace commonroom::groupmail
