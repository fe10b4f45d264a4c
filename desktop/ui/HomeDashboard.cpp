#include "HomeDashboard.h"

#include "OpportunitiesPane.h"
#include "desktop/core/Device.h"
#include "desktop/models/MyGroupsModel.h"
#include "desktop/models/RecentChangesModel.h"
#include "desktop/models/ReviewRequestsModel.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QStandardItemModel>

namespace commonroom {

HomeDashboard::HomeDashboard(Device &device, RecentChanges &changes, QWidget *parent)
    : QWidget(parent)
    , m_device(device)
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

    // Opportunities for you, below the three lists: open ones that match the profile.
    m_matching = new QStandardItemModel(this);
    auto *matchingLabel = new QLabel(tr("&Opportunities for you"), this);
    matchingLabel->setStyleSheet(QStringLiteral("QLabel { font-weight: bold; }"));
    m_matchingView = new QListView(this);
    m_matchingView->setObjectName(QStringLiteral("opportunitiesView"));
    m_matchingView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_matchingView->setWordWrap(true);
    m_matchingView->setAccessibleName(tr("Opportunities for you"));
    m_matchingView->setModel(m_matching);
    matchingLabel->setBuddy(m_matchingView);
    m_noMatching
        = new QLabel(tr("No open opportunity matches the skills, languages and interests of your profile yet."), this);
    m_noMatching->setWordWrap(true);
    m_matchingError = new QLabel(this);
    m_matchingError->setObjectName(QStringLiteral("opportunitiesError"));
    m_matchingError->setWordWrap(true);
    m_matchingError->setTextFormat(Qt::PlainText);
    m_matchingError->hide();
    m_interested = new QPushButton(tr("I'm &interested"), this);
    m_interested->setObjectName(QStringLiteral("interestedButton"));
    m_interested->setAccessibleName(tr("I'm interested"));
    m_withdraw = new QPushButton(tr("&Withdraw interest"), this);
    m_withdraw->setObjectName(QStringLiteral("withdrawButton"));
    m_withdraw->setAccessibleName(tr("Withdraw interest"));
    auto *matchingActions = new QHBoxLayout;
    matchingActions->addWidget(m_interested);
    matchingActions->addWidget(m_withdraw);
    matchingActions->addStretch(1);
    layout->addWidget(matchingLabel, 3, 0, 1, 3);
    layout->addWidget(m_matchingView, 4, 0, 1, 3);
    layout->addWidget(m_noMatching, 5, 0, 1, 3);
    layout->addLayout(matchingActions, 6, 0, 1, 3);
    layout->addWidget(m_matchingError, 7, 0, 1, 3);
    connect(m_interested, &QPushButton::clicked, this, &HomeDashboard::sayInterested);
    connect(m_withdraw, &QPushButton::clicked, this, &HomeDashboard::withdrawInterest);
    connect(m_matchingView->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &HomeDashboard::updateOpportunityActions);
    connect(&device.store(), &LocalStore::tableChanged, this, [this](const QString &table) {
        if (table == QLatin1String("opportunity") || table == QLatin1String("opportunity_interest")
            || table == QLatin1String("person"))
            reloadOpportunities();
    });

    setTabOrder(m_myGroups, m_requests);
    setTabOrder(m_requests, m_recent);
    setTabOrder(m_recent, m_matchingView);
    setTabOrder(m_matchingView, m_interested);
    setTabOrder(m_interested, m_withdraw);
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
    reloadOpportunities();
}

QString HomeDashboard::opportunitiesError() const
{
    return m_matchingError->isVisible() ? m_matchingError->text() : QString();
}

void HomeDashboard::reloadOpportunities()
{
    const QString selected = m_matchingView->currentIndex().data(OpportunityIdRole).toString();
    m_matching->clear();
    const auto matching = m_device.opportunities().matchingMe();
    if (!matching) {
        m_matchingError->setText(QString::fromStdString(matching.error().message));
        m_matchingError->show();
    } else {
        for (const auto &opportunity : *matching) {
            const QString group
                = opportunity.groupName.isEmpty() ? QString() : opportunity.groupName + QStringLiteral(": ");
            auto *item = new QStandardItem(group + OpportunitiesPane::describe(opportunity, m_device.terms()));
            item->setData(opportunity.id, OpportunityIdRole);
            item->setData(opportunity.myState, OpportunityIdRole + 1);
            item->setData(opportunity.title, Qt::AccessibleTextRole);
            m_matching->appendRow(item);
            if (opportunity.id == selected)
                m_matchingView->setCurrentIndex(item->index());
        }
    }
    if (!m_matchingView->currentIndex().isValid() && m_matching->rowCount() > 0)
        m_matchingView->setCurrentIndex(m_matching->index(0, 0));
    m_noMatching->setVisible(m_matching->rowCount() == 0);
    updateOpportunityActions();
}

void HomeDashboard::updateOpportunityActions()
{
    const QModelIndex current = m_matchingView->currentIndex();
    const QString state = current.data(OpportunityIdRole + 1).toString();
    const bool member = m_device.opportunities().maySayInterested();
    const bool mine = !state.isEmpty() && state != QLatin1String("withdrawn");
    m_interested->setVisible(member);
    m_withdraw->setVisible(member);
    m_interested->setEnabled(current.isValid() && !mine && state != QLatin1String("declined"));
    m_withdraw->setEnabled(current.isValid() && mine);
}

void HomeDashboard::sayInterested()
{
    const QString id = m_matchingView->currentIndex().data(OpportunityIdRole).toString();
    if (id.isEmpty())
        return;
    const auto done = m_device.opportunities().interested(id);
    m_matchingError->setText(done ? QString() : QString::fromStdString(done.error().message));
    m_matchingError->setVisible(!done);
}

void HomeDashboard::withdrawInterest()
{
    const QString id = m_matchingView->currentIndex().data(OpportunityIdRole).toString();
    if (id.isEmpty())
        return;
    const auto done = m_device.opportunities().withdraw(id);
    m_matchingError->setText(done ? QString() : QString::fromStdString(done.error().message));
    m_matchingError->setVisible(!done);
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
