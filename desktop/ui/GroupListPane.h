#pragma once

#include <QString>
#include <QWidget>

#include <optional>

class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace commonroom {

class Device;
class GroupsModel;
class Prompts;

// The selected group as the groups list holds it: enough for the group's page to show it and
// to offer what the signed-in person may do there.
struct GroupSummary
{
    QString id;
    QString name;
    QString kind; // open, reviewed or closed
    QString kindToolTip;
    QString description;
    QString terms;
    QString myMembershipId;
    QString myState; // empty when the signed-in person has no membership
    QString myRole;
    int members = 0;
    int curators = 0;
    int pending = 0; // requests waiting for a curator
    bool canCurate = false;
};

// The left of the groups window: the groups on this computer, searchable by name and
// description, and New group. Keeps the selection on the same group when the list reloads.
class GroupListPane : public QWidget
{
    Q_OBJECT

public:
    // A new group's details are asked through `prompts`.
    GroupListPane(Device &device, Prompts &prompts, QWidget *parent = nullptr);

    GroupsModel *model() const { return m_groups; }
    QTableView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }
    QPushButton *newGroupButton() const { return m_newGroup; }

    QString currentGroupId() const { return m_groupId; }
    std::optional<GroupSummary> currentGroup() const;
    // Selects the group (clearing the search if it hides it); false if there is no such group.
    bool selectGroup(const QString &groupId);
    // Moves the keyboard focus to the search field, its text selected.
    void focusSearch();

public Q_SLOTS:
    // Asks what the new group should be, creates it with the signed-in person as its curator and
    // selects it.
    void newGroup();
    // Offers New group to those the rules let create one.
    void updateActions();

Q_SIGNALS:
    // Another group (or none: an empty id) is selected.
    void currentGroupChanged(const QString &groupId);
    // The list was read again; the selected group (the same one) may have changed.
    void groupsReloaded();
    void succeeded(const QString &message);
    void failed(const QString &message);

private:
    void onCurrentRowChanged();
    void onGroupsReset();

    Device &m_device;
    Prompts &m_prompts;
    GroupsModel *m_groups;
    QSortFilterProxyModel *m_filter;
    QString m_groupId;
    bool m_restoringSelection = false;

    QLineEdit *m_search = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_newGroup = nullptr;
};

} // namespace commonroom
