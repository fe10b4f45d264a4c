// Reminders of events on the daemon (docs/groupmail.md, "Event reminders"): due only within the
// organizers' hours before the start, mailed once to each registrant with a seat who wants them,
// never to one who opted out, waits, cancelled or booked after the reminder was due, again when
// the event moves; the time in the venue's zone; a link in each that stops reminders and nothing
// else; the organizers' choice checked; an erasure takes the daemon's notes of a person.

#include "ServiceFixture.h"

#include "syncd/AccountService.h"
#include "syncd/Api.h"
#include "syncd/EventReminders.h"

#include "common/Hlc.h"
#include "common/StoredTime.h"

#include <QTest>

#include <sqlite3.h>

#include <map>
#include <set>

using namespace commonroom;
using namespace commonroom::syncd;

namespace {

constexpr std::int64_t kHour = 3600LL * 1000;
constexpr std::int64_t kMinute = 60LL * 1000;

} // namespace

class TestReminders : public QObject
{
    Q_OBJECT

private:
    struct Community
    {
        ServiceFixture f;
        std::string leaderId, mateoId, yaraId, inesId, oluId, noorId, kofiId;
        ServiceFixture::Login leader, mateo, yara, ines, olu, noor, kofi;
        std::string eventId;
        std::int64_t startMs = 0;
        std::int64_t mid = 0;

        Community()
        {
            leaderId = f.addAccount("lena@example.org", Role::Leader);
            mateoId = f.addAccount("mateo@example.org", Role::Member, {{"consent", std::int64_t(1)}});
            // Agreed to be contacted, but not reminded.
            yaraId = f.addAccount(
                "yara@example.org", Role::Member, {{"consent", std::int64_t(1)}, {"event_mail", std::int64_t(0)}});
            // Never agreed to be contacted, but to reminders; and only to reminders.
            inesId = f.addAccount(
                "ines@example.org", Role::Member, {{"event_mail", std::int64_t(1)}, {"group_mail", std::int64_t(0)}});
            oluId = f.addAccount("olu@example.org", Role::Member); // said nothing: not reminded
            noorId = f.addAccount("noor@example.org", Role::Member, {{"consent", std::int64_t(1)}});
            kofiId = f.addAccount("kofi@example.org", Role::Member, {{"consent", std::int64_t(1)}});
            leader = f.login("lena@example.org");
            mateo = f.login("mateo@example.org");
            yara = f.login("yara@example.org");
            ines = f.login("ines@example.org");
            olu = f.login("olu@example.org");
            noor = f.login("noor@example.org");
            kofi = f.login("kofi@example.org");
            // Saturday 2023-11-18 18:00 UTC (19:00 in Madrid), 24 hours' reminder.
            startMs = f.clock.nowMs() + 3 * 24 * kHour + 19 * kHour + 46 * kMinute + 40 * 1000;
            eventId = newTestId();
            expectOk(push(leader.principal, "event", eventId, event("Assembly of the tenants", startMs, 24)));
            for (const auto *who : {&mateo, &yara, &ines, &olu, &noor})
                expectOk(push(who->principal, "registration", newTestId(),
                    {{"event_id", eventId}, {"person_id", who->principal.personId},
                        {"state", std::string("registered")}}));
            // Noor cancels.
            const auto noorsRegistration = f.store->liveIdsWhere(*findTable("registration"), "person_id", noorId);
            expectOk(
                push(noor.principal, "registration", noorsRegistration.at(0), {{"state", std::string("cancelled")}}));
        }

        static FieldMap event(const std::string &title, std::int64_t start, std::int64_t reminderHours)
        {
            return {{"title", title}, {"starts_at", storedTime(start)}, {"ends_at", storedTime(start + 2 * kHour)},
                {"time_zone", std::string("Europe/Madrid")}, {"place", std::string("Calle de la Paz 4, Madrid")},
                {"status", std::string("scheduled")}, {"reminder_hours", reminderHours}};
        }

