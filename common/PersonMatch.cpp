#include "PersonMatch.h"

#include "NameMatching.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <iterator>
#include <memory>
#include <tuple>
#include <unordered_map>

namespace commonroom::matching {

namespace {

// Short forms and the full form they stand for, folded, sorted by the short form. Only forms
// that stand for one name (an "Alex" may be an Alexander or an Alexandra: not here).
constexpr std::pair<std::string_view, std::string_view> kShortForms[] = {
    {"abby", "abigail"},
    {"andy", "andrew"},
    {"bea", "beatriz"},
    {"ben", "benjamin"},
    {"bert", "albert"},
    {"beth", "elizabeth"},
    {"bill", "william"},
    {"billy", "william"},
    {"bob", "robert"},
    {"bobby", "robert"},
    {"charly", "carlos"},
    {"chuy", "jesus"},
    {"conchi", "concepcion"},
    {"dan", "daniel"},
    {"danny", "daniel"},
    {"dave", "david"},
    {"ed", "edward"},
    {"fred", "frederick"},
    {"greg", "gregory"},
    {"guille", "guillermo"},
    {"hans", "johannes"},
    {"jim", "james"},
    {"jimmy", "james"},
    {"joe", "joseph"},
    {"johnny", "john"},
    {"jon", "jonathan"},
    {"kate", "katherine"},
    {"katie", "katherine"},
    {"ken", "kenneth"},
    {"lena", "helena"},
    {"liz", "elizabeth"},
    {"lola", "dolores"},
    {"lupe", "guadalupe"},
    {"manu", "manuel"},
    {"matt", "matthew"},
    {"meg", "margaret"},
    {"mike", "michael"},
    {"nacho", "ignacio"},
    {"nick", "nicholas"},
    {"paco", "francisco"},
    {"peggy", "margaret"},
    {"pepa", "josefa"},
    {"pepe", "jose"},
    {"quique", "enrique"},
    {"rick", "richard"},
    {"rob", "robert"},
    {"ron", "ronald"},
    {"steve", "stephen"},
    {"sue", "susan"},
    {"ted", "edward"},
    {"tom", "thomas"},
    {"tommy", "thomas"},
    {"tony", "anthony"},
    {"vova", "vladimir"},
    {"zeca", "jose"},
};
static_assert(std::is_sorted(std::begin(kShortForms), std::end(kShortForms)));

// "Any-Latin" turns every script into Latin letters; "Latin-ASCII" then drops what accents are
// left. A transliterator is costly to make and not to be shared between threads.
icu::Transliterator *toLatin()
{
    thread_local std::unique_ptr<icu::Transliterator> transliterator = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Transliterator> made(icu::Transliterator::createInstance(
            icu::UnicodeString::fromUTF8("Any-Latin; Latin-ASCII; Lower"), UTRANS_FORWARD, status));
        return U_SUCCESS(status) ? std::move(made) : nullptr;
    }();
    return transliterator.get();
}

std::uint64_t hashOf(std::string_view text)
{
    std::uint64_t hash = 0xcbf29ce484222325ull; // FNV-1a
    for (const char c : text) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 0x100000001b3ull;
    }
    return hash;
}

char phoneticClass(char c)
{
    switch (c) {
    case 'b':
    case 'f':
    case 'p':
    case 'v':
        return '1';
    case 'c':
    case 'g':
    case 'j':
    case 'k':
    case 'q':
    case 's':
    case 'x':
    case 'z':
        return '2';
    case 'd':
    case 't':
        return '3';
    case 'l':
        return '4';
    case 'm':
    case 'n':
        return '5';
    case 'r':
        return '6';
    case 'h':
    case 'w':
        return 0; // neither a sound of its own nor a break between two
    default:
        return c >= '0' && c <= '9' ? c : '-'; // vowels (and y) break a run
    }
}

} // namespace

std::vector<std::string> latinWords(std::string_view utf8, bool *transliterated)
{
    std::string folded = NameMatching::fold(utf8);
    const bool latin = std::none_of(folded.begin(), folded.end(), [](char c) { return c & 0x80; });
    if (transliterated)
        *transliterated = !latin;
    if (!latin) {
        if (auto *transliterator = toLatin()) {
            auto text = icu::UnicodeString::fromUTF8(icu::StringPiece(folded.data(), std::int32_t(folded.size())));
            transliterator->transliterate(text);
            folded.clear();
            text.toUTF8String(folded);
        }
        // What is still not in Latin letters separates words.
        std::replace_if(
            folded.begin(), folded.end(), [](char c) { return c & 0x80; }, ' ');
    }
    // An apostrophe stays within its word: "O'Brien", and the soft sign of "Ol'ga" as transliterated.
    folded.erase(std::remove(folded.begin(), folded.end(), '\''), folded.end());
    return NameMatching::splitWords(folded);
}

