#pragma once

#include "desktop/core/PeopleSearch.h"
#include "desktop/core/SyncEngine.h"
#include "desktop/core/SyncScheduler.h"

#include <QElapsedTimer>
#include <QMainWindow>
#include <QTimer>

class QAction;
class QComboBox;
class QIcon;
class QLabel;
class QLineEdit;
class QListWidget;
class QMenu;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace commonroom {

class Device;
class GroupsWindow;
class HomeDashboard;
class LocalStore;
class PeopleModel;
class PersonCard;
class ProfileDashboard;
class Prompts;
class EventsDashboard;
class RecentChanges;
class SearchIndexMerger;
class SyncProblemsDialog;
class TokenStore;

// The main window: dashboards chosen from a side list (Ctrl+1, Ctrl+2, …) — Home (my groups,
// requests for me to review, recent changes in my groups), Profile (mine, editable, with the
// "view as" preview), Groups (browse, join, curate) and People (the community, searchable) — with
// sync status in the status bar. Further dashboards are self-contained widgets added with one
// call to addDashboard().
//
// The search field and the filters search the whole local copy (PeopleSearch, through the
// model) as the user types, after a short pause so that fast typing runs one search, not one per
// key. Results load lazily like the full list.
//
// Everything works from the local copy; sync runs in the background (on start, every five
// minutes and on request) and never blocks the window, so with the server unreachable people can
// still be found and edited — the edits wait in the outbox and the status bar says how many.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // Every question the window and the dashboards and dialogs it opens ask goes through `prompts`.
    MainWindow(Device &device, Prompts &prompts, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The dashboards every main window has, in the order of the side list.
    enum Dashboard {
        HomeDashboardIndex,
        ProfileDashboardIndex,
        GroupsDashboardIndex,
        PeopleDashboardIndex,
        EventsDashboardIndex
    };

    // Adds a dashboard at the end of the side list and returns its index. The first nine get
    // Ctrl+1 … Ctrl+9. `page` is reparented; its accessible name defaults to `title`, and its
    // focus proxy (if any) gets the focus when the dashboard is shown.
    int addDashboard(const QString &title, QWidget *page, const QIcon &icon);
    int addDashboard(const QString &title, QWidget *page);
    // Shows beside a dashboard's name how many things wait there for the user (requests to
    // answer, applicants to decide on); none when `count` is 0.
    void setDashboardCount(int index, int count);
    // Help → Keyboard shortcuts (F1): each key of the window and what it does.
    QString shortcutsText() const;
    // Shows dashboard `index` and moves the keyboard focus into it.
    void showDashboard(int index);
    int currentDashboard() const;
    int dashboardCount() const;
    QWidget *dashboard(int index) const;
    QListWidget *dashboardList() const { return m_dashboardList; }
    HomeDashboard *homeDashboard() const { return m_home; }
    ProfileDashboard *profileDashboard() const { return m_profile; }
    EventsDashboard *eventsDashboard() const { return m_events; }
    // The Groups dashboard's window, made on first use.
    GroupsWindow *groupsDashboard();
    RecentChanges *recentChanges() const { return m_recentChanges; }

    // Automatic sync (at start and every five minutes) is on by default; tests turn it off to
    // decide themselves when a sync happens.
    void setAutoSyncEnabled(bool enabled);
    // True once the user signed out from this window (the program then asks to sign in again).
    bool hasSignedOut() const { return m_signedOut; }
    // True once a sync brought the user a new role (an application approved, a promotion): the
    // window closed so that the program opens one with what the new role sees.
    bool hasRoleChanged() const { return m_roleChanged; }

    QTableView *peopleView() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }
    PeopleModel *peopleModel() const { return m_people; }
    // The filter controls: area, skill, language (line edits) and role (combo box).
    QLineEdit *areaFilter() const { return m_areaFilter; }
    QLineEdit *skillFilter() const { return m_skillFilter; }
    QLineEdit *languageFilter() const { return m_languageFilter; }
    QComboBox *roleFilter() const { return m_roleFilter; }
    // The community's tags this device holds, "Any tag" first; hidden when there are none.
    QComboBox *tagFilter() const { return m_tagFilter; }
    // Reads the tags again (after a sync), keeping the chosen one while it is there.
    void refreshTagFilter();
    // The smart lists this device holds, "No list" first (docs/organizing.md, "Smart lists"); the
    // bar is there for leaders and admins only. A chosen list's criteria select the people; the
    // search field narrows them further.
    QComboBox *listFilter() const { return m_listFilter; }
    QPushButton *saveListButton() const { return m_saveList; }
    QPushButton *deleteListButton() const { return m_deleteList; }
    QPushButton *writeToListButton() const { return m_writeToList; }
    QLabel *listCountLabel() const { return m_listCount; }
    // Reads the lists again, keeping the chosen one while it is there.
    void refreshListFilter();
    // What the search field and filters ask for now.
    PeopleQuery currentQuery() const;

