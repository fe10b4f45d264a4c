#include "GroupListPane.h"

#include "GroupMessages.h"
#include "PaneWidgets.h"
#include "Prompts.h"
#include "desktop/core/Device.h"
#include "desktop/models/GroupsModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace commonroom {

GroupListPane::GroupListPane(Device &device, Prompts &prompts, QWidget *parent)
    : QWidget(parent)
    , m_device(device)
    , m_prompts(prompts)
    , m_groups(new GroupsModel(device, this))
    , m_filter(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("groupListPane"));
    m_filter->setSourceModel(m_groups);
    m_filter->setFilterRole(GroupsModel::SearchTextRole);
    m_filter->setFilterKeyColumn(GroupsModel::NameColumn);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *searchRow = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("groupSearch"));
    m_search->setPlaceholderText(tr("Search groups"));
    m_search->setAccessibleName(tr("Search groups"));
    m_search->setAccessibleDescription(tr("Finds groups by name and description"));
    m_search->setClearButtonEnabled(true);
    auto *searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    layout->addLayout(searchRow);

    m_view = panewidgets::table(this, QStringLiteral("groupsView"), tr("Groups"));
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(false); // the model keeps name order
    // The name takes the room left; the short columns stay readable beside it.
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(GroupsModel::NameColumn, QHeaderView::Stretch);
    layout->addWidget(m_view, 1);

    m_newGroup = new QPushButton(tr("&New group…"), this);
    m_newGroup->setObjectName(QStringLiteral("newGroupButton"));
    m_newGroup->setAccessibleName(tr("New group"));
    m_newGroup->setIcon(QIcon::fromTheme(QStringLiteral("list-add")));
    connect(m_newGroup, &QPushButton::clicked, this, &GroupListPane::newGroup);
    auto *newRow = new QHBoxLayout;
    newRow->addWidget(m_newGroup);
    newRow->addStretch(1);
    layout->addLayout(newRow);

    connect(m_search, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_view->setFocus();
        if (!m_view->currentIndex().isValid() && m_filter->rowCount() > 0)
            m_view->setCurrentIndex(m_filter->index(0, 0));
    });
    connect(
        m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &GroupListPane::onCurrentRowChanged);
    // Connected after the proxy's own connection, so the proxy has reset when this runs.
    connect(m_groups, &QAbstractItemModel::modelReset, this, &GroupListPane::onGroupsReset);

    setTabOrder(m_search, m_view);
    setTabOrder(m_view, m_newGroup);

    if (m_filter->rowCount() > 0)
        m_view->setCurrentIndex(m_filter->index(0, 0));
    updateActions();
}

void GroupListPane::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void GroupListPane::updateActions()
{
    // Those who may never create a group are not offered it.
    const bool mayCreate = m_device.groups().mayCreate().ok();
    m_newGroup->setEnabled(mayCreate);
    m_newGroup->setVisible(mayCreate);
    m_newGroup->setToolTip(tr("Create a group; you become its first curator (Ctrl+N)"));
}

bool GroupListPane::selectGroup(const QString &groupId)
{
    const int row = m_groups->rowOfId(groupId);
    if (row < 0)
        return false;
    QModelIndex index = m_filter->mapFromSource(m_groups->index(row, 0));
    if (!index.isValid()) {
        m_search->clear();
        index = m_filter->mapFromSource(m_groups->index(row, 0));
    }
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return m_groupId == groupId;
}

std::optional<GroupSummary> GroupListPane::currentGroup() const
{
    const int row = m_groups->rowOfId(m_groupId);
    if (row < 0)
        return std::nullopt;
    const QModelIndex index = m_groups->index(row, GroupsModel::NameColumn);
    GroupSummary group;
    group.id = m_groupId;
    group.name = index.data().toString();
    group.kind = index.data(GroupsModel::KindRole).toString();
    group.kindToolTip = m_groups->index(row, GroupsModel::KindColumn).data(Qt::ToolTipRole).toString();
    group.description = index.data(GroupsModel::DescriptionRole).toString();
    group.terms = index.data(GroupsModel::TermsRole).toString();
    group.myMembershipId = index.data(GroupsModel::MyMembershipIdRole).toString();
    group.myState = index.data(GroupsModel::MyStateRole).toString();
    group.myRole = index.data(GroupsModel::MyRoleRole).toString();
    group.members = index.data(GroupsModel::MemberCountRole).toInt();
    group.curators = index.data(GroupsModel::CuratorCountRole).toInt();
    group.pending = index.data(GroupsModel::PendingCountRole).toInt();
    group.canCurate = index.data(GroupsModel::CanCurateRole).toBool();
    return group;
}

void GroupListPane::onCurrentRowChanged()
{
    if (m_restoringSelection)
        return;
    const QModelIndex current = m_view->currentIndex();
    const QString id = current.isValid() ? current.data(GroupsModel::IdRole).toString() : QString();
    if (id == m_groupId)
        return;
    m_groupId = id;
    Q_EMIT currentGroupChanged(id);
}

void GroupListPane::onGroupsReset()
{
    // A reload (a local edit or sync) loses the view's selection: put it back on the same group.
    m_restoringSelection = true;
    const int row = m_groups->rowOfId(m_groupId);
    const QModelIndex index = row < 0 ? QModelIndex() : m_filter->mapFromSource(m_groups->index(row, 0));
    if (index.isValid())
        m_view->setCurrentIndex(index);
    m_restoringSelection = false;
    if (row < 0 && !m_groupId.isEmpty()) {
        m_groupId.clear();
        Q_EMIT currentGroupChanged({});
    }
    updateActions();
    Q_EMIT groupsReloaded();
}

void GroupListPane::newGroup()
{
    if (!m_newGroup->isEnabled())
        return;
    const auto draft = m_prompts.newGroup(this);
    if (!draft)
        return;
    if (draft->name.trimmed().isEmpty()) {
        Q_EMIT failed(tr("A group needs a name."));
        return;
    }
    const auto id = m_device.groups().create(draft->name.trimmed(), draft->kind, draft->description, draft->terms);
    if (!id) {
        Q_EMIT failed(GroupMessages::refusal(id.error()));
        return;
    }
    m_search->clear();
    selectGroup(*id);
    Q_EMIT succeeded(tr("The group %1 was created; you are its curator.").arg(draft->name.trimmed()) + QLatin1Char(' ')
        + GroupMessages::sentLater());
}

} // namespace commonroom
