#include "GroupCurationPane.h"

#include "GroupMessages.h"
#include "Prompts.h"
#include "common/Authorization.h"
#include "desktop/core/Device.h"
#include "desktop/models/GroupMembersModel.h"

#include <QCompleter>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace commonroom {

namespace {
// How many people the invite field suggests at a time: enough to pick from, few enough to read
// from a directory of a million people as the user types.
constexpr int kInviteSuggestions = 20;

QPushButton *decisionButton(
    QWidget *parent, const QString &text, const QString &objectName, const QString &accessibleName)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setAccessibleName(accessibleName);
    return button;
}
} // namespace

GroupCurationPane::GroupCurationPane(Device &device, Prompts &prompts, QTableView *membersView, QWidget *parent)
    : QGroupBox(tr("Curate"), parent)
    , m_device(device)
    , m_prompts(prompts)
    , m_membersView(membersView)
{
    setObjectName(QStringLiteral("curateBox"));
    auto *curate = new QVBoxLayout(this);
    auto *decisions = new QHBoxLayout;
    m_approve
        = decisionButton(this, tr("&Approve…"), QStringLiteral("approveButton"), tr("Approve the selected request"));
    connect(m_approve, &QPushButton::clicked, this, &GroupCurationPane::approveRequest);
    m_decline
        = decisionButton(this, tr("&Decline…"), QStringLiteral("declineButton"), tr("Decline the selected request"));
    connect(m_decline, &QPushButton::clicked, this, &GroupCurationPane::declineRequest);
    m_makeCurator = decisionButton(
        this, tr("Make &curator…"), QStringLiteral("makeCuratorButton"), tr("Make the selected member a curator"));
    connect(m_makeCurator, &QPushButton::clicked, this, &GroupCurationPane::makeCurator);
    m_dismissCurator = decisionButton(this, tr("Remove as c&urator…"), QStringLiteral("dismissCuratorButton"),
        tr("Make the selected curator an ordinary member"));
    connect(m_dismissCurator, &QPushButton::clicked, this, &GroupCurationPane::dismissCurator);
    m_removeMember = decisionButton(this, tr("R&emove from group…"), QStringLiteral("removeMemberButton"),
        tr("Remove the selected person from the group"));
    connect(m_removeMember, &QPushButton::clicked, this, &GroupCurationPane::removeMember);
    decisions->addWidget(m_approve);
    decisions->addWidget(m_decline);
    decisions->addWidget(m_makeCurator);
    decisions->addWidget(m_dismissCurator);
    decisions->addWidget(m_removeMember);
    decisions->addStretch(1);
    curate->addLayout(decisions);

    auto *inviteRow = new QHBoxLayout;
    m_inviteField = new QLineEdit(this);
    m_inviteField->setObjectName(QStringLiteral("inviteField"));
    m_inviteField->setPlaceholderText(tr("Name of a person on this computer"));
    m_inviteField->setAccessibleName(tr("Person to invite"));
    m_inviteField->setClearButtonEnabled(true);
    auto *inviteLabel = new QLabel(tr("In&vite:"), this);
    inviteLabel->setBuddy(m_inviteField);
    m_completions = new QStandardItemModel(this);
    m_completer = new QCompleter(m_completions, this);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_inviteField->setCompleter(m_completer);
    m_invite
        = decisionButton(this, tr("&Invite"), QStringLiteral("inviteButton"), tr("Invite the person to the group"));
    connect(m_invite, &QPushButton::clicked, this, &GroupCurationPane::invite);
    connect(m_inviteField, &QLineEdit::returnPressed, this, [this] {
        if (m_invite->isEnabled())
            invite();
    });
    connect(m_inviteField, &QLineEdit::textEdited, this, &GroupCurationPane::updateInviteCompletions);
    connect(m_inviteField, &QLineEdit::textChanged, this, &GroupCurationPane::updateActions);
    connect(
        m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this, [this](const QModelIndex &index) {
            m_completedPersonId = index.data(Qt::UserRole).toString();
            m_completedName = index.data(Qt::DisplayRole).toString();
        });
    inviteRow->addWidget(inviteLabel);
    inviteRow->addWidget(m_inviteField, 1);
    inviteRow->addWidget(m_invite);
    curate->addLayout(inviteRow);

    setTabOrder(m_approve, m_decline);
    setTabOrder(m_decline, m_makeCurator);
    setTabOrder(m_makeCurator, m_dismissCurator);
    setTabOrder(m_dismissCurator, m_removeMember);
    setTabOrder(m_removeMember, m_inviteField);
    setTabOrder(m_inviteField, m_invite);
}

