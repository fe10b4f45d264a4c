#include "Opportunities.h"

#include "Contributions.h"

#include "Uuid.h"

#include <array>
#include <tuple>

namespace commonroom::opportunities {

namespace {

std::string quoted(std::string_view text)
{
    return "\"" + std::string(text) + "\"";
}

std::string areaList()
{
    std::string list;
    for (const auto area : contributions::kDefaultAreas)
        list += (list.empty() ? "" : ", ") + std::string(area);
    return list;
}

bool isOwnState(std::string_view state)
{
    return state == kInterested || state == kWithdrawn;
}

bool isAnswer(std::string_view state)
{
    return state == kAccepted || state == kDeclined;
}

} // namespace

Status checkOpportunity(const FieldMap &fields, std::string_view title, const FieldMap &stored)
{
    const std::string what = "the opportunity " + quoted(title.empty() ? std::string_view("(untitled)") : title);
    const auto present = [&](const char *name) {
        const auto it = fields.find(name);
        return it != fields.end() && !isNull(it->second);
    };
    if (fields.contains("title") && textOf(fields, "title").find_first_not_of(" \t\r\n") == std::string::npos)
        return makeError("invalid_value", "An opportunity needs a title.");
    const auto tooLong = [&](const char *name, std::size_t limit, const char *label) -> Status {
        if (present(name) && textOf(fields, name).size() > limit)
            return makeError("invalid_value",
                "The " + std::string(label) + " of " + what + " is too long: at most " + std::to_string(limit)
                    + " characters.");
        return {};
    };
    for (const auto &[name, limit, label] : {std::tuple {"title", kMaxTitleLength, "title"},
             std::tuple {"description", kMaxDescriptionLength, "description"},
             std::tuple {"skills", kMaxSkillsLength, "skills wanted"},
             std::tuple {"languages", kMaxLanguagesLength, "languages wanted"},
             std::tuple {"commitment", kMaxCommitmentLength, "time commitment"}}) {
        if (auto valid = tooLong(name, limit, label); !valid)
            return valid;
    }
    if (present("area") && !contributions::isArea(textOf(fields, "area")))
        return makeError("invalid_value",
            "The area " + quoted(textOf(fields, "area")) + " of " + what
                + " is not one of the community's areas: " + areaList() + ".");
    for (const char *day : {"starts_on", "ends_on"}) {
        if (present(day) && !contributions::isDay(textOf(fields, day)))
            return makeError("invalid_value",
                "The " + std::string(day[0] == 's' ? "first" : "last") + " day " + quoted(textOf(fields, day)) + " of "
                    + what + " is not a date written YYYY-MM-DD.");
    }
    const auto dayOf = [&](const char *name) {
        return fields.contains(name) ? textOf(fields, name) : textOf(stored, name);
    };
    const std::string starts = dayOf("starts_on");
    const std::string ends = dayOf("ends_on");
    if (!starts.empty() && !ends.empty() && ends < starts)
        return makeError(
            "invalid_value", "The last day " + ends + " of " + what + " is before its first day " + starts + ".");
    if (const auto it = fields.find("places"); it != fields.end() && !isNull(it->second)) {
        const auto *places = std::get_if<std::int64_t>(&it->second);
        if (!places || *places < 1 || *places > kMaxPlaces)
            return makeError("invalid_value",
                std::string(places ? std::to_string(*places) : toDisplayString(it->second)) + " places for " + what
                    + " is not a number it can have: from 1 to " + std::to_string(kMaxPlaces) + ".");
    }
    if (present("state") && textOf(fields, "state") != kOpen && textOf(fields, "state") != kClosed)
        return makeError("invalid_value",
            "The state " + quoted(textOf(fields, "state")) + " of " + what + " is not open or closed.");
    return {};
}

std::string interestId(std::string_view opportunityId, std::string_view personId)
{
    const std::string input
        = "commonroom opportunity_interest " + std::string(opportunityId) + " " + std::string(personId);
    return nameBasedUuid(input);
}

Status checkInterestChange(
    const Principal &principal, bool isOwner, bool isCurator, std::string_view currentState, const FieldMap &fields)
{
    const bool answers = isCurator || principal.role >= Role::Leader;
    if (fields.contains("message") && !isOwner)
        return makeError("forbidden", "Only the person themself writes the message of their interest.");
    if (!fields.contains("state"))
        return {};
    const std::string state = textOf(fields, "state");
    if (isOwnState(state)) {
        if (!isOwner)
            return makeError(
                "forbidden", "Only the person themself says they are interested in an opportunity, or withdraws.");
        if (state == kInterested && currentState == kAccepted)
            return makeError("forbidden", "You were already accepted for this opportunity.");
        if (state == kInterested && currentState == kDeclined)
            return makeError("forbidden",
                "A curator of the group declined your interest in this opportunity; ask them if you want to be "
                "considered again.");
        return {};
    }
    if (isAnswer(state)) {
        if (!answers)
            return makeError("forbidden", "Only the group's curators and leaders accept or decline interest.");
        if (currentState.empty())
            return makeError("forbidden", "Nobody can be accepted or declined before they say they are interested.");
        if (currentState == kWithdrawn)
            return makeError("forbidden",
                "This person withdrew their interest before your answer reached the server, so it was not "
                "recorded.");
        return {};
    }
    return makeError(
        "invalid_value", "An interest is interested, withdrawn, accepted or declined, not \"" + state + "\".");
}

std::set<std::string> words(std::string_view text)
{
    std::set<std::string> found;
    std::string word;
    const auto flush = [&] {
        if (word.size() >= 2)
            found.insert(word);
        word.clear();
    };
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '#' || u >= 0x80)
            word.push_back(c);
        else if (c >= 'A' && c <= 'Z')
            word.push_back(char(c - 'A' + 'a'));
        else
            flush();
    }
    flush();
    return found;
}

bool matches(std::string_view skills, std::string_view languages, std::string_view area, std::string_view personSkills,
    std::string_view personLanguages)
{
    const auto mine = words(personSkills);
    const auto shared = [](const std::set<std::string> &wanted, const std::set<std::string> &held) {
        for (const auto &word : wanted) {
            if (held.contains(word))
                return true;
        }
        return false;
    };
    if (shared(words(skills), mine))
        return true;
    if (shared(words(languages), words(personLanguages)))
        return true;
    return !area.empty() && mine.contains(std::string(area));
}

} // namespace commonroom::opportunities