    // The exports behind the "Export…" actions, without their file dialogs (tests call these).
    Status exportPersonVCard(const QString &personId, const QString &path);
    Status exportSearchCsv(const QString &path);
    QString connectivityText() const;
    QString pendingText() const;
    QString lastSyncText() const;

    // "Last sync: …": relative when recent, else the local date and time. `lastSyncMs` 0 = never.
    static QString describeLastSync(qint64 lastSyncMs, qint64 nowMs);

public Q_SLOTS:
    void syncNow();
    // File → Fetch everything again…: after confirmation, the whole community is fetched anew
    // (SyncEngine::refetch); unsent changes are kept and sent first.
    void fetchEverythingAgain();
    void newPerson();
    void editCurrentPerson();
    void showSyncProblems();
    // Runs the search now instead of after the typing pause.
    void applySearch();
    void exportCurrentPerson();
    void exportSearch();
    void signOut();
    // Saves what the filters ask for as a smart list, asking its name and whether to share it.
    void saveSmartList();
    // Deletes the chosen smart list, after confirming.
    void deleteSmartList();
    // Writes a message to the people the chosen smart list selects (docs/groupmail.md).
    void writeToSmartList();

Q_SIGNALS:
    void signedOut();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createAccountActions(QMenu *people);
    QWidget *createPeoplePage();
    void openGroup(const QString &groupId, const QString &membershipId);
    // The group's page on its Messages tab, the message selected.
    void openGroupMessage(const QString &groupId, const QString &messageId);
    QWidget *createFilterBar(QWidget *parent);
    QWidget *createListBar(QWidget *parent);
    // Enables the filters and list buttons for what is chosen, and counts the chosen list.
    void updateListBar();
    void updateListCount();
    void createStatusBar();
    // Ctrl+N belongs to the page shown: New event on Events, New group on Groups, else New person.
    void routeNewShortcut(int dashboard);
    void openEditor(const QString &personId);
    void updateTitle();
    void updateActions();
    void updatePending(int count);
    void updatePartialCopy();
    void updateLastSync();
    void updateConnectivity(SyncEngine::Connectivity connectivity);
    void onSyncStarted();
    void onSyncProgress(const QString &phase, qint64 done, qint64 total);
    void onSyncFinished(const SyncResult &result);
    QString currentPersonId() const;
    // Shows the current person on the card beside the list.
    void updatePersonCard();
    void selectPerson(const QString &personId);
    void restoreSettings();
    void saveSettings() const;

    Device &m_device;
    LocalStore &m_store;
    SyncEngine &m_engine;
    Prompts &m_prompts;
    PeopleModel *m_people;
    RecentChanges *m_recentChanges;
    SearchIndexMerger *m_indexMerger; // keeps FTS index merges out of the pull, in short steps
    QListWidget *m_dashboardList = nullptr;
    QStackedWidget *m_dashboards = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_eventsMenu = nullptr;
    QAction *m_vouchAction = nullptr;
    QAction *m_eraseAction = nullptr;
    HomeDashboard *m_home = nullptr;
    ProfileDashboard *m_profile = nullptr;
    EventsDashboard *m_events = nullptr;
    int m_startDashboard = HomeDashboardIndex; // shown first: My application for an applicant
    QWidget *m_groupsPage = nullptr;
    GroupsWindow *m_groups = nullptr;
    QWidget *m_peoplePage = nullptr;
    QTableView *m_view = nullptr;
    PersonCard *m_card = nullptr;
    QToolButton *m_cardEdit = nullptr;
    QLineEdit *m_search = nullptr;
    QLineEdit *m_areaFilter = nullptr;
    QLineEdit *m_skillFilter = nullptr;
    QLineEdit *m_languageFilter = nullptr;
    QComboBox *m_roleFilter = nullptr;
    QComboBox *m_tagFilter = nullptr;
    QLabel *m_tagCaption = nullptr;
    QComboBox *m_listFilter = nullptr;
    QPushButton *m_saveList = nullptr;
    QPushButton *m_deleteList = nullptr;
    QPushButton *m_writeToList = nullptr;
    QLabel *m_listCount = nullptr;
    QTimer m_searchTimer {this}; // the pause after typing before the search runs
    SyncProblemsDialog *m_problems = nullptr;

    QAction *m_syncAction = nullptr;
    QAction *m_refetchAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_newEventAction = nullptr;
    QAction *m_newGroupAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_problemsAction = nullptr;
    QAction *m_exportPersonAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportSearchAction = nullptr;
    QAction *m_signOutAction = nullptr;
    QAction *m_quitAction = nullptr;

    QLabel *m_connectivity = nullptr;
    QLabel *m_pending = nullptr;
    QLabel *m_partialCopy = nullptr; // says the device holds only part of the community
    QLabel *m_lastSync = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_progressDetail = nullptr;

    SyncScheduler m_scheduler;
    QElapsedTimer m_syncClock; // for the rate and time left of a long sync
    QTimer m_clockTimer {this}; // keeps "Last sync: 3 minutes ago" current
    bool m_autoSync = true;
    bool m_signedOut = false;
    bool m_roleChanged = false;
    QString m_idBeforeReset;
};

} // namespace commonroom
