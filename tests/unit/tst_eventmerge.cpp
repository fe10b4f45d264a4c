// The shared pieces of events: name-based ids, union merge and check-in histories, the keys
// duplicates are found by, and the rule table's entries for events and registrations.

#include "common/Attendance.h"
#include "common/Authorization.h"
#include "common/Merge.h"
#include "common/NameMatching.h"
#include "common/Uuid.h"

#include <QTest>

#include <algorithm>
#include <numeric>
#include <random>

using namespace commonroom;

namespace {

const TableDef &registration()
{
    return *findTable("registration");
}

std::string text(const FieldMap &fields, const std::string &name)
{
    const auto it = fields.find(name);
    return it == fields.end() ? std::string("<absent>") : toDisplayString(it->second);
}

} // namespace

class TestEventMerge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unionFieldsKeepEveryLineWhateverTheOrder()
    {
        const std::vector<std::pair<FieldMap, FieldVersion>> writes {
            {{{"checkins", std::string("2026-01-01T10:00:00.000Z|dev-a|p")}}, {5, "dev-a"}},
            {{{"checkins", std::string("2026-01-01T09:00:00.000Z|dev-b|q")}}, {3, "dev-b"}},
            {{{"undone", std::string("2026-01-01T10:00:00.000Z|dev-a|p")}}, {9, "dev-a"}},
            {{{"state", std::string("registered")}}, {2, "dev-b"}},
            {{{"state", std::string("cancelled")}}, {4, "dev-a"}},
        };
        VersionedRow reference;
        for (const auto &[fields, version] : writes)
            mergeFields(reference, fields, version, registration());
        QCOMPARE(
            text(reference.values, "checkins"), "2026-01-01T09:00:00.000Z|dev-b|q\n2026-01-01T10:00:00.000Z|dev-a|p");
        QCOMPARE(text(reference.values, "state"), "cancelled");
        QCOMPARE(text(reference.values, "attended"), "1");
        QCOMPARE(text(reference.values, "checked_in_at"), "2026-01-01T09:00:00.000Z");
        QCOMPARE(text(reference.values, "device"), "dev-b");

        std::vector<std::size_t> order(writes.size());
        std::iota(order.begin(), order.end(), 0);
        std::mt19937 random(7);
        for (int round = 0; round < 50; ++round) {
            std::shuffle(order.begin(), order.end(), random);
            VersionedRow row;
            for (auto i : order)
                mergeFields(row, writes[i].first, writes[i].second, registration());
            QCOMPARE(row.values, reference.values);
        }
    }

    void aCheckInAndItsUndoAreDerivedDeterministically()
    {
        FieldMap values {
            {"checkins", std::string("2026-01-01T10:00:00.000Z|dev-a|p\n2026-01-01T10:05:00.000Z|dev-b|q")}};
        auto changed = deriveFields(registration(), values);
        QVERIFY(std::find(changed.begin(), changed.end(), "attended") != changed.end());
        QCOMPARE(text(values, "attended"), "1");
        QCOMPARE(text(values, "checked_in_at"), "2026-01-01T10:00:00.000Z"); // earliest kept
        QCOMPARE(text(values, "checked_in_by"), "p");
        QCOMPARE(text(values, "device"), "dev-a dev-b"); // both devices noted
        values["undone"] = std::string("2026-01-01T10:00:00.000Z|dev-a|p");
        deriveFields(registration(), values);
        QCOMPARE(text(values, "checked_in_at"), "2026-01-01T10:05:00.000Z");
        QCOMPARE(text(values, "device"), "dev-b");
        values["undone"] = std::string("2026-01-01T10:00:00.000Z|dev-a|p\n2026-01-01T10:05:00.000Z|dev-b|q");
        deriveFields(registration(), values);
        QCOMPARE(text(values, "attended"), "0");
        QCOMPARE(text(values, "checked_in_at"), "");
        QVERIFY(deriveFields(registration(), values).empty()); // stable
        // Other tables have nothing derived.
        FieldMap person {{"display_name", std::string("Ana")}};
        QVERIFY(deriveFields(*findTable("person"), person).empty());
        QCOMPARE(person.size(), 1u);
    }

    void tokensParseStrictly()
    {
        QVERIFY(CheckInToken::parse("2026-01-01T10:00:00.000Z|dev|person"));
        QVERIFY(CheckInToken::parse("2026-01-01T10:00:00.000Z|dev|")); // who is optional
        QVERIFY(!CheckInToken::parse("2026-01-01T10:00:00.000Z|dev"));
        QVERIFY(!CheckInToken::parse("|dev|p"));
        QVERIFY(!CheckInToken::parse("a|b|c|d"));
        QCOMPARE(uniteLines("b\na", "c\nb\r\n\n"), std::string("a\nb\nc"));
    }

    void namesFoldAccentsCaseAndOrder()
    {
        QCOMPARE(NameMatching::fold("José ÑANDÚ Ærø Straße"), std::string("jose nandu aero strasse"));
        QCOMPARE(NameMatching::nameKey("José  García"), std::string("garcia jose"));
        QCOMPARE(NameMatching::nameKey("GARCIA, Jose"), std::string("garcia jose"));
        QCOMPARE(NameMatching::nameKey("Łukasz Żółw"), std::string("lukasz zolw"));
        QCOMPARE(NameMatching::nameKey("李 小龍"), std::string("小龍 李"));
        QCOMPARE(NameMatching::nameKey("--"), std::string());
        QCOMPARE(NameMatching::emailKey("  Ana@Example.ORG "), std::string("ana@example.org"));
        QCOMPARE(NameMatching::emailKey("not an email"), std::string());
        QCOMPARE(NameMatching::phoneKey("+34 600 12 34 56"), std::string("600123456"));
        QCOMPARE(NameMatching::phoneKey("600-123-456"), std::string("600123456"));
        QCOMPARE(NameMatching::phoneKey("12 34"), std::string());
        QVERIFY(NameMatching::matchesPrefixes("José García", "gar jo"));
        QVERIFY(NameMatching::matchesPrefixes("José García", "GARCÍA"));
        QVERIFY(!NameMatching::matchesPrefixes("José García", "garcia x"));
        QVERIFY(NameMatching::matchesPrefixes("Anyone", ""));
        // Broken UTF-8 is dropped, not crashed on.
        QCOMPARE(NameMatching::fold(std::string("a\xC3") + "b"), std::string("ab"));
    }

    void theRuleTableCoversEvents()
    {
        const TableDef &event = *findTable("event");
        const Principal member {"m", Role::Member, "d"};
        const Principal leader {"l", Role::Leader, "d"};
        const FieldMap title {{"title", std::string("Picnic")}};
        QVERIFY(!authorize(member, MutationContext {event, Operation::Create, title}));
        QVERIFY(authorize(member, MutationContext {event, Operation::Create, title, false, true}));
        QVERIFY(authorize(leader, MutationContext {event, Operation::Create, title}));
        QVERIFY(authorize(member, MutationContext {event, Operation::Update, title, false, true}));

        const FieldMap booking {{"state", std::string("cancelled")}};
        QVERIFY(authorize(member, MutationContext {registration(), Operation::Update, booking, true}));
        QVERIFY(!authorize(member, MutationContext {registration(), Operation::Update, booking}));
        const FieldMap checkIn {{"checkins", std::string("x|y|z")}};
        QCOMPARE(authorize(member, MutationContext {registration(), Operation::Update, checkIn, true}).error().code,
            "forbidden");
        QVERIFY(authorize(member, MutationContext {registration(), Operation::Update, checkIn, false, true}));
        QVERIFY(authorize(leader, MutationContext {registration(), Operation::Update, checkIn}));
        const FieldMap derived {{"attended", std::int64_t(1)}};
        QCOMPARE(
            authorize(leader, MutationContext {registration(), Operation::Update, derived}).error().code, "forbidden");

        const TableDef &person = *findTable("person");
        QVERIFY(!authorize(leader, MutationContext {person, Operation::Delete, {}}));
        MutationContext merged {person, Operation::Delete, {}};
        merged.isMergedDuplicate = true;
        QVERIFY(authorize(leader, merged));
        QVERIFY(!authorize(member, merged));
        const TableDef &candidate = *findTable("duplicate_candidate");
        QVERIFY(!authorize(leader, MutationContext {candidate, Operation::Create, {}}));
        QVERIFY(
            authorize(leader, MutationContext {candidate, Operation::Update, {{"state", std::string("dismissed")}}}));
    }
};

QTEST_GUILESS_MAIN(TestEventMerge)
#include "tst_eventmerge.moc"
