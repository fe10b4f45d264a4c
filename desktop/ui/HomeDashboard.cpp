#include "HomeDashboard.h"

#include "desktop/core/Device.h"
#include "desktop/models/MyGroupsModel.h"
#include "desktop/models/RecentChangesModel.h"
#include "desktop/models/ReviewRequestsModel.h"

#include <QGridLayout>
#include <QLabel>
#include <QListView>

namespace commonroom {

HomeDashboard::HomeDashboard(Device &device, RecentChanges &changes, QWidget *parent)
    : QWidget(parent)
    , m_myGroupsModel(new MyGroupsModel(device.groups(), device.store(), this))
    , m_requestsModel(new ReviewRequestsModel(device, this))
    , m_recentModel(new RecentChangesModel(device.store(), changes, this))
{
    setObjectName(QStringLiteral("homeDashboard"));
    setAccessibleName(tr("Home"));

    auto *layout = new QGridLayout(this);
    m_myGroups = addList(layout, 0, tr("&My groups"), QStringLiteral("myGroupsView"), &m_noGroups,
        tr("You are in no group yet. Find one under Groups (Ctrl+3)."));
    m_requests = addList(layout, 1, tr("&Requests for you to review"), QStringLiteral("requestsView"), &m_noRequests,
        tr("No requests to join are waiting for you."));
    m_recent = addList(layout, 2, tr("Recent &changes in my groups"), QStringLiteral("recentView"), &m_noRecent,
        tr("Nothing new in your groups since you started syncing."));
    m_myGroups->setModel(m_myGroupsModel);
    m_requests->setModel(m_requestsModel);
    m_recent->setModel(m_recentModel);

    setTabOrder(m_myGroups, m_requests);
    setTabOrder(m_requests, m_recent);
    setFocusProxy(m_myGroups);

    connect(m_myGroups, &QListView::activated, this,
        [this](const QModelIndex &index) { Q_EMIT groupRequested(index.data(MyGroupsModel::IdRole).toString(), {}); });
    connect(m_requests, &QListView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT groupRequested(index.data(ReviewRequestsModel::GroupIdRole).toString(),
            index.data(ReviewRequestsModel::MembershipIdRole).toString());
    });
    connect(m_recent, &QListView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT groupRequested(index.data(RecentChangesModel::GroupIdRole).toString(), {});
    });
    for (QAbstractItemModel *model : {static_cast<QAbstractItemModel *>(m_myGroupsModel),
             static_cast<QAbstractItemModel *>(m_requestsModel), static_cast<QAbstractItemModel *>(m_recentModel)}) {
        connect(model, &QAbstractItemModel::modelReset, this, &HomeDashboard::updateEmptyNotes);
        connect(model, &QAbstractItemModel::rowsInserted, this, &HomeDashboard::updateEmptyNotes);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &HomeDashboard::updateEmptyNotes);
    }
    updateEmptyNotes();
}

QListView *HomeDashboard::addList(QGridLayout *layout, int column, const QString &caption, const QString &objectName,
    QLabel **emptyNote, const QString &empty)
{
    auto *view = new QListView(this);
    view->setObjectName(objectName);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setUniformItemSizes(true);
    auto *label = new QLabel(caption, this);
    label->setBuddy(view); // Alt + the underlined letter goes to the list
    label->setStyleSheet(QStringLiteral("QLabel { font-weight: bold; }"));
    view->setAccessibleName(QString(caption).remove(QLatin1Char('&')));
    *emptyNote = new QLabel(empty, this);
    (*emptyNote)->setWordWrap(true);
    (*emptyNote)->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    layout->addWidget(label, 0, column);
    layout->addWidget(view, 1, column);
    layout->addWidget(*emptyNote, 2, column);
    layout->setColumnStretch(column, 1);
    return view;
}

void HomeDashboard::updateEmptyNotes()
{
    m_noGroups->setVisible(m_myGroupsModel->rowCount() == 0);
    m_noRequests->setVisible(m_requestsModel->rowCount() == 0);
    m_noRecent->setVisible(m_recentModel->rowCount() == 0);
}

} // namespace commonroom
