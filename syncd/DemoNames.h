#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace commonroom::syncd {

// Names for the demo community: many cultures, in their own scripts (Latin with diacritics,
// Cyrillic, Greek, Arabic, Hebrew, Devanagari, Bengali, Tamil, Thai, Ge'ez, Georgian, Armenian,
// Han, Kana, Hangul), each with its name order, its usual second family name or patronymic, a
// language and a phone prefix. Pools are large enough that a million people share names the way
// a real city does (a common name is common, a full name is rarely unique), and a name is made
// from one 64-bit random number, so the seeder stays deterministic.
class DemoNames
{
public:
    struct Person
    {
        std::string displayName;
        std::string given;
        std::string family;
        std::string emailLocal; // ASCII transliteration: "given.family"
        std::string_view language;
        std::string_view phonePrefix;
    };

    static Person make(std::uint64_t randomBits);
    static std::size_t cultureCount();
};

} // namespace commonroom::syncd
