// Role management offline: promotions and demotions become person edits; the last admin is
// never demoted (refused here at once, with a message saying what to do), and a refusal of the
// daemon (last_admin) is shown.

#include "desktop/ui/RolesWidget.h"
#include "common/Clock.h"
#include "desktop/core/Device.h"
#include "desktop/core/LocalStore.h"
#include "desktop/models/RolesModel.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace commonroom;

class RolesWidgetTest : public QObject
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
        QSqlQuery insert(m_store->database());
        const char *rows[] = {
            "INSERT INTO person (id, display_name, email, role) VALUES ('admin1', 'Amara Okafor', 'amara@example.org', "
            "'admin')",
            "INSERT INTO person (id, display_name, email, role) VALUES ('leader1', 'Lino Leader', 'lino@example.org', "
            "'leader')",
            "INSERT INTO person (id, display_name, email, role) VALUES ('member1', 'Mei Chen', 'mei@example.org', "
            "'member')",
            "INSERT INTO person (id, display_name, role) VALUES ('app1', 'Ana 50%_off', 'applicant')",
        };
        for (const char *row : rows)
            QVERIFY2(insert.exec(QString::fromUtf8(row)), qPrintable(insert.lastError().text()));
        QVERIFY(m_store->setSetting(QStringLiteral("person_id"), QStringLiteral("admin1")).ok());
        QVERIFY(m_store->setSetting(QStringLiteral("role"), QStringLiteral("admin")).ok());
    }

    void cleanup()
    {
        m_device.reset();
        m_dir.reset();
    }

    void modelListsLeadersAndAdminsOrFindsPeople()
    {
        RolesModel model(*m_device);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, RolesModel::NameColumn).data().toString(), QStringLiteral("Amara Okafor"));
        QCOMPARE(model.index(0, RolesModel::RoleColumn).data().toString(), QStringLiteral("Admin"));
        QCOMPARE(model.index(1, RolesModel::RoleColumn).data().toString(), QStringLiteral("Leader"));
        QCOMPARE(model.adminCount(), 1);

        model.setFilter(QStringLiteral("mei@"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data(RolesModel::PersonIdRole).toString(), QStringLiteral("member1"));
        // LIKE wildcards typed by the user are taken literally; applicants are not listed.
        model.setFilter(QStringLiteral("%"));
        QCOMPARE(model.rowCount(), 0);
        model.setFilter(QStringLiteral("50%_"));
        QCOMPARE(model.rowCount(), 0);
        model.setFilter(QString());
        QCOMPARE(model.rowCount(), 2);
    }

    void promotesAndDemotes()
    {
        RolesWidget roles(*m_device);
        QAbstractItemModelTester tester(roles.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        roles.findChild<QLineEdit *>(QStringLiteral("search"))->setText(QStringLiteral("Mei"));
        roles.selectPerson(QStringLiteral("member1"));
        QVERIFY(!roles.findChild<QPushButton *>(QStringLiteral("memberButton"))->isEnabled());
        roles.findChild<QPushButton *>(QStringLiteral("leaderButton"))->click();
        QVERIFY2(roles.errorText().isEmpty(), qPrintable(roles.errorText()));
        QCOMPARE(roleOf(QStringLiteral("member1")), std::string("leader"));
        const auto pending = m_store->pendingMutations(10);
        QCOMPARE(pending.size(), std::size_t(1));
        QCOMPARE(toDisplayString(pending[0].fields.at("role")), std::string("leader"));

        roles.selectPerson(QStringLiteral("member1"));
        QVERIFY(roles.setRole(QStringLiteral("member")));
        QCOMPARE(roleOf(QStringLiteral("member1")), std::string("member"));
    }

    void theLastAdminIsNeverDemoted()
    {
        RolesWidget roles(*m_device);
        roles.selectPerson(QStringLiteral("admin1"));
        QVERIFY(!roles.setRole(QStringLiteral("member")));
        QVERIFY2(roles.errorText().contains(QStringLiteral("last admin")), qPrintable(roles.errorText()));
        QVERIFY2(roles.errorText().contains(QStringLiteral("Make someone else an admin first")),
            qPrintable(roles.errorText()));
        QCOMPARE(roleOf(QStringLiteral("admin1")), std::string("admin"));
        QCOMPARE(m_store->pendingCount(), 0);

        // With a second admin, the first may step down.
        roles.selectPerson(QStringLiteral("leader1"));
        QVERIFY(roles.setRole(QStringLiteral("admin")));
        roles.selectPerson(QStringLiteral("admin1"));
        QVERIFY(roles.setRole(QStringLiteral("leader")));
        QCOMPARE(roleOf(QStringLiteral("admin1")), std::string("leader"));
        QCOMPARE(m_store->pendingCount(), 2);
    }

    void theDaemonsRefusalIsShown()
    {
        RolesWidget roles(*m_device);
        auto *refusal = roles.findChild<QLabel *>(QStringLiteral("refusalLabel"));
        QVERIFY(refusal->isHidden());
        // Another device demoted the other admin meanwhile; the daemon refuses this demotion.
        QSqlQuery insert(m_store->database());
        QVERIFY(insert.exec(
            QStringLiteral("INSERT INTO person (id, display_name, role) VALUES ('admin2', 'Bo', 'admin')")));
        roles.model()->reload();
        roles.selectPerson(QStringLiteral("admin1"));
        QVERIFY(roles.setRole(QStringLiteral("member")));
        const auto pending = m_store->pendingMutations(10);
        QCOMPARE(pending.size(), std::size_t(1));
        protocol::PushResponse response;
        response.rejected = {{pending[0].mid, "last_admin", "Amara Okafor is the last admin."}};
        QVERIFY(m_store->applyPushResult(response).ok());
        roles.model()->reload();
        QVERIFY(!refusal->isHidden());
        QVERIFY2(refusal->text().contains(QStringLiteral("is the last admin")), qPrintable(refusal->text()));
        QCOMPARE(roleOf(QStringLiteral("admin1")), std::string("admin"));
    }

    void onlyAdminsChangeRoles()
    {
        QVERIFY(m_store->setSetting(QStringLiteral("role"), QStringLiteral("leader")).ok());
        RolesWidget roles(*m_device);
        roles.selectPerson(QStringLiteral("leader1"));
        QVERIFY(!roles.findChild<QPushButton *>(QStringLiteral("adminButton"))->isEnabled());
        QVERIFY(!roles.setRole(QStringLiteral("admin")));
        QVERIFY(roles.errorText().contains(QStringLiteral("Only admins")));
        QCOMPARE(m_store->pendingCount(), 0);
    }

private:
    std::string roleOf(const QString &personId) const
    {
        const auto row = m_store->row(QStringLiteral("person"), personId);
        return row ? toDisplayString(row->at("role")) : std::string();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    ManualClock m_clock;
    std::unique_ptr<Device> m_device;
    LocalStore *m_store = nullptr;
};

QTEST_MAIN(RolesWidgetTest)
#include "RolesWidgetTest.moc"
