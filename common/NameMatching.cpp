#include "NameMatching.h"

#include <algorithm>
#include <array>

namespace commonroom {

namespace {

// Folded forms of U+00C0..U+017F (Latin-1 Supplement letters and Latin Extended-A), by ranges.
struct FoldRange
{
    char32_t first;
    char32_t last;
    const char *folded;
};

constexpr std::array kFolds {
    FoldRange {0xC0, 0xC5, "a"},
    FoldRange {0xC6, 0xC6, "ae"},
    FoldRange {0xC7, 0xC7, "c"},
    FoldRange {0xC8, 0xCB, "e"},
    FoldRange {0xCC, 0xCF, "i"},
    FoldRange {0xD0, 0xD0, "d"},
    FoldRange {0xD1, 0xD1, "n"},
    FoldRange {0xD2, 0xD6, "o"},
    FoldRange {0xD7, 0xD7, " "},
    FoldRange {0xD8, 0xD8, "o"},
    FoldRange {0xD9, 0xDC, "u"},
    FoldRange {0xDD, 0xDD, "y"},
    FoldRange {0xDE, 0xDE, "th"},
    FoldRange {0xDF, 0xDF, "ss"},
    FoldRange {0xE0, 0xE5, "a"},
    FoldRange {0xE6, 0xE6, "ae"},
    FoldRange {0xE7, 0xE7, "c"},
    FoldRange {0xE8, 0xEB, "e"},
    FoldRange {0xEC, 0xEF, "i"},
    FoldRange {0xF0, 0xF0, "d"},
    FoldRange {0xF1, 0xF1, "n"},
    FoldRange {0xF2, 0xF6, "o"},
    FoldRange {0xF7, 0xF7, " "},
    FoldRange {0xF8, 0xF8, "o"},
    FoldRange {0xF9, 0xFC, "u"},
    FoldRange {0xFD, 0xFD, "y"},
    FoldRange {0xFE, 0xFE, "th"},
    FoldRange {0xFF, 0xFF, "y"},
    FoldRange {0x100, 0x105, "a"},
    FoldRange {0x106, 0x10D, "c"},
    FoldRange {0x10E, 0x111, "d"},
    FoldRange {0x112, 0x11B, "e"},
    FoldRange {0x11C, 0x123, "g"},
    FoldRange {0x124, 0x127, "h"},
    FoldRange {0x128, 0x131, "i"},
    FoldRange {0x132, 0x133, "ij"},
    FoldRange {0x134, 0x135, "j"},
    FoldRange {0x136, 0x138, "k"},
    FoldRange {0x139, 0x142, "l"},
    FoldRange {0x143, 0x14B, "n"},
    FoldRange {0x14C, 0x151, "o"},
    FoldRange {0x152, 0x153, "oe"},
    FoldRange {0x154, 0x159, "r"},
    FoldRange {0x15A, 0x161, "s"},
    FoldRange {0x162, 0x167, "t"},
    FoldRange {0x168, 0x173, "u"},
    FoldRange {0x174, 0x175, "w"},
    FoldRange {0x176, 0x178, "y"},
    FoldRange {0x179, 0x17E, "z"},
    FoldRange {0x17F, 0x17F, "s"},
};

// Decodes one UTF-8 sequence at `text[i]`, advancing i; U+FFFD for an invalid one (one byte).
char32_t decode(std::string_view text, std::size_t &i)
{
    const auto byte = [&](std::size_t at) {
        return static_cast<unsigned char>(text[at]);
    };
    const unsigned char lead = byte(i);
    int length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : (lead >> 3) == 0x1E ? 4 : 0;
    if (length == 0 || i + std::size_t(length) > text.size()) {
        ++i;
        return 0xFFFD;
    }
    char32_t code = length == 1 ? lead : lead & (0x7F >> length);
    for (int k = 1; k < length; ++k) {
        if ((byte(i + std::size_t(k)) & 0xC0) != 0x80) {
            ++i;
            return 0xFFFD;
        }
        code = (code << 6) | (byte(i + std::size_t(k)) & 0x3F);
    }
    i += std::size_t(length);
    return code;
}

void encode(char32_t code, std::string &out)
{
    if (code < 0x80) {
        out += char(code);
    } else if (code < 0x800) {
        out += char(0xC0 | (code >> 6));
        out += char(0x80 | (code & 0x3F));
    } else if (code < 0x10000) {
        out += char(0xE0 | (code >> 12));
        out += char(0x80 | ((code >> 6) & 0x3F));
        out += char(0x80 | (code & 0x3F));
    } else {
        out += char(0xF0 | (code >> 18));
        out += char(0x80 | ((code >> 12) & 0x3F));
        out += char(0x80 | ((code >> 6) & 0x3F));
        out += char(0x80 | (code & 0x3F));
    }
}

bool isWordByte(char c)
{
    // Letters and digits of ASCII, and every byte of a non-ASCII character kept by fold().
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (static_cast<unsigned char>(c) & 0x80);
}

} // namespace

std::string NameMatching::fold(std::string_view utf8)
{
    std::string folded;
    folded.reserve(utf8.size());
    for (std::size_t i = 0; i < utf8.size();) {
        const char32_t code = decode(utf8, i);
        if (code == 0xFFFD)
            continue;
        if (code < 0x80) {
            folded += char(code >= 'A' && code <= 'Z' ? code + ('a' - 'A') : code);
            continue;
        }
        const auto range = std::find_if(
            kFolds.begin(), kFolds.end(), [code](const FoldRange &r) { return code >= r.first && code <= r.last; });
        if (range != kFolds.end())
            folded += range->folded;
        else if (code >= 0x80 && code < 0xC0)
            folded += ' '; // Latin-1 punctuation and symbols (¡ ¿ « » …) separate words
        else
            encode(code, folded);
    }
    return folded;
}

std::vector<std::string> NameMatching::words(std::string_view utf8)
{
    return splitWords(fold(utf8));
}

std::vector<std::string> NameMatching::splitWords(std::string_view folded)
{
    std::vector<std::string> result;
    std::string current;
    for (char c : folded) {
        if (isWordByte(c)) {
            current += c;
        } else if (!current.empty()) {
            result.push_back(std::move(current));
            current.clear();
        }
    }
    if (!current.empty())
        result.push_back(std::move(current));
    return result;
}

std::string NameMatching::nameKey(std::string_view utf8)
{
    return sortedKey(words(utf8));
}

std::string NameMatching::sortedKey(std::vector<std::string> words)
{
    std::sort(words.begin(), words.end());
    std::string key;
    for (const auto &word : words)
        key += (key.empty() ? "" : " ") + word;
    return key;
}

std::string NameMatching::nameOf(const FieldMap &person)
{
    const std::string name = textOf(person, "display_name");
    return name.empty() ? textOf(person, "given_name") + " " + textOf(person, "family_name") : name;
}

std::string NameMatching::emailKey(std::string_view email)
{
    while (!email.empty() && (email.front() == ' ' || email.front() == '\t'))
        email.remove_prefix(1);
    while (
        !email.empty() && (email.back() == ' ' || email.back() == '\t' || email.back() == '\r' || email.back() == '\n'))
        email.remove_suffix(1);
    const auto at = email.find('@');
    if (at == std::string_view::npos || at == 0 || at + 1 >= email.size())
        return {};
    std::string key(email);
    std::transform(key.begin(), key.end(), key.begin(), [](char c) { return c >= 'A' && c <= 'Z' ? char(c + 32) : c; });
    return key;
}

std::string NameMatching::phoneKey(std::string_view phone)
{
    std::string digits;
    for (char c : phone) {
        if (c >= '0' && c <= '9')
            digits += c;
    }
    if (digits.size() < 6)
        return {};
    return digits.size() > 9 ? digits.substr(digits.size() - 9) : digits;
}

bool NameMatching::matchesPrefixes(std::string_view name, std::string_view typed)
{
    const auto wanted = words(typed);
    if (wanted.empty())
        return true;
    const auto have = words(name);
    return std::all_of(wanted.begin(), wanted.end(), [&have](const std::string &word) {
        return std::any_of(have.begin(), have.end(), [&word](const std::string &h) { return h.starts_with(word); });
    });
}

} // namespace commonroom
