#include "Turfs.h"

#include "Privacy.h"
#include "StoredTime.h"
#include "Uuid.h"

#include <algorithm>
#include <cctype>

namespace commonroom::turfs {

namespace {

bool blank(std::string_view text)
{
    return std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isspace(c); });
}

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front())))
        text.remove_prefix(1);
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back())))
        text.remove_suffix(1);
    return text;
}

bool startsWithDigit(std::string_view token)
{
    return !token.empty() && std::isdigit(static_cast<unsigned char>(token.front()));
}

// "12a" -> 12, "a"; a number too long to be one stays 0.
std::pair<std::int64_t, std::string> houseNumber(std::string_view token)
{
    std::size_t digits = 0;
    while (digits < token.size() && std::isdigit(static_cast<unsigned char>(token[digits])))
        ++digits;
    std::int64_t number = 0;
    if (digits <= 9) {
        for (std::size_t i = 0; i < digits; ++i)
            number = number * 10 + (token[i] - '0');
    }
    return {number, std::string(trimmed(token.substr(digits)))};
}

// The first line of an address, split into its number and its street as written.
struct Parsed
{
    std::string_view street;
    std::string_view number;
};

Parsed parse(std::string_view address)
{
    address = address.substr(0, address.find('\n'));
    std::string_view first = trimmed(address.substr(0, address.find(',')));
    const std::size_t comma = address.find(',');
    // "12, Quay Street": the number stands alone before the street.
    if (startsWithDigit(first) && first.find(' ') == std::string_view::npos && comma != std::string_view::npos) {
        std::string_view rest = address.substr(comma + 1);
        return {trimmed(rest.substr(0, rest.find(','))), first};
    }
    const std::size_t space = first.find(' ');
    if (startsWithDigit(first) && space != std::string_view::npos)
        return {trimmed(first.substr(space + 1)), first.substr(0, space)};
    const std::size_t last = first.rfind(' ');
    if (last != std::string_view::npos && startsWithDigit(first.substr(last + 1)))
        return {trimmed(first.substr(0, last)), first.substr(last + 1)};
    return {first, {}};
}

} // namespace

bool isOutcome(std::string_view outcome)
{
    return std::find(kOutcomes.begin(), kOutcomes.end(), outcome) != kOutcomes.end();
}

bool isConversation(std::string_view outcome)
{
    return outcome == "talked" || outcome == "refused";
}

bool isTurfTable(const TableDef &table)
{
    return table.name == "turf" || table.name == "turf_stop" || table.name == "turf_assignment"
        || table.name == "canvass_outcome";
}

std::string turfOf(const TableDef &table, std::string_view id, const FieldMap &row)
{
    return table.name == "turf" ? std::string(id) : textOf(row, "turf_id");
}

std::string stopId(std::string_view turfId, std::string_view personId)
{
    return nameBasedUuid("commonroom turf_stop " + std::string(turfId) + " " + std::string(personId));
}

std::string touchPointId(std::string_view outcomeId)
{
    return nameBasedUuid("commonroom canvass touch-point " + std::string(outcomeId));
}

Status checkTurfName(std::string_view name)
{
    if (blank(name))
        return makeError("invalid_value", "A turf needs a name.");
    if (name.size() > kMaxNameLength)
        return makeError("invalid_value",
            "The turf name \"" + std::string(name) + "\" is too long: at most " + std::to_string(kMaxNameLength)
                + " characters.");
    return {};
}

Status checkWindow(std::string_view startsAt, std::string_view endsAt)
{
    const auto starts = parseStoredTime(startsAt);
    const auto ends = parseStoredTime(endsAt);
    if (!starts || !ends)
        return makeError("invalid_value",
            "An assignment needs its start and end as times like 2026-05-01T18:00:00.000Z (\"" + std::string(startsAt)
                + "\", \"" + std::string(endsAt) + "\").");
    if (*ends <= *starts)
        return makeError("invalid_value", "An assignment must end after it starts.");
    if (*ends - *starts > kMaxWindowMs)
        return makeError("invalid_value", "An assignment runs at most 92 days; assign the turf again after that.");
    return {};
}

Status checkOutcome(const FieldMap &fields)
{
    if (const auto outcome = fields.find("outcome"); outcome != fields.end()) {
        if (!isOutcome(toDisplayString(outcome->second)))
            return makeError("invalid_value",
                "\"" + toDisplayString(outcome->second)
                    + "\" is not an outcome at a door: not_home, talked, refused or moved.");
    }
    if (const auto support = fields.find("support"); support != fields.end() && !isNull(support->second)) {
        const auto *level = std::get_if<std::int64_t>(&support->second);
        if (!level || *level < kLowestSupport || *level > kHighestSupport)
            return makeError(
                "invalid_value", "Support is from 1 to 5 (\"" + toDisplayString(support->second) + "\" is not).");
    }
    if (textOf(fields, "note").size() > kMaxNoteLength)
        return makeError(
            "invalid_value", "A note from a door is at most " + std::to_string(kMaxNoteLength) + " characters.");
    return {};
}

bool isOpenAt(const FieldMap &row, std::string_view now)
{
    return textOf(row, "state") == kActive && textOf(row, "starts_at") <= now && now < textOf(row, "ends_at");
}

FieldMap touchPointOf(const FieldMap &outcome)
{
    const std::string recordedAt = textOf(outcome, "recorded_at");
    return {{"person_id", textOf(outcome, "person_id")}, {"area", std::string("organizing")},
        {"kind", std::string("door_knock")}, {"done_on", recordedAt.substr(0, 10)},
        {"recorded_by", textOf(outcome, "canvasser_id")}, {"recorded_at", recordedAt}};
}

std::optional<FieldMap> canvassProjection(const TableDef &person, const FieldMap &row, Visibility clearance)
{
    auto projected = projectRow(person, row, clearance).value_or(FieldMap {});
    const auto asLeaders = projectRow(person, row, std::max(clearance, Visibility::Leaders));
    if (asLeaders) {
        for (const auto field : kCanvassFields) {
            for (const std::string &column : {std::string(field), visibilityColumn(field)}) {
                if (const auto value = asLeaders->find(column); value != asLeaders->end())
                    projected[column] = value->second;
            }
        }
    }
    if (projected.empty())
        return std::nullopt;
    return projected;
}

Door doorOf(std::string_view address)
{
    const Parsed parsed = parse(address);
    Door door;
    for (const char c : parsed.street) {
        const auto folded = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (std::isspace(static_cast<unsigned char>(c))) {
            if (!door.street.empty() && door.street.back() != ' ')
                door.street.push_back(' ');
        } else {
            door.street.push_back(folded);
        }
    }
    std::tie(door.number, door.suffix) = houseNumber(parsed.number);
    return door;
}

std::string streetOf(std::string_view address)
{
    return std::string(parse(address).street);
}

} // namespace commonroom::turfs
