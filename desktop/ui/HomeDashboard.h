#pragma once

#include <QWidget>

class QAbstractItemView;
class QLabel;
class QListView;
class QPushButton;
class QStandardItemModel;
class QTreeView;
class QVBoxLayout;

namespace commonroom {

class Device;
class MessageLabel;
class MyGroupsModel;
class Prompts;
class RecentChanges;
class RecentChangesModel;
class ReviewRequestsModel;

// The Home dashboard: the groups I am in, the inbox of requests to join that I may answer (as a
// curator, leader or admin), recent changes in my groups and the messages written to them. Each
// list opens the group it names in the Groups dashboard (Enter or double click), a message on the
// group's Messages tab; requests are approved or declined in place, one or many at once.
// Everything comes from the local copy.
class HomeDashboard : public QWidget
{
    Q_OBJECT

public:
    // Questions (the message sent with an answer) are asked through `prompts`.
    HomeDashboard(Device &device, RecentChanges &changes, Prompts &prompts, QWidget *parent = nullptr);

    QListView *myGroupsView() const { return m_myGroups; }
    QTreeView *requestsView() const { return m_requests; }
    QPushButton *approveButton() const { return m_approve; }
    QPushButton *declineButton() const { return m_decline; }
    // Why the last answer to requests was not saved; empty when it was.
    QString requestsError() const;
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
    // "Messages from my groups", newest first: items carry the message's id in
    // GroupMessageIdRole, its group's in GroupMessageIdRole + 1 and its event's in + 2.
    enum { GroupMessageIdRole = Qt::UserRole + 50 };
    static constexpr int kGroupMessagesShown = 50;
    QListView *groupMessagesView() const { return m_groupMessagesView; }
    QStandardItemModel *groupMessagesModel() const { return m_groupMessages; }

public Q_SLOTS:
    // Reads the matching opportunities again (after an edit or a sync, by itself).
    void reloadOpportunities();
    void reloadGroupMessages();
    void sayInterested();
    void withdrawInterest();
    // Approve or decline the requests selected in the inbox (a group's row: all of its shown),
    // after asking for the message sent with the answer.
    void approveSelected();
    void declineSelected();

Q_SIGNALS:
    // The user asked to see a group (and, for a request, the membership to answer; else empty).
    void groupRequested(const QString &groupId, const QString &membershipId);
    // The user asked to read a message of a group, or of an event.
    void groupMessageRequested(const QString &groupId, const QString &messageId);
    void eventMessageRequested(const QString &eventId, const QString &messageId);
    // Something was done that the user should hear of, briefly (the window's status bar).
    void notice(const QString &message);

private:
    // Adds a list under its caption, with the sentence shown in its place while it is empty.
    void addList(QVBoxLayout *layout, QAbstractItemView *view, const QString &caption, const QString &objectName,
        QLabel **emptyNote, const QString &empty);
    void updateEmptyNotes();
    void updateRequestActions();
    void showAllRequests();
    void answerSelected(bool approve);
    void updateOpportunityActions();

    Device &m_device;
    Prompts &m_prompts;

    MyGroupsModel *m_myGroupsModel;
    ReviewRequestsModel *m_requestsModel;
    RecentChangesModel *m_recentModel;
    QListView *m_myGroups = nullptr;
    QWidget *m_inbox = nullptr; // the requests' list and actions, for those who answer any
    QTreeView *m_requests = nullptr;
    QPushButton *m_approve = nullptr;
    QPushButton *m_decline = nullptr;
    MessageLabel *m_requestsMessage = nullptr;
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
    QStandardItemModel *m_groupMessages = nullptr;
    QListView *m_groupMessagesView = nullptr;
    QLabel *m_noGroupMessages = nullptr;
};

} // namespace commonroom
