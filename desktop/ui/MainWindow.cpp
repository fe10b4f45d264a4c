#include "MainWindow.h"
#include "ColumnSizing.h"

#include "common/Authorization.h"

#include <algorithm>
#include <memory>

#include "AdminDashboard.h"
#include "ApplicationStatusWidget.h"
#include "ApprovalQueueWidget.h"
#include "CanvassingDashboard.h"
#include "ChangePasswordDialog.h"
#include "ContributionsPane.h"
#include "DevicesDialog.h"
#include "ErasePersonDialog.h"
#include "EventsDashboard.h"
#include "ExportMyDataDialog.h"
#include "Glyphs.h"
#include "GroupMailPane.h"
#include "GroupPagePane.h"
#include "GroupsWindow.h"
#include "HomeDashboard.h"
#include "ImportDialog.h"
#include "LeadershipPane.h"
#include "MessageLabel.h"
#include "OrganizingDashboard.h"
#include "PersonCard.h"
#include "PersonEditor.h"
#include "ProfileDashboard.h"
#include "Prompts.h"
#include "RelationsPane.h"
#include "SyncProblemsDialog.h"
#include "TagsPane.h"
#include "TermsDialog.h"
#include "VouchDialog.h"
#include "desktop/core/Device.h"
#include "desktop/core/GroupMail.h"
#include "desktop/core/LocalStore.h"
#include "desktop/core/RecentChanges.h"
#include "desktop/core/SearchIndexMerger.h"
#include "desktop/core/TimeText.h"
#include "desktop/models/ApplicantsModel.h"
#include "desktop/models/PeopleModel.h"
#include "desktop/models/ReviewRequestsModel.h"
#include "desktop/models/RolesModel.h"
#include "desktop/models/SyncProblemsModel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSettings>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace commonroom {

namespace {
constexpr int kClockRefreshMs = 30 * 1000;
// The pause after a key before the search runs: shorter than people notice, longer than the gap
// between keys of a typed word.
constexpr int kSearchDelayMs = 150;

// The same rule table the daemon decides with, so that what is offered is what will be accepted.
bool mayChangePerson(const LocalStore &store, Operation operation, const QString &personId)
{
    const Principal me = store.principal();
    const bool own = !personId.isEmpty() && personId.toStdString() == me.personId;
    return authorize(me, MutationContext {*findTable("person"), operation, {}, own, false}).ok();
}
} // namespace

