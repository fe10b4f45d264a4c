#include "GroupsWindow.h"

#include "Prompts.h"
#include "common/Authorization.h"
#include "desktop/core/Device.h"
#include "desktop/core/Groups.h"
#include "desktop/core/LocalStore.h"
#include "desktop/models/GroupMembersModel.h"
#include "desktop/models/GroupsModel.h"

#include <QCompleter>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace commonroom {

namespace {
// How many people the invite field suggests at a time: enough to pick from, few enough to read
// from a directory of a million people as the user types.
constexpr int kInviteSuggestions = 20;

QString sentLater()
{
    return GroupsWindow::tr("The change will be sent at the next sync.");
}

// What went wrong, in the user's language: Groups' error codes have their own sentences; other
// refusals (the shared rules, the store) keep their English detail inside a translated sentence.
QString errorMessage(const Error &error, const QString &group = {}, const QString &person = {})
{
    const std::string &code = error.code;
    const QString detail = QString::fromStdString(error.message);
    if (code == "not_signed_in")
        return GroupsWindow::tr("Sign in first: a group needs a first curator.");
    if (code == "no_group")
        return GroupsWindow::tr("This group is not on this computer any more. Sync, then try again.");
    if (code == "terms")
        return GroupsWindow::tr("To join %1, accept its terms.").arg(group);
    if (code == "already_member")
        return GroupsWindow::tr("You are already a member of %1.").arg(group);
    if (code == "already_requested")
        return GroupsWindow::tr("Your request to join %1 already waits for a curator.").arg(group);
    if (code == "closed")
        return GroupsWindow::tr("%1 takes new members by invitation of its curators only.").arg(group);
    if (code == "not_member")
        return GroupsWindow::tr("This membership is not on this computer any more. Sync to see where it stands.");
    if (code == "no_request")
        return GroupsWindow::tr("This request was answered or withdrawn meanwhile. Sync to see where it stands.");
    if (code == "already_in_group")
        return GroupsWindow::tr("%1 already has a membership, request or invitation in %2.").arg(person, group);
    if (code == "last_curator")
        return GroupsWindow::tr("%1 needs at least one curator: make someone else curator first.").arg(group);
    if (code == "own_membership")
        return GroupsWindow::tr("To leave %1 yourself, use Leave group.").arg(group);
    if (code == "forbidden")
        return GroupsWindow::tr("The community's rules do not allow this: %1").arg(detail);
    return GroupsWindow::tr("This could not be done: %1").arg(detail);
}

// Escapes LIKE's wildcards so that a typed "%" or "_" matches itself.
QString likePrefix(QString text)
{
    text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    text.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    text.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return text + QLatin1Char('%');
}

QTableView *makeTable(QWidget *parent, const QString &objectName, const QString &accessibleName)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->setTabKeyNavigation(false); // Tab leaves the table; arrows move within it
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

QLabel *plainLabel(QWidget *parent, const QString &objectName)
{
    // Group names, descriptions and terms come from other people: never interpret them as HTML.
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}
} // namespace

