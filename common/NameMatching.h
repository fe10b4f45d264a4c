#pragma once

#include "Value.h"

#include <string>
#include <string_view>
#include <vector>

namespace commonroom {

// The keys by which two person records are recognised as likely the same person, shared by the
// daemon's duplicate finder and the desktop's door search so both fold text the same way.
class NameMatching
{
public:
    // Lowercase, with the accents of Latin letters folded (é -> e, ñ -> n, ß -> ss, Ø -> o);
    // other characters are kept as they are. Invalid UTF-8 bytes are dropped.
    static std::string fold(std::string_view utf8);
    // The folded words of a name: letters and digits, split on everything else.
    static std::vector<std::string> words(std::string_view utf8);
    // The same for text folded already.
    static std::vector<std::string> splitWords(std::string_view folded);
    // The words sorted and joined by one space.
    static std::string sortedKey(std::vector<std::string> words);
    // The name a person row is recognised by: display_name, else given and family name.
    static std::string nameOf(const FieldMap &person);
    // The folded words, sorted and joined by one space: "José  García", "GARCIA, Jose" and
    // "garcia jose" share the key "garcia jose". Empty when the name has no word.
    static std::string nameKey(std::string_view utf8);
    // Trimmed and lowercased; empty unless it looks like an address (something@something).
    static std::string emailKey(std::string_view email);
    // The digits of a phone number, the last nine of them when there are more (so "+34 600 12 34
    // 56" and "600123456" match); empty when fewer than six digits.
    static std::string phoneKey(std::string_view phone);
    // Whether every word of `typed` is a prefix of some word of `name`, both folded.
    static bool matchesPrefixes(std::string_view name, std::string_view typed);
};

} // namespace commonroom
