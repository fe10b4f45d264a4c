#pragma once

#include "GroupListPane.h"

#include <QGroupBox>
#include <QModelIndex>
#include <QString>

#include <optional>

class QCompleter;
class QLineEdit;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace commonroom {

class Device;
class Prompts;

// The Curate box of a group's page, for its curators (and leaders and admins): answer a request
// to join, appoint or dismiss a curator, remove a member — each on the member selected in the
// members list — and invite a person of this computer by name, with suggestions as one types.
// What is offered follows the shared rules (common/Authorization.h); Groups does the work.
class GroupCurationPane : public QGroupBox
{
    Q_OBJECT

public:
    // Acts on the member selected in `membersView`; messages and confirmations are asked through
    // `prompts`.
    GroupCurationPane(Device &device, Prompts &prompts, QTableView *membersView, QWidget *parent = nullptr);

    QLineEdit *inviteField() const { return m_inviteField; }
    QPushButton *approveButton() const { return m_approve; }
    QPushButton *inviteButton() const { return m_invite; }

    // The group curated here; another group clears the invite field.
    void setGroup(const std::optional<GroupSummary> &group);

public Q_SLOTS:
    void updateActions();
    void approveRequest();
    void declineRequest();
    // Invites the person named in the invite field.
    void invite();
    void makeCurator();
    // Removes the selected member from the group, after asking.
    void removeMember();
    // Makes the selected curator an ordinary member again, after asking.
    void dismissCurator();

Q_SIGNALS:
    void succeeded(const QString &message);
    void failed(const QString &message);

private:
    QModelIndex selectedMember() const;
    void decide(bool approve);
    void updateInviteCompletions(const QString &text);
    // The person the invite field names, or an empty id and why not in `why`.
    QString invitee(QString &why) const;

    Device &m_device;
    Prompts &m_prompts;
    QTableView *m_membersView;
    std::optional<GroupSummary> m_group;

    QPushButton *m_approve = nullptr;
    QPushButton *m_decline = nullptr;
    QPushButton *m_makeCurator = nullptr;
    QPushButton *m_removeMember = nullptr;
    QPushButton *m_dismissCurator = nullptr;
    QLineEdit *m_inviteField = nullptr;
    QPushButton *m_invite = nullptr;
    QCompleter *m_completer = nullptr;
    QStandardItemModel *m_completions = nullptr;
    QString m_completedPersonId; // the person last picked from the completions
    QString m_completedName;
};

} // namespace commonroom
