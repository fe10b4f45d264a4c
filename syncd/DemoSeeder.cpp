#include "DemoSeeder.h"

#include "DemoEvents.h"
#include "DemoNames.h"
#include "PasswordPolicy.h"

#include "common/Contributions.h"
#include "common/Hlc.h"
#include "common/Ladder.h"
#include "common/MailChoice.h"
#include "common/Merge.h"
#include "common/Opportunities.h"
#include "common/Relations.h"
#include "common/SmartLists.h"
#include "common/StoredTime.h"
#include "common/Tags.h"
#include "common/Turfs.h"
#include "common/Uuid.h"

#include <array>
#include <charconv>
#include <map>
#include <set>
#include <span>

namespace commonroom::syncd {

namespace {

constexpr std::uint64_t kSeed = 0xC0FFEE5EEDull;
constexpr std::string_view kPeopleSetting = "demo.people";
constexpr std::string_view kGroupsSetting = "demo.groups";
constexpr std::string_view kOpportunitiesSetting = "demo.opportunities";
constexpr std::string_view kMessagesSetting = "demo.group_messages";

// SplitMix64: tiny, fast and identical on every platform, unlike the standard distributions.
class Random
{
public:
    explicit Random(std::uint64_t seed)
        : m_state(seed)
    {
    }
    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    std::size_t below(std::size_t bound) { return std::size_t(next() % bound); }
    bool chance(unsigned percent) { return below(100) < percent; }
    template<class T>
    const T &pick(std::span<const T> items)
    {
        return items[below(items.size())];
    }

private:
    std::uint64_t m_state;
};

struct City
{
    std::string_view name;
    std::array<std::string_view, 3> neighbourhoods;
};

constexpr City cities[] = {
    {"Berlin", {"Kreuzberg", "Neukölln", "Wedding"}},
    {"Lisboa", {"Alfama", "Mouraria", "Graça"}},
    {"Ciudad de México", {"Coyoacán", "Roma Norte", "Tlalpan"}},
    {"Lagos", {"Yaba", "Surulere", "Ikeja"}},
    {"Montréal", {"Plateau", "Verdun", "Hochelaga"}},
    {"Chennai", {"Mylapore", "Adyar", "T. Nagar"}},
    {"Kyiv", {"Podil", "Obolon", "Pechersk"}},
    {"İstanbul", {"Kadıköy", "Beşiktaş", "Üsküdar"}},
    {"København", {"Nørrebro", "Vesterbro", "Amager"}},
    {"São Paulo", {"Pinheiros", "Mooca", "Liberdade"}},
};

constexpr std::string_view skills[] = {
    "translation",
    "event planning",
    "Python",
    "first aid",
    "graphic design",
    "facilitation",
    "fundraising",
    "video editing",
    "accessibility review",
    "outreach",
    "cooking for crowds",
    "bookkeeping",
    "data analysis",
    "legal aid",
    "childcare",
    "carpentry",
    "social media",
    "photography",
    "public speaking",
    "teaching",
    "web development",
    "localization",
    "bike repair",
    "sign language",
};

constexpr std::string_view interests[] = {
    "housing",
    "climate",
    "cycling",
    "open source",
    "gardening",
    "tenant rights",
    "music",
    "food sharing",
    "digital privacy",
    "education",
    "public transport",
    "repair cafés",
    "literacy",
    "health care",
    "arts",
    "football",
    "migration",
    "elder care",
};

constexpr std::string_view streets[] = {"Oranienstraße", "Rua dos Remédios", "Calle Madero", "Herbert Macaulay Way",
    "Rue Saint-Denis", "Luz Church Road", "Andriivskyi Descent", "Moda Caddesi", "Jægersborggade", "Rua Augusta"};

constexpr std::string_view pronouns[] = {"she/her", "he/him", "they/them", "she/they"};

constexpr std::string_view bioTemplates[] = {
    "Has lived in {n} for {y} years and helps with {s}.",
    "Retired teacher who loves {i} and runs the {s} sessions on Saturdays.",
    "Student in {c}; happy to help with {s} when exams allow.",
    "Nurse working nights. Interested in {i}; ask me about {s}.",
    "Moved to {c} {y} years ago. Volunteers in {s} and cares about {i}.",
    "Parent of two, organizing around {i} in {n}.",
    "Software developer by day, {s} by night.",
    "Came for the {i} meetings, stayed for the people.",
};

struct GroupSeed
{
    std::string_view name;
    std::string_view kind;
    std::string_view description;
    std::string_view terms;
    std::int64_t renewalDays;
};

constexpr GroupSeed groupSeeds[] = {
    {"Kreuzberg Tenants' Union", "reviewed", "Neighbours organizing for fair rents, repairs and against evictions.",
        "Members keep the details of other tenants' cases confidential.", 365},
    {"Bike Kitchen", "open", "Fix your bike with us every Wednesday evening; tools and tea provided.", "", 0},
    {"Community Garden Alfama", "open", "Raised beds, compost and a seed library on the old school yard.", "", 0},
    {"Translation Circle", "open", "Volunteers translating leaflets, subtitles and the app itself.", "", 0},
    {"Climate Action Working Group", "reviewed", "Campaigns on local transport, heat plans and green roofs.", "", 180},
    {"Food Sharing Network", "open", "Rescued food shared from the fridge at the community centre.",
        "Food safety rules apply; read them before your first pickup.", 0},
    {"Digital Privacy Clinic", "reviewed", "Helps people secure phones and accounts, one-to-one.", "", 365},
    {"Youth Mentoring", "closed", "Adults mentoring teenagers in homework, applications and sports.",
        "Mentors need a recent background check and complete the safeguarding training.", 365},
    {"Repair Café", "open", "Monthly repair sessions for electronics, clothes and furniture.", "", 0},
    {"Welcome Committee", "reviewed", "Welcomes newcomers and helps with paperwork and first steps.", "", 0},
    {"Legal Aid Volunteers", "closed", "Lawyers and students giving free advice on housing and residency.",
        "Strict confidentiality: nothing about a case leaves the clinic.", 365},
    {"Events Crew", "open", "Sets up, runs and cleans up after community events.", "", 0},
    {"Open Source Contributors", "open", "Works on the tools the community uses, Commonroom included.", "", 0},
    {"Elder Care Visitors", "reviewed", "Regular visits and phone calls with isolated older neighbours.",
        "Visitors commit to at least one visit a month for six months.", 180},
    {"Coro Voces Unidas", "open", "A choir singing in twelve languages; no auditions.", "", 0},
    {"Coordinating Council", "closed", "Elected delegates coordinating the working groups.",
        "Delegates serve one-year terms and publish minutes of every meeting.", 365},
    {"Fundraising Team", "reviewed", "Grant applications, solidarity dinners and the yearly appeal.", "", 0},
    {"Newsletter Editors", "reviewed", "Writes and edits the monthly newsletter.", "", 0},
    {"Accessibility Review Group", "open", "Checks venues, documents and software for accessibility.", "", 0},
    {"Literacy Tutors", "reviewed", "Reading and writing tutoring for adults.", "", 365},
    {"Cycling Advocacy", "open", "Pushes for safe bike lanes and organizes the monthly critical mass.", "", 0},
    {"Mutual Aid Fund", "closed", "A solidarity fund for members facing an emergency.",
        "Requests are decided by three members in rotation and never made public.", 365},
    {"Localization: Español", "open", "Translates the community's materials into Spanish.", "", 0},
    {"Localization: Deutsch", "open", "Translates the community's materials into German.", "", 0},
};

struct DemoProfile
{
    std::string_view email;
    Role role;
    std::string_view displayName;
    std::string_view given;
    std::string_view family;
    std::string_view area;
    std::string_view neighbourhood;
    std::string_view skills;
    std::string_view bio;
};

constexpr DemoProfile demoProfiles[] = {
    {"admin@example.org", Role::Admin, "Amara Okafor", "Amara", "Okafor", "Lagos", "Yaba", "bookkeeping, facilitation",
        "Keeps the membership list honest and approves new members."},
    {"leader@example.org", Role::Leader, "Lena Hoffmann", "Lena", "Hoffmann", "Berlin", "Kreuzberg",
        "facilitation, event planning, public speaking", "Organizer of the tenants' union and the repair café."},
    {"member@example.org", Role::Member, "Mateo Silva", "Mateo", "Silva", "Lisboa", "Graça", "bike repair, Python",
        "Fixes bikes on Wednesdays and code on weekends."},
    {"applicant@example.org", Role::Applicant, "Priya Raman", "Priya", "Raman", "Chennai", "Adyar", "translation",
        "New here; would love to help with translations."},
};

std::string joinedSample(Random &random, std::span<const std::string_view> pool, std::size_t count)
{
    std::string joined;
    std::size_t start = random.below(pool.size());
    for (std::size_t i = 0; i < count; ++i) {
        if (i)
            joined += ", ";
        joined += pool[(start + i * 7) % pool.size()];
    }
    return joined;
}

std::string fill(std::string_view pattern, std::string_view placeholder, std::string_view value)
{
    std::string text(pattern);
    for (auto at = text.find(placeholder); at != std::string::npos; at = text.find(placeholder, at + value.size()))
        text.replace(at, placeholder.size(), value);
    return text;
}

std::string_view weighted(Random &random, std::initializer_list<std::pair<std::string_view, unsigned>> choices)
{
    unsigned roll = unsigned(random.below(100));
    for (const auto &[value, percent] : choices) {
        if (roll < percent)
            return value;
        roll -= percent;
    }
    return choices.begin()->first;
}

FieldMap personFields(std::size_t index, Random &random)
{
    const DemoNames::Person name = DemoNames::make(random.next());
    const City &city = cities[random.below(std::size(cities))];
    const std::string_view neighbourhood = city.neighbourhoods[random.below(city.neighbourhoods.size())];
    const std::string skillList = joinedSample(random, skills, 1 + random.below(3));
    const std::string interestList = joinedSample(random, interests, 1 + random.below(3));

    FieldMap fields;
    fields["display_name"] = name.displayName;
    fields["given_name"] = name.given;
    fields["family_name"] = name.family;
    if (random.chance(70))
        fields["pronouns"] = std::string(random.pick(std::span<const std::string_view>(pronouns)));
    // The index keeps addresses unique however many people share a name.
    fields["email"] = name.emailLocal + "." + std::to_string(index + 1) + "@example.net";
    if (random.chance(80))
        fields["phone"] = std::string(name.phonePrefix) + " " + std::to_string(100 + random.below(900)) + " "
            + std::to_string(1000000 + random.below(9000000));
    if (random.chance(60))
        fields["address"] = std::string(random.pick(std::span<const std::string_view>(streets))) + " "
            + std::to_string(1 + random.below(180));
    fields["area"] = std::string(city.name);
    fields["neighbourhood"] = std::string(neighbourhood);
    std::string languages(name.language);
    if (random.chance(70) && name.language != "English")
        languages += ", English";
    if (random.chance(20))
        languages += random.chance(50) ? ", French" : ", Spanish";
    fields["languages"] = languages;
    fields["skills"] = skillList;
    fields["interests"] = interestList;
    if (random.chance(85)) {
        std::string bio(bioTemplates[random.below(std::size(bioTemplates))]);
        bio = fill(bio, "{n}", neighbourhood);
        bio = fill(bio, "{c}", city.name);
        bio = fill(bio, "{y}", std::to_string(1 + random.below(30)));
        bio = fill(bio, "{s}", skillList.substr(0, skillList.find(',')));
        bio = fill(bio, "{i}", interestList.substr(0, interestList.find(',')));
        fields["bio"] = bio;
    }

    // Varied choices of who sees what, so that every visibility level shows up in a pull.
    fields["display_name_visibility"] = std::string(weighted(random, {{"members", 65}, {"public", 35}}));
    fields["email_visibility"]
        = std::string(weighted(random, {{"leaders", 55}, {"members", 25}, {"private", 15}, {"public", 5}}));
    if (fields.contains("phone"))
        fields["phone_visibility"] = std::string(weighted(random, {{"leaders", 50}, {"private", 40}, {"members", 10}}));
    if (random.chance(50))
        fields["bio_visibility"] = std::string(weighted(random, {{"members", 50}, {"public", 40}, {"leaders", 10}}));
    if (random.chance(40))
        fields["skills_visibility"] = std::string(weighted(random, {{"public", 50}, {"members", 50}}));
    if (random.chance(30))
        fields["area_visibility"] = std::string(weighted(random, {{"public", 70}, {"leaders", 30}}));

    const std::string_view role = weighted(random, {{"member", 84}, {"applicant", 6}, {"leader", 9}, {"admin", 1}});
    fields["role"] = std::string(role);
    fields["status"] = std::string(random.chance(92) ? "active" : "inactive");
    if (role == "leader" || role == "admin")
        fields["leadership_level"] = std::int64_t(3 + random.below(3));
    else if (role == "member" && random.chance(40))
        fields["leadership_level"] = std::int64_t(1 + random.below(3));
    const bool consent = random.chance(70);
    fields["consent"] = std::int64_t(consent ? 1 : 0);
    if (consent)
        fields["consent_at"]
            = "2024-0" + std::to_string(1 + random.below(9)) + "-1" + std::to_string(random.below(10)) + "T10:00:00Z";
    return fields;
}

FieldMap membershipFields(
    const std::string &person, const std::string &group, std::string_view state, std::string_view role)
{
    return FieldMap {
        {"person_id", person}, {"group_id", group}, {"state", std::string(state)}, {"role", std::string(role)}};
}

// A request to join asked at `askedMs`, stamped as the requester's device stamps it (Groups::join).
FieldMap requestFields(const std::string &person, const std::string &group, std::int64_t askedMs)
{
    FieldMap fields = membershipFields(person, group, "pending", "member");
    fields["requested_at"] = storedTime(askedMs);
    return fields;
}

// Opportunities (docs/organizing.md, "Opportunities"), each in one of the demo groups (an index
// of groupSeeds), posted by the demo leader in the groups she curates and by the admin elsewhere.
struct DemoOpportunitySeed
{
    std::size_t group;
    std::string_view title;
    std::string_view description;
    std::string_view skills;
    std::string_view languages;
    std::string_view area;
    std::string_view commitment;
    std::int64_t places;
    bool closed;
};

// Messages the demo leader wrote to groups they curate (docs/groupmail.md).
struct DemoMessageSeed
{
    std::size_t group; // index into groupSeeds
    std::string_view subject;
    std::string_view body;
    std::int64_t daysAgo;
};

constexpr DemoMessageSeed demoMessageSeeds[] = {
    {0, "Building meeting on Thursday",
        "We meet on Thursday at 19:00 in the courtyard of number 12 to prepare the letter to the landlord about "
        "the heating. Bring your repair requests, with dates if you have them.\n\nInterpretation into Turkish "
        "and Arabic is arranged.",
        9},
    {0, "Thank you for the rent hearing",
        "Forty of us were at the hearing: the council heard us. The minutes are with the curators; ask us for a copy.",
        2},
    {1, "Wednesday: new tyre levers and a second stand",
        "Thanks to the repair café's donation we have a second stand and new tyre levers. See you on Wednesday from "
        "18:00.",
        5},
    {8, "Volunteers for the December repair session",
        "We need two people for the electronics table on the 14th. Reply in person at the next session or to a "
        "curator.",
        12},
};

constexpr DemoOpportunitySeed demoOpportunitySeeds[] = {
    {1, "Wednesday repair shift", "Help neighbours fix their bikes at the Wednesday evening session.",
        "bike repair, tools", "", "support", "3 hours on Wednesday evenings", 3, false},
    {12, "Python help for the booking script", "The room booking script needs tests and a CSV export.",
        "Python, SQLite, testing", "English", "coding", "a few evenings", 2, false},
    {0, "Door-knocking on Oranienstraße", "Talk with tenants about the rent increase and the next assembly.", "",
        "German, Turkish, Arabic", "organizing", "two Saturday mornings", 6, false},
    {3, "Translate the rent flyer", "The tenants' union flyer, one page, into Arabic and Portuguese.", "translation",
        "Arabic, Portuguese", "localization", "about 3 hours", 2, false},
    {11, "Set up the general assembly", "Chairs, sound and the welcome table for 200 people.", "", "", "events",
        "Saturday 9:00 to 12:00", 8, false},
    {8, "Sort the donated tools", "Sort and label the tools donated in the spring.", "tools", "", "support",
        "one afternoon", 2, true},
};

struct DemoTagSeed
{
    std::string_view name;
    std::string_view visibility;
    unsigned percent; // of seeded people who have it
};

constexpr DemoTagSeed demoTagSeeds[] = {
    {"Needs follow-up", tags::kLeaders, 12},
    {"Has a car", tags::kMembers, 20},
    {"Speaks Arabic", tags::kMembers, 8},
    {"Can host meetings", tags::kMembers, 10},
    {"Childcare needed", tags::kLeaders, 6},
};

// The demo smart lists: a tag (an index of demoTagSeeds, or -1), a lowest level, a role, an area
// contributed in over the last year, a number of events attended, the first group's members.
struct DemoListSeed
{
    std::string_view name;
    bool shared;
    bool byAdmin;
    int tag;
    std::int64_t minLevel;
    std::string_view role;
    std::string_view contributedArea;
    std::int64_t minEvents;
    bool firstGroup;
};

constexpr DemoListSeed demoListSeeds[] = {
    {"Follow up this week", true, false, 0, 0, "", "", 0, false},
    {"Drivers for the next action", true, false, 1, 0, "member", "", 0, false},
    {"Coders this year", false, false, -1, 0, "", "coding", 0, false},
    {"Regulars (2+ events)", true, false, -1, 0, "", "", 2, false},
    {"First group's active members at level 3+", false, true, -1, 3, "", "", 0, true},
};

constexpr std::string_view assessmentNotes[] = {
    "Chaired the last general meeting and followed up with everyone who spoke.",
    "Brought three neighbours to the tenants' assembly.",
    "Runs the sign-in table at events without being asked.",
    "Ready to lead a working group; pair with a core leader first.",
    "Came to two meetings; call to ask what would bring them back.",
};

constexpr std::string_view leaderNotes[] = {
    "Prefers calls after 18:00; mornings are childcare.",
    "Interested in the housing campaign but worried about their landlord finding out.",
    "Asked for a one-to-one about taking on more responsibility.",
    "Has not been seen since the spring; check in gently.",
};

constexpr std::string_view contributionDescriptions[] = {
    "Translated the tenants' rights flyer.",
    "Fixed the sign-up form on the website.",
    "Drove two neighbours to the hearing.",
    "Set up the hall and ran the sign-in table.",
    "Called everyone on the list about the assembly.",
    "Knocked on doors on the east side of the estate.",
    "Answered questions in the group chat all week.",
};

std::vector<std::string> splitIds(const std::string &joined)
{
    std::vector<std::string> ids;
    for (std::size_t start = 0; start < joined.size();) {
        const auto end = std::min(joined.find(',', start), joined.size());
        ids.push_back(joined.substr(start, end - start));
        start = end + 1;
    }
    return ids;
}

// How many people with an address leaders see are kept for the demo's turfs.
constexpr std::size_t kDemoDoorsSeen = 400;
constexpr std::size_t kDemoDoorsPerTurf = 25;

} // namespace

DemoSeeder::DemoSeeder(Store &store, SyncService &service, const Clock &clock)
    : m_store(store)
    , m_service(service)
    , m_clock(clock)
{
}

Result<DemoSeeder::Summary> DemoSeeder::run(std::size_t people, const std::string &password)
{
    if (auto strong = PasswordPolicy::check(password); !strong)
        return makeError(strong.error().code, "--demo-password: " + strong.error().message);

    const std::int64_t now = m_clock.nowMs();
    const FieldVersion version {Hlc::pack(now, 0), std::string(kSite)};
    const TableDef &personTable = *findTable("person");
    const TableDef &groupTable = *findTable("group");
    const TableDef &membershipTable = *findTable("membership");
    const TableDef &assessmentTable = *findTable("assessment");
    const TableDef &noteTable = *findTable("leader_note");
    const TableDef &contributionTable = *findTable("contribution");

    std::size_t seeded = 0;
    if (const auto stored = m_store.setting(kPeopleSetting))
        std::from_chars(stored->data(), stored->data() + stored->size(), seeded);
    const std::size_t toAdd = people > seeded ? people - seeded : 0;
    Summary summary;
    // Ids take consecutive milliseconds ending now: they sort in creation order, so inserts
    // append to the id index instead of landing on random pages.
    std::int64_t idMs = now
        - std::int64_t(toAdd * 10 + std::size(groupSeeds) + 32 + std::size(demoTagSeeds)
            + std::size(demoOpportunitySeeds) + std::size(demoListSeeds) + std::size(demoMessageSeeds) + 16);
    const auto newId = [&idMs] {
        return newUuidV7(idMs++);
    };
    const auto save = [&](const TableDef &table, const std::string &id, const FieldMap &fields) {
        VersionedRow row;
        mergeFields(row, fields, version);
        m_store.saveRow(table, id, row);
    };

    Store::Transaction transaction(m_store);
    // A person's assessments (the latest at `level`, the leadership_level they were given; some
    // with an earlier step below it) and, for a few, a leader's note (docs/organizing.md).
    const auto assess = [&](const std::string &personId, std::int64_t level, const std::string &by,
                            std::int64_t daysAgo, std::string_view note) {
        FieldMap fields {{"person_id", personId}, {"level", level}, {"assessed_by", by},
            {"assessed_at", storedTime(now - daysAgo * 86'400'000)}};
        if (!note.empty())
            fields["note"] = std::string(note);
        save(assessmentTable, newId(), fields);
        ++summary.assessmentsAdded;
    };
    const auto writeNote
        = [&](const std::string &personId, const std::string &by, std::int64_t daysAgo, std::string_view text) {
              save(noteTable, newId(),
                  {{"person_id", personId}, {"author_id", by}, {"written_at", storedTime(now - daysAgo * 86'400'000)},
                      {"text", std::string(text)}});
              ++summary.leaderNotesAdded;
          };

    // An entry of a person's contributions or of a touch-point with them (docs/organizing.md):
    // confirmed when `confirmedBy` is given, at the time it was recorded.
    const auto contribute = [&](const std::string &personId, std::string_view area, std::string_view kind,
                                std::int64_t minutes, std::int64_t daysAgo, std::string_view description,
                                const std::string &recordedBy, const std::string &confirmedBy) {
        const std::int64_t at = now - daysAgo * 86'400'000;
        FieldMap fields {{"person_id", personId}, {"area", std::string(area)}, {"kind", std::string(kind)},
            {"done_on", Admission::isoTime(at).substr(0, 10)}, {"recorded_by", recordedBy},
            {"recorded_at", storedTime(at)}, {"description", std::string(description)}};
        if (minutes >= 0)
            fields["minutes"] = minutes;
        if (!confirmedBy.empty()) {
            fields["confirmed_by"] = confirmedBy;
            fields["confirmed_at"] = storedTime(at);
        }
        save(contributionTable, newId(), fields);
        ++summary.contributionsAdded;
    };

    std::vector<std::string> demoIds;
    std::vector<std::pair<std::string, std::int64_t>> createdLeaders;
    for (const auto &profile : demoProfiles) {
        DemoAccount account {
            std::string(profile.email), std::string(toString(profile.role)), std::string(profile.displayName), false};
        if (const auto existing = m_store.findAccountByEmail(profile.email)) {
            demoIds.push_back(existing->personId);
            if (const auto person = m_store.loadRow(personTable, existing->personId))
                account.displayName = toDisplayString(person->row.values.at("display_name"));
        } else {
            FieldMap fields {{"display_name", std::string(profile.displayName)},
                {"given_name", std::string(profile.given)}, {"family_name", std::string(profile.family)},
                {"area", std::string(profile.area)}, {"neighbourhood", std::string(profile.neighbourhood)},
                {"skills", std::string(profile.skills)}, {"bio", std::string(profile.bio)},
                {"languages", std::string("English")}, {"consent", std::int64_t(1)}};
            if (profile.role >= Role::Leader)
                fields["leadership_level"] = std::int64_t(profile.role == Role::Admin ? 5 : 4);
            auto id = m_service.createAccount(profile.email, password, profile.role, fields, kSite);
            if (!id)
                return id.error();
            demoIds.push_back(*id);
            account.created = true;
            if (profile.role >= Role::Leader)
                createdLeaders.emplace_back(*id, profile.role == Role::Admin ? 5 : 4);
        }
        summary.accounts.push_back(std::move(account));
    }
    const std::string &leaderId = demoIds[1];
    const std::string &memberId = demoIds[2];
    const std::string &applicantId = demoIds[3];
    const std::string &adminId = demoIds[0];
    for (const auto &[id, level] : createdLeaders) {
        assess(id, level - 1, adminId, 400, {});
        assess(id, level, adminId, 60, assessmentNotes[3]);
    }
    if (!createdLeaders.empty()) {
        writeNote(memberId, leaderId, 10, leaderNotes[2]);
        // The demo member's own entries (one waiting for a leader), a call from the demo leader,
        // and the leader's own.
        contribute(memberId, "localization", "contribution", 120, 3, contributionDescriptions[0], memberId, {});
        contribute(memberId, "events", "contribution", 180, 20, contributionDescriptions[3], memberId, leaderId);
        contribute(memberId, "organizing", "call", 20, 12, contributionDescriptions[4], leaderId, leaderId);
        contribute(leaderId, "organizing", "meeting", 90, 5, contributionDescriptions[4], leaderId, leaderId);
    }

    // The community's tags (docs/organizing.md, "Tags"), made once; each seeded person carries a
    // few of them, and the demo member two.
    const TableDef &tagTable = *findTable("tag");
    const TableDef &applicationTable = *findTable("tag_application");
    std::map<std::string, std::pair<std::string, std::string>> tagByName; // name -> id, visibility
    m_store.forEachLiveRow(tagTable, [&](const std::string &id, const FieldMap &row) {
        tagByName[textOf(row, "name")] = {id, textOf(row, "visibility")};
    });
    std::vector<std::pair<std::string, std::string>> demoTags;
    for (const auto &seed : demoTagSeeds) {
        auto &known = tagByName[std::string(seed.name)];
        if (known.first.empty()) {
            known = {newId(), std::string(seed.visibility)};
            save(tagTable, known.first,
                {{"name", std::string(seed.name)}, {"visibility", known.second}, {"created_by", leaderId},
                    {"created_at", storedTime(now - 120 * 86'400'000LL)}});
            ++summary.tagsAdded;
        }
        demoTags.push_back(known);
    }
    const auto tagPerson = [&](const std::pair<std::string, std::string> &tag, const std::string &personId,
                               std::int64_t daysAgo) {
        save(applicationTable, tags::applicationId(tag.first, personId),
            {{"tag_id", tag.first}, {"person_id", personId}, {"visibility", tag.second}, {"applied", std::int64_t(1)},
                {"changed_by", leaderId}, {"changed_at", storedTime(now - daysAgo * 86'400'000)}});
        ++summary.tagApplicationsAdded;
    };
    if (!createdLeaders.empty()) {
        tagPerson(demoTags[0], memberId, 5); // Needs follow-up, leaders only
        tagPerson(demoTags[1], memberId, 30); // Has a car, for members
    }

    // Households and relationships (docs/organizing.md, "Households and relationships"): rows
    // whose ids are derived from the people, written as a leader would.
    const TableDef &householdTable = *findTable("household");
    const TableDef &householdMemberTable = *findTable("household_member");
    const TableDef &relationshipTable = *findTable("relationship");
    const auto newHousehold = [&](const std::string &name, std::int64_t daysAgo) {
        const std::string id = newId();
        save(householdTable, id,
            {{"name", name}, {"created_by", leaderId}, {"created_at", storedTime(now - daysAgo * 86'400'000)}});
        ++summary.householdsAdded;
        return id;
    };
    const auto placeIn = [&](const std::string &householdId, const std::string &personId, std::int64_t daysAgo) {
        save(householdMemberTable, relations::memberId(personId),
            {{"person_id", personId}, {"household_id", householdId}, {"changed_by", leaderId},
                {"changed_at", storedTime(now - daysAgo * 86'400'000)}});
        ++summary.householdMembersAdded;
    };
    // `personId` and `otherId` related by `kind`; for brought_in_by, personId was brought in by otherId.
    const auto relate
        = [&](const std::string &personId, std::string_view kind, const std::string &otherId, std::int64_t daysAgo) {
              const auto [first, second] = relations::storedPair(kind, personId, otherId);
              save(relationshipTable, relations::relationshipId(kind, personId, otherId),
                  {{"person_id", first}, {"other_id", second}, {"kind", std::string(kind)}, {"active", std::int64_t(1)},
                      {"changed_by", leaderId}, {"changed_at", storedTime(now - daysAgo * 86'400'000)}});
              ++summary.relationshipsAdded;
          };
    if (!createdLeaders.empty()) {
        // The demo member lives with nobody else yet; the leader brought them in, and they brought
        // in the applicant, their neighbour.
        placeIn(newHousehold("The Silva household", 90), memberId, 90);
        relate(memberId, relations::kBroughtInBy, leaderId, 300);
        relate(applicantId, relations::kBroughtInBy, memberId, 20);
        relate(memberId, relations::kNeighbour, applicantId, 20);
    }

    std::vector<std::string> groupIds;
    if (const auto stored = m_store.setting(kGroupsSetting)) {
        groupIds = splitIds(*stored);
    } else {
        std::string joined;
        for (const auto &group : groupSeeds) {
            const std::string id = newId();
            FieldMap fields {{"name", std::string(group.name)}, {"description", std::string(group.description)},
                {"kind", std::string(group.kind)}};
            if (!group.terms.empty())
                fields["terms"] = std::string(group.terms);
            if (group.renewalDays)
                fields["renewal_days"] = group.renewalDays;
            save(groupTable, id, fields);
            joined += (joined.empty() ? "" : ",") + id;
            groupIds.push_back(id);
        }
        // The demo leader curates the first four groups; the demo member belongs to a few and
        // waits for approval in one; the applicant has asked to join the garden.
        const FieldMap demoMemberships[] = {
            membershipFields(leaderId, groupIds[0], "active", "curator"),
            membershipFields(leaderId, groupIds[1], "active", "curator"),
            membershipFields(leaderId, groupIds[8], "active", "curator"),
            membershipFields(leaderId, groupIds[11], "active", "curator"),
            membershipFields(memberId, groupIds[1], "active", "member"),
            membershipFields(memberId, groupIds[12], "active", "member"),
            requestFields(memberId, groupIds[4], now - 2 * 86'400'000),
            requestFields(applicantId, groupIds[2], now - 86'400'000),
        };
        for (const auto &fields : demoMemberships) {
            save(membershipTable, newId(), fields);
            ++summary.membershipsAdded;
        }
        m_store.setSetting(kGroupsSetting, joined);
    }
    summary.groups = groupIds.size();

    // Opportunities in several groups, made once; seeded people say they are interested in some and
    // a few are accepted. The demo member (bike repair, Python) finds two that match him on Home
    // and has said he is interested in one of them.
    const TableDef &opportunityTable = *findTable("opportunity");
    const TableDef &interestTable = *findTable("opportunity_interest");
    struct SeededOpportunity
    {
        std::string id;
        std::string groupId;
        std::string postedBy;
        std::int64_t places = 1;
        std::int64_t filled = 0;
        bool open = true;
    };
    std::vector<SeededOpportunity> seededOpportunities;
    const auto curatedByLeader = [](std::size_t group) {
        return group == 0 || group == 1 || group == 8 || group == 11;
    };
    if (const auto stored = m_store.setting(kOpportunitiesSetting)) {
        for (const auto &id : splitIds(*stored)) {
            const auto row = m_store.loadValues(opportunityTable, id);
            if (!row || row->row.deleted)
                continue;
            const auto places = row->row.values.find("places");
            const auto filled = row->row.values.find("filled");
            seededOpportunities.push_back({id, textOf(row->row.values, "group_id"),
                textOf(row->row.values, "posted_by"),
                places == row->row.values.end() ? 1 : std::get<std::int64_t>(places->second),
                filled == row->row.values.end() || isNull(filled->second) ? 0 : std::get<std::int64_t>(filled->second),
                textOf(row->row.values, "state") != opportunities::kClosed});
        }
    } else if (groupIds.size() >= std::size(groupSeeds)) {
        std::string joined;
        std::int64_t daysAgo = 20;
        for (const auto &seed : demoOpportunitySeeds) {
            const std::string id = newId();
            const std::string &by = curatedByLeader(seed.group) ? leaderId : adminId;
            FieldMap fields {{"group_id", groupIds[seed.group]}, {"title", std::string(seed.title)},
                {"description", std::string(seed.description)}, {"area", std::string(seed.area)},
                {"commitment", std::string(seed.commitment)}, {"places", seed.places},
                {"state", std::string(seed.closed ? opportunities::kClosed : opportunities::kOpen)}, {"posted_by", by},
                {"posted_at", storedTime(now - daysAgo * 86'400'000)}, {"filled", std::int64_t(0)}};
            if (!seed.skills.empty())
                fields["skills"] = std::string(seed.skills);
            if (!seed.languages.empty())
                fields["languages"] = std::string(seed.languages);
            const std::string day = storedTime(now + (30 - daysAgo) * 86'400'000).substr(0, 10);
            fields["starts_on"] = day;
            save(opportunityTable, id, fields);
            ++summary.opportunitiesAdded;
            joined += (joined.empty() ? "" : ",") + id;
            seededOpportunities.push_back({id, groupIds[seed.group], by, seed.places, 0, !seed.closed});
            daysAgo -= 3;
        }
        m_store.setSetting(kOpportunitiesSetting, joined);
    }
    // `person` says they are interested (or withdrew); the poster accepts while a place is open.
    const auto sayInterested = [&](SeededOpportunity &opportunity, const std::string &personId, std::string_view state,
                                   std::int64_t daysAgo, std::string_view message) {
        const bool accepting = state == opportunities::kAccepted;
        if (accepting && opportunity.filled >= opportunity.places)
            state = opportunities::kInterested;
        FieldMap fields {{"opportunity_id", opportunity.id}, {"person_id", personId}, {"group_id", opportunity.groupId},
            {"state", std::string(state)},
            {"changed_by", state == opportunities::kAccepted ? opportunity.postedBy : personId},
            {"changed_at", storedTime(now - daysAgo * 86'400'000)}};
        if (!message.empty())
            fields["message"] = std::string(message);
        save(interestTable, opportunities::interestId(opportunity.id, personId), fields);
        ++summary.interestsAdded;
        if (state == opportunities::kAccepted)
            ++opportunity.filled;
    };
    if (summary.opportunitiesAdded > 0 && seededOpportunities.size() > 1)
        sayInterested(seededOpportunities[1], memberId, opportunities::kInterested, 2,
            "I can write the tests on Sunday afternoons.");

    // The household being filled (consecutive people share one) and the people seeded last, whom
    // the next ones may have been brought in by: chains grow a few levels deep, never in a loop.
    std::string household;
    std::string housemate; // the last person placed in it
    std::size_t householdRoom = 0;
    std::array<std::string, 64> recent;
    std::size_t recentCount = 0;
    std::array<std::string, 16> recruited; // the people brought in last
    std::vector<DemoDoor> doors; // people whose address leaders see, for the demo's turfs
    std::size_t recruitedCount = 0;
    for (std::size_t index = seeded; index < people; ++index) {
        // One generator per person: the same index gives the same person on every run.
        Random random(kSeed ^ (std::uint64_t(index) * 0x9E3779B97F4A7C15ull));
        const std::string personId = newId();
        FieldMap person = personFields(index, random);
        // Applicants applied over the last six weeks, as the approval queue shows them.
        if (textOf(person, "role") == "applicant") {
            person["admission_state"] = std::string("applied");
            person["applied_at"] = storedTime(now - std::int64_t(index * 5 % 42 + 1) * 86'400'000);
        }
        if (person.contains("address")) {
            // Most show their address to leaders, so that turfs can be cut; its own generator.
            Random addressRandom(kSeed ^ 0xADD7ull ^ (std::uint64_t(index) * 0x94D049BB133111EBull));
            person["address_visibility"] = std::string(weighted(addressRandom, {{"leaders", 65}, {"private", 35}}));
            if (textOf(person, "address_visibility") == "leaders" && doors.size() < kDemoDoorsSeen)
                doors.push_back({textOf(person, "neighbourhood"), turfs::doorOf(textOf(person, "address")), personId});
        }
        save(personTable, personId, person);
        ++summary.peopleAdded;
        // Its own generator, so that the people and memberships stay as they were before.
        Random ladderRandom(kSeed ^ 0x1ADDE5ull ^ (std::uint64_t(index) * 0xBF58476D1CE4E5B9ull));
        if (const auto level = person.find("leadership_level"); level != person.end()) {
            const std::int64_t current = std::get<std::int64_t>(level->second);
            const std::string &assessor = current >= 4 ? adminId : leaderId;
            if (current > ladder::kLowestLevel && ladderRandom.chance(40))
                assess(personId, current - 1, assessor, 200 + std::int64_t(ladderRandom.below(300)), {});
            assess(personId, current, assessor, std::int64_t(ladderRandom.below(180)),
                ladderRandom.chance(50) ? assessmentNotes[ladderRandom.below(std::size(assessmentNotes))]
                                        : std::string_view {});
            if (ladderRandom.chance(15))
                writeNote(personId, leaderId, std::int64_t(ladderRandom.below(90)),
                    leaderNotes[ladderRandom.below(std::size(leaderNotes))]);
        }

        // A quarter of the people have an entry or two (their own, some waiting for a leader, or a
        // leader's touch-point with them); an applicant at most a call. Its own generator too.
        Random contributionRandom(kSeed ^ 0xC047B1ull ^ (std::uint64_t(index) * 0x94D049BB133111EBull));
        const bool applicant = textOf(person, "role") == "applicant";
        if (contributionRandom.chance(25)) {
            const std::size_t entries = applicant ? 1 : 1 + contributionRandom.below(2);
            for (std::size_t e = 0; e < entries; ++e) {
                const std::string_view kind = applicant
                    ? std::string_view("call")
                    : weighted(contributionRandom,
                        {{"contribution", 60}, {"call", 15}, {"meeting", 10}, {"door_knock", 10}, {"message", 5}});
                const auto area
                    = contributions::kDefaultAreas[contributionRandom.below(contributions::kDefaultAreas.size())];
                const std::int64_t minutes
                    = contributionRandom.chance(20) ? -1 : 15 * std::int64_t(2 + contributionRandom.below(15));
                const std::int64_t daysAgo = std::int64_t(contributionRandom.below(365));
                const auto description
                    = contributionDescriptions[contributionRandom.below(std::size(contributionDescriptions))];
                const bool ownEntry = kind == "contribution" && contributionRandom.chance(50);
                const bool waiting = ownEntry && contributionRandom.chance(40);
                contribute(personId, area, kind, minutes, daysAgo, description, ownEntry ? personId : leaderId,
                    waiting ? std::string() : leaderId);
            }
        }

        // Tags, from a generator of their own as well: about one person in five has each.
        Random tagRandom(kSeed ^ 0x7A65ull ^ (std::uint64_t(index) * 0x94D049BB133111EBull));
        for (std::size_t t = 0; t < demoTags.size(); ++t) {
            if (tagRandom.chance(demoTagSeeds[t].percent))
                tagPerson(demoTags[t], personId, std::int64_t(tagRandom.below(200)));
        }

        // A few members say they are interested in an open opportunity; some are accepted. Its own
        // generator too.
        Random interestRandom(kSeed ^ 0x0DD5ull ^ (std::uint64_t(index) * 0xD6E8FEB86659FD93ull));
        if (!applicant && !seededOpportunities.empty() && interestRandom.chance(6)) {
            auto &opportunity = seededOpportunities[interestRandom.below(seededOpportunities.size())];
            if (opportunity.open)
                sayInterested(opportunity, personId,
                    weighted(interestRandom, {{"interested", 55}, {"accepted", 35}, {"withdrawn", 10}}),
                    std::int64_t(interestRandom.below(14)), {});
        }
        // Households of one to four people for about a third of the people, their family ties, a
        // recruiter for a quarter (among the people seeded just before), and a few neighbours and
        // colleagues. Its own generator too.
        Random relationRandom(kSeed ^ 0x40E5ull ^ (std::uint64_t(index) * 0xD6E8FEB86659FD93ull));
        const std::int64_t relationDays = std::int64_t(relationRandom.below(300));
        if (householdRoom > 0) {
            placeIn(household, personId, relationDays);
            if (relationRandom.chance(60))
                relate(personId, relations::kFamily, housemate, relationDays);
            housemate = personId;
            --householdRoom;
        } else if (relationRandom.chance(12)) {
            const std::string family = textOf(person, "family_name");
            household = newHousehold(
                family.empty() ? "Household " + std::to_string(index) : "The " + family + " household", relationDays);
            placeIn(household, personId, relationDays);
            housemate = personId;
            householdRoom = relationRandom.below(4); // one to four people in all
        }
        if (recentCount > 0) {
            const std::string &someone = recent[relationRandom.below(std::min(recentCount, recent.size()))];
            if (relationRandom.chance(25)) {
                // Half of them by someone who was brought in themself: chains grow.
                const std::string &recruiter = recruitedCount > 0 && relationRandom.chance(50)
                    ? recruited[relationRandom.below(std::min(recruitedCount, recruited.size()))]
                    : someone;
                relate(personId, relations::kBroughtInBy, recruiter, relationDays);
                recruited[recruitedCount++ % recruited.size()] = personId;
            } else if (relationRandom.chance(4))
                relate(personId, relations::kNeighbour, someone, relationDays);
            else if (relationRandom.chance(4))
                relate(personId, relations::kColleague, someone, relationDays);
        }
        recent[recentCount++ % recent.size()] = personId;

        // The first people curate the groups the demo leader does not.
        if (index < groupIds.size() && index != 0 && index != 1 && index != 8 && index != 11) {
            save(membershipTable, newId(), membershipFields(personId, groupIds[index], "active", "curator"));
            ++summary.membershipsAdded;
        }
        const std::size_t joins = random.below(4);
        const std::size_t first = random.below(groupIds.size());
        for (std::size_t j = 0; j < joins; ++j) {
            const std::size_t group = (first + j * 5) % groupIds.size();
            if (group == index)
                continue;
            const std::string_view kind = groupSeeds[group % std::size(groupSeeds)].kind;
            const std::string_view state
                = kind == "open" ? "active" : weighted(random, {{"active", 80}, {"pending", 15}, {"declined", 5}});
            // Requests asked over the last seven weeks, so that curators have some waiting long.
            save(membershipTable, newId(),
                state == "pending" ? requestFields(
                    personId, groupIds[group], now - std::int64_t((index * 7 + j * 3) % 50 + 1) * 86'400'000)
                                   : membershipFields(personId, groupIds[group], state, "member"));
            ++summary.membershipsAdded;
        }
    }
    // The places filled, as the daemon counts them after every change of an interest.
    for (const auto &opportunity : seededOpportunities) {
        const auto stored = m_store.loadValues(opportunityTable, opportunity.id);
        if (!stored || stored->row.deleted)
            continue;
        FieldMap values;
        for (const auto &[name, value] : stored->row.values) {
            if (!isNull(value))
                values[name] = value;
        }
        values["filled"] = opportunity.filled;
        save(opportunityTable, opportunity.id, values);
    }
    // A few smart lists (docs/organizing.md, "Smart lists"), made once: the demo leader's, shared
    // with leaders or their own, and one of the admin's own.
    const TableDef &listTable = *findTable("smart_list");
    std::set<std::string> listNames;
    m_store.forEachLiveRow(
        listTable, [&](const std::string &, const FieldMap &row) { listNames.insert(textOf(row, "name")); });
    for (const auto &seed : demoListSeeds) {
        if (listNames.contains(std::string(seed.name)))
            continue;
        smartlists::Definition definition;
        definition.minLevel = seed.minLevel;
        definition.minEventsAttended = seed.minEvents;
        definition.role = std::string(seed.role);
        if (seed.tag >= 0)
            definition.tagIds.push_back(demoTags[std::size_t(seed.tag)].first);
        if (!seed.contributedArea.empty()) {
            definition.contributedArea = std::string(seed.contributedArea);
            definition.contributedSince = Admission::isoTime(now - 365 * 86'400'000LL).substr(0, 10);
        }
        if (seed.firstGroup && !groupIds.empty())
            definition.groupId = groupIds.front();
        save(listTable, newId(),
            {{"name", std::string(seed.name)}, {"definition", smartlists::toJson(definition)},
                {"sharing", std::string(seed.shared ? smartlists::kLeaders : smartlists::kPrivate)},
                {"owner_id", seed.byAdmin ? adminId : leaderId}, {"created_at", storedTime(now - 30 * 86'400'000LL)}});
        ++summary.smartListsAdded;
    }
    // The demo leader's messages to groups they curate, once, as the daemon records them after
    // mailing (the demo mails nobody): sent, with the counts of who would have been mailed.
    if (!m_store.setting(kMessagesSetting) && groupIds.size() >= std::size(groupSeeds)) {
        const TableDef &messageTable = *findTable("group_message");
        const TableDef &personTable = *findTable("person");
        for (const auto &seed : demoMessageSeeds) {
            const std::string &groupId = groupIds[seed.group];
            std::int64_t mailed = 0;
            std::int64_t notMailed = 0;
            for (const auto &[id, membership] : m_store.liveRowsWhere(*findTable("membership"), "group_id", groupId)) {
                if (textOf(membership, "state") != "active" || textOf(membership, "person_id") == leaderId)
                    continue;
                const auto person = m_store.loadValues(personTable, textOf(membership, "person_id"));
                if (person && mail::wants(person->row.values, mail::kGroupMessages))
                    ++mailed;
                else
                    ++notMailed;
            }
            const std::int64_t at = now - seed.daysAgo * 86'400'000;
            save(messageTable, newId(),
                {{"group_id", groupId}, {"author_id", leaderId}, {"subject", std::string(seed.subject)},
                    {"body", std::string(seed.body)}, {"written_at", storedTime(at)},
                    {"sent_at", storedTime(at + 60'000)}, {"recipients", mailed}, {"not_mailed", notMailed}});
            ++summary.groupMessagesAdded;
        }
        m_store.setSetting(kMessagesSetting, "1");
    }
    if (!createdLeaders.empty())
        seedTurfs(std::move(doors), leaderId, memberId, now, newId, save, summary);
    summary.events = DemoEvents(m_store, version, now).seed(groupIds, leaderId, memberId, newId);
    summary.totalPeople = std::max(seeded, people);
    m_store.setSetting(kPeopleSetting, std::to_string(summary.totalPeople));
    transaction.commit();
    return summary;
}

void DemoSeeder::seedTurfs(std::vector<DemoDoor> doors, const std::string &leaderId, const std::string &memberId,
    std::int64_t now, const std::function<std::string()> &newId, const Save &save, Summary &summary)
{
    const TableDef &turfTable = *findTable("turf");
    bool seeded = false;
    m_store.forEachLiveRow(turfTable, [&](const std::string &, const FieldMap &) { seeded = true; });
    if (seeded)
        return;
    std::map<std::string, std::vector<DemoDoor>> byNeighbourhood;
    for (auto &door : doors)
        byNeighbourhood[door.neighbourhood].push_back(std::move(door));
    std::vector<std::vector<DemoDoor> *> largest;
    for (auto &[neighbourhood, group] : byNeighbourhood)
        largest.push_back(&group);
    std::stable_sort(largest.begin(), largest.end(), [](auto *a, auto *b) { return a->size() > b->size(); });
    constexpr std::int64_t kDay = 86'400'000;
    const std::string createdAt = storedTime(now - 3 * kDay);
    // What the demo member found at the first doors of their turf, knocked over the last day.
    constexpr std::array<std::pair<std::string_view, std::int64_t>, 6> knocks {
        {{"talked", 4}, {"not_home", 0}, {"talked", 5}, {"refused", 1}, {"moved", 0}, {"talked", 3}}};
    for (std::size_t t = 0; t < std::min<std::size_t>(2, largest.size()); ++t) {
        auto &group = *largest[t];
        std::sort(group.begin(), group.end(), [](const DemoDoor &a, const DemoDoor &b) {
            return std::tie(a.door.street, a.door.number, a.door.suffix, a.personId)
                < std::tie(b.door.street, b.door.number, b.door.suffix, b.personId);
        });
        group.resize(std::min(group.size(), kDemoDoorsPerTurf));
        const std::string turfId = newId();
        save(turfTable, turfId,
            {{"name", "Door-to-door: " + group.front().neighbourhood}, {"state", std::string(turfs::kOpen)},
                {"created_by", leaderId}, {"created_at", createdAt}});
        ++summary.turfsAdded;
        for (const auto &door : group) {
            save(*findTable("turf_stop"), turfs::stopId(turfId, door.personId),
                {{"turf_id", turfId}, {"person_id", door.personId}, {"active", std::int64_t(1)},
                    {"changed_by", leaderId}, {"changed_at", createdAt}});
            ++summary.turfDoorsAdded;
        }
        if (t != 0)
            continue;
        save(*findTable("turf_assignment"), newId(),
            {{"turf_id", turfId}, {"canvasser_id", memberId}, {"starts_at", storedTime(now - kDay)},
                {"ends_at", storedTime(now + 13 * kDay)}, {"state", std::string(turfs::kActive)},
                {"assigned_by", leaderId}, {"assigned_at", createdAt}});
        for (std::size_t i = 0; i < std::min(group.size(), knocks.size()); ++i) {
            const auto &[outcome, support] = knocks[i];
            const std::string recordedAt = storedTime(now - kDay + std::int64_t(i + 1) * 3'600'000);
            const std::string outcomeId = newId();
            FieldMap fields {{"turf_id", turfId}, {"person_id", group[i].personId}, {"canvasser_id", memberId},
                {"outcome", std::string(outcome)}, {"recorded_at", recordedAt}};
            if (support > 0)
                fields["support"] = support;
            save(*findTable("canvass_outcome"), outcomeId, fields);
            ++summary.canvassOutcomesAdded;
            // The touch-point the daemon records for a conversation (syncd/TurfRules).
            if (turfs::isConversation(outcome)) {
                save(*findTable("contribution"), turfs::touchPointId(outcomeId), turfs::touchPointOf(fields));
                ++summary.contributionsAdded;
            }
        }
    }
}

} // namespace commonroom::syncd
