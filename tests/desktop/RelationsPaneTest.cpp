// The person page's Relations, offscreen: a leader makes a household and places the person in it,
// sees the others in it and the address one of them shows (or that none does), takes them out,
// relates them by kind, removes a relationship, sees who brought them in and the tree of whom they
// brought in, all by keyboard-usable named controls; a refusal is shown with its reason; members
// get no such tab.

#include "desktop/ui/RelationsPane.h"
#include "ScriptedPrompts.h"
#include "common/Clock.h"
#include "desktop/core/Device.h"
#include "desktop/core/Households.h"
#include "desktop/core/Relationships.h"

#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace commonroom;
using commonroom::testing::ScriptedPrompts;

class TestRelationsPane : public QObject
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
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO person (id, display_name, role, address) VALUES "
            "('lea', 'Lea Leader', 'leader', NULL), ('mo', 'Mo Member', 'member', NULL), "
            "('nia', 'Nia Neighbour', 'member', '7 Quay Street'), ('oto', 'Oto Recruit', 'member', NULL), "
            "('pia', 'Pia Recruit', 'member', NULL)")));
    }

    void cleanup()
    {
        m_device.reset();
        m_dir.reset();
    }

    void aLeaderKeepsTheHousehold()
    {
        signIn(QStringLiteral("lea"), QStringLiteral("leader"));
        QVERIFY(RelationsPane::isFor(*m_device));
        ScriptedPrompts prompts;
        RelationsPane pane(*m_device, prompts, QStringLiteral("mo"));
        pane.show();
        for (QWidget *widget : std::initializer_list<QWidget *> {
                 pane.housemates(), pane.householdChoice(), pane.relationships(), pane.kindChoice(), pane.recruits()})
            QVERIFY(!widget->accessibleName().isEmpty());
        QCOMPARE(pane.householdLabel()->text(), QStringLiteral("Not in a household."));
        QVERIFY(!pane.leaveHouseholdButton()->isEnabled());
        QVERIFY(!pane.leaveHouseholdButton()->toolTip().isEmpty());
        QVERIFY(!pane.addToHouseholdButton()->isEnabled()); // there is none yet

        // New household…: named, made and the person placed in it, offline.
        const int pending = m_device->store().pendingCount();
        prompts.textAnswer = QStringLiteral("The Quay Street flat");
        QTest::mouseClick(pane.newHouseholdButton(), Qt::LeftButton);
        QCOMPARE(pane.errorText(), QString());
        QCOMPARE(m_device->store().pendingCount(), pending + 2);
        QCOMPARE(pane.householdLabel()->text(), QStringLiteral("In the household \"The Quay Street flat\"."));
        QVERIFY(pane.addressLabel()->text().contains(QStringLiteral("No address is shown")));
        QVERIFY(pane.leaveHouseholdButton()->isEnabled());
        const auto home = m_device->households().householdOf(QStringLiteral("mo"));
        QVERIFY(home.ok() && *home);

        // Someone who shows their address joins: the household shows it, saying whose it is.
        QVERIFY(m_device->households().place((*home)->id, QStringLiteral("nia")).ok());
        QCOMPARE(pane.housemates()->count(), 1);
        QCOMPARE(pane.housemates()->item(0)->text(), QStringLiteral("Nia Neighbour"));
        QVERIFY2(pane.addressLabel()->text().contains(QStringLiteral("7 Quay Street")),
            qPrintable(pane.addressLabel()->text()));
        QVERIFY(pane.addressLabel()->text().contains(QStringLiteral("Nia Neighbour")));

        // Another household, chosen by keyboard, then Add to household.
        const auto other = m_device->households().create(QStringLiteral("Harbour Row 12"));
        QVERIFY(other.ok());
        pane.householdChoice()->setFocus();
        pane.householdChoice()->setCurrentIndex(pane.householdChoice()->findData(*other));
        QVERIFY(pane.addToHouseholdButton()->isEnabled());
        QTest::keyClick(pane.addToHouseholdButton(), Qt::Key_Space);
        QCOMPARE(pane.errorText(), QString());
        QCOMPARE(pane.householdLabel()->text(), QStringLiteral("In the household \"Harbour Row 12\"."));
        QCOMPARE(pane.housemates()->count(), 0);
        QTest::mouseClick(pane.leaveHouseholdButton(), Qt::LeftButton);
        QCOMPARE(pane.householdLabel()->text(), QStringLiteral("Not in a household."));
        QVERIFY(!m_device->households().householdOf(QStringLiteral("mo"))->has_value());
    }

    void aLeaderRelatesAndSeesWhoBroughtWhom()
    {
        signIn(QStringLiteral("lea"), QStringLiteral("leader"));
        Relationships &relationships = m_device->relationships();
        QVERIFY(
            relationships.relate(QStringLiteral("oto"), QStringLiteral("brought_in_by"), QStringLiteral("mo")).ok());
        QVERIFY(
            relationships.relate(QStringLiteral("pia"), QStringLiteral("brought_in_by"), QStringLiteral("oto")).ok());
        ScriptedPrompts prompts;
        RelationsPane pane(*m_device, prompts, QStringLiteral("mo"));
        pane.show();
        QCOMPARE(pane.recruiterLabel()->text(), QStringLiteral("Who brought them in is not recorded."));
        // The tree: Oto, and under Oto, Pia.
        QAbstractItemModel *tree = pane.recruits()->model();
        QCOMPARE(tree->rowCount(), 1);
        const QModelIndex oto = tree->index(0, 0);
        QCOMPARE(oto.data().toString(), QStringLiteral("Oto Recruit"));
        QCOMPARE(tree->rowCount(oto), 1);
        QCOMPARE(tree->index(0, 0, oto).data().toString(), QStringLiteral("Pia Recruit"));
        QCOMPARE(pane.relationships()->count(), 1);
        QCOMPARE(pane.relationships()->item(0)->text(), QStringLiteral("Brought in: Oto Recruit"));
        QVERIFY(!pane.unrelateButton()->isEnabled());

        // Relate to…: the kind chosen, then the person.
        pane.kindChoice()->setCurrentIndex(pane.kindChoice()->findData(QStringLiteral("neighbour")));
        prompts.personAnswer = QStringLiteral("nia");
        QTest::mouseClick(pane.relateButton(), Qt::LeftButton);
        QCOMPARE(pane.errorText(), QString());
        QVERIFY(prompts.asked.contains(QStringLiteral("person:")));
        QCOMPARE(pane.relationships()->count(), 2);
        QCOMPARE(pane.relationships()->item(1)->text(), QStringLiteral("Neighbour: Nia Neighbour"));
        // Brought in by Pia, whom Mo brought in through Oto: refused, with the reason.
        pane.kindChoice()->setCurrentIndex(pane.kindChoice()->findData(QStringLiteral("brought_in_by")));
        prompts.personAnswer = QStringLiteral("pia");
        pane.relate();
        QVERIFY2(pane.errorText().contains(QStringLiteral("cannot go round")), qPrintable(pane.errorText()));
        prompts.personAnswer = QStringLiteral("lea");
        pane.relate();
        QCOMPARE(pane.errorText(), QString());
        QCOMPARE(pane.recruiterLabel()->text(), QStringLiteral("Brought in by Lea Leader."));
        QCOMPARE(pane.relationships()->item(0)->text(), QStringLiteral("Brought in by: Lea Leader"));

        // Remove: Oto is no longer recorded as brought in by Mo; the tree empties to Pia's branch.
        pane.relationships()->setFocus();
        pane.relationships()->setCurrentRow(1);
        QCOMPARE(pane.relationships()->currentItem()->text(), QStringLiteral("Brought in: Oto Recruit"));
        QVERIFY(pane.unrelateButton()->isEnabled());
        QTest::keyClick(pane.unrelateButton(), Qt::Key_Space);
        QCOMPARE(pane.errorText(), QString());
        QVERIFY(!relationships.recruiterOf(QStringLiteral("oto"))->has_value());
        QCOMPARE(pane.recruits()->model()->rowCount(), 1);
        QCOMPARE(pane.recruits()->model()->index(0, 0).data().toString(),
            QStringLiteral("No one they brought in is recorded."));
    }

    void membersGetNoRelationsTab()
    {
        signIn(QStringLiteral("mo"), QStringLiteral("member"));
        QVERIFY(!RelationsPane::isFor(*m_device));
        signIn(QStringLiteral("mo"), QStringLiteral("applicant"));
        QVERIFY(!RelationsPane::isFor(*m_device));
    }
};

QTEST_MAIN(TestRelationsPane)
#include "RelationsPaneTest.moc"
