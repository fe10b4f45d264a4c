// The admission dashboard: admins get the queue, roles, invitations and the audit log; leaders
// the queue (to vouch) and invitations only. Each tab is the real widget over the real store.

#include "desktop/ui/AdminDashboard.h"
#include "ScriptedPrompts.h"
#include "common/Clock.h"
#include "desktop/core/Device.h"
#include "desktop/core/LocalStore.h"
#include "desktop/ui/ApprovalQueueWidget.h"
#include "desktop/ui/InvitationsWidget.h"
#include "desktop/ui/RolesWidget.h"

#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace commonroom;
using namespace commonroom::testing;

class AdminDashboardTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_device = std::make_unique<Device>(m_clock, Profile(m_dir->path()));
        QVERIFY(m_device->open().ok());
        m_store = &m_device->store();
        QVERIFY(m_store->setSetting(QStringLiteral("person_id"), QStringLiteral("me")).ok());
    }

    void cleanup()
    {
        m_device.reset();
        m_dir.reset();
    }

    void adminsGetEveryTab()
    {
        QVERIFY(m_store->setSetting(QStringLiteral("role"), QStringLiteral("admin")).ok());
        AdminDashboard dashboard(*m_device, m_prompts);
        QCOMPARE(dashboard.tabs()->count(), 4);
        QVERIFY(dashboard.roles());
        QVERIFY(dashboard.auditLog());
        QCOMPARE(dashboard.tabs()->widget(0), static_cast<QWidget *>(dashboard.approvalQueue()));
        QCOMPARE(dashboard.tabs()->indexOf(dashboard.invitations()), 2);
        QVERIFY(!dashboard.accessibleName().isEmpty());
        for (int tab = 0; tab < dashboard.tabs()->count(); ++tab) {
            QVERIFY(dashboard.tabs()->tabText(tab).contains(u'&')); // Alt+letter reaches every tab
            QVERIFY(!dashboard.tabs()->widget(tab)->accessibleName().isEmpty());
        }
        dashboard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
    }

    void leadersVouchAndInviteOnly()
    {
        QVERIFY(m_store->setSetting(QStringLiteral("role"), QStringLiteral("leader")).ok());
        AdminDashboard dashboard(*m_device, m_prompts);
        QCOMPARE(dashboard.tabs()->count(), 2);
        QVERIFY(!dashboard.roles());
        QVERIFY(!dashboard.auditLog());
        QVERIFY(dashboard.findChild<RolesWidget *>() == nullptr);
        QCOMPARE(dashboard.tabs()->indexOf(dashboard.invitations()), 1);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    ManualClock m_clock;
    std::unique_ptr<Device> m_device;
    LocalStore *m_store = nullptr;
    ScriptedPrompts m_prompts; // nothing here asks a question
};

QTEST_MAIN(AdminDashboardTest)
#include "AdminDashboardTest.moc"
