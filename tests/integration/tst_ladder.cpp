// The leadership ladder and leader notes end to end through a real commonroom-syncd
// (docs/organizing.md): what never reaches a member's or an applicant's file, concurrent offline
// assessments, and the command line.

#include "CliProcess.h"
#include "SyncdProcess.h"
#include "TestClient.h"

#include "common/Clock.h"
#include "desktop/core/Ladder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace commonroom;

class TestLadderEndToEnd : public QObject
{
    Q_OBJECT

private:
    SyncdProcess m_daemon;
    SystemClock m_clock;

    QString memberId()
    {
        TestClient member;
        member.signIn(m_daemon, QStringLiteral("member@example.org"));
        return member.personId();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_daemon.start(20), qPrintable(m_daemon.error())); }

    void assessmentsAndNotesNeverReachAMembersOrAnApplicantsFile()
    {
        TestClient leader;
        TestClient member;
        TestClient applicant;
        leader.signIn(m_daemon, QStringLiteral("leader@example.org"));
        member.signIn(m_daemon, QStringLiteral("member@example.org"));
        applicant.signIn(m_daemon, QStringLiteral("applicant@example.org"));
        const QByteArray assessMarker = "canary-assess-5c1e0b";
        const QByteArray noteMarker = "canary-note-9d7f42";
        const QByteArray selfMarker = "canary-about-leader-31ab";
        // Written offline, then sent: about the member, and (from the admin) about the leader.
        QVERIFY(leader.device().ladder().assess(member.personId(), 3, QString::fromLatin1(assessMarker)).ok());
        QVERIFY(leader.device().ladder().addNote(member.personId(), QString::fromLatin1(noteMarker)).ok());
        QCOMPARE(leader.store().pendingCount(), 2);
        QVERIFY(leader.rawFiles().contains(noteMarker)); // the outbox holds it until it is sent
        leader.syncCleanly();
        TestClient admin;
        admin.signIn(m_daemon, QStringLiteral("admin@example.org"));
        QVERIFY(admin.device().ladder().addNote(leader.personId(), QString::fromLatin1(selfMarker)).ok());
        admin.syncCleanly();

        for (TestClient *device : {&member, &applicant, &leader})
            device->syncCleanly();
        // A second leader's device receives both; so the markers can be found when they are there.
        TestClient otherLeaderDevice;
        otherLeaderDevice.signIn(m_daemon, QStringLiteral("leader@example.org"));
        QVERIFY(otherLeaderDevice.rawFiles().contains(assessMarker));
        QVERIFY(otherLeaderDevice.rawFiles().contains(noteMarker));
        QVERIFY(admin.rawFiles().contains(selfMarker));
        QCOMPARE(otherLeaderDevice.device().ladder().current(member.personId())->value().level, 3);
        QCOMPARE(otherLeaderDevice.field("person", member.personId(), "leadership_level"), QStringLiteral("3"));

        for (TestClient *device : {&member, &applicant}) {
            const QByteArray files = device->rawFiles();
            QVERIFY(!files.contains(assessMarker));
            QVERIFY(!files.contains(noteMarker));
            QVERIFY(!files.contains(selfMarker));
            const auto rows = device->snapshot();
            QVERIFY(rows.at("assessment").empty());
            QVERIFY(rows.at("leader_note").empty());
            QVERIFY(!device->device().ladder().maySeeAssessments());
        }
        // The note about the leader reaches neither of the leader's devices.
        QVERIFY(!leader.rawFiles().contains(selfMarker));
        QVERIFY(!otherLeaderDevice.rawFiles().contains(selfMarker));
        QVERIFY(!leader.device().ladder().maySeeNotesAbout(leader.personId()));
        QVERIFY(leader.device().ladder().maySeeNotesAbout(member.personId()));
    }

    void concurrentOfflineAssessmentsKeepBothAndTheLatestWins_data()
    {
        QTest::addColumn<bool>("laterSyncsFirst");
        QTest::addRow("later assessment synced first") << true;
        QTest::addRow("earlier assessment synced first") << false;
    }

    void concurrentOfflineAssessmentsKeepBothAndTheLatestWins()
    {
        QFETCH(bool, laterSyncsFirst);
        const QString person = memberId();
        // The admin's laptop runs two minutes behind: its assessment is the earlier one.
        SkewedClock slow(m_clock, -120'000);
        TestClient early(slow);
        TestClient late;
        early.signIn(m_daemon, QStringLiteral("admin@example.org"));
        late.signIn(m_daemon, QStringLiteral("leader@example.org"));
        const auto earlyId = early.device().ladder().assess(person, 2, QStringLiteral("offline, earlier"));
        const auto lateId = late.device().ladder().assess(person, 4, QStringLiteral("offline, later"));
        QVERIFY(earlyId.ok());
        QVERIFY(lateId.ok());
        if (laterSyncsFirst) {
            late.syncCleanly();
            early.syncCleanly();
        } else {
            early.syncCleanly();
            late.syncCleanly();
        }
        early.syncCleanly();
        late.syncCleanly();
        for (TestClient *device : {&early, &late}) {
            const auto history = device->device().ladder().history(person);
            QVERIFY(history.ok());
            QVERIFY(history->size() >= 2);
            QCOMPARE(history->front().id, *lateId);
            QCOMPARE(history->front().level, 4);
            const bool keptEarly
                = std::any_of(history->begin(), history->end(), [&](const Assessment &a) { return a.id == *earlyId; });
            QVERIFY(keptEarly);
            QCOMPARE(device->field("person", person, "leadership_level"), QStringLiteral("4"));
        }
        QVERIFY(early.snapshot().at("assessment") == late.snapshot().at("assessment"));
    }

    void commandLineAssessesAndListsWithJson()
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
        const QString person = memberId();
        std::tie(code, out, err) = runCli({"--profile", leaderProfile.path(), "sync"});
        QVERIFY2(code == 0, err.constData());

        // Off the ladder: refused before anything is written, naming the person and the range.
        std::tie(code, out, err) = runCli({"--profile", leaderProfile.path(), "assess", person, "9"});
        QCOMPARE(code, 1);
        QVERIFY2(err.contains("Level 9 for Mateo Silva") && err.contains("from 1 to 5"), err.constData());
        std::tie(code, out, err) = runCli({"--profile", leaderProfile.path(), "assess", person, "three"});
        QCOMPARE(code, 2);

        std::tie(code, out, err) = runCli(
            {"--profile", leaderProfile.path(), "--json", "assess", person, "2", "--note", "Chaired the meeting"});
        QVERIFY2(code == 0, err.constData());
        const QJsonObject assessed = QJsonDocument::fromJson(out).object();
        QCOMPARE(assessed.value("level").toInt(), 2);
        QCOMPARE(assessed.value("level_name").toString(), QStringLiteral("Participant"));
        std::tie(code, out, err) = runCli({"--profile", leaderProfile.path(), "note", person, "Call after six"});
        QVERIFY2(code == 0, err.constData());
        std::tie(code, out, err) = runCli({"--profile", leaderProfile.path(), "sync"});
        QVERIFY2(code == 0, err.constData());

        std::tie(code, out, err) = runCli({"--profile", leaderProfile.path(), "--json", "ladder", person});
        QVERIFY2(code == 0, err.constData());
        const QJsonObject ladder = QJsonDocument::fromJson(out).object();
        QCOMPARE(ladder.value("current").toInt(), 2);
        const QJsonObject newest = ladder.value("assessments").toArray().first().toObject();
        QCOMPARE(newest.value("note").toString(), QStringLiteral("Chaired the meeting"));
        QCOMPARE(newest.value("assessed_by_name").toString(), QStringLiteral("Lena Hoffmann"));
        std::tie(code, out, err) = runCli({"--profile", leaderProfile.path(), "ladder", person});
        QVERIFY2(code == 0 && out.contains("Participant") && out.contains("Chaired the meeting"), out.constData());

        std::tie(code, out, err) = runCli({"--profile", leaderProfile.path(), "--json", "notes", person});
        QVERIFY2(code == 0, err.constData());
        const QJsonArray notes = QJsonDocument::fromJson(out).object().value("notes").toArray();
        QVERIFY(!notes.isEmpty());
        QCOMPARE(notes.first().toObject().value("text").toString(), QStringLiteral("Call after six"));

        // The member may neither see nor write them (exit 3), and the note is not on their device.
        std::tie(code, out, err) = login(memberProfile.path(), QStringLiteral("member@example.org"));
        QVERIFY2(code == 0, err.constData());
        std::tie(code, out, err) = runCli({"--profile", memberProfile.path(), "sync"});
        QVERIFY2(code == 0, err.constData());
        std::tie(code, out, err) = runCli({"--profile", memberProfile.path(), "notes", person});
        QCOMPARE(code, 3);
        std::tie(code, out, err) = runCli({"--profile", memberProfile.path(), "ladder", person});
        QCOMPARE(code, 3);
        std::tie(code, out, err) = runCli({"--profile", memberProfile.path(), "assess", person, "3"});
        QCOMPARE(code, 3);
        std::tie(code, out, err) = runCli({"--profile", memberProfile.path(), "note", person, "x"});
        QCOMPARE(code, 3);
    }

    void cleanupTestCase() { m_daemon.stop(); }
};

QTEST_GUILESS_MAIN(TestLadderEndToEnd)
#include "tst_ladder.moc"
