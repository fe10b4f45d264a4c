// The services of a Device that the GUI and the CLI share: admission (vouches, invitations,
// decisions, roles), the group lists and the people read by id. Each rule is tested here once,
// against a real store; the windows and commands only say the outcome.

#include "common/Clock.h"
#include "common/Ladder.h"
#include "desktop/core/Device.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace commonroom;

class TestDeviceServices : public QObject
{
    Q_OBJECT

    static constexpr std::int64_t kStart = 1'795'435'200'000;
    ManualClock m_clock {kStart};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Device> m_device;

    LocalStore &store() { return m_device->store(); }
    void signIn(const QString &personId, const QString &role)
    {
        QVERIFY(store().setSetting(QStringLiteral("person_id"), personId).ok());
        QVERIFY(store().setSetting(QStringLiteral("role"), role).ok());
    }
    QString field(const QString &table, const QString &id, const std::string &name)
    {
        const auto row = store().row(table, id);
        if (!row || !row->count(name))
            return QStringLiteral("<absent>");
        return QString::fromStdString(toDisplayString(row->at(name)));
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_clock.setMs(kStart); // each test starts at the same time
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_device = std::make_unique<Device>(m_clock, Profile(m_dir->path()));
        QVERIFY(m_device->open().ok());
        // As a sync leaves them: an admin, a leader, a member, two applicants, two groups.
        QSqlQuery query(store().database());
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO person (id, display_name, role, admission_state, applied_at, area, email) VALUES "
            "('ada', 'Ada Admin', 'admin', 'approved', NULL, 'North', 'ada@example.org'), "
            "('lea', 'Lea Leader', 'leader', 'approved', NULL, 'South', NULL), "
            "('mo', 'Mo Member', 'member', 'approved', NULL, NULL, NULL), "
            "('pat', 'Pat Applicant', 'applicant', NULL, '2026-11-02T10:00:00Z', NULL, NULL), "
            "('quin', NULL, 'applicant', 'needs_info', '2026-11-01T10:00:00Z', NULL, NULL)")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO \"group\" (id, name, kind) VALUES ('g1', 'gardeners', 'open'), "
                                          "('g2', 'Choir', 'closed'), ('g3', NULL, 'open')")));
        QVERIFY(query.exec(
            QStringLiteral("INSERT INTO membership (id, group_id, person_id, state, role) VALUES "
                           "('m1', 'g1', 'lea', 'active', 'curator'), ('m2', 'g1', 'mo', 'active', 'member'), "
                           "('m3', 'g1', 'pat', 'pending', 'member'), ('m4', 'g2', 'mo', 'active', 'member')")));
        QCOMPARE(store().pendingCount(), 0);
    }

    void cleanup()
    {
        m_device.reset();
        m_dir.reset();
    }

    void theLadderWritesOfflineAndRefusesWhatTheDaemonWould()
    {
        Ladder &ladder = m_device->ladder();
        signIn(QStringLiteral("mo"), QStringLiteral("member"));
        QVERIFY(!ladder.maySeeAssessments());
        QVERIFY(!ladder.mayAssess());
        QCOMPARE(ladder.assess(QStringLiteral("pat"), 2).error().code, std::string("forbidden"));
        QCOMPARE(ladder.addNote(QStringLiteral("pat"), QStringLiteral("x")).error().code, std::string("forbidden"));
        QCOMPARE(store().pendingCount(), 0);

        signIn(QStringLiteral("lea"), QStringLiteral("leader"));
        QVERIFY(ladder.maySeeAssessments());
        for (int level : {0, 6, 9}) {
            const auto refused = ladder.assess(QStringLiteral("mo"), level);
            QCOMPARE(refused.error().code, std::string("invalid_value"));
            QCOMPARE(QString::fromStdString(refused.error().message),
                QStringLiteral("Level %1 for Mo Member is not on the leadership ladder: levels go from 1 to 5.")
                    .arg(level));
        }
        QCOMPARE(ladder.assess(QStringLiteral("nobody"), 2).error().code, std::string("not_found"));
        QCOMPARE(store().pendingCount(), 0); // nothing refused was saved

        const auto first = ladder.assess(QStringLiteral("mo"), 2, QStringLiteral("  Came to every meeting  "));
        QVERIFY(first.ok());
        m_clock.advanceMs(60'000);
        const auto second = ladder.assess(QStringLiteral("mo"), 3);
        QVERIFY(second.ok());
        QCOMPARE(store().pendingCount(), 2); // each with its outbox entry
        const auto history = ladder.history(QStringLiteral("mo"));
        QVERIFY(history.ok());
        QCOMPARE(history->size(), std::size_t(2));
        QCOMPARE(history->front().id, *second);
        QCOMPARE(ladder.current(QStringLiteral("mo"))->value().level, 3);
        QCOMPARE(history->back().note, QStringLiteral("Came to every meeting"));
        QCOMPARE(history->back().assessedByName, QStringLiteral("Lea Leader"));
        QCOMPARE(history->back().assessedAt.toMSecsSinceEpoch(), m_clock.nowMs() - 60'000);
        const auto none = ladder.current(QStringLiteral("pat"));
        QVERIFY(none.ok());
        QVERIFY(!none->has_value());
        QCOMPARE(Ladder::levelName(3), QStringLiteral("Active member"));
        QVERIFY(Ladder::levelName(6).isEmpty());

        // Leader notes: never about oneself, never empty.
        QVERIFY(!ladder.mayWriteNoteAbout(QStringLiteral("lea")));
        QVERIFY(!ladder.maySeeNotesAbout(QStringLiteral("lea")));
        QVERIFY(ladder.maySeeNotesAbout(QStringLiteral("mo")));
        QCOMPARE(ladder.addNote(QStringLiteral("lea"), QStringLiteral("x")).error().code, std::string("forbidden"));
        QCOMPARE(ladder.addNote(QStringLiteral("mo"), QStringLiteral(" ")).error().code, std::string("invalid_value"));
        QVERIFY(ladder.addNote(QStringLiteral("mo"), QStringLiteral("Prefers calls after six")).ok());
        const auto notes = ladder.notes(QStringLiteral("mo"));
        QVERIFY(notes.ok());
        QCOMPARE(notes->size(), std::size_t(1));
        QCOMPARE(notes->front().text, QStringLiteral("Prefers calls after six"));
        QCOMPARE(notes->front().authorName, QStringLiteral("Lea Leader"));
        QCOMPARE(store().pendingCount(), 3);
    }

    // The current level is the latest assessment as every device and the daemon order them
    // (ladder::latest: the later assessed_at, then the greater id), whatever order the rows
    // arrived in, read as one row.
    void theCurrentLevelIsTheLatestByTimeThenId()
    {
        signIn(QStringLiteral("lea"), QStringLiteral("leader"));
        QSqlQuery query(store().database());
        // As pulled: two at the same instant (the greater id wins), one earlier with the
        // greatest id, inserted out of order.
        QVERIFY(
            query.exec(QStringLiteral("INSERT INTO assessment (id, person_id, level, assessed_by, assessed_at) VALUES "
                                      "('a-2', 'mo', 4, 'lea', '2026-11-03T09:00:00.000Z'), "
                                      "('z-9', 'mo', 1, 'ada', '2026-11-02T09:00:00.000Z'), "
                                      "('a-1', 'mo', 2, 'ada', '2026-11-03T09:00:00.000Z'), "
                                      "('b-1', 'pat', 5, 'lea', '2026-11-01T09:00:00.000Z')")));
        const Ladder &assessments = m_device->ladder();
        const auto history = assessments.history(QStringLiteral("mo"));
        QVERIFY(history.ok());
        QStringList order;
        std::vector<ladder::AssessmentKey> keys;
        for (const Assessment &assessment : *history) {
            order << assessment.id;
            keys.push_back({assessment.id.toStdString(),
                assessment.assessedAt.toUTC().toString(Qt::ISODateWithMs).toStdString(), assessment.level});
        }
        QCOMPARE(order, (QStringList {QStringLiteral("a-2"), QStringLiteral("a-1"), QStringLiteral("z-9")}));
        const auto current = assessments.current(QStringLiteral("mo"));
        QVERIFY(current.ok() && current->has_value());
        QCOMPARE((*current)->id, QStringLiteral("a-2"));
        QCOMPARE((*current)->level, 4);
        QCOMPARE(QString::fromStdString(ladder::latest(keys)->id), (*current)->id);
        QCOMPARE(assessments.current(QStringLiteral("pat"))->value().level, 5);
    }

    // A read the store cannot answer is an error naming the person, never "not assessed yet" or
    // "no notes".
    void ladderReadsSayWhenTheStoreCannotBeRead()
    {
        signIn(QStringLiteral("lea"), QStringLiteral("leader"));
        Ladder &ladder = m_device->ladder();
        QVERIFY(ladder.assess(QStringLiteral("mo"), 2).ok());
        QVERIFY(ladder.addNote(QStringLiteral("mo"), QStringLiteral("Prefers calls after six")).ok());
        QSqlQuery query(store().database());
        QVERIFY(query.exec(QStringLiteral("ALTER TABLE assessment RENAME TO assessment_gone")));
        const auto history = ladder.history(QStringLiteral("mo"));
        QVERIFY(!history);
        QCOMPARE(history.error().code, std::string("storage"));
        QVERIFY2(QString::fromStdString(history.error().message)
                     .startsWith(QStringLiteral("Cannot read the assessments of Mo Member on this device: ")),
            history.error().message.c_str());
        QCOMPARE(ladder.current(QStringLiteral("mo")).error().code, std::string("storage"));
        QVERIFY(ladder.notes(QStringLiteral("mo")).ok()); // the notes are still there

        QVERIFY(query.exec(QStringLiteral("ALTER TABLE leader_note RENAME TO leader_note_gone")));
        const auto notes = ladder.notes(QStringLiteral("mo"));
        QVERIFY(!notes);
        QCOMPARE(notes.error().code, std::string("storage"));
        QVERIFY2(QString::fromStdString(notes.error().message)
                     .startsWith(QStringLiteral("Cannot read the leader notes about Mo Member on this device: ")),
            notes.error().message.c_str());
    }

    void contributionsWriteOfflineAndRefuseWhatTheDaemonWould()
    {
        Contributions &contributions = m_device->contributions();
        NewContribution flyer;
        flyer.area = QStringLiteral("localization");
        flyer.minutes = 90;
        flyer.description = QStringLiteral("  Spanish flyer  ");
        // An applicant records nothing; a member only their own, unconfirmed, and confirms nothing.
        signIn(QStringLiteral("pat"), QStringLiteral("applicant"));
        QVERIFY(contributions.maySeeOf(QStringLiteral("pat")));
        QVERIFY(!contributions.mayRecordFor(QStringLiteral("pat")));
        QVERIFY(!contributions.whyNotRecordFor(QStringLiteral("pat")).isEmpty());
        QCOMPARE(contributions.record(QStringLiteral("pat"), flyer).error().code, std::string("forbidden"));
        signIn(QStringLiteral("mo"), QStringLiteral("member"));
        QVERIFY(contributions.maySeeOf(QStringLiteral("mo")));
        QVERIFY(!contributions.maySeeOf(QStringLiteral("lea")));
        QVERIFY(!contributions.mayConfirm());
        QCOMPARE(contributions.record(QStringLiteral("lea"), flyer).error().code, std::string("forbidden"));
        QVERIFY(contributions.whyNotRecordFor(QStringLiteral("mo")).isEmpty());
        QCOMPARE(store().pendingCount(), 0);
        const auto own = contributions.record(QStringLiteral("mo"), flyer);
        QVERIFY(own.ok());
        QVERIFY(field(QStringLiteral("contribution"), *own, "confirmed_by").isEmpty());
        QCOMPARE(field(QStringLiteral("contribution"), *own, "recorded_by"), QStringLiteral("mo"));
        QCOMPARE(field(QStringLiteral("contribution"), *own, "description"), QStringLiteral("Spanish flyer"));
        QCOMPARE(field(QStringLiteral("contribution"), *own, "done_on"),
            QDateTime::fromMSecsSinceEpoch(m_clock.nowMs()).toLocalTime().date().toString(Qt::ISODate));
        QCOMPARE(contributions.confirm(*own).error().code, std::string("forbidden"));
        QCOMPARE(store().pendingCount(), 1);

        // Refused with the person and the value named, before anything is written.
        signIn(QStringLiteral("lea"), QStringLiteral("leader"));
        NewContribution bad = flyer;
        bad.minutes = 25 * 60;
        auto refused = contributions.record(QStringLiteral("mo"), bad);
        QCOMPARE(refused.error().code, std::string("invalid_value"));
        QVERIFY2(refused.error().message.starts_with("25 hours for Mo Member"), refused.error().message.c_str());
        bad.minutes = -15;
        QCOMPARE(contributions.record(QStringLiteral("mo"), bad).error().code, std::string("invalid_value"));
        bad = flyer;
        bad.area = QStringLiteral("gardening");
        refused = contributions.record(QStringLiteral("mo"), bad);
        QVERIFY2(refused.error().message.find("\"gardening\" of an entry for Mo Member") != std::string::npos,
            refused.error().message.c_str());
        bad = flyer;
        bad.kind = QStringLiteral("letter");
        QCOMPARE(contributions.record(QStringLiteral("mo"), bad).error().code, std::string("invalid_value"));
        QCOMPARE(contributions.record(QStringLiteral("nobody"), flyer).error().code, std::string("not_found"));
        // The store refuses them too, whoever writes (the daemon's rule, on every local edit).
        QCOMPARE(store()
                     .createRow(QStringLiteral("contribution"),
                         {{"person_id", std::string("mo")}, {"minutes", std::int64_t(2000)}})
                     .error()
                     .code,
            std::string("invalid_value"));
        QCOMPARE(store().pendingCount(), 1);

        // A leader's entry is confirmed at once; the member's waits until a leader confirms it.
        m_clock.advanceMs(60'000);
        NewContribution call;
        call.area = QStringLiteral("organizing");
        call.kind = QStringLiteral("call");
        call.doneOn = QDate(2026, 11, 2);
        const auto touch = contributions.record(QStringLiteral("mo"), call);
        QVERIFY(touch.ok());
        QCOMPARE(field(QStringLiteral("contribution"), *touch, "confirmed_by"), QStringLiteral("lea"));
        QCOMPARE(contributions.unconfirmed()->size(), std::size_t(1));
        QVERIFY(contributions.confirm(*own).ok());
        QCOMPARE(field(QStringLiteral("contribution"), *own, "confirmed_by"), QStringLiteral("lea"));
        QVERIFY(contributions.unconfirmed()->empty());
        // Confirming again keeps the first confirmation and writes nothing.
        const int pending = store().pendingCount();
        m_clock.advanceMs(60'000);
        QVERIFY(contributions.confirm(*own).ok());
        QCOMPARE(store().pendingCount(), pending);
        QCOMPARE(store().pendingCount(), 3);

        // Newest first by the day done; totals by area in the areas' order.
        const auto timeline = *contributions.timeline(QStringLiteral("mo"));
        QCOMPARE(timeline.size(), std::size_t(2));
        QCOMPARE(timeline.front().id, *own);
        QCOMPARE(timeline.back().id, *touch);
        QCOMPARE(timeline.front().confirmedByName, QStringLiteral("Lea Leader"));
        QCOMPARE(timeline.front().recordedByName, QStringLiteral("Mo Member"));
        QCOMPARE(*timeline.front().minutes, 90);
        QVERIFY(!timeline.back().minutes);
        const auto totals = *contributions.totals(QStringLiteral("mo"));
        QCOMPARE(totals.size(), std::size_t(2));
        QCOMPARE(totals.front().area, QStringLiteral("organizing"));
        QCOMPARE(totals.back().area, QStringLiteral("localization"));
        QCOMPARE(totals.back().minutes, 90);
        QCOMPARE(totals.back().confirmedMinutes, 90);
        QCOMPARE(Contributions::areaName(QStringLiteral("localization")), QStringLiteral("Localization"));
        QCOMPARE(Contributions::kindName(QStringLiteral("door_knock")), QStringLiteral("Door knock"));
        QCOMPARE(Contributions::hoursText(90), QStringLiteral("1.5 h"));
        QVERIFY(Contributions::hoursText(std::nullopt).isEmpty());

        // A device that cannot read them says so, naming the person and the cause, instead of
        // showing no entries.
        QSqlQuery query(store().database());
        QVERIFY(query.exec(QStringLiteral("ALTER TABLE contribution RENAME TO contribution_gone")));
        const auto unreadable = contributions.timeline(QStringLiteral("mo"));
        QVERIFY(!unreadable);
        QVERIFY2(QString::fromStdString(unreadable.error().message)
                     .startsWith(QStringLiteral("Cannot read the contributions of Mo Member on this device: ")),
            unreadable.error().message.c_str());
        QVERIFY(!contributions.totals(QStringLiteral("mo")));
        QVERIFY(!contributions.unconfirmed());
    }

    void vouchingChecksWhatTheDeviceKnows()
    {
        Admission &admission = m_device->admission();
        QCOMPARE(admission.mayVouch(QStringLiteral("pat")).error().code, std::string("not_member"));
        signIn(QStringLiteral("pat"), QStringLiteral("applicant"));
        QCOMPARE(admission.mayVouch(QStringLiteral("quin")).error().code, std::string("not_member"));
        signIn(QStringLiteral("mo"), QStringLiteral("member"));
        QCOMPARE(admission.mayVouch(QStringLiteral("mo")).error().code, std::string("own_application"));
        QCOMPARE(admission.mayVouch(QStringLiteral("nobody")).error().code, std::string("not_on_device"));
        QCOMPARE(admission.mayVouch(QStringLiteral("lea")).error().code, std::string("already_member"));
        QVERIFY(admission.mayVouch(QStringLiteral("pat")).ok());

        QCOMPARE(
            admission.vouch(QStringLiteral("pat"), QStringLiteral("  \n ")).error().code, std::string("no_reason"));
        QCOMPARE(admission.vouch(QStringLiteral("pat"), QString(Admission::kMaxReasonBytes + 1, u'x')).error().code,
            std::string("reason_too_long"));
        QCOMPARE(store().pendingCount(), 0); // nothing refused was saved

        const auto id = admission.vouch(QStringLiteral("pat"), QStringLiteral("  We cook together.\n"));
        QVERIFY2(id.ok(), id.ok() ? "" : id.error().message.c_str());
        QCOMPARE(field(QStringLiteral("vouch"), *id, "applicant_id"), QStringLiteral("pat"));
        QCOMPARE(field(QStringLiteral("vouch"), *id, "voucher_id"), QStringLiteral("mo"));
        QCOMPARE(field(QStringLiteral("vouch"), *id, "reason"), QStringLiteral("We cook together."));
        QCOMPARE(field(QStringLiteral("vouch"), *id, "created_at"), QStringLiteral("2026-11-23T12:00:00Z"));
        QCOMPARE(store().pendingCount(), 1);
        QCOMPARE(admission.vouch(QStringLiteral("pat"), QStringLiteral("Again")).error().code,
            std::string("already_vouched"));

        const auto received = admission.vouchesFor(QStringLiteral("pat"));
        QCOMPARE(received.size(), std::size_t(1));
        QCOMPARE(received[0].voucherName, QStringLiteral("Mo Member"));
        QCOMPARE(received[0].reason, QStringLiteral("We cook together."));
    }

    void invitationsNeedALeaderAndAnAddress()
    {
        Admission &admission = m_device->admission();
        signIn(QStringLiteral("mo"), QStringLiteral("member"));
        QCOMPARE(admission.invite(QStringLiteral("new@example.org")).error().code, std::string("forbidden"));
        signIn(QStringLiteral("lea"), QStringLiteral("leader"));
        QCOMPARE(admission.invite(QStringLiteral("new.example.org")).error().code, std::string("invalid_email"));
        QCOMPARE(store().pendingCount(), 0);

        const auto id = admission.invite(QStringLiteral(" new@example.org "), QStringLiteral("g1"));
        QVERIFY(id.ok());
        QCOMPARE(field(QStringLiteral("invitation"), *id, "email"), QStringLiteral("new@example.org"));
        QCOMPARE(field(QStringLiteral("invitation"), *id, "group_id"), QStringLiteral("g1"));
        QCOMPARE(field(QStringLiteral("invitation"), *id, "invited_by"), QStringLiteral("lea"));
        QCOMPARE(field(QStringLiteral("invitation"), *id, "state"), QStringLiteral("pending"));
        const auto intoCommunity = admission.invite(QStringLiteral("other@example.org"));
        QVERIFY(intoCommunity.ok());
        QCOMPARE(field(QStringLiteral("invitation"), *intoCommunity, "group_id"), QStringLiteral(""));
    }

    void adminsDecideOnApplications()
    {
        Admission &admission = m_device->admission();
        signIn(QStringLiteral("lea"), QStringLiteral("leader"));
        QCOMPARE(admission.decide(QStringLiteral("pat"), Admission::Decision::Approve).error().code,
            std::string("forbidden"));
        signIn(QStringLiteral("ada"), QStringLiteral("admin"));
        QCOMPARE(
            admission.decide(QStringLiteral("pat"), Admission::Decision::Reject, QStringLiteral("  ")).error().code,
            std::string("no_message"));
        QCOMPARE(admission.decide(QStringLiteral("pat"), Admission::Decision::AskForInformation).error().code,
            std::string("no_message"));
        QCOMPARE(store().pendingCount(), 0);

        QVERIFY(admission.decide(QStringLiteral("quin"), Admission::Decision::Reject, QStringLiteral(" Not local ")));
        QCOMPARE(
            field(QStringLiteral("person"), QStringLiteral("quin"), "admission_state"), QStringLiteral("rejected"));
        QCOMPARE(
            field(QStringLiteral("person"), QStringLiteral("quin"), "admission_message"), QStringLiteral("Not local"));
        QVERIFY(admission.decide(QStringLiteral("pat"), Admission::Decision::Approve));
        QCOMPARE(field(QStringLiteral("person"), QStringLiteral("pat"), "admission_state"), QStringLiteral("approved"));
        QCOMPARE(field(QStringLiteral("person"), QStringLiteral("pat"), "role"), QStringLiteral("member"));
    }

    void theLastAdminKeepsTheRole()
    {
        Admission &admission = m_device->admission();
        signIn(QStringLiteral("lea"), QStringLiteral("leader"));
        QCOMPARE(
            admission.setRole(QStringLiteral("mo"), QStringLiteral("leader")).error().code, std::string("forbidden"));
        signIn(QStringLiteral("ada"), QStringLiteral("admin"));
        QCOMPARE(
            admission.setRole(QStringLiteral("mo"), QStringLiteral("boss")).error().code, std::string("invalid_value"));
        QCOMPARE(admission.adminCount(), 1);
        QCOMPARE(
            admission.setRole(QStringLiteral("ada"), QStringLiteral("member")).error().code, std::string("last_admin"));
        QCOMPARE(store().pendingCount(), 0);
        QVERIFY(admission.setRole(QStringLiteral("lea"), QStringLiteral("admin")));
        QCOMPARE(admission.adminCount(), 2);
        QVERIFY(admission.setRole(QStringLiteral("ada"), QStringLiteral("member")));
        QCOMPARE(field(QStringLiteral("person"), QStringLiteral("ada"), "role"), QStringLiteral("member"));
    }

    void applicantsOldestFirstWithTheirVouches()
    {
        signIn(QStringLiteral("mo"), QStringLiteral("member"));
        QVERIFY(m_device->admission().vouch(QStringLiteral("pat"), QStringLiteral("Neighbour")).ok());
        const auto applicants = m_device->admission().applicants();
        QVERIFY(applicants.ok());
        QCOMPARE(applicants->size(), std::size_t(2));
        QCOMPARE((*applicants)[0].id, QStringLiteral("quin"));
        QCOMPARE((*applicants)[0].admissionState, QStringLiteral("needs_info"));
        QCOMPARE((*applicants)[0].vouches, 0);
        QCOMPARE((*applicants)[1].id, QStringLiteral("pat"));
        QCOMPARE((*applicants)[1].displayName, QStringLiteral("Pat Applicant"));
        QCOMPARE((*applicants)[1].vouches, 1);
    }

    void approvalQueueHoldsTheWaitingWithTheirVouches()
    {
        QSqlQuery query(store().database());
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO person (id, display_name, role, admission_state, admission_message, applied_at, email, bio) "
            "VALUES ('rex', 'Rex Rejected', 'applicant', 'rejected', 'Spam', '2026-10-01T10:00:00Z', NULL, NULL), "
            "('una', 'Una Undated', 'applicant', 'applied', NULL, NULL, NULL, NULL)")));
        QVERIFY(query.exec(
            QStringLiteral("UPDATE person SET email = 'pat@example.org', bio = 'I cook.' WHERE id = 'pat'")));
        QVERIFY(query.exec(QStringLiteral("UPDATE person SET admission_message = 'Who knows you?' WHERE id = 'quin'")));
        // Vouches of every waiting applicant, one by someone not on this device; and one for Rex.
        QVERIFY(query.exec(QStringLiteral("INSERT INTO vouch (id, applicant_id, voucher_id, reason, created_at) VALUES "
                                          "('v2', 'pat', 'lea', 'Second', '2026-11-04T10:00:00Z'), "
                                          "('v1', 'pat', 'gone', 'First', '2026-11-03T10:00:00Z'), "
                                          "('v3', 'quin', 'mo', 'Neighbour', '2026-11-03T11:00:00Z'), "
                                          "('v4', 'rex', 'mo', 'Hm', '2026-11-03T12:00:00Z')")));

        const Admission &admission = m_device->admission();
        QCOMPARE(*admission.waitingCount(), 3);
        const auto queue = admission.waitingApplicants(0, 10);
        QVERIFY(queue.ok());
        // Oldest application first, the one without a date last; the rejected one not at all.
        QCOMPARE(queue->size(), std::size_t(3));
        QCOMPARE(queue->at(0).id, QStringLiteral("quin"));
        QCOMPARE(queue->at(0).admissionState, QStringLiteral("needs_info"));
        QCOMPARE(queue->at(0).message, QStringLiteral("Who knows you?"));
        QVERIFY(queue->at(0).displayName.isEmpty());
        QCOMPARE(queue->at(0).vouches.size(), std::size_t(1));
        QCOMPARE(queue->at(0).vouches[0].voucherName, QStringLiteral("Mo Member"));

        const auto &pat = queue->at(1);
        QCOMPARE(pat.id, QStringLiteral("pat"));
        QCOMPARE(pat.admissionState, QStringLiteral("applied")); // null is a fresh application
        QCOMPARE(pat.email, QStringLiteral("pat@example.org"));
        QCOMPARE(pat.about, QStringLiteral("I cook."));
        QCOMPARE(pat.appliedAt, QStringLiteral("2026-11-02T10:00:00Z"));
        QCOMPARE(pat.vouches.size(), std::size_t(2));
        QVERIFY(pat.vouches[0].voucherName.isEmpty()); // oldest first; the voucher is not on the device
        QCOMPARE(pat.vouches[0].voucherId, QStringLiteral("gone"));
        QCOMPARE(pat.vouches[0].reason, QStringLiteral("First"));
        QCOMPARE(pat.vouches[1].voucherName, QStringLiteral("Lea Leader"));

        QCOMPARE(queue->at(2).id, QStringLiteral("una"));
        QVERIFY(queue->at(2).vouches.empty());

        // A page holds its own applicants and their vouches, in the queue's order.
        const auto second = admission.waitingApplicants(1, 1);
        QVERIFY(second.ok());
        QCOMPARE(second->size(), std::size_t(1));
        QCOMPARE(second->front().id, QStringLiteral("pat"));
        QCOMPARE(second->front().vouches.size(), std::size_t(2));
        QCOMPARE(admission.waitingApplicants(2, 5)->size(), std::size_t(1));
        QVERIFY(admission.waitingApplicants(3, 5)->empty());
        QVERIFY(admission.waitingApplicants(0, 0)->empty());

        // An approved applicant leaves the queue.
        QVERIFY(query.exec(QStringLiteral("UPDATE person SET role = 'member' WHERE id = 'quin'")));
        QCOMPARE(admission.waitingApplicants(0, 10)->front().id, QStringLiteral("pat"));
        QCOMPARE(*admission.waitingCount(), 2);
    }

    void invitationsNewestFirstWithTheirGroup()
    {
        QSqlQuery query(store().database());
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO invitation (id, email, group_id, state, created_at, expires_at) VALUES "
            "('i1', 'old@example.org', NULL, 'accepted', '2026-11-01T10:00:00Z', '2026-11-15T10:00:00Z'), "
            "('i2', 'new@example.org', 'g1', 'sent', '2026-11-03T10:00:00Z', '2026-11-17T10:00:00Z'), "
            "('i3', 'far@example.org', 'elsewhere', 'pending', '2026-11-02T10:00:00Z', NULL)")));
        const auto invitations = m_device->admission().invitations();
        QVERIFY(invitations.ok());
        QCOMPARE(invitations->size(), std::size_t(3));
        QCOMPARE(invitations->at(0).id, QStringLiteral("i2"));
        QCOMPARE(invitations->at(0).groupId, QStringLiteral("g1"));
        QCOMPARE(invitations->at(0).groupName, QStringLiteral("gardeners"));
        QCOMPARE(invitations->at(0).state, QStringLiteral("sent"));
        QCOMPARE(invitations->at(0).expiresAt, QStringLiteral("2026-11-17T10:00:00Z"));
        QCOMPARE(invitations->at(1).groupId, QStringLiteral("elsewhere"));
        QVERIFY(invitations->at(1).groupName.isEmpty()); // the group is not on this device
        QCOMPARE(invitations->at(2).email, QStringLiteral("old@example.org"));
        QVERIFY(invitations->at(2).groupId.isEmpty());
    }

    void roleHoldersFoundByNameOrEmail()
    {
        const Admission &admission = m_device->admission();
        const auto ids = [](const Result<std::vector<Admission::RoleHolder>> &people) {
            QStringList found;
            for (const auto &person : *people)
                found << person.id;
            return found;
        };
        // Without a filter: the leaders and admins, by name.
        const auto holders = admission.roleHolders({}, 10);
        QVERIFY(holders.ok());
        QCOMPARE(ids(holders), (QStringList {QStringLiteral("ada"), QStringLiteral("lea")}));
        QCOMPARE(holders->at(0).role, QStringLiteral("admin"));
        QCOMPARE(holders->at(0).email, QStringLiteral("ada@example.org"));
        // With one: anyone but applicants, by name or email, ignoring case.
        QCOMPARE(ids(admission.roleHolders(QStringLiteral(" MEMBER "), 10)), QStringList {QStringLiteral("mo")});
        QCOMPARE(ids(admission.roleHolders(QStringLiteral("@EXAMPLE"), 10)), QStringList {QStringLiteral("ada")});
        QVERIFY(admission.roleHolders(QStringLiteral("Applicant"), 10)->empty());
        QCOMPARE(ids(admission.roleHolders(QStringLiteral("e"), 2)),
            (QStringList {QStringLiteral("ada"), QStringLiteral("lea")}));
        // LIKE's wildcards are letters like any other.
        QVERIFY(admission.roleHolders(QStringLiteral("%"), 10)->empty());
        QVERIFY(admission.roleHolders(QStringLiteral("_"), 10)->empty());
    }

    void requestsToAnswerFollowTheRule()
    {
        Groups &groups = m_device->groups();
        QSqlQuery query(store().database());
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO membership (id, group_id, person_id, state, role, message, requested_at) VALUES "
            "('m5', 'g2', 'quin', 'pending', 'member', 'Let me sing', '2026-11-02T09:00:00.000Z'), "
            "('m6', 'g2', 'rae', 'pending', 'member', NULL, '2026-11-01T09:00:00.000Z')")));
        const auto ids = [](const Result<Groups::Inbox> &inbox) {
            QStringList found;
            for (const auto &request : inbox->oldest)
                found << request.membershipId;
            return found;
        };
        QVERIFY(groups.requestsToAnswer(10)->oldest.empty()); // nobody signed in
        signIn(QStringLiteral("mo"), QStringLiteral("member"));
        QVERIFY(groups.requestsToAnswer(10)->oldest.empty()); // curates nothing
        QVERIFY(groups.requestsToAnswer(10)->waiting.isEmpty());
        // A curator answers the requests of their group only.
        signIn(QStringLiteral("lea"), QStringLiteral("member"));
        QCOMPARE(ids(groups.requestsToAnswer(10)), QStringList {QStringLiteral("m3")});
        QCOMPARE(groups.requestsToAnswer(10)->waiting, (QHash<QString, int> {{QStringLiteral("g1"), 1}}));
        // A leader answers every group's, the longest waiting first: undated ones (made before
        // the date was recorded) before dated ones.
        signIn(QStringLiteral("lea"), QStringLiteral("leader"));
        const auto requests = groups.requestsToAnswer(10);
        QVERIFY(requests.ok());
        QCOMPARE(ids(requests), (QStringList {QStringLiteral("m3"), QStringLiteral("m6"), QStringLiteral("m5")}));
        QCOMPARE(requests->oldest.at(2).groupName, QStringLiteral("Choir"));
        QVERIFY(requests->oldest.at(2).personName.isEmpty()); // Quin's name is not shared
        QCOMPARE(requests->oldest.at(2).message, QStringLiteral("Let me sing"));
        QCOMPARE(requests->oldest.at(2).requestedAt, QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC));
        QVERIFY(!requests->oldest.at(0).requestedAt.isValid());
        QCOMPARE(requests->oldest.at(0).personId, QStringLiteral("pat"));
        QCOMPARE(requests->oldest.at(0).personName, QStringLiteral("Pat Applicant"));
        // The counts are of every request waiting, however few are read.
        const auto first = groups.requestsToAnswer(1);
        QCOMPARE(ids(first), QStringList {QStringLiteral("m3")});
        QCOMPARE(first->waiting, (QHash<QString, int> {{QStringLiteral("g1"), 1}, {QStringLiteral("g2"), 2}}));
    }

    // A read the store cannot answer says so; it is not taken for an empty list.
    void listsSayWhenTheStoreCannotBeRead()
    {
        signIn(QStringLiteral("lea"), QStringLiteral("leader"));
        QSqlQuery query(store().database());
        QVERIFY(query.exec(QStringLiteral("DROP TABLE vouch")));
        const auto queue = m_device->admission().waitingApplicants(0, 10);
        QVERIFY(!queue);
        QCOMPARE(queue.error().code, std::string("storage"));
        QVERIFY(query.exec(QStringLiteral("DROP TABLE invitation")));
        QCOMPARE(m_device->admission().invitations().error().code, std::string("storage"));
        QVERIFY(query.exec(QStringLiteral("DROP INDEX membership_requests")));
        QCOMPARE(m_device->groups().requestsToAnswer(10).error().code, std::string("storage"));
        QVERIFY(query.exec(QStringLiteral("DROP INDEX membership_pending")));
        QCOMPARE(m_device->groups().requestsToAnswer(10).error().code, std::string("storage"));
        QVERIFY(query.exec(QStringLiteral("DROP TABLE person")));
        QCOMPARE(m_device->admission().waitingCount().error().code, std::string("storage"));
        QCOMPARE(m_device->admission().roleHolders({}, 10).error().code, std::string("storage"));
        QCOMPARE(m_device->admission().roleHolders(QStringLiteral("a"), 10).error().code, std::string("storage"));
    }

    void groupsAsListsShowThem()
    {
        signIn(QStringLiteral("lea"), QStringLiteral("leader"));
        Groups &groups = m_device->groups();
        const auto named = groups.named();
        QCOMPARE(named.size(), std::size_t(2)); // the group without a name is not offered
        QCOMPARE(named[0].name, QStringLiteral("Choir")); // case-insensitive order
        QCOMPARE(named[1].id, QStringLiteral("g1"));

        const auto summaries = groups.summaries();
        QVERIFY(summaries.ok());
        QCOMPARE(summaries->size(), std::size_t(3));
        const auto &gardeners = summaries->back();
        QCOMPARE(gardeners.id, QStringLiteral("g1"));
        QCOMPARE(gardeners.activeMembers, 2);
        QCOMPARE(gardeners.myState, QStringLiteral("active"));
        QCOMPARE(gardeners.myRole, QStringLiteral("curator"));
        const auto &choir = (*summaries)[1];
        QCOMPARE(choir.id, QStringLiteral("g2"));
        QVERIFY(choir.myState.isEmpty());

        const auto members = groups.members(QStringLiteral("g1"));
        QVERIFY(members.ok());
        QCOMPARE(members->size(), std::size_t(3));
        QCOMPARE(members->at(0).name, QStringLiteral("Mo Member")); // members: active before pending
        QCOMPARE(members->at(1).state, QStringLiteral("pending"));
        QCOMPARE(members->at(2).personId, QStringLiteral("lea")); // then the curators
        QVERIFY(groups.members(QStringLiteral("nothing"))->empty());
    }

    void groupListsOfTheWindowsAndDashboards()
    {
        QSqlQuery query(store().database());
        // Mo was invited to the choir and asked to join it before: the invitation is what counts.
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO membership (id, group_id, person_id, state, role, message) VALUES "
            "('m5', 'g2', 'lea', 'pending', 'member', 'Me too'), ('m6', 'g2', 'ada', 'active', 'curator', NULL), "
            "('m7', 'g3', 'mo', 'pending', 'member', NULL), ('m8', 'g3', 'mo', 'invited', 'member', NULL), "
            "('m9', 'g1', 'ghost', 'active', 'member', NULL)")));
        Groups &groups = m_device->groups();

        signIn(QStringLiteral("mo"), QStringLiteral("member"));
        auto listed = groups.listed();
        QVERIFY(listed.ok());
        QCOMPARE(listed->size(), std::size_t(3));
        QCOMPARE(listed->at(0).id, QStringLiteral("g2")); // Choir, gardeners, then the unnamed group
        QCOMPARE(listed->at(1).id, QStringLiteral("g1"));
        QCOMPARE(listed->at(2).id, QStringLiteral("g3"));
        const Groups::Listed &gardeners = listed->at(1);
        QCOMPARE(gardeners.members, 3);
        QCOMPARE(gardeners.curators, 1);
        QCOMPARE(gardeners.pending, 1);
        QCOMPARE(gardeners.myMembershipId, QStringLiteral("m2"));
        QCOMPARE(gardeners.myState, QStringLiteral("active"));
        QCOMPARE(gardeners.myRole, QStringLiteral("member"));
        QVERIFY(!gardeners.canCurate); // a member who is not its curator
        QCOMPARE(listed->at(2).myMembershipId, QStringLiteral("m8"));
        QCOMPARE(listed->at(2).myState, QStringLiteral("invited"));
        signIn(QStringLiteral("ada"), QStringLiteral("member"));
        QVERIFY(groups.listed()->at(0).canCurate); // the choir's curator
        QVERIFY(!groups.listed()->at(1).canCurate);
        signIn(QStringLiteral("lea"), QStringLiteral("leader"));
        QVERIFY(groups.listed()->at(0).canCurate); // leaders answer every group's requests

        signIn(QStringLiteral("mo"), QStringLiteral("member"));
        auto mine = groups.mine();
        QVERIFY(mine.ok());
        QCOMPARE(mine->size(), std::size_t(2));
        QCOMPARE(mine->at(0).name, QStringLiteral("Choir"));
        QCOMPARE(mine->at(1).id, QStringLiteral("g1"));
        QCOMPARE(mine->at(1).role, QStringLiteral("member"));
        signIn(QString(), QStringLiteral("member"));
        QVERIFY(groups.mine()->empty());
        QVERIFY(groups.listed()->at(1).myState.isEmpty());

        // Requests first, then curators, members (the one without a name last) and by id.
        auto page = groups.membersPage(QStringLiteral("g1"), 0, 10);
        QVERIFY(page.ok());
        QStringList order;
        for (const auto &member : *page)
            order << member.membershipId;
        QCOMPARE(order,
            (QStringList {QStringLiteral("m3"), QStringLiteral("m1"), QStringLiteral("m2"), QStringLiteral("m9")}));
        QCOMPARE(page->at(0).name, QStringLiteral("Pat Applicant"));
        QVERIFY(page->at(3).name.isEmpty());
        auto rest = groups.membersPage(QStringLiteral("g1"), 2, 10);
        QCOMPARE(rest->size(), std::size_t(2));
        QCOMPARE(rest->at(0).membershipId, QStringLiteral("m2"));
        QVERIFY(groups.membersPage(QStringLiteral("g1"), 0, 0)->empty());
        QCOMPARE(groups.membersPage(QStringLiteral("g2"), 0, 10)->at(0).message, QStringLiteral("Me too"));

        auto curators = groups.curators(QStringLiteral("g2"));
        QVERIFY(curators.ok());
        QCOMPARE(curators->size(), std::size_t(1));
        QCOMPARE(curators->at(0).id, QStringLiteral("ada"));
        QCOMPARE(curators->at(0).name, QStringLiteral("Ada Admin"));
        QVERIFY(groups.curators(QStringLiteral("g3"))->empty());
    }

    // A store that cannot answer is an error each list reports, never an empty list.
    void groupListsSayWhenTheStoreFails()
    {
        signIn(QStringLiteral("mo"), QStringLiteral("member"));
        QSqlQuery query(store().database());
        QVERIFY(query.exec(QStringLiteral("ALTER TABLE membership RENAME TO membership_gone")));
        const Groups &groups = m_device->groups();
        QCOMPARE(groups.listed().error().code, std::string("storage"));
        QCOMPARE(groups.mine().error().code, std::string("storage"));
        QCOMPARE(groups.membersPage(QStringLiteral("g1"), 0, 10).error().code, std::string("storage"));
        QCOMPARE(groups.curators(QStringLiteral("g1")).error().code, std::string("storage"));
    }

    void peopleReadByIdInTheOrderAsked()
    {
        const People &people = m_device->people();
        const auto rows = people.columnsOf({QStringLiteral("lea"), QStringLiteral("missing"), QStringLiteral("ada")},
            {QStringLiteral("display_name"), QStringLiteral("email")});
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), std::size_t(2));
        QCOMPARE(rows->at(0).id, QStringLiteral("lea"));
        QCOMPARE(rows->at(0).values[0].toString(), QStringLiteral("Lea Leader"));
        QVERIFY(rows->at(0).values[1].isNull());
        QCOMPARE(rows->at(1).values[1].toString(), QStringLiteral("ada@example.org"));
        QVERIFY(people.columnsOf({}, {QStringLiteral("email")})->empty());
        QCOMPARE(people.columnsOf({QStringLiteral("ada")}, {QStringLiteral("email; DROP TABLE person")}).error().code,
            std::string("unknown_field"));

        PeopleQuery query;
        query.text = QStringLiteral("lea");
        PeopleSearch search = people.search(query);
        const auto found = search.next(10);
        QVERIFY(found.ok());
        QCOMPARE(*found, std::vector<QString> {QStringLiteral("lea")});
    }

    // The directory page by page: in name order after the last (name, id) read, then those
    // whose name is hidden, by id; none skipped or repeated.
    void peoplePagedByNameThenTheUnnamed()
    {
        QSqlQuery query(store().database());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO person (id, display_name, email_visibility) VALUES "
                                          "('ana2', 'ana', 'private'), ('ana1', 'Ana', NULL), ('zed', NULL, NULL)")));
        const People &people = m_device->people();
        const QStringList columns {QStringLiteral("display_name"), QStringLiteral("email_visibility")};
        QStringList named;
        QString lastName, lastId;
        for (;;) {
            const auto page = people.namedPage(columns, lastName, lastId, 2);
            QVERIFY(page.ok());
            QVERIFY(page->size() <= 2u);
            for (const auto &row : *page) {
                named << row.id;
                lastName = row.values[0].toString();
                lastId = row.id;
            }
            if (page->size() < 2u)
                break;
        }
        // Ada, ana/Ana (one name ignoring case: by id), Lea, Mo, Pat.
        QCOMPARE(named,
            (QStringList {QStringLiteral("ada"), QStringLiteral("ana1"), QStringLiteral("ana2"), QStringLiteral("lea"),
                QStringLiteral("mo"), QStringLiteral("pat")}));
        const auto first = people.namedPage(columns, {}, {}, 3);
        QCOMPARE(first->at(2).values[1].toString(), QStringLiteral("private")); // a visibility column
        const auto unnamed = people.unnamedPage(columns, {}, 10);
        QVERIFY(unnamed.ok());
        QCOMPARE(unnamed->size(), 2u);
        QCOMPARE(unnamed->at(0).id, QStringLiteral("quin"));
        QVERIFY(unnamed->at(0).values[0].isNull());
        QCOMPARE(people.unnamedPage(columns, QStringLiteral("quin"), 10)->at(0).id, QStringLiteral("zed"));
        QVERIFY(people.unnamedPage(columns, QStringLiteral("zed"), 10)->empty());

        // Only the person table's columns are ever read.
        QCOMPARE(people.namedPage({QStringLiteral("password")}, {}, {}, 10).error().code, std::string("unknown_field"));
        QCOMPARE(people.unnamedPage({QStringLiteral("id) FROM person; --")}, {}, 10).error().code,
            std::string("unknown_field"));
        QVERIFY(query.exec(QStringLiteral("ALTER TABLE person RENAME TO person_gone")));
        QCOMPARE(people.namedPage(columns, {}, {}, 10).error().code, std::string("storage"));
        QCOMPARE(people.unnamedPage(columns, {}, 10).error().code, std::string("storage"));
    }

    void historyCountsWhatAMergeMoves()
    {
        QSqlQuery query(store().database());
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO event (id, title, starts_at) VALUES ('e1', 'Assembly', '2026-11-20T18:00:00.000Z')")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO registration (id, event_id, person_id, state, attended) VALUES "
                                          "('r1', 'e1', 'mo', 'registered', 1), ('r2', 'e1', 'lea', 'cancelled', 0)")));
        const auto mo = m_device->duplicates().history(QStringLiteral("mo"));
        QCOMPARE(mo.registrations, 1);
        QCOMPARE(mo.attended, 1);
        QCOMPARE(mo.activeGroups, 2);
        const auto lea = m_device->duplicates().history(QStringLiteral("lea"));
        QCOMPARE(lea.registrations, 0);
        QCOMPARE(lea.activeGroups, 1);
    }
};

QTEST_GUILESS_MAIN(TestDeviceServices)
#include "tst_deviceservices.moc"
