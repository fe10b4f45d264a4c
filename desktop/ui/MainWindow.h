#pragma once

#include "desktop/core/SyncEngine.h"
#include "desktop/core/SyncScheduler.h"

#include <QElapsedTimer>
#include <QMainWindow>
#include <QTimer>

class QAction;
class QLabel;
class QLineEdit;
class QProgressBar;
class QSortFilterProxyModel;
class QTableView;

namespace commonroom {

class LocalStore;
class PeopleModel;
class SyncProblemsDialog;
class TokenStore;

// The main window: the people of the community, searchable, with sync status in the status bar.
//
// Everything works from the local copy; sync runs in the background (on start, every five
// minutes and on request) and never blocks the window, so with the server unreachable people can
// still be found and edited — the edits wait in the outbox and the status bar says how many.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(LocalStore &store, SyncEngine &engine, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Automatic sync (at start and every five minutes) is on by default; tests turn it off to
    // decide themselves when a sync happens.
    void setAutoSyncEnabled(bool enabled);
    // True once the user signed out from this window (the program then asks to sign in again).
    bool hasSignedOut() const { return m_signedOut; }

    QTableView *peopleView() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }
    PeopleModel *peopleModel() const { return m_people; }
    QSortFilterProxyModel *peopleFilter() const { return m_filter; }
    QString connectivityText() const;
    QString pendingText() const;
    QString lastSyncText() const;

    // "Last sync: …": relative when recent, else the local date and time. `lastSyncMs` 0 = never.
    static QString describeLastSync(qint64 lastSyncMs, qint64 nowMs);

public Q_SLOTS:
    void syncNow();
    void newPerson();
    void editCurrentPerson();
    void showSyncProblems();
    void signOut();

Q_SIGNALS:
    void signedOut();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createStatusBar();
    void openEditor(const QString &personId);
    void updateTitle();
    void updateActions();
    void updatePending(int count);
    void updateLastSync();
    void updateConnectivity(SyncEngine::Connectivity connectivity);
    void onSyncStarted();
    void onSyncProgress(const QString &phase, qint64 done, qint64 total);
    void onSyncFinished(const SyncResult &result);
    QString currentPersonId() const;
    void selectPerson(const QString &personId);
    void restoreSettings();
    void saveSettings() const;

    LocalStore &m_store;
    SyncEngine &m_engine;
    PeopleModel *m_people;
    QSortFilterProxyModel *m_filter;
    QTableView *m_view = nullptr;
    QLineEdit *m_search = nullptr;
    SyncProblemsDialog *m_problems = nullptr;

    QAction *m_syncAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_problemsAction = nullptr;
    QAction *m_signOutAction = nullptr;
    QAction *m_quitAction = nullptr;

    QLabel *m_connectivity = nullptr;
    QLabel *m_pending = nullptr;
    QLabel *m_lastSync = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_progressDetail = nullptr;

    SyncScheduler m_scheduler;
    QElapsedTimer m_syncClock; // for the rate and time left of a long sync
    QTimer m_clockTimer; // keeps "Last sync: 3 minutes ago" current
    bool m_autoSync = true;
    bool m_signedOut = false;
    QString m_idBeforeReset;
};

} // namespace commonroom