MainWindow::MainWindow(Device &device, Prompts &prompts, QWidget *parent)
    : QMainWindow(parent)
    , m_device(device)
    , m_store(device.store())
    , m_engine(device.engine())
    , m_prompts(prompts)
    , m_people(new PeopleModel(device.people(), m_store, this))
    , m_recentChanges(new RecentChanges(m_store, this))
    , m_indexMerger(new SearchIndexMerger(m_store, this))
    , m_scheduler(m_engine)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_peoplePage = createPeoplePage();

    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(kSearchDelayMs);
    connect(&m_searchTimer, &QTimer::timeout, this, &MainWindow::applySearch);
    for (QLineEdit *edit : {m_search, m_areaFilter, m_skillFilter, m_languageFilter})
        connect(edit, &QLineEdit::textChanged, &m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_roleFilter, &QComboBox::currentIndexChanged, this, &MainWindow::applySearch);
    connect(m_tagFilter, &QComboBox::currentIndexChanged, this, &MainWindow::applySearch);
    connect(m_listFilter, &QComboBox::currentIndexChanged, this, &MainWindow::applySearch);
    // A live count: the list's people change with a sync or an edit, and so does their number.
    connect(m_people, &QAbstractItemModel::modelReset, this, &MainWindow::updateListCount);
    connect(m_saveList, &QPushButton::clicked, this, &MainWindow::saveSmartList);
    connect(m_deleteList, &QPushButton::clicked, this, &MainWindow::deleteSmartList);
    connect(m_writeToList, &QPushButton::clicked, this, &MainWindow::writeToSmartList);
    refreshTagFilter();
    refreshListFilter();
    // Enter in the search field goes to the results.
    // Enter in the search opens the one person found; with several it goes to the first of them.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        applySearch();
        m_view->setFocus();
        if (!m_view->currentIndex().isValid() && m_people->rowCount() > 0)
            m_view->setCurrentIndex(m_people->index(0, 0));
        if (m_people->rowCount() == 1 && !m_people->canFetchMore({}))
            openEditor(m_people->personId(0));
    });
    connect(m_view, &QTableView::activated, this,
        [this](const QModelIndex &index) { openEditor(index.data(PeopleModel::IdRole).toString()); });
    connect(m_people, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_idBeforeReset = currentPersonId(); });
    connect(m_people, &QAbstractItemModel::modelReset, this, [this] {
        selectPerson(m_idBeforeReset);
        updateActions();
    });

    auto *central = new QWidget(this);
    auto *centralLayout = new QHBoxLayout(central);
    m_dashboardList = new QListWidget(central);
    m_dashboardList->setObjectName(QStringLiteral("dashboardList"));
    m_dashboardList->setAccessibleName(tr("Dashboards"));
    m_dashboardList->setMaximumWidth(180);
    m_dashboardList->setIconSize(QSize(1, 1) * fontMetrics().height() * 5 / 4);
    m_dashboardList->setSpacing(2);
    m_dashboardList->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Preferred);
    m_dashboards = new QStackedWidget(central);
    m_dashboards->setObjectName(QStringLiteral("dashboards"));
    // Above every page while the device holds only part of the community, so that no list is
    // taken for the whole of it.
    m_partialCopy = new QLabel(central);
    m_partialCopy->setObjectName(QStringLiteral("partialCopyBanner"));
    m_partialCopy->setAccessibleName(tr("Copy of the community"));
    m_partialCopy->setTextFormat(Qt::PlainText);
    m_partialCopy->setWordWrap(true);
    m_partialCopy->setAutoFillBackground(true);
    m_partialCopy->setBackgroundRole(QPalette::ToolTipBase);
    m_partialCopy->setForegroundRole(QPalette::ToolTipText);
    m_partialCopy->setMargin(fontMetrics().height() / 3);
    m_partialCopy->hide();
    auto *pages = new QVBoxLayout;
    pages->addWidget(m_partialCopy);
    pages->addWidget(m_dashboards, 1);
    centralLayout->addWidget(m_dashboardList);
    centralLayout->addLayout(pages, 1);
    setCentralWidget(central);
    connect(m_dashboardList, &QListWidget::currentRowChanged, m_dashboards, &QStackedWidget::setCurrentIndex);
    // Until the daemon tells devices of changes as they happen, a page turned to (or the window
    // come back to) is brought up to date by a sync when the last one is a while ago.
    connect(m_dashboardList, &QListWidget::currentRowChanged, &m_scheduler, &SyncScheduler::noteLooking);
    connect(qApp, &QGuiApplication::applicationStateChanged, this, [this](Qt::ApplicationState state) {
        if (state == Qt::ApplicationActive)
            m_scheduler.noteLooking();
    });

    createActions();
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::updatePersonCard);
    connect(m_people, &QAbstractItemModel::modelReset, this, &MainWindow::updatePersonCard);
    connect(&m_store, &LocalStore::tableChanged, this, [this](const QString &table) {
        if (table == QLatin1String("person"))
            updatePersonCard();
    });
    m_cardEdit->setDefaultAction(m_editAction);
    updatePersonCard();

    m_home = new HomeDashboard(m_device, *m_recentChanges, m_prompts);
    connect(m_home, &HomeDashboard::groupRequested, this, &MainWindow::openGroup);
    connect(m_home, &HomeDashboard::groupMessageRequested, this, &MainWindow::openGroupMessage);
    connect(m_home, &HomeDashboard::eventMessageRequested, this, [this](const QString &eventId, const QString &id) {
        showDashboard(EventsDashboardIndex);
        if (m_events->selectMessage(eventId, id))
            m_events->mailPane()->messagesView()->setFocus();
    });
    connect(m_home, &HomeDashboard::notice, this,
        [this](const QString &message) { statusBar()->showMessage(message, kNoticeShownMs); });
    m_profile = new ProfileDashboard(m_store, m_prompts);
    connect(m_profile, &ProfileDashboard::saved, this,
        [this] { statusBar()->showMessage(tr("Saved. The change will be sent at the next sync."), kNoticeShownMs); });
    // The groups page counts every group's members: made when first shown, not at start.
    m_groupsPage = new QWidget;
    m_groupsPage->setObjectName(QStringLiteral("groupsDashboard"));
    new QVBoxLayout(m_groupsPage);
    m_groupsPage->layout()->setContentsMargins(0, 0, 0, 0);
    addDashboard(tr("Home"), m_home, glyphIcon(Glyph::Home));
    addDashboard(tr("Profile"), m_profile, glyphIcon(Glyph::Profile));
    addDashboard(tr("Groups"), m_groupsPage, glyphIcon(Glyph::Groups));
    connect(m_dashboards, &QStackedWidget::currentChanged, this, [this](int index) {
        if (index == GroupsDashboardIndex)
            groupsDashboard();
        routeNewShortcut(index);
    });
    addDashboard(tr("People"), m_peoplePage, glyphIcon(Glyph::People));
    m_events = new EventsDashboard(m_device, m_prompts);
    m_events->setEmbedded();
    addDashboard(tr("Events"), m_events, glyphIcon(Glyph::Events));
    auto *checkInAction = new QAction(tr("&Check-in mode"), this);
    checkInAction->setObjectName(QStringLiteral("checkInAction"));
    checkInAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    checkInAction->setStatusTip(tr("Open the selected event's door view: check people in, full screen, offline"));
    connect(checkInAction, &QAction::triggered, m_events, &EventsDashboard::openCheckIn);
    m_eventsMenu->addAction(checkInAction);
    // Admission: leaders vouch and invite, admins also decide and see the audit log; an applicant
    // follows their own application (docs/admission.md).
    const Role role = m_store.principal().role;
    // The organizing figures count what only leaders' devices hold (docs/organizing.md).
    if (role >= Role::Leader)
        addDashboard(tr("Organizing"), new OrganizingDashboard(m_device), glyphIcon(Glyph::Organizing));
    if (CanvassingDashboard::isFor(m_device))
        addDashboard(tr("Canvassing"), new CanvassingDashboard(m_device, m_prompts), glyphIcon(Glyph::Canvassing));
    if (role >= Role::Leader) {
        auto *admission = new AdminDashboard(m_device, m_prompts);
        const int index = addDashboard(tr("Admission"), admission, glyphIcon(Glyph::Admission));
        // How many applicants wait: the count the approval queue reads with its rows.
        const ApplicantsModel *applicants = admission->approvalQueue()->model();
        const auto countApplicants = [this, index, applicants] {
            setDashboardCount(index, applicants->waitingCount());
        };
        connect(applicants, &QAbstractItemModel::modelReset, this, countApplicants);
        countApplicants();
    } else if (role == Role::Applicant) // whose first question is where their application stands
        m_startDashboard
            = addDashboard(tr("My application"), new ApplicationStatusWidget(m_device), glyphIcon(Glyph::Application));
    // Home counts the requests waiting for the user to answer.
    const auto countRequests = [this] {
        setDashboardCount(HomeDashboardIndex, m_home->requestsModel()->waitingCount());
    };
    connect(m_home->requestsModel(), &QAbstractItemModel::modelReset, this, countRequests);
    countRequests();
    m_dashboardList->setCurrentRow(m_startDashboard);
    routeNewShortcut(m_startDashboard);
    createStatusBar();

    connect(&m_store, &LocalStore::pendingCountChanged, this, &MainWindow::updatePending);
    connect(&m_store, &LocalStore::tableChanged, this, [this](const QString &table) {
        if (table == QLatin1String("person"))
            updateTitle();
        if (table == QLatin1String("sync_problem"))
            updatePending(m_store.pendingCount()); // the list was cleared
    });
    connect(&m_engine, &SyncEngine::started, this, &MainWindow::onSyncStarted);
    connect(&m_engine, &SyncEngine::progress, this, &MainWindow::onSyncProgress);
    connect(&m_engine, &SyncEngine::finished, this, &MainWindow::onSyncFinished);
    connect(&m_engine, &SyncEngine::connectivityChanged, this, &MainWindow::updateConnectivity);
    connect(&m_engine, &SyncEngine::logoutFinished, this, [this] {
        if (!m_signedOut)
            return;
        Q_EMIT signedOut();
        close();
    });

    connect(&m_store, &LocalStore::localEditSaved, &m_scheduler, &SyncScheduler::noteLocalChange);
    m_clockTimer.setInterval(kClockRefreshMs);
    connect(&m_clockTimer, &QTimer::timeout, this, &MainWindow::updateLastSync);
    m_clockTimer.start();
    // Sync once the window is up, unless a test turned automatic sync off meanwhile.
    QTimer::singleShot(0, this, [this] {
        if (m_autoSync)
            m_scheduler.start();
    });

    updateTitle();
    updateActions();
    updatePending(m_store.pendingCount());
    updateLastSync();
    updateConnectivity(m_engine.connectivity());
    resize(1100, 680);
    restoreSettings();
    showDashboard(currentDashboard());
}

int MainWindow::addDashboard(const QString &title, QWidget *page)
{
    return addDashboard(title, page, QIcon());
}

int MainWindow::addDashboard(const QString &title, QWidget *page, const QIcon &icon)
{
    const int index = m_dashboards->addWidget(page);
    if (page->accessibleName().isEmpty())
        page->setAccessibleName(title);
    auto *item = new QListWidgetItem(icon, title, m_dashboardList);
    item->setData(Qt::UserRole, title);
    if (index < 9) {
        const QKeySequence key(Qt::CTRL | Qt::Key(Qt::Key_1 + index));
        auto *action = new QAction(title, this);
        action->setObjectName(QStringLiteral("dashboardAction%1").arg(index + 1));
        action->setShortcut(key);
        action->setStatusTip(tr("Show the %1 dashboard").arg(title));
        connect(action, &QAction::triggered, this, [this, index] { showDashboard(index); });
        m_viewMenu->addAction(action);
        item->setToolTip(tr("%1 (%2)").arg(title, key.toString(QKeySequence::NativeText)));
    }
    return index;
}

