#pragma once

#include <QDialog>
#include <QList>
#include <QString>

#include <optional>

class QCompleter;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QShortcut;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace commonroom {

class Device;
class GroupMembersModel;
class GroupsModel;
class LocalStore;
class Prompts;

// The groups dashboard: browse the groups on this computer, join them, and curate them.
//
// Left, the groups (searchable by name and description); right, the selected group — its
// description, kind, terms and memberships — with what the signed-in person may do there:
// join an open group, ask to join a reviewed one, accept an invitation, leave; and, for the
// group's curators (and leaders), approve or decline requests, invite people and appoint
// curators. What is offered follows the shared rules (common/Authorization.h); the work itself is
// done by Groups, offline like every edit, and the daemon judges it again at the next sync. Every
// refusal is shown in the window.
//
// Not modal: the window stays open beside the main window and follows sync as it brings changes.
class GroupsWindow : public QDialog
{
    Q_OBJECT

public:
    // The window's questions (accepting terms, confirmations, messages, a new group's details)
    // are asked through `prompts`.
    GroupsWindow(Device &device, Prompts &prompts, QWidget *parent = nullptr);

    // Shown as the Groups dashboard inside the main window rather than as a window of its own:
    // no frame and no Close button, and the main window's Find and New shortcuts apply.
    void setEmbedded();

    GroupsModel *groupsModel() const { return m_groups; }
    GroupMembersModel *membersModel() const { return m_members; }
    QTableView *groupsView() const { return m_groupsView; }
    QTableView *membersView() const { return m_membersView; }
    QLineEdit *searchField() const { return m_search; }
    QLineEdit *inviteField() const { return m_inviteField; }

    QString currentGroupId() const { return m_groupId; }
    // Selects the group (clearing the search if it hides it); false if there is no such group.
    bool selectGroup(const QString &groupId);
    // Selects a membership of the current group in the members list; false if it is not there.
    bool selectMembership(const QString &membershipId);

    // The refusal shown for the last action, empty when it succeeded.
    QString errorText() const { return m_errorText; }
    // The message shown for the last action, success or refusal.
    QString messageText() const;

public Q_SLOTS:
    // Joins the selected group: at once (open), as a request (reviewed), or by accepting the
    // invitation; asks to accept the group's terms first when it has them.
    void join();
    // Leaves the selected group (or withdraws the request, or refuses the invitation), after asking.
    void leave();
    void newGroup();
    void approveRequest();
    void declineRequest();
    // Invites the person named in the invite field to the selected group.
    void invite();
    void makeCurator();
    // Removes the selected member from the group, after asking.
    void removeMember();
    // Makes the selected curator an ordinary member again, after asking.
    void dismissCurator();

private:
    struct Selected
    {
        QString id;
        QString name;
        QString kind;
        QString terms;
        QString myMembershipId;
        QString myState;
        QString myRole;
        int curators = 0;
        bool canCurate = false;
    };

    QWidget *createGroupList(QWidget *parent);
    QWidget *createDetails(QWidget *parent);
    std::optional<Selected> selected() const;
    void onCurrentGroupChanged();
    void onGroupsReset();
    void updateDetails();
    void updateActions();
    void updateInviteCompletions(const QString &text);
    // The person the invite field names, or an empty id and why not in `why`.
    QString invitee(QString &why) const;
    QString selectedMemberName() const;
    QModelIndex selectedMember() const;
    void decide(bool approve);
    void showError(const QString &message);
    void showDone(const QString &message);

    bool askTerms(const QString &groupName, const QString &terms);
    bool confirm(const QString &title, const QString &question);
    std::optional<QString> askMessage(const QString &title, const QString &label);

    Device &m_device;
    LocalStore &m_store;
    Prompts &m_prompts;
    QWidget *m_closeButtons = nullptr;
    QList<QShortcut *> m_shortcuts;
    GroupsModel *m_groups;
    GroupMembersModel *m_members;
    QSortFilterProxyModel *m_filter;
    QString m_groupId;
    bool m_restoringSelection = false;
    QString m_errorText;

    QLineEdit *m_search = nullptr;
    QTableView *m_groupsView = nullptr;
    QPushButton *m_newGroup = nullptr;

    QWidget *m_details = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_kind = nullptr;
    QLabel *m_standing = nullptr;
    QLabel *m_description = nullptr;
    QGroupBox *m_termsBox = nullptr;
    QLabel *m_terms = nullptr;
    QPushButton *m_join = nullptr;
    QPushButton *m_leave = nullptr;
    QTableView *m_membersView = nullptr;
    QGroupBox *m_curateBox = nullptr;
    QPushButton *m_approve = nullptr;
    QPushButton *m_decline = nullptr;
    QPushButton *m_makeCurator = nullptr;
    QPushButton *m_removeMember = nullptr;
    QPushButton *m_dismissCurator = nullptr;
    QLabel *m_curators = nullptr;
    QLabel *m_requests = nullptr;
    QLineEdit *m_inviteField = nullptr;
    QPushButton *m_invite = nullptr;
    QCompleter *m_completer = nullptr;
    QStandardItemModel *m_completions = nullptr;
    QString m_completedPersonId; // the person last picked from the completions
    QString m_completedName;
    QLabel *m_message = nullptr;
};

} // namespace commonroom
