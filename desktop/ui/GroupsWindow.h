#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class QTimer;

class QLabel;
class QLineEdit;
class QShortcut;
class QTableView;

namespace commonroom {

class Device;
class GroupListPane;
class GroupMembersModel;
class GroupPagePane;
class GroupsModel;
class Prompts;

// The groups dashboard: browse the groups on this computer, join them, and curate them.
//
// Left, the groups (GroupListPane, searchable by name and description); right, the selected
// group (GroupPagePane) — its description, kind, terms and memberships — with what the signed-in
// person may do there, and for the group's curators (and leaders) the Curate box
// (GroupCurationPane): approve or decline requests, invite people, appoint curators. What is
// offered follows the shared rules (common/Authorization.h); the work itself is done by Groups,
// offline like every edit, and the daemon judges it again at the next sync. The window shows the
// result of the last action, every refusal included.
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

    GroupListPane *listPane() const { return m_list; }
    GroupPagePane *groupPane() const { return m_page; }
    GroupsModel *groupsModel() const;
    GroupMembersModel *membersModel() const;
    QTableView *groupsView() const;
    QTableView *membersView() const;
    QLineEdit *searchField() const;
    QLineEdit *inviteField() const;

    QString currentGroupId() const;
    // Selects the group (clearing the search if it hides it); false if there is no such group.
    bool selectGroup(const QString &groupId);
    // Selects a membership of the current group in the members list; false if it is not there.
    bool selectMembership(const QString &membershipId);
    // Shows a message of the current group on its Messages tab; false if it is not there.
    bool selectMessage(const QString &messageId);

    // The refusal shown for the last action, empty when it succeeded.
    QString errorText() const { return m_errorText; }
    // The message shown for the last action, success or refusal.
    QString messageText() const;

public Q_SLOTS:
    void join();
    void leave();
    void newGroup();
    void approveRequest();
    void declineRequest();
    void invite();
    void makeCurator();
    void removeMember();
    void dismissCurator();

private:
    void showError(const QString &message);
    void showDone(const QString &message);
    // What the message line said belonged to the group then shown: another group, or time,
    // takes it away (clearMessage).
    void showMessage(const QString &message, bool error);
    void clearMessage();

    GroupListPane *m_list;
    GroupPagePane *m_page;
    QWidget *m_closeButtons = nullptr;
    QList<QShortcut *> m_shortcuts;
    QLabel *m_message = nullptr;
    QString m_errorText;
    QString m_messageGroup; // the group shown when the message was said
    QTimer *m_messageExpiry = nullptr; // what was done is said for a while; errors stay
};

} // namespace commonroom
