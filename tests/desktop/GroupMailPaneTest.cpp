// Messages on a group's page, offscreen (docs/groupmail.md): a curator writes one through the
// dialog (Send only with a subject and a text), it waits for the next sync and says so, then shows
// how many were mailed; a member reads it and is told why they may not write; the person's own
// choice to be mailed, kept offline; Home lists the messages of one's groups, and one opens on its
// group's Messages tab. An event's organizer writes to one audience of its registrants on the
// event's Messages tab; a registrant reads it there and on Home. A leader's message to a smart list
// is read from Home; members may not write one.

#include "desktop/ui/GroupMailPane.h"
#include "ScriptedPrompts.h"
#include "common/Clock.h"
#include "common/GroupMail.h"
#include "desktop/core/Device.h"
#include "desktop/core/Events.h"
#include "desktop/core/GroupMail.h"
#include "desktop/core/RecentChanges.h"
#include "desktop/core/SmartLists.h"
#include "desktop/ui/GroupPagePane.h"
#include "desktop/ui/GroupsWindow.h"
#include "desktop/ui/HomeDashboard.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

#include <memory>

using namespace commonroom;
using commonroom::testing::ScriptedPrompts;

class TestGroupMailPane : public QObject
{
    Q_OBJECT

    ManualClock m_clock {1'795'435'200'000};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Device> m_device;

