// Merging duplicate people through a real daemon (docs/events.md, "Merging duplicates"): the
// daemon decides who may merge what (never an account holder's record, only a flagged pair),
// keeps the merged-away record to itself, lets a merged value be seen by no more people than
// before, audits merges and restores them from the command line.

#include "CliProcess.h"
#include "SyncdProcess.h"
#include "TestClient.h"

#include "common/AccountProtocol.h"
#include "desktop/core/AccountClient.h"
#include "desktop/core/Duplicates.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace commonroom;

class TestMerges : public QObject
{
    Q_OBJECT

private:
    SyncdProcess m_daemon;

    std::unique_ptr<TestClient> signedIn(const QString &email)
    {
        auto client = std::make_unique<TestClient>();
        QString message;
        if (!client->login(m_daemon, email, SyncdProcess::kDemoPassword, &message))
            qWarning("sign-in of %s failed: %s", qPrintable(email), qPrintable(message));
        return client;
    }

    static bool syncs(TestClient &client)
    {
        const auto result = client.sync();
        if (!result.ok())
            qWarning("sync failed: %s", qPrintable(result.message));
        return result.ok();
    }

    static QString createPerson(TestClient &client, const FieldMap &fields)
    {
        const auto id = client.store().createRow(QStringLiteral("person"), fields);
        return id ? *id : QString();
    }

