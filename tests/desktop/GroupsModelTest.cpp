#include "desktop/models/GroupsModel.h"
#include "common/Clock.h"
#include "desktop/core/Device.h"
#include "desktop/core/Groups.h"
#include "desktop/core/LocalStore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace commonroom;

class GroupsModelTest : public QObject
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
        QVERIFY(m_store->setSetting(QStringLiteral("role"), QStringLiteral("member")).ok());
    }

    void cleanup()
    {
        m_device.reset();
        m_dir.reset();
    }

    void emptyWithoutGroups()
    {
        GroupsModel model(*m_device);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), 5);
        QCOMPARE(model.headerData(GroupsModel::NameColumn, Qt::Horizontal).toString(), QStringLiteral("Name"));
        QCOMPARE(model.headerData(GroupsModel::YouColumn, Qt::Horizontal).toString(), QStringLiteral("You"));
        QCOMPARE(model.rowOfId(QStringLiteral("nope")), -1);
    }

    void listsGroupsWithHowTheUserStands()
    {
        seed();
        GroupsModel model(*m_device);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(model.rowCount(), 6);
        // By name, case-insensitively.
        QStringList names;
        for (int row = 0; row < model.rowCount(); ++row)
            names << model.index(row, GroupsModel::NameColumn).data().toString();
        QCOMPARE(names,
            (QStringList {QStringLiteral("Bikers"), QStringLiteral("choir"), QStringLiteral("Council"),
                QStringLiteral("Gardeners"), QStringLiteral("Readers"), QStringLiteral("Tenants")}));

        QCOMPARE(you(model, "garden"), QString());
        QCOMPARE(you(model, "council"), QStringLiteral("curator"));
        QCOMPARE(you(model, "readers"), QStringLiteral("requested"));
        QCOMPARE(you(model, "choir"), QStringLiteral("invited"));
        QCOMPARE(you(model, "bikers"), QStringLiteral("declined"));
        QCOMPARE(you(model, "tenants"), QStringLiteral("member"));

        const QModelIndex council = model.index(model.rowOfId(QStringLiteral("council")), GroupsModel::NameColumn);
        QCOMPARE(council.data(GroupsModel::IdRole).toString(), QStringLiteral("council"));
        // The tooltip holds the whole name (a narrow list cuts it), then the description.
        QCOMPARE(council.data(Qt::ToolTipRole).toString(), QStringLiteral("Council"));
        QCOMPARE(model.index(model.rowOfId(QStringLiteral("garden")), GroupsModel::NameColumn)
                     .data(Qt::ToolTipRole)
                     .toString(),
            QStringLiteral("Gardeners\nWe grow things"));
        QCOMPARE(council.data(GroupsModel::KindRole).toString(), QStringLiteral("reviewed"));
        QCOMPARE(council.siblingAtColumn(GroupsModel::KindColumn).data().toString(), QStringLiteral("Reviewed"));
        // Two active (me, bob); carla's request and dmitri's invitation are not members yet.
        QCOMPARE(council.siblingAtColumn(GroupsModel::MembersColumn).data().toInt(), 2);
        QCOMPARE(council.data(GroupsModel::CuratorCountRole).toInt(), 1);
        QCOMPARE(council.data(GroupsModel::PendingCountRole).toInt(), 1);
        QVERIFY(council.data(GroupsModel::CanCurateRole).toBool());
        QCOMPARE(council.siblingAtColumn(GroupsModel::RequestsColumn).data().toInt(), 1);
        QVERIFY(!council.data(GroupsModel::MyMembershipIdRole).toString().isEmpty());

        // Readers has requests too (the user's own and Carla's), but a member who does not curate
        // it is not told.
        const QModelIndex readers = model.index(model.rowOfId(QStringLiteral("readers")), GroupsModel::RequestsColumn);
        QCOMPARE(readers.data(GroupsModel::PendingCountRole).toInt(), 2);
        QVERIFY(!readers.data(GroupsModel::CanCurateRole).toBool());
        QVERIFY(readers.data().isNull());

        const QModelIndex tenants = model.index(model.rowOfId(QStringLiteral("tenants")), GroupsModel::NameColumn);
        QCOMPARE(tenants.data(GroupsModel::TermsRole).toString(), QStringLiteral("Be kind."));
        QVERIFY(tenants.data(GroupsModel::SearchTextRole).toString().contains(QStringLiteral("Renters")));
    }

    void leadersMayCurateEveryGroup()
    {
        seed();
        QVERIFY(m_store->setSetting(QStringLiteral("role"), QStringLiteral("leader")).ok());
        GroupsModel model(*m_device);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        const QModelIndex readers = model.index(model.rowOfId(QStringLiteral("readers")), GroupsModel::RequestsColumn);
        QVERIFY(readers.data(GroupsModel::CanCurateRole).toBool());
        QCOMPARE(readers.data().toInt(), 2);
    }

    void reloadsWhenMembershipsChange()
    {
        seed();
        GroupsModel model(*m_device);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        const int garden = model.rowOfId(QStringLiteral("garden"));
        QCOMPARE(model.index(garden, GroupsModel::MembersColumn).data().toInt(), 0);

        Groups &groups = m_device->groups();
        const auto state = groups.join(QStringLiteral("garden"), false);
        QVERIFY(state.ok());
        QCOMPARE(*state, QStringLiteral("active"));
        QVERIFY(resets.count() >= 1);
        QCOMPARE(you(model, "garden"), QStringLiteral("member"));
        QCOMPARE(model.index(model.rowOfId(QStringLiteral("garden")), GroupsModel::MembersColumn).data().toInt(), 1);

        // A new group arrives (here: created locally) and takes its place by name.
        QVERIFY(m_store->setSetting(QStringLiteral("role"), QStringLiteral("leader")).ok());
        const auto created = groups.create(QStringLiteral("Archers"), QStringLiteral("open"));
        QVERIFY(created.ok());
        QCOMPARE(model.rowCount(), 7);
        QCOMPARE(model.rowOfId(*created), 0);
        QCOMPARE(you(model, created->toLatin1().constData()), QStringLiteral("curator"));

        QVERIFY(groups.leave(QStringLiteral("garden")).ok());
        QCOMPARE(you(model, "garden"), QString());
        QCOMPARE(model.index(model.rowOfId(QStringLiteral("garden")), GroupsModel::MembersColumn).data().toInt(), 0);

        // Unrelated tables do not reload the groups.
        const int before = resets.count();
        QVERIFY(
            m_store->updateRow(QStringLiteral("person"), QStringLiteral("bob"), {{"area", std::string("East")}}).ok());
        QCOMPARE(resets.count(), before);
    }

    void nothingIsTheUsersWithoutSignIn()
    {
        seed();
        QVERIFY(m_store->setSetting(QStringLiteral("person_id"), QString()).ok());
        GroupsModel model(*m_device);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        for (int row = 0; row < model.rowCount(); ++row) {
            QVERIFY(model.index(row, GroupsModel::YouColumn).data().toString().isEmpty());
            QVERIFY(!model.index(row, 0).data(GroupsModel::CanCurateRole).toBool());
        }
    }

