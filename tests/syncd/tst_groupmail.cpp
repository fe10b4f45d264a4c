// Messages to groups on the daemon (docs/groupmail.md): who may write one, what is checked; when it
// is accepted, one mail to each active member who wants the group's mail, once, with the counts on
// the row and no address; who receives the message (the group's active members, leaders, its
// writer; no other member, no applicant), and a fresh copy when a membership starts or ends one's
// sight of the group's messages; the link in each mail stops that person's mail, and only that.
// Messages to an event's registrants: its organizers write to those with a seat, the waitlist or
// (after it) the no-shows; everyone registered reads them, nobody else below leaders. Messages to
// a smart list: leaders write to the people it named, who alone (below leaders) read it, without
// learning the list or one another.

#include "ServiceFixture.h"

#include "syncd/AccountService.h"
#include "syncd/Api.h"

#include "common/Checksum.h"
#include "common/GroupMail.h"
#include "common/Hlc.h"
#include "common/StoredTime.h"

#include <QTest>

#include <algorithm>
#include <map>
#include <set>

using namespace commonroom;
using namespace commonroom::syncd;

namespace {

const protocol::Change *changeOf(const protocol::PullResponse &pull, const std::string &id)
{
    const auto found = std::find_if(
        pull.changes.begin(), pull.changes.end(), [&](const protocol::Change &change) { return change.id == id; });
    return found == pull.changes.end() ? nullptr : &*found;
}

} // namespace

class TestGroupMail : public QObject
{
    Q_OBJECT

private:
    struct Community
    {
        ServiceFixture f;
        std::string leaderId, curatorId, memberId, optedOutId, optedInId, quietId, pendingId, outsiderId, applicantId;
        ServiceFixture::Login leader, curator, member, optedOut, outsider, applicant, pending;
        std::string groupId, otherGroupId;
        std::int64_t mid = 0;

        Community()
        {
            const FieldMap agreed {{"consent", std::int64_t(1)}};
            leaderId = f.addAccount("lena@example.org", Role::Leader);
            curatorId = f.addAccount("chidi@example.org", Role::Member, {{"display_name", "Chidi Okafor"}});
            memberId = f.addAccount("mateo@example.org", Role::Member, agreed);
            // Agreed to be contacted, but not by their groups' messages.
            optedOutId = f.addAccount(
                "yara@example.org", Role::Member, {{"consent", std::int64_t(1)}, {"group_mail", std::int64_t(0)}});
            // Never said yes to being contacted, but yes to their groups' messages.
            optedInId = f.addAccount("ines@example.org", Role::Member, {{"group_mail", std::int64_t(1)}});
            quietId = f.addAccount("olu@example.org", Role::Member); // said nothing: not mailed
            pendingId = f.addAccount("noor@example.org", Role::Member, agreed);
            outsiderId = f.addAccount("kofi@example.org", Role::Member, agreed);
            applicantId = f.addAccount("priya@example.org", Role::Applicant, agreed);
            leader = f.login("lena@example.org");
            curator = f.login("chidi@example.org");
            member = f.login("mateo@example.org");
            optedOut = f.login("yara@example.org");
            outsider = f.login("kofi@example.org");
            applicant = f.login("priya@example.org");
            pending = f.login("noor@example.org");
            groupId = newTestId();
            expectOk(push(leader.principal, "group", groupId,
                {{"name", std::string("Tenants' union")}, {"kind", std::string("open")}}));
            join(curatorId, groupId, "curator");
            for (const auto &person : {memberId, optedOutId, optedInId, quietId})
                join(person, groupId);
            join(pendingId, groupId, "member", "pending");
            otherGroupId = newTestId();
            expectOk(push(leader.principal, "group", otherGroupId,
                {{"name", std::string("Garden")}, {"kind", std::string("open")}}));
            join(outsiderId, otherGroupId, "curator");
        }

        std::string join(const std::string &person, const std::string &group, const std::string &role = "member",
            const std::string &state = "active")
        {
            const std::string id = newTestId();
            expectOk(push(leader.principal, "membership", id,
                {{"person_id", person}, {"group_id", group}, {"state", state}, {"role", role}}));
            return id;
        }

        static void expectOk(const std::pair<std::string, std::string> &answer)
        {
            if (!answer.first.empty())
                qFatal("refused: %s %s", answer.first.c_str(), answer.second.c_str());
        }

        protocol::PushRequest request(const Principal &who, std::int64_t number, const std::string &table,
            const std::string &id, FieldMap fields, bool deleted = false)
        {
            return protocol::PushRequest {who.deviceId, protocol::kProtocolVersion,
                {protocol::Mutation {
                    number, table, id, std::move(fields), Hlc::pack(f.clock.nowMs(), std::uint16_t(number)), deleted}}};
        }

        // The rejection of one pushed change ("" when acked): code and message.
        std::pair<std::string, std::string> push(const Principal &who, const std::string &table, const std::string &id,
            FieldMap fields, bool deleted = false)
        {
            const auto answer = f.service->push(who, request(who, ++mid, table, id, std::move(fields), deleted));
            if (!answer)
                return {answer.error().code, answer.error().message};
            if (!answer->rejected.empty())
                return {answer->rejected.front().code, answer->rejected.front().message};
            return {};
        }

        FieldMap message(const std::string &author, const std::string &group = {}) const
        {
            return {{"group_id", group.empty() ? groupId : group}, {"author_id", author},
                {"subject", std::string("Rent strike: meeting on Thursday")},
                {"body", std::string("We meet at 19:00 in the courtyard. Bring your rent letters.")},
                {"written_at", std::string("2026-12-01T10:00:00.000Z")}};
        }

        protocol::PullResponse pull(const Principal &who, const std::string &since = "")
        {
            auto pulled = f.service->pull(who, since, 5000);
            if (!pulled)
                qFatal("pull failed: %s", pulled.error().message.c_str());
            return *pulled;
        }

