#pragma once

#include "Value.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace commonroom::matching {

// Finding people recorded twice across a whole directory (docs/dedupe.md): each person is
// prepared once into a Profile, people who share a blocking key are compared pairwise, and each
// pair gets a score from the evidence it shows (Fellegi–Sunter style weights, summed as log-odds):
// the same e-mail or phone, names alike by Jaro–Winkler after folding, transliteration to Latin
// letters and short forms made full, and the same area.

// What a person is compared by.
struct Profile
{
    std::string id;
    // The name's words in Latin letters without accents, lowercase, short forms made full ("bob"
    // -> "robert"), in the order written; at most kMaxWords.
    std::vector<std::string> words;
    std::string nameKey; // the words sorted, joined by one space
    std::string email; // canonicalEmail()
    std::string phone; // NameMatching::phoneKey()
    std::string area; // folded
    bool transliterated = false; // the name was written in another script than Latin
};

constexpr std::size_t kMaxWords = 5;

// The profile of a person row: display_name (else given and family name), email, phone, area.
Profile profileOf(std::string id, const FieldMap &person);

// A name's words in Latin letters: accents folded, other scripts transliterated with ICU
// ("Any-Latin; Latin-ASCII"; `transliterated` tells whether it was), lowercase, split on
// everything but letters and digits.
std::vector<std::string> latinWords(std::string_view utf8, bool *transliterated = nullptr);
// The full form of a short one ("bob" -> "robert", "pepe" -> "jose"), else the word itself.
std::string_view fullForm(std::string_view word);
// Trimmed and lowercased, without a "+tag" after the local part, and without the dots of a Gmail
// address; empty unless it looks like an address.
std::string canonicalEmail(std::string_view email);
// Jaro–Winkler similarity of two words (bytes), 0 to 1.
double jaroWinkler(std::string_view a, std::string_view b);
// A short phonetic code of a word (Soundex-like: the first letter, then consonant classes).
std::string phoneticCode(std::string_view word);
// A word without its vowels (and h, w, y) after the first letter, repeated letters once:
// "hosseini" and "hsyny" (ICU's letters for حسینی) are both "hsn".
std::string skeleton(std::string_view word);
// How alike two names are, 0 to 1: word order does not matter; words of the longer name that the
// shorter one lacks lower it a little ("José Luis García" ~ "José García"). `transliterated`:
// one of them came from another script, whose vowels transliteration often gets wrong, so words
// whose skeletons are alike count as 0.9 of that.
double nameSimilarity(
    const std::vector<std::string> &a, const std::vector<std::string> &b, bool transliterated = false);

// What two profiles have in common, and the score it adds up to.
struct Evidence
{
    bool sameEmail = false;
    bool samePhone = false;
    bool sameArea = false;
    double names = 0; // nameSimilarity
    double score = 0; // 0 to 1: how likely the two are one person
};
// `nameShare`: how many people of the directory have exactly the first profile's name key, the
// pair included: a shared common name tells less than a rare one.
Evidence compare(const Profile &a, const Profile &b, std::size_t nameShare);
// "same phone, names 0.93 alike, same area" (English; the desktop words it in the user's
// language from the Evidence itself).
std::string explain(const Evidence &evidence);
// What agrees, as a duplicate candidate's reasons name it: "email", "phone", "name" (the same
// name), "area", in that order.
std::vector<std::string> reasonsOf(const Evidence &evidence);

struct Pair
{
    std::uint32_t a = 0; // indexes into the scanned profiles, a < b
    std::uint32_t b = 0;
    Evidence evidence;
};

struct Scan
{
    std::vector<Pair> pairs; // scoring at least the threshold, best first
    std::size_t comparisons = 0;
    std::size_t oversizedBlocks = 0; // blocks of more than kMaxBlock people, not compared within
};

// More people than this sharing one blocking key are not compared with each other by that key
// (a very common name in one area); other keys may still bring them together.
constexpr std::size_t kMaxBlock = 400;

// The keys that bring people together for comparison: the e-mail, the phone, and for each two
// words of the name the phonetic code of one with the first letter of the other, in the area.
std::vector<std::uint64_t> blockingKeys(const Profile &profile);

// Every pair among `people` scoring at least `threshold`.
Scan findDuplicates(const std::vector<Profile> &people, double threshold);

} // namespace commonroom::matching