std::string_view fullForm(std::string_view word)
{
    const auto found = std::lower_bound(std::begin(kShortForms), std::end(kShortForms), word,
        [](const auto &entry, std::string_view key) { return entry.first < key; });
    return found != std::end(kShortForms) && found->first == word ? found->second : word;
}

std::string canonicalEmail(std::string_view email)
{
    std::string key = NameMatching::emailKey(email);
    const auto at = key.find('@');
    if (at == std::string::npos)
        return {};
    std::string local = key.substr(0, at);
    const std::string domain = key.substr(at + 1);
    if (const auto plus = local.find('+'); plus != std::string::npos && plus > 0)
        local.resize(plus);
    if (domain == "gmail.com" || domain == "googlemail.com") {
        local.erase(std::remove(local.begin(), local.end(), '.'), local.end());
        return local + "@gmail.com";
    }
    return local + "@" + domain;
}

double jaroWinkler(std::string_view a, std::string_view b)
{
    if (a == b)
        return a.empty() ? 0.0 : 1.0;
    constexpr std::size_t kLongest = 64; // longer words are compared by their first 64 bytes
    a = a.substr(0, kLongest);
    b = b.substr(0, kLongest);
    if (a.empty() || b.empty())
        return 0.0;
    const std::size_t window = std::max<std::size_t>(std::max(a.size(), b.size()) / 2, 1) - 1;
    std::array<bool, kLongest> matchedA {};
    std::array<bool, kLongest> matchedB {};
    std::size_t matches = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        const std::size_t from = i > window ? i - window : 0;
        const std::size_t to = std::min(i + window + 1, b.size());
        for (std::size_t j = from; j < to; ++j) {
            if (!matchedB[j] && a[i] == b[j]) {
                matchedA[i] = matchedB[j] = true;
                ++matches;
                break;
            }
        }
    }
    if (matches == 0)
        return 0.0;
    std::size_t transpositions = 0;
    for (std::size_t i = 0, j = 0; i < a.size(); ++i) {
        if (!matchedA[i])
            continue;
        while (!matchedB[j])
            ++j;
        transpositions += a[i] != b[j];
        ++j;
    }
    const double m = double(matches);
    const double jaro = (m / double(a.size()) + m / double(b.size()) + (m - double(transpositions) / 2) / m) / 3;
    std::size_t prefix = 0;
    while (prefix < 4 && prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix])
        ++prefix;
    return jaro + double(prefix) * 0.1 * (1 - jaro);
}

std::string phoneticCode(std::string_view word)
{
    if (word.empty())
        return {};
    std::string code(1, word.front());
    char last = phoneticClass(word.front());
    for (std::size_t i = 1; i < word.size() && code.size() < 4; ++i) {
        const char sound = phoneticClass(word[i]);
        if (sound == 0)
            continue;
        if (sound != '-' && sound != last)
            code += sound;
        last = sound;
    }
    return code;
}

std::string skeleton(std::string_view word)
{
    std::string result;
    for (std::size_t i = 0; i < word.size(); ++i) {
        const char c = word[i];
        if (i > 0 && std::string_view("aeiouyhw").find(c) != std::string_view::npos)
            continue;
        if (result.empty() || result.back() != c)
            result += c;
    }
    return result;
}

