#include "DuplicatesPane.h"

#include "DuplicateMergeDialog.h"
#include "MessageLabel.h"
#include "PaneWidgets.h"
#include "Prompts.h"
#include "desktop/core/Device.h"
#include "desktop/core/Duplicates.h"
#include "desktop/core/LocalStore.h"
#include "desktop/models/DuplicateCandidatesModel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace commonroom {

DuplicatesPane::DuplicatesPane(Device &device, Prompts &prompts, QWidget *parent)
    : QWidget(parent)
    , m_device(device)
    , m_store(device.store())
    , m_prompts(prompts)
    , m_duplicates(new DuplicateCandidatesModel(device, this))
    , m_client(new AccountClient(device.api(), this))
{
    setObjectName(QStringLiteral("duplicatesPage"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("People who may be recorded twice: flagged at the door for the same email, phone or "
                                "name, or found alike by the server's scan of the whole directory. Review each pair, "
                                "the likeliest first: merge the two records, or mark them as different people."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_message = new MessageLabel(this);
    m_message->setObjectName(QStringLiteral("duplicatesMessage"));
    layout->addWidget(m_message);
    m_view = panewidgets::table(this, QStringLiteral("duplicatesView"), tr("Possible duplicates"));
    m_view->setModel(m_duplicates);
    m_view->setColumnWidth(DuplicateCandidatesModel::FirstColumn, 200);
    m_view->setColumnWidth(DuplicateCandidatesModel::SecondColumn, 200);
    connect(m_view, &QAbstractItemView::activated, this, &DuplicatesPane::reviewSelected);
    layout->addWidget(m_view, 1);
    m_showDecided = new QCheckBox(tr("Show &decided pairs"), this);
    m_showDecided->setObjectName(QStringLiteral("showDecidedDuplicates"));
    connect(m_showDecided, &QCheckBox::toggled, m_duplicates, &DuplicateCandidatesModel::setShowDecided);
    m_review = panewidgets::button(
        this, tr("Re&view…"), QStringLiteral("reviewDuplicateButton"), tr("Review the selected pair"));
    connect(m_review, &QPushButton::clicked, this, &DuplicatesPane::reviewSelected);
    m_mergeLikely = panewidgets::button(this, tr("&Merge all above 98 %…"), QStringLiteral("mergeLikelyButton"),
        tr("Merge every pair at least 98 % likely the same person"));
    connect(m_mergeLikely, &QPushButton::clicked, this, &DuplicatesPane::mergeLikely);
    m_undoMerge = panewidgets::button(
        this, tr("&Undo merge…"), QStringLiteral("undoMergeButton"), tr("Bring back the person merged away"));
    connect(m_undoMerge, &QPushButton::clicked, this, &DuplicatesPane::undoSelectedMerge);
    connect(m_client, &AccountClient::finished, this, &DuplicatesPane::onFinished);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DuplicatesPane::updateActions);
    connect(m_duplicates, &QAbstractItemModel::modelReset, this, [this] {
        updateActions();
        Q_EMIT pairsChanged();
    });
    auto *row = new QHBoxLayout;
    row->addWidget(m_review);
    row->addWidget(m_mergeLikely);
    row->addWidget(m_undoMerge);
    row->addStretch(1);
    row->addWidget(m_showDecided);
    layout->addLayout(row);
    updateActions();
}

void DuplicatesPane::updateActions()
{
    const bool leader = m_store.principal().role >= Role::Leader;
    const QModelIndex candidate = m_view->currentIndex();
    const QString state = candidate.data(DuplicateCandidatesModel::StateRole).toString();
    m_review->setEnabled(leader && candidate.isValid() && state == QLatin1String("open"));
    const int likely = m_duplicates->likelyCount(Duplicates::kLikelyScore);
    m_mergeLikely->setEnabled(leader && likely > 0);
    m_mergeLikely->setToolTip(leader && likely == 0
            ? tr("No pair is 98 % likely or more; review the others one by one.")
            : tr("Merge every pair at least 98 % likely the same person"));
    m_undoMerge->setVisible(m_duplicates->showDecided());
    m_undoMerge->setEnabled(leader && !m_undoing && state == QLatin1String("merged"));
}

void DuplicatesPane::reviewSelected()
{
    const DuplicateCandidate *candidate = m_duplicates->candidateAt(m_view->currentIndex().row());
    if (!candidate || candidate->state != QLatin1String("open"))
        return;
    const QString id = candidate->id;
    DuplicateMergeDialog dialog(m_device, m_prompts, id, this);
    if (m_prompts.run(dialog) != QDialog::Accepted)
        return;
    const QString sentLater = tr("It will be sent at the next sync.");
    const auto decided = m_device.duplicates().candidate(id);
    if (decided && decided->state == QLatin1String("merged"))
        Q_EMIT succeeded(tr("The two records are merged. %1").arg(sentLater));
    else if (decided && decided->state == QLatin1String("dismissed"))
        Q_EMIT succeeded(tr("Marked as different people. %1").arg(sentLater));
}

void DuplicatesPane::mergeLikely()
{
    const int likely = m_duplicates->likelyCount(Duplicates::kLikelyScore);
    if (likely == 0 || m_store.principal().role < Role::Leader)
        return;
    Prompts::Question question;
    question.title = tr("Merge likely duplicates");
    question.text = tr("Merge the %n pair(s) at least 98 % likely the same person?", "", likely);
    question.details = tr("Of each pair the record with an account, or else with more registrations and groups, is "
                          "kept, and gets what only the other one has. "
                          "Registrations, check-ins and group memberships of both are kept. A merge can be undone "
                          "afterwards, pair by pair, while connected to the server.");
    question.yes = tr("&Merge %n pair(s)", "", likely);
    question.tone = Prompts::Question::Tone::Warning;
    if (!m_prompts.confirm(this, question))
        return;
    const auto merged = m_device.duplicates().mergeLikely(Duplicates::kLikelyScore);
    if (!merged) {
        m_message->showError(tr("Not every pair was merged: %1 The pairs merged before it stay merged.")
                                 .arg(QString::fromStdString(merged.error().message)));
        return;
    }
    m_message->clearMessage();
    Q_EMIT succeeded(tr("%n pair(s) merged. They will be sent at the next sync.", "", *merged));
}

void DuplicatesPane::undoSelectedMerge()
{
    const DuplicateCandidate *candidate = m_duplicates->candidateAt(m_view->currentIndex().row());
    if (!candidate || candidate->state != QLatin1String("merged") || m_undoing)
        return;
    // Asking runs an event loop, in which a sync may read the pairs again.
    const QString id = candidate->id;
    Prompts::Question question;
    question.title = tr("Undo merge");
    question.text = tr("Bring back the person merged away, as they were before the merge?");
    question.details = tr("The server restores their record; the two are then marked as different people. "
                          "Registrations and memberships moved in the merge stay with the person kept.");
    question.yes = tr("&Undo merge");
    if (!m_prompts.confirm(this, question))
        return;
    m_undoing = true;
    updateActions();
    m_message->showInfo(tr("Asking the server to undo the merge…"));
    m_client->restoreMerge(id);
}

void DuplicatesPane::onFinished(AccountClient::Request request, const AccountResult &result)
{
    if (request != AccountClient::Request::RestoreMerge)
        return;
    m_undoing = false;
    updateActions();
    if (!result.ok) {
        m_message->showError(tr("The merge was not undone: %1").arg(result.message));
        return;
    }
    m_message->clearMessage();
    m_device.engine().sync();
    Q_EMIT succeeded(tr("The merge is undone; the person comes back with this sync."));
}

} // namespace commonroom
