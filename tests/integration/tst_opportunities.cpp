// Opportunities end to end through a real commonroom-syncd (docs/organizing.md, "Opportunities"):
// members say they are interested offline, a curator who is no leader accepts, the places filled
// reach everyone, two curators accepting offline for the last place, what never reaches another
// member's file, and the command line.

#include "CliProcess.h"
#include "SyncdProcess.h"
#include "TestClient.h"

#include "common/Opportunities.h"
#include "desktop/core/Groups.h"
#include "desktop/core/Opportunities.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace commonroom;

class TestOpportunitiesEndToEnd : public QObject
{
    Q_OBJECT

private:
    SyncdProcess m_daemon;
    TestClient m_leader;
    TestClient m_member; // Mateo Silva, made curator of the Bike Kitchen below
    TestClient m_applicant; // Priya Raman, approved as a member below
    TestClient m_admin;
    QString m_bikeKitchen; // curated by the leader and by Mateo
    QString m_tenants; // curated by the leader only

    static QString groupNamed(Device &device, const QString &name)
    {
        for (const auto &group : device.groups().named()) {
            if (group.name == name)
                return group.id;
        }
        return {};
    }

    static QString interestId(const QString &opportunityId, const QString &personId)
    {
        return QString::fromStdString(opportunities::interestId(opportunityId.toStdString(), personId.toStdString()));
    }

    static QString stateOf(TestClient &client, const QString &opportunityId, const QString &personId)
    {
        return client.field(QStringLiteral("opportunity_interest"), interestId(opportunityId, personId), "state");
    }