QString MainWindow::shortcutsText() const
{
    // Every action of the window that has a key, as its menus name it, in the order made.
    QStringList lines;
    for (const QAction *action : findChildren<QAction *>(Qt::FindDirectChildrenOnly)) {
        if (action->shortcut().isEmpty() || action->text().isEmpty())
            continue;
        lines << tr("%1\t%2").arg(action->shortcut().toString(QKeySequence::NativeText),
            QString(action->text()).remove(QLatin1Char('&')).remove(QStringLiteral("…")));
    }
    lines << QString()
          << tr("In lists, Enter opens what is selected; Alt with an underlined letter reaches its field or button.");
    return lines.join(QLatin1Char('\n'));
}

void MainWindow::setDashboardCount(int index, int count)
{
    QListWidgetItem *item = m_dashboardList->item(index);
    if (!item)
        return;
    const QString title = item->data(Qt::UserRole).toString();
    item->setText(count > 0 ? tr("%1 (%L2)").arg(title).arg(count) : title);
    item->setData(Qt::AccessibleTextRole, count > 0 ? tr("%1, %Ln waiting", nullptr, count).arg(title) : title);
}

void MainWindow::routeNewShortcut(int dashboard)
{
    const auto keyOn = [dashboard](int page) {
        return dashboard == page ? QKeySequence::New : QKeySequence();
    };
    m_newEventAction->setShortcut(keyOn(EventsDashboardIndex));
    m_newGroupAction->setShortcut(keyOn(GroupsDashboardIndex));
    const bool pageHasItsOwn = dashboard == EventsDashboardIndex || dashboard == GroupsDashboardIndex;
    m_newAction->setShortcut(pageHasItsOwn ? QKeySequence() : QKeySequence(QKeySequence::New));
}

void MainWindow::showDashboard(int index)
{
    if (index < 0 || index >= m_dashboards->count())
        return;
    m_dashboardList->setCurrentRow(index);
    QWidget *page = m_dashboards->widget(index);
    if (page->focusProxy()) {
        page->setFocus(Qt::ShortcutFocusReason);
        return;
    }
    // A dashboard without a focus proxy: its first control that takes the keyboard.
    for (QWidget *child : page->findChildren<QWidget *>()) {
        if (child->isVisibleTo(page) && child->isEnabled() && (child->focusPolicy() & Qt::TabFocus)) {
            child->setFocus(Qt::ShortcutFocusReason);
            return;
        }
    }
}

GroupsWindow *MainWindow::groupsDashboard()
{
    if (!m_groups) {
        m_groups = new GroupsWindow(m_device, m_prompts, m_groupsPage);
        m_groups->setEmbedded();
        m_groupsPage->layout()->addWidget(m_groups);
        m_groupsPage->setFocusProxy(m_groups);
        m_groups->show();
    }
    return m_groups;
}

int MainWindow::currentDashboard() const
{
    return m_dashboards->currentIndex();
}

int MainWindow::dashboardCount() const
{
    return m_dashboards->count();
}

QWidget *MainWindow::dashboard(int index) const
{
    return m_dashboards->widget(index);
}

void MainWindow::openGroup(const QString &groupId, const QString &membershipId)
{
    showDashboard(GroupsDashboardIndex);
    GroupsWindow *groups = groupsDashboard();
    if (groupId.isEmpty() || !groups->selectGroup(groupId))
        return;
    if (!membershipId.isEmpty() && groups->selectMembership(membershipId))
        groups->membersView()->setFocus();
}

void MainWindow::openGroupMessage(const QString &groupId, const QString &messageId)
{
    openGroup(groupId, {});
    GroupsWindow *groups = groupsDashboard();
    if (groups->currentGroupId() == groupId && groups->selectMessage(messageId))
        groups->groupPane()->mail()->messagesView()->setFocus();
}

MainWindow::~MainWindow() = default;

