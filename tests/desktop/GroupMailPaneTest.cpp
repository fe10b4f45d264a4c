// Messages on a group's page, offscreen (docs/groupmail.md): a curator writes one through the
// dialog (Send only with a subject and a text), it waits for the next sync and says so, then shows
// how many were mailed; a member reads it and is told why they may not write; the person's own
// choice to be mailed, kept offline.

#include "desktop/ui/GroupMailPane.h"
#include "ScriptedPrompts.h"
#include "common/Clock.h"
#include "desktop/core/Device.h"
#include "desktop/core/GroupMail.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
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

        bool sendWaitedForText = false;
        prompts.fillDialog = [&](QDialog &dialog) {
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
        QVERIFY2(pane.statusText().contains(QStringLiteral("next sync")), qPrintable(pane.statusText()));
        QCOMPARE(m_device->store().pendingCount(), before + 1);
        QTreeWidget *list = pane.messagesView();
        QCOMPARE(list->topLevelItemCount(), 1);
        QCOMPARE(list->topLevelItem(0)->text(2), QStringLiteral("Open workshop"));
        QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("Cy Curator"));
        QVERIFY(list->topLevelItem(0)->text(3).startsWith(QStringLiteral("Waiting to be sent")));
        QCOMPARE(pane.messageText(), QStringLiteral("Saturday from ten: bring a wheel."));

        // Once the server has mailed it (as a pull writes it), the count shows.
        QSqlQuery query(m_device->store().database());
        QVERIFY(query.exec(QStringLiteral("UPDATE group_message SET sent_at = '2026-11-23T10:00:00.000Z', "
                                          "recipients = 1, not_mailed = 1")));
        pane.reload();
        QCOMPARE(list->topLevelItem(0)->text(3), QStringLiteral("Mailed to 1 · 1 not mailed"));
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
    }
};

QTEST_MAIN(TestGroupMailPane)
#include "GroupMailPaneTest.moc"
