// The person page's Tags, offscreen: a leader applies and removes tags by checking them, a member
// sees only the tags applied that they may see, and a refusal is shown with its reason.

#include "desktop/ui/TagsPane.h"
#include "common/Clock.h"
#include "desktop/core/Device.h"
#include "desktop/core/Tags.h"

#include <QListWidget>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace commonroom;

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
        QVERIFY(!TagsPane::hasAnythingFor(*m_device));
        const auto car = m_device->tags().create(QStringLiteral("Has a car"), /*forMembers=*/true);
        const auto followUp = m_device->tags().create(QStringLiteral("Needs follow-up"));
        QVERIFY(car.ok() && followUp.ok());
        QVERIFY(TagsPane::hasAnythingFor(*m_device));
        TagsPane pane(*m_device, QStringLiteral("mo"));
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
        TagsPane own(*m_device, QStringLiteral("lea"));
        own.show();
        own.tags()->item(1)->setCheckState(Qt::Checked);
        QVERIFY2(own.errorText().contains(QStringLiteral("ask another leader")), qPrintable(own.errorText()));
        QCOMPARE(own.tags()->item(1)->checkState(), Qt::Unchecked);
    }

    void aMemberSeesTheAppliedTagsReadOnly()
    {
        signIn(QStringLiteral("lea"), QStringLiteral("leader"));
        const auto car = m_device->tags().create(QStringLiteral("Has a car"), /*forMembers=*/true);
        const auto bike = m_device->tags().create(QStringLiteral("Has a bike"), /*forMembers=*/true);
        QVERIFY(car.ok() && bike.ok());
        QVERIFY(m_device->tags().apply(*car, QStringLiteral("mo")).ok());
        signIn(QStringLiteral("mo"), QStringLiteral("member"));
        TagsPane pane(*m_device, QStringLiteral("mo"));
        QCOMPARE(pane.tags()->count(), 1);
        QCOMPARE(pane.tags()->item(0)->text(), QStringLiteral("Has a car"));
        QVERIFY(!(pane.tags()->item(0)->flags() & Qt::ItemIsUserCheckable));
    }
};

QTEST_MAIN(TestTagsPane)
#include "TagsPaneTest.moc"
