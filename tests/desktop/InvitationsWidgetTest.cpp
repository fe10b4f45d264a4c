// Invitations offline: a valid address becomes an invitation row (into the community or a
// group) waiting to be sent; a bad address or a member without the right is refused with a
// message and saves nothing.

#include "desktop/ui/InvitationsWidget.h"
#include "common/Clock.h"
#include "desktop/core/Device.h"
#include "desktop/core/LocalStore.h"
#include "desktop/models/InvitationsModel.h"

#include <QAbstractItemModelTester>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace commonroom;

class InvitationsWidgetTest : public QObject
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
        QVERIFY(insert.exec(
            QStringLiteral("INSERT INTO \"group\" (id, name, kind) VALUES ('g1', 'Bike kitchen', 'reviewed')")));
        QVERIFY(insert.exec(QStringLiteral(
            "INSERT INTO invitation (id, email, state, created_at, expires_at, invited_by) VALUES "
            "('old', 'old@example.org', 'accepted', '2026-01-01T09:00:00Z', '2026-01-15T09:00:00Z', 'leader1')")));
        QVERIFY(m_store->setSetting(QStringLiteral("person_id"), QStringLiteral("leader1")).ok());
        QVERIFY(m_store->setSetting(QStringLiteral("role"), QStringLiteral("leader")).ok());
    }

    void cleanup()
    {
        m_device.reset();
        m_dir.reset();
    }

    void modelShowsInvitationsNewestFirst()
    {
        InvitationsModel model(*m_device);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, InvitationsModel::StateColumn).data().toString(), QStringLiteral("Accepted"));
        QCOMPARE(model.index(0, InvitationsModel::GroupColumn).data().toString(), QStringLiteral("The community"));
    }

    void invitesIntoTheCommunity()
    {
        InvitationsWidget widget(*m_device);
        QAbstractItemModelTester tester(widget.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        widget.setEmail(QStringLiteral("  new.person@example.org "));
        widget.findChild<QPushButton *>(QStringLiteral("inviteButton"))->click();
        QVERIFY2(widget.errorText().isEmpty(), qPrintable(widget.errorText()));
        QVERIFY(widget.statusText().contains(QStringLiteral("next sync")));
        const auto pending = m_store->pendingMutations(10);
        QCOMPARE(pending.size(), std::size_t(1));
        QCOMPARE(pending[0].table, std::string("invitation"));
        QCOMPARE(toDisplayString(pending[0].fields.at("email")), std::string("new.person@example.org"));
        QCOMPARE(toDisplayString(pending[0].fields.at("invited_by")), std::string("leader1"));
        QCOMPARE(toDisplayString(pending[0].fields.at("state")), std::string("pending"));
        // Dated by the device's clock, not the machine's.
        QCOMPARE(toDisplayString(pending[0].fields.at("created_at")), std::string("2026-02-01T09:00:00Z"));
        QVERIFY(!pending[0].fields.count("group_id") || isNull(pending[0].fields.at("group_id")));
        QCOMPARE(widget.model()->rowCount(), 2);
        QCOMPARE(widget.model()->index(0, InvitationsModel::EmailColumn).data().toString(),
            QStringLiteral("new.person@example.org"));
        QCOMPARE(widget.model()->index(0, InvitationsModel::StateColumn).data().toString(),
            QStringLiteral("Waiting to be sent"));
    }

    void invitesIntoAGroup()
    {
        InvitationsWidget widget(*m_device);
        widget.setEmail(QStringLiteral("cyclist@example.org"));
        widget.setGroup(QStringLiteral("g1"));
        QVERIFY(widget.invite());
        const auto pending = m_store->pendingMutations(10);
        QCOMPARE(pending.size(), std::size_t(1));
        QCOMPARE(toDisplayString(pending[0].fields.at("group_id")), std::string("g1"));
        QVERIFY(widget.statusText().contains(QStringLiteral("Bike kitchen")));
        QCOMPARE(
            widget.model()->index(0, InvitationsModel::GroupColumn).data().toString(), QStringLiteral("Bike kitchen"));
    }

    void badAddressesAreRefused_data()
    {
        QTest::addColumn<QString>("email");
        QTest::newRow("empty") << QString();
        QTest::newRow("no at") << QStringLiteral("someone.example.org");
        QTest::newRow("space") << QStringLiteral("some one@example.org");
        // Refused as the daemon refuses (common/EmailAddress): nothing before or after the @, two of them.
        QTest::newRow("nothing before") << QStringLiteral("@example.org");
        QTest::newRow("two ats") << QStringLiteral("some@one@example.org");
    }

    void badAddressesAreRefused()
    {
        QFETCH(QString, email);
        InvitationsWidget widget(*m_device);
        widget.setEmail(email);
        QVERIFY(!widget.invite());
        QVERIFY2(widget.errorText().contains(QStringLiteral("email address")), qPrintable(widget.errorText()));
        QCOMPARE(m_store->pendingCount(), 0);
    }

    void membersCannotInvite()
    {
        QVERIFY(m_store->setSetting(QStringLiteral("role"), QStringLiteral("member")).ok());
        InvitationsWidget widget(*m_device);
        QVERIFY(!widget.findChild<QPushButton *>(QStringLiteral("inviteButton"))->isEnabled());
        widget.setEmail(QStringLiteral("friend@example.org"));
        QVERIFY(!widget.invite());
        QVERIFY(widget.errorText().contains(QStringLiteral("Only leaders and admins")));
        QCOMPARE(m_store->pendingCount(), 0);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    ManualClock m_clock {1'769'936'400'000}; // 2026-02-01 09:00 UTC, after the stored invitation
    std::unique_ptr<Device> m_device;
    LocalStore *m_store = nullptr;
};

QTEST_MAIN(InvitationsWidgetTest)
#include "InvitationsWidgetTest.moc"