QWidget *MainWindow::createPeoplePage()
{
    auto *central = new QWidget(this);
    central->setObjectName(QStringLiteral("peopleDashboard"));
    auto *layout = new QVBoxLayout(central);
    m_search = new QLineEdit(central);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Search people"));
    m_search->setAccessibleName(tr("Search people"));
    m_search->setAccessibleDescription(tr("Finds people by name, place, skills, languages, interests and bio"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);
    layout->addWidget(createFilterBar(central));
    layout->addWidget(createListBar(central));

    m_view = new QTableView(central);
    m_view->setObjectName(QStringLiteral("peopleView"));
    m_view->setAccessibleName(tr("People"));
    // The model itself searches the whole local copy; no proxy: a proxy could only filter or sort
    // the rows loaded so far.
    m_view->setModel(m_people);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    // The model is already in name (or rank) order; sorting the view would only sort the loaded page.
    m_view->setSortingEnabled(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    sizeColumnsToContents(m_view, PeopleModel::SkillsColumn);

    // The current person's card beside the list: read without opening anything; Ctrl+E (or
    // Enter) opens the profile to edit.
    auto *splitter = new QSplitter(Qt::Horizontal, central);
    splitter->setObjectName(QStringLiteral("peopleSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_view);
    auto *cardPane = new QWidget(splitter);
    auto *cardLayout = new QVBoxLayout(cardPane);
    cardLayout->setContentsMargins(0, 0, 0, 0);
    auto *cardScroll = new QScrollArea(cardPane);
    cardScroll->setWidgetResizable(true);
    cardScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the card wraps instead
    cardPane->setMinimumWidth(fontMetrics().averageCharWidth() * 36);
    m_card = new PersonCard(cardScroll);
    cardScroll->setWidget(m_card);
    m_cardEdit = new QToolButton(cardPane);
    m_cardEdit->setObjectName(QStringLiteral("cardEditButton"));
    m_cardEdit->setToolButtonStyle(Qt::ToolButtonTextOnly);
    cardLayout->addWidget(cardScroll, 1);
    cardLayout->addWidget(m_cardEdit, 0, Qt::AlignRight);
    splitter->addWidget(cardPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({fontMetrics().averageCharWidth() * 110, fontMetrics().averageCharWidth() * 45});
    layout->addWidget(splitter, 1);
    central->setFocusProxy(m_search);
    return central;
}

void MainWindow::updatePersonCard()
{
    const QString id = currentPersonId();
    const auto row = id.isEmpty() ? std::nullopt : m_store.row(QStringLiteral("person"), id);
    if (row)
        m_card->setPerson(*row);
    else
        m_card->showNote(m_people->rowCount() == 0 ? QString() : tr("Choose a person to see their card here."));
}

void MainWindow::setAutoSyncEnabled(bool enabled)
{
    m_autoSync = enabled;
    if (enabled)
        m_scheduler.start();
    else
        m_scheduler.stop();
}

void MainWindow::createActions()
{
    m_syncAction = new QAction(tr("&Sync now"), this);
    m_syncAction->setObjectName(QStringLiteral("syncAction"));
    m_syncAction->setShortcuts({QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::Key_R)});
    m_syncAction->setStatusTip(tr("Send your changes to the server and receive the latest ones"));
    m_syncAction->setIcon(QIcon::fromTheme(QStringLiteral("view-refresh")));

    m_cancelAction = new QAction(tr("&Cancel sync"), this);
    m_cancelAction->setObjectName(QStringLiteral("cancelSyncAction"));
    m_cancelAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));
    m_cancelAction->setStatusTip(tr("Stop the running sync; nothing is lost and it resumes later"));
    m_cancelAction->setEnabled(false);
    connect(m_cancelAction, &QAction::triggered, &m_engine, &SyncEngine::cancel);
    connect(m_syncAction, &QAction::triggered, this, &MainWindow::syncNow);

    m_refetchAction = new QAction(tr("Fetch &everything again…"), this);
    m_refetchAction->setObjectName(QStringLiteral("refetchAction"));
    m_refetchAction->setStatusTip(
        tr("Receive the whole community again, for a copy that seems incomplete; your unsent changes are kept"));
    connect(m_refetchAction, &QAction::triggered, this, &MainWindow::fetchEverythingAgain);

    m_newAction = new QAction(tr("&New person…"), this);
    m_newAction->setObjectName(QStringLiteral("newPersonAction"));
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setIcon(QIcon::fromTheme(QStringLiteral("contact-new")));
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newPerson);

    m_editAction = new QAction(tr("&Edit person…"), this);
    m_editAction->setObjectName(QStringLiteral("editPersonAction"));
    m_editAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_editAction->setIcon(QIcon::fromTheme(QStringLiteral("document-edit")));
    connect(m_editAction, &QAction::triggered, this, &MainWindow::editCurrentPerson);

    m_problemsAction = new QAction(tr("Sync &problems…"), this);
    m_problemsAction->setObjectName(QStringLiteral("syncProblemsAction"));
    m_problemsAction->setStatusTip(tr("Changes the server refused, and why"));
    m_problemsAction->setIcon(QIcon::fromTheme(QStringLiteral("dialog-warning")));
    connect(m_problemsAction, &QAction::triggered, this, &MainWindow::showSyncProblems);

    m_signOutAction = new QAction(tr("Sign &out"), this);
    m_signOutAction->setObjectName(QStringLiteral("signOutAction"));
    m_signOutAction->setIcon(QIcon::fromTheme(QStringLiteral("system-log-out")));
    connect(m_signOutAction, &QAction::triggered, this, &MainWindow::signOut);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setIcon(QIcon::fromTheme(QStringLiteral("application-exit")));
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    auto *findAction = new QAction(tr("&Find"), this);
    findAction->setShortcut(QKeySequence::Find);
    connect(findAction, &QAction::triggered, this, [this] {
        // Searches what is shown: the groups on the Groups dashboard, else the people.
        QLineEdit *field = m_search;
        if (currentDashboard() == GroupsDashboardIndex)
            field = groupsDashboard()->searchField();
        else if (currentDashboard() == EventsDashboardIndex)
            field = m_events->searchField();
        else
            showDashboard(PeopleDashboardIndex);
        field->setFocus();
        field->selectAll();
    });

    m_exportPersonAction = new QAction(tr("Export &contact (vCard)…"), this);
    m_exportPersonAction->setObjectName(QStringLiteral("exportPersonAction"));
    m_exportPersonAction->setStatusTip(tr("Save the selected person as a vCard for an address book"));
    connect(m_exportPersonAction, &QAction::triggered, this, &MainWindow::exportCurrentPerson);

    m_exportSearchAction = new QAction(tr("Export &search (CSV)…"), this);
    m_exportSearchAction->setObjectName(QStringLiteral("exportSearchAction"));
    m_exportSearchAction->setStatusTip(tr("Save everyone the current search finds as a spreadsheet (CSV)"));
    connect(m_exportSearchAction, &QAction::triggered, this, &MainWindow::exportSearch);

    m_importAction = new QAction(tr("&Import people…"), this);
    m_importAction->setObjectName(QStringLiteral("importPeopleAction"));
    m_importAction->setStatusTip(tr("Bring people in from a spreadsheet (CSV)"));
    connect(m_importAction, &QAction::triggered, this, [this] {
        ImportDialog dialog(m_device, m_prompts, this);
        m_prompts.run(dialog);
    });

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_syncAction);
    file->addAction(m_cancelAction);
    file->addAction(m_refetchAction);
    file->addAction(m_problemsAction);
    file->addSeparator();
    file->addAction(m_importAction);
    file->addAction(m_exportPersonAction);
    file->addAction(m_exportSearchAction);
    file->addSeparator();
    file->addAction(m_signOutAction);
    file->addAction(m_quitAction);
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    QMenu *people = menuBar()->addMenu(tr("&People"));
    people->addAction(findAction);
    people->addSeparator();
    people->addAction(m_newAction);
    people->addAction(m_editAction);
    m_eventsMenu = menuBar()->addMenu(tr("&Events"));
    m_newEventAction = new QAction(tr("&New event…"), this);
    m_newEventAction->setObjectName(QStringLiteral("newEventAction"));
    m_newEventAction->setIcon(QIcon::fromTheme(QStringLiteral("list-add")));
    connect(m_newEventAction, &QAction::triggered, this, [this] {
        showDashboard(EventsDashboardIndex);
        m_events->newEvent();
    });
    m_eventsMenu->addAction(m_newEventAction);
    createAccountActions(people);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    auto *keys = help->addAction(
        tr("&Keyboard shortcuts"), this, [this] { m_prompts.inform(this, tr("Keyboard shortcuts"), shortcutsText()); });
    keys->setObjectName(QStringLiteral("shortcutsAction"));
    keys->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&About Commonroom"), this, [this] {
        QMessageBox::about(this, tr("About Commonroom"),
            tr("<h3>Commonroom %1</h3><p>An offline-first community directory. Your community is "
               "kept on this computer and synced with your community's server.</p>")
                .arg(QApplication::applicationVersion()));
    });

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_syncAction);
    toolbar->addAction(m_cancelAction);
    toolbar->addSeparator();
    toolbar->addAction(m_newAction);
    toolbar->addAction(m_editAction);
    toolbar->addSeparator();
    toolbar->addAction(m_problemsAction);

    auto *groupsAction = new QAction(tr("&Groups"), this);
    groupsAction->setObjectName(QStringLiteral("groupsAction"));
    groupsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    groupsAction->setStatusTip(tr("Browse, join and curate the community's groups"));
    groupsAction->setIcon(QIcon::fromTheme(QStringLiteral("system-users")));
    connect(groupsAction, &QAction::triggered, this, [this] { showDashboard(GroupsDashboardIndex); });
    m_newGroupAction = new QAction(tr("New &group…"), this);
    m_newGroupAction->setObjectName(QStringLiteral("newGroupAction"));
    connect(m_newGroupAction, &QAction::triggered, this, [this] {
        showDashboard(GroupsDashboardIndex);
        groupsDashboard()->newGroup();
    });
    people->addSeparator();
    people->addAction(groupsAction);
    people->addAction(m_newGroupAction);
    toolbar->addAction(groupsAction);
}

