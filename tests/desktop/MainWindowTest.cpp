#include "desktop/ui/MainWindow.h"
#include "ScriptedPrompts.h"
#include "common/Clock.h"
#include "desktop/core/Device.h"
#include "desktop/core/LocalStore.h"
#include "desktop/core/SyncEngine.h"
#include "desktop/core/Tags.h"
#include "desktop/core/TokenStore.h"
#include "desktop/models/PeopleModel.h"
#include "desktop/ui/ContributionsPane.h"
#include "desktop/ui/PersonCard.h"
#include "desktop/ui/PersonEditor.h"
#include "desktop/ui/RelationsPane.h"
#include "desktop/ui/TermsDialog.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

#include <memory>

using namespace commonroom;
using namespace commonroom::testing;

namespace {

// A loopback port nobody listens on: bound once to learn a free number, then released.
quint16 closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 9;
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

QString email(LocalStore &store, const QString &id)
{
    const auto row = store.row(QStringLiteral("person"), id);
    if (!row)
        return {};
    const auto it = row->find("email");
    return it == row->end() ? QString() : QString::fromStdString(toDisplayString(it->second));
}

} // namespace

class MainWindowTest : public QObject
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
        // People as an earlier sync left them: nothing waiting in the outbox.
        QSqlQuery query(m_store->database());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO person (id, display_name, area, email, email_visibility) VALUES "
                                          "('me', 'Eve Leader', 'North', 'eve@example.org', 'members'), "
                                          "('bob', 'Bob Brown', 'South', 'bob@example.org', 'members'), "
                                          "('carla', 'Carla Cruz', 'East', NULL, NULL), "
                                          "('dmitri', 'Dmitri Dahl', 'West', NULL, NULL), "
                                          "('ana', 'Ana García', 'North', NULL, NULL)")));
        const std::pair<QString, QString> settings[] = {
            {QStringLiteral("server_url"), QStringLiteral("https://127.0.0.1:%1").arg(closedPort())},
            {QStringLiteral("fingerprint"), QStringLiteral("AB:CD")},
            {QStringLiteral("person_id"), QStringLiteral("me")},
            {QStringLiteral("role"), QStringLiteral("leader")},
        };
        for (const auto &[key, value] : settings)
            QVERIFY(m_store->setSetting(key, value).ok());
        m_tokens = &m_device->tokens();
        QVERIFY(m_tokens->save(QStringLiteral("test-token")).ok());
        m_engine = &m_device->engine();
        m_engine->prepareApi(); // as signed in
        m_prompts = std::make_unique<ScriptedPrompts>();
    }

    void cleanup()
    {
        m_prompts.reset();
        m_device.reset();
        m_dir.reset();
    }

    void lastSyncIsToldByTheDevicesClock()
    {
        QVERIFY(
            m_store->setSetting(QStringLiteral("last_sync_ms"), QString::number(m_clock.nowMs() - 3 * 60'000)).ok());
        MainWindow window(*m_device, *m_prompts);
        window.setAutoSyncEnabled(false);
        QCOMPARE(window.lastSyncText(), QStringLiteral("Last sync: 3 minute(s) ago"));
    }

    // The People page's smart lists (docs/organizing.md, "Smart lists"): what the filters ask for
    // is saved as a list, chosen again to select the people, and deleted after confirming;
    // members have no such bar.
    void smartListsFromTheFilters()
    {
        MainWindow window(*m_device, *m_prompts);
        window.setAutoSyncEnabled(false);
        window.show();
        window.showDashboard(MainWindow::PeopleDashboardIndex);
        QTableView *view = window.peopleView();
        QVERIFY(window.listFilter()->isVisible());
        QVERIFY(!window.listFilter()->accessibleName().isEmpty());
        QCOMPARE(window.listFilter()->count(), 1); // "No list"
        QVERIFY(!window.saveListButton()->isEnabled()); // nothing filtered yet
        QVERIFY(!window.saveListButton()->toolTip().isEmpty());
        QVERIFY(!window.deleteListButton()->isEnabled());

        window.areaFilter()->setText(QStringLiteral("North"));
        window.applySearch();
        QCOMPARE(view->model()->rowCount(), 2);
        QVERIFY(window.saveListButton()->isEnabled());
        // Cancelling the name saves nothing.
        m_prompts->textAnswer.reset();
        QTest::mouseClick(window.saveListButton(), Qt::LeftButton);
        QCOMPARE(m_store->pendingCount(), 0);
        m_prompts->textAnswer = QStringLiteral("The north");
        m_prompts->agree = false; // kept private
        QTest::mouseClick(window.saveListButton(), Qt::LeftButton);
        QCOMPARE(m_store->pendingCount(), 1);
        QCOMPARE(m_prompts->textLines.back(), TextPromptDialog::Lines::One); // a name: one line
        QCOMPARE(window.listFilter()->currentText(), QStringLiteral("The north"));
        QVERIFY(!window.areaFilter()->isEnabled()); // the list selects now
        QVERIFY(!window.areaFilter()->toolTip().isEmpty());
        QVERIFY2(window.listCountLabel()->text().startsWith(QStringLiteral("2 ")),
            qPrintable(window.listCountLabel()->text()));
        // Without a list the filters select again; choosing the list brings its people back.
        window.listFilter()->setCurrentIndex(0);
        window.areaFilter()->clear();
        window.applySearch();
        QCOMPARE(view->model()->rowCount(), 5);
        window.listFilter()->setCurrentIndex(1);
        QCOMPARE(view->model()->rowCount(), 2);
        // The count is live: someone new in the North is counted once the list's people are read
        // again (as after a sync).
        QVERIFY(m_store
                    ->createRow(QStringLiteral("person"),
                        {{"display_name", std::string("Nia North")}, {"area", std::string("North")}})
                    .ok());
        QTRY_COMPARE(view->model()->rowCount(), 3);
        QVERIFY2(window.listCountLabel()->text().startsWith(QStringLiteral("3 ")),
            qPrintable(window.listCountLabel()->text()));
        // The search narrows the list.
        window.searchField()->setText(QStringLiteral("ana"));
        window.applySearch();
        QCOMPARE(view->model()->rowCount(), 1);
        window.searchField()->clear();

        // Write to them…: the dialog says how many it reaches (Ana and Nia; Eve writes), and the
        // message names them for the server; cancelling writes nothing.
        QVERIFY(window.writeToListButton()->isEnabled());
        const int pending = m_store->pendingCount();
        QTest::mouseClick(window.writeToListButton(), Qt::LeftButton);
        QCOMPARE(m_store->pendingCount(), pending);
        QString reach;
        m_prompts->fillDialog = [&](QDialog &dialog) {
            reach = dialog.findChild<QLabel *>(QStringLiteral("messageAudience"))->text();
            dialog.findChild<QLineEdit *>(QStringLiteral("messageSubject"))->setText(QStringLiteral("Street party"));
            dialog.findChild<QPlainTextEdit *>(QStringLiteral("messageBody"))
                ->setPlainText(QStringLiteral("Saturday at noon."));
            return int(QDialog::Accepted);
        };
        QTest::mouseClick(window.writeToListButton(), Qt::LeftButton);
        m_prompts->fillDialog = nullptr;
        QVERIFY2(reach.contains(QLatin1Char('2')), qPrintable(reach));
        QCOMPARE(m_store->pendingCount(), pending + 1);
        QSqlQuery written(m_store->database());
        QVERIFY(written.exec(QStringLiteral("SELECT recipient_ids, list_name, subject FROM list_message")));
        QVERIFY(written.next());
        const QStringList named = written.value(0).toString().split(QLatin1Char(','));
        QCOMPARE(named.size(), 2);
        QVERIFY(named.contains(QStringLiteral("ana")) && !named.contains(QStringLiteral("me")));
        QCOMPARE(written.value(1).toString(), QStringLiteral("The north"));
        QCOMPARE(written.value(2).toString(), QStringLiteral("Street party"));

        // Delete list…: asked first; declining keeps it.
        m_prompts->agree = false;
        QTest::mouseClick(window.deleteListButton(), Qt::LeftButton);
        QCOMPARE(window.listFilter()->count(), 2);
        m_prompts->agree = true;
        QTest::mouseClick(window.deleteListButton(), Qt::LeftButton);
        QCOMPARE(window.listFilter()->count(), 1);
        QVERIFY(window.areaFilter()->isEnabled());
        QCOMPARE(view->model()->rowCount(), 6); // with Nia

        QVERIFY(m_store->setSetting(QStringLiteral("role"), QStringLiteral("member")).ok());
        MainWindow memberWindow(*m_device, *m_prompts);
        memberWindow.setAutoSyncEnabled(false);
        QVERIFY(memberWindow.listFilter()->parentWidget()->isHidden());
    }

    // People → Community words… (admins): the community's names of the levels and areas, and
    // the areas it uses, saved offline; leaders have no such action.
    void adminsNameTheCommunitysWords()
    {
        {
            MainWindow leaderWindow(*m_device, *m_prompts);
            leaderWindow.setAutoSyncEnabled(false);
            QVERIFY(!leaderWindow.findChild<QAction *>(QStringLiteral("termsAction")));
        }
        QVERIFY(m_store->setSetting(QStringLiteral("role"), QStringLiteral("admin")).ok());
        MainWindow window(*m_device, *m_prompts);
        window.setAutoSyncEnabled(false);
        auto *action = window.findChild<QAction *>(QStringLiteral("termsAction"));
        QVERIFY(action);
        QString refusal;
        m_prompts->fillDialog = [&](QDialog &dialog) {
            auto &words = static_cast<TermsDialog &>(dialog);
            QTreeWidget *list = words.words();
            for (int row = 0; row < list->topLevelItemCount(); ++row) {
                QTreeWidgetItem *item = list->topLevelItem(row);
                if (item->text(TermsDialog::DefaultColumn) == QLatin1String("Active member"))
                    item->setText(TermsDialog::NameColumn, QStringLiteral("Organizer"));
                if (item->text(TermsDialog::DefaultColumn) == QLatin1String("Coding"))
                    item->setCheckState(TermsDialog::KindColumn, Qt::Unchecked);
                if (item->text(TermsDialog::DefaultColumn) == QLatin1String("Support") && refusal.isNull())
                    item->setText(TermsDialog::NameColumn, QString(61, QLatin1Char('x'))); // too long
            }
            dialog.accept();
            refusal = words.errorLabel()->text();
            for (int row = 0; row < list->topLevelItemCount(); ++row) {
                if (list->topLevelItem(row)->text(TermsDialog::DefaultColumn) == QLatin1String("Support"))
                    list->topLevelItem(row)->setText(TermsDialog::NameColumn, QString());
            }
            dialog.accept();
            return dialog.result();
        };
        action->trigger();
        QVERIFY2(refusal.contains(QStringLiteral("60")), qPrintable(refusal));
        QCOMPARE(m_device->terms().levelName(3), QStringLiteral("Organizer"));
        QVERIFY(!m_device->terms().areas().contains(QStringLiteral("coding")));
        QVERIFY(m_device->terms().areas().contains(QStringLiteral("support")));
        QCOMPARE(m_store->pendingCount(), 2);
    }

    void worksOfflineEndToEnd()
    {
        MainWindow window(*m_device, *m_prompts);
        window.setAutoSyncEnabled(false);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showDashboard(MainWindow::PeopleDashboardIndex);

        QCOMPARE(window.windowTitle(), QStringLiteral("Commonroom — Eve Leader"));
        QCOMPARE(window.connectivityText(), QStringLiteral("Not yet synced"));
        QCOMPARE(window.lastSyncText(), QStringLiteral("Last sync: never"));
        // Nothing waits, but nothing was copied whole either: not "All changes synced".
        QCOMPARE(window.pendingText(), QStringLiteral("Nothing to send; the community is not wholly copied yet"));
        // And every page says its lists hold only part of the community.
        const auto *partial = window.findChild<QLabel *>(QStringLiteral("partialCopyBanner"));
        QVERIFY(partial && partial->isVisible());
        QVERIFY2(partial->text().contains(QStringLiteral("Only part of the community")), qPrintable(partial->text()));
        QVERIFY(window.findChild<QAction *>(QStringLiteral("newPersonAction"))->isEnabled());
        QVERIFY(window.findChild<QAction *>(QStringLiteral("importPeopleAction"))->isVisible());

        // The people, in name order.
        QTableView *view = window.peopleView();
        QCOMPARE(view->model()->rowCount(), 5);
        QCOMPARE(view->model()->index(0, PeopleModel::NameColumn).data().toString(), QStringLiteral("Ana García"));

        // The search finds people in the whole local copy as the user types (after a short
        // pause), ignoring case and accents, by name, place, skills and more.
        QTest::keyClicks(window.searchField(), QStringLiteral("CARLA"));
        QTRY_COMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->model()->index(0, PeopleModel::NameColumn).data().toString(), QStringLiteral("Carla Cruz"));
        window.searchField()->setText(QStringLiteral("north"));
        QTRY_COMPARE(view->model()->rowCount(), 2);
        window.searchField()->setText(QStringLiteral("ana garc"));
        QTRY_COMPARE(view->model()->rowCount(), 1);
        // The filters narrow the search; the role filter applies at once.
        window.searchField()->clear();
        window.areaFilter()->setText(QStringLiteral("north"));
        QTRY_COMPARE(view->model()->rowCount(), 2);
        window.roleFilter()->setCurrentIndex(window.roleFilter()->findData(QStringLiteral("admin")));
        QCOMPARE(view->model()->rowCount(), 0);
        window.roleFilter()->setCurrentIndex(0);
        window.areaFilter()->clear();
        QVERIFY(!window.areaFilter()->accessibleName().isEmpty());
        QVERIFY(!window.roleFilter()->accessibleName().isEmpty());
        // Enter in the search goes to the list when it finds several; Enter on a person opens them.
        window.areaFilter()->setText(QStringLiteral("north"));
        QTest::keyClick(window.searchField(), Qt::Key_Return);
        QCOMPARE(view->model()->rowCount(), 2);
        QCOMPARE(QApplication::focusWidget(), view);
        QVERIFY(view->currentIndex().isValid());
        QVERIFY(!window.findChild<PersonEditor *>(QStringLiteral("personEditor")));
        window.areaFilter()->clear();
        // Finding one, Enter opens them at once.
        window.searchField()->setText(QStringLiteral("bob"));
        QTRY_COMPARE(view->model()->rowCount(), 1);
        QTest::keyClick(window.searchField(), Qt::Key_Return);
        QCOMPARE(view->currentIndex().data(PeopleModel::IdRole).toString(), QStringLiteral("bob"));
        QVERIFY(window.findChild<QAction *>(QStringLiteral("editPersonAction"))->isEnabled());
        PersonEditor *editor = nullptr;
        QTRY_VERIFY((editor = window.findChild<PersonEditor *>(QStringLiteral("personEditor"))) != nullptr);
        QCOMPARE(editor->personId(), QStringLiteral("bob"));
        QVERIFY(editor->isModal());
        // A leader sees the person's contributions on a tab of their page (docs/organizing.md).
        QVERIFY(editor->findChild<ContributionsPane *>(QStringLiteral("contributionsPane")));
        // And their household and relationships (docs/organizing.md).
        QVERIFY(editor->findChild<RelationsPane *>(QStringLiteral("relationsPane")));

        auto *field = editor->findChild<QLineEdit *>(QStringLiteral("email"));
        QVERIFY(field);
        field->selectAll();
        QTest::keyClicks(field, QStringLiteral("robert@example.org"));
        editor->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        QTRY_VERIFY(!window.findChild<PersonEditor *>(QStringLiteral("personEditor")));

        QCOMPARE(m_store->pendingCount(), 1);
        QCOMPARE(window.pendingText(), QStringLiteral("1 change(s) waiting to sync"));
        QCOMPARE(email(*m_store, QStringLiteral("bob")), QStringLiteral("robert@example.org"));
        // The list shows the edit (after the model's coalesced reload) and keeps Bob selected.
        QTRY_COMPARE(
            view->model()->index(0, PeopleModel::EmailColumn).data().toString(), QStringLiteral("robert@example.org"));
        QTRY_COMPARE(view->currentIndex().data(PeopleModel::IdRole).toString(), QStringLiteral("bob"));

        // Sync with the daemon down: returns at once, ends Offline, the edit stays queued.
        QSignalSpy finished(m_engine, &SyncEngine::finished);
        QAction *sync = window.findChild<QAction *>(QStringLiteral("syncAction"));
        QVERIFY(sync->shortcuts().contains(QKeySequence(Qt::Key_F5)));
        QVERIFY(sync->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_R)));
        sync->trigger();
        QCOMPARE(finished.count(), 0); // not blocking
        QVERIFY(m_engine->isRunning());
        QVERIFY(!sync->isEnabled());
        QVERIFY(finished.wait(15000));
        const auto result = finished.first().first().value<SyncResult>();
        QCOMPARE(int(result.outcome), int(SyncResult::Outcome::Offline));
        QCOMPARE(window.connectivityText(), QStringLiteral("Offline"));
        QVERIFY(sync->isEnabled());
        QVERIFY(partial->isVisible()); // an offline sync copied nothing more
        QCOMPARE(m_store->pendingCount(), 1);
        QCOMPARE(window.pendingText(), QStringLiteral("1 change(s) waiting to sync"));
        QCOMPARE(email(*m_store, QStringLiteral("bob")), QStringLiteral("robert@example.org"));
        QCOMPARE(window.lastSyncText(), QStringLiteral("Last sync: never"));

        // Refused by the server: the status says so, never "All changes synced", and the count on
        // Sync problems goes once the list is cleared.
        protocol::PushResponse refusal;
        refusal.rejected = {{m_store->pendingMutations(1).front().mid, "forbidden", "Only leaders may."}};
        QVERIFY(m_store->applyPushResult(refusal).ok());
        QCOMPARE(m_store->pendingCount(), 0);
        QCOMPARE(window.pendingText(), QStringLiteral("All changes sent; 1 refused (see Sync problems)"));
        QAction *problems = window.findChild<QAction *>(QStringLiteral("syncProblemsAction"));
        QCOMPARE(problems->text(), QStringLiteral("Sync &problems (1)…"));
        QVERIFY(m_store->setSetting(QStringLiteral("last_sync_ms"), QString::number(m_clock.nowMs())).ok());
        QVERIFY(m_store->clearSyncProblems().ok());
        QCOMPARE(window.pendingText(), QStringLiteral("All changes synced")); // copied, nothing refused
        QCOMPARE(problems->text(), QStringLiteral("Sync &problems…"));
        QVERIFY(!partial->isVisible());
        // A fresh copy under way (asked for, or the daemon's): partial again until it ends.
        QVERIFY(m_store->beginRefetch().ok());
        QVERIFY(!m_store->hasWholeCopy());
        sync->trigger();
        QVERIFY2(partial->isVisible() && partial->text().contains(QStringLiteral("being copied")),
            qPrintable(partial->text()));
        QVERIFY(finished.wait(15000));
        QVERIFY(partial->text().contains(QStringLiteral("Only part")));
    }

    // Tags (docs/organizing.md): the People list filters by the tags the device holds; the filter
    // is hidden while there are none, and follows tags made or deleted (after a sync).
    void filtersPeopleByTag()
    {
        MainWindow window(*m_device, *m_prompts);
        window.setAutoSyncEnabled(false);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showDashboard(MainWindow::PeopleDashboardIndex);
        QTableView *view = window.peopleView();
        QCOMPARE(view->model()->rowCount(), 5);
        QVERIFY(!window.tagFilter()->isVisible());

        Tags &tags = m_device->tags();
        const auto car = tags.create(QStringLiteral("Has a car"), /*forMembers=*/true);
        const auto followUp = tags.create(QStringLiteral("Needs follow-up"));
        QVERIFY(car.ok());
        QVERIFY(followUp.ok());
        QVERIFY(tags.apply(*car, QStringLiteral("bob")).ok());
        QVERIFY(tags.apply(*car, QStringLiteral("ana")).ok());
        QVERIFY(tags.apply(*followUp, QStringLiteral("carla")).ok());
        window.refreshTagFilter();
        QVERIFY(window.tagFilter()->isVisible());
        QVERIFY(!window.tagFilter()->accessibleName().isEmpty());
        QCOMPARE(window.tagFilter()->count(), 3);
        QCOMPARE(window.tagFilter()->itemText(2), QStringLiteral("Needs follow-up (leaders only)"));

        window.tagFilter()->setCurrentIndex(window.tagFilter()->findData(*car));
        QCOMPARE(view->model()->rowCount(), 2);
        QCOMPARE(view->model()->index(0, PeopleModel::NameColumn).data().toString(), QStringLiteral("Ana García"));
        // With the other filters and the search.
        window.areaFilter()->setText(QStringLiteral("south"));
        QTRY_COMPARE(view->model()->rowCount(), 1);
        window.areaFilter()->clear();
        QTRY_COMPARE(view->model()->rowCount(), 2);
        // Removing the tag from someone takes them off the list.
        QVERIFY(tags.remove(*car, QStringLiteral("bob")).ok());
        window.refreshTagFilter();
        QTRY_COMPARE(view->model()->rowCount(), 1);

        window.tagFilter()->setCurrentIndex(window.tagFilter()->findData(*followUp));
        QCOMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->model()->index(0, PeopleModel::NameColumn).data().toString(), QStringLiteral("Carla Cruz"));
        // A deleted tag leaves the filter, and the list shows everyone again.
        QSqlQuery query(m_store->database());
        QVERIFY(query.exec(QStringLiteral("DELETE FROM tag WHERE id = '%1'").arg(*followUp)));
        window.refreshTagFilter();
        QCOMPARE(window.tagFilter()->count(), 2);
        QCOMPARE(window.tagFilter()->currentIndex(), 0);
        QTRY_COMPARE(view->model()->rowCount(), 5);
    }

    void membersCannotAddPeople()
    {
        QVERIFY(m_store->setSetting(QStringLiteral("role"), QStringLiteral("member")).ok());
        MainWindow window(*m_device, *m_prompts);
        window.setAutoSyncEnabled(false);
        window.show();
        window.showDashboard(MainWindow::PeopleDashboardIndex);
        QAction *add = window.findChild<QAction *>(QStringLiteral("newPersonAction"));
        QVERIFY(!add->isEnabled());
        QVERIFY(!add->isVisible()); // not offered at all: a member never adds people
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("newGroupAction"))->isVisible()); // nor groups
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("importPeopleAction"))->isVisible()); // nor imports
        QCOMPARE(add->shortcut(), QKeySequence(QKeySequence::New));
        window.newPerson();
        QVERIFY(!window.findChild<PersonEditor *>(QStringLiteral("personEditor")));

        // Someone else's profile opens for viewing only.
        window.peopleView()->setCurrentIndex(window.peopleView()->model()->index(1, 0));
        QCOMPARE(window.peopleView()->currentIndex().data(PeopleModel::IdRole).toString(), QStringLiteral("bob"));
        // The card beside the list shows what the device holds of him, and follows the selection.
        auto *card = window.findChild<PersonCard *>(QStringLiteral("personCard"));
        QVERIFY(card);
        QVERIFY(card->isVisible());
        QVERIFY2(card->text().contains(QStringLiteral("Email: bob@example.org")), qPrintable(card->text()));
        QVERIFY(card->text().contains(QStringLiteral("Area: South")));
        window.peopleView()->setCurrentIndex(window.peopleView()->model()->index(2, 0));
        QVERIFY(card->text().startsWith(QStringLiteral("Display name: Carla Cruz")));
        QVERIFY2(!card->text().contains(QStringLiteral("Email")), "nothing said of a field the device lacks");
        // A change to the person shows at once.
        QVERIFY(
            m_store->updateRow(QStringLiteral("person"), QStringLiteral("carla"), {{"area", std::string("Harbour")}})
                .ok());
        QVERIFY(card->text().contains(QStringLiteral("Area: Harbour")));
        window.peopleView()->setCurrentIndex(window.peopleView()->model()->index(1, 0));
        QCOMPARE(
            window.findChild<QAction *>(QStringLiteral("editPersonAction"))->text(), QStringLiteral("&View person…"));
        window.editCurrentPerson();
        PersonEditor *editor = window.findChild<PersonEditor *>(QStringLiteral("personEditor"));
        QVERIFY(editor);
        QVERIFY(editor->isReadOnly());
        // Another member's contributions are not theirs to see: no tab for them.
        QVERIFY(!editor->findChild<ContributionsPane *>());
        // Households and relationships are leaders' tools.
        QVERIFY(!editor->findChild<RelationsPane *>());
        editor->reject();
    }

    // A sync that brought a new role (an approved application) says so, and the window closes so
    // that one made for the new role opens; an ordinary sync keeps the window.
    void aNewRoleReopensTheWindow()
    {
        QVERIFY(m_store->setSetting(QStringLiteral("role"), QStringLiteral("applicant")).ok());
        MainWindow window(*m_device, *m_prompts);
        window.setAutoSyncEnabled(false);
        window.show();
        SyncResult plain;
        Q_EMIT m_engine->finished(plain);
        QVERIFY(window.isVisible());
        QVERIFY(!window.hasRoleChanged());

        QVERIFY(m_store->setSetting(QStringLiteral("role"), QStringLiteral("member")).ok()); // as the engine saves it
        SyncResult approved;
        approved.roleChanged = true;
        approved.notices << QStringLiteral("Welcome: your application was approved.");
        Q_EMIT m_engine->finished(approved);
        QVERIFY(window.hasRoleChanged());
        QVERIFY(!window.hasSignedOut());
        QVERIFY(!window.isVisible());
        QCOMPARE(m_prompts->asked.filter(QStringLiteral("inform:")),
            QStringList {QStringLiteral("inform:Your role changed")});
    }

    void syncsAutomaticallyOnStart()
    {
        QSignalSpy finished(m_engine, &SyncEngine::finished);
        MainWindow window(*m_device, *m_prompts);
        window.show();
        QVERIFY(finished.wait(15000));
        QCOMPARE(window.connectivityText(), QStringLiteral("Offline"));
        // The window was usable meanwhile and still is.
        QCOMPARE(window.peopleView()->model()->rowCount(), 5);
    }

    void fetchesEverythingAgainOnlyWhenConfirmed()
    {
        MainWindow window(*m_device, *m_prompts);
        window.setAutoSyncEnabled(false);
        QVERIFY(
            m_store->updateRow(QStringLiteral("person"), QStringLiteral("bob"), {{"bio", std::string("Unsent")}}).ok());
        QAction *refetch = window.findChild<QAction *>(QStringLiteral("refetchAction"));
        QVERIFY(refetch && refetch->isEnabled());
        QSignalSpy started(m_engine, &SyncEngine::started);
        QSignalSpy finished(m_engine, &SyncEngine::finished);
        m_prompts->agree = false;
        refetch->trigger();
        QCOMPARE(m_prompts->asked, QStringList {QStringLiteral("confirm:Fetch everything again")});
        QVERIFY(m_prompts->questions.back().text.contains(QStringLiteral("unsent changes are kept")));
        QCOMPARE(started.count(), 0);
        QVERIFY(!m_store->isRefetching());

        m_prompts->agree = true;
        refetch->trigger();
        QCOMPARE(started.count(), 1);
        QVERIFY(!refetch->isEnabled()); // not twice at once
        QVERIFY(finished.wait(15000));
        QVERIFY(refetch->isEnabled());
        // Offline: the fetch starts over at the next sync, and the unsent edit waits for it.
        QVERIFY(m_store->isRefetching());
        QCOMPARE(m_store->pendingCount(), 1);
    }

    void describesLastSync()
    {
        const qint64 now = 1'700'000'000'000;
        QCOMPARE(MainWindow::describeLastSync(0, now), QStringLiteral("Last sync: never"));
        QCOMPARE(MainWindow::describeLastSync(now - 5'000, now), QStringLiteral("Last sync: just now"));
        QCOMPARE(MainWindow::describeLastSync(now - 3 * 60'000, now), QStringLiteral("Last sync: 3 minute(s) ago"));
        QVERIFY(MainWindow::describeLastSync(now - 3 * 86'400'000LL, now).startsWith(QStringLiteral("Last sync: ")));
        QVERIFY(!MainWindow::describeLastSync(now - 3 * 86'400'000LL, now).contains(QStringLiteral("ago")));
    }

    void exportsTheSelectedPersonAndTheSearch()
    {
        MainWindow window(*m_device, *m_prompts);
        window.setAutoSyncEnabled(false);
        auto *exportPerson = window.findChild<QAction *>(QStringLiteral("exportPersonAction"));
        QVERIFY(exportPerson);
        QVERIFY(!exportPerson->isEnabled()); // nobody selected
        window.peopleView()->setCurrentIndex(window.peopleView()->model()->index(0, 0));
        QVERIFY(exportPerson->isEnabled());

        const QString card = m_dir->filePath(QStringLiteral("ana.vcf"));
        QVERIFY(window.exportPersonVCard(QStringLiteral("ana"), card).ok());
        QFile cardFile(card);
        QVERIFY(cardFile.open(QIODevice::ReadOnly));
        const QByteArray vcard = cardFile.readAll();
        QVERIFY(vcard.startsWith("BEGIN:VCARD\r\nVERSION:4.0\r\n"));
        QVERIFY(vcard.contains("FN:Ana García\r\n"));

        // The CSV holds what the search finds now, even before the typing pause is over.
        window.searchField()->setText(QStringLiteral("north"));
        const QString csv = m_dir->filePath(QStringLiteral("north.csv"));
        QVERIFY(window.exportSearchCsv(csv).ok());
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csvFile.readAll().split('\n');
        QCOMPARE(lines.size(), 4); // header, Ana, Eve, and the empty rest after the last CRLF
        QVERIFY(lines[0].startsWith("id,display_name,"));
        QVERIFY(lines[1].startsWith("ana,Ana García,") || lines[2].startsWith("ana,Ana García,"));

        // A place that cannot be written is reported, not ignored.
        QVERIFY(!window.exportSearchCsv(m_dir->filePath(QStringLiteral("no/such/dir/x.csv"))).ok());
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    ManualClock m_clock;
    std::unique_ptr<Device> m_device;
    LocalStore *m_store = nullptr;
    TokenStore *m_tokens = nullptr;
    SyncEngine *m_engine = nullptr;
    std::unique_ptr<ScriptedPrompts> m_prompts;
};

QTEST_MAIN(MainWindowTest)
#include "MainWindowTest.moc"