        static void expectOk(const std::pair<std::string, std::string> &answer)
        {
            if (!answer.first.empty())
                qFatal("refused: %s %s", answer.first.c_str(), answer.second.c_str());
        }

        // The rejection of one pushed change ("" when acked): code and message.
        std::pair<std::string, std::string> push(
            const Principal &who, const std::string &table, const std::string &id, FieldMap fields)
        {
            ++mid;
            const auto answer = f.service->push(who,
                protocol::PushRequest {who.deviceId, protocol::kProtocolVersion,
                    {protocol::Mutation {
                        mid, table, id, std::move(fields), Hlc::pack(f.clock.nowMs(), std::uint16_t(mid)), false}}});
            if (!answer)
                return {answer.error().code, answer.error().message};
            if (!answer->rejected.empty())
                return {answer->rejected.front().code, answer->rejected.front().message};
            return {};
        }

        // The reminders queued so far.
        std::vector<OutgoingMail> reminders()
        {
            auto mails = f.queuedMails(f.clock.nowMs());
            std::erase_if(mails, [](const OutgoingMail &mail) { return !mail.subject.starts_with("Reminder: "); });
            return mails;
        }

        std::multiset<std::string> recipients()
        {
            std::multiset<std::string> addresses;
            for (const auto &mail : reminders())
                addresses.insert(mail.recipient);
            return addresses;
        }

        std::size_t queueDue() { return EventReminders(*f.service).queueDue(); }

        std::string addEvent(const FieldMap &fields)
        {
            const std::string id = newTestId();
            expectOk(push(leader.principal, "event", id, fields));
            return id;
        }

        void registerMateo(const std::string &event)
        {
            expectOk(push(mateo.principal, "registration", newTestId(),
                {{"event_id", event}, {"person_id", mateoId}, {"state", std::string("registered")}}));
        }
    };

private Q_SLOTS:
    void remindsEachRegistrantWhoWantsItOnce()
    {
        Community c;
        // Events near by without a reminder, or cancelled, are never reminded.
        auto cancelled = Community::event("Cancelled picnic", c.startMs, 24);
        cancelled["status"] = std::string("cancelled");
        for (const auto &fields : {Community::event("Picnic", c.startMs, 0), cancelled})
            c.registerMateo(c.addEvent(fields));

        // Not yet: a minute before the reminder is due.
        c.f.clock.setMs(c.startMs - 24 * kHour - kMinute);
        QCOMPARE(c.queueDue(), std::size_t(0));
        QVERIFY(c.reminders().empty());

        // Due: Mateo (agreed to be contacted) and Ines (to reminders); not Yara (opted out), Olu
        // (said nothing) or Noor (cancelled).
        c.f.clock.setMs(c.startMs - 24 * kHour + kMinute);
        QCOMPARE(c.queueDue(), std::size_t(2));
        QCOMPARE(c.recipients(), (std::multiset<std::string> {"ines@example.org", "mateo@example.org"}));
        const auto audit = c.f.store->audit(AuditFilter {"event_reminder", "", "", 0, 10});
        QCOMPARE(audit.size(), std::size_t(1));
        QCOMPARE(audit.front().targetId, c.eventId);
        QCOMPARE(audit.front().detail, std::string("2 mailed, 2 not mailed"));

        const OutgoingMail mail = c.reminders().front();
        QCOMPARE(mail.subject,
            std::string("Reminder: Assembly of the tenants, Saturday, 18 November 2023 at 19:00 "
                        "(Europe/Madrid)"));
        QVERIFY2(mail.body.find("Calle de la Paz 4, Madrid") != std::string::npos, mail.body.c_str());
        QVERIFY(mail.headers.find("List-Unsubscribe: <") != std::string::npos);
        QVERIFY(mail.headers.find("?t=event.") != std::string::npos);
        QVERIFY(mail.headers.find("Auto-Submitted: auto-generated\r\n") != std::string::npos);

        // Once: later passes, and a pass after a restart (the notes are in the database), add none.
        QCOMPARE(c.queueDue(), std::size_t(0));
        c.f.clock.advanceMs(kHour);
        QCOMPARE(c.queueDue(), std::size_t(0));
        QCOMPARE(c.reminders().size(), std::size_t(2));

        // Kofi books after the reminder was due: he just chose to come, and is not reminded. Yara
        // wants reminders again, too late for this one.
        Community::expectOk(c.push(c.kofi.principal, "registration", newTestId(),
            {{"event_id", c.eventId}, {"person_id", c.kofiId}, {"state", std::string("registered")}}));
        Community::expectOk(c.push(c.yara.principal, "person", c.yaraId, {{"event_mail", std::int64_t(1)}}));
        QCOMPARE(c.queueDue(), std::size_t(0));

        // The organizers move the event two hours later: everyone with a seat who wants it is
        // reminded of the new time when it is due, Kofi too now (booked before it was due).
        c.startMs += 2 * kHour;
        Community::expectOk(c.push(c.leader.principal, "event", c.eventId,
            {{"starts_at", storedTime(c.startMs)}, {"ends_at", storedTime(c.startMs + 2 * kHour)}}));
        QCOMPARE(c.queueDue(), std::size_t(0));
        c.f.clock.setMs(c.startMs - 24 * kHour + kMinute);
        QCOMPARE(c.queueDue(), std::size_t(4));
        QCOMPARE(c.recipients(),
            (std::multiset<std::string> {"ines@example.org", "ines@example.org", "kofi@example.org",
                "mateo@example.org", "mateo@example.org", "yara@example.org"}));
        QVERIFY(c.reminders().back().subject.ends_with("at 21:00 (Europe/Madrid)"));

        // A daemon down from before a reminder was due until after its event started reminds
        // nobody of that event any more.
        c.registerMateo(c.addEvent(Community::event("Breakfast", c.startMs + 3 * kHour, 1)));
        c.f.clock.setMs(c.startMs + 3 * kHour + kMinute);
        QCOMPARE(c.queueDue(), std::size_t(0));
        QCOMPARE(c.reminders().size(), std::size_t(6));
    }

