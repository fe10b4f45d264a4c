#include "PasswordPolicy.h"

#include "BreachedPasswords.h"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <string>
#include <vector>

namespace commonroom::syncd {

namespace {

// Common passwords of 12 characters or more (shorter ones fail the length rule anyway), from the
// top of published leaked-password frequency lists, lowercase. Compared without ASCII case.
constexpr std::string_view kCommonPasswords[] = {
    "123456789012",
    "1234567890123",
    "12345678901234",
    "123456789123",
    "1234567891011",
    "111111111111",
    "000000000000",
    "123123123123",
    "121212121212",
    "123321123321",
    "987654321098",
    "147258369147",
    "1q2w3e4r5t6y",
    "1q2w3e4r5t6y7u",
    "q1w2e3r4t5y6",
    "qwertyuiopas",
    "qwertyuiop123",
    "qwerty123456",
    "qwerty1234567",
    "qwertyqwerty",
    "qwertyuiop[]",
    "asdfghjkl123",
    "asdfghjklqwe",
    "zxcvbnm12345",
    "1qaz2wsx3edc",
    "1qaz2wsx3edc4rfv",
    "qazwsxedcrfv",
    "zaq12wsxcde3",
    "!qaz2wsx3edc",
    "abcdefghijkl",
    "abcdefg12345",
    "abc123456789",
    "abcd12345678",
    "aaaaaaaaaaaa",
    "password1234",
    "password12345",
    "password123456",
    "passwordpassword",
    "password!123",
    "password@123",
    "password1!",
    "p@ssw0rd1234",
    "p@ssword1234",
    "passw0rd1234",
    "mypassword123",
    "thisismypassword",
    "iloveyou1234",
    "iloveyouiloveyou",
    "iloveyou123456",
    "letmein12345",
    "letmeinletmein",
    "welcome12345",
    "welcome123456",
    "welcometo123",
    "changeme1234",
    "changeme123456",
    "administrator",
    "administrator1",
    "admin1234567",
    "adminadmin123",
    "adminpassword",
    "rootpassword",
    "superman1234",
    "batman123456",
    "football1234",
    "baseball1234",
    "basketball12",
    "basketball123",
    "soccer123456",
    "monkey123456",
    "dragon123456",
    "sunshine1234",
    "princess1234",
    "starwars1234",
    "pokemon12345",
    "michael12345",
    "jennifer1234",
    "whatever1234",
    "trustno1trustno1",
    "master123456",
    "computer1234",
    "internet1234",
    "1234qwerasdf",
    "qwerasdfzxcv",
    "1234abcd1234",
    "a1b2c3d4e5f6",
    "aa123456789",
    "asdasdasdasd",
    "qweqweqweqwe",
    "123qweasdzxc",
    "zxcasdqwe123",
    "987654321abc",
    "11223344556677",
    "112233445566",
    "010203040506",
    "123456abcdef",
    "qwertyuiopasdfghjkl",
    "1234567890qwerty",
    "q1w2e3r4t5y6u7",
    "iloveyou2024",
    "password2024",
    "password2025",
    "password2026",
    "welcome2024",
    "welcome2025",
    "summer2024!",
    "winter2024!",
    "correcthorse",
    "correcthorsebatterystaple",
    "letmein123456",
    "mustang12345",
    "shadow123456",
    "liverpool123",
    "chelsea12345",
    "arsenal12345",
    "manchester12",
    "samsung12345",
    "googlegoogle",
    "facebook1234",
    "secret123456",
    "commonroom123",
    "community123",
};

std::string lowered(std::string_view text)
{
    std::string result(text);
    std::transform(result.begin(), result.end(), result.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return result;
}

// One character repeated, or a run of consecutive characters ("abcdefghijkl", "987654321098").
bool isTrivial(std::string_view password)
{
    if (std::all_of(password.begin(), password.end(), [&](char c) { return c == password.front(); }))
        return true;
    bool ascending = true;
    bool descending = true;
    for (std::size_t i = 1; i < password.size(); ++i) {
        const int step = static_cast<unsigned char>(password[i]) - static_cast<unsigned char>(password[i - 1]);
        ascending = ascending && (step == 1 || step == -9);
        descending = descending && (step == -1 || step == 9);
    }
    return ascending || descending;
}

// Control characters (C0, DEL, C1) cannot be typed the same way twice and break mail and logs;
// bytes that are not UTF-8 count as one too.
bool hasControlCharacter(std::string_view password)
{
    for (std::size_t i = 0; i < password.size(); ++i) {
        const auto c = static_cast<unsigned char>(password[i]);
        if (c < 0x20 || c == 0x7f)
            return true;
        // U+0080 … U+009F are C2 80 … C2 9F in UTF-8.
        if (c == 0xc2 && i + 1 < password.size()) {
            const auto next = static_cast<unsigned char>(password[i + 1]);
            if (next >= 0x80 && next <= 0x9f)
                return true;
        }
    }
    return false;
}

bool isAsciiLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isAsciiDigitOrSymbol(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return u < 0x80 && !isAsciiLetter(c) && u != ' ';
}

// A word of up to 8 letters with digits and symbols before or after it: "Summer2026!!",
// "!!Welcome123". Guessers try these first.
bool isDressedUpWord(std::string_view password)
{
    std::size_t first = 0;
    std::size_t last = password.size();
    while (first < last && isAsciiDigitOrSymbol(password[first]))
        ++first;
    while (last > first && isAsciiDigitOrSymbol(password[last - 1]))
        --last;
    const std::string_view word = password.substr(first, last - first);
    return word.size() <= 8 && std::all_of(word.begin(), word.end(), isAsciiLetter);
}

// The parts of the person's name and email (and the service's name) a password must not lean on.
std::vector<std::string> ownerParts(const PasswordPolicy::Owner &owner)
{
    std::vector<std::string> parts {"commonroom"};
    const auto addWords = [&](std::string_view text) {
        std::string word;
        for (std::size_t i = 0; i <= text.size(); ++i) {
            const char c = i < text.size() ? text[i] : ' ';
            if (c == ' ' || c == '.' || c == '@' || c == '-' || c == '_' || c == '+') {
                if (word.size() >= 3)
                    parts.push_back(lowered(word));
                word.clear();
            } else {
                word += c;
            }
        }
    };
    addWords(owner.email);
    addWords(owner.displayName);
    if (const auto at = owner.email.find('@'); at != std::string_view::npos && at >= 3)
        parts.push_back(lowered(owner.email.substr(0, at)));
    // Longest first, so that "ana.garcia" goes before "ana".
    std::sort(parts.begin(), parts.end(), [](const auto &a, const auto &b) { return a.size() > b.size(); });
    return parts;
}

// How many code points that are not ASCII digits, symbols or spaces are left of `password` once
// every part of the owner's name and email, and the service's name, is taken out.
std::size_t ownLetters(std::string_view password, const PasswordPolicy::Owner &owner)
{
    std::string rest = lowered(password);
    for (const auto &part : ownerParts(owner)) {
        for (auto at = rest.find(part); at != std::string::npos; at = rest.find(part, at))
            rest.erase(at, part.size());
    }
    std::size_t letters = 0;
    for (const char c : rest)
        letters += (static_cast<unsigned char>(c) & 0xc0) != 0x80 && !isAsciiDigitOrSymbol(c) && c != ' ';
    return letters;
}

} // namespace

bool PasswordPolicy::isCommon(std::string_view password)
{
    const std::string key = lowered(password);
    return std::find(std::begin(kCommonPasswords), std::end(kCommonPasswords), key) != std::end(kCommonPasswords);
}

Status PasswordPolicy::check(std::string_view password, Owner owner)
{
    if (hasControlCharacter(password))
        return makeError("weak_password",
            "The password contains a control character (such as a line break, a tab or NUL); use letters, digits, "
            "spaces and punctuation only.");
    std::size_t codePoints = 0;
    for (unsigned char c : password)
        codePoints += (c & 0xc0) != 0x80;
    if (codePoints < kMinimumLength)
        return makeError("weak_password",
            "The password is too short; choose one of at least " + std::to_string(kMinimumLength) + " characters.");
    if (isCommon(password) || isTrivial(password) || BreachedPasswords::contains(password))
        return makeError("weak_password",
            "This password is among the most common ones and easy to guess; choose another, for example a few "
            "unrelated words.");
    if (isDressedUpWord(password))
        return makeError("weak_password",
            "A short word with digits and symbols around it is among the first things guessed; choose a longer "
            "password, for example a few unrelated words.");
    if (ownLetters(password, owner) < kMinimumOwnLetters)
        return makeError("weak_password",
            "The password is mostly your name, your email or the name of this service, which are easy to guess; "
            "choose another, for example a few unrelated words.");
    return {};
}

} // namespace commonroom::syncd
