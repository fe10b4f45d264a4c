// The person page's Tags, offscreen: a leader applies and removes tags by checking them, a member
// sees only the tags applied that they may see, and a refusal is shown with its reason.

#include "desktop/ui/TagsPane.h"
#include "ScriptedPrompts.h"
#include "common/Clock.h"
#include "desktop/core/Device.h"
#include "desktop/core/Tags.h"

#include <QListWidget>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace commonroom;
using commonroom::testing::ScriptedPrompts;

class TestTagsPane : public QObject
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

    void aLeaderAppliesAndRemovesTagsByCheckingThem()
    {
        signIn(QStringLiteral("lea"), QStringLiteral("leader"));
        QVERIFY(TagsPane::hasAnythingFor(*m_device)); // a leader may make one
        const auto car = m_device->tags().create(QStringLiteral("Has a car"), /*forMembers=*/true);
        const auto followUp = m_device->tags().create(QStringLiteral("Needs follow-up"));
        QVERIFY(car.ok() && followUp.ok());
        QVERIFY(TagsPane::hasAnythingFor(*m_device));
        ScriptedPrompts prompts;
        TagsPane pane(*m_device, prompts, QStringLiteral("mo"));
        pane.show();
        QListWidget *list = pane.tags();
        QVERIFY(!list->accessibleName().isEmpty());
        QCOMPARE(list->count(), 2);
        QCOMPARE(list->item(1)->text(), QStringLiteral("Needs follow-up (leaders only)"));
        QCOMPARE(list->item(1)->checkState(), Qt::Unchecked);
        const int pending = m_device->store().pendingCount();
        list->item(1)->setCheckState(Qt::Checked);
        QCOMPARE(pane.errorText(), QString());
        QCOMPARE(m_device->store().pendingCount(), pending + 1); // written offline, to be sent
        const auto people = m_device->tags().people(*followUp);
        QVERIFY(people.ok());
        QCOMPARE(people->size(), std::size_t(1));
        QCOMPARE(list->item(1)->checkState(), Qt::Checked);
        list->item(1)->setCheckState(Qt::Unchecked);
        QVERIFY(m_device->tags().people(*followUp)->empty());

        // On her own page a leaders-only tag is refused with the reason, and stays unchecked.
        TagsPane own(*m_device, prompts, QStringLiteral("lea"));
        own.show();
        own.tags()->item(1)->setCheckState(Qt::Checked);
        QVERIFY2(own.errorText().contains(QStringLiteral("ask another leader")), qPrintable(own.errorText()));
        QCOMPARE(own.tags()->item(1)->checkState(), Qt::Unchecked);

        // New tag…: named, for members too, and applied to the person at once.
        QVERIFY(pane.newTagButton()->isVisible());
        prompts.textAnswer = QStringLiteral("Speaks Arabic");
        prompts.agree = true;
        QTest::mouseClick(pane.newTagButton(), Qt::LeftButton);
        QCOMPARE(pane.errorText(), QString());
        const auto made = m_device->tags().byName(QStringLiteral("speaks arabic"));
        QVERIFY(made.ok());
        QVERIFY(made->forMembers);
        QCOMPARE(made->people, 1);
        QCOMPARE(list->count(), 3);
        // A name the community has already, whatever its case: refused, saying which.
        prompts.textAnswer = QStringLiteral("HAS A CAR");
        prompts.agree = false;
        pane.newTag();
        QVERIFY2(pane.errorText().contains(QStringLiteral("\"Has a car\"")), qPrintable(pane.errorText()));
        QCOMPARE(list->count(), 3);
    }

    void aMemberSeesTheAppliedTagsReadOnly()
    {
        signIn(QStringLiteral("lea"), QStringLiteral("leader"));
        const auto car = m_device->tags().create(QStringLiteral("Has a car"), /*forMembers=*/true);
        const auto bike = m_device->tags().create(QStringLiteral("Has a bike"), /*forMembers=*/true);
        QVERIFY(car.ok() && bike.ok());
        QVERIFY(m_device->tags().apply(*car, QStringLiteral("mo")).ok());
        signIn(QStringLiteral("mo"), QStringLiteral("member"));
        ScriptedPrompts prompts;
        TagsPane pane(*m_device, prompts, QStringLiteral("mo"));
        QVERIFY(!pane.newTagButton()->isVisibleTo(&pane));
        QCOMPARE(pane.tags()->count(), 1);
        QCOMPARE(pane.tags()->item(0)->text(), QStringLiteral("Has a car"));
        QVERIFY(!(pane.tags()->item(0)->flags() & Qt::ItemIsUserCheckable));
    }
};

QTEST_MAIN(TestTagsPane)
#include "TagsPaneTest.moc"