    void signIn(const QString &personId, const QString &role)
    {
        QVERIFY(m_device->store().setSetting(QStringLiteral("person_id"), personId).ok());
        QVERIFY(m_device->store().setSetting(QStringLiteral("role"), role).ok());
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_device = std::make_unique<Device>(m_clock, Profile(m_dir->path()));
        QVERIFY(m_device->open().ok());
        QSqlQuery query(m_device->store().database());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO person (id, display_name, role, consent) VALUES "
                                          "('cu', 'Cy Curator', 'member', 1), ('mo', 'Mo Member', 'member', NULL)")));
        QVERIFY(query.exec(
            QStringLiteral("INSERT INTO \"group\" (id, name, kind) VALUES ('bikes', 'Bike Kitchen', 'open')")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO membership (id, person_id, group_id, state, role) VALUES "
                                          "('m1', 'cu', 'bikes', 'active', 'curator'), "
                                          "('m2', 'mo', 'bikes', 'active', 'member')")));
    }

    void cleanup()
    {
        m_device.reset();
        m_dir.reset();
    }

    void aCuratorWritesAndTheMessageWaitsForTheSync()
    {
        signIn(QStringLiteral("cu"), QStringLiteral("member"));
        ScriptedPrompts prompts;
        GroupMailPane pane(*m_device, prompts);
        pane.setGroup(QStringLiteral("bikes"));
        auto *write = pane.findChild<QPushButton *>(QStringLiteral("writeMessageButton"));
        QVERIFY(write->isEnabled());
        QVERIFY(pane.findChild<QLabel *>(QStringLiteral("writeReason"))->isHidden());
        QCOMPARE(pane.messageText(), QStringLiteral("No messages yet."));

        // Cancelled: nothing is written.
        const int before = m_device->store().pendingCount();
        write->click();
        QCOMPARE(m_device->store().pendingCount(), before);

        // Someone who only asked to join, and a member of another group, are not reached.
        QSqlQuery joins(m_device->store().database());
        QVERIFY(joins.exec(QStringLiteral("INSERT INTO membership (id, person_id, group_id, state, role) VALUES "
                                          "('m3', 'zo', 'bikes', 'pending', 'member'), "
                                          "('m4', 'xi', 'choir', 'active', 'member')")));
        bool sendWaitedForText = false;
        QString audience;
        prompts.fillDialog = [&](QDialog &dialog) {
            audience = dialog.findChild<QLabel *>(QStringLiteral("messageAudience"))->text();
            auto *send = dialog.findChild<QPushButton *>(QStringLiteral("sendButton"));
            dialog.findChild<QLineEdit *>(QStringLiteral("messageSubject"))->setText(QStringLiteral("Open workshop"));
            sendWaitedForText = !send->isEnabled(); // a subject alone is not a message
            dialog.findChild<QPlainTextEdit *>(QStringLiteral("messageBody"))
                ->setPlainText(QStringLiteral("Saturday from ten: bring a wheel."));
            // Ctrl+Return sends.
            dialog.show();
            dialog.activateWindow();
            if (!QTest::qWaitForWindowActive(&dialog))
                return int(QDialog::Rejected);
            QTest::keyClick(
                dialog.findChild<QPlainTextEdit *>(QStringLiteral("messageBody")), Qt::Key_Return, Qt::ControlModifier);
            return dialog.result();
        };
        write->click();
        QVERIFY(sendWaitedForText);
        // Whom it reaches: Mo, the one other active member.
        QVERIFY2(
            audience.startsWith(QStringLiteral("It goes to the group's 1 other active member")), qPrintable(audience));
        QVERIFY2(pane.statusText().contains(QStringLiteral("next sync")), qPrintable(pane.statusText()));
        QCOMPARE(m_device->store().pendingCount(), before + 1);
        QTreeWidget *list = pane.messagesView();
        QCOMPARE(list->topLevelItemCount(), 1);
        QCOMPARE(list->topLevelItem(0)->text(3), QStringLiteral("Open workshop"));
        QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("Cy Curator"));
        QVERIFY(list->topLevelItem(0)->text(4).startsWith(QStringLiteral("Waiting to be sent")));
        QCOMPARE(pane.messageText(), QStringLiteral("Saturday from ten: bring a wheel."));

        // Once the server has mailed it (as a pull writes it), the count shows.
        QSqlQuery query(m_device->store().database());
        QVERIFY(query.exec(QStringLiteral("UPDATE group_message SET sent_at = '2026-11-23T10:00:00.000Z', "
                                          "recipients = 1, not_mailed = 3, no_address = 1")));
        pane.reload();
        QCOMPARE(list->topLevelItem(0)->text(4), QStringLiteral("Mailed to 1 · 3 not mailed"));
        // Why, as counts (never who): two did not agree, one has no address.
        const QString why = list->topLevelItem(0)->toolTip(4);
        QVERIFY2(why.startsWith(QStringLiteral("Not mailed: 2 did not agree to be mailed; 1 agreed but ha")),
            qPrintable(why));
        // While the server works through its queue, how far it is; then what became of each mail.
        QVERIFY(query.exec(QStringLiteral("UPDATE group_message SET delivered = 0, undelivered = 0")));
        pane.reload();
        QCOMPARE(list->topLevelItem(0)->text(4), QStringLiteral("Mailing: 0 of 1 · 3 not mailed"));
        QVERIFY(query.exec(QStringLiteral("UPDATE group_message SET undelivered = 1")));
        pane.reload();
        QVERIFY2(list->topLevelItem(0)->text(4).startsWith(QStringLiteral("Mailed to 0 · 1 could not be delivered")),
            qPrintable(list->topLevelItem(0)->text(4)));
    }

    void aCuratorWritesAtMostTheirMessagesADay()
    {
        signIn(QStringLiteral("cu"), QStringLiteral("member"));
        QSqlQuery query(m_device->store().database());
        const int allowed = groupmail::messagesPerDay(Role::Member);
        // Written over the last day by this device's clock; the oldest a day and a minute ago.
        for (int i = 0; i <= allowed; ++i) {
            query.prepare(QStringLiteral("INSERT INTO group_message (id, group_id, author_id, subject, body, "
                                         "written_at) VALUES (?, 'bikes', 'cu', 'Notice', 'Text.', ?)"));
            query.addBindValue(QStringLiteral("w%1").arg(i));
            query.addBindValue(Events::storedTime(m_device->store().now().addSecs(i == 0 ? -24 * 3600 - 60 : -60 * i)));
            QVERIFY(query.exec());
        }
        ScriptedPrompts prompts;
        GroupMailPane pane(*m_device, prompts);
        pane.setGroup(QStringLiteral("bikes"));
        QVERIFY(!pane.findChild<QPushButton *>(QStringLiteral("writeMessageButton"))->isEnabled());
        const auto *reason = pane.findChild<QLabel *>(QStringLiteral("writeReason"));
        QVERIFY2(
            reason->text().contains(QStringLiteral("10 messages in the last 24 hours")), qPrintable(reason->text()));
        const auto refused
            = m_device->groupMail().write(QStringLiteral("bikes"), QStringLiteral("One more"), QStringLiteral("Text."));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, std::string("forbidden"));
        // The oldest of the ten leaves the day: one may be written again.
        m_clock.advanceMs(groupmail::kDayMs - 60 * 1000 * allowed + 1000);
        QVERIFY(m_device->groupMail().mayWrite(QStringLiteral("bikes")));
    }

    void aMemberReadsAndIsToldWhyNotWrite()
    {
        QSqlQuery query(m_device->store().database());
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO group_message (id, group_id, author_id, subject, body, written_at) VALUES "
            "('g1', 'bikes', 'cu', 'Open workshop', 'Saturday from ten.', '2026-11-23T09:00:00.000Z')")));
        signIn(QStringLiteral("mo"), QStringLiteral("member"));
        ScriptedPrompts prompts;
        GroupMailPane pane(*m_device, prompts);
        pane.setGroup(QStringLiteral("bikes"));
        QVERIFY(!pane.findChild<QPushButton *>(QStringLiteral("writeMessageButton"))->isEnabled());
        const auto *reason = pane.findChild<QLabel *>(QStringLiteral("writeReason"));
        QVERIFY2(
            !reason->isHidden() && reason->text().contains(QStringLiteral("curators")), qPrintable(reason->text()));
        QCOMPARE(pane.messagesView()->topLevelItemCount(), 1);
        QCOMPARE(pane.messageText(), QStringLiteral("Saturday from ten."));
        pane.write();
        QVERIFY(prompts.asked.isEmpty()); // no dialog for what they may not do

        // Mo never agreed to be contacted: not mailed until he chooses it; his choice is a change
        // like any other, sent at the next sync.
        GroupMail &mail = m_device->groupMail();
        QVERIFY(!mail.mailsMe());
        QVERIFY(mail.setMailsMe(true).ok());
        QVERIFY(mail.mailsMe());
        QVERIFY(m_device->store().pendingCount() > 0);
        QVERIFY(mail.setMailsMe(false).ok());
        QVERIFY(!mail.mailsMe());

        // His mails come in English until the app's language is adopted (once, when he chose
        // none); a language the server has no mails in falls back to English.
        QCOMPARE(mail.mailLanguage(), QStringLiteral("en"));
        QVERIFY(mail.adoptMailLanguage(QLocale(QStringLiteral("pt_PT"))).ok());
        QCOMPARE(mail.mailLanguage(), QStringLiteral("pt_BR"));
        QVERIFY(mail.adoptMailLanguage(QLocale(QStringLiteral("fr_CA"))).ok());
        QCOMPARE(mail.mailLanguage(), QStringLiteral("pt_BR"));
        QVERIFY(!mail.setMailLanguage(QStringLiteral("tlh")).ok()); // none of the server's
        QCOMPARE(mail.mailLanguage(), QStringLiteral("pt_BR"));
    }

    void anOrganizerWritesToTheWaitlist()
    {
        QSqlQuery query(m_device->store().database());
        // A week after the clock's now: Cy organizes it, Mo has a seat, Zo waits.
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO event (id, title, starts_at, ends_at, organizer_ids, status) VALUES ('ev', 'Repair Café', "
            "'2026-12-01T17:00:00.000Z', '2026-12-01T19:00:00.000Z', 'cu', 'scheduled')")));
        QVERIFY(
            query.exec(QStringLiteral("INSERT INTO person (id, display_name, role) VALUES ('zo', 'Zo', 'member')")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO registration (id, event_id, person_id, state) VALUES "
                                          "('r1', 'ev', 'mo', 'registered'), ('r2', 'ev', 'zo', 'waitlisted')")));
        signIn(QStringLiteral("cu"), QStringLiteral("member"));
        ScriptedPrompts prompts;
        GroupMailPane pane(*m_device, prompts);
        pane.setEvent(QStringLiteral("ev"));
        auto *write = pane.findChild<QPushButton *>(QStringLiteral("writeMessageButton"));
        QVERIFY(write->isEnabled());
        QCOMPARE(write->text(), QStringLiteral("Write to registrants…"));

        QStringList choices;
        bool noShowsRefused = false;
        QString reach;
        prompts.fillDialog = [&](QDialog &dialog) {
            auto *to = dialog.findChild<QComboBox *>(QStringLiteral("messageAudienceChoice"));
            auto *send = dialog.findChild<QPushButton *>(QStringLiteral("sendButton"));
            for (int i = 0; i < to->count(); ++i)
                choices << to->itemData(i).toString();
            dialog.findChild<QLineEdit *>(QStringLiteral("messageSubject"))->setText(QStringLiteral("A seat may free"));
            dialog.findChild<QPlainTextEdit *>(QStringLiteral("messageBody"))->setPlainText(QStringLiteral("Stay by."));
            // Nobody is a no-show before the event: that audience cannot be sent to yet.
            to->setCurrentIndex(to->findData(QStringLiteral("no_show")));
            noShowsRefused = !send->isEnabled()
                && dialog.findChild<QLabel *>(QStringLiteral("messageAudience"))
                       ->text()
                       .contains(QStringLiteral("no-show"));
            to->setCurrentIndex(to->findData(QStringLiteral("waitlisted")));
            reach = dialog.findChild<QLabel *>(QStringLiteral("messageAudience"))->text();
            return send->isEnabled() ? int(QDialog::Accepted) : int(QDialog::Rejected);
        };
        write->click();
        QCOMPARE(choices, (QStringList {"registered", "waitlisted", "no_show"}));
        QVERIFY(noShowsRefused);
        QVERIFY2(reach.startsWith(QStringLiteral("It goes to 1 other person")), qPrintable(reach));
        QVERIFY(query.exec(QStringLiteral("SELECT audience, author_id, subject FROM event_message")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("waitlisted"));
        QCOMPARE(query.value(1).toString(), QStringLiteral("cu"));
        QCOMPARE(query.value(2).toString(), QStringLiteral("A seat may free"));
        QTreeWidget *list = pane.messagesView();
        QCOMPARE(list->topLevelItemCount(), 1);
        QCOMPARE(list->topLevelItem(0)->text(2), QStringLiteral("Waiting for a seat"));
        QVERIFY(list->topLevelItem(0)->text(4).startsWith(QStringLiteral("Waiting to be sent")));

        // Mo, registered, reads it on the event and on Home, and may not write.
        signIn(QStringLiteral("mo"), QStringLiteral("member"));
        pane.setEvent(QStringLiteral("ev"));
        QVERIFY(!write->isEnabled());
        QVERIFY(pane.findChild<QLabel *>(QStringLiteral("writeReason"))->text().contains(QStringLiteral("organizers")));
        QCOMPARE(pane.messageText(), QStringLiteral("Stay by."));
        RecentChanges changes(m_device->store());
        HomeDashboard home(*m_device, changes, prompts);
        QStandardItemModel *listed = home.groupMessagesModel();
        QCOMPARE(listed->rowCount(), 1);
        QVERIFY2(listed->item(0)->text().startsWith(QStringLiteral("Repair Café: A seat may free (Cy Curator, ")),
            qPrintable(listed->item(0)->text()));
        QSignalSpy requested(&home, &HomeDashboard::eventMessageRequested);
        home.show();
        home.groupMessagesView()->setCurrentIndex(listed->index(0, 0));
        QTest::keyClick(home.groupMessagesView(), Qt::Key_Return);
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.at(0).at(0).toString(), QStringLiteral("ev"));
        // His registration gone (as a pull takes it away), the message leaves Home.
        QVERIFY(m_device->store().deleteRow(QStringLiteral("registration"), QStringLiteral("r1")).ok());
        QCOMPARE(listed->rowCount(), 0);
    }

    void aMessageToASmartListIsReadFromHome()
    {
        // As a member's device holds it: neither the list nor whom else it named.
        QSqlQuery query(m_device->store().database());
        QVERIFY(
            query.exec(QStringLiteral("INSERT INTO list_message (id, author_id, subject, body, written_at) VALUES "
                                      "('l1', 'cu', 'Flood watch', 'Sandbags at nine.', '2026-11-23T09:00:00.000Z')")));
        signIn(QStringLiteral("mo"), QStringLiteral("member"));
        const auto notLeader = m_device->groupMail().listAudience(QStringLiteral("any")).writable;
        QVERIFY(!notLeader && notLeader.error().message.find("leaders") != std::string::npos);
        QVERIFY(!m_device->groupMail().writeToList(QStringLiteral("any"), QStringLiteral("S"), QStringLiteral("B")));
        ScriptedPrompts prompts;
        RecentChanges changes(m_device->store());
        HomeDashboard home(*m_device, changes, prompts);
        home.show();
        QStandardItemModel *listed = home.groupMessagesModel();
        QCOMPARE(listed->rowCount(), 1);
        QVERIFY2(listed->item(0)->text().startsWith(
                     QStringLiteral("To you from the community's leaders: Flood watch (Cy Curator, ")),
            qPrintable(listed->item(0)->text()));
        // Enter opens it to be read.
        QString shown;
        prompts.fillDialog = [&](QDialog &dialog) {
            shown = dialog.findChild<QTextBrowser *>(QStringLiteral("messageText"))->toPlainText();
            return int(QDialog::Rejected);
        };
        home.groupMessagesView()->setCurrentIndex(listed->index(0, 0));
        QTest::keyClick(home.groupMessagesView(), Qt::Key_Return);
        QCOMPARE(prompts.asked, QStringList {QStringLiteral("dialog:readMessageDialog")});
        QCOMPARE(shown, QStringLiteral("Sandbags at nine."));

        // A leader's list that selects nobody, or a list not on this device, is not written to.
        signIn(QStringLiteral("cu"), QStringLiteral("leader"));
        PeopleQuery nowhere;
        nowhere.area = QStringLiteral("Nowhere");
        const auto empty = m_device->smartLists().save(QStringLiteral("Empty"), nowhere);
        QVERIFY(empty);
        const auto nobody = m_device->groupMail().listAudience(*empty).writable;
        QVERIFY(!nobody && nobody.error().message.find("nobody") != std::string::npos);
        const auto refused = m_device->groupMail().writeToList(*empty, QStringLiteral("S"), QStringLiteral("B"));
        QVERIFY(!refused && refused.error().code == "forbidden");
        QVERIFY(!m_device->groupMail().writeToList(QStringLiteral("gone"), QStringLiteral("S"), QStringLiteral("B")));
        QCOMPARE(query.exec(QStringLiteral("SELECT count(*) FROM list_message")) && query.next()
                ? query.value(0).toInt()
                : -1,
            1);
    }

    void homeListsMyGroupsMessagesAndOpensOne()
    {
        QSqlQuery query(m_device->store().database());
        QVERIFY(query.exec(
            QStringLiteral("INSERT INTO \"group\" (id, name, kind) VALUES ('choir', 'Street Choir', 'open')")));
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO group_message (id, group_id, author_id, subject, body, written_at) VALUES "
            "('g1', 'bikes', 'cu', 'Open workshop', 'Saturday from ten.', '2026-11-23T09:00:00.000Z'), "
            "('g2', 'choir', 'cu', 'Rehearsal moved', 'Tuesday instead.', '2026-11-24T09:00:00.000Z')")));
        signIn(QStringLiteral("mo"), QStringLiteral("member"));
        ScriptedPrompts prompts;
        RecentChanges changes(m_device->store());
        HomeDashboard home(*m_device, changes, prompts);
        home.show();
        // Mo is in the Bike Kitchen, not the choir (a leader's device may hold the choir's too).
        QStandardItemModel *listed = home.groupMessagesModel();
        QCOMPARE(listed->rowCount(), 1);
        QVERIFY2(listed->item(0)->text().startsWith(QStringLiteral("Bike Kitchen: Open workshop (Cy Curator, ")),
            qPrintable(listed->item(0)->text()));
        QCOMPARE(listed->item(0)->toolTip(), QStringLiteral("Saturday from ten."));
        QCOMPARE(
            home.groupMessagesView()->accessibleName(), QStringLiteral("Messages from my groups, events and leaders"));

        // Enter opens it.
        QSignalSpy requested(&home, &HomeDashboard::groupMessageRequested);
        home.groupMessagesView()->setCurrentIndex(listed->index(0, 0));
        QTest::keyClick(home.groupMessagesView(), Qt::Key_Return);
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.at(0).at(0).toString(), QStringLiteral("bikes"));
        QCOMPARE(requested.at(0).at(1).toString(), QStringLiteral("g1"));

        // A message arriving (as a pull or a write saves it) shows at once, newest first.
        QVERIFY(m_device->store()
                    .createRow(QStringLiteral("group_message"),
                        {{"group_id", std::string("bikes")}, {"author_id", std::string("cu")},
                            {"subject", std::string("Spare parts")}, {"body", std::string("Bring chains.")},
                            {"written_at", std::string("2026-11-25T09:00:00.000Z")}})
                    .ok());
        QCOMPARE(listed->rowCount(), 2);
        QVERIFY(listed->item(0)->text().startsWith(QStringLiteral("Bike Kitchen: Spare parts")));

        // Opened on the group's page: the Messages tab, the message selected.
        GroupsWindow groups(*m_device, prompts);
        QVERIFY(groups.selectGroup(QStringLiteral("bikes")));
        QVERIFY(groups.selectMessage(QStringLiteral("g1")));
        auto *tabs = groups.findChild<QTabWidget *>(QStringLiteral("groupTabs"));
        QCOMPARE(tabs->currentWidget(), groups.groupPane()->mail());
        QCOMPARE(groups.groupPane()->mail()->messageText(), QStringLiteral("Saturday from ten."));
        QVERIFY(!groups.selectMessage(QStringLiteral("g2"))); // not the Bike Kitchen's

        // Leaving the group takes its messages off Home, and a sentence says there are none.
        QVERIFY(m_device->store().deleteRow(QStringLiteral("membership"), QStringLiteral("m2")).ok());
        QCOMPARE(listed->rowCount(), 0);
        QVERIFY(home.groupMessagesView()->isHidden());
    }
};

QTEST_MAIN(TestGroupMailPane)
#include "GroupMailPaneTest.moc"