private:
    static QString you(const GroupsModel &model, const char *id)
    {
        const int row = model.rowOfId(QString::fromLatin1(id));
        return row < 0 ? QStringLiteral("<missing>") : model.index(row, GroupsModel::YouColumn).data().toString();
    }

    void seed()
    {
        QSqlQuery query(m_store->database());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO person (id, display_name) VALUES ('me', 'Eve'), "
                                          "('bob', 'Bob'), ('carla', 'Carla'), ('dmitri', 'Dmitri')")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO \"group\" (id, name, kind, description, terms) VALUES "
                                          "('garden', 'Gardeners', 'open', 'We grow things', NULL), "
                                          "('council', 'Council', 'reviewed', NULL, NULL), "
                                          "('readers', 'Readers', 'reviewed', NULL, NULL), "
                                          "('choir', 'choir', 'closed', NULL, NULL), "
                                          "('bikers', 'Bikers', 'reviewed', NULL, NULL), "
                                          "('tenants', 'Tenants', 'open', 'Renters of the block', 'Be kind.')")));
        QVERIFY(
            query.exec(QStringLiteral("INSERT INTO membership (id, person_id, group_id, state, role, message) VALUES "
                                      "('m1', 'me', 'council', 'active', 'curator', NULL), "
                                      "('m2', 'bob', 'council', 'active', 'member', NULL), "
                                      "('m3', 'carla', 'council', 'pending', 'member', 'Please'), "
                                      "('m4', 'dmitri', 'council', 'invited', 'member', NULL), "
                                      "('m5', 'me', 'readers', 'pending', 'member', NULL), "
                                      "('m6', 'carla', 'readers', 'pending', 'member', NULL), "
                                      "('m7', 'me', 'choir', 'invited', 'member', NULL), "
                                      "('m8', 'me', 'bikers', 'declined', 'member', 'Full'), "
                                      "('m9', 'me', 'tenants', 'active', 'member', NULL), "
                                      "('m10', 'bob', 'choir', 'active', 'curator', NULL)")));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    ManualClock m_clock;
    std::unique_ptr<Device> m_device;
    LocalStore *m_store = nullptr;
};

QTEST_GUILESS_MAIN(GroupsModelTest)
#include "GroupsModelTest.moc"