    void theLinkInAReminderStopsRemindersOnly()
    {
        Community c;
        c.f.service->admission().setServerUrl("https://directory.example.org/");
        c.f.clock.setMs(c.startMs - 23 * kHour);
        QCOMPARE(c.queueDue(), std::size_t(2));
        std::string link;
        for (const auto &mail : c.reminders()) {
            QVERIFY(mail.headers.find("List-Id: <reminders.directory.example.org>\r\n") != std::string::npos);
            if (mail.recipient == "mateo@example.org") {
                const auto start = mail.headers.find("<https://directory.example.org/v1/mail/unsubscribe?t=event.");
                QVERIFY2(start != std::string::npos, mail.headers.c_str());
                link = mail.headers.substr(start + 30, mail.headers.find('>', start) - start - 30);
                QVERIFY(mail.body.find("untick \"Mail me reminders and messages of my events\"") != std::string::npos);
            }
        }
        QVERIFY(link.starts_with("/v1/mail/unsubscribe?t=event." + c.mateoId + "."));

        Api api(*c.f.service);
        const auto page = api.handle(HttpRequest {"GET", link, {}, {}, {}, "192.0.2.7:5000"});
        QCOMPARE(page.status, 200);
        QVERIFY2(page.body.find("reminders and messages of the events you registered for") != std::string::npos,
            page.body.c_str());
        const auto stopped = api.handle(
            HttpRequest {"POST", link, "List-Unsubscribe=One-Click", "application/x-www-form-urlencoded", {}, "x"});
        QCOMPARE(stopped.status, 200);
        const auto mateo = c.f.store->loadRow(*findTable("person"), c.mateoId);
        QCOMPARE(toDisplayString(mateo->row.values.at("event_mail")), std::string("0"));
        QVERIFY(!textOf(mateo->row.values, "event_mail_at").empty());
        QVERIFY(isNull(mateo->row.values.at("group_mail"))); // his groups' messages still come
        const auto audit = c.f.store->audit(AuditFilter {"mail_opt_out", "", "", 0, 10});
        QCOMPARE(audit.size(), std::size_t(1));
        QVERIFY(audit.front().detail.starts_with("reminders and messages of the events"));

        // The next event's reminder is not mailed to him.
        c.registerMateo(c.addEvent(Community::event("Second assembly", c.startMs + kHour, 24)));
        c.f.clock.advanceMs(2 * kHour);
        QCOMPARE(c.queueDue(), std::size_t(0));
    }

