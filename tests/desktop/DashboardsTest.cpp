// The dashboards of the main window (Home, Profile, Groups, People) and the models and the small
// "recent changes" source behind Home, against a real LocalStore fed through its pull path.

#include "ScriptedPrompts.h"
#include "common/Clock.h"
#include "desktop/core/Device.h"
#include "desktop/core/LocalStore.h"
#include "desktop/core/RecentChanges.h"
#include "desktop/core/SyncEngine.h"
#include "desktop/core/TokenStore.h"
#include "desktop/models/DeferredReload.h"
#include "desktop/models/MyGroupsModel.h"
#include "desktop/models/RecentChangesModel.h"
#include "desktop/models/ReviewRequestsModel.h"
#include "desktop/ui/EventListPane.h"
#include "desktop/ui/EventsDashboard.h"
#include "desktop/ui/GroupsWindow.h"
#include "desktop/ui/HomeDashboard.h"
#include "desktop/ui/MainWindow.h"
#include "desktop/ui/PersonEditor.h"
#include "desktop/ui/ProfileDashboard.h"
#include "desktop/ui/Screenshots.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

#include <map>
#include <memory>

using namespace commonroom;
using namespace commonroom::testing;

namespace {
QString text(const FieldMap &row, const std::string &name)
{
    const auto it = row.find(name);
    return it == row.end() ? QString() : QString::fromStdString(toDisplayString(it->second));
}

protocol::Change membership(std::int64_t seq, const std::string &id, const std::string &person,
    const std::string &group, const std::string &state, const std::string &role = "member")
{
    return {
        seq, "membership", id, {{"person_id", person}, {"group_id", group}, {"state", state}, {"role", role}}, false};
}

protocol::PullResponse page(std::vector<protocol::Change> changes, std::string cursor)
{
    protocol::PullResponse response;
    response.changes = std::move(changes);
    response.cursor = std::move(cursor);
    return response;
}

QStringList texts(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    QStringList list;
    for (int row = 0; row < model.rowCount(parent); ++row)
        list << model.index(row, 0, parent).data().toString();
    return list;
}

// The inbox as read: each group's row, then its requests (person, how long ago, message).
QStringList inbox(const ReviewRequestsModel &model)
{
    QStringList list;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex group = model.index(row, 0);
        list << group.data().toString();
        for (int request = 0; request < model.rowCount(group); ++request) {
            QStringList columns;
            for (int column = 0; column < model.columnCount(group); ++column)
                columns << model.index(request, column, group).data().toString();
            list << QStringLiteral("  ") + columns.join(QStringLiteral(" | "));
        }
    }
    return list;
}
} // namespace

class DashboardsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_clock.setMs(1'793'880'000'000); // 2026-11-05 12:00 UTC
        m_device = std::make_unique<Device>(m_clock, Profile(m_dir->path()));
        QVERIFY(m_device->open().ok());
        m_store = &m_device->store();
        QSqlQuery query(m_store->database());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO person (id, display_name, email) VALUES ('me', 'Eve', "
                                          "'eve@example.org'), ('bob', 'Bob Brown', NULL), ('carla', 'Carla Cruz', "
                                          "NULL), ('dmitri', 'Dmitri Dahl', NULL)")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO \"group\" (id, name, kind) VALUES "
                                          "('garden', 'Gardeners', 'open'), ('readers', 'Readers', 'reviewed'), "
                                          "('choir', 'Choir', 'reviewed'), ('council', 'Council', 'reviewed')")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO membership (id, person_id, group_id, state, role, message) "
                                          "VALUES ('m1', 'me', 'readers', 'active', 'curator', NULL), "
                                          "('m2', 'me', 'garden', 'active', 'member', NULL), "
                                          "('m3', 'carla', 'readers', 'pending', 'member', 'Books!'), "
                                          "('m4', 'dmitri', 'choir', 'pending', 'member', NULL), "
                                          "('m5', 'me', 'council', 'pending', 'member', NULL)")));
        QVERIFY(m_store->setSetting(QStringLiteral("person_id"), QStringLiteral("me")).ok());
        QVERIFY(m_store->setSetting(QStringLiteral("role"), QStringLiteral("member")).ok());
        QCOMPARE(m_store->pendingCount(), 0);
    }

    void cleanup()
    {
        m_device.reset();
        m_dir.reset();
    }

    void reviewRequestsAreThoseICanAnswer()
    {
        ReviewRequestsModel model(*m_device);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // I curate Readers: Carla's request. Not Dmitri's (Choir), nor my own (Council).
        QCOMPARE(inbox(model),
            (QStringList {
                QStringLiteral("Readers (1 waiting)"), QStringLiteral("  Carla Cruz | date not known | Books!")}));
        const QModelIndex carla = model.index(0, 0, model.index(0, 0));
        QCOMPARE(carla.data(ReviewRequestsModel::MembershipIdRole).toString(), QStringLiteral("m3"));
        QCOMPARE(carla.data(ReviewRequestsModel::MessageRole).toString(), QStringLiteral("Books!"));
        QCOMPARE(carla.data(Qt::AccessibleTextRole).toString(), QStringLiteral("Carla Cruz asks to join Readers"));
        // A leader answers every group's: the groups by their longest waiting request, each from
        // its oldest, with how long ago by the device's clock (m_clock: 2026-11-05).
        QSqlQuery query(m_store->database());
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO membership (id, person_id, group_id, state, role, message, requested_at) VALUES "
            "('m6', 'bob', 'choir', 'pending', 'member', 'Tenor,\nsecond row', '2026-11-04T10:00:00.000Z'), "
            "('m7', 'carla', 'choir', 'pending', 'member', NULL, '2026-10-30T10:00:00.000Z')")));
        QVERIFY(m_store->setSetting(QStringLiteral("role"), QStringLiteral("leader")).ok());
        model.reload();
        QCOMPARE(inbox(model),
            (QStringList {QStringLiteral("Readers (1 waiting)"),
                QStringLiteral("  Carla Cruz | date not known | Books!"), QStringLiteral("Choir (3 waiting)"),
                QStringLiteral("  Dmitri Dahl | date not known | "), QStringLiteral("  Carla Cruz | 6 day(s) ago | "),
                QStringLiteral("  Bob Brown | yesterday | Tenor, second row"), QStringLiteral("Council (1 waiting)"),
                QStringLiteral("  Eve | date not known | ")}));
        QCOMPARE(model.requestCount(), 5);
        // A group's row stands for all of its requests; each once, in the list's order.
        const QModelIndex choir = model.index(1, 0);
        QCOMPARE(choir.data(ReviewRequestsModel::WaitingRole).toInt(), 3);
        const auto named = model.requests({model.index(2, 0, choir), choir, model.index(0, 0)});
        QStringList ids;
        for (const auto &request : named)
            ids << request.membershipId;
        QCOMPARE(ids,
            (QStringList {QStringLiteral("m3"), QStringLiteral("m4"), QStringLiteral("m7"), QStringLiteral("m6")}));
        QVERIFY(m_store->setSetting(QStringLiteral("role"), QStringLiteral("member")).ok());
        model.reload();
        // Answering a request takes it off the list.
        QVERIFY(
            m_store->updateRow(QStringLiteral("membership"), QStringLiteral("m3"), {{"state", std::string("active")}})
                .ok());
        QCOMPARE(model.rowCount(), 0);
    }

    // Pulled people change no request: they reload the list only while it shows someone (whose
    // name may have changed), and only once the pages pause.
    void reviewRequestsFollowPulledPeopleOnlyWhileShowingSomeone()
    {
        ReviewRequestsModel model(*m_device);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QCOMPARE(model.rowCount(), 1);
        const auto person = [](std::int64_t seq, const std::string &id, const std::string &name) {
            return protocol::Change {seq, "person", id, {{"display_name", name}}, false};
        };
        QVERIFY(m_store->applyPullPage(page({person(1, "carla", "Carla Costa")}, "1")).ok());
        QCOMPARE(resets.count(), 0); // not at every page
        QTRY_COMPARE_WITH_TIMEOUT(texts(model, model.index(0, 0)), QStringList {QStringLiteral("Carla Costa")}, 10000);
        QCOMPARE(resets.count(), 1);

        // Carla's request answered elsewhere: nothing shown, and people pulled then change nothing.
        QVERIFY(m_store->applyPullPage(page({membership(2, "m3", "carla", "readers", "active")}, "2")).ok());
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(resets.count(), 2);
        QVERIFY(m_store->applyPullPage(page({person(3, "bob", "Bob Brown-Bauer")}, "3")).ok());
        QTest::qWait(2 * DeferredReload::kPauseMs);
        QCOMPARE(resets.count(), 2);
        // A new request shows at once.
        QVERIFY(m_store->applyPullPage(page({membership(4, "n4", "bob", "readers", "pending")}, "4")).ok());
        QCOMPARE(texts(model, model.index(0, 0)), QStringList {QStringLiteral("Bob Brown-Bauer")});
    }

    void recentChangesRecordPulledRowsOfMyGroupsOnly()
    {
        RecentChanges changes(*m_store);
        RecentChangesModel model(*m_store, changes);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy recorded(&changes, &RecentChanges::changed);

        // The first copy of the community is not news.
        QVERIFY(m_store->applyPullPage(page({membership(1, "n1", "bob", "garden", "active")}, "1")).ok());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(m_store->setSetting(QStringLiteral("last_sync_ms"), QStringLiteral("1700000000000")).ok());

        // Later pulls: Bob joins Gardeners (mine), Dmitri joins Choir (not mine), Readers changes.
        QVERIFY(m_store
                    ->applyPullPage(page({membership(2, "n2", "bob", "readers", "pending"),
                                             membership(3, "n3", "dmitri", "choir", "active"),
                                             {4, "group", "readers", {{"name", std::string("Book club")}}, false}},
                        "4"))
                    .ok());
        QVERIFY(!recorded.isEmpty());
        // Newest first; within a page, groups are recorded before memberships (dependency order).
        QCOMPARE(texts(model),
            (QStringList {
                QStringLiteral("Bob Brown asked to join Book club"), QStringLiteral("Book club was updated")}));
        QCOMPARE(model.index(0, 0).data(RecentChangesModel::GroupIdRole).toString(), QStringLiteral("readers"));
        QCOMPARE(changes.entries().front().atMs, m_clock.nowMs()); // when, by the device's clock

        // The same row again moves to the top instead of being listed twice.
        QVERIFY(m_store->applyPullPage(page({membership(5, "n2", "bob", "readers", "active")}, "5")).ok());
        QCOMPARE(texts(model),
            (QStringList {QStringLiteral("Bob Brown joined Book club"), QStringLiteral("Book club was updated")}));

        // A row purged from the device drops out; nothing of it is kept.
        protocol::PullResponse purge = page({}, "6");
        purge.purge.push_back({"membership", "n2"});
        QVERIFY(m_store->applyPullPage(purge).ok());
        QCOMPARE(texts(model), QStringList {QStringLiteral("Book club was updated")});

        // Bounded: only the newest kKeep entries stay.
        std::vector<protocol::Change> many;
        for (int i = 0; i < RecentChanges::kKeep + 20; ++i)
            many.push_back(membership(100 + i, "x" + std::to_string(i), "carla", "garden", "active"));
        QVERIFY(m_store->applyPullPage(page(many, "200")).ok());
        QCOMPARE(model.rowCount(), RecentChanges::kKeep);
        QSqlQuery count(m_store->database());
        QVERIFY(count.exec(QStringLiteral("SELECT COUNT(*) FROM recent_change")) && count.next());
        QVERIFY(count.value(0).toInt() <= RecentChanges::kKeep + 1);
    }

    void homeShowsMyGroupsRequestsAndChanges()
    {
        RecentChanges changes(*m_store);
        HomeDashboard home(*m_device, changes, m_prompts);
        QAbstractItemModelTester tester(home.myGroupsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        home.show();
        // Active memberships only: the pending request to Council is not "my group" yet.
        QCOMPARE(texts(*home.myGroupsModel()), (QStringList {QStringLiteral("Gardeners"), QStringLiteral("Readers")}));
        QCOMPARE(home.requestsModel()->rowCount(), 1);
        QCOMPARE(home.myGroupsView()->accessibleName(), QStringLiteral("My groups"));
        QCOMPARE(home.requestsView()->accessibleName(), QStringLiteral("Requests for you to review"));
        QCOMPARE(home.recentView()->accessibleName(), QStringLiteral("Recent changes in my groups"));

        QSignalSpy requested(&home, &HomeDashboard::groupRequested);
        home.requestsView()->setCurrentIndex(home.requestsModel()->index(0, 0, home.requestsModel()->index(0, 0)));
        QTest::keyClick(home.requestsView(), Qt::Key_Return);
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.at(0).at(0).toString(), QStringLiteral("readers"));
        QCOMPARE(requested.at(0).at(1).toString(), QStringLiteral("m3"));

        // Leaving a group takes it off the list at once.
        QVERIFY(m_store->deleteRow(QStringLiteral("membership"), QStringLiteral("m2")).ok());
        QCOMPARE(texts(*home.myGroupsModel()), QStringList {QStringLiteral("Readers")});
    }

    // The inbox answers in place: one request, a whole group, or a selection across groups, each
    // with one question for the message; cancelling it answers nothing.
    void homeAnswersRequestsInPlace()
    {
        QSqlQuery query(m_store->database());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO membership (id, person_id, group_id, state, role, requested_at) "
                                          "VALUES ('m6', 'bob', 'readers', 'pending', 'member', "
                                          "'2026-11-01T10:00:00.000Z'), ('m7', 'bob', 'choir', 'pending', 'member', "
                                          "'2026-11-02T10:00:00.000Z')")));
        QVERIFY(m_store->setSetting(QStringLiteral("role"), QStringLiteral("leader")).ok());
        RecentChanges changes(*m_store);
        HomeDashboard home(*m_device, changes, m_prompts);
        home.show();
        QSignalSpy notices(&home, &HomeDashboard::notice);
        const ReviewRequestsModel &model = *home.requestsModel();
        QTreeView *view = home.requestsView();
        // Readers first (Carla's request has no date: the oldest), then Choir, then Council.
        QCOMPARE(texts(model),
            (QStringList {QStringLiteral("Readers (2 waiting)"), QStringLiteral("Choir (2 waiting)"),
                QStringLiteral("Council (1 waiting)")}));
        QVERIFY(view->isExpanded(model.index(0, 0)));
        QVERIFY(!home.approveButton()->isEnabled()); // nothing selected
        QVERIFY(!home.approveButton()->toolTip().isEmpty());

        // Cancelling the question answers nothing.
        const auto select = [&](const QModelIndex &index, QItemSelectionModel::SelectionFlags how) {
            view->selectionModel()->select(index, how | QItemSelectionModel::Rows);
        };
        select(model.index(0, 0, model.index(0, 0)), QItemSelectionModel::ClearAndSelect);
        QVERIFY(home.approveButton()->isEnabled());
        m_prompts.textAnswer.reset();
        home.approveButton()->click();
        QCOMPARE(m_prompts.asked.last(), QStringLiteral("text:Approve Carla Cruz"));
        QCOMPARE(m_store->pendingCount(), 0);
        QCOMPARE(model.requestCount(), 5);

        // One request: approved with the message, named in the notice.
        m_prompts.textAnswer = QStringLiteral("Welcome!");
        home.approveButton()->click();
        QCOMPARE(
            text(*m_store->row(QStringLiteral("membership"), QStringLiteral("m3")), "state"), QStringLiteral("active"));
        QCOMPARE(text(*m_store->row(QStringLiteral("membership"), QStringLiteral("m3")), "message"),
            QStringLiteral("Welcome!"));
        QCOMPARE(notices.count(), 1);
        QVERIFY(notices.last().at(0).toString().startsWith(QStringLiteral("Carla Cruz is now a member of Readers.")));
        QCOMPARE(model.requestCount(), 4);

        // Choir and Council now wait longest (their requests have no date).
        QCOMPARE(texts(model),
            (QStringList {QStringLiteral("Choir (2 waiting)"), QStringLiteral("Council (1 waiting)"),
                QStringLiteral("Readers (1 waiting)")}));
        // A group's row and a request of another group: three declined with one question.
        select(model.index(0, 0), QItemSelectionModel::ClearAndSelect); // Choir: Dmitri and Bob
        select(model.index(0, 0, model.index(2, 0)), QItemSelectionModel::Select); // Bob in Readers
        m_prompts.textAnswer = QString();
        home.declineButton()->click();
        QCOMPARE(m_prompts.asked.last(), QStringLiteral("text:Decline 3 request(s)"));
        for (const char *id : {"m4", "m6", "m7"})
            QCOMPARE(text(*m_store->row(QStringLiteral("membership"), QString::fromLatin1(id)), "state"),
                QStringLiteral("declined"));
        QVERIFY(notices.last().at(0).toString().startsWith(QStringLiteral("Declined 3 request(s) to join.")));
        QCOMPARE(texts(model), QStringList {QStringLiteral("Council (1 waiting)")});
        QVERIFY(home.requestsError().isEmpty());

        // A request answered elsewhere meanwhile: the refusal names the person and the group.
        select(model.index(0, 0), QItemSelectionModel::ClearAndSelect);
        QVERIFY(query.exec(QStringLiteral("UPDATE membership SET state = 'declined' WHERE id = 'm5'")));
        home.approveButton()->click();
        QVERIFY2(home.requestsError().contains(QStringLiteral("Council")), qPrintable(home.requestsError()));
        QCOMPARE(notices.count(), 2);
    }

    // The pictures of the documentation (scripts/screenshots.sh): one per dashboard and main
    // dialog the role may open, named by order and page; a folder that cannot be made says so.
    void screenshotsPictureEveryDashboard()
    {
        MainWindow window(*m_device, m_prompts);
        window.setAutoSyncEnabled(false);
        QTemporaryDir out;
        QVERIFY(saveScreenshots(window, *m_device, m_prompts, out.path()).ok());
        const QStringList pictures = QDir(out.path()).entryList({QStringLiteral("*.png")}, QDir::Files, QDir::Name);
        // The dashboards, the person, and New event when Eve may make one (as a curator); no
        // door, with no event on the device.
        const bool makesEvents = m_device->events().mayCreateAny().ok();
        QCOMPARE(pictures.size(), window.dashboardCount() + 1 + (makesEvents ? 1 : 0));
        QCOMPARE(pictures.first(), QStringLiteral("01-homeDashboard.png"));
        QVERIFY(pictures.contains(QStringLiteral("04-peopleDashboard.png")));
        QVERIFY(pictures.contains(
            QStringLiteral("%1-person.png").arg(window.dashboardCount() + 1, 2, 10, QLatin1Char('0'))));
        QVERIFY(!QImage(QDir(out.path()).filePath(pictures.first())).isNull());

        QFile blocker(out.filePath(QStringLiteral("file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        const auto refused = saveScreenshots(window, *m_device, m_prompts, blocker.fileName() + QStringLiteral("/dir"));
        QVERIFY(!refused);
        QVERIFY(QString::fromStdString(refused.error().message).contains(QStringLiteral("Cannot make the folder")));
    }

    void mainWindowHasKeyboardDashboards()
    {
        MainWindow window(*m_device, m_prompts);
        window.setAutoSyncEnabled(false);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QCOMPARE(window.dashboardCount(), 6); // a member's: the five, then Canvassing
        QCOMPARE(window.dashboardList()->accessibleName(), QStringLiteral("Dashboards"));
        const QStringList names {QStringLiteral("Home"), QStringLiteral("Profile"), QStringLiteral("Groups"),
            QStringLiteral("People"), QStringLiteral("Events"), QStringLiteral("Canvassing")};
        QSet<QByteArray> pictures;
        for (int index = 0; index < 6; ++index) {
            QCOMPARE(window.dashboardList()->item(index)->data(Qt::UserRole).toString(), names[index]);
            // Each with its own picture, drawn in the palette's text colour, and in the
            // highlighted text colour when selected.
            const QIcon icon = window.dashboardList()->item(index)->icon();
            const QImage normal = icon.pixmap(24, 24).toImage();
            const QImage selected = icon.pixmap(QSize(24, 24), QIcon::Selected).toImage();
            QVERIFY2(inkOf(normal) == window.palette().color(QPalette::WindowText).rgb(), qPrintable(names[index]));
            QVERIFY(inkOf(selected) == window.palette().color(QPalette::HighlightedText).rgb());
            pictures.insert(QByteArray(reinterpret_cast<const char *>(normal.constBits()), normal.sizeInBytes()));
            QCOMPARE(window.dashboard(index)->accessibleName(), names[index]);
            auto *action = window.findChild<QAction *>(QStringLiteral("dashboardAction%1").arg(index + 1));
            QVERIFY(action);
            QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)));
        }
        QCOMPARE(pictures.size(), 6); // no two alike

        // Home says how many requests wait for Eve (Carla's, in Readers); the others wait for nothing.
        QCOMPARE(window.dashboardList()->item(0)->text(), QStringLiteral("Home (1)"));
        QCOMPARE(window.dashboardList()->item(3)->text(), QStringLiteral("People"));

        // Ctrl+1..4 switch, and the focus lands in the dashboard.
        QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
        QCOMPARE(window.currentDashboard(), int(MainWindow::PeopleDashboardIndex));
        QCOMPARE(QApplication::focusWidget(), window.searchField());
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(window.currentDashboard(), int(MainWindow::HomeDashboardIndex));
        // Eve curates Readers, where Carla waits: the keyboard starts in the requests.
        QCOMPARE(QApplication::focusWidget(), window.homeDashboard()->requestsView());
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(window.currentDashboard(), int(MainWindow::GroupsDashboardIndex));
        QCOMPARE(QApplication::focusWidget(), window.groupsDashboard()->searchField());
        // Ctrl+F searches what is shown.
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), window.groupsDashboard()->searchField());
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(window.currentDashboard(), int(MainWindow::ProfileDashboardIndex));
        PersonEditor *editor = window.profileDashboard()->editor();
        QVERIFY(editor);
        QVERIFY(!editor->isWindow());
        QCOMPARE(editor->personId(), QStringLiteral("me"));
        QCOMPARE(QApplication::focusWidget(), editor->findChild<QLineEdit *>(QStringLiteral("display_name")));
        // The arrow keys in the side list switch too.
        window.dashboardList()->setFocus();
        QTest::keyClick(window.dashboardList(), Qt::Key_Down);
        QCOMPARE(window.currentDashboard(), int(MainWindow::GroupsDashboardIndex));

        // A request on Home opens its group on the Groups dashboard with the request selected.
        window.showDashboard(MainWindow::HomeDashboardIndex);
        QTreeView *requests = window.homeDashboard()->requestsView();
        requests->setCurrentIndex(requests->model()->index(0, 0, requests->model()->index(0, 0)));
        QTest::keyClick(requests, Qt::Key_Return);
        QCOMPARE(window.currentDashboard(), int(MainWindow::GroupsDashboardIndex));
        QCOMPARE(window.groupsDashboard()->currentGroupId(), QStringLiteral("readers"));
        QCOMPARE(
            window.groupsDashboard()->membersView()->currentIndex().data().toString(), QStringLiteral("Carla Cruz"));

        // Help lists the keys, each once: those of the page shown (Ctrl+N here is a new group).
        const QString keys = window.shortcutsText();
        QVERIFY2(keys.contains(QStringLiteral("Ctrl+1\tHome")), qPrintable(keys));
        QVERIFY(keys.contains(QStringLiteral("Ctrl+E\t")));
        QCOMPARE(keys.count(QStringLiteral("Ctrl+N\t")), 1);
        QCOMPARE(window.findChild<QAction *>(QStringLiteral("shortcutsAction"))->shortcut(),
            QKeySequence(QKeySequence::HelpContents));

        // Answered, the request leaves the count.
        QVERIFY(
            m_store->updateRow(QStringLiteral("membership"), QStringLiteral("m3"), {{"state", std::string("active")}})
                .ok());
        QCOMPARE(window.dashboardList()->item(0)->text(), QStringLiteral("Home"));

        // A further dashboard is one line.
        auto *reports = new QLabel(QStringLiteral("Reports"));
        const int index = window.addDashboard(QStringLiteral("Reports"), reports);
        QCOMPARE(index, 6);
        QTest::keyClick(&window, Qt::Key_7, Qt::ControlModifier);
        QCOMPARE(window.currentDashboard(), 6);
        QCOMPARE(reports->accessibleName(), QStringLiteral("Reports"));
        QVERIFY(reports->isVisible());
    }

    // One enabled shortcut or action per key, on every page, each reaching the page shown: Ctrl+F
    // its search, Ctrl+N its own "new" (an event on Events, a person on People); an action the
    // user may not take says why instead of opening a form or claiming success.
    void shortcutsReachThePageShownOnePerKey()
    {
        QSqlQuery query(m_store->database());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO event (id, title, starts_at, group_id, status) VALUES "
                                          "('picnic', 'Garden picnic', '2024-01-10T17:00:00.000Z', 'garden', "
                                          "'scheduled')")));
        MainWindow window(*m_device, m_prompts);
        window.setAutoSyncEnabled(false);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        const auto keysHeldTwice = [&window] {
            std::map<QString, int> held;
            for (const QAction *action : window.findChildren<QAction *>()) {
                for (const QKeySequence &key : action->shortcuts())
                    held[key.toString()] += action->isEnabled() ? 1 : 0;
            }
            for (const QShortcut *shortcut : window.findChildren<QShortcut *>())
                held[shortcut->key().toString()] += shortcut->isEnabled() ? 1 : 0;
            QStringList twice;
            for (const auto &[key, count] : held) {
                if (count > 1)
                    twice << key;
            }
            return twice;
        };
        for (int page = 0; page < window.dashboardCount(); ++page) {
            window.showDashboard(page);
            QVERIFY2(keysHeldTwice().isEmpty(), qPrintable(keysHeldTwice().join(QLatin1Char(' '))));
        }

        EventsDashboard *events = window.eventsDashboard();
        window.showDashboard(MainWindow::EventsDashboardIndex);
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), events->searchField());
        // "me" curates Readers: a new event may be added, and Ctrl+N asks for it.
        QVERIFY(events->listPane()->newEventButton()->isEnabled());
        m_prompts.asked.clear();
        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
        QCOMPARE(m_prompts.asked, QStringList {QStringLiteral("event:new")});
        // The picnic is Gardeners', where "me" is a member only: no door view, and the key says why.
        QVERIFY(events->selectEvent(QStringLiteral("picnic")));
        QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!events->checkInWindow());
        QVERIFY2(events->errorText().contains(QStringLiteral("Garden picnic")), qPrintable(events->errorText()));
        // On People, Ctrl+N is New person (disabled for a member, so nothing opens).
        window.showDashboard(MainWindow::PeopleDashboardIndex);
        QCOMPARE(window.findChild<QAction *>(QStringLiteral("newPersonAction"))->shortcut(),
            QKeySequence(QKeySequence::New));
        QVERIFY(window.findChild<QAction *>(QStringLiteral("newEventAction"))->shortcut().isEmpty());

        // Without a curatorship a member adds no event: the button says why, and Ctrl+N too.
        QVERIFY(query.exec(QStringLiteral("UPDATE membership SET role = 'member' WHERE id = 'm1'")));
        MainWindow memberWindow(*m_device, m_prompts);
        memberWindow.setAutoSyncEnabled(false);
        memberWindow.show();
        QVERIFY(QTest::qWaitForWindowActive(&memberWindow));
        EventsDashboard *memberEvents = memberWindow.eventsDashboard();
        QPushButton *newEvent = memberEvents->listPane()->newEventButton();
        QVERIFY(!newEvent->isEnabled());
        QVERIFY(newEvent->toolTip().contains(QStringLiteral("curators")));
        memberWindow.showDashboard(MainWindow::EventsDashboardIndex);
        m_prompts.asked.clear();
        QTest::keyClick(&memberWindow, Qt::Key_N, Qt::ControlModifier);
        QVERIFY(m_prompts.asked.isEmpty());
        QVERIFY(memberEvents->errorText().contains(QStringLiteral("curators")));
    }

    // Leaders and admins get the Organizing, Canvassing and Admission dashboards, members Canvassing (their
    // turfs), applicants their application.
    void admissionDashboardFollowsTheRole_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("lastDashboard");
        QTest::addColumn<bool>("organizing");
        QTest::addColumn<bool>("canvassing");
        QTest::newRow("member") << "member"
                                << "Canvassing" << false << true;
        QTest::newRow("leader") << "leader"
                                << "Admission" << true << true;
        QTest::newRow("admin") << "admin"
                               << "Admission" << true << true;
        QTest::newRow("applicant") << "applicant"
                                   << "My application" << false << false;
    }

    void admissionDashboardFollowsTheRole()
    {
        QFETCH(QString, role);
        QFETCH(QString, lastDashboard);
        QFETCH(bool, organizing);
        QFETCH(bool, canvassing);
        QVERIFY(m_store->setSetting(QStringLiteral("role"), role).ok());
        MainWindow window(*m_device, m_prompts);
        window.setAutoSyncEnabled(false);
        QCOMPARE(window.dashboardList()->item(window.dashboardCount() - 1)->text(), lastDashboard);
        // An applicant starts where their application stands; everyone else at Home.
        QCOMPARE(window.currentDashboard(),
            role == QLatin1String("applicant") ? window.dashboardCount() - 1 : int(MainWindow::HomeDashboardIndex));
        QCOMPARE(
            !window.dashboardList()->findItems(QStringLiteral("Organizing"), Qt::MatchExactly).isEmpty(), organizing);
        QCOMPARE(
            !window.dashboardList()->findItems(QStringLiteral("Canvassing"), Qt::MatchExactly).isEmpty(), canvassing);
        auto *erase = window.findChild<QAction *>(QStringLiteral("erasePersonAction"));
        QVERIFY(erase);
        QCOMPARE(erase->isVisible(), role == QLatin1String("admin"));
        QVERIFY(m_store->setSetting(QStringLiteral("role"), QStringLiteral("member")).ok());
    }

    void profileDashboardEditsMyProfileWithPreview()
    {
        MainWindow window(*m_device, m_prompts);
        window.setAutoSyncEnabled(false);
        window.show();
        window.showDashboard(MainWindow::ProfileDashboardIndex);
        PersonEditor *editor = window.profileDashboard()->editor();
        QVERIFY(editor);
        QCOMPARE(editor->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->text(),
            QStringLiteral("&Discard changes"));
        // Escape does not throw away what was typed here.
        auto *pronouns = editor->findChild<QLineEdit *>(QStringLiteral("pronouns"));
        pronouns->setText(QStringLiteral("she/her"));
        QTest::keyClick(pronouns, Qt::Key_Escape);
        QVERIFY(editor->isVisible());
        QCOMPARE(pronouns->text(), QStringLiteral("she/her"));
        // The preview is there, for the values typed.
        editor->tabs()->setCurrentIndex(1);
        QVERIFY(editor->previewText().contains(QStringLiteral("Pronouns: she/her")));

        editor->save();
        QCOMPARE(
            text(*m_store->row(QStringLiteral("person"), QStringLiteral("me")), "pronouns"), QStringLiteral("she/her"));
        QCOMPARE(m_store->pendingCount(), 1);
        // The form starts again from what is stored, ready for the next change.
        QTRY_VERIFY(window.profileDashboard()->editor() && window.profileDashboard()->editor() != editor);
        editor = window.profileDashboard()->editor();
        QVERIFY(editor->isVisible());
        QCOMPARE(editor->findChild<QLineEdit *>(QStringLiteral("pronouns"))->text(), QStringLiteral("she/her"));
        QVERIFY(editor->changedFields().empty());

        // Whether the groups' messages are mailed: a box beside the profile, saved at once.
        auto *mailBox = window.profileDashboard()->findChild<QCheckBox *>(QStringLiteral("groupMailBox"));
        QVERIFY(mailBox && mailBox->isVisible());
        QCOMPARE(mailBox->isChecked(), m_device->groupMail().mailsMe());
        mailBox->setChecked(!mailBox->isChecked());
        QCOMPARE(m_device->groupMail().mailsMe(), mailBox->isChecked());
        QCOMPARE(m_store->pendingCount(), 2);
        // And reminders of events, a choice of its own.
        auto *reminderBox = window.profileDashboard()->findChild<QCheckBox *>(QStringLiteral("eventMailBox"));
        QVERIFY(reminderBox && reminderBox->isVisible());
        const bool reminded = m_device->groupMail().mailsMe(mail::kEventMail);
        QCOMPARE(reminderBox->isChecked(), reminded);
        reminderBox->setChecked(!reminded);
        QCOMPARE(m_device->groupMail().mailsMe(mail::kEventMail), !reminded);
        QCOMPARE(m_device->groupMail().mailsMe(), mailBox->isChecked()); // untouched
        QCOMPARE(toDisplayString(m_store->row(QStringLiteral("person"), QStringLiteral("me"))->at("event_mail")),
            std::string(reminded ? "0" : "1"));
        // And the community's announcements (the leaders' messages to smart lists).
        auto *announcementBox
            = window.profileDashboard()->findChild<QCheckBox *>(QStringLiteral("announcementMailBox"));
        QVERIFY(announcementBox && announcementBox->isVisible());
        const bool announced = m_device->groupMail().mailsMe(mail::kAnnouncements);
        QCOMPARE(announcementBox->isChecked(), announced);
        announcementBox->setChecked(!announced);
        QCOMPARE(m_device->groupMail().mailsMe(mail::kAnnouncements), !announced);
        QCOMPARE(m_device->groupMail().mailsMe(mail::kEventMail), !reminded); // untouched

        // The language of the server's mails: English until chosen, then the choice, saved at once.
        auto *language = window.profileDashboard()->findChild<QComboBox *>(QStringLiteral("mailLanguage"));
        QVERIFY(language && language->isVisible());
        QCOMPARE(language->currentData().toString(), QStringLiteral("en"));
        language->setCurrentIndex(language->findData(QStringLiteral("es")));
        Q_EMIT language->activated(language->currentIndex());
        QCOMPARE(m_device->groupMail().mailLanguage(), QStringLiteral("es"));
        QCOMPARE(
            text(*m_store->row(QStringLiteral("person"), QStringLiteral("me")), "mail_language"), QStringLiteral("es"));
        // The app's own language does not override a choice made.
        QVERIFY(m_device->groupMail().adoptMailLanguage(QLocale(QStringLiteral("de_AT"))).ok());
        QCOMPARE(m_device->groupMail().mailLanguage(), QStringLiteral("es"));
    }

private:
    // The colour of the most opaque pixel of a picture: what it is drawn in (0 when empty).
    static QRgb inkOf(const QImage &image)
    {
        QRgb ink = 0;
        int alpha = 0;
        const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
        for (int y = 0; y < argb.height(); ++y) {
            for (int x = 0; x < argb.width(); ++x) {
                const QRgb pixel = argb.pixel(x, y);
                if (qAlpha(pixel) > alpha) {
                    alpha = qAlpha(pixel);
                    ink = qRgb(qRed(pixel), qGreen(pixel), qBlue(pixel));
                }
            }
        }
        return ink;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    ManualClock m_clock;
    std::unique_ptr<Device> m_device;
    LocalStore *m_store = nullptr;
    ScriptedPrompts m_prompts; // nothing here asks a question
};

QTEST_MAIN(DashboardsTest)
#include "DashboardsTest.moc"
