// The person page's Contributions, offscreen: what each role sees and may do (with the reason
// when not), recording through the scripted prompts with the keyboard, refusals shown, the
// timeline newest first with totals by area, and a leader confirming a member's entry.

#include "desktop/ui/ContributionsPane.h"
#include "ScriptedPrompts.h"
#include "common/Clock.h"
#include "desktop/core/Device.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
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

class TestContributionsPane : public QObject
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

    // Fills the record dialog as a person would, in the widgets the dialog names.
    static std::function<int(QDialog &)> fill(
        const QString &area, const QString &kind, const QString &hours, const QString &description, QDate doneOn = {})
    {
        return [=](QDialog &dialog) {
            auto *areas = dialog.findChild<QComboBox *>(QStringLiteral("area"));
            areas->setCurrentIndex(areas->findData(area));
            auto *kinds = dialog.findChild<QComboBox *>(QStringLiteral("kind"));
            kinds->setCurrentIndex(kinds->findData(kind));
            dialog.findChild<QLineEdit *>(QStringLiteral("hours"))->setText(hours);
            dialog.findChild<QPlainTextEdit *>(QStringLiteral("description"))->setPlainText(description);
            if (doneOn.isValid())
                dialog.findChild<QDateEdit *>(QStringLiteral("doneOn"))->setDate(doneOn);
            // Every field has a name a screen reader says and a label whose mnemonic reaches it;
            // else the dialog is cancelled, and the test finds nothing recorded.
            for (const char *name : {"area", "kind", "hours", "doneOn", "description"}) {
                auto *field = dialog.findChild<QWidget *>(QLatin1String(name));
                if (!field || field->accessibleName().isEmpty() || field->focusPolicy() == Qt::NoFocus)
                    return int(QDialog::Rejected);
            }
            return int(QDialog::Accepted);
        };
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
                                          "('lea', 'Lea Leader', 'leader'), ('mo', 'Mo Member', 'member'), "
                                          "('pat', 'Pat Applicant', 'applicant')")));
    }

    void cleanup()
    {
        m_device.reset();
        m_dir.reset();
    }

    void otherMembersAndApplicantsSeeNothing()
    {
        signIn(QStringLiteral("mo"), QStringLiteral("member"));
        QVERIFY(!ContributionsPane::hasAnythingFor(*m_device, QStringLiteral("lea")));
        QVERIFY(ContributionsPane::hasAnythingFor(*m_device, QStringLiteral("mo")));
        signIn(QStringLiteral("pat"), QStringLiteral("applicant"));
        QVERIFY(!ContributionsPane::hasAnythingFor(*m_device, QStringLiteral("mo")));
        // Their own page: nothing to record yet, and why.
        ScriptedPrompts prompts;
        ContributionsPane pane(*m_device, prompts, QStringLiteral("pat"));
        pane.show();
        QVERIFY(!pane.recordButton()->isEnabled());
        QVERIFY(!pane.confirmButton()->isVisible());
        QVERIFY2(pane.reasonText().contains(QStringLiteral("application")), qPrintable(pane.reasonText()));
    }

    void aMemberRecordsTheirOwnAndALeaderConfirmsIt()
    {
        signIn(QStringLiteral("mo"), QStringLiteral("member"));
        {
            ScriptedPrompts prompts;
            ContributionsPane pane(*m_device, prompts, QStringLiteral("mo"));
            QAbstractItemModelTester timelineTester(pane.timeline());
            QAbstractItemModelTester totalsTester(pane.totals());
            pane.show();
            QVERIFY(QTest::qWaitForWindowExposed(&pane));
            QVERIFY(pane.recordButton()->isEnabled());
            QVERIFY(!pane.confirmButton()->isVisible());
            QVERIFY(pane.reasonText().contains(QStringLiteral("leader")));
            QVERIFY(!pane.recordButton()->accessibleName().isEmpty());
            for (auto *view : pane.findChildren<QListView *>())
                QVERIFY(!view->accessibleName().isEmpty());

            prompts.fillDialog = fill(QStringLiteral("localization"), QStringLiteral("contribution"),
                QStringLiteral("1.5"), QStringLiteral("Spanish flyer"), QDate(2026, 11, 2));
            pane.recordButton()->setFocus();
            QTest::keyClick(pane.recordButton(), Qt::Key_Space);
            QCOMPARE(prompts.asked, QStringList {QStringLiteral("dialog:recordDialog")});
            QCOMPARE(pane.timeline()->rowCount(), 1);
            const QString line = pane.timeline()->item(0)->text();
            QVERIFY2(line.contains(QStringLiteral("Localization")) && line.contains(QStringLiteral("1.5 h"))
                    && line.contains(QStringLiteral("waiting")) && line.contains(QStringLiteral("Spanish flyer")),
                qPrintable(line));
            QVERIFY(pane.totals()->item(0)->text().startsWith(QStringLiteral("Localization: 1 entr")));

            // Refused, and said so: too many hours (naming the person and the value), not a number.
            prompts.fillDialog = fill(QStringLiteral("support"), QStringLiteral("contribution"), QStringLiteral("25"),
                QStringLiteral("Too long"));
            pane.record();
            QVERIFY2(pane.errorText().contains(QStringLiteral("25 hours for Mo Member")), qPrintable(pane.errorText()));
            prompts.fillDialog = fill(QStringLiteral("support"), QStringLiteral("contribution"), QStringLiteral("lots"),
                QStringLiteral("Unclear"));
            pane.record();
            QVERIFY(pane.errorText().contains(QStringLiteral("\"lots\"")));
            // Cancelled: nothing written.
            prompts.fillDialog = nullptr;
            pane.record();
            QCOMPARE(pane.timeline()->rowCount(), 1);
            QCOMPARE(m_device->store().pendingCount(), 1);
        }

        // A leader sees it waiting, selects it with the keyboard and confirms it; a later touch-point
        // of theirs comes first, confirmed at once.
        signIn(QStringLiteral("lea"), QStringLiteral("leader"));
        ScriptedPrompts prompts;
        ContributionsPane pane(*m_device, prompts, QStringLiteral("mo"));
        QAbstractItemModelTester timelineTester(pane.timeline());
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QVERIFY(pane.confirmButton()->isVisible());
        QVERIFY(!pane.confirmButton()->isEnabled()); // nothing selected yet
        QVERIFY(pane.reasonText().isEmpty());
        pane.timelineView()->setFocus();
        pane.timelineView()->setCurrentIndex(pane.timeline()->index(0, 0));
        QVERIFY(pane.confirmButton()->isEnabled());
        QTest::keyClick(pane.confirmButton(), Qt::Key_Space);
        QVERIFY(pane.timeline()->item(0)->data(ContributionsPane::ConfirmedRole).toBool());
        QVERIFY(pane.timeline()->item(0)->text().contains(QStringLiteral("confirmed by Lea Leader")));
        QVERIFY(!pane.confirmButton()->isEnabled()); // confirmed already

        prompts.fillDialog = fill(QStringLiteral("organizing"), QStringLiteral("call"), QString(),
            QStringLiteral("Asked about the assembly"));
        pane.record();
        QCOMPARE(pane.timeline()->rowCount(), 2);
        QVERIFY(pane.timeline()->item(0)->text().contains(QStringLiteral("Call, Organizing")));
        QVERIFY(pane.timeline()->item(0)->data(ContributionsPane::ConfirmedRole).toBool());
        QCOMPARE(pane.totals()->rowCount(), 2);
        QCOMPARE(m_device->store().pendingCount(), 3);

        // A copy that cannot be read says so, naming the person, instead of showing no entries.
        QSqlQuery query(m_device->store().database());
        QVERIFY(query.exec(QStringLiteral("ALTER TABLE contribution RENAME TO contribution_gone")));
        pane.reload();
        QCOMPARE(pane.timeline()->rowCount(), 0);
        QVERIFY2(
            pane.errorText().startsWith(QStringLiteral("Cannot read the contributions of Mo Member on this device")),
            qPrintable(pane.errorText()));
    }
};

QTEST_MAIN(TestContributionsPane)
#include "ContributionsPaneTest.moc"