GroupsWindow::GroupsWindow(Device &device, Prompts &prompts, QWidget *parent)
    : QDialog(parent)
    , m_device(device)
    , m_store(device.store())
    , m_prompts(prompts)
    , m_groups(new GroupsModel(device, this))
    , m_members(new GroupMembersModel(device.store(), this))
    , m_filter(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("groupsWindow"));
    setWindowTitle(tr("Groups"));
    setAccessibleName(windowTitle());
    setModal(false);
    // A window of its own beside the main window, with the usual window buttons.
    setWindowFlag(Qt::WindowMinMaxButtonsHint, true);

    m_filter->setSourceModel(m_groups);
    m_filter->setFilterRole(GroupsModel::SearchTextRole);
    m_filter->setFilterKeyColumn(GroupsModel::NameColumn);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);

    auto *layout = new QVBoxLayout(this);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(createGroupList(splitter));
    splitter->addWidget(createDetails(splitter));
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({400, 560});
    layout->addWidget(splitter, 1);

    m_message = plainLabel(this, QStringLiteral("groupsMessage"));
    m_message->setAccessibleName(tr("Result of the last action"));
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_closeButtons = buttons;

    // Keyboard: Ctrl+F searches, Ctrl+N creates; the buttons have Alt mnemonics.
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    auto *create = new QShortcut(QKeySequence::New, this);
    connect(create, &QShortcut::activated, this, [this] {
        if (m_newGroup->isEnabled())
            newGroup();
    });
    m_shortcuts = {find, create};

    connect(m_search, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_groupsView->setFocus();
        if (!m_groupsView->currentIndex().isValid() && m_filter->rowCount() > 0)
            m_groupsView->setCurrentIndex(m_filter->index(0, 0));
    });
    connect(m_groupsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &GroupsWindow::onCurrentGroupChanged);
    // Connected after the proxy's own connection, so the proxy has reset when this runs.
    connect(m_groups, &QAbstractItemModel::modelReset, this, &GroupsWindow::onGroupsReset);
    connect(m_members, &QAbstractItemModel::modelReset, this, &GroupsWindow::updateDetails);
    connect(
        m_membersView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &GroupsWindow::updateActions);

    setTabOrder(m_search, m_groupsView);
    setTabOrder(m_groupsView, m_newGroup);
    setTabOrder(m_newGroup, m_join);
    setTabOrder(m_join, m_leave);
    setTabOrder(m_leave, m_membersView);
    setTabOrder(m_membersView, m_approve);
    setTabOrder(m_approve, m_decline);
    setTabOrder(m_decline, m_makeCurator);
    setTabOrder(m_makeCurator, m_dismissCurator);
    setTabOrder(m_dismissCurator, m_removeMember);
    setTabOrder(m_removeMember, m_inviteField);
    setTabOrder(m_inviteField, m_invite);

    if (m_filter->rowCount() > 0)
        m_groupsView->setCurrentIndex(m_filter->index(0, 0));
    updateDetails();
    resize(960, 600);
}

void GroupsWindow::setEmbedded()
{
    setWindowFlags(Qt::Widget);
    m_closeButtons->hide();
    // The main window has its own Ctrl+F and Ctrl+N; two shortcuts for one key fire neither.
    for (QShortcut *shortcut : m_shortcuts)
        shortcut->setEnabled(false);
    setFocusProxy(m_search);
}

QWidget *GroupsWindow::createGroupList(QWidget *parent)
{
    auto *panel = new QWidget(parent);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *searchRow = new QHBoxLayout;
    m_search = new QLineEdit(panel);
    m_search->setObjectName(QStringLiteral("groupSearch"));
    m_search->setPlaceholderText(tr("Search groups"));
    m_search->setAccessibleName(tr("Search groups"));
    m_search->setAccessibleDescription(tr("Finds groups by name and description"));
    m_search->setClearButtonEnabled(true);
    auto *searchLabel = new QLabel(tr("&Search:"), panel);
    searchLabel->setBuddy(m_search);
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    layout->addLayout(searchRow);

    m_groupsView = makeTable(panel, QStringLiteral("groupsView"), tr("Groups"));
    m_groupsView->setModel(m_filter);
    m_groupsView->setSortingEnabled(false); // the model keeps name order
    // The name takes the room left; the short columns stay readable beside it.
    QHeaderView *header = m_groupsView->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(GroupsModel::NameColumn, QHeaderView::Stretch);
    layout->addWidget(m_groupsView, 1);

    m_newGroup = new QPushButton(tr("&New group…"), panel);
    m_newGroup->setObjectName(QStringLiteral("newGroupButton"));
    m_newGroup->setAccessibleName(tr("New group"));
    m_newGroup->setIcon(QIcon::fromTheme(QStringLiteral("list-add")));
    connect(m_newGroup, &QPushButton::clicked, this, &GroupsWindow::newGroup);
    auto *newRow = new QHBoxLayout;
    newRow->addWidget(m_newGroup);
    newRow->addStretch(1);
    layout->addLayout(newRow);
    return panel;
}