    void syncAll()
    {
        for (TestClient *device : {&m_leader, &m_member, &m_applicant, &m_admin})
            device->syncCleanly();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_daemon.start(20), qPrintable(m_daemon.error()));
        m_leader.signIn(m_daemon, QStringLiteral("leader@example.org"));
        m_member.signIn(m_daemon, QStringLiteral("member@example.org"));
        m_applicant.signIn(m_daemon, QStringLiteral("applicant@example.org"));
        m_admin.signIn(m_daemon, QStringLiteral("admin@example.org"));
        m_bikeKitchen = groupNamed(m_leader.device(), QStringLiteral("Bike Kitchen"));
        m_tenants = groupNamed(m_leader.device(), QStringLiteral("Kreuzberg Tenants' Union"));
        QVERIFY(!m_bikeKitchen.isEmpty() && !m_tenants.isEmpty());
        // Priya becomes a member; Mateo a curator of the Bike Kitchen (he is no leader).
        QVERIFY(m_admin.device().admission().decide(m_applicant.personId(), Admission::Decision::Approve).ok());
        m_admin.syncCleanly();
        // Her device takes the role it is given at sign-in: she signs in again.
        m_applicant.signIn(m_daemon, QStringLiteral("applicant@example.org"));
        QVERIFY(m_applicant.device().opportunities().maySayInterested());
        QVERIFY(m_leader.device().groups().appointCurator(m_bikeKitchen, m_member.personId()).ok());
        syncAll();
    }

    void aCuratorWhoIsNoLeaderPostsAndAnswersInTheirGroupOnly()
    {
        Opportunities &mateo = m_member.device().opportunities();
        QVERIFY(mateo.maySayInterested());
        QVERIFY(mateo.mayPost(m_bikeKitchen));
        QVERIFY(mateo.mayAnswer(m_bikeKitchen));
        QVERIFY(!mateo.mayPost(m_tenants));
        QVERIFY(!mateo.mayAnswer(m_tenants));
        QVERIFY(!mateo.whyNotPost(m_tenants).isEmpty());
        OpportunityDraft draft;
        draft.title = QStringLiteral("Not his group");
        draft.area = QStringLiteral("events");
        QCOMPARE(mateo.post(m_tenants, draft).error().code, std::string("forbidden"));
    }

    void interestsReachThePersonAndTheGroupsCuratorsOnly()
    {
        const QString canaryPriyaTenants = QStringLiteral("canary-priya-tenants-91c2e0");
        const QString canaryMateoTenants = QStringLiteral("canary-mateo-tenants-3f7a55");
        const QString canaryPriyaBikes = QStringLiteral("canary-priya-bikes-0d4b18");
        OpportunityDraft draft;
        draft.title = QStringLiteral("Door-knocking on Oranienstraße");
        draft.area = QStringLiteral("organizing");
        draft.languages = QStringLiteral("German, Turkish");
        draft.places = 3;
        const auto tenants = m_leader.device().opportunities().post(m_tenants, draft);
        QVERIFY(tenants.ok());
        draft.title = QStringLiteral("Wednesday repair shift");
        draft.area = QStringLiteral("support");
        draft.skills = QStringLiteral("bike repair");
        const auto bikes = m_member.device().opportunities().post(m_bikeKitchen, draft);
        QVERIFY2(bikes.ok(), bikes.ok() ? "" : bikes.error().message.c_str());
        m_leader.syncCleanly();
        m_member.syncCleanly();
        m_applicant.syncCleanly();
        // Offline, then sent.
        QVERIFY(m_applicant.device().opportunities().interested(*tenants, canaryPriyaTenants).ok());
        QVERIFY(m_applicant.device().opportunities().interested(*bikes, canaryPriyaBikes).ok());
        QVERIFY(m_member.device().opportunities().interested(*tenants, canaryMateoTenants).ok());
        syncAll();
        syncAll();

        // Where it may be, it is found: so the greps below can fail.
        QVERIFY(m_leader.rawFiles().contains(canaryPriyaTenants.toUtf8()));
        QVERIFY(m_leader.rawFiles().contains(canaryMateoTenants.toUtf8()));
        QVERIFY(m_leader.rawFiles().contains(interestId(*tenants, m_applicant.personId()).toUtf8()));
        // Mateo curates the Bike Kitchen: he holds Priya's interest there, never in the tenants' union.
        const QByteArray mateo = m_member.rawFiles();
        QVERIFY(mateo.contains(canaryPriyaBikes.toUtf8()));
        QVERIFY(mateo.contains(canaryMateoTenants.toUtf8()));
        QVERIFY(!mateo.contains(canaryPriyaTenants.toUtf8()));
        QVERIFY(!mateo.contains(interestId(*tenants, m_applicant.personId()).toUtf8()));
        // Priya curates nothing: she holds her own interests only.
        const QByteArray priya = m_applicant.rawFiles();
        QVERIFY(priya.contains(canaryPriyaTenants.toUtf8()));
        QVERIFY(!priya.contains(canaryMateoTenants.toUtf8()));
        QVERIFY(!priya.contains(interestId(*tenants, m_member.personId()).toUtf8()));
        const auto seen = m_applicant.device().opportunities().interests(*tenants);
        QVERIFY(seen.ok());
        QCOMPARE(seen->size(), std::size_t(1));
        QCOMPARE(seen->front().personId, m_applicant.personId());
        const auto curated = m_member.device().opportunities().interests(*bikes);
        QVERIFY(curated.ok());
        QCOMPARE(curated->size(), std::size_t(1));
        QCOMPARE(curated->front().message, canaryPriyaBikes);
    }

    void twoCuratorsAcceptOfflineForTheLastPlace()
    {
        OpportunityDraft draft;
        draft.title = QStringLiteral("Saturday stall at the flea market");
        draft.area = QStringLiteral("events");
        draft.places = 1;
        const auto id = m_leader.device().opportunities().post(m_bikeKitchen, draft);
        QVERIFY(id.ok());
        m_leader.syncCleanly();
        for (TestClient *device : {&m_applicant, &m_admin})
            device->syncCleanly();
        QVERIFY(m_applicant.device().opportunities().interested(*id).ok());
        QVERIFY(m_admin.device().opportunities().interested(*id).ok());
        m_applicant.syncCleanly();
        m_admin.syncCleanly();
        syncAll();
        // Both curators accept, offline, a different person for the one place.
        QVERIFY(m_member.device().opportunities().accept(*id, m_applicant.personId()).ok());
        QVERIFY(m_leader.device().opportunities().accept(*id, m_admin.personId()).ok());
        // A second acceptance on the same device is refused there: no place is open any more.
        const auto full = m_member.device().opportunities().accept(*id, m_admin.personId());
        QCOMPARE(full.error().code, std::string("no_places"));
        // Mateo reaches the daemon first: his acceptance stands; the leader's is refused, kept
        // under Sync problems with the reason, and her copy goes back to what the daemon holds.
        m_member.syncCleanly();
        m_leader.sync();
        const auto problems = m_leader.store().syncProblems();
        const bool refused = std::any_of(problems.begin(), problems.end(), [](const SyncProblem &problem) {
            return problem.code == QLatin1String("no_places")
                && problem.message.contains(QStringLiteral("Saturday stall at the flea market"));
        });
        QVERIFY(refused);
        syncAll();
        for (TestClient *device : {&m_leader, &m_member}) {
            QCOMPARE(stateOf(*device, *id, m_applicant.personId()), QStringLiteral("accepted"));
            QCOMPARE(stateOf(*device, *id, m_admin.personId()), QStringLiteral("interested"));
        }
        // Everyone sees the place filled, the member who holds no one else's interest included.
        for (TestClient *device : {&m_leader, &m_member, &m_applicant, &m_admin}) {
            const auto seen = device->device().opportunities().byId(*id);
            QVERIFY(seen.ok());
            QCOMPARE(seen->filled, 1);
            QCOMPARE(seen->openPlaces(), 0);
        }
        QCOMPARE(m_applicant.device().opportunities().byId(*id)->myState, QStringLiteral("accepted"));
        // Priya withdraws: the place is open again, and the admin can be accepted.
        QVERIFY(m_applicant.device().opportunities().withdraw(*id).ok());
        m_applicant.syncCleanly();
        m_leader.syncCleanly();
        QVERIFY(m_leader.device().opportunities().accept(*id, m_admin.personId()).ok());
        syncAll();
        QCOMPARE(m_admin.device().opportunities().byId(*id)->myState, QStringLiteral("accepted"));
        QCOMPARE(m_applicant.device().opportunities().byId(*id)->filled, 1);
    }

    void matchingMeFindsTheMembersSkills()
    {
        // Mateo's profile lists "bike repair, Python".
        OpportunityDraft draft;
        draft.title = QStringLiteral("Python help for the booking script");
        draft.area = QStringLiteral("coding");
        draft.skills = QStringLiteral("python, sqlite");
        draft.places = 2;
        const auto match = m_leader.device().opportunities().post(m_tenants, draft);
        draft.title = QStringLiteral("Bake for the solidarity dinner");
        draft.area = QStringLiteral("events");
        draft.skills = QStringLiteral("baking");
        const auto other = m_leader.device().opportunities().post(m_tenants, draft);
        QVERIFY(match.ok() && other.ok());
        m_leader.syncCleanly();
        m_member.syncCleanly();
        const auto matching = m_member.device().opportunities().matchingMe();
        QVERIFY(matching.ok());
        const auto has = [&](const QString &id) {
            return std::any_of(matching->begin(), matching->end(), [&](const Opportunity &o) { return o.id == id; });
        };
        QVERIFY(has(*match));
        QVERIFY(!has(*other));
        // Closed, it is no one's match.
        QVERIFY(m_leader.device().opportunities().close(*match).ok());
        m_leader.syncCleanly();
        m_member.syncCleanly();
        const auto after = m_member.device().opportunities().matchingMe();
        QVERIFY(after.ok());
        QVERIFY(std::none_of(after->begin(), after->end(), [&](const Opportunity &o) { return o.id == *match; }));
        const auto late = m_member.device().opportunities().interested(*match);
        QCOMPARE(late.error().code, std::string("closed"));
    }

    void commandLinePostsAnswersAndListsWithJson()
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
        std::tie(code, out, err) = login(memberProfile.path(), QStringLiteral("member@example.org"));
        QVERIFY2(code == 0, err.constData());
        const QString leader = leaderProfile.path();
        const QString member = memberProfile.path();
        for (const QString &profile : {leader, member}) {
            std::tie(code, out, err) = runCli({"--profile", profile, "sync"});
            QVERIFY2(code == 0, err.constData());
        }

        std::tie(code, out, err) = runCli({"--profile", leader, "--json", "opportunity", "post", m_tenants, "--title",
            "Flyers (cli)", "--area", "advocacy", "--places", "2", "--skills", "bike repair", "--starts", "2027-01-10",
            "--ends", "2027-01-12", "--commitment", "an afternoon"});
        QVERIFY2(code == 0, err.constData());
        const QString id = QJsonDocument::fromJson(out).object().value("id").toString();
        QVERIFY(!id.isEmpty());
        // Values outside the rules are refused naming the opportunity and the value.
        std::tie(code, out, err)
            = runCli({"--profile", leader, "opportunity", "post", m_tenants, "--title", "Bad", "--area", "gardening"});
        QCOMPARE(code, 1);
        QVERIFY2(err.contains("\"gardening\"") && err.contains("\"Bad\""), err.constData());
        std::tie(code, out, err) = runCli({"--profile", leader, "opportunity", "post", m_tenants, "--title", "Bad",
            "--area", "events", "--places", "0"});
        QCOMPARE(code, 1);
        QVERIFY2(err.contains("0 places"), err.constData());
        std::tie(code, out, err) = runCli({"--profile", leader, "opportunity", "post", m_tenants, "--title", "Bad",
            "--area", "events", "--starts", "2027-01-10", "--ends", "2027-01-09"});
        QCOMPARE(code, 1);
        QVERIFY2(err.contains("2027-01-09"), err.constData());
        std::tie(code, out, err) = runCli({"--profile", leader, "sync"});
        QVERIFY2(code == 0, err.constData());

        // The member: a match, interested offline; may not post in the tenants' union (exit 3).
        std::tie(code, out, err) = runCli({"--profile", member, "sync"});
        QVERIFY2(code == 0, err.constData());
        std::tie(code, out, err) = runCli({"--profile", member, "--json", "opportunities", "--matching"});
        QVERIFY2(code == 0, err.constData());
        bool matched = false;
        for (const auto &item : QJsonDocument::fromJson(out).object().value("opportunities").toArray())
            matched = matched || item.toObject().value("id").toString() == id;
        QVERIFY2(matched, out.constData());
        std::tie(code, out, err)
            = runCli({"--profile", member, "opportunity", "post", m_tenants, "--title", "Mine", "--area", "events"});
        QCOMPARE(code, 3);
        std::tie(code, out, err)
            = runCli({"--profile", member, "opportunity", "interested", id, "--message", "Saturdays only"});
        QVERIFY2(code == 0, err.constData());
        std::tie(code, out, err) = runCli({"--profile", member, "opportunity", "accept", id, m_member.personId()});
        QCOMPARE(code, 3);
        std::tie(code, out, err) = runCli({"--profile", member, "sync"});
        QVERIFY2(code == 0, err.constData());

        std::tie(code, out, err) = runCli({"--profile", leader, "sync"});
        QVERIFY2(code == 0, err.constData());
        std::tie(code, out, err) = runCli({"--profile", leader, "--json", "opportunity", "interests", id});
        QVERIFY2(code == 0, err.constData());
        const QJsonArray interests = QJsonDocument::fromJson(out).object().value("interests").toArray();
        QCOMPARE(interests.size(), 1);
        QCOMPARE(interests.first().toObject().value("message").toString(), QStringLiteral("Saturdays only"));
        QCOMPARE(interests.first().toObject().value("display_name").toString(), QStringLiteral("Mateo Silva"));
        std::tie(code, out, err) = runCli({"--profile", leader, "opportunity", "accept", id, m_member.personId()});
        QVERIFY2(code == 0, err.constData());
        std::tie(code, out, err) = runCli({"--profile", leader, "opportunity", "close", id});
        QVERIFY2(code == 0, err.constData());
        std::tie(code, out, err) = runCli({"--profile", leader, "sync"});
        QVERIFY2(code == 0, err.constData());

        std::tie(code, out, err) = runCli({"--profile", member, "sync"});
        QVERIFY2(code == 0, err.constData());
        std::tie(code, out, err) = runCli({"--profile", member, "--json", "opportunities", "--group", m_tenants});
        QVERIFY2(code == 0, err.constData());
        QJsonObject mine;
        for (const auto &item : QJsonDocument::fromJson(out).object().value("opportunities").toArray()) {
            if (item.toObject().value("id").toString() == id)
                mine = item.toObject();
        }
        QCOMPARE(mine.value("my_interest").toString(), QStringLiteral("accepted"));
        QCOMPARE(mine.value("filled").toInt(), 1);
        QCOMPARE(mine.value("open_places").toInt(), 1);
        QCOMPARE(mine.value("state").toString(), QStringLiteral("closed"));
        std::tie(code, out, err) = runCli({"--profile", member, "opportunity", "withdraw", id});
        QVERIFY2(code == 0, err.constData());
        std::tie(code, out, err) = runCli({"--profile", member, "opportunity", "interested", id});
        QCOMPARE(code, 1);
        QVERIFY2(err.contains("closed"), err.constData());
        std::tie(code, out, err) = runCli({"--profile", member, "opportunity", "interested", "no-such-id"});
        QCOMPARE(code, 1);
        std::tie(code, out, err) = runCli({"--profile", member, "opportunity", "frobnicate", id});
        QCOMPARE(code, 2);
    }

    void cleanupTestCase() { m_daemon.stop(); }
};

QTEST_GUILESS_MAIN(TestOpportunitiesEndToEnd)
#include "tst_opportunities.moc"
