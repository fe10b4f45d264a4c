// Opportunities in the window, offscreen (docs/organizing.md, "Opportunities"): a curator who is
// no leader posts one on the group page through the scripted prompts (every field named and
// reachable by its mnemonic), refusals said, a member told why they may not post, saying they are
// interested on the group page and on Home ("Opportunities for you") with the keyboard, the curator
// accepting them, and an applicant offered nothing.

#include "desktop/ui/OpportunitiesPane.h"
#include "ScriptedPrompts.h"
#include "common/Clock.h"
#include "desktop/core/Device.h"
#include "desktop/core/RecentChanges.h"
#include "desktop/ui/HomeDashboard.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace commonroom;
using commonroom::testing::ScriptedPrompts;

class TestOpportunitiesPane : public QObject
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

    // Fills the post dialog as a person would, in the widgets the dialog names.
    static std::function<int(QDialog &)> fill(const QString &title, const QString &area, const QString &skills,
        int places, const QString &startsOn = {}, const QString &endsOn = {})
    {
        return [=](QDialog &dialog) {
            dialog.findChild<QLineEdit *>(QStringLiteral("title"))->setText(title);
            auto *areas = dialog.findChild<QComboBox *>(QStringLiteral("area"));
            areas->setCurrentIndex(areas->findData(area));
            dialog.findChild<QLineEdit *>(QStringLiteral("skills"))->setText(skills);
            dialog.findChild<QSpinBox *>(QStringLiteral("places"))->setValue(places);
            dialog.findChild<QLineEdit *>(QStringLiteral("startsOn"))->setText(startsOn);
            dialog.findChild<QLineEdit *>(QStringLiteral("endsOn"))->setText(endsOn);
            dialog.findChild<QLineEdit *>(QStringLiteral("commitment"))->setText(QStringLiteral("3 hours"));
            // Every field has a name a screen reader says and a label whose mnemonic reaches it;
            // else the dialog is cancelled, and the test finds nothing posted.
            for (const char *name :
                {"title", "area", "skills", "languages", "commitment", "startsOn", "endsOn", "places", "description"}) {
                auto *field = dialog.findChild<QWidget *>(QLatin1String(name));
                if (!field || field->accessibleName().isEmpty() || field->focusPolicy() == Qt::NoFocus)
                    return int(QDialog::Rejected);
                bool labelled = false;
                for (auto *label : dialog.findChildren<QLabel *>())
                    labelled = labelled || (label->buddy() == field && label->text().contains(QLatin1Char('&')));
                if (!labelled)
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
        QVERIFY(query.exec(
            QStringLiteral("INSERT INTO person (id, display_name, role, skills, languages) VALUES "
                           "('lea', 'Lea Leader', 'leader', NULL, NULL), ('cu', 'Cy Curator', 'member', NULL, NULL), "
                           "('mo', 'Mo Member', 'member', 'bike repair, Python', 'Portuguese'), "
                           "('pat', 'Pat Applicant', 'applicant', 'bike repair', NULL)")));
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO \"group\" (id, name, kind) VALUES ('bikes', 'Bike Kitchen', 'open'), ('garden', 'Garden', "
            "'open')")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO membership (id, person_id, group_id, state, role) VALUES "
                                          "('m1', 'cu', 'bikes', 'active', 'curator')")));
    }

    void cleanup()
    {
        m_device.reset();
        m_dir.reset();
    }

    void aCuratorPostsAMemberSaysInterestedAndIsAccepted()
    {
        // The curator posts, with the keyboard, through the dialog.
        signIn(QStringLiteral("cu"), QStringLiteral("member"));
        {
            ScriptedPrompts prompts;
            OpportunitiesPane pane(*m_device, prompts);
            QAbstractItemModelTester tester(pane.opportunities());
            pane.setGroup(QStringLiteral("bikes"));
            pane.show();
            QVERIFY(QTest::qWaitForWindowExposed(&pane));
            QVERIFY(pane.postButton()->isEnabled());
            QVERIFY(pane.reasonText().isEmpty());
            for (auto *view : pane.findChildren<QListView *>())
                QVERIFY(!view->accessibleName().isEmpty());
            for (auto *button : pane.findChildren<QPushButton *>())
                QVERIFY(!button->accessibleName().isEmpty());

            // Refused, and said so: a day that is none, a last day before the first.
            prompts.fillDialog = fill(QStringLiteral("Repair shift"), QStringLiteral("support"),
                QStringLiteral("bike repair"), 1, QStringLiteral("2026-13-01"));
            pane.post();
            QVERIFY2(pane.errorText().contains(QStringLiteral("\"2026-13-01\"")), qPrintable(pane.errorText()));
            prompts.fillDialog = fill(QStringLiteral("Repair shift"), QStringLiteral("support"),
                QStringLiteral("bike repair"), 1, QStringLiteral("2026-12-10"), QStringLiteral("2026-12-09"));
            pane.post();
            QVERIFY2(pane.errorText().contains(QStringLiteral("before its first day 2026-12-10")),
                qPrintable(pane.errorText()));
            QCOMPARE(pane.opportunities()->rowCount(), 0);

            prompts.clearAsked();
            prompts.fillDialog = fill(QStringLiteral("Repair shift"), QStringLiteral("support"),
                QStringLiteral("bike repair"), 1, QStringLiteral("2026-12-10"));
            pane.postButton()->setFocus();
            QTest::keyClick(pane.postButton(), Qt::Key_Space);
            QCOMPARE(prompts.asked, QStringList {QStringLiteral("dialog:postOpportunityDialog")});
            QVERIFY(pane.errorText().isEmpty());
            QCOMPARE(pane.opportunities()->rowCount(), 1);
            const QString line = pane.opportunities()->item(0)->text();
            QVERIFY2(line.contains(QStringLiteral("Repair shift")) && line.contains(QStringLiteral("0 of 1 place"))
                    && line.contains(QStringLiteral("1 open")) && line.contains(QStringLiteral("bike repair")),
                qPrintable(line));
            // Nobody interested yet: the list is there, empty.
            QVERIFY(pane.interestsView()->isVisible());
            QCOMPARE(pane.interests()->rowCount(), 0);
            QVERIFY(!pane.acceptButton()->isEnabled());

            // Another group's page: not theirs to post in, and why.
            pane.setGroup(QStringLiteral("garden"));
            QVERIFY(!pane.postButton()->isEnabled());
            QVERIFY2(pane.reasonText().contains(QStringLiteral("curators")), qPrintable(pane.reasonText()));
            QVERIFY(!pane.closeButton()->isVisible());
            QVERIFY(!pane.interestsView()->isVisible());
        }

        // The member finds it on Home, matching "bike repair", and says they are interested there.
        signIn(QStringLiteral("mo"), QStringLiteral("member"));
        {
            RecentChanges changes(m_device->store());
            ScriptedPrompts homePrompts;
            HomeDashboard home(*m_device, changes, homePrompts);
            QAbstractItemModelTester tester(home.opportunitiesModel());
            home.show();
            QVERIFY(QTest::qWaitForWindowExposed(&home));
            QCOMPARE(home.opportunitiesModel()->rowCount(), 1);
            QVERIFY(
                home.opportunitiesModel()->item(0)->text().startsWith(QStringLiteral("Bike Kitchen: Repair shift")));
            QVERIFY(!home.opportunitiesView()->accessibleName().isEmpty());
            QVERIFY(home.interestedButton()->isEnabled());
            QVERIFY(!home.withdrawButton()->isEnabled());
            home.interestedButton()->setFocus();
            QTest::keyClick(home.interestedButton(), Qt::Key_Space);
            QVERIFY(home.opportunitiesError().isEmpty());
            QVERIFY(home.opportunitiesModel()->item(0)->text().contains(QStringLiteral("you: Interested")));
            QVERIFY(!home.interestedButton()->isEnabled());
            QVERIFY(home.withdrawButton()->isEnabled());
            QCOMPARE(m_device->store().pendingCount(), 2);
        }
        // On the group page: not theirs to post, why, and no one else's interest.
        {
            ScriptedPrompts prompts;
            OpportunitiesPane pane(*m_device, prompts);
            pane.setGroup(QStringLiteral("bikes"));
            pane.show();
            QVERIFY(!pane.postButton()->isEnabled());
            QVERIFY(!pane.reasonText().isEmpty());
            QVERIFY(!pane.interestsView()->isVisible());
            QVERIFY(!pane.acceptButton()->isVisible());
            QVERIFY(!pane.interestedButton()->isEnabled());
            QVERIFY(pane.withdrawButton()->isEnabled());
        }

        // The curator accepts them with the keyboard; the one place is then filled.
        signIn(QStringLiteral("cu"), QStringLiteral("member"));
        ScriptedPrompts prompts;
        OpportunitiesPane pane(*m_device, prompts);
        QAbstractItemModelTester tester(pane.interests());
        pane.setGroup(QStringLiteral("bikes"));
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QCOMPARE(pane.interests()->rowCount(), 1);
        QVERIFY(pane.interests()->item(0)->text().startsWith(QStringLiteral("Mo Member — Interested")));
        pane.interestsView()->setFocus();
        pane.interestsView()->setCurrentIndex(pane.interests()->index(0, 0));
        QVERIFY(pane.acceptButton()->isEnabled());
        QTest::keyClick(pane.acceptButton(), Qt::Key_Space);
        QVERIFY(pane.errorText().isEmpty());
        QVERIFY(pane.interests()->item(0)->text().startsWith(QStringLiteral("Mo Member — Accepted")));
        QVERIFY2(pane.opportunities()->item(0)->text().contains(QStringLiteral("1 of 1 place")),
            qPrintable(pane.opportunities()->item(0)->text()));
        QVERIFY(!pane.acceptButton()->isEnabled());
        QVERIFY(pane.declineButton()->isEnabled());
        // Closed: no new interest.
        pane.opportunitiesView()->setCurrentIndex(pane.opportunities()->index(0, 0));
        QTest::keyClick(pane.closeButton(), Qt::Key_Space);
        QVERIFY(pane.opportunities()->item(0)->text().contains(QStringLiteral("closed")));
        QVERIFY(!pane.closeButton()->isEnabled());
    }

    void anApplicantIsOfferedNothingAndToldWhy()
    {
        signIn(QStringLiteral("lea"), QStringLiteral("leader"));
        OpportunityDraft draft;
        draft.title = QStringLiteral("Garden day");
        draft.area = QStringLiteral("events");
        draft.skills = QStringLiteral("bike repair");
        QVERIFY(m_device->opportunities().post(QStringLiteral("garden"), draft).ok());
        signIn(QStringLiteral("pat"), QStringLiteral("applicant"));
        ScriptedPrompts prompts;
        OpportunitiesPane pane(*m_device, prompts);
        pane.setGroup(QStringLiteral("garden"));
        pane.show();
        QVERIFY(!pane.interestedButton()->isVisible());
        QVERIFY(!pane.withdrawButton()->isVisible());
        QVERIFY2(pane.reasonText().contains(QStringLiteral("applicant")), qPrintable(pane.reasonText()));
        RecentChanges changes(m_device->store());
        HomeDashboard home(*m_device, changes, prompts);
        home.show();
        QVERIFY(!home.interestedButton()->isVisible());
        QCOMPARE(m_device->opportunities()
                     .interested(pane.opportunities()->item(0)->data(OpportunitiesPane::IdRole).toString())
                     .error()
                     .code,
            std::string("forbidden"));
    }
};

QTEST_MAIN(TestOpportunitiesPane)
#include "OpportunitiesPaneTest.moc"
