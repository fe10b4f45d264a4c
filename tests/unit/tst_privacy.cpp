#include "common/Authorization.h"
#include "common/Contributions.h"
#include "common/Privacy.h"
#include "common/Tags.h"
#include "common/Uuid.h"

#include <QTest>

using namespace commonroom;

namespace {
const TableDef &person()
{
    return *findTable("person");
}
} // namespace

class TestPrivacy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Every visibility level against every clearance: a field is visible exactly when its level
    // is at or below the viewer's clearance.
    void projectionMatrix_data()
    {
        QTest::addColumn<QString>("level");
        QTest::addColumn<int>("clearance");
        QTest::addColumn<bool>("visible");
        const QStringList levels {"public", "members", "leaders", "private"};
        for (int l = 0; l < levels.size(); ++l) {
            for (int c = 0; c < 4; ++c)
                QTest::addRow(
                    "%s field, %s clearance", qPrintable(levels[l]), std::string(toString(Visibility(c))).c_str())
                    << levels[l] << c << (l <= c);
        }
    }

    void projectionMatrix()
    {
        QFETCH(QString, level);
        QFETCH(int, clearance);
        QFETCH(bool, visible);
        const FieldMap row {{"email", std::string("canary@example.org")}, {"email_visibility", level.toStdString()},
            {"display_name", std::string("Ana")}, {"display_name_visibility", std::string("public")}};
        const auto projected = projectRow(person(), row, Visibility(clearance));
        QVERIFY(projected.has_value());
        QCOMPARE(projected->contains("email"), visible);
        QCOMPARE(projected->contains("email_visibility"), visible);
        QVERIFY(projected->contains("display_name"));
    }

    void defaultsAreConservative()
    {
        const FieldMap row {{"email", std::string("e")}, {"phone", std::string("p")}, {"address", std::string("a")},
            {"display_name", std::string("n")}};
        const auto asMember = projectRow(person(), row, Visibility::Members);
        QVERIFY(asMember->contains("display_name"));
        QVERIFY(!asMember->contains("email"));
        QVERIFY(!asMember->contains("phone"));
        const auto asLeader = projectRow(person(), row, Visibility::Leaders);
        QVERIFY(asLeader->contains("email"));
        QVERIFY(!asLeader->contains("address"));
        // An applicant sees nothing of a profile with default visibilities.
        QVERIFY(!projectRow(person(), row, Visibility::Public).has_value());
    }

    void clearanceFollowsRoleAndSelf()
    {
        const Principal member {"me", Role::Member, "d"};
        QCOMPARE(int(clearanceFor(member, person(), "me")), int(Visibility::Private));
        QCOMPARE(int(clearanceFor(member, person(), "someone")), int(Visibility::Members));
        QCOMPARE(int(clearanceFor(Principal {"x", Role::Leader, "d"}, person(), "someone")), int(Visibility::Leaders));
        QCOMPARE(int(clearanceFor(Principal {"x", Role::Admin, "d"}, person(), "someone")), int(Visibility::Private));
        QCOMPARE(
            int(clearanceFor(Principal {"x", Role::Applicant, "d"}, person(), "someone")), int(Visibility::Public));
        // Owning a group row grants nothing special: only person rows have a "self".
        QCOMPARE(int(clearanceFor(member, *findTable("group"), "me")), int(Visibility::Members));
    }

    void validationRefusesUnknownAndWrongTypes()
    {
        QVERIFY(validateFields(person(), {{"bio", std::string("hi")}}).ok());
        QCOMPARE(validateFields(person(), {{"password", std::string("x")}}).error().code, std::string("unknown_field"));
        QCOMPARE(
            validateFields(person(), {{"leadership_level", std::string("3")}}).error().code, std::string("wrong_type"));
        QCOMPARE(validateFields(person(), {{"bio", std::int64_t(3)}}).error().code, std::string("wrong_type"));
        QCOMPARE(validateFields(person(), {{"role", std::string("king")}}).error().code, std::string("invalid_value"));
        QCOMPARE(validateFields(person(), {{"email_visibility", std::string("world")}}).error().code,
            std::string("invalid_value"));
        QCOMPARE(validateFields(person(), {{"role_visibility", std::string("public")}}).error().code,
            std::string("unknown_field"));
        QCOMPARE(validateFields(person(), {{"pronouns", std::string(61, 'x')}}).error().code, std::string("too_long"));
    }

    void authorizationRules()
    {
        const FieldMap bio {{"bio", std::string("x")}};
        const FieldMap role {{"role", std::string("admin")}};
        const FieldMap visibility {{"email_visibility", std::string("public")}};
        const Principal member {"me", Role::Member, "d"};
        const Principal leader {"lead", Role::Leader, "d"};
        const Principal admin {"root", Role::Admin, "d"};
        const auto update = [](const FieldMap &fields, bool own) {
            return MutationContext {person(), Operation::Update, fields, own, false};
        };
        QVERIFY(authorize(member, update(bio, true)).ok());
        QCOMPARE(authorize(member, update(bio, false)).error().code, std::string("forbidden"));
        QVERIFY(!authorize(member, update(role, true)).ok());
        QVERIFY(authorize(member, update(visibility, true)).ok());
        QVERIFY(authorize(leader, update(bio, false)).ok());
        QVERIFY(!authorize(leader, update(role, false)).ok());
        QVERIFY(!authorize(leader, update(visibility, false)).ok());
        QVERIFY(authorize(admin, update(role, false)).ok());
        QVERIFY(!authorize(Principal {"a", Role::Applicant, "d"}, update(bio, true)).ok());
        QVERIFY(!authorize(member, MutationContext {person(), Operation::Create, bio}).ok());
        QVERIFY(authorize(leader, MutationContext {person(), Operation::Create, bio}).ok());
        QVERIFY(!authorize(leader, MutationContext {person(), Operation::Delete, {}}).ok());
        // Merges: leaders, a flagged pair, merged_into alone, never an account holder's record;
        // an account holder is never deleted by a sync, not even by an admin.
        const FieldMap into {{"merged_into", std::string("other")}};
        MutationContext merge {person(), Operation::Merge, into};
        QCOMPARE(authorize(leader, merge).error().code, std::string("forbidden")); // not a flagged pair
        merge.isFlaggedDuplicate = true;
        QVERIFY(authorize(leader, merge).ok());
        QCOMPARE(authorize(member, merge).error().code, std::string("forbidden"));
        merge.isAccountHolder = true;
        QCOMPARE(authorize(leader, merge).error().code, std::string("account_holder"));
        QCOMPARE(authorize(admin, merge).error().code, std::string("account_holder"));
        const FieldMap intoWithBio {{"merged_into", std::string("other")}, {"bio", std::string("x")}};
        MutationContext mixed {person(), Operation::Merge, intoWithBio};
        mixed.isFlaggedDuplicate = true;
        QCOMPARE(authorize(leader, mixed).error().code, std::string("invalid_value"));
        MutationContext erase {person(), Operation::Delete, {}};
        erase.isAccountHolder = true;
        QCOMPARE(authorize(admin, erase).error().code, std::string("account_holder"));
        erase.isAccountHolder = false;
        QVERIFY(authorize(admin, erase).ok());
        const FieldMap name {{"name", std::string("Gardeners")}};
        const auto &group = *findTable("group");
        QVERIFY(authorize(member, MutationContext {group, Operation::Update, name, false, true}).ok());
        QVERIFY(!authorize(member, MutationContext {group, Operation::Update, name, false, false}).ok());
    }
    // Leader notes (docs/organizing.md): for leaders and admins, never for the person they are
    // about, whatever their role; assessments for leaders and admins, the person included.
    void leaderNotesAreHiddenFromTheirSubject()
    {
        const TableDef &note = *findTable("leader_note");
        const TableDef &assessment = *findTable("assessment");
        const FieldMap aboutLea {{"person_id", std::string("lea")}, {"author_id", std::string("kofi")},
            {"text", std::string("Ready to chair")}};
        const Principal lea {"lea", Role::Leader, "d1"};
        const Principal kofi {"kofi", Role::Leader, "d2"};
        const Principal ada {"ada", Role::Admin, "d3"};
        const Principal mo {"mo", Role::Member, "d4"};
        QVERIFY(!projectRow(note, aboutLea, clearanceFor(lea, note, "n1", aboutLea)));
        QVERIFY(!projectRow(note, aboutLea, clearanceFor(mo, note, "n1", aboutLea)));
        QVERIFY(projectRow(note, aboutLea, clearanceFor(kofi, note, "n1", aboutLea)));
        QVERIFY(projectRow(note, aboutLea, clearanceFor(ada, note, "n1", aboutLea)));
        const Principal adaAsSubject {"lea", Role::Admin, "d5"};
        QVERIFY(!projectRow(note, aboutLea, clearanceFor(adaAsSubject, note, "n1", aboutLea)));
        const FieldMap assessed {{"person_id", std::string("lea")}, {"level", std::int64_t(4)}};
        QVERIFY(projectRow(assessment, assessed, clearanceFor(lea, assessment, "a1", assessed)));
        QVERIFY(!projectRow(assessment, assessed, clearanceFor(mo, assessment, "a1", assessed)));

        QCOMPARE(
            authorize(lea, MutationContext {note, Operation::Create, aboutLea}).error().code, std::string("forbidden"));
        QVERIFY(authorize(kofi, MutationContext {note, Operation::Create, aboutLea}).ok());
        QCOMPARE(authorize(mo, MutationContext {assessment, Operation::Create, assessed}).error().code,
            std::string("forbidden"));
        QVERIFY(authorize(lea, MutationContext {assessment, Operation::Create, assessed}).ok());
    }

    // Contributions (docs/organizing.md): the person themself and leaders see them, other members
    // and applicants nothing; a member records their own, a leader anyone's; only a confirmation
    // changes one.
    void contributionsForThePersonAndLeaders()
    {
        const TableDef &table = *findTable("contribution");
        const FieldMap entry {{"person_id", std::string("mo")}, {"area", std::string("support")},
            {"kind", std::string("call")}, {"description", std::string("Asked about the rent strike")}};
        const Principal mo {"mo", Role::Member, "d1"};
        const Principal noor {"noor", Role::Member, "d2"};
        const Principal pat {"pat", Role::Applicant, "d3"};
        const Principal lea {"lea", Role::Leader, "d4"};
        QCOMPARE(textOf(*projectRow(table, entry, clearanceFor(mo, table, "c1", entry)), "description"),
            std::string("Asked about the rent strike"));
        QVERIFY(!projectRow(table, entry, clearanceFor(noor, table, "c1", entry)));
        QVERIFY(!projectRow(table, entry, clearanceFor(pat, table, "c1", entry)));
        QVERIFY(projectRow(table, entry, clearanceFor(lea, table, "c1", entry)));

        MutationContext own {table, Operation::Create, entry, true};
        QVERIFY(authorize(mo, own).ok());
        QCOMPARE(authorize(pat, MutationContext {table, Operation::Create, entry, true}).error().code,
            std::string("forbidden"));
        QCOMPARE(
            authorize(noor, MutationContext {table, Operation::Create, entry}).error().code, std::string("forbidden"));
        QVERIFY(authorize(lea, MutationContext {table, Operation::Create, entry}).ok());
        FieldMap selfConfirmed = entry;
        selfConfirmed["confirmed_by"] = std::string("mo");
        QCOMPARE(authorize(mo, MutationContext {table, Operation::Create, selfConfirmed, true}).error().code,
            std::string("forbidden"));
        const FieldMap confirmation {{"confirmed_by", std::string("lea")}, {"confirmed_at", std::string("t")}};
        QVERIFY(authorize(lea, MutationContext {table, Operation::Update, confirmation}).ok());
        QCOMPARE(authorize(mo, MutationContext {table, Operation::Update, confirmation, true}).error().code,
            std::string("forbidden"));
        const FieldMap edit {{"minutes", std::int64_t(60)}};
        QCOMPARE(
            authorize(lea, MutationContext {table, Operation::Update, edit}).error().code, std::string("forbidden"));
        QCOMPARE(authorize(lea, MutationContext {table, Operation::Delete, {}}).error().code, std::string("forbidden"));
        QVERIFY(authorize(Principal {"ada", Role::Admin, "d5"}, MutationContext {table, Operation::Delete, {}}).ok());

        // The values both sides check, and the confirmation that stands of two.
        QCOMPARE(contributions::hoursText(90), std::string("1.5"));
        QCOMPARE(contributions::hoursText(1500), std::string("25"));
        QCOMPARE(contributions::hoursText(20), std::string("0.33"));
        QCOMPARE(contributions::hoursText(-30), std::string("-0.5"));
        QVERIFY(contributions::isDay("2028-02-29"));
        QVERIFY(!contributions::isDay("2026-02-29"));
        QVERIFY(!contributions::isDay("2026-1-05"));
        QVERIFY(contributions::checkEntry({{"minutes", std::int64_t(24 * 60)}}, "Mo").ok());
        QCOMPARE(
            contributions::checkEntry({{"minutes", std::int64_t(24 * 60 + 1)}}, "Mo").error().message.substr(0, 18),
            std::string("24.02 hours for Mo"));
        const contributions::Confirmation early {"2026-12-01T09:00:00.000Z", "zed"};
        const contributions::Confirmation late {"2026-12-01T10:00:00.000Z", "abe"};
        QCOMPARE(contributions::standing(early, late).confirmedBy, std::string("zed"));
        QCOMPARE(contributions::standing(late, early).confirmedBy, std::string("zed"));
        const contributions::Confirmation sameTime {"2026-12-01T09:00:00.000Z", "abe"};
        QCOMPARE(contributions::standing(early, sameTime).confirmedBy, std::string("abe"));
    }

    // Tags (docs/organizing.md): each row says who sees it; a leaders-only tag's application is
    // kept from the person it is about, a members one is not.
    void tagsAreSeenAtTheVisibilityTheirRowSays()
    {
        const TableDef &tag = *findTable("tag");
        const TableDef &application = *findTable("tag_application");
        const Principal lea {"lea", Role::Leader, "d1"};
        const Principal kofi {"kofi", Role::Leader, "d2"};
        const Principal mo {"mo", Role::Member, "d3"};
        const Principal pat {"pat", Role::Applicant, "d4"};
        const FieldMap hidden {{"name", std::string("Needs follow-up")}, {"visibility", std::string("leaders")}};
        const FieldMap open {{"name", std::string("Has a car")}, {"visibility", std::string("members")}};
        const FieldMap unsaid {{"name", std::string("No visibility")}};
        QVERIFY(!projectRow(tag, hidden, clearanceFor(mo, tag, "t1", hidden)));
        QVERIFY(!projectRow(tag, unsaid, clearanceFor(mo, tag, "t1", unsaid))); // leaders by default
        QVERIFY(projectRow(tag, hidden, clearanceFor(lea, tag, "t1", hidden)));
        QVERIFY(projectRow(tag, open, clearanceFor(mo, tag, "t2", open)));
        QVERIFY(!projectRow(tag, open, clearanceFor(pat, tag, "t2", open)));
        QVERIFY(lowestVisibility(tag, hidden) == Visibility::Leaders);
        QVERIFY(lowestVisibility(tag, open) == Visibility::Members);

        const FieldMap onLea {{"person_id", std::string("lea")}, {"visibility", std::string("leaders")}};
        const FieldMap openOnMo {{"person_id", std::string("mo")}, {"visibility", std::string("members")}};
        QVERIFY(!projectRow(application, onLea, clearanceFor(lea, application, "a1", onLea)));
        QVERIFY(projectRow(application, onLea, clearanceFor(kofi, application, "a1", onLea)));
        QVERIFY(projectRow(application, openOnMo, clearanceFor(mo, application, "a2", openOnMo)));
        QCOMPARE(authorize(lea, MutationContext {application, Operation::Create, onLea}).error().code,
            std::string("forbidden"));
        QVERIFY(authorize(kofi, MutationContext {application, Operation::Create, onLea}).ok());
        QCOMPARE(authorize(mo, MutationContext {application, Operation::Create, openOnMo}).error().code,
            std::string("forbidden"));
        QCOMPARE(tags::applicationId("t", "p"), tags::applicationId("t", "p"));
        QVERIFY(tags::applicationId("t", "p") != tags::applicationId("p", "t"));
        QVERIFY(isUuid(tags::applicationId("t", "p")));
        QCOMPARE(tags::foldedName("  Needs FOLLOW-up "), std::string("needs follow-up"));
    }
};

QTEST_GUILESS_MAIN(TestPrivacy)
#include "tst_privacy.moc"
