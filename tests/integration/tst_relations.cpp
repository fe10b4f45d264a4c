// Households and relationships end to end through a real commonroom-syncd (docs/organizing.md,
// "Households and relationships"): two leaders placing and relating people offline converge, a
// loop of recruiters made on two devices is refused, nothing reaches a member's or an applicant's
// file, and the command line.

#include "CliProcess.h"
#include "SyncdProcess.h"
#include "TestClient.h"

#include "common/Relations.h"
#include "desktop/core/Households.h"
#include "desktop/core/Relationships.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace commonroom;

class TestRelationsEndToEnd : public QObject
{
    Q_OBJECT

private:
    SyncdProcess m_daemon;

    static QString newPerson(TestClient &leader, const QString &name)
    {
        const auto id = leader.store().createRow(QStringLiteral("person"), {{"display_name", name.toStdString()}});
        if (!id)
            qFatal("person refused: %s", id.error().message.c_str());
        return *id;
    }

    static QStringList peopleIn(TestClient &device, const QString &householdId)
    {
        QStringList ids;
        if (const auto people = device.device().households().people(householdId); people.ok()) {
            for (const auto &person : *people)
                ids << person.personId;
        }
        return ids;
    }

    static QString recruiterOf(TestClient &device, const QString &personId)
    {
        const auto recruiter = device.device().relationships().recruiterOf(personId);
        return recruiter.ok() && *recruiter ? (*recruiter)->personId : QString();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_daemon.start(20), qPrintable(m_daemon.error())); }

    void twoLeadersOfflineConverge()
    {
        TestClient first;
        TestClient second;
        first.signIn(m_daemon, QStringLiteral("leader@example.org"));
        second.signIn(m_daemon, QStringLiteral("admin@example.org"));
        const QString ada = newPerson(first, QStringLiteral("Ada Convergence"));
        const QString ben = newPerson(first, QStringLiteral("Ben Convergence"));
        const QString cleo = newPerson(first, QStringLiteral("Cleo Convergence"));
        const auto home = first.device().households().create(QStringLiteral("The Convergence household"));
        QVERIFY(home.ok());
        first.syncCleanly();
        second.syncCleanly();

        // Offline on both: each places Ada (one row, one household at the end), relates Ada and
        // Ben from opposite sides (one row), and names a recruiter for Cleo (one, the later).
        QVERIFY(first.device().households().place(*home, ada).ok());
        const auto flat = second.device().households().create(QStringLiteral("Flat 3B (convergence)"));
        QVERIFY(flat.ok());
        QVERIFY(second.device().households().place(*flat, ada).ok());
        QVERIFY(first.device().relationships().relate(ada, QStringLiteral("family"), ben).ok());
        QVERIFY(second.device().relationships().relate(ben, QStringLiteral("family"), ada).ok());
        QVERIFY(first.device().relationships().relate(cleo, QStringLiteral("brought_in_by"), ada).ok());
        QVERIFY(second.device().relationships().relate(cleo, QStringLiteral("brought_in_by"), ben).ok());
        second.syncCleanly();
        first.syncCleanly();
        second.syncCleanly();
        for (const std::string table : {"household", "household_member", "relationship"})
            QVERIFY2(first.snapshot().at(table) == second.snapshot().at(table), table.c_str());
        // The demo community has relationships of its own: count those of these three.
        std::size_t theirs = 0;
        const auto held = first.snapshot();
        for (const auto &[id, row] : held.at("relationship")) {
            for (const auto &person : {ada, ben, cleo}) {
                if (textOf(row, "person_id") == person.toStdString()) {
                    ++theirs;
                    break;
                }
            }
        }
        QCOMPARE(theirs, std::size_t(2));
        const auto placed = first.device().households().householdOf(ada);
        QVERIFY(placed.ok() && *placed);
        QCOMPARE(peopleIn(first, (*placed)->id), QStringList {ada});
        QCOMPARE(peopleIn(second, (*placed)->id), QStringList {ada});
        QCOMPARE(recruiterOf(first, cleo), recruiterOf(second, cleo));
        QVERIFY(!recruiterOf(first, cleo).isEmpty());

        // Unrelated on one device while the other, offline, has not seen it: one answer on both.
        QVERIFY(first.device().relationships().unrelate(ada, QStringLiteral("family"), ben).ok());
        first.syncCleanly();
        second.syncCleanly();
        for (TestClient *device : {&first, &second}) {
            const auto left = device->device().relationships().of(ben);
            QVERIFY(std::none_of(left->begin(), left->end(),
                [](const RelatedPerson &related) { return related.kind == QLatin1String("family"); }));
        }

        // A loop of recruiters made on two devices offline: each is fine alone, the daemon
        // refuses the second to arrive, and every device ends with the first.
        QVERIFY(first.device().relationships().relate(ben, QStringLiteral("brought_in_by"), ada).ok());
        QVERIFY(second.device().relationships().relate(ada, QStringLiteral("brought_in_by"), ben).ok());
        // And the device itself refuses one it can see would go round.
        const auto round = first.device().relationships().relate(ada, QStringLiteral("brought_in_by"), ben);
        QCOMPARE(round.error().code, std::string("invalid_value"));
        first.syncCleanly();
        second.sync();
        const auto problems = second.store().syncProblems();
        QVERIFY(std::any_of(problems.begin(), problems.end(), [](const SyncProblem &problem) {
            return problem.code == QLatin1String("invalid_value") && problem.message.contains("cannot go round");
        }));
        QVERIFY(second.store().clearSyncProblems().ok());
        first.syncCleanly();
        second.syncCleanly();
        for (TestClient *device : {&first, &second}) {
            QCOMPARE(recruiterOf(*device, ben), ada);
            QCOMPARE(recruiterOf(*device, ada), QString());
        }
        // The tree below Ada: Ben, and Cleo under whoever brought her in.
        const auto tree = first.device().relationships().recruits(ada);
        QVERIFY(tree.ok());
        QVERIFY(!tree->empty());
        QCOMPARE(tree->front().personId, ben);
    }

    void nothingReachesAMembersOrAnApplicantsFile()
    {
        TestClient leader;
        TestClient member;
        TestClient applicant;
        leader.signIn(m_daemon, QStringLiteral("leader@example.org"));
        member.signIn(m_daemon, QStringLiteral("member@example.org"));
        applicant.signIn(m_daemon, QStringLiteral("applicant@example.org"));
        const QString canaryName = QStringLiteral("canary-household-5c3e91");
        const auto home = leader.device().households().create(canaryName);
        QVERIFY(home.ok());
        Households &households = leader.device().households();
        Relationships &relationships = leader.device().relationships();
        QVERIFY(households.place(*home, member.personId()).ok());
        QVERIFY(households.place(*home, applicant.personId()).ok());
        QVERIFY(relationships.relate(member.personId(), QStringLiteral("neighbour"), applicant.personId()).ok());
        QVERIFY(relationships.relate(applicant.personId(), QStringLiteral("brought_in_by"), member.personId()).ok());
        QVERIFY(relationships.relate(member.personId(), QStringLiteral("brought_in_by"), leader.personId()).ok());
        leader.syncCleanly();
        member.syncCleanly();
        applicant.syncCleanly();

        const QStringList ids {*home, QString::fromStdString(relations::memberId(member.personId().toStdString())),
            QString::fromStdString(relations::memberId(applicant.personId().toStdString())),
            QString::fromStdString(relations::relationshipId(
                "neighbour", member.personId().toStdString(), applicant.personId().toStdString())),
            QString::fromStdString(relations::relationshipId("brought_in_by", applicant.personId().toStdString(), {})),
            QString::fromStdString(relations::relationshipId("brought_in_by", member.personId().toStdString(), {}))};
        // Where it may be, it is found: so the greps below can fail.
        TestClient otherLeader;
        otherLeader.signIn(m_daemon, QStringLiteral("leader@example.org"));
        const QByteArray leaderFiles = otherLeader.rawFiles();
        QVERIFY(leaderFiles.contains(canaryName.toUtf8()));
        for (const auto &id : ids)
            QVERIFY2(leaderFiles.contains(id.toUtf8()), qPrintable(id));
        for (TestClient *device : {&member, &applicant}) {
            const QByteArray files = device->rawFiles();
            QVERIFY(!files.contains(canaryName.toUtf8()));
            for (const auto &id : ids)
                QVERIFY2(!files.contains(id.toUtf8()), qPrintable(id));
            for (const std::string table : {"household", "household_member", "relationship"})
                QVERIFY(device->snapshot().at(table).empty());
            QVERIFY(!device->device().households().mayEdit());
            QVERIFY(!device->device().relationships().mayEdit());
            QCOMPARE(
                device->device().households().create(QStringLiteral("Mine")).error().code, std::string("forbidden"));
        }
    }

    void commandLine()
    {
        QTemporaryDir leaderProfile;
        QTemporaryDir memberProfile;
        const auto login = [&](const QString &profile, const QString &email) {
            return runCli({"--profile", profile, "login", m_daemon.url().toString(), "--email", email,
                              "--password-stdin", "--ca", m_daemon.certificatePath()},
                QByteArray(SyncdProcess::kDemoPassword) + '\n');
        };
        auto [code, out, err] = login(leaderProfile.path(), QStringLiteral("leader@example.org"));
        QVERIFY2(code == 0, err.constData());
        const QString path = leaderProfile.path();
        // People made by an admin, who may also choose for Eli that leaders see his address.
        TestClient helper;
        helper.signIn(m_daemon, QStringLiteral("admin@example.org"));
        const QString dana = newPerson(helper, QStringLiteral("Dana Cli"));
        const QString eli = newPerson(helper, QStringLiteral("Eli Cli"));
        const QString fay = newPerson(helper, QStringLiteral("Fay Cli"));
        QVERIFY(helper.store()
                    .updateRow(QStringLiteral("person"), eli,
                        {{"address", std::string("12 Harbour Row")}, {"address_visibility", std::string("leaders")}})
                    .ok());
        helper.syncCleanly();
        std::tie(code, out, err) = runCli({"--profile", path, "sync"});
        QVERIFY2(code == 0, err.constData());

        std::tie(code, out, err) = runCli({"--profile", path, "--json", "household", "new", "The Cli household"});
        QVERIFY2(code == 0, err.constData());
        const QString home = QJsonDocument::fromJson(out).object().value("id").toString();
        QVERIFY(!home.isEmpty());
        for (const auto &person : {dana, eli}) {
            std::tie(code, out, err) = runCli({"--profile", path, "household", "add", home, person});
            QVERIFY2(code == 0, err.constData());
        }
        std::tie(code, out, err) = runCli({"--profile", path, "--json", "household", "show", home});
        QVERIFY2(code == 0, err.constData());
        QJsonObject shown = QJsonDocument::fromJson(out).object();
        QCOMPARE(shown.value("name").toString(), QStringLiteral("The Cli household"));
        QCOMPARE(shown.value("members").toArray().size(), 2);
        QCOMPARE(shown.value("address").toString(), QStringLiteral("12 Harbour Row"));
        QCOMPARE(shown.value("address_of").toString(), QStringLiteral("Eli Cli"));
        std::tie(code, out, err) = runCli({"--profile", path, "household", "leave", eli});
        QVERIFY2(code == 0, err.constData());
        std::tie(code, out, err) = runCli({"--profile", path, "household", "show", home});
        QVERIFY2(code == 0 && out.contains("Dana Cli") && !out.contains("Eli Cli"), out.constData());
        QVERIFY2(out.contains("none of its people shows you theirs"), out.constData());
        std::tie(code, out, err) = runCli({"--profile", path, "--json", "households"});
        QVERIFY2(code == 0, err.constData());
        bool listed = false;
        for (const auto &item : QJsonDocument::fromJson(out).object().value("households").toArray())
            listed = listed || (item.toObject().value("id") == home && item.toObject().value("people").toInt() == 1);
        QVERIFY2(listed, out.constData());

        std::tie(code, out, err) = runCli({"--profile", path, "relate", eli, "brought_in_by", dana});
        QVERIFY2(code == 0, err.constData());
        std::tie(code, out, err) = runCli({"--profile", path, "relate", fay, "brought_in_by", eli});
        QVERIFY2(code == 0, err.constData());
        std::tie(code, out, err) = runCli({"--profile", path, "relate", dana, "colleague", fay});
        QVERIFY2(code == 0, err.constData());
        std::tie(code, out, err) = runCli({"--profile", path, "relate", dana, "brought_in_by", fay});
        QCOMPARE(code, 1);
        QVERIFY2(err.contains("cannot go round"), err.constData());
        std::tie(code, out, err) = runCli({"--profile", path, "relate", dana, "cousin", fay});
        QCOMPARE(code, 1);
        std::tie(code, out, err) = runCli({"--profile", path, "relate", dana, "family", dana});
        QCOMPARE(code, 1);
        std::tie(code, out, err) = runCli({"--profile", path, "--json", "relationships", dana});
        QVERIFY2(code == 0, err.constData());
        const QJsonObject relationsOfDana = QJsonDocument::fromJson(out).object();
        QCOMPARE(relationsOfDana.value("household").toObject().value("id").toString(), home);
        const QJsonArray list = relationsOfDana.value("relationships").toArray();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).toObject().value("direction").toString(), QStringLiteral("brought_in"));
        QCOMPARE(list.at(0).toObject().value("id").toString(), eli);
        QCOMPARE(list.at(1).toObject().value("kind").toString(), QStringLiteral("colleague"));
        std::tie(code, out, err) = runCli({"--profile", path, "recruits", dana});
        QVERIFY2(code == 0, err.constData());
        QVERIFY2(out.contains("  Eli Cli  " + eli.toUtf8()) && out.contains("    Fay Cli  " + fay.toUtf8()),
            out.constData());
        std::tie(code, out, err) = runCli({"--profile", path, "--json", "recruits", dana});
        QVERIFY2(code == 0, err.constData());
        const QJsonArray tree = QJsonDocument::fromJson(out).object().value("recruits").toArray();
        QCOMPARE(tree.size(), 2);
        QCOMPARE(tree.at(1).toObject().value("depth").toInt(), 2);
        QCOMPARE(tree.at(1).toObject().value("brought_in_by").toString(), eli);
        std::tie(code, out, err) = runCli({"--profile", path, "unrelate", dana, "colleague", fay});
        QVERIFY2(code == 0, err.constData());
        std::tie(code, out, err) = runCli({"--profile", path, "unrelate", dana, "colleague", fay});
        QCOMPARE(code, 1);
        std::tie(code, out, err) = runCli({"--profile", path, "sync"});
        QVERIFY2(code == 0, err.constData());

        // A member sees none of it and may do none of it: exit 3.
        std::tie(code, out, err) = login(memberProfile.path(), QStringLiteral("member@example.org"));
        QVERIFY2(code == 0, err.constData());
        const QString member = memberProfile.path();
        for (const QStringList &args : {QStringList {"households"}, QStringList {"household", "new", "Mine"},
                 QStringList {"household", "show", home}, QStringList {"relationships", dana},
                 QStringList {"recruits", dana}, QStringList {"relate", dana, "family", eli}}) {
            std::tie(code, out, err) = runCli(QStringList {"--profile", member} + args);
            QVERIFY2(code == 3, qPrintable(args.join(' ') + ": " + QString::fromUtf8(err)));
        }
    }

    void cleanupTestCase() { m_daemon.stop(); }
};

QTEST_GUILESS_MAIN(TestRelationsEndToEnd)
#include "tst_relations.moc"