QWidget *MainWindow::createFilterBar(QWidget *parent)
{
    auto *bar = new QWidget(parent);
    bar->setObjectName(QStringLiteral("filterBar"));
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    const auto addEdit = [&](const QString &label, const QString &objectName, const QString &placeholder) {
        auto *edit = new QLineEdit(bar);
        edit->setObjectName(objectName);
        edit->setPlaceholderText(placeholder);
        edit->setClearButtonEnabled(true);
        auto *caption = new QLabel(label, bar);
        caption->setBuddy(edit); // Alt + the underlined letter goes to the field
        edit->setAccessibleName(caption->text().remove(QLatin1Char('&')));
        layout->addWidget(caption);
        layout->addWidget(edit, 1);
        return edit;
    };
    m_areaFilter = addEdit(tr("&Area:"), QStringLiteral("areaFilter"), tr("Any area"));
    m_skillFilter = addEdit(tr("S&kill:"), QStringLiteral("skillFilter"), tr("Any skill"));
    m_languageFilter = addEdit(tr("&Language:"), QStringLiteral("languageFilter"), tr("Any language"));

    m_roleFilter = new QComboBox(bar);
    m_roleFilter->setObjectName(QStringLiteral("roleFilter"));
    m_roleFilter->addItem(tr("Any role"), QString());
    m_roleFilter->addItem(tr("Applicants"), QStringLiteral("applicant"));
    m_roleFilter->addItem(tr("Members"), QStringLiteral("member"));
    m_roleFilter->addItem(tr("Leaders"), QStringLiteral("leader"));
    m_roleFilter->addItem(tr("Admins"), QStringLiteral("admin"));
    auto *roleCaption = new QLabel(tr("&Role:"), bar);
    roleCaption->setBuddy(m_roleFilter);
    m_roleFilter->setAccessibleName(tr("Role"));
    layout->addWidget(roleCaption);
    layout->addWidget(m_roleFilter);

    m_tagFilter = new QComboBox(bar);
    m_tagFilter->setObjectName(QStringLiteral("tagFilter"));
    m_tagCaption = new QLabel(tr("Ta&g:"), bar);
    m_tagCaption->setBuddy(m_tagFilter);
    m_tagFilter->setAccessibleName(tr("Tag"));
    layout->addWidget(m_tagCaption);
    layout->addWidget(m_tagFilter);
    return bar;
}

void MainWindow::refreshTagFilter()
{
    const QString chosen = m_tagFilter->currentData().toString();
    const auto tags = m_device.tags().list();
    {
        const QSignalBlocker quiet(m_tagFilter);
        m_tagFilter->clear();
        m_tagFilter->addItem(tr("Any tag"), QString());
        if (tags) {
            for (const auto &tag : *tags)
                m_tagFilter->addItem(tag.forMembers ? tag.name : tr("%1 (leaders only)").arg(tag.name), tag.id);
        } else {
            statusBar()->showMessage(QString::fromStdString(tags.error().message), kNoticeShownMs);
        }
        m_tagFilter->setCurrentIndex(std::max(0, m_tagFilter->findData(chosen)));
    }
    const bool any = m_tagFilter->count() > 1;
    m_tagFilter->setVisible(any);
    m_tagCaption->setVisible(any);
    // The chosen tag was deleted: the list shows everyone again.
    if (m_tagFilter->currentData().toString() != chosen)
        applySearch();
}

QWidget *MainWindow::createListBar(QWidget *parent)
{
    auto *bar = new QWidget(parent);
    bar->setObjectName(QStringLiteral("listBar"));
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    m_listFilter = new QComboBox(bar);
    m_listFilter->setObjectName(QStringLiteral("listFilter"));
    m_listFilter->setAccessibleName(tr("Smart list"));
    auto *caption = new QLabel(tr("Smart &list:"), bar);
    caption->setBuddy(m_listFilter);
    m_saveList = new QPushButton(tr("Sa&ve as list…"), bar);
    m_saveList->setObjectName(QStringLiteral("saveListButton"));
    m_deleteList = new QPushButton(tr("&Delete list…"), bar);
    m_deleteList->setObjectName(QStringLiteral("deleteListButton"));
    m_writeToList = new QPushButton(tr("W&rite to them…"), bar);
    m_writeToList->setObjectName(QStringLiteral("writeToListButton"));
    m_listCount = new QLabel(bar);
    m_listCount->setObjectName(QStringLiteral("listCount"));
    m_listCount->setTextFormat(Qt::PlainText);
    layout->addWidget(caption);
    layout->addWidget(m_listFilter);
    layout->addWidget(m_saveList);
    layout->addWidget(m_deleteList);
    layout->addWidget(m_writeToList);
    layout->addWidget(m_listCount, 1);
    // Leaders' tools: members and applicants hold no smart list and may save none.
    bar->setVisible(m_device.smartLists().maySave());
    connect(&m_store, &LocalStore::tableChanged, bar, [this](const QString &table) {
        if (table == QLatin1String("smart_list"))
            refreshListFilter();
    });
    return bar;
}

void MainWindow::refreshListFilter()
{
    const QString chosen = m_listFilter->currentData().toString();
    const auto lists = m_device.smartLists().list();
    {
        const QSignalBlocker quiet(m_listFilter);
        m_listFilter->clear();
        m_listFilter->addItem(tr("No list"), QString());
        if (lists) {
            for (const auto &list : *lists)
                m_listFilter->addItem(list.shared ? tr("%1 (shared)").arg(list.name) : list.name, list.id);
        } else {
            statusBar()->showMessage(QString::fromStdString(lists.error().message), kNoticeShownMs);
        }
        m_listFilter->setCurrentIndex(std::max(0, m_listFilter->findData(chosen)));
    }
    updateListBar();
    // The chosen list was deleted: the filters select again.
    if (m_listFilter->currentData().toString() != chosen)
        applySearch();
}

void MainWindow::updateListBar()
{
    const QString listId = m_listFilter->currentData().toString();
    const bool listed = !listId.isEmpty();
    const QString byList = tr("The chosen smart list selects the people; choose \"No list\" to filter here.");
    for (QWidget *filter :
        std::initializer_list<QWidget *> {m_areaFilter, m_skillFilter, m_languageFilter, m_roleFilter, m_tagFilter}) {
        filter->setEnabled(!listed);
        filter->setToolTip(listed ? byList : QString());
    }
    const bool mayEdit = m_device.smartLists().maySave();
    const bool filtered = !listed && !currentQuery().isEmpty();
    m_saveList->setEnabled(mayEdit && filtered);
    m_saveList->setToolTip(listed ? tr("This is a saved list already.")
            : filtered            ? QString()
                                  : tr("Filter the people first: what the filters ask for is what the list keeps."));
    m_deleteList->setEnabled(listed);
    m_deleteList->setToolTip(listed ? QString() : tr("Choose a saved list first."));
    m_writeToList->setEnabled(listed);
    m_writeToList->setToolTip(listed ? tr("Write a message to the people the list selects now.")
                                     : tr("Choose a saved list first: a message goes to the people it selects."));
    updateListCount();
}

