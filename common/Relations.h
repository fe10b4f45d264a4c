#pragma once

#include "Result.h"
#include "Value.h"

#include <array>
#include <string>
#include <string_view>

namespace commonroom::relations {

// Households and relationships between people (docs/organizing.md, "Households and
// relationships"): leaders' tools, seen by leaders and admins only.

// A household's name: required, at most this long. A household holds no address: its address is
// its people's own person.address, each shown to whom that person chooses.
inline constexpr std::size_t kMaxHouseholdName = 120;

// The kinds of relationship. family, colleague and neighbour go both ways (A–B is B–A);
// brought_in_by reads "person_id was brought in by other_id", and a person has one recruiter.
inline constexpr std::string_view kFamily = "family";
inline constexpr std::string_view kColleague = "colleague";
inline constexpr std::string_view kNeighbour = "neighbour";
inline constexpr std::string_view kBroughtInBy = "brought_in_by";
inline constexpr std::array<std::string_view, 4> kKinds {kFamily, kColleague, kNeighbour, kBroughtInBy};

// How deep a recruitment chain is walked (the daemon's loop check, the device's trees).
inline constexpr int kMaxChainDepth = 1000;

bool isKind(std::string_view kind);
bool isSymmetric(std::string_view kind);

// Ok, or an "invalid_value" error saying what is wrong with a household's name.
Status checkHouseholdName(std::string_view name);

// The id of a person's household_member row: derived from the person alone, so that a person is
// in at most one household and two leaders placing them offline write one row.
std::string memberId(std::string_view personId);

// The id of a relationship row: for the symmetric kinds from the kind and both ids in order (so
// A–B and B–A are one row), for brought_in_by from the kind and the person brought in alone (so
// a person has at most one recruiter, and changing it changes other_id). Name-based UUIDs.
std::string relationshipId(std::string_view kind, std::string_view personId, std::string_view otherId);

// The pair as a symmetric relationship stores it: the smaller id in person_id. A brought_in_by
// pair is returned as given.
std::pair<std::string, std::string> storedPair(
    std::string_view kind, std::string_view personId, std::string_view otherId);

} // namespace commonroom::relations
