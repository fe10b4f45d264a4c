#include "PasswordPolicy.h"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <string>

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

} // namespace

bool PasswordPolicy::isCommon(std::string_view password)
{
    const std::string key = lowered(password);
    return std::find(std::begin(kCommonPasswords), std::end(kCommonPasswords), key) != std::end(kCommonPasswords);
}

Status PasswordPolicy::check(std::string_view password)
{
    std::size_t codePoints = 0;
    for (unsigned char c : password)
        codePoints += (c & 0xc0) != 0x80;
    if (codePoints < kMinimumLength)
        return makeError("weak_password",
            "The password is too short; choose one of at least " + std::to_string(kMinimumLength) + " characters.");
    if (isCommon(password) || isTrivial(password))
        return makeError("weak_password",
            "This password is among the most common ones and easy to guess; choose another, for example a few "
            "unrelated words.");
    return {};
}

} // namespace commonroom::syncd