void MainWindow::updateListCount()
{
    m_listCount->clear();
    const QString listId = m_listFilter->currentData().toString();
    if (listId.isEmpty())
        return;
    const auto list = m_device.smartLists().byId(listId);
    // The people shown are the list's: their count comes with them (one evaluation for both).
    const auto count = !list               ? Result<qint64>(list.error())
        : m_people->query() == list->query ? m_people->matchCount()
                                           : m_device.smartLists().count(*list);
    if (!count)
        m_listCount->setText(QString::fromStdString(count.error().message));
    else if (!list->problem.isEmpty())
        m_listCount->setText(list->problem);
    else
        m_listCount->setText(tr("%n people now", nullptr, int(*count)));
}

void MainWindow::saveSmartList()
{
    const PeopleQuery query = currentQuery();
    const auto name
        = m_prompts.text(this, tr("Save as smart list"), tr("Name of the list:"), TextPromptDialog::Lines::One);
    if (!name)
        return;
    Prompts::Question share;
    share.title = tr("Share the list");
    share.text = tr("Share \"%1\" with the other leaders and admins? Otherwise it stays on your devices alone.")
                     .arg(name->trimmed());
    share.yes = tr("Share");
    share.no = tr("Keep it mine");
    const bool shared = m_prompts.confirm(this, share);
    const auto id = m_device.smartLists().save(*name, query, shared);
    if (!id) {
        statusBar()->showMessage(QString::fromStdString(id.error().message), kNoticeShownMs);
        return;
    }
    refreshListFilter();
    m_listFilter->setCurrentIndex(std::max(0, m_listFilter->findData(*id)));
    statusBar()->showMessage(
        tr("Saved the list \"%1\". It is sent at the next sync.").arg(name->trimmed()), kNoticeShownMs);
}

void MainWindow::deleteSmartList()
{
    const QString listId = m_listFilter->currentData().toString();
    const auto list = m_device.smartLists().byId(listId);
    if (!list) {
        statusBar()->showMessage(QString::fromStdString(list.error().message), kNoticeShownMs);
        return;
    }
    Prompts::Question question;
    question.title = tr("Delete the list");
    question.text = list->shared
        ? tr("Delete the shared list \"%1\"? It goes from every leader's devices at their next sync; the people in "
             "it stay.")
              .arg(list->name)
        : tr("Delete the list \"%1\"? The people in it stay.").arg(list->name);
    question.yes = tr("Delete");
    question.tone = Prompts::Question::Tone::Destructive;
    if (!m_prompts.confirm(this, question))
        return;
    if (const auto done = m_device.smartLists().remove(listId); !done) {
        statusBar()->showMessage(QString::fromStdString(done.error().message), kNoticeShownMs);
        return;
    }
    refreshListFilter();
}

void MainWindow::writeToSmartList()
{
    const QString listId = m_listFilter->currentData().toString();
    GroupMail &mail = m_device.groupMail();
    const auto audience = mail.listAudience(listId);
    if (!audience.writable) {
        statusBar()->showMessage(
            tr("Nothing is written to this list: %1").arg(QString::fromStdString(audience.writable.error().message)),
            kNoticeShownMs);
        return;
    }
    WriteMessageDialog dialog(WriteMessageDialog::ToList {audience.listName, int(audience.people.size())}, this);
    if (m_prompts.run(dialog) != QDialog::Accepted)
        return;
    const auto saved = mail.writeToList(listId, dialog.subject(), dialog.body());
    if (!saved) {
        statusBar()->showMessage(
            tr("The message was not saved: %1").arg(QString::fromStdString(saved.error().message)), kNoticeShownMs);
        return;
    }
    statusBar()->showMessage(
        tr("Message “%1” saved; it is sent at the next sync.").arg(dialog.subject()), kNoticeShownMs);
}

PeopleQuery MainWindow::currentQuery() const
{
    if (const QString listId = m_listFilter ? m_listFilter->currentData().toString() : QString(); !listId.isEmpty()) {
        if (const auto list = m_device.smartLists().byId(listId)) {
            PeopleQuery query = list->query;
            if (query.text.isEmpty())
                query.text = m_search->text(); // the search narrows the list
            return query;
        }
    }
    PeopleQuery query;
    query.text = m_search->text();
    query.area = m_areaFilter->text();
    query.skill = m_skillFilter->text();
    query.language = m_languageFilter->text();
    query.role = m_roleFilter->currentData().toString();
    query.tagId = m_tagFilter->currentData().toString();
    return query;
}

void MainWindow::applySearch()
{
    m_searchTimer.stop();
    m_people->setQuery(currentQuery());
    updateListBar();
}

Status MainWindow::exportPersonVCard(const QString &personId, const QString &path)
{
    auto card = m_device.exporter().vCardOfPerson(personId);
    if (!card)
        return card.error();
    return Exporter::writeFile(path, *card);
}

Status MainWindow::exportSearchCsv(const QString &path)
{
    applySearch(); // what the fields say now, even within the typing pause
    auto csv = m_device.exporter().csv(m_people->query());
    if (!csv)
        return csv.error();
    return Exporter::writeFile(path, *csv);
}

void MainWindow::exportCurrentPerson()
{
    const QString id = currentPersonId();
    if (id.isEmpty())
        return;
    QString name = m_view->currentIndex().siblingAtColumn(PeopleModel::NameColumn).data().toString();
    name.remove(QRegularExpression(QStringLiteral("[/\\:*?\"<>|]")));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export contact"),
        (name.isEmpty() ? tr("contact") : name) + QStringLiteral(".vcf"), tr("vCard files (*.vcf)"));
    if (path.isEmpty())
        return;
    if (auto status = exportPersonVCard(id, path); !status)
        QMessageBox::warning(this, tr("Export contact"), QString::fromStdString(status.error().message));
    else
        statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), kNoticeShownMs);
}

void MainWindow::exportSearch()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export search"), tr("people") + QStringLiteral(".csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (auto status = exportSearchCsv(path); !status)
        QMessageBox::warning(this, tr("Export search"), QString::fromStdString(status.error().message));
    else
        statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), kNoticeShownMs);
}