        // The group messages queued (not the mails about applications the accounts brought).
        std::vector<OutgoingMail> groupMails()
        {
            auto mails = f.queuedMails(f.clock.nowMs());
            std::erase_if(mails, [](const OutgoingMail &mail) { return !mail.subject.starts_with("["); });
            return mails;
        }

        // An event organized by the curator (not curating its group: named in organizer_ids), three
        // seats: Mateo, Yara and Ines have them, Kofi waits, Noor cancelled.
        std::string addEvent()
        {
            const std::string id = newTestId();
            const std::int64_t start = f.clock.nowMs() + 2 * groupmail::kDayMs;
            expectOk(push(leader.principal, "event", id,
                {{"title", std::string("Assembly")}, {"starts_at", storedTime(start)},
                    {"ends_at", storedTime(start + 2 * 3600'000)}, {"status", std::string("scheduled")},
                    {"capacity", std::int64_t(3)}, {"organizer_ids", curatorId}}));
            for (const auto &person : {memberId, optedOutId, optedInId, outsiderId, pendingId}) {
                expectOk(push(leader.principal, "registration", newTestId(),
                    {{"event_id", id}, {"person_id", person}, {"state", std::string("registered")}}));
                f.clock.advanceMs(1000);
            }
            const auto noors = f.store->liveIdsWhere(*findTable("registration"), "person_id", pendingId);
            expectOk(push(leader.principal, "registration", noors.at(0), {{"state", std::string("cancelled")}}));
            return id;
        }

        FieldMap eventMessage(const std::string &author, const std::string &event, const std::string &audience) const
        {
            FieldMap fields = message(author);
            fields.erase("group_id");
            fields["event_id"] = event;
            fields["audience"] = audience;
            return fields;
        }

        // Whether the checksum of `table` a fresh pull of `who` carries is that of the rows it sent.
        bool checksumIsWhatWasSent(const Principal &who, const std::string &table)
        {
            const auto pulled = pull(who);
            TableChecksum received;
            for (const auto &change : pulled.changes) {
                if (change.table == table)
                    received.add(change.id, change.fields);
            }
            const TableChecksum &said = pulled.checksums.at(table);
            return said.count == received.count && said.digest == received.digest;
        }

        // A leader's message to the people of a smart list, as their device writes it.
        FieldMap listMessage(const std::string &author, const std::vector<std::string> &people) const
        {
            FieldMap fields = message(author);
            fields.erase("group_id");
            fields["list_id"] = newTestId();
            fields["list_name"] = std::string("Needs a follow-up call");
            fields["recipient_ids"] = groupmail::joinRecipients(people);
            return fields;
        }

        std::set<std::string> recipients()
        {
            std::set<std::string> to;
            for (const auto &mail : groupMails())
                to.insert(mail.recipient);
            return to;
        }
    };

private Q_SLOTS:
    void theMembersWhoWantItAreMailedOnce()
    {
        Community c;
        // Someone recorded by a leader: agreed to be contacted, but gave no address.
        const std::string aliId = newTestId();
        Community::expectOk(c.push(c.leader.principal, "person", aliId,
            {{"display_name", std::string("Ali Noor")}, {"consent", std::int64_t(1)}}));
        c.join(aliId, c.groupId);
        const std::string id = newTestId();
        // Written offline and pushed; the answer lost, the device pushes the same change again.
        const auto first = c.request(c.curator.principal, ++c.mid, "group_message", id, c.message(c.curatorId));
        const auto answer = c.f.service->push(c.curator.principal, first);
        QVERIFY(answer && answer->rejected.empty());
        const auto again = c.f.service->push(c.curator.principal, first);
        QVERIFY(again && again->rejected.empty());

        // Mateo agreed to be contacted; Ines chose her groups' mail. Not Yara (she chose not),
        // Olu (said nothing), Ali (agreed, but has no address), Noor (only asked to join), Kofi
        // (another group), nor the writer.
        const auto mails = c.groupMails();
        QCOMPARE(c.recipients(), (std::set<std::string> {"mateo@example.org", "ines@example.org"}));
        QCOMPARE(mails.size(), std::size_t(2)); // once each, the replay mailed nobody
        for (const auto &mail : mails) {
            QCOMPARE(mail.subject, std::string("[Tenants' union] Rent strike: meeting on Thursday"));
            QVERIFY(mail.body.find("We meet at 19:00 in the courtyard.") != std::string::npos);
            QVERIFY(mail.body.find("Chidi Okafor wrote this to the members of Tenants' union") != std::string::npos);
        }

        // The row says how many, never who; the writer sees it.
        const auto written = c.pull(c.curator.principal);
        const auto *row = changeOf(written, id);
        QVERIFY(row);
        QCOMPARE(std::get<std::int64_t>(row->fields.at("recipients")), std::int64_t(2));
        QCOMPARE(std::get<std::int64_t>(row->fields.at("not_mailed")), std::int64_t(3)); // Yara, Olu and Ali
        QCOMPARE(std::get<std::int64_t>(row->fields.at("no_address")), std::int64_t(1)); // Ali agreed
        QVERIFY(!textOf(row->fields, "sent_at").empty());
        for (const auto &[name, value] : row->fields)
            QVERIFY2(toDisplayString(value).find('@') == std::string::npos, name.c_str());

        // The footer is in each person's language; the text as written.
        Community::expectOk(c.push(c.member.principal, "person", c.memberId, {{"mail_language", std::string("fr")}}));
        Community::expectOk(c.push(c.curator.principal, "group_message", newTestId(), c.message(c.curatorId)));
        const auto all = c.groupMails();
        QCOMPARE(all.size(), std::size_t(4));
        const auto french = std::find_if(
            all.rbegin(), all.rend(), [](const OutgoingMail &mail) { return mail.recipient == "mateo@example.org"; });
        QVERIFY(french != all.rend());
        QVERIFY(french->body.find("We meet at 19:00 in the courtyard.") != std::string::npos);
        QVERIFY2(french->body.find("Chidi Okafor a écrit ceci aux membres de Tenants' union dans Commonroom")
                != std::string::npos,
            french->body.c_str());
        QVERIFY(
            french->body.find("décochez « M'envoyer par courriel les messages de mes groupes »") != std::string::npos);

        // A leader writes to any group, mailed the same way (the curator said nothing: not mailed).
        QCOMPARE(c.push(c.leader.principal, "group_message", newTestId(), c.message(c.leaderId)).first, std::string());
        QCOMPARE(c.groupMails().size(), std::size_t(6));
    }

    void theLinkInEachMailStopsThatPersonsMail()
    {
        Community c;
        c.f.service->admission().setServerUrl("https://directory.example.org:8443/");
        Community::expectOk(c.push(c.curator.principal, "group_message", newTestId(), c.message(c.curatorId)));
        std::map<std::string, std::string> links; // recipient → the path and query of their link
        for (const auto &mail : c.groupMails()) {
            const auto start = mail.headers.find("List-Unsubscribe: <https://directory.example.org:8443/v1/");
            QVERIFY2(start != std::string::npos, mail.headers.c_str());
            const auto url = mail.headers.substr(start + 19, mail.headers.find('>', start) - start - 19);
            QVERIFY(mail.headers.find("List-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n") != std::string::npos);
            QVERIFY(mail.headers.find("List-Id: <" + c.groupId + ".directory.example.org>\r\n") != std::string::npos);
            QVERIFY(mail.headers.find("Precedence: bulk\r\n") != std::string::npos);
            QVERIFY(mail.body.find("To stop these mails, open " + url) != std::string::npos);
            links[mail.recipient] = url.substr(std::string("https://directory.example.org:8443").size());
        }
        QCOMPARE(links.size(), std::size_t(2));
        const std::string mateos = links.at("mateo@example.org");
        QVERIFY(mateos.find("?t=group." + c.memberId + ".") != std::string::npos);

        const auto groupMailOf = [&](const std::string &personId) {
            const auto row = c.f.store->loadRow(*findTable("person"), personId);
            const auto found = row->row.values.find("group_mail");
            const std::string value = found == row->row.values.end() ? std::string() : toDisplayString(found->second);
            return value.empty() ? std::string("unset") : value;
        };
        const auto form = [](const std::string &target, const std::string &body,
                              const std::string &type = "application/x-www-form-urlencoded") {
            return HttpRequest {"POST", target, body, type, {}, "192.0.2.7:5000"};
        };
        Api api(*c.f.service);
        // Opening the link (or a mail scanner following it) shows a button and changes nothing.
        const auto page = api.handle(HttpRequest {"GET", mateos, {}, {}, {}, "192.0.2.7:5000"});
        QCOMPARE(page.status, 200);
        QCOMPARE(page.contentType, std::string("text/html; charset=utf-8"));
        QVERIFY(page.body.find("<form method=\"post\"") != std::string::npos);
        QCOMPARE(groupMailOf(c.memberId), std::string("unset"));
        // Not a form, or not the one-click action: refused, nothing written.
        QCOMPARE(api.handle(form(mateos, "{}", "application/json")).status, 415);
        QCOMPARE(api.handle(form(mateos, "List-Unsubscribe=Later")).status, 400);
        QCOMPARE(groupMailOf(c.memberId), std::string("unset"));
        // Links this daemon did not make: cut short, altered, another person's id with Mateo's
        // code, another kind, none at all.
        const std::string mac = mateos.substr(mateos.rfind('.') + 1);
        std::string altered = mateos;
        altered.back() = altered.back() == 'A' ? 'B' : 'A';
        for (const std::string &forged :
            {mateos.substr(0, mateos.size() - 3), altered, "/v1/mail/unsubscribe?t=group." + c.optedInId + "." + mac,
                "/v1/mail/unsubscribe?t=event." + c.memberId + "." + mac, std::string("/v1/mail/unsubscribe")}) {
            const auto refused = api.handle(form(forged, "List-Unsubscribe=One-Click"));
            QVERIFY2(refused.status == 400, forged.c_str());
            QVERIFY(refused.body.find("cut short or not from this community") != std::string::npos);
            QCOMPARE(api.handle(HttpRequest {"GET", forged, {}, {}, {}, "192.0.2.7:5000"}).status, 400);
        }
        QCOMPARE(groupMailOf(c.memberId), std::string("unset"));
        QCOMPARE(groupMailOf(c.optedInId), std::string("1"));

        // The one-click POST (RFC 8058; a mail program may send it as multipart) stops Mateo's mail.
        const auto before = c.pull(c.member.principal);
        const auto stopped = api.handle(form(mateos,
            "--b\r\nContent-Disposition: form-data; name=\"List-Unsubscribe\"\r\n\r\nOne-Click\r\n--b--\r\n",
            "multipart/form-data; boundary=b"));
        QCOMPARE(stopped.status, 200);
        QCOMPARE(groupMailOf(c.memberId), std::string("0"));
        QCOMPARE(groupMailOf(c.optedInId), std::string("1"));
        QCOMPARE(c.f.store->audit(AuditFilter {"mail_opt_out", "", "", 0, 10}).size(), std::size_t(1));
        // It reaches his devices like any change, and again changes nothing more.
        const auto after = c.pull(c.member.principal, before.cursor);
        const auto *own = changeOf(after, c.memberId);
        QVERIFY(own);
        QCOMPARE(toDisplayString(own->fields.at("group_mail")), std::string("0"));
        QVERIFY(!textOf(own->fields, "group_mail_at").empty());
        QCOMPARE(api.handle(form(mateos, "List-Unsubscribe=One-Click")).status, 200);
        QCOMPARE(c.f.store->audit(AuditFilter {"mail_opt_out", "", "", 0, 10}).size(), std::size_t(1));

        // The next message is not mailed to him.
        const auto mailed = c.groupMails().size();
        Community::expectOk(c.push(c.curator.principal, "group_message", newTestId(), c.message(c.curatorId)));
        const auto mails = c.groupMails();
        QCOMPARE(mails.size(), mailed + 1);
        QCOMPARE(mails.back().recipient, std::string("ines@example.org"));
    }

    void repliesReachTheWriterWhereTheyShowTheirAddress()
    {
        Community c;
        const auto replyTo = [](const OutgoingMail &mail) {
            const auto at = mail.headers.find("Reply-To: ");
            return at == std::string::npos ? std::string()
                                           : mail.headers.substr(at + 10, mail.headers.find("\r\n", at) - at - 10);
        };
        // Chidi keeps his address to leaders (the default): replies go to the daemon, and the mail
        // says that they do not reach him.
        Community::expectOk(c.push(c.curator.principal, "group_message", newTestId(), c.message(c.curatorId)));
        QCOMPARE(c.groupMails().size(), std::size_t(2));
        for (const auto &mail : c.groupMails()) {
            QCOMPARE(replyTo(mail), std::string());
            QVERIFY(mail.body.find("A reply to this mail does not reach Chidi Okafor.") != std::string::npos);
        }
        // Shown to members: their replies reach him; an applicant registered for his event does
        // not see it, so hers do not.
        Community::expectOk(c.push(c.curator.principal, "person", c.curatorId,
            {{"email", std::string("chidi.okafor@example.net")}, {"email_visibility", std::string("members")}}));
        const std::string event = c.addEvent();
        Community::expectOk(c.push(c.leader.principal, "registration", newTestId(),
            {{"event_id", event}, {"person_id", c.applicantId}, {"state", std::string("registered")}}));
        const auto before = c.groupMails().size();
        Community::expectOk(c.push(
            c.curator.principal, "event_message", newTestId(), c.eventMessage(c.curatorId, event, "waitlisted")));
        const auto mails = c.groupMails();
        std::map<std::string, std::string> replies;
        for (std::size_t i = before; i < mails.size(); ++i)
            replies[mails[i].recipient] = replyTo(mails[i]);
        QCOMPARE(replies,
            (std::map<std::string, std::string> {
                {"kofi@example.org", "chidi.okafor@example.net"}, {"priya@example.org", ""}}));
        // Nor does she learn his name, which he shows to members: the mail comes from the event,
        // written by "someone", as the app shows it to her.
        for (std::size_t i = before; i < mails.size(); ++i) {
            const bool applicant = mails[i].recipient == "priya@example.org";
            QCOMPARE(mails[i].fromName, std::string(applicant ? "Assembly" : "Chidi Okafor via Assembly"));
            QCOMPARE(mails[i].body.find("Chidi") == std::string::npos, applicant);
            if (applicant)
                QVERIFY(mails[i].body.find("Someone wrote this to the people waiting for a seat at Assembly")
                    != std::string::npos);
        }
    }

    void anAddressRefusedForGoodIsNotMailed()
    {
        Community c;
        // The mail server refused Mateo's address (MailQueue noted it; case does not matter).
        c.f.store->noteBounce("Mateo@Example.org", c.f.clock.nowMs(), "550 5.1.1 No such mailbox");
        QVERIFY(c.f.store->isBouncing("mateo@example.org"));
        const std::string id = newTestId();
        Community::expectOk(c.push(c.curator.principal, "group_message", id, c.message(c.curatorId)));
        QCOMPARE(c.recipients(), std::set<std::string> {"ines@example.org"});
        const auto pulled = c.pull(c.curator.principal);
        const auto *row = changeOf(pulled, id);
        QVERIFY(row);
        QCOMPARE(std::get<std::int64_t>(row->fields.at("not_mailed")), std::int64_t(3)); // Yara, Olu, Mateo
        QCOMPARE(std::get<std::int64_t>(row->fields.at("no_address")), std::int64_t(1)); // Mateo agreed
        c.f.store->forgetBounce("mateo@example.org");
        QVERIFY(!c.f.store->isBouncing("mateo@example.org"));
    }

    void erasingSomeoneDropsTheirQueuedMail()
    {
        Community c;
        // Mateo's profile gives another address than his account's, where his mail goes.
        Community::expectOk(
            c.push(c.member.principal, "person", c.memberId, {{"email", std::string("mateo@example.net")}}));
        Community::expectOk(c.push(c.curator.principal, "group_message", newTestId(), c.message(c.curatorId)));
        QCOMPARE(c.recipients(), (std::set<std::string> {"mateo@example.org", "ines@example.org"}));
        c.f.addAccount("ada@example.org", Role::Admin);
        const auto admin = c.f.login("ada@example.org");
        AccountService accounts(*c.f.service);
        QVERIFY(accounts.erase(admin.principal, protocol::EraseRequest {c.memberId, "on his request"}, "test").ok());
        QCOMPARE(c.recipients(), std::set<std::string> {"ines@example.org"});
    }

    void whoMayWriteAndWhatIsChecked()
    {
        Community c;
        const auto refused = [&](const Principal &who, FieldMap fields, const std::string &code) {
            const auto answer = c.push(who, "group_message", newTestId(), std::move(fields));
            if (answer.first != code)
                qWarning("expected %s, got %s: %s", code.c_str(), answer.first.c_str(), answer.second.c_str());
            return answer.first == code;
        };
        QVERIFY(refused(c.member.principal, c.message(c.memberId), "forbidden")); // a member, not a curator
        QVERIFY(refused(c.applicant.principal, c.message(c.applicantId), "forbidden"));
        QVERIFY(refused(c.outsider.principal, c.message(c.outsiderId), "forbidden")); // curator of another group
        QVERIFY(refused(c.curator.principal, c.message(c.memberId), "forbidden")); // in someone else's name
        FieldMap blank = c.message(c.curatorId);
        blank["subject"] = std::string("  ");
        QVERIFY(refused(c.curator.principal, blank, "invalid_value"));
        FieldMap twoLines = c.message(c.curatorId);
        twoLines["subject"] = std::string("Rent\r\nBcc: everyone@example.org");
        QVERIFY(refused(c.curator.principal, twoLines, "invalid_value"));
        FieldMap empty = c.message(c.curatorId);
        empty["body"] = std::string("\n");
        QVERIFY(refused(c.curator.principal, empty, "invalid_value"));
        QVERIFY(refused(c.leader.principal, c.message(c.leaderId, newTestId()), "invalid_value")); // no such group

        // Written while a curator, pushed after being dismissed: refused, nothing mailed.
        c.join(c.leaderId, c.groupId, "curator"); // (a group keeps a curator)
        const auto memberships = c.f.store->liveRowsWhere(*findTable("membership"), "person_id", c.curatorId);
        QCOMPARE(memberships.size(), std::size_t(1));
        Community::expectOk(
            c.push(c.leader.principal, "membership", memberships.front().first, {{"role", std::string("member")}}));
        QVERIFY(refused(c.curator.principal, c.message(c.curatorId), "forbidden"));
        QVERIFY(c.groupMails().empty());

        // Once written, a message is not changed, not even by a leader; admins alone delete it.
        const std::string sent = newTestId();
        Community::expectOk(c.push(c.leader.principal, "group_message", sent, c.message(c.leaderId)));
        QCOMPARE(c.push(c.leader.principal, "group_message", sent, {{"subject", std::string("Changed")}}).first,
            std::string("forbidden"));
        QCOMPARE(c.push(c.leader.principal, "group_message", sent, {}, true).first, std::string("forbidden"));
    }

    void aWriterSendsAtMostTheirMessagesADay()
    {
        Community c;
        const int allowed = groupmail::messagesPerDay(Role::Member);
        for (int i = 0; i < allowed; ++i) {
            Community::expectOk(c.push(c.curator.principal, "group_message", newTestId(), c.message(c.curatorId)));
            c.f.clock.advanceMs(60'000);
        }
        const auto mailed = c.groupMails().size();
        const auto refused = c.push(c.curator.principal, "group_message", newTestId(), c.message(c.curatorId));
        QCOMPARE(refused.first, std::string("too_many_messages"));
        QVERIFY2(refused.second.find("you sent 10 messages in the last 24 hours") != std::string::npos
                && refused.second.find("The first of them went at 2023-11-14T22:13:20Z") != std::string::npos,
            refused.second.c_str());
        QCOMPARE(c.groupMails().size(), mailed); // nobody mailed
        // A leader has a limit of their own.
        Community::expectOk(c.push(c.leader.principal, "group_message", newTestId(), c.message(c.leaderId)));
        // A day after the first, one more may go.
        c.f.clock.advanceMs(groupmail::kDayMs - allowed * 60'000);
        Community::expectOk(c.push(c.curator.principal, "group_message", newTestId(), c.message(c.curatorId)));
        QCOMPARE(c.push(c.curator.principal, "group_message", newTestId(), c.message(c.curatorId)).first,
            std::string("too_many_messages"));
    }

    void aCuratorsMessageReachesAtMostTheLargestAudience()
    {
        Community c;
        const std::size_t largest = groupmail::largestAudience(Role::Member);
        // Mateo and Ines are mailed already; neighbours who agreed make the group one too many.
        std::string last;
        for (std::size_t i = 2; i <= largest; ++i) {
            last = newTestId();
            Community::expectOk(c.push(c.leader.principal, "person", last,
                {{"display_name", "Neighbour " + std::to_string(i)},
                    {"email", "neighbour" + std::to_string(i) + "@example.net"}, {"consent", std::int64_t(1)}}));
            c.join(last, c.groupId);
        }
        const auto refused = c.push(c.curator.principal, "group_message", newTestId(), c.message(c.curatorId));
        QCOMPARE(refused.first, std::string("too_large_audience"));
        QVERIFY2(refused.second.find("mailed to 501 people") != std::string::npos
                && refused.second.find("Ask a leader") != std::string::npos,
            refused.second.c_str());
        QVERIFY(c.groupMails().empty());
        // A leader's message reaches them all.
        Community::expectOk(c.push(c.leader.principal, "group_message", newTestId(), c.message(c.leaderId)));
        QCOMPARE(c.groupMails().size(), largest + 1);
        // One fewer who wants the mail, and the curator's message goes.
        Community::expectOk(c.push(c.leader.principal, "person", last, {{"consent", std::int64_t(0)}}));
        const auto queued = c.f.store->queuedMailCount();
        Community::expectOk(c.push(c.curator.principal, "group_message", newTestId(), c.message(c.curatorId)));
        QCOMPARE(c.f.store->queuedMailCount() - queued, largest);
    }

    void theGroupsMembersReceiveTheMessage()
    {
        Community c;
        const std::string id = newTestId();
        Community::expectOk(c.push(c.curator.principal, "group_message", id, c.message(c.curatorId)));
        // Yara opted out of mail and still reads it; Noor, Kofi and Priya do not hold it.
        QVERIFY(changeOf(c.pull(c.member.principal), id));
        QVERIFY(changeOf(c.pull(c.optedOut.principal), id));
        QVERIFY(changeOf(c.pull(c.leader.principal), id));
        QVERIFY(!changeOf(c.pull(c.pending.principal), id));
        QVERIFY(!changeOf(c.pull(c.outsider.principal), id));
        QVERIFY(!changeOf(c.pull(c.applicant.principal), id));

        // What the checksums say each device should hold is what it was sent.
        c.f.service->prepareChecksums();
        for (const auto &who : {c.curator.principal, c.member.principal, c.optedOut.principal, c.pending.principal,
                 c.outsider.principal, c.applicant.principal, c.leader.principal})
            QVERIFY2(c.checksumIsWhatWasSent(who, "group_message"), who.personId.c_str());

        // Joining the group brings a fresh copy with its messages; leaving, one without them.
        const auto before = c.pull(c.outsider.principal);
        const std::string membership = c.join(c.outsiderId, c.groupId);
        QVERIFY(c.pull(c.outsider.principal, before.cursor).mustRefetch);
        const auto joined = c.pull(c.outsider.principal);
        QVERIFY(changeOf(joined, id));
        Community::expectOk(c.push(c.leader.principal, "membership", membership, {}, true));
        QVERIFY(c.pull(c.outsider.principal, joined.cursor).mustRefetch);
        QVERIFY(!changeOf(c.pull(c.outsider.principal), id));
        // A membership in a group without messages changes nothing one holds.
        const auto quiet = c.pull(c.member.principal);
        c.join(c.memberId, c.otherGroupId);
        QVERIFY(!c.pull(c.member.principal, quiet.cursor).mustRefetch);

        // An admin deletes the message (written in error): its tombstone names no group, so its
        // readers fetch a fresh copy, without it.
        c.f.addAccount("ada@example.org", Role::Admin);
        const auto admin = c.f.login("ada@example.org");
        const auto held = c.pull(c.member.principal);
        Community::expectOk(c.push(admin.principal, "group_message", id, {}, true));
        QVERIFY(c.pull(c.member.principal, held.cursor).mustRefetch);
        QVERIFY(!changeOf(c.pull(c.member.principal), id));
    }

    void anEventsOrganizerWritesToOneOfItsAudiences()
    {
        Community c;
        c.f.service->admission().setServerUrl("https://directory.example.org:8443/");
        const std::string event = c.addEvent();
        const auto states = [&] {
            std::map<std::string, std::string> state;
            for (const auto &[id, values] : c.f.store->liveRowsWhere(*findTable("registration"), "event_id", event))
                state[textOf(values, "person_id")] = textOf(values, "state");
            return state;
        }();
        QCOMPARE(states.at(c.outsiderId), std::string("waitlisted"));
        QCOMPARE(states.at(c.pendingId), std::string("cancelled"));

        // To those with a seat: Mateo and Yara, who agreed to be contacted (Yara stopped her groups'
        // mail, not her events'); not Ines, who only wants her groups' mail; not Kofi (waiting),
        // Noor (cancelled) or the writer.
        const std::string id = newTestId();
        Community::expectOk(
            c.push(c.curator.principal, "event_message", id, c.eventMessage(c.curatorId, event, "registered")));
        QCOMPARE(c.recipients(), (std::set<std::string> {"mateo@example.org", "yara@example.org"}));
        for (const auto &mail : c.groupMails()) {
            QCOMPARE(mail.subject, std::string("[Assembly] Rent strike: meeting on Thursday"));
            QVERIFY(
                mail.body.find("Chidi Okafor wrote this to the people registered for Assembly") != std::string::npos);
            QVERIFY(mail.headers.find("List-Id: <" + event + ".directory.example.org>\r\n") != std::string::npos);
            QVERIFY(mail.headers.find("?t=event.") != std::string::npos); // the link stops mail about events
        }
        const auto pulled = c.pull(c.curator.principal);
        const auto *row = changeOf(pulled, id);
        QVERIFY(row);
        QCOMPARE(std::get<std::int64_t>(row->fields.at("recipients")), std::int64_t(2));
        QCOMPARE(std::get<std::int64_t>(row->fields.at("not_mailed")), std::int64_t(1)); // Ines
        QCOMPARE(std::get<std::int64_t>(row->fields.at("no_address")), std::int64_t(0));

        // To the waitlist: Kofi alone.
        const auto mailed = c.groupMails().size();
        Community::expectOk(c.push(
            c.curator.principal, "event_message", newTestId(), c.eventMessage(c.curatorId, event, "waitlisted")));
        QCOMPARE(c.groupMails().size(), mailed + 1);
        QCOMPARE(c.groupMails().back().recipient, std::string("kofi@example.org"));
        QVERIFY(c.groupMails().back().body.find("to the people waiting for a seat at Assembly") != std::string::npos);

        // Nobody is a no-show before the event is over.
        const auto early
            = c.push(c.curator.principal, "event_message", newTestId(), c.eventMessage(c.curatorId, event, "no_show"));
        QCOMPARE(early.first, std::string("invalid_value"));
        QVERIFY2(early.second.find("before the event is over") != std::string::npos, early.second.c_str());
        // Mateo is checked in at the door; after the event, the no-shows are Yara (mailed) and Ines.
        c.f.clock.advanceMs(2 * groupmail::kDayMs + 3 * 3600'000);
        const auto mateos = c.f.store->liveIdsWhere(*findTable("registration"), "person_id", c.memberId);
        Community::expectOk(c.push(c.leader.principal, "registration", mateos.at(0),
            {{"checkins", storedTime(c.f.clock.nowMs() - 4 * 3600'000) + "|door-1|" + c.leaderId}}));
        const std::string after = newTestId();
        Community::expectOk(
            c.push(c.curator.principal, "event_message", after, c.eventMessage(c.curatorId, event, "no_show")));
        QCOMPARE(c.groupMails().size(), mailed + 2);
        QCOMPARE(c.groupMails().back().recipient, std::string("yara@example.org"));
        const auto *noShows = changeOf(c.pull(c.curator.principal), after);
        QVERIFY(noShows);
        QCOMPARE(std::get<std::int64_t>(noShows->fields.at("not_mailed")), std::int64_t(1)); // Ines
    }

    void whoMayWriteToAnEvent()
    {
        Community c;
        const std::string event = c.addEvent();
        const auto refused = [&](const Principal &who, FieldMap fields, const std::string &code) {
            const auto answer = c.push(who, "event_message", newTestId(), std::move(fields));
            if (answer.first != code)
                qWarning("expected %s, got %s: %s", code.c_str(), answer.first.c_str(), answer.second.c_str());
            return answer.first == code;
        };
        // A registrant, an organizer of nothing, someone else's name, no such event or audience.
        QVERIFY(refused(c.member.principal, c.eventMessage(c.memberId, event, "registered"), "forbidden"));
        QVERIFY(refused(c.outsider.principal, c.eventMessage(c.outsiderId, event, "registered"), "forbidden"));
        QVERIFY(refused(c.curator.principal, c.eventMessage(c.memberId, event, "registered"), "forbidden"));
        QVERIFY(refused(c.leader.principal, c.eventMessage(c.leaderId, newTestId(), "registered"), "invalid_value"));
        QVERIFY(refused(c.leader.principal, c.eventMessage(c.leaderId, event, "everyone"), "invalid_value"));
        FieldMap none = c.eventMessage(c.leaderId, event, "registered");
        none.erase("audience");
        QVERIFY(refused(c.leader.principal, none, "invalid_value"));
        QVERIFY(c.groupMails().empty());
        // Leaders write to any event; the organizer no longer named is refused.
        Community::expectOk(
            c.push(c.leader.principal, "event_message", newTestId(), c.eventMessage(c.leaderId, event, "registered")));
        Community::expectOk(c.push(c.leader.principal, "event", event, {{"organizer_ids", c.leaderId}}));
        QVERIFY(refused(c.curator.principal, c.eventMessage(c.curatorId, event, "registered"), "forbidden"));
        // Messages to groups and to events count together against the day's limit.
        for (int i = 1; i < groupmail::messagesPerDay(Role::Leader); ++i)
            Community::expectOk(c.push(c.leader.principal, "group_message", newTestId(), c.message(c.leaderId)));
        QVERIFY(refused(c.leader.principal, c.eventMessage(c.leaderId, event, "registered"), "too_many_messages"));
    }

    void theEventsRegistrantsReceiveItsMessages()
    {
        Community c;
        const std::string event = c.addEvent();
        const std::string id = newTestId();
        Community::expectOk(
            c.push(c.curator.principal, "event_message", id, c.eventMessage(c.curatorId, event, "waitlisted")));
        // Everyone registered reads it, whatever the audience and their state; Olu, Priya and
        // people of the group do not hold it.
        for (const auto &who : {c.member.principal, c.optedOut.principal, c.outsider.principal, c.pending.principal,
                 c.leader.principal, c.curator.principal})
            QVERIFY2(changeOf(c.pull(who), id), who.personId.c_str());
        const auto quiet = c.f.login("olu@example.org");
        QVERIFY(!changeOf(c.pull(quiet.principal), id));
        QVERIFY(!changeOf(c.pull(c.applicant.principal), id));

        c.f.service->prepareChecksums();
        for (const auto &who : {c.curator.principal, c.member.principal, c.pending.principal, c.outsider.principal,
                 c.applicant.principal, c.leader.principal, quiet.principal})
            QVERIFY2(c.checksumIsWhatWasSent(who, "event_message"), who.personId.c_str());

        // Registering brings a fresh copy with the event's messages (an applicant too); a
        // registration for an event without messages changes nothing one holds.
        const auto before = c.pull(c.applicant.principal);
        Community::expectOk(c.push(c.leader.principal, "registration", newTestId(),
            {{"event_id", event}, {"person_id", c.applicantId}, {"state", std::string("registered")}}));
        QVERIFY(c.pull(c.applicant.principal, before.cursor).mustRefetch);
        QVERIFY(changeOf(c.pull(c.applicant.principal), id));
        const auto olusCopy = c.pull(quiet.principal);
        const std::string other = newTestId();
        Community::expectOk(c.push(c.leader.principal, "event", other,
            {{"title", std::string("Picnic")}, {"starts_at", storedTime(c.f.clock.nowMs() + groupmail::kDayMs)},
                {"status", std::string("scheduled")}}));
        Community::expectOk(c.push(c.leader.principal, "registration", newTestId(),
            {{"event_id", other}, {"person_id", quiet.principal.personId}, {"state", std::string("registered")}}));
        QVERIFY(!c.pull(quiet.principal, olusCopy.cursor).mustRefetch);

        // Deleted by an admin: everyone registered fetches a fresh copy without it.
        c.f.addAccount("ada@example.org", Role::Admin);
        const auto admin = c.f.login("ada@example.org");
        const auto held = c.pull(c.outsider.principal);
        Community::expectOk(c.push(admin.principal, "event_message", id, {}, true));
        QVERIFY(c.pull(c.outsider.principal, held.cursor).mustRefetch);
        QVERIFY(!changeOf(c.pull(c.outsider.principal), id));
    }

    void aLeadersMessageToAListReachesItsPeople()
    {
        Community c;
        c.f.service->admission().setServerUrl("https://directory.example.org:8443/");
        // Yara agreed to be contacted, but not by the community's announcements; Ines said nothing
        // to being contacted (her yes to group mail is not a yes to these).
        Community::expectOk(
            c.push(c.optedOut.principal, "person", c.optedOutId, {{"announcement_mail", std::int64_t(0)}}));
        const std::string id = newTestId();
        Community::expectOk(c.push(c.leader.principal, "list_message", id,
            c.listMessage(
                c.leaderId, {c.memberId, c.optedOutId, c.optedInId, c.outsiderId, c.applicantId, c.leaderId})));

        // Mateo, Kofi and the applicant Priya agreed to be contacted; not Yara, not Ines, not the
        // writer, nor anyone the list did not name.
        QCOMPARE(
            c.recipients(), (std::set<std::string> {"mateo@example.org", "kofi@example.org", "priya@example.org"}));
        for (const auto &mail : c.groupMails()) {
            QCOMPARE(mail.subject, std::string("[Commonroom] Rent strike: meeting on Thursday"));
            QVERIFY2(mail.body.find(" wrote this to some of the community's people") != std::string::npos,
                mail.body.c_str());
            // The list is the writer's: its name is in no mail.
            QVERIFY(mail.body.find("follow-up") == std::string::npos);
            QVERIFY(mail.headers.find("List-Id: <announcements.directory.example.org>\r\n") != std::string::npos);
            QVERIFY(mail.headers.find("?t=announcements.") != std::string::npos);
        }

        // The writer holds the counts and the list, no longer whom it named.
        const auto writers = c.pull(c.leader.principal);
        const auto *written = changeOf(writers, id);
        QVERIFY(written);
        QCOMPARE(std::get<std::int64_t>(written->fields.at("recipients")), std::int64_t(3));
        QCOMPARE(std::get<std::int64_t>(written->fields.at("not_mailed")), std::int64_t(2)); // Yara and Ines
        QCOMPARE(textOf(written->fields, "list_name"), std::string("Needs a follow-up call"));
        QCOMPARE(textOf(written->fields, "recipient_ids"), std::string());

        // Everyone it named reads it (Yara too, and the applicant), without the list or the others;
        // Olu and Chidi, not named, hold nothing of it; another leader reads it without the list.
        for (const auto &who :
            {c.member.principal, c.optedOut.principal, c.outsider.principal, c.applicant.principal}) {
            const auto pulled = c.pull(who);
            const auto *held = changeOf(pulled, id);
            QVERIFY2(held, who.personId.c_str());
            QCOMPARE(textOf(held->fields, "subject"), std::string("Rent strike: meeting on Thursday"));
            for (const char *hidden : {"list_id", "list_name", "recipient_ids"})
                QVERIFY2(!held->fields.contains(hidden), hidden);
        }
        const auto quiet = c.f.login("olu@example.org");
        QVERIFY(!changeOf(c.pull(quiet.principal), id));
        QVERIFY(!changeOf(c.pull(c.curator.principal), id));
        c.f.addAccount("lee@example.org", Role::Leader);
        const auto otherLeader = c.f.login("lee@example.org");
        const auto othersCopy = c.pull(otherLeader.principal);
        const auto *seen = changeOf(othersCopy, id);
        QVERIFY(seen && !seen->fields.contains("list_name"));

        c.f.service->prepareChecksums();
        for (const auto &who : {c.leader.principal, c.member.principal, c.optedOut.principal, c.applicant.principal,
                 quiet.principal, c.curator.principal, otherLeader.principal})
            QVERIFY2(c.checksumIsWhatWasSent(who, "list_message"), who.personId.c_str());

        // Erasing Kofi forgets that it was sent to him; deleted by an admin, its readers fetch a
        // fresh copy without it.
        c.f.addAccount("ada@example.org", Role::Admin);
        const auto admin = c.f.login("ada@example.org");
        QVERIFY(!c.f.store->listMessagesTo(c.outsiderId).empty());
        AccountService accounts(*c.f.service);
        QVERIFY(accounts.erase(admin.principal, protocol::EraseRequest {c.outsiderId, "on his request"}, "test").ok());
        QVERIFY(c.f.store->listMessagesTo(c.outsiderId).empty());
        const auto held = c.pull(c.member.principal);
        Community::expectOk(c.push(admin.principal, "list_message", id, {}, true));
        QVERIFY(c.pull(c.member.principal, held.cursor).mustRefetch);
        QVERIFY(!changeOf(c.pull(c.member.principal), id));
        QVERIFY(c.f.store->listRecipientsOf(id).empty()); // whom it went to is forgotten with it
    }

    void whoMayWriteToAListAndWhatIsChecked()
    {
        Community c;
        const auto refused = [&](const Principal &who, FieldMap fields, const std::string &code) {
            const std::string id = newTestId();
            const auto answer = c.push(who, "list_message", id, std::move(fields));
            if (answer.first != code)
                qWarning("expected %s, got %s: %s", code.c_str(), answer.first.c_str(), answer.second.c_str());
            return answer.first == code && !c.f.store->loadRow(*findTable("list_message"), id);
        };
        const std::vector<std::string> people {c.memberId, c.outsiderId};
        // Members, curators and applicants write to no list; a leader writes in their own name.
        QVERIFY(refused(c.curator.principal, c.listMessage(c.curatorId, people), "forbidden"));
        QVERIFY(refused(c.member.principal, c.listMessage(c.memberId, people), "forbidden"));
        QVERIFY(refused(c.leader.principal, c.listMessage(c.memberId, people), "forbidden"));
        // Whom it names: people the server knows, each once, by id, some at all, not too many.
        QVERIFY(refused(c.leader.principal, c.listMessage(c.leaderId, {c.memberId, newTestId()}), "invalid_value"));
        QVERIFY(refused(c.leader.principal, c.listMessage(c.leaderId, {c.memberId, c.memberId}), "invalid_value"));
        QVERIFY(
            refused(c.leader.principal, c.listMessage(c.leaderId, {c.memberId, "mateo@example.org"}), "invalid_value"));
        QVERIFY(refused(c.leader.principal, c.listMessage(c.leaderId, {}), "invalid_value"));
        std::vector<std::string> crowd(groupmail::kMaxListRecipients + 1);
        std::generate(crowd.begin(), crowd.end(), [] { return newTestId(); });
        QVERIFY(refused(c.leader.principal, c.listMessage(c.leaderId, crowd), "invalid_value"));
        FieldMap blank = c.listMessage(c.leaderId, people);
        blank["subject"] = std::string();
        QVERIFY(refused(c.leader.principal, blank, "invalid_value"));
        QVERIFY(c.groupMails().empty());

        // Written while a leader, pushed after being made a member: refused, nobody mailed.
        c.f.addAccount("ada@example.org", Role::Admin);
        const auto admin = c.f.login("ada@example.org");
        Community::expectOk(c.push(admin.principal, "person", c.leaderId, {{"role", std::string("member")}}));
        const auto demoted = c.f.login("lena@example.org");
        QVERIFY(refused(demoted.principal, c.listMessage(c.leaderId, people), "forbidden"));
        QVERIFY(c.groupMails().empty());
        // An admin's message is sent, and then is not changed.
        const std::string sent = newTestId();
        Community::expectOk(
            c.push(admin.principal, "list_message", sent, c.listMessage(admin.principal.personId, people)));
        QCOMPARE(c.recipients(), (std::set<std::string> {"mateo@example.org", "kofi@example.org"}));
        QCOMPARE(c.push(admin.principal, "list_message", sent, {{"subject", std::string("Changed")}}).first,
            std::string("forbidden"));
        // Messages to lists count against the day's limit with the others.
        for (int i = 1; i < groupmail::messagesPerDay(Role::Admin); ++i)
            Community::expectOk(
                c.push(admin.principal, "group_message", newTestId(), c.message(admin.principal.personId)));
        QVERIFY(refused(admin.principal, c.listMessage(admin.principal.personId, people), "too_many_messages"));
    }
};

QTEST_GUILESS_MAIN(TestGroupMail)
#include "tst_groupmail.moc"