void GroupCurationPane::setGroup(const std::optional<GroupSummary> &group)
{
    const bool another = (group ? group->id : QString()) != (m_group ? m_group->id : QString());
    m_group = group;
    if (another)
        m_inviteField->clear();
    updateActions();
}

QModelIndex GroupCurationPane::selectedMember() const
{
    const QModelIndex current = m_membersView->currentIndex();
    return current.isValid() ? current.siblingAtColumn(GroupMembersModel::NameColumn) : QModelIndex();
}

void GroupCurationPane::updateActions()
{
    // Curating: the group's curators, and leaders and admins (the same rules, Update/Create of
    // others' memberships, cover approving, declining, inviting and appointing).
    const Principal me = m_device.store().principal();
    const bool curate = m_group && m_group->canCurate && !me.personId.empty();
    setVisible(curate);
    if (!curate) {
        for (QPushButton *button : {m_approve, m_decline, m_makeCurator, m_dismissCurator, m_removeMember, m_invite})
            button->setEnabled(false);
        return;
    }
    const QModelIndex member = selectedMember();
    const QString memberState = member.data(GroupMembersModel::StateRole).toString();
    const QString memberRole = member.data(GroupMembersModel::RoleRole).toString();
    const bool pending = memberState == QLatin1String("pending");
    m_approve->setEnabled(pending);
    m_decline->setEnabled(pending);
    m_makeCurator->setEnabled(memberState == QLatin1String("active") && memberRole != QLatin1String("curator"));
    const bool memberIsMe = member.data(GroupMembersModel::PersonIdRole).toString().toStdString() == me.personId;
    const bool memberCurates = memberState == QLatin1String("active") && memberRole == QLatin1String("curator");
    const FieldMap none;
    const bool mayDelete = member.isValid()
        && authorize(me,
            MutationContext {*findTable("membership"), Operation::Delete, none, memberIsMe, true,
                m_group->kind.toStdString(), !m_group->terms.isEmpty(), memberState.toStdString()})
               .ok();
    // Pending requests are answered with Decline; one's own membership is left with Leave group.
    m_removeMember->setEnabled(mayDelete && !memberIsMe && !pending && !(memberCurates && m_group->curators <= 1));
    m_dismissCurator->setEnabled(memberCurates && m_group->curators > 1);
    m_dismissCurator->setToolTip(memberCurates && m_group->curators <= 1
            ? tr("The last curator cannot be removed: make someone else curator first.")
            : QString());
    m_invite->setEnabled(!m_inviteField->text().trimmed().isEmpty());
}

void GroupCurationPane::decide(bool approve)
{
    const QModelIndex member = selectedMember();
    if (!m_group || !member.isValid() || !(approve ? m_approve : m_decline)->isEnabled())
        return;
    const GroupSummary group = *m_group;
    const QString name = member.data().toString();
    const auto message = m_prompts.text(this, approve ? tr("Approve %1").arg(name) : tr("Decline %1").arg(name),
        approve ? tr("A message for %1 (optional):").arg(name)
                : tr("A message for %1 saying why (optional):").arg(name));
    if (!message)
        return;
    const QString membershipId = member.data(GroupMembersModel::MembershipIdRole).toString();
    if (auto status = m_device.groups().decide(membershipId, approve, message->trimmed()); !status) {
        Q_EMIT failed(GroupMessages::refusal(status.error(), group.name, name));
        return;
    }
    Q_EMIT succeeded((approve ? tr("%1 is now a member of %2.") : tr("You declined the request of %1 to join %2."))
                         .arg(name, group.name)
        + QLatin1Char(' ') + GroupMessages::sentLater());
}

void GroupCurationPane::approveRequest()
{
    decide(true);
}

void GroupCurationPane::declineRequest()
{
    decide(false);
}

