// Finding the people recorded twice in a whole directory (docs/dedupe.md): N people of the demo
// community's names (every culture and script of seed-demo), plus known duplicates injected the
// ways they arise — a typo, the name's words in another order, a short form, the name in Latin
// letters instead of its own script, a word left out, the phone written otherwise, a changed,
// tagged or missing e-mail, a missing phone — and households, people of one family sharing an
// e-mail or a phone, who must not be taken for one. The scan (matching::findDuplicates) is timed
// and its pairs checked against the injected ones: precision and recall. In the same run, the
// baseline: grouping by the keys the daemon flags pushes by (DuplicateFinder::keysOf: e-mail,
// phone, folded name and its short forms). tests/bench/dedupe.sh runs it.
//
//   bench_dedupe --people N [--duplicates PERCENT] [--threshold T] [--by-kind] [--misses N]
//
// --by-kind prints the recall of each kind of change; --misses N prints N injected pairs not
// found, with what the scan saw of them.
#include "common/PersonMatch.h"
#include "syncd/DemoNames.h"
#include "syncd/DuplicateFinder.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <map>
#include <random>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

using namespace commonroom;

namespace {

constexpr const char *kCities[] = {"Berlin", "Lisboa", "Ciudad de México", "Lagos", "Montréal", "Chennai", "Kyiv",
    "İstanbul", "København", "São Paulo"};

// The standard's 64-bit Mersenne Twister gives the same numbers everywhere.
class Random
{
public:
    explicit Random(std::uint64_t seed)
        : m_engine(seed)
    {
    }
    std::uint64_t next() { return m_engine(); }
    std::size_t below(std::size_t bound) { return std::size_t(m_engine() % bound); }

private:
    std::mt19937_64 m_engine;
};

struct Person
{
    std::string name;
    std::string latinName; // the name as its e-mail address spells it
    std::string given;
    std::string family;
    std::string email;
    std::string phone;
    std::string area;
};

bool isAscii(const std::string &text)
{
    return std::none_of(text.begin(), text.end(), [](char c) { return c & 0x80; });
}

std::string capitalized(std::string word)
{
    if (!word.empty() && word[0] >= 'a' && word[0] <= 'z')
        word[0] = char(word[0] - 'a' + 'A');
    return word;
}

// A typo in an ASCII name: a letter dropped, doubled, replaced or swapped with the next.
std::string typo(std::string name, Random &random)
{
    std::vector<std::size_t> letters;
    for (std::size_t i = 1; i + 1 < name.size(); ++i) {
        if (name[i] >= 'a' && name[i] <= 'z' && name[i + 1] >= 'a' && name[i + 1] <= 'z')
            letters.push_back(i);
    }
    if (letters.empty())
        return name;
    const std::size_t at = letters[random.below(letters.size())];
    switch (random.below(4)) {
    case 0:
        name.erase(at, 1);
        break;
    case 1:
        name.insert(at, 1, name[at]);
        break;
    case 2:
        name[at] = char('a' + random.below(26));
        break;
    default:
        std::swap(name[at], name[at + 1]);
    }
    return name;
}

constexpr std::pair<const char *, const char *> kShortened[]
    = {{"Robert", "Bob"}, {"William", "Bill"}, {"Elizabeth", "Liz"}, {"Francisco", "Paco"}, {"José", "Pepe"},
        {"Ignacio", "Nacho"}, {"Enrique", "Quique"}, {"Dolores", "Lola"}, {"Michael", "Mike"}, {"Thomas", "Tom"},
        {"Manuel", "Manu"}, {"Guadalupe", "Lupe"}, {"Daniel", "Dani"}, {"Katherine", "Kate"}, {"Johannes", "Hans"}};

enum Kind { Typo, Order, Short, Script, WordLeftOut, PhoneWritten, EmailChanged, EmailTagged, NoPhone, Kinds };
constexpr const char *kKindNames[] = {"typo", "word order", "short form", "Latin letters", "word left out",
    "phone written otherwise", "e-mail changed", "e-mail tagged", "phone missing"};

// The duplicate of `original`: one change to the name and one to the contacts, as a second
// sign-up or another spreadsheet would write the same person.
Person duplicateOf(const Person &original, Random &random, Kind &nameKind, Kind &contactKind)
{
    Person copy = original;
    const bool latin = isAscii(original.name);
    nameKind = Kind(random.below(5));
    if (!latin && random.below(2) == 0)
        nameKind = Script;
    switch (nameKind) {
    case Typo:
        copy.name = typo(latin ? original.name : original.latinName, random);
        break;
    case Order:
        copy.name = original.family + " " + original.given;
        break;
    case Short: {
        const auto shortened = std::find_if(std::begin(kShortened), std::end(kShortened),
            [&](const auto &entry) { return original.given == entry.first; });
        if (shortened != std::end(kShortened))
            copy.name = std::string(shortened->second) + " " + original.family;
        else
            copy.name = typo(latin ? original.name : original.latinName, random), nameKind = Typo;
        break;
    }
    case Script:
        copy.name = original.latinName;
        break;
    default: {
        // The second of two given names or of two family names ("María José", "Fernández López").
        const auto twoWords = [](const std::string &part) {
            return std::count(part.begin(), part.end(), ' ') == 1 ? part.substr(0, part.find(' ')) : std::string();
        };
        if (const auto given = twoWords(original.given); latin && !given.empty())
            copy.name = given + " " + original.family;
        else if (const auto family = twoWords(original.family); latin && !family.empty())
            copy.name = original.given + " " + family;
        else
            copy.name = typo(latin ? original.name : original.latinName, random), nameKind = Typo;
        if (nameKind != Typo)
            nameKind = WordLeftOut;
    }
    }
    contactKind = Kind(PhoneWritten + random.below(4));
    switch (contactKind) {
    case PhoneWritten: {
        std::string digits;
        for (const char c : original.phone) {
            if (c >= '0' && c <= '9')
                digits += c;
        }
        copy.phone = "0" + digits.substr(digits.size() > 9 ? digits.size() - 9 : 0);
        break;
    }
    case EmailChanged:
        copy.email = "new." + original.email.substr(0, original.email.find('@')) + "@mail.example.org";
        break;
    case EmailTagged:
        copy.email = original.email.substr(0, original.email.find('@')) + "+signup"
            + original.email.substr(original.email.find('@'));
        break;
    default:
        copy.phone.clear();
    }
    return copy;
}

double seconds(std::chrono::steady_clock::time_point since)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

} // namespace

