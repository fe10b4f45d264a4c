#pragma once

#include <QString>
#include <QWidget>

class QGroupBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace commonroom {

class Device;
class GroupCurationPane;
class GroupListPane;
class GroupMembersModel;
class GroupMailPane;
class OpportunitiesPane;
class Prompts;

// The right of the groups window: the group selected in the list — its description, kind, terms
// and memberships — with what the signed-in person may do there: join an open group, ask to join
// a reviewed one, accept an invitation, leave; and for its curators the Curate box
// (GroupCurationPane), and the group's opportunities (OpportunitiesPane). Joining is offered as Groups judges it
// (Groups::joinOffer), with the rule the daemon applies.
class GroupPagePane : public QWidget
{
    Q_OBJECT

public:
    // Shows the group selected in `groups`; terms, messages and confirmations are asked through
    // `prompts`.
    GroupPagePane(Device &device, Prompts &prompts, const GroupListPane &groups, QWidget *parent = nullptr);

    GroupMembersModel *membersModel() const { return m_members; }
    QTableView *membersView() const { return m_membersView; }
    GroupCurationPane *curation() const { return m_curation; }
    OpportunitiesPane *opportunities() const { return m_opportunities; }
    GroupMailPane *mail() const { return m_mail; }
    QPushButton *joinButton() const { return m_join; }
    QPushButton *leaveButton() const { return m_leave; }

    // Selects a membership of the group in the members list; false if it is not there.
    bool selectMembership(const QString &membershipId);
    // Turns to the Messages tab and selects a message of the group; false if it is not there.
    bool showMessage(const QString &messageId);

public Q_SLOTS:
    // Reads the selected group again: its details, members and what may be done.
    void updateDetails();
    void updateActions();
    // Joins the group: at once (open), as a request (reviewed), or by accepting the invitation;
    // asks to accept the group's terms first when it has them.
    void join();
    // Leaves the group (or withdraws the request, or refuses the invitation), after asking.
    void leave();

Q_SIGNALS:
    void succeeded(const QString &message);
    void failed(const QString &message);

private:
    Device &m_device;
    Prompts &m_prompts;
    const GroupListPane &m_groups;
    GroupMembersModel *m_members;

    QLabel *m_title = nullptr;
    QLabel *m_kind = nullptr;
    QLabel *m_standing = nullptr;
    QLabel *m_description = nullptr;
    QGroupBox *m_termsBox = nullptr;
    QLabel *m_terms = nullptr;
    QLabel *m_curators = nullptr;
    QLabel *m_requests = nullptr;
    QPushButton *m_join = nullptr;
    QLabel *m_joinReason = nullptr; // why m_join is greyed, when it is
    QPushButton *m_leave = nullptr;
    QTableView *m_membersView = nullptr;
    GroupCurationPane *m_curation = nullptr;
    OpportunitiesPane *m_opportunities = nullptr;
    GroupMailPane *m_mail = nullptr;
    QTabWidget *m_tabs = nullptr; // Opportunities, Messages
};

} // namespace commonroom