void GroupCurationPane::makeCurator()
{
    const QModelIndex member = selectedMember();
    if (!m_group || !member.isValid() || !m_makeCurator->isEnabled())
        return;
    const GroupSummary group = *m_group;
    const QString name = member.data().toString();
    if (!m_prompts.confirm(this, tr("Make curator"),
            tr("Make %1 a curator of %2? Curators answer requests, invite people and appoint curators.")
                .arg(name, group.name)))
        return;
    const QString personId = member.data(GroupMembersModel::PersonIdRole).toString();
    if (auto status = m_device.groups().appointCurator(group.id, personId); !status) {
        Q_EMIT failed(GroupMessages::refusal(status.error(), group.name, name));
        return;
    }
    Q_EMIT succeeded(
        tr("%1 is now a curator of %2.").arg(name, group.name) + QLatin1Char(' ') + GroupMessages::sentLater());
}

void GroupCurationPane::removeMember()
{
    const QModelIndex member = selectedMember();
    if (!m_group || !member.isValid() || !m_removeMember->isEnabled())
        return;
    const GroupSummary group = *m_group;
    const QString name
        = member.data().isNull() || member.data().toString().isEmpty() ? tr("this person") : member.data().toString();
    if (!m_prompts.confirm(this, tr("Remove from group"),
            tr("Remove %1 from %2? They will need to ask again or be invited to come back.").arg(name, group.name)))
        return;
    const QString membershipId = member.data(GroupMembersModel::MembershipIdRole).toString();
    if (auto status = m_device.groups().removeMember(membershipId); !status) {
        Q_EMIT failed(GroupMessages::refusal(status.error(), group.name, name));
        return;
    }
    Q_EMIT succeeded(
        tr("%1 is no longer in %2.").arg(name, group.name) + QLatin1Char(' ') + GroupMessages::sentLater());
}

void GroupCurationPane::dismissCurator()
{
    const QModelIndex member = selectedMember();
    if (!m_group || !member.isValid() || !m_dismissCurator->isEnabled())
        return;
    const GroupSummary group = *m_group;
    const QString name = member.data().toString();
    if (!m_prompts.confirm(this, tr("Remove as curator"),
            tr("Make %1 an ordinary member of %2? They will no longer answer requests or invite people.")
                .arg(name, group.name)))
        return;
    const QString membershipId = member.data(GroupMembersModel::MembershipIdRole).toString();
    if (auto status = m_device.groups().dismissCurator(membershipId); !status) {
        Q_EMIT failed(GroupMessages::refusal(status.error(), group.name, name));
        return;
    }
    Q_EMIT succeeded(
        tr("%1 is no longer a curator of %2.").arg(name, group.name) + QLatin1Char(' ') + GroupMessages::sentLater());
}

void GroupCurationPane::updateInviteCompletions(const QString &text)
{
    // Suggests people by the start of their name, read as the user types: a completer over every
    // name would load the whole directory.
    m_completions->clear();
    const QString typed = text.trimmed();
    if (typed.isEmpty())
        return;
    for (const Groups::Person &person : m_device.groups().peopleNamedFrom(typed, kInviteSuggestions)) {
        auto *item = new QStandardItem(person.name);
        item->setData(person.id, Qt::UserRole);
        if (!person.area.isEmpty())
            item->setToolTip(person.area);
        m_completions->appendRow(item);
    }
}

QString GroupCurationPane::invitee(QString &why) const
{
    const QString name = m_inviteField->text().trimmed();
    if (!m_completedPersonId.isEmpty() && name == m_completedName)
        return m_completedPersonId;
    const QStringList ids = m_device.groups().peopleCalled(name, 2);
    if (ids.size() == 1)
        return ids.front();
    why = ids.isEmpty() ? tr("No one called %1 is on this computer. Pick a name from the suggestions.").arg(name)
                        : tr("More than one person is called %1. Pick one from the suggestions.").arg(name);
    return {};
}

void GroupCurationPane::invite()
{
    if (!m_group || !m_invite->isEnabled())
        return;
    const GroupSummary group = *m_group;
    QString why;
    const QString personId = invitee(why);
    if (personId.isEmpty()) {
        Q_EMIT failed(why);
        return;
    }
    const QString name = m_inviteField->text().trimmed();
    if (auto status = m_device.groups().invite(group.id, personId); !status) {
        Q_EMIT failed(GroupMessages::refusal(status.error(), group.name, name));
        return;
    }
    m_inviteField->clear();
    m_completedPersonId.clear();
    Q_EMIT succeeded(tr("%1 is invited to %2.").arg(name, group.name) + QLatin1Char(' ') + GroupMessages::sentLater());
}

} // namespace commonroom
