#pragma once

#include <QWidget>

class QGridLayout;
class QLabel;
class QListView;
class QPushButton;
class QStandardItemModel;

namespace commonroom {

class Device;
class MyGroupsModel;
class RecentChanges;
class RecentChangesModel;
class ReviewRequestsModel;

// The Home dashboard: the groups I am in, the requests to join that I may answer (as a curator,
// leader or admin), and recent changes in my groups. Each list opens the group it names in the
// Groups dashboard (Enter or double click); everything comes from the local copy.
class HomeDashboard : public QWidget
{
    Q_OBJECT

public:
    HomeDashboard(Device &device, RecentChanges &changes, QWidget *parent = nullptr);

    QListView *myGroupsView() const { return m_myGroups; }
    QListView *requestsView() const { return m_requests; }
    QListView *recentView() const { return m_recent; }
    MyGroupsModel *myGroupsModel() const { return m_myGroupsModel; }
    ReviewRequestsModel *requestsModel() const { return m_requestsModel; }
    RecentChangesModel *recentModel() const { return m_recentModel; }
    // "Opportunities for you": items carry the opportunity's id in OpportunityIdRole.
    enum { OpportunityIdRole = Qt::UserRole + 40 };
    QListView *opportunitiesView() const { return m_matchingView; }
    QStandardItemModel *opportunitiesModel() const { return m_matching; }
    QPushButton *interestedButton() const { return m_interested; }
    QPushButton *withdrawButton() const { return m_withdraw; }
    QString opportunitiesError() const;

public Q_SLOTS:
    // Reads the matching opportunities again (after an edit or a sync, by itself).
    void reloadOpportunities();
    void sayInterested();
    void withdrawInterest();

Q_SIGNALS:
    // The user asked to see a group (and, for a request, the membership to answer; else empty).
    void groupRequested(const QString &groupId, const QString &membershipId);

private:
    QListView *addList(QGridLayout *layout, int column, const QString &caption, const QString &objectName,
        QLabel **emptyNote, const QString &empty);
    void updateEmptyNotes();
    void updateOpportunityActions();

    Device &m_device;

    MyGroupsModel *m_myGroupsModel;
    ReviewRequestsModel *m_requestsModel;
    RecentChangesModel *m_recentModel;
    QListView *m_myGroups = nullptr;
    QListView *m_requests = nullptr;
    QListView *m_recent = nullptr;
    QLabel *m_noGroups = nullptr;
    QLabel *m_noRequests = nullptr;
    QLabel *m_noRecent = nullptr;
    QStandardItemModel *m_matching = nullptr;
    QListView *m_matchingView = nullptr;
    QLabel *m_noMatching = nullptr;
    QLabel *m_matchingError = nullptr;
    QPushButton *m_interested = nullptr;
    QPushButton *m_withdraw = nullptr;
};

} // namespace commonroom
