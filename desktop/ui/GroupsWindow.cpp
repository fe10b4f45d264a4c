#include "GroupsWindow.h"

#include "GroupCurationPane.h"
#include "GroupListPane.h"
#include "GroupPagePane.h"
#include "MessageLabel.h"
#include "PaneWidgets.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace commonroom {

GroupsWindow::GroupsWindow(Device &device, Prompts &prompts, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("groupsWindow"));
    setWindowTitle(tr("Groups"));
    setAccessibleName(windowTitle());
    setModal(false);
    // A window of its own beside the main window, with the usual window buttons.
    setWindowFlag(Qt::WindowMinMaxButtonsHint, true);

    auto *layout = new QVBoxLayout(this);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    m_list = new GroupListPane(device, prompts, splitter);
    m_page = new GroupPagePane(device, prompts, *m_list, splitter);
    splitter->addWidget(m_list);
    splitter->addWidget(m_page);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({400, 560});
    layout->addWidget(splitter, 1);

    m_message = panewidgets::plainLabel(this, QStringLiteral("groupsMessage"), tr("Result of the last action"));
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_closeButtons = buttons;

    // Keyboard: Ctrl+F searches, Ctrl+N creates; the buttons have Alt mnemonics.
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, m_list, &GroupListPane::focusSearch);
    auto *create = new QShortcut(QKeySequence::New, this);
    connect(create, &QShortcut::activated, m_list, &GroupListPane::newGroup);
    m_shortcuts = {find, create};

    connect(m_list, &GroupListPane::currentGroupChanged, m_page, &GroupPagePane::updateDetails);
    m_messageExpiry = new QTimer(this);
    m_messageExpiry->setSingleShot(true);
    m_messageExpiry->setInterval(kNoticeShownMs);
    connect(m_messageExpiry, &QTimer::timeout, this, &GroupsWindow::clearMessage);
    connect(m_list, &GroupListPane::currentGroupChanged, this, [this](const QString &groupId) {
        if (groupId != m_messageGroup)
            clearMessage();
    });
    connect(m_list, &GroupListPane::groupsReloaded, m_page, &GroupPagePane::updateDetails);
    connect(m_list, &GroupListPane::succeeded, this, &GroupsWindow::showDone);
    connect(m_list, &GroupListPane::failed, this, &GroupsWindow::showError);
    connect(m_page, &GroupPagePane::succeeded, this, &GroupsWindow::showDone);
    connect(m_page, &GroupPagePane::failed, this, &GroupsWindow::showError);

    setTabOrder(m_list->newGroupButton(), m_page->joinButton());

    m_page->updateDetails();
    resize(960, 600);
}

void GroupsWindow::setEmbedded()
{
    setWindowFlags(Qt::Widget);
    m_closeButtons->hide();
    // The main window has its own Ctrl+F and Ctrl+N; two shortcuts for one key fire neither.
    for (QShortcut *shortcut : m_shortcuts)
        shortcut->setEnabled(false);
    setFocusProxy(m_list->searchField());
}

GroupsModel *GroupsWindow::groupsModel() const
{
    return m_list->model();
}

GroupMembersModel *GroupsWindow::membersModel() const
{
    return m_page->membersModel();
}

QTableView *GroupsWindow::groupsView() const
{
    return m_list->view();
}

QTableView *GroupsWindow::membersView() const
{
    return m_page->membersView();
}

QLineEdit *GroupsWindow::searchField() const
{
    return m_list->searchField();
}

QLineEdit *GroupsWindow::inviteField() const
{
    return m_page->curation()->inviteField();
}

QString GroupsWindow::currentGroupId() const
{
    return m_list->currentGroupId();
}

bool GroupsWindow::selectGroup(const QString &groupId)
{
    return m_list->selectGroup(groupId);
}

bool GroupsWindow::selectMembership(const QString &membershipId)
{
    return m_page->selectMembership(membershipId);
}

bool GroupsWindow::selectMessage(const QString &messageId)
{
    return m_page->showMessage(messageId);
}

QString GroupsWindow::messageText() const
{
    return m_message->text();
}

void GroupsWindow::join()
{
    m_page->join();
}

void GroupsWindow::leave()
{
    m_page->leave();
}

void GroupsWindow::newGroup()
{
    m_list->newGroup();
}

void GroupsWindow::approveRequest()
{
    m_page->curation()->approveRequest();
}

void GroupsWindow::declineRequest()
{
    m_page->curation()->declineRequest();
}

void GroupsWindow::invite()
{
    m_page->curation()->invite();
}

void GroupsWindow::makeCurator()
{
    m_page->curation()->makeCurator();
}

void GroupsWindow::removeMember()
{
    m_page->curation()->removeMember();
}

void GroupsWindow::dismissCurator()
{
    m_page->curation()->dismissCurator();
}

void GroupsWindow::showError(const QString &message)
{
    showMessage(message, true);
}

void GroupsWindow::showDone(const QString &message)
{
    showMessage(message, false);
}

void GroupsWindow::showMessage(const QString &message, bool error)
{
    m_errorText = error ? message : QString();
    m_messageGroup = m_list->currentGroupId();
    m_message->setText(message);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    if (error)
        m_messageExpiry->stop();
    else
        m_messageExpiry->start();
}

void GroupsWindow::clearMessage()
{
    m_messageExpiry->stop();
    m_errorText.clear();
    m_messageGroup.clear();
    m_message->clear();
    m_message->setStyleSheet({});
}

} // namespace commonroom