double nameSimilarity(const std::vector<std::string> &a, const std::vector<std::string> &b, bool transliterated)
{
    if (a.empty() || b.empty())
        return 0.0;
    const auto &shorter = a.size() <= b.size() ? a : b;
    const auto &longer = a.size() <= b.size() ? b : a;
    // Each word of the shorter name takes the most alike free word of the longer one, the most
    // alike pairs first; the result is weighted by the words' lengths.
    struct Candidate
    {
        double similarity;
        std::size_t shortWord;
        std::size_t longWord;
    };
    std::vector<Candidate> candidates;
    candidates.reserve(shorter.size() * longer.size());
    for (std::size_t i = 0; i < shorter.size(); ++i) {
        for (std::size_t j = 0; j < longer.size(); ++j) {
            double similarity = jaroWinkler(shorter[i], longer[j]);
            if (transliterated)
                similarity = std::max(similarity, 0.9 * jaroWinkler(skeleton(shorter[i]), skeleton(longer[j])));
            candidates.push_back({similarity, i, j});
        }
    }
    std::sort(candidates.begin(), candidates.end(),
        [](const Candidate &x, const Candidate &y) { return x.similarity > y.similarity; });
    std::vector<bool> shortTaken(shorter.size()), longTaken(longer.size());
    double weighted = 0;
    double weights = 0;
    for (const auto &candidate : candidates) {
        if (shortTaken[candidate.shortWord] || longTaken[candidate.longWord])
            continue;
        shortTaken[candidate.shortWord] = longTaken[candidate.longWord] = true;
        const double weight = double(std::max(shorter[candidate.shortWord].size(), longer[candidate.longWord].size()));
        weighted += candidate.similarity * weight;
        weights += weight;
    }
    const double missing = double(longer.size() - shorter.size());
    return weighted / weights * std::max(0.0, 1.0 - 0.03 * missing);
}

Profile profileOf(std::string id, const FieldMap &person)
{
    Profile profile;
    profile.id = std::move(id);
    for (auto &word : latinWords(NameMatching::nameOf(person), &profile.transliterated)) {
        if (profile.words.size() == kMaxWords)
            break;
        profile.words.emplace_back(fullForm(word));
    }
    profile.nameKey = NameMatching::sortedKey(profile.words);
    profile.email = canonicalEmail(textOf(person, "email"));
    profile.phone = NameMatching::phoneKey(textOf(person, "phone"));
    for (const auto &word : NameMatching::words(textOf(person, "area")))
        profile.area += (profile.area.empty() ? "" : " ") + word;
    return profile;
}

// The weights are log2 odds, tuned on the injected duplicates of tests/bench/bench_dedupe.cpp
// (docs/dedupe.md has the reasoning): before any evidence two people are very unlikely to be one,
// a shared e-mail or phone is strong evidence, a shared name is strong only when it is rare.
Evidence compare(const Profile &a, const Profile &b, std::size_t nameShare)
{
    constexpr double kPrior = -14;
    Evidence evidence;
    double odds = kPrior;
    if (!a.email.empty() && !b.email.empty()) {
        evidence.sameEmail = a.email == b.email;
        odds += evidence.sameEmail ? 14 : -2; // addresses change
    }
    if (!a.phone.empty() && !b.phone.empty()) {
        evidence.samePhone = a.phone == b.phone;
        odds += evidence.samePhone ? 13 : -2;
    }
    if (!a.area.empty() && !b.area.empty()) {
        evidence.sameArea = a.area == b.area;
        odds += evidence.sameArea ? 2 : -2;
    }
    if (!a.words.empty() && !b.words.empty()) {
        if (a.nameKey == b.nameKey) {
            evidence.names = 1.0;
            // The name is shared by the pair itself and nameShare - 2 others.
            odds += std::max(4.0, 14 - std::log2(double(std::max<std::size_t>(nameShare, 2) - 1)));
        } else {
            evidence.names = nameSimilarity(a.words, b.words, a.transliterated || b.transliterated);
            const double names = evidence.names;
            odds += names >= 0.94 ? 9 : names >= 0.88 ? 5 : names >= 0.80 ? 1 : names >= 0.6 ? -3 : -8;
        }
    }
    evidence.score = 1 / (1 + std::exp2(-odds));
    return evidence;
}

std::vector<std::string> reasonsOf(const Evidence &evidence)
{
    std::vector<std::string> reasons;
    if (evidence.sameEmail)
        reasons.emplace_back("email");
    if (evidence.samePhone)
        reasons.emplace_back("phone");
    if (evidence.names >= 1.0)
        reasons.emplace_back("name");
    if (evidence.sameArea)
        reasons.emplace_back("area");
    return reasons;
}

