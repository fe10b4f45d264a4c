#include "HomeDashboard.h"

#include "GroupMailPane.h"
#include "GroupMessages.h"
#include "MessageLabel.h"
#include "OpportunitiesPane.h"
#include "Prompts.h"
#include "desktop/core/Device.h"
#include "desktop/core/GroupMail.h"
#include "desktop/models/MyGroupsModel.h"
#include "desktop/models/RecentChangesModel.h"
#include "desktop/models/ReviewRequestsModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTreeView>

namespace commonroom {

HomeDashboard::HomeDashboard(Device &device, RecentChanges &changes, Prompts &prompts, QWidget *parent)
    : QWidget(parent)
    , m_device(device)
    , m_prompts(prompts)
    , m_myGroupsModel(new MyGroupsModel(device.groups(), device.store(), this))
    , m_requestsModel(new ReviewRequestsModel(device, this))
    , m_recentModel(new RecentChangesModel(device.store(), changes, this))
{
    setObjectName(QStringLiteral("homeDashboard"));
    setAccessibleName(tr("Home"));

    // Two columns: what concerns me (my groups, what changed in them, opportunities for me) on
    // the left; the inbox of requests to answer, for those who answer any, wider on the right.
    // A list with nothing in it gives its place to a sentence saying so.
    auto *layout = new QHBoxLayout(this);
    auto *mine = new QVBoxLayout;
    layout->addLayout(mine, 1);
    m_myGroups = new QListView(this);
    m_myGroups->setUniformItemSizes(true);
    addList(mine, m_myGroups, tr("&My groups"), QStringLiteral("myGroupsView"), &m_noGroups,
        device.store().principal().role == Role::Applicant
            ? tr("Once your application is approved you can join groups; until then, look around under Groups "
                 "(Ctrl+3).")
            : tr("You are in no group yet. Find one under Groups (Ctrl+3)."));
    m_recent = new QListView(this);
    m_recent->setUniformItemSizes(true);
    addList(mine, m_recent, tr("Recent &changes in my groups"), QStringLiteral("recentView"), &m_noRecent,
        tr("Nothing new in your groups since you started syncing."));

    // The inbox: by group, the longest waiting first, answered in place, one or many at once.
    m_inbox = new QWidget(this);
    m_inbox->setObjectName(QStringLiteral("requestsInbox"));
    auto *inbox = new QVBoxLayout(m_inbox);
    inbox->setContentsMargins({});
    layout->addWidget(m_inbox, 2);
    m_requests = new QTreeView(m_inbox);
    m_requests->setUniformRowHeights(true);
    m_requests->setAllColumnsShowFocus(true);
    m_requests->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_requests->setSelectionBehavior(QAbstractItemView::SelectRows);
    addList(inbox, m_requests, tr("&Requests for you to review"), QStringLiteral("requestsView"), &m_noRequests,
        tr("No requests to join are waiting for you."));
    m_myGroups->setModel(m_myGroupsModel);
    m_requests->setModel(m_requestsModel);
    m_recent->setModel(m_recentModel);
    m_requests->header()->setStretchLastSection(true);
    m_requests->header()->setSectionResizeMode(ReviewRequestsModel::NameColumn, QHeaderView::ResizeToContents);
    m_requests->header()->setSectionResizeMode(ReviewRequestsModel::AskedColumn, QHeaderView::ResizeToContents);

    m_approve = new QPushButton(tr("&Approve…"), m_inbox);
    m_approve->setObjectName(QStringLiteral("approveRequestsButton"));
    m_approve->setAccessibleName(tr("Approve the selected requests"));
    m_decline = new QPushButton(tr("&Decline…"), m_inbox);
    m_decline->setObjectName(QStringLiteral("declineRequestsButton"));
    m_decline->setAccessibleName(tr("Decline the selected requests"));
    auto *requestActions = new QHBoxLayout;
    requestActions->addWidget(m_approve);
    requestActions->addWidget(m_decline);
    requestActions->addStretch(1);
    m_requestsMessage = new MessageLabel(m_inbox);
    m_requestsMessage->setObjectName(QStringLiteral("requestsMessage"));
    inbox->addLayout(requestActions);
    inbox->addWidget(m_requestsMessage);
    inbox->addStretch(0);
    connect(m_approve, &QPushButton::clicked, this, &HomeDashboard::approveSelected);
    connect(m_decline, &QPushButton::clicked, this, &HomeDashboard::declineSelected);
    connect(m_requests->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &HomeDashboard::updateRequestActions);
    connect(m_requestsModel, &QAbstractItemModel::modelReset, this, &HomeDashboard::showAllRequests);
    showAllRequests();

    // What was written to my groups, read here whether or not it is mailed (docs/groupmail.md).
    m_groupMessages = new QStandardItemModel(this);
    m_groupMessagesView = new QListView(this);
    m_groupMessagesView->setWordWrap(true); // a subject is read whole, not scrolled to
    m_groupMessagesView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_groupMessagesView->setModel(m_groupMessages);
    addList(mine, m_groupMessagesView, tr("Message&s from my groups, events and leaders"),
        QStringLiteral("groupMessagesView"), &m_noGroupMessages,
        tr("Nothing has been written to your groups or events yet."));
    connect(m_groupMessagesView, &QListView::activated, this, [this](const QModelIndex &index) {
        if (index.data(GroupMessageIdRole + 3).toBool()) {
            // A message to a smart list has no page of its own: it opens to be read.
            const auto message = m_device.groupMail().message(index.data(GroupMessageIdRole).toString());
            if (!message) {
                Q_EMIT notice(QString::fromStdString(message.error().message));
                return;
            }
            ReadMessageDialog dialog(*message, this);
            m_prompts.run(dialog);
        } else if (const QString event = index.data(GroupMessageIdRole + 2).toString(); !event.isEmpty())
            Q_EMIT eventMessageRequested(event, index.data(GroupMessageIdRole).toString());
        else
            Q_EMIT groupMessageRequested(
                index.data(GroupMessageIdRole + 1).toString(), index.data(GroupMessageIdRole).toString());
    });

    // Opportunities for you, below: open ones that match the profile.
    m_matching = new QStandardItemModel(this);
    m_matchingView = new QListView(this);
    m_matchingView->setWordWrap(true);
    m_matchingView->setModel(m_matching);
    addList(mine, m_matchingView, tr("&Opportunities for you"), QStringLiteral("opportunitiesView"), &m_noMatching,
        tr("No open opportunity matches the skills, languages and interests of your profile yet."));
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
    mine->addLayout(matchingActions);
    mine->addWidget(m_matchingError);
    mine->addStretch(0);
    connect(m_interested, &QPushButton::clicked, this, &HomeDashboard::sayInterested);
    connect(m_withdraw, &QPushButton::clicked, this, &HomeDashboard::withdrawInterest);
    connect(m_matchingView->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &HomeDashboard::updateOpportunityActions);
    connect(&device.store(), &LocalStore::tableChanged, this, [this](const QString &table) {
        if (table == QLatin1String("opportunity") || table == QLatin1String("opportunity_interest")
            || table == QLatin1String("person"))
            reloadOpportunities();
        if (table == QLatin1String("group_message") || table == QLatin1String("membership")
            || table == QLatin1String("group") || table == QLatin1String("person")
            || table == QLatin1String("event_message") || table == QLatin1String("registration")
            || table == QLatin1String("event") || table == QLatin1String("list_message"))
            reloadGroupMessages();
    });

    setTabOrder(m_myGroups, m_requests);
    setTabOrder(m_requests, m_approve);
    setTabOrder(m_approve, m_decline);
    setTabOrder(m_decline, m_recent);
    setTabOrder(m_recent, m_groupMessagesView);
    setTabOrder(m_groupMessagesView, m_matchingView);
    setTabOrder(m_matchingView, m_interested);
    setTabOrder(m_interested, m_withdraw);
    setFocusProxy(m_myGroups);

    connect(m_myGroups, &QListView::activated, this,
        [this](const QModelIndex &index) { Q_EMIT groupRequested(index.data(MyGroupsModel::IdRole).toString(), {}); });
    connect(m_requests, &QTreeView::activated, this, [this](const QModelIndex &index) {
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
    reloadGroupMessages();
}

void HomeDashboard::reloadGroupMessages()
{
    const QString selected = m_groupMessagesView->currentIndex().data(GroupMessageIdRole).toString();
    m_groupMessages->clear();
    const auto messages = m_device.groupMail().forMe(kGroupMessagesShown);
    if (!messages) {
        auto *item = new QStandardItem(QString::fromStdString(messages.error().message));
        item->setEnabled(false);
        m_groupMessages->appendRow(item);
    } else {
        const QLocale locale;
        for (const GroupMessage &message : *messages) {
            // A message to a smart list names the list only to its writer and admins.
            const QString to = !message.toList    ? message.addresseeName
                : message.addresseeName.isEmpty() ? tr("To you from the community's leaders")
                                                  : tr("To the list %1").arg(message.addresseeName);
            //: A message on Home: its group (or event), subject, writer and when it was written.
            auto *item = new QStandardItem(
                tr("%1: %2 (%3, %4)")
                    .arg(to, message.subject, message.authorName.isEmpty() ? tr("name not shared") : message.authorName,
                        locale.toString(message.writtenAt.toLocalTime(), QLocale::ShortFormat)));
            item->setData(message.id, GroupMessageIdRole);
            item->setData(message.groupId, GroupMessageIdRole + 1);
            item->setData(message.eventId, GroupMessageIdRole + 2);
            item->setData(message.toList, GroupMessageIdRole + 3);
            item->setToolTip(message.body.left(400));
            m_groupMessages->appendRow(item);
            if (message.id == selected)
                m_groupMessagesView->setCurrentIndex(item->index());
        }
    }
    updateEmptyNotes();
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
    updateEmptyNotes();
    updateOpportunityActions();
}

void HomeDashboard::updateOpportunityActions()
{
    const QModelIndex current = m_matchingView->currentIndex();
    const QString state = current.data(OpportunityIdRole + 1).toString();
    const bool member = m_device.opportunities().maySayInterested();
    const bool mine = !state.isEmpty() && state != QLatin1String("withdrawn");
    const bool any = m_matching->rowCount() > 0;
    m_interested->setVisible(member && any);
    m_withdraw->setVisible(member && any);
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

void HomeDashboard::addList(QVBoxLayout *layout, QAbstractItemView *view, const QString &caption,
    const QString &objectName, QLabel **emptyNote, const QString &empty)
{
    view->setObjectName(objectName);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *label = new QLabel(caption, view->parentWidget());
    label->setBuddy(view); // Alt + the underlined letter goes to the list
    label->setStyleSheet(QStringLiteral("QLabel { font-weight: bold; }"));
    view->setAccessibleName(QString(caption).remove(QLatin1Char('&')));
    *emptyNote = new QLabel(empty, view->parentWidget());
    (*emptyNote)->setWordWrap(true);
    (*emptyNote)->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    layout->addWidget(label);
    layout->addWidget(view, 1);
    layout->addWidget(*emptyNote);
}

QString HomeDashboard::requestsError() const
{
    return m_requestsMessage->isError() ? m_requestsMessage->message() : QString();
}

// After every reload: each group open, its name across the row.
void HomeDashboard::showAllRequests()
{
    for (int row = 0; row < m_requestsModel->rowCount(); ++row)
        m_requests->setFirstColumnSpanned(row, {}, true);
    m_requests->expandAll();
    if (!m_requests->currentIndex().isValid() && m_requestsModel->rowCount() > 0)
        m_requests->selectionModel()->setCurrentIndex(m_requestsModel->index(0, 0), QItemSelectionModel::NoUpdate);
    updateRequestActions();
}

void HomeDashboard::updateRequestActions()
{
    const int selected = int(m_requestsModel->requests(m_requests->selectionModel()->selectedRows()).size());
    for (QPushButton *button : {m_approve, m_decline}) {
        button->setEnabled(selected > 0);
        button->setToolTip(selected > 0 ? QString() : tr("Select one or more requests, or a group for all of its."));
    }
}

void HomeDashboard::approveSelected()
{
    answerSelected(true);
}

void HomeDashboard::declineSelected()
{
    answerSelected(false);
}

void HomeDashboard::answerSelected(bool approve)
{
    const auto requests = m_requestsModel->requests(m_requests->selectionModel()->selectedRows());
    if (requests.empty())
        return;
    const auto personOf = [this](const Groups::Request &request) {
        return request.personName.isEmpty() ? tr("someone") : request.personName;
    };
    // One request names its person and group; several, how many.
    const int count = int(requests.size());
    const QString person = personOf(requests.front());
    const QString group = requests.front().groupName;
    const QString title = count == 1
        ? (approve ? tr("Approve %1").arg(person) : tr("Decline %1").arg(person))
        : (approve ? tr("Approve %n request(s)", nullptr, count) : tr("Decline %n request(s)", nullptr, count));
    const QString label = count == 1 ? (approve ? tr("A message for %1 (optional):").arg(person)
                                                : tr("A message for %1 saying why (optional):").arg(person))
                                     : (approve ? tr("A message for each of them (optional):")
                                                : tr("A message for each of them saying why (optional):"));
    const auto message = m_prompts.text(this, title, label);
    if (!message)
        return;
    int answered = 0;
    for (const auto &request : requests) {
        if (auto status = m_device.groups().decide(request.membershipId, approve, message->trimmed()); !status) {
            // What was answered stays answered; the rest waits, with the reason.
            m_requestsMessage->showError(GroupMessages::refusal(status.error(), request.groupName, personOf(request))
                + (answered > 0 ? QLatin1Char(' ') + tr("%Ln other request(s) were answered.", nullptr, answered)
                                : QString()));
            return;
        }
        ++answered;
    }
    m_requestsMessage->clearMessage();
    const QString done = count == 1 ? (approve ? tr("%1 is now a member of %2.").arg(person, group)
                                               : tr("You declined the request of %1 to join %2.").arg(person, group))
                                    : (approve ? tr("Approved %Ln request(s) to join.", nullptr, count)
                                               : tr("Declined %Ln request(s) to join.", nullptr, count));
    Q_EMIT notice(done + QLatin1Char(' ') + GroupMessages::sentLater());
}

void HomeDashboard::updateEmptyNotes()
{
    m_inbox->setVisible(m_requestsModel->answersAny());
    const std::pair<QAbstractItemView *, QLabel *> lists[] {{m_requests, m_noRequests}, {m_myGroups, m_noGroups},
        {m_recent, m_noRecent}, {m_groupMessagesView, m_noGroupMessages}, {m_matchingView, m_noMatching}};
    QWidget *first = nullptr; // what the keyboard starts in: the inbox when there is something to answer
    for (const auto &[view, note] : lists) {
        const bool empty = view->model()->rowCount() == 0;
        view->setVisible(!empty);
        note->setVisible(empty);
        if (!first && !empty && view->isVisibleTo(this))
            first = view;
    }
    setFocusProxy(first);
}

} // namespace commonroom