QWidget *GroupsWindow::createDetails(QWidget *parent)
{
    m_details = new QWidget(parent);
    m_details->setObjectName(QStringLiteral("groupDetails"));
    auto *layout = new QVBoxLayout(m_details);
    layout->setContentsMargins(0, 0, 0, 0);

    m_title = plainLabel(m_details, QStringLiteral("groupTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);
    m_kind = plainLabel(m_details, QStringLiteral("groupKind"));
    m_kind->setAccessibleName(tr("Kind"));
    layout->addWidget(m_kind);
    m_description = plainLabel(m_details, QStringLiteral("groupDescription"));
    m_description->setAccessibleName(tr("Description"));
    layout->addWidget(m_description);

    m_termsBox = new QGroupBox(tr("Terms"), m_details);
    m_termsBox->setObjectName(QStringLiteral("termsBox"));
    auto *termsLayout = new QVBoxLayout(m_termsBox);
    m_terms = plainLabel(m_termsBox, QStringLiteral("groupTerms"));
    m_terms->setAccessibleName(tr("Terms"));
    termsLayout->addWidget(m_terms);
    layout->addWidget(m_termsBox);

    m_standing = plainLabel(m_details, QStringLiteral("groupStanding"));
    m_standing->setAccessibleName(tr("Your membership"));
    layout->addWidget(m_standing);
    m_curators = plainLabel(m_details, QStringLiteral("groupCurators"));
    m_curators->setAccessibleName(tr("Curators"));
    layout->addWidget(m_curators);
    m_requests = plainLabel(m_details, QStringLiteral("groupRequests"));
    m_requests->setAccessibleName(tr("Requests waiting"));
    layout->addWidget(m_requests);

    auto *own = new QHBoxLayout;
    m_join = new QPushButton(tr("&Join"), m_details);
    m_join->setObjectName(QStringLiteral("joinButton"));
    connect(m_join, &QPushButton::clicked, this, &GroupsWindow::join);
    m_leave = new QPushButton(tr("&Leave group…"), m_details);
    m_leave->setObjectName(QStringLiteral("leaveButton"));
    connect(m_leave, &QPushButton::clicked, this, &GroupsWindow::leave);
    own->addWidget(m_join);
    own->addWidget(m_leave);
    own->addStretch(1);
    layout->addLayout(own);

    auto *membersLabel = new QLabel(tr("&Members:"), m_details);
    layout->addWidget(membersLabel);
    m_membersView = makeTable(m_details, QStringLiteral("membersView"), tr("Members of the group"));
    m_membersView->setModel(m_members);
    m_membersView->setColumnWidth(GroupMembersModel::NameColumn, 200);
    m_membersView->horizontalHeader()->setSectionResizeMode(
        GroupMembersModel::StateColumn, QHeaderView::ResizeToContents);
    m_membersView->horizontalHeader()->setSectionResizeMode(
        GroupMembersModel::RoleColumn, QHeaderView::ResizeToContents);
    membersLabel->setBuddy(m_membersView);
    layout->addWidget(m_membersView, 1);

    m_curateBox = new QGroupBox(tr("Curate"), m_details);
    m_curateBox->setObjectName(QStringLiteral("curateBox"));
    auto *curate = new QVBoxLayout(m_curateBox);
    auto *decisions = new QHBoxLayout;
    m_approve = new QPushButton(tr("&Approve…"), m_curateBox);
    m_approve->setObjectName(QStringLiteral("approveButton"));
    m_approve->setAccessibleName(tr("Approve the selected request"));
    connect(m_approve, &QPushButton::clicked, this, &GroupsWindow::approveRequest);
    m_decline = new QPushButton(tr("&Decline…"), m_curateBox);
    m_decline->setObjectName(QStringLiteral("declineButton"));
    m_decline->setAccessibleName(tr("Decline the selected request"));
    connect(m_decline, &QPushButton::clicked, this, &GroupsWindow::declineRequest);
    m_makeCurator = new QPushButton(tr("Make &curator…"), m_curateBox);
    m_makeCurator->setObjectName(QStringLiteral("makeCuratorButton"));
    m_makeCurator->setAccessibleName(tr("Make the selected member a curator"));
    connect(m_makeCurator, &QPushButton::clicked, this, &GroupsWindow::makeCurator);
    m_dismissCurator = new QPushButton(tr("Remove as c&urator…"), m_curateBox);
    m_dismissCurator->setObjectName(QStringLiteral("dismissCuratorButton"));
    m_dismissCurator->setAccessibleName(tr("Make the selected curator an ordinary member"));
    connect(m_dismissCurator, &QPushButton::clicked, this, &GroupsWindow::dismissCurator);
    m_removeMember = new QPushButton(tr("R&emove from group…"), m_curateBox);
    m_removeMember->setObjectName(QStringLiteral("removeMemberButton"));
    m_removeMember->setAccessibleName(tr("Remove the selected person from the group"));
    connect(m_removeMember, &QPushButton::clicked, this, &GroupsWindow::removeMember);
    decisions->addWidget(m_approve);
    decisions->addWidget(m_decline);
    decisions->addWidget(m_makeCurator);
    decisions->addWidget(m_dismissCurator);
    decisions->addWidget(m_removeMember);
    decisions->addStretch(1);
    curate->addLayout(decisions);

    auto *inviteRow = new QHBoxLayout;
    m_inviteField = new QLineEdit(m_curateBox);
    m_inviteField->setObjectName(QStringLiteral("inviteField"));
    m_inviteField->setPlaceholderText(tr("Name of a person on this computer"));
    m_inviteField->setAccessibleName(tr("Person to invite"));
    m_inviteField->setClearButtonEnabled(true);
    auto *inviteLabel = new QLabel(tr("In&vite:"), m_curateBox);
    inviteLabel->setBuddy(m_inviteField);
    m_completions = new QStandardItemModel(this);
    m_completer = new QCompleter(m_completions, this);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_inviteField->setCompleter(m_completer);
    m_invite = new QPushButton(tr("&Invite"), m_curateBox);
    m_invite->setObjectName(QStringLiteral("inviteButton"));
    m_invite->setAccessibleName(tr("Invite the person to the group"));
    connect(m_invite, &QPushButton::clicked, this, &GroupsWindow::invite);
    connect(m_inviteField, &QLineEdit::returnPressed, this, [this] {
        if (m_invite->isEnabled())
            invite();
    });
    connect(m_inviteField, &QLineEdit::textEdited, this, &GroupsWindow::updateInviteCompletions);
    connect(m_inviteField, &QLineEdit::textChanged, this, &GroupsWindow::updateActions);
    connect(
        m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this, [this](const QModelIndex &index) {
            m_completedPersonId = index.data(Qt::UserRole).toString();
            m_completedName = index.data(Qt::DisplayRole).toString();
        });
    inviteRow->addWidget(inviteLabel);
    inviteRow->addWidget(m_inviteField, 1);
    inviteRow->addWidget(m_invite);
    curate->addLayout(inviteRow);
    layout->addWidget(m_curateBox);
    return m_details;
}

QString GroupsWindow::messageText() const
{
    return m_message->text();
}

bool GroupsWindow::selectGroup(const QString &groupId)
{
    const int row = m_groups->rowOfId(groupId);
    if (row < 0)
        return false;
    QModelIndex index = m_filter->mapFromSource(m_groups->index(row, 0));
    if (!index.isValid()) {
        m_search->clear();
        index = m_filter->mapFromSource(m_groups->index(row, 0));
    }
    m_groupsView->setCurrentIndex(index);
    m_groupsView->scrollTo(index);
    return m_groupId == groupId;
}

bool GroupsWindow::selectMembership(const QString &membershipId)
{
    const int row = m_members->rowOfMembership(membershipId);
    if (row < 0)
        return false;
    m_membersView->setCurrentIndex(m_members->index(row, 0));
    return true;
}

std::optional<GroupsWindow::Selected> GroupsWindow::selected() const
{
    const int row = m_groups->rowOfId(m_groupId);
    if (row < 0)
        return std::nullopt;
    const QModelIndex index = m_groups->index(row, GroupsModel::NameColumn);
    Selected group;
    group.id = m_groupId;
    group.name = index.data().toString();
    group.kind = index.data(GroupsModel::KindRole).toString();
    group.terms = index.data(GroupsModel::TermsRole).toString();
    group.myMembershipId = index.data(GroupsModel::MyMembershipIdRole).toString();
    group.myState = index.data(GroupsModel::MyStateRole).toString();
    group.myRole = index.data(GroupsModel::MyRoleRole).toString();
    group.curators = index.data(GroupsModel::CuratorCountRole).toInt();
    group.canCurate = index.data(GroupsModel::CanCurateRole).toBool();
    return group;
}

void GroupsWindow::onCurrentGroupChanged()
{
    if (m_restoringSelection)
        return;
    const QModelIndex current = m_groupsView->currentIndex();
    const QString id = current.isValid() ? current.data(GroupsModel::IdRole).toString() : QString();
    if (id == m_groupId)
        return;
    m_groupId = id;
    m_inviteField->clear();
    updateDetails();
}

void GroupsWindow::onGroupsReset()
{
    // A reload (a local edit or sync) loses the view's selection: put it back on the same group.
    m_restoringSelection = true;
    const int row = m_groups->rowOfId(m_groupId);
    const QModelIndex index = row < 0 ? QModelIndex() : m_filter->mapFromSource(m_groups->index(row, 0));
    if (index.isValid())
        m_groupsView->setCurrentIndex(index);
    m_restoringSelection = false;
    if (row < 0)
        m_groupId.clear();
    updateDetails();
}

void GroupsWindow::updateDetails()
{
    const auto group = selected();
    if (m_members->groupId() != (group ? group->id : QString()))
        m_members->setGroupId(group ? group->id : QString());
    m_details->setEnabled(group.has_value());
    if (!group) {
        m_title->setText(m_groups->rowCount() == 0
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
    const int row = m_groups->rowOfId(group->id);
    const QModelIndex index = m_groups->index(row, 0);
    m_title->setText(group->name);
    m_title->setAccessibleName(tr("Group %1").arg(group->name));
    const int members = index.data(GroupsModel::MemberCountRole).toInt();
    m_kind->setText(tr("%1 group · %n member(s)", nullptr, members).arg(GroupsModel::describeKind(group->kind)));
    m_kind->setToolTip(m_groups->index(row, GroupsModel::KindColumn).data(Qt::ToolTipRole).toString());
    const QString description = index.data(GroupsModel::DescriptionRole).toString();
    m_description->setText(description.isEmpty() ? tr("No description.") : description);
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
        if (const auto mine = m_store.row(QStringLiteral("membership"), group->myMembershipId)) {
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
        if (curator.personId == QString::fromStdString(m_store.principal().personId))
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
    const int pending = index.data(GroupsModel::PendingCountRole).toInt();
    m_requests->setVisible(group->canCurate && pending > 0);
    m_requests->setText(
        tr("%n request(s) to join wait for your answer: select one in the list below.", nullptr, pending));
    updateActions();
}

void GroupsWindow::updateActions()
{
    const Principal me = m_store.principal();
    const bool signedIn = !me.personId.empty();
    const TableDef &groupTable = *findTable("group");
    const TableDef &membershipTable = *findTable("membership");
    const FieldMap none;
    const bool mayCreate
        = signedIn && authorize(me, MutationContext {groupTable, Operation::Create, none, false, false}).ok();
    m_newGroup->setEnabled(mayCreate);
    m_newGroup->setToolTip(mayCreate ? tr("Create a group; you become its first curator (Ctrl+N)")
                                     : tr("Only leaders and admins create groups"));

    const auto group = selected();
    if (!group || !signedIn) {
        m_join->hide();
        m_leave->hide();
        m_curateBox->hide();
        return;
    }

    // Joining, as Groups::join does it, judged by the rule the daemon applies.
    const bool hasTerms = !group->terms.isEmpty();
    const std::string kind = group->kind.toStdString();
    const std::string accepted = m_store.now().toString(Qt::ISODate).toStdString();
    const bool invited = group->myState == QLatin1String("invited");
    const bool outside = group->myState.isEmpty() || group->myState == QLatin1String("declined");
    bool offerJoin = false;
    bool mayJoin = false;
    if (invited) {
        FieldMap fields {{"state", std::string("active")}};
        if (hasTerms)
            fields["terms_accepted_at"] = accepted;
        offerJoin = true;
        mayJoin = authorize(
            me, MutationContext {membershipTable, Operation::Update, fields, true, false, kind, hasTerms, "invited"})
                      .ok();
        m_join->setText(tr("Accept invitation and &join"));
    } else if (outside && group->kind != QLatin1String("closed")) {
        const bool open = group->kind == QLatin1String("open");
        FieldMap fields {{"person_id", me.personId}, {"group_id", group->id.toStdString()},
            {"state", std::string(open ? "active" : "pending")}, {"role", std::string("member")}};
        if (hasTerms)
            fields["terms_accepted_at"] = accepted;
        offerJoin = true;
        mayJoin
            = authorize(me, MutationContext {membershipTable, Operation::Create, fields, true, false, kind, hasTerms})
                  .ok();
        m_join->setText(open ? tr("&Join") : tr("Request to &join…"));
    }
    m_join->setVisible(offerJoin);
    m_join->setEnabled(offerJoin && mayJoin);
    m_join->setToolTip(!offerJoin || mayJoin ? QString() : tr("Only approved members join groups"));
    m_join->setAccessibleName(m_join->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")));

    const bool inside = !outside;
    const bool lastCurator = group->myState == QLatin1String("active") && group->myRole == QLatin1String("curator")
        && group->curators <= 1;
    const bool mayLeave = inside
        && authorize(me,
            MutationContext {
                membershipTable, Operation::Delete, none, true, false, kind, hasTerms, group->myState.toStdString()})
               .ok();
    m_leave->setVisible(inside);
    m_leave->setEnabled(mayLeave && !lastCurator);
    if (group->myState == QLatin1String("pending"))
        m_leave->setText(tr("&Withdraw request…"));
    else if (invited)
        m_leave->setText(tr("&Refuse invitation…"));
    else
        m_leave->setText(tr("&Leave group…"));
    m_leave->setToolTip(
        lastCurator ? tr("You are the group's last curator: make someone else curator first.") : QString());
    m_leave->setAccessibleName(m_leave->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")));

    // Curating: the group's curators, and leaders and admins (the same rules, Update/Create of
    // others' memberships, cover approving, declining, inviting and appointing).
    m_curateBox->setVisible(group->canCurate);
    const QModelIndex member = selectedMember();
    const QString memberState = member.data(GroupMembersModel::StateRole).toString();
    const QString memberRole = member.data(GroupMembersModel::RoleRole).toString();
    const bool pending = group->canCurate && memberState == QLatin1String("pending");
    m_approve->setEnabled(pending);
    m_decline->setEnabled(pending);
    m_makeCurator->setEnabled(
        group->canCurate && memberState == QLatin1String("active") && memberRole != QLatin1String("curator"));
    const bool memberIsMe = member.data(GroupMembersModel::PersonIdRole).toString().toStdString() == me.personId;
    const bool memberCurates = memberState == QLatin1String("active") && memberRole == QLatin1String("curator");
    const bool mayDelete = member.isValid()
        && authorize(me,
            MutationContext {membershipTable, Operation::Delete, none, memberIsMe, group->canCurate, kind, hasTerms,
                memberState.toStdString()})
               .ok();
    // Pending requests are answered with Decline; one's own membership is left with Leave group.
    m_removeMember->setEnabled(group->canCurate && mayDelete && !memberIsMe && memberState != QLatin1String("pending")
        && !(memberCurates && group->curators <= 1));
    m_dismissCurator->setEnabled(group->canCurate && memberCurates && group->curators > 1);
    m_dismissCurator->setToolTip(memberCurates && group->curators <= 1
            ? tr("The last curator cannot be removed: make someone else curator first.")
            : QString());
    m_invite->setEnabled(group->canCurate && !m_inviteField->text().trimmed().isEmpty());
}

QModelIndex GroupsWindow::selectedMember() const
{
    const QModelIndex current = m_membersView->currentIndex();
    return current.isValid() ? current.siblingAtColumn(GroupMembersModel::NameColumn) : QModelIndex();
}

QString GroupsWindow::selectedMemberName() const
{
    return selectedMember().data().toString();
}

void GroupsWindow::showError(const QString &message)
{
    m_errorText = message;
    m_message->setText(message);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
}

void GroupsWindow::showDone(const QString &message)
{
    m_errorText.clear();
    m_message->setText(message);
    m_message->setStyleSheet({});
}

bool GroupsWindow::askTerms(const QString &groupName, const QString &terms)
{
    Prompts::Question accept;
    accept.title = tr("Terms of %1").arg(groupName);
    accept.text = tr("To join %1, accept its terms:").arg(groupName) + QStringLiteral("\n\n") + terms;
    accept.yes = tr("&Accept terms and join");
    return m_prompts.confirm(this, accept);
}

bool GroupsWindow::confirm(const QString &title, const QString &question)
{
    return m_prompts.confirm(this, title, question);
}

std::optional<QString> GroupsWindow::askMessage(const QString &title, const QString &label)
{
    const auto text = m_prompts.text(this, title, label);
    if (!text)
        return std::nullopt;
    return text->trimmed();
}

void GroupsWindow::join()
{
    const auto group = selected();
    if (!group || !m_join->isEnabled())
        return;
    const bool invited = group->myState == QLatin1String("invited");
    bool acceptTerms = false;
    if (!group->terms.isEmpty()) {
        if (!askTerms(group->name, group->terms)) {
            showDone(tr("You did not join %1: joining needs its terms accepted.").arg(group->name));
            return;
        }
        acceptTerms = true;
    }
    QString message;
    if (!invited && group->kind != QLatin1String("open")) {
        const auto written = askMessage(tr("Request to join %1").arg(group->name),
            tr("A message for the curators (optional): who you are, why you would like to join."));
        if (!written)
            return;
        message = *written;
    }
    const auto state = m_device.groups().join(group->id, acceptTerms, message);
    if (!state) {
        showError(errorMessage(state.error(), group->name));
        return;
    }
    if (*state == QLatin1String("pending"))
        showDone(tr("You asked to join %1; a curator will answer.").arg(group->name) + QLatin1Char(' ') + sentLater());
    else
        showDone(tr("You joined %1.").arg(group->name) + QLatin1Char(' ') + sentLater());
}

void GroupsWindow::leave()
{
    const auto group = selected();
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
    if (!confirm(title, question))
        return;
    if (auto status = m_device.groups().leave(group->id); !status) {
        showError(errorMessage(status.error(), group->name));
        return;
    }
    showDone(done + QLatin1Char(' ') + sentLater());
}

void GroupsWindow::newGroup()
{
    if (!m_newGroup->isEnabled())
        return;
    const auto draft = m_prompts.newGroup(this);
    if (!draft)
        return;
    if (draft->name.trimmed().isEmpty()) {
        showError(tr("A group needs a name."));
        return;
    }
    const auto id = m_device.groups().create(draft->name.trimmed(), draft->kind, draft->description, draft->terms);
    if (!id) {
        showError(errorMessage(id.error()));
        return;
    }
    m_search->clear();
    selectGroup(*id);
    showDone(tr("The group %1 was created; you are its curator.").arg(draft->name.trimmed()) + QLatin1Char(' ')
        + sentLater());
}

void GroupsWindow::decide(bool approve)
{
    const auto group = selected();
    const QModelIndex member = selectedMember();
    if (!group || !member.isValid() || !(approve ? m_approve : m_decline)->isEnabled())
        return;
    const QString name = member.data().toString();
    const auto message = askMessage(approve ? tr("Approve %1").arg(name) : tr("Decline %1").arg(name),
        approve ? tr("A message for %1 (optional):").arg(name)
                : tr("A message for %1 saying why (optional):").arg(name));
    if (!message)
        return;
    const QString membershipId = member.data(GroupMembersModel::MembershipIdRole).toString();
    if (auto status = m_device.groups().decide(membershipId, approve, *message); !status) {
        showError(errorMessage(status.error(), group->name, name));
        return;
    }
    showDone((approve ? tr("%1 is now a member of %2.") : tr("You declined the request of %1 to join %2."))
                 .arg(name, group->name)
        + QLatin1Char(' ') + sentLater());
}

void GroupsWindow::approveRequest()
{
    decide(true);
}

void GroupsWindow::declineRequest()
{
    decide(false);
}

void GroupsWindow::makeCurator()
{
    const auto group = selected();
    const QModelIndex member = selectedMember();
    if (!group || !member.isValid() || !m_makeCurator->isEnabled())
        return;
    const QString name = member.data().toString();
    if (!confirm(tr("Make curator"),
            tr("Make %1 a curator of %2? Curators answer requests, invite people and appoint curators.")
                .arg(name, group->name)))
        return;
    const QString personId = member.data(GroupMembersModel::PersonIdRole).toString();
    if (auto status = m_device.groups().appointCurator(group->id, personId); !status) {
        showError(errorMessage(status.error(), group->name, name));
        return;
    }
    showDone(tr("%1 is now a curator of %2.").arg(name, group->name) + QLatin1Char(' ') + sentLater());
}

void GroupsWindow::removeMember()
{
    const auto group = selected();
    const QModelIndex member = selectedMember();
    if (!group || !member.isValid() || !m_removeMember->isEnabled())
        return;
    const QString name
        = member.data().isNull() || member.data().toString().isEmpty() ? tr("this person") : member.data().toString();
    if (!confirm(tr("Remove from group"),
            tr("Remove %1 from %2? They will need to ask again or be invited to come back.").arg(name, group->name)))
        return;
    const QString membershipId = member.data(GroupMembersModel::MembershipIdRole).toString();
    if (auto status = m_device.groups().removeMember(membershipId); !status) {
        showError(errorMessage(status.error(), group->name, name));
        return;
    }
    showDone(tr("%1 is no longer in %2.").arg(name, group->name) + QLatin1Char(' ') + sentLater());
}

void GroupsWindow::dismissCurator()
{
    const auto group = selected();
    const QModelIndex member = selectedMember();
    if (!group || !member.isValid() || !m_dismissCurator->isEnabled())
        return;
    const QString name = member.data().toString();
    if (!confirm(tr("Remove as curator"),
            tr("Make %1 an ordinary member of %2? They will no longer answer requests or invite people.")
                .arg(name, group->name)))
        return;
    const QString membershipId = member.data(GroupMembersModel::MembershipIdRole).toString();
    if (auto status = m_device.groups().dismissCurator(membershipId); !status) {
        showError(errorMessage(status.error(), group->name, name));
        return;
    }
    showDone(tr("%1 is no longer a curator of %2.").arg(name, group->name) + QLatin1Char(' ') + sentLater());
}

void GroupsWindow::updateInviteCompletions(const QString &text)
{
    // Suggests people by the start of their name, read from the database as the user types: a
    // completer over every name would load the whole directory.
    m_completions->clear();
    const QString typed = text.trimmed();
    if (typed.isEmpty())
        return;
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, display_name, area FROM person WHERE display_name LIKE ? ESCAPE '\\' "
                                 "ORDER BY display_name COLLATE NOCASE, id LIMIT ?"));
    query.addBindValue(likePrefix(typed));
    query.addBindValue(kInviteSuggestions);
    if (!query.exec())
        return;
    while (query.next()) {
        auto *item = new QStandardItem(query.value(1).toString());
        item->setData(query.value(0).toString(), Qt::UserRole);
        const QString area = query.value(2).toString();
        if (!area.isEmpty())
            item->setToolTip(area);
        m_completions->appendRow(item);
    }
}

QString GroupsWindow::invitee(QString &why) const
{
    const QString name = m_inviteField->text().trimmed();
    if (!m_completedPersonId.isEmpty() && name == m_completedName)
        return m_completedPersonId;
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT id FROM person WHERE display_name = ? COLLATE NOCASE LIMIT 2"));
    query.addBindValue(name);
    QStringList ids;
    if (query.exec()) {
        while (query.next())
            ids << query.value(0).toString();
    }
    if (ids.size() == 1)
        return ids.front();
    why = ids.isEmpty() ? tr("No one called %1 is on this computer. Pick a name from the suggestions.").arg(name)
                        : tr("More than one person is called %1. Pick one from the suggestions.").arg(name);
    return {};
}

void GroupsWindow::invite()
{
    const auto group = selected();
    if (!group || !m_invite->isEnabled())
        return;
    QString why;
    const QString personId = invitee(why);
    if (personId.isEmpty()) {
        showError(why);
        return;
    }
    const QString name = m_inviteField->text().trimmed();
    if (auto status = m_device.groups().invite(group->id, personId); !status) {
        showError(errorMessage(status.error(), group->name, name));
        return;
    }
    m_inviteField->clear();
    m_completedPersonId.clear();
    showDone(tr("%1 is invited to %2.").arg(name, group->name) + QLatin1Char(' ') + sentLater());
}

} // namespace commonroom