    void organizersChooseAReminderOfAtMostAWeek()
    {
        Community c;
        for (const FieldValue &hours : {FieldValue {std::int64_t(-1)}, FieldValue {std::int64_t(169)}}) {
            const auto refused = c.push(c.leader.principal, "event", c.eventId, {{"reminder_hours", hours}});
            QCOMPARE(refused.first, std::string("invalid_value"));
            QVERIFY2(refused.second.find("between 1 and 168 hours") != std::string::npos, refused.second.c_str());
        }
        QVERIFY(!c.push(c.leader.principal, "event", c.eventId, {{"reminder_hours", std::string("24")}}).first.empty());
        QCOMPARE(c.push(c.leader.principal, "event", c.eventId, {{"reminder_hours", std::int64_t(168)}}).first,
            std::string());
        // A member who does not organize it may not change it.
        QCOMPARE(c.push(c.mateo.principal, "event", c.eventId, {{"reminder_hours", std::int64_t(1)}}).first,
            std::string("forbidden"));
        const auto stored = c.f.store->loadRow(*findTable("event"), c.eventId);
        QCOMPARE(toDisplayString(stored->row.values.at("reminder_hours")), std::string("168"));
    }

    void aReminderIsWrittenInThePersonsLanguage()
    {
        Community c;
        Community::expectOk(c.push(c.mateo.principal, "person", c.mateoId, {{"mail_language", std::string("de")}}));
        Community::expectOk(c.push(c.ines.principal, "person", c.inesId, {{"mail_language", std::string("pt_BR")}}));
        // A language the daemon writes no mail in is refused, and changes nothing.
        QCOMPARE(c.push(c.olu.principal, "person", c.oluId, {{"mail_language", std::string("tlh")}}).first,
            std::string("invalid_value"));
        c.f.clock.setMs(c.startMs - 24 * kHour + kMinute);
        QCOMPARE(c.queueDue(), std::size_t(2));
        std::map<std::string, OutgoingMail> mails;
        for (const auto &mail : c.f.queuedMails(c.f.clock.nowMs()))
            mails[mail.recipient] = mail;
        const OutgoingMail &mateos = mails.at("mateo@example.org");
        QCOMPARE(mateos.subject,
            std::string("Erinnerung: Assembly of the tenants, Samstag, 18. November 2023 um 19:00 (Europe/Madrid)"));
        QVERIFY2(mateos.body.find("Wenn Sie nicht kommen können") != std::string::npos, mateos.body.c_str());
        QVERIFY(mateos.body.find("Häkchen bei „Erinnerungen und Nachrichten meiner Veranstaltungen mailen“")
            != std::string::npos);
        // The page behind the link speaks German to him too, before and after he stops the mail.
        const auto start = mateos.headers.find("/v1/mail/unsubscribe?t=event.");
        QVERIFY(start != std::string::npos);
        const std::string link = mateos.headers.substr(start, mateos.headers.find('>', start) - start);
        Api api(*c.f.service);
        const auto page = api.handle(HttpRequest {"GET", link, {}, {}, {}, "192.0.2.7:5000"});
        QVERIFY2(page.body.find("<html lang=\"de\">") != std::string::npos
                && page.body.find("Keine Mails mehr für die Erinnerungen und Nachrichten Ihrer Veranstaltungen?")
                    != std::string::npos
                && page.body.find(">Diese Mails abbestellen</button>") != std::string::npos,
            page.body.c_str());
        const auto stopped = api.handle(
            HttpRequest {"POST", link, "List-Unsubscribe=One-Click", "application/x-www-form-urlencoded", {}, "x"});
        QCOMPARE(stopped.status, 200);
        QVERIFY2(stopped.body.find("das Häkchen bei „Erinnerungen und Nachrichten meiner Veranstaltungen mailen“")
                != std::string::npos,
            stopped.body.c_str());
        const OutgoingMail &ines = mails.at("ines@example.org");
        QCOMPARE(ines.subject,
            std::string("Lembrete: Assembly of the tenants, sábado, 18 de novembro de 2023 às 19:00 (Europe/Madrid)"));
        QVERIFY(ines.body.find("desmarque \"Enviar-me lembretes e mensagens dos meus eventos\"") != std::string::npos);
    }

