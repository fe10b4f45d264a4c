#include "GroupPagePane.h"
#include "ColumnSizing.h"

#include "GroupCurationPane.h"
#include "GroupListPane.h"
#include "GroupMailPane.h"
#include "GroupMessages.h"
#include "OpportunitiesPane.h"
#include "PaneWidgets.h"
#include "Prompts.h"
#include "common/Authorization.h"
#include "desktop/core/Device.h"
#include "desktop/models/GroupMembersModel.h"
#include "desktop/models/GroupsModel.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace commonroom {

GroupPagePane::GroupPagePane(Device &device, Prompts &prompts, const GroupListPane &groups, QWidget *parent)
    : QWidget(parent)
    , m_device(device)
    , m_prompts(prompts)
    , m_groups(groups)
    , m_members(new GroupMembersModel(device.groups(), device.store(), this))
{
    setObjectName(QStringLiteral("groupDetails"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    // Group names, descriptions and terms come from other people: plain labels.
    m_title = panewidgets::plainLabel(this, QStringLiteral("groupTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);
    m_kind = panewidgets::plainLabel(this, QStringLiteral("groupKind"), tr("Kind"));
    layout->addWidget(m_kind);
    m_description = panewidgets::plainLabel(this, QStringLiteral("groupDescription"), tr("Description"));
    layout->addWidget(m_description);

    m_termsBox = new QGroupBox(tr("Terms"), this);
    m_termsBox->setObjectName(QStringLiteral("termsBox"));
    auto *termsLayout = new QVBoxLayout(m_termsBox);
    m_terms = panewidgets::plainLabel(m_termsBox, QStringLiteral("groupTerms"), tr("Terms"));
    termsLayout->addWidget(m_terms);
    layout->addWidget(m_termsBox);

    m_standing = panewidgets::plainLabel(this, QStringLiteral("groupStanding"), tr("Your membership"));
    layout->addWidget(m_standing);
    m_curators = panewidgets::plainLabel(this, QStringLiteral("groupCurators"), tr("Curators"));
    layout->addWidget(m_curators);
    m_requests = panewidgets::plainLabel(this, QStringLiteral("groupRequests"), tr("Requests waiting"));
    layout->addWidget(m_requests);

    auto *own = new QHBoxLayout;
    m_join = new QPushButton(tr("&Join"), this);
    m_join->setObjectName(QStringLiteral("joinButton"));
    connect(m_join, &QPushButton::clicked, this, &GroupPagePane::join);
    m_leave = new QPushButton(tr("&Leave group…"), this);
    m_leave->setObjectName(QStringLiteral("leaveButton"));
    connect(m_leave, &QPushButton::clicked, this, &GroupPagePane::leave);
    own->addWidget(m_join);
    own->addWidget(m_leave);
    own->addStretch(1);
    // Why the join button is greyed, in words beside it (a tooltip is not read on a disabled button).
    m_joinReason = panewidgets::plainLabel(this, QStringLiteral("joinReason"), tr("Why you cannot join"));
    layout->addLayout(own);
    layout->addWidget(m_joinReason);

    auto *membersLabel = new QLabel(tr("&Members:"), this);
    layout->addWidget(membersLabel);
    m_membersView = panewidgets::table(this, QStringLiteral("membersView"), tr("Members of the group"));
    m_membersView->setModel(m_members);
    sizeColumnsToContents(m_membersView, GroupMembersModel::MessageColumn);
    membersLabel->setBuddy(m_membersView);
    layout->addWidget(m_membersView, 1);

    m_curation = new GroupCurationPane(device, prompts, m_membersView, this);
    layout->addWidget(m_curation);
    connect(m_curation, &GroupCurationPane::succeeded, this, &GroupPagePane::succeeded);
    connect(m_curation, &GroupCurationPane::failed, this, &GroupPagePane::failed);

    // What the group asks of its members (docs/organizing.md, "Opportunities"), and what is written
    // to them (docs/groupmail.md).
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("groupTabs"));
    m_opportunities = new OpportunitiesPane(device, prompts, m_tabs);
    m_mail = new GroupMailPane(device, prompts, m_tabs);
    m_tabs->addTab(m_opportunities, tr("Opportunities"));
    m_tabs->addTab(m_mail, tr("Messages"));
    layout->addWidget(m_tabs, 1);

    connect(m_members, &QAbstractItemModel::modelReset, this, &GroupPagePane::updateDetails);
    connect(
        m_membersView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &GroupPagePane::updateActions);

    setTabOrder(m_join, m_leave);
    setTabOrder(m_leave, m_membersView);
    setTabOrder(m_membersView, m_curation->approveButton());
}

bool GroupPagePane::selectMembership(const QString &membershipId)
{
    const int row = m_members->rowOfMembership(membershipId);
    if (row < 0)
        return false;
    m_membersView->setCurrentIndex(m_members->index(row, 0));
    return true;
}

bool GroupPagePane::showMessage(const QString &messageId)
{
    m_tabs->setCurrentWidget(m_mail);
    return m_mail->selectMessage(messageId);
}

void GroupPagePane::updateDetails()
{
    const auto group = m_groups.currentGroup();
    if (m_members->groupId() != (group ? group->id : QString()))
        m_members->setGroupId(group ? group->id : QString());
    setEnabled(group.has_value());
    if (!group) {
        m_title->setText(m_groups.model()->rowCount() == 0
                ? tr("There are no groups on this computer yet. Sync to receive them, or create one.")
                : tr("Select a group to see its members and what you can do there."));
        m_kind->clear();
        m_description->clear();
        m_termsBox->hide();
        m_standing->clear();
        m_curators->clear();
        m_requests->clear();
        updateActions();
        return;
    }
    m_title->setText(group->name);
    m_title->setAccessibleName(tr("Group %1").arg(group->name));
    // An applicant's device holds no memberships: no count rather than a false "0 members".
    const QString members = m_device.store().principal().role == Role::Applicant
        ? tr("Its members are shown once you are approved.")
        : tr("%n member(s)", nullptr, group->members);
    const QString kind = GroupsModel::describeKind(group->kind);
    m_kind->setText(kind.isEmpty() ? members : tr("%1 group · %2").arg(kind, members));
    m_kind->setToolTip(group->kindToolTip);
    m_description->setText(group->description.isEmpty() ? tr("No description.") : group->description);
    m_terms->setText(group->terms);
    m_termsBox->setVisible(!group->terms.isEmpty());

    QString standing;
    if (group->myState == QLatin1String("active"))
        standing = group->myRole == QLatin1String("curator") ? tr("You curate this group.")
                                                             : tr("You are a member of this group.");
    else if (group->myState == QLatin1String("pending"))
        standing = tr("You asked to join; a curator will answer your request.");
    else if (group->myState == QLatin1String("invited"))
        standing = tr("You are invited to join this group.");
    else if (group->myState == QLatin1String("declined")) {
        // Read directly: declined requests come last in a member list that is read lazily.
        QString answer;
        if (const auto mine = m_device.store().row(QStringLiteral("membership"), group->myMembershipId)) {
            if (const auto message = mine->find("message"); message != mine->end() && !isNull(message->second))
                answer = QString::fromStdString(toDisplayString(message->second));
        }
        standing = answer.isEmpty() ? tr("Your request to join was declined.")
                                    : tr("Your request to join was declined: %1").arg(answer);
    } else if (group->kind == QLatin1String("closed"))
        standing = tr("This group is closed: its curators invite new members.");
    m_standing->setText(standing);

    // Who curates, by name where the name is shared; requests only for those who answer them.
    QStringList curators;
    int unnamed = 0;
    // From the store, not the list's rows: the list is read lazily, requests first.
    for (const auto &curator : m_members->curators()) {
        if (curator.personId == QString::fromStdString(m_device.store().principal().personId))
            curators << tr("you");
        else if (!curator.name.isEmpty())
            curators << curator.name;
        else
            ++unnamed;
    }
    if (unnamed > 0)
        curators << tr("%n other(s)", nullptr, unnamed);
    m_curators->setText(curators.isEmpty() ? tr("No curator on this computer.")
                                           : tr("Curators: %1").arg(curators.join(QStringLiteral(", "))));
    m_requests->setVisible(group->canCurate && group->pending > 0);
    m_requests->setText(
        tr("%n request(s) to join wait for your answer: select one in the list below.", nullptr, group->pending));
    updateActions();
}

void GroupPagePane::updateActions()
{
    const Principal me = m_device.store().principal();
    const auto group = m_groups.currentGroup();
    m_opportunities->setGroup(group ? group->id : QString());
    m_mail->setGroup(group ? group->id : QString());
    if (!group || me.personId.empty()) {
        m_join->hide();
        m_joinReason->hide();
        m_leave->hide();
        m_curation->setGroup(std::nullopt);
        return;
    }

    // Joining, as Groups::join would do it, judged by the rule the daemon applies.
    const Groups::JoinOffer offer = m_device.groups().joinOffer(group->id);
    if (offer.invitation)
        m_join->setText(tr("Accept invitation and &join"));
    else if (offer.offered)
        m_join->setText(offer.state == QLatin1String("active") ? tr("&Join") : tr("Request to &join…"));
    m_join->setVisible(offer.offered);
    m_join->setEnabled(offer.offered && offer.allowed);
    const QString reason = !offer.offered || offer.allowed ? QString()
        : me.role == Role::Applicant
        ? tr("Groups are for approved members: once your application is approved, you can join or ask to join.")
        : tr("Your role does not let you join this group; ask one of its curators to invite you.");
    m_join->setToolTip(reason);
    m_joinReason->setText(reason);
    m_joinReason->setVisible(!reason.isEmpty());
    m_join->setAccessibleName(m_join->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")));

    const bool inside = !group->myState.isEmpty() && group->myState != QLatin1String("declined");
    const bool lastCurator = group->myState == QLatin1String("active") && group->myRole == QLatin1String("curator")
        && group->curators <= 1;
    const FieldMap none;
    const bool mayLeave = inside
        && authorize(me,
            MutationContext {*findTable("membership"), Operation::Delete, none, true, false, group->kind.toStdString(),
                !group->terms.isEmpty(), group->myState.toStdString()})
               .ok();
    m_leave->setVisible(inside);
    m_leave->setEnabled(mayLeave && !lastCurator);
    if (group->myState == QLatin1String("pending"))
        m_leave->setText(tr("&Withdraw request…"));
    else if (group->myState == QLatin1String("invited"))
        m_leave->setText(tr("&Refuse invitation…"));
    else
        m_leave->setText(tr("&Leave group…"));
    m_leave->setToolTip(
        lastCurator ? tr("You are the group's last curator: make someone else curator first.") : QString());
    m_leave->setAccessibleName(m_leave->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")));

    m_curation->setGroup(group);
}

void GroupPagePane::join()
{
    const auto group = m_groups.currentGroup();
    if (!group || !m_join->isEnabled())
        return;
    const bool invited = group->myState == QLatin1String("invited");
    bool acceptTerms = false;
    if (!group->terms.isEmpty()) {
        Prompts::Question accept;
        accept.title = tr("Terms of %1").arg(group->name);
        accept.text = tr("To join %1, accept its terms:").arg(group->name) + QStringLiteral("\n\n") + group->terms;
        accept.yes = tr("&Accept terms and join");
        if (!m_prompts.confirm(this, accept)) {
            Q_EMIT succeeded(tr("You did not join %1: joining needs its terms accepted.").arg(group->name));
            return;
        }
        acceptTerms = true;
    }
    QString message;
    if (!invited && group->kind != QLatin1String("open")) {
        const auto written = m_prompts.text(this, tr("Request to join %1").arg(group->name),
            tr("A message for the curators (optional): who you are, why you would like to join."));
        if (!written)
            return;
        message = written->trimmed();
    }
    const auto state = m_device.groups().join(group->id, acceptTerms, message);
    if (!state) {
        Q_EMIT failed(GroupMessages::refusal(state.error(), group->name));
        return;
    }
    if (*state == QLatin1String("pending"))
        Q_EMIT succeeded(tr("You asked to join %1; a curator will answer.").arg(group->name) + QLatin1Char(' ')
            + GroupMessages::sentLater());
    else
        Q_EMIT succeeded(tr("You joined %1.").arg(group->name) + QLatin1Char(' ') + GroupMessages::sentLater());
}

void GroupPagePane::leave()
{
    const auto group = m_groups.currentGroup();
    if (!group || !m_leave->isEnabled())
        return;
    QString title;
    QString question;
    QString done;
    if (group->myState == QLatin1String("pending")) {
        title = tr("Withdraw request");
        question = tr("Withdraw your request to join %1?").arg(group->name);
        done = tr("Your request to join %1 was withdrawn.").arg(group->name);
    } else if (group->myState == QLatin1String("invited")) {
        title = tr("Refuse invitation");
        question = tr("Refuse the invitation to join %1?").arg(group->name);
        done = tr("You refused the invitation to %1.").arg(group->name);
    } else {
        title = tr("Leave group");
        question = tr("Leave %1?").arg(group->name);
        if (group->kind != QLatin1String("open"))
            question += QLatin1Char('\n') + tr("To come back you will need a curator's approval or invitation.");
        done = tr("You left %1.").arg(group->name);
    }
    if (!m_prompts.confirm(this, title, question))
        return;
    if (auto status = m_device.groups().leave(group->id); !status) {
        Q_EMIT failed(GroupMessages::refusal(status.error(), group->name));
        return;
    }
    Q_EMIT succeeded(done + QLatin1Char(' ') + GroupMessages::sentLater());
}

} // namespace commonroom