std::string explain(const Evidence &evidence)
{
    std::vector<std::string> parts;
    if (evidence.sameEmail)
        parts.emplace_back("same e-mail");
    if (evidence.samePhone)
        parts.emplace_back("same phone");
    if (evidence.names >= 1.0) {
        parts.emplace_back("same name");
    } else if (evidence.names > 0) {
        char alike[32];
        std::snprintf(alike, sizeof alike, "names %.2f alike", std::floor(evidence.names * 100) / 100);
        parts.emplace_back(alike);
    }
    if (evidence.sameArea)
        parts.emplace_back("same area");
    std::string text;
    for (const auto &part : parts)
        text += (text.empty() ? "" : ", ") + part;
    return text;
}

std::vector<std::uint64_t> blockingKeys(const Profile &profile)
{
    std::vector<std::uint64_t> keys;
    if (!profile.email.empty())
        keys.push_back(hashOf("e" + profile.email));
    if (!profile.phone.empty())
        keys.push_back(hashOf("p" + profile.phone));
    // One word's sound and the other's first letter: a typo in either word, or the words in
    // another order, still share a key. Within the area, so that a common name does not make one
    // block of a whole city's people.
    const std::size_t words = std::min<std::size_t>(profile.words.size(), 4);
    for (std::size_t x = 0; x < words; ++x) {
        const std::string sound = "n" + phoneticCode(profile.words[x]) + "|";
        for (std::size_t y = 0; y < words; ++y) {
            if (y != x)
                keys.push_back(hashOf(sound + profile.words[y].front() + "|" + profile.area));
        }
    }
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    return keys;
}

Scan findDuplicates(const std::vector<Profile> &people, double threshold)
{
    Scan scan;
    std::unordered_map<std::string_view, std::uint32_t> nameShares;
    for (const auto &person : people) {
        if (!person.nameKey.empty())
            ++nameShares[person.nameKey];
    }
    std::vector<std::uint32_t> nameShareOf(people.size(), 1);
    for (std::size_t i = 0; i < people.size(); ++i) {
        if (!people[i].nameKey.empty())
            nameShareOf[i] = nameShares.at(people[i].nameKey);
    }
    // Every person's keys, flat: keys[offsets[i] .. offsets[i + 1]) are person i's, sorted.
    std::vector<std::uint64_t> keys;
    std::vector<std::size_t> offsets {0};
    std::vector<std::pair<std::uint64_t, std::uint32_t>> entries;
    keys.reserve(people.size() * 4);
    entries.reserve(people.size() * 4);
    for (std::uint32_t i = 0; i < people.size(); ++i) {
        for (const auto key : blockingKeys(people[i])) {
            keys.push_back(key);
            entries.emplace_back(key, i);
        }
        offsets.push_back(keys.size());
    }
    std::sort(entries.begin(), entries.end());
    // The first key two people share: they are compared in that key's block only.
    const auto firstShared = [&](std::uint32_t p, std::uint32_t q) {
        auto x = keys.begin() + std::ptrdiff_t(offsets[p]);
        auto y = keys.begin() + std::ptrdiff_t(offsets[q]);
        const auto xEnd = keys.begin() + std::ptrdiff_t(offsets[p + 1]);
        const auto yEnd = keys.begin() + std::ptrdiff_t(offsets[q + 1]);
        while (x != xEnd && y != yEnd) {
            if (*x == *y)
                return *x;
            *x < *y ? ++x : ++y;
        }
        return std::uint64_t(0);
    };
    for (std::size_t start = 0; start < entries.size();) {
        std::size_t end = start + 1;
        while (end < entries.size() && entries[end].first == entries[start].first)
            ++end;
        const std::size_t size = end - start;
        if (size > kMaxBlock) {
            ++scan.oversizedBlocks;
        } else {
            for (std::size_t i = start; i < end; ++i) {
                for (std::size_t j = i + 1; j < end; ++j) {
                    const auto [p, q] = std::minmax(entries[i].second, entries[j].second);
                    if (firstShared(p, q) != entries[start].first)
                        continue;
                    ++scan.comparisons;
                    const Evidence evidence = compare(people[p], people[q], nameShareOf[p]);
                    if (evidence.score >= threshold)
                        scan.pairs.push_back(Pair {p, q, evidence});
                }
            }
        }
        start = end;
    }
    std::sort(scan.pairs.begin(), scan.pairs.end(), [](const Pair &x, const Pair &y) {
        return x.evidence.score != y.evidence.score ? x.evidence.score > y.evidence.score
                                                    : std::tie(x.a, x.b) < std::tie(y.a, y.b);
    });
    return scan;
}

} // namespace commonroom::matching
