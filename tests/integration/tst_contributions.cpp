// Contributions and touch-points end to end through a real commonroom-syncd
// (docs/organizing.md): what never reaches a member's or an applicant's file, entries and
// confirmations made offline on several devices converging, and the command line.

#include "CliProcess.h"
#include "SyncdProcess.h"
#include "TestClient.h"

#include "common/Clock.h"
#include "desktop/core/Contributions.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace commonroom;

namespace {

NewContribution entry(const QString &kind, const QString &description, std::optional<int> minutes = 60)
{
    NewContribution made;
    made.area = QStringLiteral("organizing");
    made.kind = kind;
    made.minutes = minutes;
    made.description = description;
    return made;
}

} // namespace

class TestContributionsEndToEnd : public QObject
{
    Q_OBJECT

private:
    SyncdProcess m_daemon;
    SystemClock m_clock;

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_daemon.start(20), qPrintable(m_daemon.error())); }

    void entriesReachOnlyThePersonAndLeaders()
    {
        TestClient leader;
        TestClient member;
        TestClient applicant;
        leader.signIn(m_daemon, QStringLiteral("leader@example.org"));
        member.signIn(m_daemon, QStringLiteral("member@example.org"));
        applicant.signIn(m_daemon, QStringLiteral("applicant@example.org"));
        const QByteArray aboutApplicant = "canary-touch-applicant-7e21";
        const QByteArray aboutMember = "canary-touch-member-42c9";
        const QByteArray membersOwn = "canary-own-member-b3d0";
        const QByteArray leadersOwn = "canary-own-leader-e58a";
        Contributions &led = leader.device().contributions();
        QVERIFY(
            led.record(applicant.personId(), entry(QStringLiteral("call"), QString::fromLatin1(aboutApplicant))).ok());
        QVERIFY(
            led.record(member.personId(), entry(QStringLiteral("door_knock"), QString::fromLatin1(aboutMember))).ok());
        QVERIFY(
            led.record(leader.personId(), entry(QStringLiteral("contribution"), QString::fromLatin1(leadersOwn))).ok());
        QVERIFY(member.device()
                    .contributions()
                    .record(member.personId(), entry(QStringLiteral("contribution"), QString::fromLatin1(membersOwn)))
                    .ok());
        QVERIFY(member.rawFiles().contains(membersOwn)); // so the markers can be found when they are there
        leader.syncCleanly();
        member.syncCleanly();
        for (TestClient *device : {&member, &applicant, &leader})
            device->syncCleanly();

        TestClient otherLeaderDevice;
        otherLeaderDevice.signIn(m_daemon, QStringLiteral("leader@example.org"));
        const QByteArray leaderFiles = otherLeaderDevice.rawFiles();
        for (const QByteArray &marker : {aboutApplicant, aboutMember, membersOwn, leadersOwn})
            QVERIFY2(leaderFiles.contains(marker), marker.constData());

        // The member holds their own entries and the touch-points with them, nothing else.
        const QByteArray memberFiles = member.rawFiles();
        QVERIFY(memberFiles.contains(aboutMember));
        QVERIFY(memberFiles.contains(membersOwn));
        QVERIFY(!memberFiles.contains(aboutApplicant));
        QVERIFY(!memberFiles.contains(leadersOwn));
        const auto memberRows = member.snapshot();
        for (const auto &[id, row] : memberRows.at("contribution"))
            QCOMPARE(QString::fromStdString(textOf(row, "person_id")), member.personId());
        QVERIFY(!member.device().contributions().maySeeOf(leader.personId()));
        // The applicant holds the call with them, nothing of anyone else's.
        const QByteArray applicantFiles = applicant.rawFiles();
        QVERIFY(applicantFiles.contains(aboutApplicant));
        for (const QByteArray &marker : {aboutMember, membersOwn, leadersOwn})
            QVERIFY2(!applicantFiles.contains(marker), marker.constData());
        const auto applicantRows = applicant.snapshot();
        for (const auto &[id, row] : applicantRows.at("contribution"))
            QCOMPARE(QString::fromStdString(textOf(row, "person_id")), applicant.personId());
        QVERIFY(!applicant.device().contributions().mayRecordFor(applicant.personId()));
    }

    void offlineEntriesAndConfirmationsConverge_data()
    {
        QTest::addColumn<bool>("laterConfirmationSyncsFirst");
        QTest::addRow("later confirmation synced first") << true;
        QTest::addRow("earlier confirmation synced first") << false;
    }

    void offlineEntriesAndConfirmationsConverge()
    {
        QFETCH(bool, laterConfirmationSyncsFirst);
        // The admin's laptop runs two minutes behind: its confirmation is the earlier one.
        SkewedClock slow(m_clock, -120'000);
        TestClient early(slow);
        TestClient late;
        TestClient member;
        early.signIn(m_daemon, QStringLiteral("admin@example.org"));
        late.signIn(m_daemon, QStringLiteral("leader@example.org"));
        member.signIn(m_daemon, QStringLiteral("member@example.org"));
        const QString person = member.personId();
        // Offline on three devices: the member's own entry, and a touch-point from each leader.
        const auto own = member.device().contributions().record(
            person, entry(QStringLiteral("contribution"), QStringLiteral("Translated the flyer")));
        QVERIFY(own.ok());
        const auto call
            = early.device().contributions().record(person, entry(QStringLiteral("call"), QStringLiteral("Call")));
        QVERIFY(call.ok());
        const auto meeting
            = late.device().contributions().record(person, entry(QStringLiteral("meeting"), QStringLiteral("1:1")));
        QVERIFY(meeting.ok());
        member.syncCleanly();
        early.syncCleanly();
        late.syncCleanly();
        QVERIFY(!early.device().contributions().timeline(person)->empty());
        // Both leaders confirm the member's entry, offline.
        QVERIFY(early.device().contributions().confirm(*own).ok());
        QVERIFY(late.device().contributions().confirm(*own).ok());
        if (laterConfirmationSyncsFirst) {
            late.syncCleanly();
            early.syncCleanly();
        } else {
            early.syncCleanly();
            late.syncCleanly();
        }
        for (TestClient *device : {&member, &early, &late})
            device->syncCleanly();
        const auto timelineOf = [&](TestClient &device) {
            QStringList lines;
            const auto timeline = device.device().contributions().timeline(person);
            if (!timeline)
                return QStringList {QString::fromStdString(timeline.error().message)};
            for (const auto &made : *timeline)
                lines << made.id + QLatin1Char(' ') + made.kind + QLatin1Char(' ') + made.confirmedBy + QLatin1Char(' ')
                        + made.confirmedAt.toString(Qt::ISODateWithMs);
            return lines;
        };
        const QStringList onMember = timelineOf(member);
        QCOMPARE(timelineOf(early), onMember);
        QCOMPARE(timelineOf(late), onMember);
        int made = 0;
        const auto onMemberTimeline = member.device().contributions().timeline(person);
        QVERIFY(onMemberTimeline.ok());
        for (const auto &listed : *onMemberTimeline) {
            if (listed.id != *own && listed.id != *call && listed.id != *meeting)
                continue;
            ++made;
            QVERIFY(listed.isConfirmed()); // the leaders' at once, the member's by both
            QCOMPARE(listed.confirmedBy, listed.id == *meeting ? late.personId() : early.personId());
        }
        QCOMPARE(made, 3);
        const auto earlyRows = early.snapshot();
        const auto lateRows = late.snapshot();
        QVERIFY(earlyRows.at("contribution") == lateRows.at("contribution"));
    }

    void commandLineRecordsConfirmsAndLists()
    {
        QTemporaryDir leaderProfile;
        QTemporaryDir memberProfile;
        const auto login = [&](const QString &profile, const QString &email) {
            return runCli({"--profile", profile, "login", m_daemon.url().toString(), "--email", email,
                              "--password-stdin", "--ca", m_daemon.certificatePath()},
                QByteArray(SyncdProcess::kDemoPassword) + '\n');
        };
        const auto as = [](const QTemporaryDir &profile, QStringList arguments) {
            return runCli(QStringList {"--profile", profile.path()} + arguments);
        };
        auto [code, out, err] = login(leaderProfile.path(), QStringLiteral("leader@example.org"));
        QVERIFY2(code == 0, err.constData());
        std::tie(code, out, err) = login(memberProfile.path(), QStringLiteral("member@example.org"));
        QVERIFY2(code == 0, err.constData());
        std::tie(code, out, err) = as(memberProfile, {"--json", "status"});
        const QString member = QJsonDocument::fromJson(out).object().value("person_id").toString();
        QVERIFY2(!member.isEmpty(), out.constData());
        std::tie(code, out, err) = as(leaderProfile, {"sync"});
        QVERIFY2(code == 0, err.constData());

        // Refused before anything is written, naming the person and the value.
        std::tie(code, out, err) = as(leaderProfile, {"contribute", member, "support", "--hours", "25"});
        QCOMPARE(code, 1);
        QVERIFY2(err.contains("25 hours for Mateo Silva") && err.contains("from 0 to 24"), err.constData());
        std::tie(code, out, err) = as(leaderProfile, {"contribute", member, "gardening"});
        QCOMPARE(code, 1);
        QVERIFY2(err.contains("\"gardening\"") && err.contains("Mateo Silva"), err.constData());
        std::tie(code, out, err) = as(leaderProfile, {"contribute", member, "support", "--hours", "many"});
        QCOMPARE(code, 2);
        std::tie(code, out, err) = as(leaderProfile, {"contribute", member, "support", "--kind", "letter"});
        QCOMPARE(code, 1);

        std::tie(code, out, err) = as(leaderProfile,
            {"--json", "contribute", member, "events", "--kind", "call", "--hours", "0.5", "--on", "2026-11-02",
                "--description", "Asked about the assembly"});
        QVERIFY2(code == 0, err.constData());
        QVERIFY(QJsonDocument::fromJson(out).object().value("confirmed").toBool());
        std::tie(code, out, err) = as(leaderProfile, {"sync"});
        QVERIFY2(code == 0, err.constData());

        // The member records their own (unconfirmed), and nobody else's.
        std::tie(code, out, err) = as(memberProfile, {"sync"});
        QVERIFY2(code == 0, err.constData());
        std::tie(code, out, err) = as(memberProfile,
            {"--json", "contribute", member, "localization", "--hours", "2", "--description", "Spanish flyer"});
        QVERIFY2(code == 0, err.constData());
        const QJsonObject recorded = QJsonDocument::fromJson(out).object();
        QVERIFY(!recorded.value("confirmed").toBool());
        const QString ownId = recorded.value("id").toString();
        std::tie(code, out, err) = as(memberProfile, {"contribute", "--confirm", ownId});
        QCOMPARE(code, 3);
        std::tie(code, out, err) = as(memberProfile, {"sync"});
        QVERIFY2(code == 0, err.constData());
        std::tie(code, out, err) = as(leaderProfile, {"--json", "status"});
        const QString leader = QJsonDocument::fromJson(out).object().value("person_id").toString();
        std::tie(code, out, err) = as(memberProfile, {"contribute", leader, "support"});
        QCOMPARE(code, 3);
        std::tie(code, out, err) = as(memberProfile, {"contributions", leader});
        QCOMPARE(code, 3);

        // The leader sees it waiting, and confirms it.
        std::tie(code, out, err) = as(leaderProfile, {"sync"});
        QVERIFY2(code == 0, err.constData());
        std::tie(code, out, err) = as(leaderProfile, {"--json", "contributions", "--unconfirmed"});
        QVERIFY2(code == 0, err.constData());
        bool waiting = false;
        for (const auto &item : QJsonDocument::fromJson(out).object().value("unconfirmed").toArray())
            waiting = waiting || item.toObject().value("id").toString() == ownId;
        QVERIFY2(waiting, out.constData());
        std::tie(code, out, err) = as(leaderProfile, {"contribute", "--confirm", ownId});
        QVERIFY2(code == 0, err.constData());
        std::tie(code, out, err) = as(leaderProfile, {"sync"});
        QVERIFY2(code == 0, err.constData());

        std::tie(code, out, err) = as(memberProfile, {"sync"});
        QVERIFY2(code == 0, err.constData());
        std::tie(code, out, err) = as(memberProfile, {"--json", "contributions", member});
        QVERIFY2(code == 0, err.constData());
        const QJsonObject listed = QJsonDocument::fromJson(out).object();
        QJsonObject mine;
        for (const auto &item : listed.value("contributions").toArray()) {
            if (item.toObject().value("id").toString() == ownId)
                mine = item.toObject();
        }
        QVERIFY2(!mine.isEmpty(), out.constData());
        QVERIFY(mine.value("confirmed").toBool());
        QCOMPARE(mine.value("confirmed_by_name").toString(), QStringLiteral("Lena Hoffmann"));
        QCOMPARE(mine.value("hours").toDouble(), 2.0);
        bool localization = false;
        for (const auto &total : listed.value("totals").toArray())
            localization = localization
                || (total.toObject().value("area").toString() == "localization"
                    && total.toObject().value("confirmed_hours").toDouble() >= 2.0);
        QVERIFY2(localization, out.constData());
        std::tie(code, out, err) = as(memberProfile, {"contributions", member});
        QVERIFY2(code == 0 && out.contains("Spanish flyer") && out.contains("Localization"), out.constData());
    }

    void cleanupTestCase() { m_daemon.stop(); }
};

QTEST_GUILESS_MAIN(TestContributionsEndToEnd)
#include "tst_contributions.moc"