    // The admin's view of the audit log for one action and target.
    static std::vector<protocol::AuditEntry> audit(TestClient &admin, const QString &action, const QString &target)
    {
        AccountClient accounts(admin.engine().api());
        QSignalSpy finished(&accounts, &AccountClient::finished);
        AccountClient::AuditQuery query;
        query.action = action;
        query.targetId = target;
        accounts.queryAudit(query);
        if (!finished.wait(60'000))
            return {};
        const auto result = finished.first().at(1).value<AccountResult>();
        const auto page = protocol::fromJson<protocol::AuditPage>(result.body.toStdString());
        return page ? page->entries : std::vector<protocol::AuditEntry> {};
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_daemon.start(10), qPrintable(m_daemon.error())); }

    // A look-alike of the admin, flagged as their duplicate, does not let a leader merge the admin
    // away or delete them; the leader may merge the look-alike into the admin, which is audited.
    void anAccountHoldersRecordIsNeverMergedAwayOrDeleted()
    {
        auto leader = signedIn(QStringLiteral("leader@example.org"));
        auto admin = signedIn(QStringLiteral("admin@example.org"));
        QVERIFY(syncs(*admin) && syncs(*leader));
        const QString adminId = admin->personId();
        const QString lookAlike = createPerson(*leader,
            {{"display_name", leader->field("person", adminId, "display_name").toStdString()},
                {"email", std::string("admin@example.org")}});
        QVERIFY(!lookAlike.isEmpty());
        QVERIFY(syncs(*leader) && syncs(*leader));
        const auto pair = leader->device().duplicates().candidateOf(lookAlike, adminId);
        QVERIFY2(pair, "the look-alike is flagged as the admin's duplicate");

        QVERIFY(
            leader->store().updateRow(QStringLiteral("person"), adminId, {{"merged_into", lookAlike.toStdString()}}));
        QVERIFY(leader->store().deleteRow(QStringLiteral("person"), adminId));
        const auto refused = leader->sync();
        QVERIFY(refused.ok());
        QCOMPARE(refused.rejected, 2);
        for (const auto &problem : leader->store().syncProblems()) {
            QCOMPARE(problem.code, QStringLiteral("account_holder"));
            QVERIFY(problem.message.contains(QStringLiteral("account")));
        }
        QVERIFY(leader->store().clearSyncProblems());
        QVERIFY(syncs(*leader));
        QVERIFY(leader->field("person", adminId, "display_name") != QStringLiteral("<absent>"));
        QCOMPARE(leader->field("person", adminId, "merged_into"), QStringLiteral("<null>"));
        TestClient again;
        QVERIFY(again.login(m_daemon, QStringLiteral("admin@example.org"), SyncdProcess::kDemoPassword));
        QVERIFY(audit(*admin, QStringLiteral("person_deleted"), adminId).empty());

        // Nor does the whole merge as the app makes it, which would also move the admin's
        // memberships to the look-alike: a membership moves only with a person merged away.
        const auto group = leader->store().createRow(
            QStringLiteral("group"), {{"name", std::string("Tenants")}, {"kind", std::string("open")}});
        QVERIFY(group.ok());
        const auto membership = leader->store().createRow(QStringLiteral("membership"),
            {{"person_id", adminId.toStdString()}, {"group_id", group->toStdString()}, {"state", std::string("active")},
                {"role", std::string("curator")}});
        QVERIFY(membership.ok());
        QVERIFY(syncs(*leader));
        QVERIFY(leader->device().duplicates().merge(*pair, lookAlike).ok());
        QVERIFY(leader->sync().rejected >= 3); // merged_into, the membership's move, the delete
        bool refusedMove = false;
        for (const auto &problem : leader->store().syncProblems())
            refusedMove
                = refusedMove || (problem.table == QStringLiteral("membership") && problem.rowId == *membership);
        QVERIFY(refusedMove);
        QVERIFY(leader->store().clearSyncProblems());
        QVERIFY(syncs(*leader));
        QCOMPARE(leader->field("membership", *membership, "person_id"), adminId);
        QVERIFY(leader->field("person", adminId, "display_name") != QStringLiteral("<absent>"));
        QCOMPARE(leader->device().duplicates().candidate(*pair)->state, QStringLiteral("open"));

        // The other way round is a merge like any other, and the audit log has it.
        QVERIFY(leader->device().duplicates().merge(*pair, adminId).ok());
        const auto merged = leader->sync();
        QVERIFY(merged.ok());
        QCOMPARE(merged.rejected, 0);
        QCOMPARE(leader->field("person", lookAlike, "display_name"), QStringLiteral("<absent>"));
        const auto merges = audit(*admin, QStringLiteral("merge"), lookAlike);
        QCOMPARE(merges.size(), 1u);
        QCOMPARE(merges.front().actorId, leader->personId().toStdString());
        QVERIFY(merges.front().detail.find(adminId.toStdString()) != std::string::npos);
        QCOMPARE(audit(*admin, QStringLiteral("person_deleted"), lookAlike).size(), 1u);

        // A member merges nothing.
        auto member = signedIn(QStringLiteral("member@example.org"));
        QVERIFY(syncs(*member));
        const QString twin = createPerson(*leader, {{"display_name", std::string("Tomasz Nowak")}});
        const QString other = createPerson(*leader, {{"display_name", std::string("Nowak, Tomasz")}});
        QVERIFY(syncs(*leader) && syncs(*member));
        QVERIFY(member->store().updateRow(QStringLiteral("person"), twin, {{"merged_into", other.toStdString()}}));
        const auto byMember = member->sync();
        QCOMPARE(byMember.rejected, 1);
        QCOMPARE(member->store().syncProblems().front().code, QStringLiteral("forbidden"));
    }

    // An admin merges a duplicate whose address, admission message and interests are private.
    // Nothing private of it reaches a leader's file, and a merged value is seen by no more people
    // than before: the applicant does not receive the private interests through the kept record.
    // A leader restores the merge from the command line.
    void aMergeShowsNothingToMorePeopleAndIsRestored()
    {
        auto admin = signedIn(QStringLiteral("admin@example.org"));
        auto leader = signedIn(QStringLiteral("leader@example.org"));
        auto applicant = signedIn(QStringLiteral("applicant@example.org"));
        QVERIFY(syncs(*admin));
        const QString duplicate = createPerson(*admin,
            {{"display_name", std::string("Rosalind Okafor")}, {"display_name_visibility", std::string("public")},
                {"email", std::string("rosalind.okafor@example.org")},
                {"address", std::string("canary-address-5521 Hidden Lane")},
                {"admission_message", std::string("canary-admission-7734")},
                {"interests", std::string("canary-interest-3318")}, {"interests_visibility", std::string("private")}});
        const QString kept = createPerson(*admin,
            {{"display_name", std::string("Rosalind Okafor")}, {"display_name_visibility", std::string("public")},
                {"email", std::string("rosalind.okafor@example.org")},
                {"interests_visibility", std::string("public")}});
        QVERIFY(!duplicate.isEmpty() && !kept.isEmpty());
        QVERIFY(syncs(*admin) && syncs(*admin));
        const auto pair = admin->device().duplicates().candidateOf(duplicate, kept);
        QVERIFY(pair);
        QVERIFY(admin->device().duplicates().merge(*pair, kept).ok());
        const auto merged = admin->sync();
        QVERIFY(merged.ok());
        QCOMPARE(merged.rejected, 0);
        QVERIFY(syncs(*admin));
        QCOMPARE(admin->field("person", kept, "interests"), QStringLiteral("canary-interest-3318"));
        QCOMPARE(admin->field("person", kept, "interests_visibility"), QStringLiteral("private"));

        QVERIFY(syncs(*leader) && syncs(*applicant));
        QCOMPARE(leader->device().duplicates().candidate(*pair)->state, QStringLiteral("merged"));
        const QByteArray leaderFiles = leader->rawFiles();
        for (const char *value : {"canary-address-5521", "canary-admission-7734", "canary-interest-3318"})
            QVERIFY2(!leaderFiles.contains(value), value);
        QCOMPARE(applicant->field("person", kept, "display_name"), QStringLiteral("Rosalind Okafor"));
        QVERIFY(!applicant->rawFiles().contains("canary-interest-3318"));

        // Undone from the command line by a leader: the person is back as they were, and the pair
        // is two people from now on.
        QByteArray out;
        const QStringList base {QStringLiteral("--profile"), leader->profileDir()};
        QCOMPARE(runCli(base + QStringList {QStringLiteral("events"), QStringLiteral("restore")}, {}, &out), 2);
        QCOMPARE(runCli(base + QStringList {QStringLiteral("events"), QStringLiteral("restore"), kept}, {}, &out), 1);
        QVERIFY2(out.contains("no merge"), out.constData());
        QCOMPARE(runCli(base + QStringList {QStringLiteral("events"), QStringLiteral("restore"), *pair}, {}, &out), 0);
        QCOMPARE(runCli(base + QStringList {QStringLiteral("events"), QStringLiteral("restore"), *pair}, {}, &out), 1);
        QVERIFY(syncs(*admin) && syncs(*leader));
        QCOMPARE(admin->field("person", duplicate, "address"), QStringLiteral("canary-address-5521 Hidden Lane"));
        QCOMPARE(admin->field("person", duplicate, "merged_into"), QStringLiteral("<null>"));
        QCOMPARE(leader->field("person", duplicate, "display_name"), QStringLiteral("Rosalind Okafor"));
        QCOMPARE(leader->device().duplicates().candidate(*pair)->state, QStringLiteral("dismissed"));
        QCOMPARE(audit(*admin, QStringLiteral("merge_restored"), duplicate).size(), 1u);
    }

    // The daemon's scan of the whole directory finds what the exact keys of a push miss; leaders
    // (and only they) receive the pair with its score, merge the likely ones at once, and undo.
    void theDaemonsScanFindsAlikePeopleForLeadersOnly()
    {
        auto leader = signedIn(QStringLiteral("leader@example.org"));
        auto member = signedIn(QStringLiteral("member@example.org"));
        QVERIFY(syncs(*leader));
        const QString first = createPerson(*leader,
            {{"display_name", std::string("Wiesława Kowalczyk")}, {"email", std::string("wieslawa@example.org")},
                {"area", std::string("Kraków")}});
        const QString typo = createPerson(*leader,
            {{"display_name", std::string("Wieslawa Kowalcyk")}, {"email", std::string("Wieslawa+choir@example.org")},
                {"area", std::string("Kraków")}});
        // Alike names, different addresses: two people.
        const QString other = createPerson(*leader,
            {{"display_name", std::string("Wiesław Kowalczyk")}, {"email", std::string("wk1950@example.org")},
                {"area", std::string("Kraków")}});
        QVERIFY(syncs(*leader) && syncs(*leader));
        QVERIFY2(!leader->device().duplicates().candidateOf(first, typo), "no exact key in common");

        // Nothing else writes under the serving daemon: it scans by itself, or after it stopped.
        QVERIFY(!m_daemon.runOnce({QStringLiteral("dedupe"), QStringLiteral("--data"), m_daemon.dataDir()}));
        QVERIFY2(m_daemon.error().contains(QStringLiteral("stop it first")), qPrintable(m_daemon.error()));
        QString report;
        QVERIFY2(m_daemon.dedupe(&report), qPrintable(m_daemon.error()));
        QVERIFY2(report.contains(QStringLiteral(" new for review")), qPrintable(report));
        QVERIFY(syncs(*leader) && syncs(*member));
        const auto pair = leader->device().duplicates().candidateOf(first, typo);
        QVERIFY(pair);
        QVERIFY(!leader->device().duplicates().candidateOf(first, other));
        QVERIFY(!leader->device().duplicates().candidateOf(typo, other));
        // In the leader's file with its score; nothing of it in the member's.
        QSqlQuery scored(leader->store().database());
        QVERIFY(scored.exec(
            QStringLiteral("SELECT score, names_alike, reasons FROM duplicate_candidate WHERE id = '%1'").arg(*pair)));
        QVERIFY(scored.next());
        QVERIFY2(scored.value(0).toInt() >= 980, qPrintable(scored.value(0).toString()));
        QVERIFY(scored.value(1).toInt() >= 90);
        QCOMPARE(scored.value(2).toString(), QStringLiteral("area email"));
        scored.finish(); // an open read would hold up the device's log scrub at the next sync
        QSqlQuery none(member->store().database());
        QVERIFY(none.exec(QStringLiteral("SELECT COUNT(*) FROM duplicate_candidate")) && none.next());
        QCOMPARE(none.value(0).toInt(), 0);
        QVERIFY(!member->rawFiles().contains(pair->toUtf8()));

        // Merged with the other likely pairs; the daemon accepts it, keeping the first record.
        const auto merged = leader->device().duplicates().mergeLikely(Duplicates::kLikelyScore);
        QVERIFY(merged.ok());
        QVERIFY(*merged >= 1);
        const auto sent = leader->sync();
        QVERIFY2(sent.ok(), qPrintable(sent.message));
        QCOMPARE(sent.rejected, 0);
        QVERIFY(syncs(*leader));
        QCOMPARE(leader->field("person", typo, "display_name"), QStringLiteral("<absent>"));
        QCOMPARE(leader->device().duplicates().candidate(*pair)->keptId, std::min(first, typo));

        // Undone: the typo is back, the pair is two people, and the next scan leaves it so.
        QByteArray out;
        QCOMPARE(runCli({QStringLiteral("--profile"), leader->profileDir(), QStringLiteral("events"),
                            QStringLiteral("restore"), *pair},
                     {}, &out),
            0);
        QVERIFY2(m_daemon.dedupe(&report), qPrintable(m_daemon.error()));
        QVERIFY(syncs(*leader));
        QCOMPARE(leader->field("person", typo, "display_name"), QStringLiteral("Wieslawa Kowalcyk"));
        QCOMPARE(leader->device().duplicates().candidate(*pair)->state, QStringLiteral("dismissed"));
    }
};

QTEST_MAIN(TestMerges)
#include "tst_merges.moc"