    void venueTimeIsTheVenuesClock()
    {
        const std::int64_t winter = *parseStoredTime("2026-12-12T18:00:00.000Z");
        QCOMPARE(EventReminders::venueTime(winter, "Europe/Madrid"),
            std::string("Saturday, 12 December 2026 at 19:00 (Europe/Madrid)"));
        QCOMPARE(EventReminders::venueTime(winter, "America/Sao_Paulo"),
            std::string("Saturday, 12 December 2026 at 15:00 (America/Sao_Paulo)"));
        const std::int64_t summer = *parseStoredTime("2026-07-04T18:00:00.000Z");
        QCOMPARE(EventReminders::venueTime(summer, "Europe/Madrid"),
            std::string("Saturday, 4 July 2026 at 20:00 (Europe/Madrid)"));
        // No zone, or one the daemon does not know: UTC, said so.
        QCOMPARE(EventReminders::venueTime(winter, ""), std::string("Saturday, 12 December 2026 at 18:00 (UTC)"));
        QCOMPARE(EventReminders::venueTime(winter, "Mars/Olympus_Mons"),
            std::string("Saturday, 12 December 2026 at 18:00 (UTC)"));
    }

    void erasingSomeoneForgetsWhomTheDaemonReminded()
    {
        Community c;
        c.f.clock.setMs(c.startMs - 23 * kHour);
        QCOMPARE(c.queueDue(), std::size_t(2));
        // What the daemon's file holds (read beside the open store, as an operator would).
        const auto notesOf = [&](const std::string &personId) {
            sqlite3 *db = nullptr;
            sqlite3_stmt *query = nullptr;
            int count = -1;
            if (sqlite3_open_v2(c.f.databasePath().c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK
                && sqlite3_prepare_v2(
                       db, "SELECT count(*) FROM event_reminder WHERE person_id = ?", -1, &query, nullptr)
                    == SQLITE_OK
                && sqlite3_bind_text(query, 1, personId.c_str(), -1, SQLITE_TRANSIENT) == SQLITE_OK
                && sqlite3_step(query) == SQLITE_ROW)
                count = sqlite3_column_int(query, 0);
            sqlite3_finalize(query);
            sqlite3_close(db);
            return count;
        };
        QCOMPARE(notesOf(c.mateoId), 1);
        QCOMPARE(notesOf(c.oluId), 1); // decided too: not mailed
        c.f.addAccount("ada@example.org", Role::Admin);
        const auto admin = c.f.login("ada@example.org");
        AccountService accounts(*c.f.service);
        QVERIFY(accounts.erase(admin.principal, protocol::EraseRequest {c.mateoId, "on his request"}, "test").ok());
        QCOMPARE(notesOf(c.mateoId), 0);
        QCOMPARE(notesOf(c.oluId), 1);
    }
};

QTEST_GUILESS_MAIN(TestReminders)
#include "tst_reminders.moc"