int main(int argc, char **argv)
{
    std::size_t size = 100'000;
    double duplicatePercent = 5;
    double threshold = 0.9;
    bool byKind = false;
    std::size_t misses = 0;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--people") && i + 1 < argc)
            size = std::stoul(argv[++i]);
        else if (!std::strcmp(argv[i], "--duplicates") && i + 1 < argc)
            duplicatePercent = std::stod(argv[++i]);
        else if (!std::strcmp(argv[i], "--threshold") && i + 1 < argc)
            threshold = std::stod(argv[++i]);
        else if (!std::strcmp(argv[i], "--by-kind"))
            byKind = true;
        else if (!std::strcmp(argv[i], "--misses") && i + 1 < argc)
            misses = std::stoul(argv[++i]);
        else {
            std::fprintf(stderr,
                "usage: bench_dedupe --people N [--duplicates PERCENT] [--threshold T] [--by-kind] [--misses N]\n");
            return 2;
        }
    }

    // The directory: people of seed-demo's names, then the injected duplicates at the end.
    Random random(0xD0D0CAFEull);
    std::vector<Person> directory;
    directory.reserve(size);
    const std::size_t duplicates = std::size_t(double(size) * duplicatePercent / 100);
    const std::size_t originals = size - duplicates - (size - duplicates) / 51;
    for (std::size_t i = 0; i < originals; ++i) {
        const auto name = syncd::DemoNames::make(random.next());
        Person person;
        person.name = name.displayName;
        person.given = name.given;
        person.family = name.family;
        for (std::size_t start = 0; start <= name.emailLocal.size();) {
            const std::size_t end = std::min(name.emailLocal.find('.', start), name.emailLocal.size());
            person.latinName
                += (person.latinName.empty() ? "" : " ") + capitalized(name.emailLocal.substr(start, end - start));
            start = end + 1;
        }
        person.email = name.emailLocal + "." + std::to_string(i + 1) + "@example.net";
        if (random.below(100) < 80)
            person.phone = std::string(name.phonePrefix) + " " + std::to_string(100 + random.below(900)) + " "
                + std::to_string(1000000 + random.below(9000000));
        person.area = kCities[random.below(std::size(kCities))];
        directory.push_back(std::move(person));
    }
    // Households: someone of the same family and area who shares the e-mail or the phone of
    // another (2 % of people), different people that a finder must not take for one.
    for (std::size_t i = 0; i < originals / 50; ++i) {
        const Person &other = directory[random.below(directory.size())];
        const auto name = syncd::DemoNames::make(random.next());
        if (name.given == other.given)
            continue;
        Person relative = other;
        relative.given = name.given;
        relative.name = name.given + " " + other.family;
        relative.latinName = relative.name;
        if (random.below(2) == 0 || other.phone.empty())
            relative.phone.clear();
        else
            relative.email = "family." + std::to_string(i) + "@example.net";
        directory.push_back(std::move(relative));
    }
    const std::size_t people = directory.size();
    std::set<std::pair<std::uint32_t, std::uint32_t>> injected;
    std::map<std::pair<std::uint32_t, std::uint32_t>, std::pair<Kind, Kind>> kindOf;
    for (std::size_t i = 0; i < duplicates; ++i) {
        const auto original = std::uint32_t(random.below(people));
        Kind nameKind {}, contactKind {};
        directory.push_back(duplicateOf(directory[original], random, nameKind, contactKind));
        const auto pair = std::make_pair(original, std::uint32_t(directory.size() - 1));
        injected.insert(pair);
        kindOf[pair] = {nameKind, contactKind};
    }
    // Two duplicates of one original are one person too.
    std::unordered_map<std::uint32_t, std::vector<std::uint32_t>> copiesOf;
    for (const auto &[original, copy] : injected)
        copiesOf[original].push_back(copy);
    std::set<std::pair<std::uint32_t, std::uint32_t>> samePerson = injected;
    for (const auto &[original, copies] : copiesOf) {
        for (std::size_t x = 0; x < copies.size(); ++x) {
            for (std::size_t y = x + 1; y < copies.size(); ++y)
                samePerson.insert(std::minmax(copies[x], copies[y]));
        }
    }

    const auto fieldsOf = [](const Person &person) {
        FieldMap fields {{"display_name", person.name}, {"email", person.email}, {"area", person.area}};
        if (!person.phone.empty())
            fields["phone"] = person.phone;
        return fields;
    };
    const auto prepareStart = std::chrono::steady_clock::now();
    std::vector<matching::Profile> profiles;
    profiles.reserve(directory.size());
    for (std::size_t i = 0; i < directory.size(); ++i)
        profiles.push_back(matching::profileOf(std::to_string(i), fieldsOf(directory[i])));
    const double prepared = seconds(prepareStart);
    const auto scanStart = std::chrono::steady_clock::now();
    const auto scan = matching::findDuplicates(profiles, threshold);
    const double scanned = seconds(scanStart);

    std::size_t truePairs = 0;
    std::set<std::pair<std::uint32_t, std::uint32_t>> foundInjected;
    for (const auto &pair : scan.pairs) {
        if (samePerson.contains({pair.a, pair.b}))
            ++truePairs;
        if (injected.contains({pair.a, pair.b}))
            foundInjected.insert({pair.a, pair.b});
    }
    const double precision = scan.pairs.empty() ? 1.0 : double(truePairs) / double(scan.pairs.size());
    const double recall = double(foundInjected.size()) / double(std::max<std::size_t>(injected.size(), 1));

    // The baseline: people grouped by the keys of the daemon's push-time finder, which flags two
    // people who share one unless more than kMaxMatchesPerKey others share it too.
    const auto exactStart = std::chrono::steady_clock::now();
    std::unordered_map<std::string, std::vector<std::uint32_t>> byKey;
    for (std::uint32_t i = 0; i < directory.size(); ++i) {
        for (auto &key : syncd::DuplicateFinder::keysOf(fieldsOf(directory[i])))
            byKey[std::move(key)].push_back(i);
    }
    std::set<std::pair<std::uint32_t, std::uint32_t>> exactPairs;
    for (const auto &[key, members] : byKey) {
        if (members.size() > syncd::DuplicateFinder::kMaxMatchesPerKey + 1)
            continue;
        for (std::size_t x = 0; x < members.size(); ++x) {
            for (std::size_t y = x + 1; y < members.size(); ++y)
                exactPairs.insert(std::minmax(members[x], members[y]));
        }
    }
    const double exact = seconds(exactStart);
    std::size_t exactTrue = 0, exactInjected = 0;
    for (const auto &pair : exactPairs) {
        exactTrue += samePerson.contains(pair);
        exactInjected += injected.contains(pair);
    }

    std::printf("| %zu | %zu | %.1f | %.1f | %zu | %zu | %.3f | %.3f | %.2f | %.3f | %.3f | %.1f |\n", directory.size(),
        injected.size(), prepared, scanned, scan.comparisons, scan.pairs.size(), precision, recall, exact,
        exactPairs.empty() ? 1.0 : double(exactTrue) / double(exactPairs.size()),
        double(exactInjected) / double(std::max<std::size_t>(injected.size(), 1)), (prepared + scanned) / exact);
    if (byKind) {
        std::map<Kind, std::pair<std::size_t, std::size_t>> perKind; // found, injected
        for (const auto &[pair, kinds] : kindOf) {
            for (const Kind kind : {kinds.first, kinds.second}) {
                ++perKind[kind].second;
                perKind[kind].first += foundInjected.contains(pair);
            }
        }
        for (const auto &[kind, counts] : perKind)
            std::printf("  %-24s recall %.3f (%zu of %zu)\n", kKindNames[kind],
                double(counts.first) / double(counts.second), counts.first, counts.second);
        std::printf("  oversized blocks: %zu\n", scan.oversizedBlocks);
    }
    for (const auto &pair : injected) {
        if (misses == 0)
            break;
        if (foundInjected.contains(pair))
            continue;
        --misses;
        const auto &[a, b] = pair;
        const auto evidence = matching::compare(profiles[a], profiles[b], 1);
        std::printf("  missed: \"%s\" %s %s | \"%s\" %s %s | %s, %.3f\n", directory[a].name.c_str(),
            directory[a].email.c_str(), directory[a].phone.c_str(), directory[b].name.c_str(),
            directory[b].email.c_str(), directory[b].phone.c_str(), matching::explain(evidence).c_str(),
            evidence.score);
    }
    return 0;
}
