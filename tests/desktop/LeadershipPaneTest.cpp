// The person page's Leadership and Leader notes, offscreen: what each role sees, assessing and
// writing a note through the scripted prompts, refusals shown, keyboard and accessible names.

#include "desktop/ui/LeadershipPane.h"
#include "ScriptedPrompts.h"
#include "common/Clock.h"
#include "desktop/core/Device.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace commonroom;
using commonroom::testing::ScriptedPrompts;

class TestLeadershipPane : public QObject
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
        QVERIFY(query.exec(QStringLiteral("INSERT INTO person (id, display_name, role) VALUES "
                                          "('lea', 'Lea Leader', 'leader'), ('mo', 'Mo Member', 'member')")));
    }

    void cleanup()
    {
        m_device.reset();
        m_dir.reset();
    }

    void membersAndApplicantsSeeNothing()
    {
        for (const char *role : {"member", "applicant"}) {
            signIn(QStringLiteral("mo"), QString::fromLatin1(role));
            QVERIFY(!LeadershipPane::hasAnythingFor(*m_device, QStringLiteral("lea")));
            ScriptedPrompts prompts;
            LeadershipPane pane(*m_device, prompts, QStringLiteral("lea"));
            pane.show();
            QVERIFY(!pane.leadershipBox()->isVisible());
            QVERIFY(!pane.notesBox()->isVisible());
            QCOMPARE(pane.history()->rowCount(), 0);
        }
    }

    void aLeaderAssessesAndWritesNotesWithTheKeyboard()
    {
        signIn(QStringLiteral("lea"), QStringLiteral("leader"));
        QVERIFY(LeadershipPane::hasAnythingFor(*m_device, QStringLiteral("mo")));
        ScriptedPrompts prompts;
        LeadershipPane pane(*m_device, prompts, QStringLiteral("mo"));
        QAbstractItemModelTester historyTester(pane.history());
        QAbstractItemModelTester notesTester(pane.notes());
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QVERIFY(pane.leadershipBox()->isVisible());
        QVERIFY(pane.notesBox()->isVisible());
        QCOMPARE(pane.currentLevel()->text(), QStringLiteral("Not assessed yet."));
        QVERIFY(!pane.assessButton()->accessibleName().isEmpty());
        QVERIFY(!pane.addNoteButton()->accessibleName().isEmpty());
        for (auto *view : pane.findChildren<QListView *>())
            QVERIFY(!view->accessibleName().isEmpty());

        prompts.fillDialog = [](QDialog &dialog) {
            auto *level = dialog.findChild<QComboBox *>(QStringLiteral("level"));
            level->setCurrentIndex(level->findData(4));
            dialog.findChild<QPlainTextEdit *>(QStringLiteral("note"))
                ->setPlainText(QStringLiteral("Ran the assembly"));
            return int(QDialog::Accepted);
        };
        pane.assessButton()->setFocus();
        QTest::keyClick(pane.assessButton(), Qt::Key_Space);
        QCOMPARE(prompts.asked, QStringList {QStringLiteral("dialog:assessDialog")});
        QCOMPARE(pane.currentLevel()->text(), QStringLiteral("Current level: 4 (Leader)"));
        QCOMPARE(pane.history()->rowCount(), 1);
        QVERIFY(pane.history()->item(0)->text().contains(QStringLiteral("Ran the assembly")));
        QVERIFY(pane.history()->item(0)->text().contains(QStringLiteral("Lea Leader")));

        // A later assessment comes first and is the current level; the earlier one is kept.
        m_clock.advanceMs(60'000);
        prompts.fillDialog = [](QDialog &dialog) {
            auto *level = dialog.findChild<QComboBox *>(QStringLiteral("level"));
            level->setCurrentIndex(level->findData(5));
            return int(QDialog::Accepted);
        };
        pane.assess();
        QCOMPARE(pane.currentLevel()->text(), QStringLiteral("Current level: 5 (Core leader)"));
        QCOMPARE(pane.history()->rowCount(), 2);
        // Cancelled: nothing written.
        prompts.fillDialog = nullptr;
        pane.assess();
        QCOMPARE(pane.history()->rowCount(), 2);

        prompts.textAnswer = QStringLiteral("Wants to chair the next meeting");
        QTest::keyClick(pane.addNoteButton(), Qt::Key_Space);
        QCOMPARE(pane.notes()->rowCount(), 1);
        QVERIFY(pane.notes()->item(0)->text().contains(QStringLiteral("Wants to chair the next meeting")));
        // An empty note is refused and said so.
        prompts.textAnswer = QStringLiteral("  ");
        pane.addNote();
        QCOMPARE(pane.notes()->rowCount(), 1);
        QVERIFY(!pane.errorText().isEmpty());
        QCOMPARE(m_device->store().pendingCount(), 3);
    }

    void aLeaderDoesNotSeeNotesAboutThemself()
    {
        signIn(QStringLiteral("lea"), QStringLiteral("leader"));
        QSqlQuery query(m_device->store().database());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO leader_note (id, person_id, author_id, written_at, text) "
                                          "VALUES ('n1', 'lea', 'mo', '2026-11-01T10:00:00.000Z', 'hidden')")));
        ScriptedPrompts prompts;
        LeadershipPane pane(*m_device, prompts, QStringLiteral("lea"));
        pane.show();
        QVERIFY(pane.leadershipBox()->isVisible());
        QVERIFY(!pane.notesBox()->isVisible());
        QCOMPARE(pane.notes()->rowCount(), 0);
    }

    // Assessments or notes the device cannot read are said so, naming the person, and never shown
    // as "Not assessed yet." or as no notes; the assess dialog still opens.
    void whatCannotBeReadIsSaidSo()
    {
        signIn(QStringLiteral("lea"), QStringLiteral("leader"));
        QVERIFY(m_device->ladder().assess(QStringLiteral("mo"), 3).ok());
        ScriptedPrompts prompts;
        LeadershipPane pane(*m_device, prompts, QStringLiteral("mo"));
        pane.show();
        QCOMPARE(pane.currentLevel()->text(), QStringLiteral("Current level: 3 (Active member)"));
        QCOMPARE(pane.readErrorText(), QString());

        QSqlQuery query(m_device->store().database());
        QVERIFY(query.exec(QStringLiteral("ALTER TABLE assessment RENAME TO assessment_gone")));
        QVERIFY(query.exec(QStringLiteral("ALTER TABLE leader_note RENAME TO leader_note_gone")));
        pane.reload();
        QCOMPARE(pane.currentLevel()->text(),
            QStringLiteral("The current level is unknown: the assessments could not be read."));
        QCOMPARE(pane.history()->rowCount(), 0);
        QVERIFY2(pane.readErrorText().contains(QStringLiteral("Cannot read the assessments of Mo Member")),
            qPrintable(pane.readErrorText()));
        QVERIFY2(pane.readErrorText().contains(QStringLiteral("Cannot read the leader notes about Mo Member")),
            qPrintable(pane.readErrorText()));
        int offered = 0;
        prompts.fillDialog = [&](QDialog &dialog) {
            offered = dialog.findChild<QComboBox *>(QStringLiteral("level"))->currentData().toInt();
            return int(QDialog::Rejected);
        };
        pane.assess();
        QCOMPARE(prompts.asked, QStringList {QStringLiteral("dialog:assessDialog")});
        QCOMPARE(offered, 1); // the first level, the current one being unknown

        // Readable again: the message goes away at the next reload.
        QVERIFY(query.exec(QStringLiteral("ALTER TABLE assessment_gone RENAME TO assessment")));
        QVERIFY(query.exec(QStringLiteral("ALTER TABLE leader_note_gone RENAME TO leader_note")));
        pane.reload();
        QCOMPARE(pane.readErrorText(), QString());
        QCOMPARE(pane.currentLevel()->text(), QStringLiteral("Current level: 3 (Active member)"));
    }
};

QTEST_MAIN(TestLeadershipPane)
#include "LeadershipPaneTest.moc"
