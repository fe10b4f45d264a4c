// Group workflows through a real daemon with several devices: joining open groups, requests to
// reviewed ones (approved or declined), invitations to closed ones (again after a decline), terms,
// curators removing members and curators, and the last curator.

#include "SyncdProcess.h"
#include "TestClient.h"

#include "desktop/core/Groups.h"

#include <QTest>

using namespace commonroom;

class TestGroups : public QObject
{
    Q_OBJECT

private:
    SyncdProcess m_daemon;
    TestClient m_leader;
    TestClient m_member;

    void syncBoth()
    {
        for (TestClient *client : {&m_leader, &m_member, &m_leader}) {
            const auto result = client->sync();
            QVERIFY2(result.ok(), qPrintable(result.message));
        }
    }

    QString stateOf(TestClient &client, const QString &group, const QString &person)
    {
        const auto membership = client.device().groups().membershipOf(group, person);
        return membership ? membership->state : QStringLiteral("<none>");
    }

    // Syncs `client` and returns the code of the one refusal it got ("" if none).
    QString refusal(TestClient &client)
    {
        const auto before = client.store().syncProblems().size();
        const auto result = client.sync();
        if (!result.ok())
            return QStringLiteral("sync failed: ") + result.message;
        const auto problems = client.store().syncProblems();
        return problems.size() > before ? problems.front().code : QString();
    }