void MainWindow::createStatusBar()
{
    m_connectivity = new QLabel(this);
    m_connectivity->setObjectName(QStringLiteral("connectivityLabel"));
    m_pending = new QLabel(this);
    m_pending->setObjectName(QStringLiteral("pendingLabel"));
    m_lastSync = new QLabel(this);
    m_lastSync->setObjectName(QStringLiteral("lastSyncLabel"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setAccessibleName(tr("Sync progress"));
    m_progress->setRange(0, 0); // the total is unknown until the last page arrives
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(true);
    m_progress->hide();

    statusBar()->addPermanentWidget(m_progress);
    m_progressDetail = new QLabel(this);
    m_progressDetail->setObjectName(QStringLiteral("syncRate"));
    m_progressDetail->setAccessibleName(tr("Sync speed and time left"));
    m_progressDetail->hide();
    statusBar()->addPermanentWidget(m_progressDetail);
    statusBar()->addPermanentWidget(m_pending);
    statusBar()->addPermanentWidget(m_lastSync);
    statusBar()->addPermanentWidget(m_connectivity);
}

QString MainWindow::connectivityText() const
{
    return m_connectivity->text();
}

QString MainWindow::pendingText() const
{
    return m_pending->text();
}

QString MainWindow::lastSyncText() const
{
    return m_lastSync->text();
}

QString MainWindow::describeLastSync(qint64 lastSyncMs, qint64 nowMs)
{
    if (lastSyncMs <= 0)
        return tr("Last sync: never");
    const qint64 ago = nowMs - lastSyncMs;
    if (ago >= 0 && ago < 60 * 1000)
        return tr("Last sync: just now");
    if (ago >= 0 && ago < 60 * 60 * 1000)
        return tr("Last sync: %n minute(s) ago", nullptr, static_cast<int>(ago / (60 * 1000)));
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(lastSyncMs).toLocalTime();
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowMs).toLocalTime();
    if (when.date() == now.date())
        return tr("Last sync: today at %1").arg(shortTime(when.time()));
    return tr("Last sync: %1").arg(shortDateTime(when));
}

void MainWindow::syncNow()
{
    if (m_engine.isRunning())
        return;
    m_engine.sync();
}

void MainWindow::fetchEverythingAgain()
{
    if (m_engine.isRunning())
        return;
    Prompts::Question fetch;
    fetch.title = tr("Fetch everything again");
    fetch.text = tr("Receive the whole community again from the server? This copy is replaced as the "
                    "server sends it, which takes a while for a large community; your unsent changes "
                    "are kept and sent first.");
    fetch.yes = tr("&Fetch everything");
    if (m_prompts.confirm(this, fetch))
        m_engine.refetch();
}

void MainWindow::newPerson()
{
    if (!m_newAction->isEnabled())
        return;
    openEditor({});
}

void MainWindow::editCurrentPerson()
{
    const QString id = currentPersonId();
    if (!id.isEmpty())
        openEditor(id);
}

void MainWindow::openEditor(const QString &personId)
{
    // Window-modal but not blocking: sync keeps running while the editor is open.
    auto *editor = new PersonEditor(m_store, m_prompts, personId, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    if (LeadershipPane::hasAnythingFor(m_device, personId))
        editor->tabs()->addTab(new LeadershipPane(m_device, m_prompts, personId, editor), tr("Leadership"));
    if (ContributionsPane::hasAnythingFor(m_device, personId))
        editor->tabs()->addTab(new ContributionsPane(m_device, m_prompts, personId, editor), tr("Contributions"));
    if (TagsPane::hasAnythingFor(m_device))
        editor->tabs()->addTab(new TagsPane(m_device, m_prompts, personId, editor), tr("Tags"));
    if (!personId.isEmpty() && RelationsPane::isFor(m_device))
        editor->tabs()->addTab(new RelationsPane(m_device, m_prompts, personId, editor), tr("Relations"));
    connect(editor, &PersonEditor::saved, this, [this](const QString &id) {
        m_idBeforeReset = id;
        statusBar()->showMessage(tr("Saved. The change will be sent at the next sync."), kNoticeShownMs);
    });
    editor->open();
}

void MainWindow::showSyncProblems()
{
    if (!m_problems)
        m_problems = new SyncProblemsDialog(m_store, this);
    m_problems->reload();
    m_problems->show();
    m_problems->raise();
    m_problems->activateWindow();
}

void MainWindow::signOut()
{
    const int pending = m_store.pendingCount();
    QString question = tr("Sign out of Commonroom on this computer?");
    if (pending > 0)
        question += QLatin1Char('\n')
            + tr("%n change(s) have not been sent yet. They stay on this computer and are "
                 "sent when you sign in again.",
                nullptr, pending);
    if (!m_prompts.confirm(this, tr("Sign out"), question))
        return;
    m_engine.cancel();
    m_signedOut = true;
    m_signOutAction->setEnabled(false);
    statusBar()->showMessage(tr("Signing out…"));
    m_engine.logout();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::updateTitle()
{
    QString name;
    const QString me = m_store.setting(QStringLiteral("person_id"));
    if (!me.isEmpty()) {
        if (const auto row = m_store.row(QStringLiteral("person"), me)) {
            if (const auto it = row->find("display_name"); it != row->end())
                name = QString::fromStdString(toDisplayString(it->second));
        }
    }
    setWindowTitle(name.isEmpty() ? tr("Commonroom") : tr("Commonroom — %1").arg(name));
}

void MainWindow::createAccountActions(QMenu *people)
{
    // The account dialogs talk to the server; each says so when it cannot reach it.
    const auto online = [this](auto makeDialog) {
        return [this, makeDialog] {
            m_engine.prepareApi();
            auto dialog = makeDialog();
            m_prompts.run(*dialog);
        };
    };
    QMenu *account = menuBar()->addMenu(tr("&Account"));
    account->addAction(tr("Change &password…"), this,
        online([this] { return std::make_unique<ChangePasswordDialog>(m_engine.api(), this); }));
    account->addAction(tr("My &devices…"), this,
        online([this] { return std::make_unique<DevicesDialog>(m_engine.api(), m_store, m_prompts, this); }));
    account->addAction(tr("E&xport my data…"), this,
        online([this] { return std::make_unique<ExportMyDataDialog>(m_engine.api(), m_store.clock(), this); }));

    m_vouchAction = new QAction(tr("&Vouch for applicant…"), this);
    m_vouchAction->setObjectName(QStringLiteral("vouchAction"));
    connect(m_vouchAction, &QAction::triggered, this, [this] {
        VouchDialog dialog(m_device, currentPersonId(), this);
        m_prompts.run(dialog);
    });
    m_eraseAction = new QAction(tr("E&rase person…"), this);
    m_eraseAction->setObjectName(QStringLiteral("erasePersonAction"));
    m_eraseAction->setStatusTip(tr("Remove a person and their data everywhere, at their request (admins)"));
    connect(m_eraseAction, &QAction::triggered, this, [this] {
        m_engine.prepareApi();
        // The erasure reaches this device at once, not at the next periodic sync.
        ErasePersonDialog dialog(m_engine.api(), m_store, currentPersonId(), this);
        if (m_prompts.run(dialog) == QDialog::Accepted)
            m_engine.sync();
    });
    people->addSeparator();
    people->addAction(m_vouchAction);
    people->addAction(m_eraseAction);
    // Admins name the ladder's levels and the areas (docs/organizing.md, "The community's words").
    if (m_device.terms().mayEdit()) {
        auto *words = people->addAction(tr("Community &words…"), this, [this] {
            TermsDialog dialog(m_device, this);
            m_prompts.run(dialog);
        });
        words->setObjectName(QStringLiteral("termsAction"));
        words->setStatusTip(tr("Name the ladder's levels and the areas of contributions as your community says them"));
    }
}

void MainWindow::updateActions()
{
    const bool mayAdd = mayChangePerson(m_store, Operation::Create, {});
    // Members and applicants never add people: the action is not offered to them at all.
    m_newAction->setEnabled(mayAdd);
    m_newAction->setVisible(mayAdd);
    m_newAction->setToolTip(tr("Add a person to the community"));
    // Like adding people, importing is not offered to those who may not.
    m_importAction->setVisible(m_device.imports().whyNot().isEmpty());
    const bool mayCreateGroups = m_device.groups().mayCreate().ok();
    m_newGroupAction->setEnabled(mayCreateGroups);
    m_newGroupAction->setVisible(mayCreateGroups);
    const QString id = currentPersonId();
    m_editAction->setEnabled(!id.isEmpty());
    m_exportPersonAction->setEnabled(!id.isEmpty());
    m_vouchAction->setEnabled(!id.isEmpty() && VouchDialog::canVouch(m_device, id));
    m_eraseAction->setVisible(m_store.principal().role == Role::Admin);
    m_eraseAction->setEnabled(!id.isEmpty() && id != QString::fromStdString(m_store.principal().personId));
    const bool mayEdit = mayChangePerson(m_store, Operation::Update, id);
    m_editAction->setText(mayEdit || id.isEmpty() ? tr("&Edit person…") : tr("&View person…"));
}

void MainWindow::updatePending(int count)
{
    // Sent is not accepted: changes the server refused wait in Sync problems, and say so.
    // Nor is nothing to send a synced copy: until a first copy has come whole, say that instead.
    const int refused = int(m_store.syncProblems().size());
    const bool whole = m_store.hasWholeCopy();
    m_pending->setText(count > 0 ? tr("%n change(s) waiting to sync", nullptr, count)
            : refused > 0        ? tr("All changes sent; %n refused (see Sync problems)", nullptr, refused)
            : whole              ? tr("All changes synced")
                                 : tr("Nothing to send; the community is not wholly copied yet"));
    updatePartialCopy();
    m_problemsAction->setText(refused > 0 ? tr("Sync &problems (%1)…").arg(refused) : tr("Sync &problems…"));
}

void MainWindow::updatePartialCopy()
{
    m_partialCopy->setVisible(!m_store.hasWholeCopy());
    m_partialCopy->setText(m_engine.isRunning()
            ? tr("The community is being copied to this computer: lists show only what has arrived until it is done.")
            : tr("Only part of the community is on this computer: its copy was not finished. Lists may miss people, "
                 "groups and events. Sync (F5) to finish it; what arrived is kept."));
}

void MainWindow::updateLastSync()
{
    const qint64 last = m_store.setting(QStringLiteral("last_sync_ms")).toLongLong();
    m_lastSync->setText(describeLastSync(last, m_store.clock().nowMs()));
    if (last > 0)
        m_lastSync->setToolTip(
            QLocale().toString(QDateTime::fromMSecsSinceEpoch(last).toLocalTime(), QLocale::LongFormat));
}

void MainWindow::updateConnectivity(SyncEngine::Connectivity connectivity)
{
    switch (connectivity) {
    case SyncEngine::Connectivity::Online:
        m_connectivity->setText(tr("Online"));
        m_connectivity->setToolTip(tr("The server is reachable."));
        break;
    case SyncEngine::Connectivity::Offline:
        m_connectivity->setText(tr("Offline"));
        m_connectivity->setToolTip(
            tr("The server is not reachable. You can keep working; changes are sent at the next sync."));
        break;
    case SyncEngine::Connectivity::Unknown:
        m_connectivity->setText(tr("Not yet synced"));
        m_connectivity->setToolTip({});
        break;
    }
}

void MainWindow::onSyncStarted()
{
    m_syncAction->setEnabled(false);
    m_refetchAction->setEnabled(false);
    m_cancelAction->setEnabled(true);
    m_syncClock.start();
    m_progress->setRange(0, 0);
    m_progress->setFormat(tr("Syncing…"));
    m_progress->show();
    updatePartialCopy();
}

void MainWindow::onSyncProgress(const QString &phase, qint64 done, qint64 total)
{
    const bool pushing = phase == QLatin1String("push");
    if (total <= 0 || total < done) {
        m_progress->setRange(0, 0);
        m_progress->setFormat(pushing ? tr("Sending: %n change(s)", nullptr, int(done))
                                      : tr("Receiving: %n change(s)", nullptr, int(done)));
        return;
    }
    // QProgressBar counts in int: scale a community of millions to per mille.
    m_progress->setRange(0, 1000);
    m_progress->setValue(int(done * 1000 / total));
    const Pace pace = paceOf(done, total, m_syncClock.elapsed());
    m_progress->setFormat((pushing ? tr("Sending %1 of %2") : tr("Receiving %1 of %2"))
                              .arg(QLocale().toString(done), QLocale().toString(total)));
    m_progress->setToolTip(pace.rate + QStringLiteral(", ") + pace.left);
    m_progressDetail->setText(pace.rate + QStringLiteral(" · ") + pace.left);
    m_progressDetail->show();
}

void MainWindow::onSyncFinished(const SyncResult &result)
{
    refreshTagFilter();
    m_syncAction->setEnabled(true);
    m_refetchAction->setEnabled(true);
    m_cancelAction->setEnabled(false);
    m_progress->hide();
    m_progressDetail->hide();
    if (result.outcome == SyncResult::Outcome::Revoked && !m_signedOut) {
        // The local copy is gone; the only way on is signing in again.
        m_signedOut = true;
        Q_EMIT signedOut();
        close();
        return;
    }
    updateLastSync();
    updatePending(m_store.pendingCount());
    if (m_problems)
        m_problems->reload();
    if (result.roleChanged && !m_roleChanged) {
        // Dashboards, actions and lists are made for a role: the window is made anew for this one.
        m_roleChanged = true;
        m_prompts.inform(this, tr("Your role changed"),
            tr("%1 Commonroom opens again with what your new role, %2, may see and do.")
                .arg(result.notices.join(QLatin1Char(' ')),
                    RolesModel::roleText(QString::fromUtf8(toString(m_store.principal().role)))));
        close();
        return;
    }
    if (result.ok()) {
        statusBar()->showMessage(result.message, kNoticeShownMs);
    } else if (result.outcome != SyncResult::Outcome::Cancelled || !m_signedOut) {
        // Stays until the next message: the user should get to read why sync did not happen.
        statusBar()->showMessage(result.message.isEmpty() ? tr("Sync did not finish.") : result.message);
    }
}

QString MainWindow::currentPersonId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(PeopleModel::IdRole).toString() : QString();
}

void MainWindow::selectPerson(const QString &personId)
{
    if (personId.isEmpty())
        return;
    const int row = m_people->rowOfId(personId);
    if (row < 0)
        return;
    const QModelIndex index = m_people->index(row, 0);
    if (index.isValid()) {
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index);
    }
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("MainWindow"));
    restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("state")).toByteArray());
    m_view->horizontalHeader()->restoreState(settings.value(QStringLiteral("peopleColumns")).toByteArray());
    const int dashboard = settings.value(QStringLiteral("dashboard"), m_startDashboard).toInt();
    m_dashboardList->setCurrentRow(dashboard >= 0 && dashboard < m_dashboards->count() ? dashboard : 0);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("MainWindow"));
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("state"), saveState());
    settings.setValue(QStringLiteral("peopleColumns"), m_view->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("dashboard"), currentDashboard());
}

} // namespace commonroom
