#include "desktop/models/GroupMembersModel.h"
#include "common/Clock.h"
#include "desktop/core/Groups.h"
#include "desktop/core/LocalStore.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace commonroom;

class GroupMembersModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_store = std::make_unique<LocalStore>(m_clock);
        QVERIFY(m_store->open(m_dir->filePath(QStringLiteral("commonroom.db"))).ok());
        m_groups = std::make_unique<Groups>(*m_store);
        QVERIFY(m_store->setSetting(QStringLiteral("person_id"), QStringLiteral("me")).ok());
        QVERIFY(m_store->setSetting(QStringLiteral("role"), QStringLiteral("member")).ok());
        QSqlQuery query(m_store->database());
        // 'ghost' is not on this device (or hides their name).
        QVERIFY(query.exec(QStringLiteral("INSERT INTO person (id, display_name) VALUES ('me', 'Eve'), "
                                          "('bob', 'Bob'), ('carla', 'Carla'), ('dmitri', 'Dmitri'), "
                                          "('ana', 'ana')")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO \"group\" (id, name, kind) VALUES "
                                          "('council', 'Council', 'reviewed'), ('garden', 'Gardeners', 'open')")));
        QVERIFY(
            query.exec(QStringLiteral("INSERT INTO membership (id, person_id, group_id, state, role, message) VALUES "
                                      "('m1', 'me', 'council', 'active', 'curator', NULL), "
                                      "('m2', 'bob', 'council', 'active', 'member', NULL), "
                                      "('m3', 'carla', 'council', 'pending', 'member', 'Please let me in'), "
                                      "('m4', 'dmitri', 'council', 'invited', 'member', NULL), "
                                      "('m5', 'ana', 'council', 'declined', 'member', 'Full'), "
                                      "('m6', 'ghost', 'council', 'active', 'member', NULL), "
                                      "('m7', 'ana', 'council', 'active', 'member', NULL), "
                                      "('m8', 'bob', 'garden', 'active', 'curator', NULL)")));
    }

    void cleanup()
    {
        m_groups.reset();
        m_store.reset();
        m_dir.reset();
    }

    void emptyWithoutGroup()
    {
        GroupMembersModel model(*m_groups, *m_store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), 4);
        QCOMPARE(
            model.headerData(GroupMembersModel::MessageColumn, Qt::Horizontal).toString(), QStringLiteral("Message"));
        // A membership change of no group shown does not matter.
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QVERIFY(m_groups->join(QStringLiteral("garden"), false).ok());
        QCOMPARE(resets.count(), 0);
    }

    void listsRequestsFirstThenCuratorsMembersInvitations()
    {
        GroupMembersModel model(*m_groups, *m_store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setGroupId(QStringLiteral("council"));
        QCOMPARE(model.groupId(), QStringLiteral("council"));
        QCOMPARE(model.rowCount(), 7);
        QStringList order;
        for (int row = 0; row < model.rowCount(); ++row)
            order << model.index(row, 0).data(GroupMembersModel::MembershipIdRole).toString();
        // Request, curator, members by name (unnamed last), invitation, declined.
        QCOMPARE(order,
            (QStringList {QStringLiteral("m3"), QStringLiteral("m1"), QStringLiteral("m7"), QStringLiteral("m2"),
                QStringLiteral("m6"), QStringLiteral("m4"), QStringLiteral("m5")}));

        const QModelIndex carla = model.index(0, GroupMembersModel::NameColumn);
        QCOMPARE(carla.data().toString(), QStringLiteral("Carla"));
        QCOMPARE(carla.data(GroupMembersModel::PersonIdRole).toString(), QStringLiteral("carla"));
        QCOMPARE(carla.data(GroupMembersModel::StateRole).toString(), QStringLiteral("pending"));
        QCOMPARE(carla.data(GroupMembersModel::RoleRole).toString(), QStringLiteral("member"));
        QCOMPARE(model.index(0, GroupMembersModel::StateColumn).data().toString(), QStringLiteral("Asks to join"));
        // Asking to join gives no role yet: the column stays empty until a curator accepts.
        QVERIFY(model.index(0, GroupMembersModel::RoleColumn).data().toString().isEmpty());
        QCOMPARE(
            model.index(0, GroupMembersModel::MessageColumn).data().toString(), QStringLiteral("Please let me in"));
        QCOMPARE(model.index(1, GroupMembersModel::RoleColumn).data().toString(), QStringLiteral("Curator"));
        const QModelIndex ghost = model.index(model.rowOfMembership(QStringLiteral("m6")), 0);
        QCOMPARE(ghost.data().toString(), QStringLiteral("(name not shared)"));
        QVERIFY(!ghost.data(Qt::ToolTipRole).toString().isEmpty());
        QCOMPARE(model.rowOfMembership(QStringLiteral("m8")), -1);
    }

    void followsDecisionsAndNames()
    {
        GroupMembersModel model(*m_groups, *m_store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setGroupId(QStringLiteral("council"));
        QVERIFY(m_groups->decide(QStringLiteral("m3"), true, QStringLiteral("Welcome")).ok());
        const int carla = model.rowOfMembership(QStringLiteral("m3"));
        QVERIFY(carla > 0); // no longer a request on top
        QCOMPARE(model.index(carla, GroupMembersModel::StateColumn).data().toString(), QStringLiteral("Member"));
        QCOMPARE(model.index(carla, GroupMembersModel::MessageColumn).data().toString(), QStringLiteral("Welcome"));

        QVERIFY(
            m_store
                ->updateRow(QStringLiteral("person"), QStringLiteral("bob"), {{"display_name", std::string("Robert")}})
                .ok());
        QCOMPARE(
            model.index(model.rowOfMembership(QStringLiteral("m2")), 0).data().toString(), QStringLiteral("Robert"));

        QVERIFY(m_groups->appointCurator(QStringLiteral("council"), QStringLiteral("bob")).ok());
        QCOMPARE(
            model.index(model.rowOfMembership(QStringLiteral("m2")), 0).data(GroupMembersModel::RoleRole).toString(),
            QStringLiteral("curator"));

        model.setGroupId({});
        QCOMPARE(model.rowCount(), 0);
    }

    void readsALargeGroupPageByPage()
    {
        // 2.5 pages of members, a request and a curator without a shared name among them.
        QSqlQuery query(m_store->database());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO \"group\" (id, name, kind) VALUES ('big', 'Big', 'open')")));
        const int members = GroupMembersModel::kPageSize * 5 / 2;
        QVERIFY(m_store->database().transaction());
        for (int i = 0; i < members; ++i) {
            const QString person = QStringLiteral("p%1").arg(i, 4, 10, QLatin1Char('0'));
            QVERIFY(
                query.exec(QStringLiteral("INSERT INTO person (id, display_name) VALUES ('%1', %2)")
                               .arg(person,
                                   i == 7 ? QStringLiteral("NULL")
                                          : QStringLiteral("'Person %1'").arg(members - i, 4, 10, QLatin1Char('0')))));
            const QString state = i == members - 1 ? QStringLiteral("pending") : QStringLiteral("active");
            const QString role = i == 7 || i == 3 ? QStringLiteral("curator") : QStringLiteral("member");
            QVERIFY(query.exec(QStringLiteral("INSERT INTO membership (id, person_id, group_id, state, role) "
                                              "VALUES ('b%1', '%1', 'big', '%2', '%3')")
                                   .arg(person, state, role)));
        }
        QVERIFY(m_store->database().commit());

        GroupMembersModel model(*m_groups, *m_store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setGroupId(QStringLiteral("big"));
        QCOMPARE(model.rowCount(), GroupMembersModel::kPageSize); // one page, not every member
        QVERIFY(model.canFetchMore());
        QCOMPARE(model.index(0, 0).data(GroupMembersModel::StateRole).toString(), QStringLiteral("pending"));
        QCOMPARE(model.index(1, 0).data(GroupMembersModel::PersonIdRole).toString(), QStringLiteral("p0003"));
        QCOMPARE(model.index(2, 0).data(GroupMembersModel::PersonIdRole).toString(), QStringLiteral("p0007"));

        // The curators are known before their rows are read (and here they are, near the top).
        const auto curators = model.curators();
        QCOMPARE(curators.size(), std::size_t(2));
        QCOMPARE(curators[0].personId, QStringLiteral("p0003"));
        QVERIFY(curators[1].name.isEmpty());

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.fetchMore();
        QCOMPARE(model.rowCount(), 2 * GroupMembersModel::kPageSize);
        QCOMPARE(inserted.count(), 1);
        model.fetchMore();
        QCOMPARE(model.rowCount(), members);
        QVERIFY(!model.canFetchMore());
        model.fetchMore(); // nothing left: no change
        QCOMPARE(model.rowCount(), members);

        // Every member once, in the list's order: members by name after the request and curators.
        QSet<QString> seen;
        QString previous;
        for (int row = 0; row < model.rowCount(); ++row) {
            seen.insert(model.index(row, 0).data(GroupMembersModel::MembershipIdRole).toString());
            if (row >= 3) {
                const QString name = model.index(row, 0).data().toString();
                QVERIFY2(previous.compare(name, Qt::CaseInsensitive) <= 0, qPrintable(name));
                previous = name;
            }
        }
        QCOMPARE(seen.size(), members);

        // A change reads again as many rows as were shown.
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QVERIFY(m_store
                    ->updateRow(QStringLiteral("person"), QStringLiteral("p0003"),
                        {{"display_name", std::string("Aaron Curator")}})
                    .ok());
        QCOMPARE(resets.count(), 1);
        QCOMPARE(model.rowCount(), members);
        QVERIFY(!model.canFetchMore());
        QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("Aaron Curator"));

        // Looking a membership up reads as far as needed.
        GroupMembersModel fresh(*m_groups, *m_store);
        QAbstractItemModelTester freshTester(&fresh, QAbstractItemModelTester::FailureReportingMode::Fatal);
        fresh.setGroupId(QStringLiteral("big"));
        QCOMPARE(fresh.rowCount(), GroupMembersModel::kPageSize);
        const int row = fresh.rowOfMembership(QStringLiteral("bp0000")); // "Person 0500": last by name
        QCOMPARE(row, members - 1);
        QCOMPARE(fresh.rowCount(), members);
        QCOMPARE(fresh.rowOfMembership(QStringLiteral("no-such-membership")), -1);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    ManualClock m_clock;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<Groups> m_groups; // the service the model reads through
};

QTEST_GUILESS_MAIN(GroupMembersModelTest)
#include "GroupMembersModelTest.moc"