    // Deletes the client's own membership without the device's last-curator check, as an older
    // or modified client might, to see what the daemon does.
    void forceLeave(TestClient &client, const QString &group)
    {
        const auto mine = client.device().groups().membershipOf(group, client.personId());
        QVERIFY(mine);
        QVERIFY(client.store().deleteRow("membership", mine->id).ok());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_daemon.start(10), qPrintable(m_daemon.error()));
        QVERIFY(m_leader.login(m_daemon, "leader@example.org", SyncdProcess::kDemoPassword));
        QVERIFY(m_member.login(m_daemon, "member@example.org", SyncdProcess::kDemoPassword));
        syncBoth();
    }

    void joiningAnOpenGroupIsImmediate()
    {
        auto group = m_leader.device().groups().create("Bike Kitchen", "open", "Fix bikes together");
        QVERIFY(group.ok());
        syncBoth();
        auto joined = m_member.device().groups().join(*group, false);
        QVERIFY(joined.ok());
        QCOMPARE(*joined, QStringLiteral("active"));
        QCOMPARE(refusal(m_member), QString());
        syncBoth();
        QCOMPARE(stateOf(m_leader, *group, m_member.personId()), QStringLiteral("active"));
    }

    void reviewedGroupsNeedTermsAndACurator()
    {
        auto group
            = m_leader.device().groups().create("Tenants' Union", "reviewed", {}, "Be kind; keep names private.");
        QVERIFY(group.ok());
        syncBoth();
        Groups &member = m_member.device().groups();
        auto withoutTerms = member.join(*group, false);
        QVERIFY(!withoutTerms.ok());
        QVERIFY(QString::fromStdString(withoutTerms.error().message).contains("Be kind"));
        auto requested = member.join(*group, true, "I live on Rua Nova");
        QCOMPARE(*requested, QStringLiteral("pending"));
        syncBoth();
        const auto request = m_leader.device().groups().membershipOf(*group, m_member.personId());
        QVERIFY(request.has_value());
        QCOMPARE(request->state, QStringLiteral("pending"));
        QVERIFY(m_leader.field("membership", request->id, "terms_accepted_at") != QStringLiteral("<null>"));
        QCOMPARE(m_leader.field("membership", request->id, "message"), QStringLiteral("I live on Rua Nova"));

        QVERIFY(m_leader.device().groups().decide(request->id, true, "Welcome!").ok());
        syncBoth();
        QCOMPARE(stateOf(m_member, *group, m_member.personId()), QStringLiteral("active"));
    }

    void aDeclinedRequestCarriesTheCuratorsMessage()
    {
        auto group = m_leader.device().groups().create("Steering Committee", "reviewed");
        QVERIFY(group.ok());
        syncBoth();
        QVERIFY(m_member.device().groups().join(*group, false).ok());
        syncBoth();
        const auto request = m_leader.device().groups().membershipOf(*group, m_member.personId());
        QVERIFY(m_leader.device().groups().decide(request->id, false, "Elections are in March.").ok());
        syncBoth();
        QCOMPARE(stateOf(m_member, *group, m_member.personId()), QStringLiteral("declined"));
        QCOMPARE(m_member.field("membership", request->id, "message"), QStringLiteral("Elections are in March."));
    }

    void membersCannotForceTheirWayIn()
    {
        auto reviewed = m_leader.device().groups().create("Reviewed Circle", "reviewed");
        auto closed = m_leader.device().groups().create("Closed Circle", "closed");
        auto open = m_leader.device().groups().create("Open Circle", "open");
        syncBoth();
        const std::string me = m_member.personId().toStdString();
        const auto forge = [&](const QString &group, const char *state, const char *role) {
            auto id = m_member.store().createRow("membership",
                {{"person_id", me}, {"group_id", group.toStdString()}, {"state", std::string(state)},
                    {"role", std::string(role)}});
            QVERIFY(id.ok());
            QCOMPARE(refusal(m_member), QStringLiteral("forbidden"));
            QVERIFY2(!m_member.store().row("membership", *id), "a refused membership stayed on the device");
        };
        forge(*reviewed, "active", "member"); // skipping the review
        forge(*closed, "pending", "member"); // closed groups take invitations only
        forge(*open, "active", "curator"); // appointing oneself
        QVERIFY(!m_member.device().groups().join(*closed, false).ok());
        syncBoth();
        QCOMPARE(stateOf(m_leader, *reviewed, m_member.personId()), QStringLiteral("<none>"));
        QCOMPARE(stateOf(m_leader, *closed, m_member.personId()), QStringLiteral("<none>"));
    }

    void invitationsOpenClosedGroups()
    {
        auto group = m_leader.device().groups().create("Organizing Core", "closed");
        QVERIFY(group.ok());
        QVERIFY(m_leader.device().groups().invite(*group, m_member.personId()).ok());
        syncBoth();
        QCOMPARE(stateOf(m_member, *group, m_member.personId()), QStringLiteral("invited"));
        auto accepted = m_member.device().groups().join(*group, false);
        QVERIFY(accepted.ok());
        QCOMPARE(refusal(m_member), QString());
        syncBoth();
        QCOMPARE(stateOf(m_leader, *group, m_member.personId()), QStringLiteral("active"));
    }

    void theLastCuratorCannotLeave()
    {
        auto group = m_leader.device().groups().create("Garden Crew", "open");
        QVERIFY(group.ok());
        syncBoth();
        // The device says so first; a device that tries anyway is refused by the daemon.
        QCOMPARE(m_leader.device().groups().leave(*group).error().code, std::string("last_curator"));
        forceLeave(m_leader, *group);
        QCOMPARE(refusal(m_leader), QStringLiteral("forbidden"));
        QCOMPARE(stateOf(m_leader, *group, m_leader.personId()), QStringLiteral("active"));

        QVERIFY(m_leader.device().groups().appointCurator(*group, m_member.personId()).ok());
        syncBoth();
        QVERIFY(m_leader.device().groups().leave(*group).ok());
        QCOMPARE(refusal(m_leader), QString());
        syncBoth();
        QCOMPARE(stateOf(m_member, *group, m_leader.personId()), QStringLiteral("<none>"));
        // Now the member is the last curator.
        QCOMPARE(m_member.device().groups().leave(*group).error().code, std::string("last_curator"));
        forceLeave(m_member, *group);
        QCOMPARE(refusal(m_member), QStringLiteral("forbidden"));
        QCOMPARE(m_member.device().groups().membershipOf(*group, m_member.personId())->role, QStringLiteral("curator"));
    }

    void curatorsRemoveMembersAndCurators()
    {
        auto group = m_leader.device().groups().create("Repair Café", "open");
        QVERIFY(group.ok());
        syncBoth();
        QVERIFY(m_member.device().groups().join(*group, false).ok());
        syncBoth();
        const auto membership = m_leader.device().groups().membershipOf(*group, m_member.personId());
        QVERIFY(membership);
        QVERIFY(m_leader.device().groups().removeMember(membership->id).ok());
        QCOMPARE(refusal(m_leader), QString());
        syncBoth();
        QCOMPARE(stateOf(m_member, *group, m_member.personId()), QStringLiteral("<none>"));

        // Back in and made curator; then a curator no more.
        QVERIFY(m_member.device().groups().join(*group, false).ok());
        syncBoth();
        QVERIFY(m_leader.device().groups().appointCurator(*group, m_member.personId()).ok());
        syncBoth();
        const auto curator = m_leader.device().groups().membershipOf(*group, m_member.personId());
        QCOMPARE(curator->role, QStringLiteral("curator"));
        QVERIFY(m_leader.device().groups().dismissCurator(curator->id).ok());
        QCOMPARE(refusal(m_leader), QString());
        syncBoth();
        QCOMPARE(m_member.device().groups().membershipOf(*group, m_member.personId())->role, QStringLiteral("member"));

        // A member who is no curator cannot remove anyone; the daemon refuses and the row comes back.
        const auto leaders = m_member.device().groups().membershipOf(*group, m_leader.personId());
        QVERIFY(leaders);
        QVERIFY(m_member.store().deleteRow("membership", leaders->id).ok());
        QCOMPARE(refusal(m_member), QStringLiteral("forbidden"));
        QVERIFY(m_member.store().row("membership", leaders->id));
        // Nor can the last curator step down, even past the device's own check.
        QCOMPARE(m_leader.device().groups().dismissCurator(leaders->id).error().code, std::string("last_curator"));
        QVERIFY(m_leader.store().updateRow("membership", leaders->id, {{"role", std::string("member")}}).ok());
        QCOMPARE(refusal(m_leader), QStringLiteral("forbidden"));
        QCOMPARE(m_leader.device().groups().membershipOf(*group, m_leader.personId())->role, QStringLiteral("curator"));
    }

    void aDeclinedPersonCanBeInvitedAgain()
    {
        auto group = m_leader.device().groups().create("Youth Council", "reviewed");
        QVERIFY(group.ok());
        syncBoth();
        QVERIFY(m_member.device().groups().join(*group, false).ok());
        syncBoth();
        const auto request = m_leader.device().groups().membershipOf(*group, m_member.personId());
        QVERIFY(m_leader.device().groups().decide(request->id, false, "Not this year.").ok());
        syncBoth();
        QCOMPARE(stateOf(m_member, *group, m_member.personId()), QStringLiteral("declined"));
        QVERIFY(m_leader.device().groups().invite(*group, m_member.personId()).ok());
        QCOMPARE(refusal(m_leader), QString());
        syncBoth();
        QCOMPARE(stateOf(m_member, *group, m_member.personId()), QStringLiteral("invited"));
        QCOMPARE(m_member.field("membership", request->id, "message"), QStringLiteral("<null>"));
        QVERIFY(m_member.device().groups().join(*group, false).ok());
        QCOMPARE(refusal(m_member), QString());
        syncBoth();
        QCOMPARE(stateOf(m_leader, *group, m_member.personId()), QStringLiteral("active"));
    }

    void cleanupTestCase() { m_daemon.stop(); }
};

QTEST_GUILESS_MAIN(TestGroups)
#include "tst_groups.moc"
