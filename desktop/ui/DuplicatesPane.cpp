#include "DuplicatesPane.h"

#include "DuplicateMergeDialog.h"
#include "PaneWidgets.h"
#include "Prompts.h"
#include "desktop/core/Device.h"
#include "desktop/core/Duplicates.h"
#include "desktop/core/LocalStore.h"
#include "desktop/models/DuplicateCandidatesModel.h"

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
{
    setObjectName(QStringLiteral("duplicatesPage"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("People flagged as possibly the same person (same email, phone or name), often after "
                                "walk-ins at the door. Review each pair: merge the two records, or mark them as "
                                "different people."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_view = panewidgets::table(this, QStringLiteral("duplicatesView"), tr("Possible duplicates"));
    m_view->setModel(m_duplicates);
    m_view->setColumnWidth(DuplicateCandidatesModel::FirstColumn, 200);
    m_view->setColumnWidth(DuplicateCandidatesModel::SecondColumn, 200);
    connect(m_view, &QAbstractItemView::activated, this, &DuplicatesPane::reviewSelected);
    layout->addWidget(m_view, 1);
    m_review = panewidgets::button(
        this, tr("Re&view…"), QStringLiteral("reviewDuplicateButton"), tr("Review the selected pair"));
    connect(m_review, &QPushButton::clicked, this, &DuplicatesPane::reviewSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DuplicatesPane::updateActions);
    connect(m_duplicates, &QAbstractItemModel::modelReset, this, [this] {
        updateActions();
        Q_EMIT pairsChanged();
    });
    auto *row = new QHBoxLayout;
    row->addWidget(m_review);
    row->addStretch(1);
    layout->addLayout(row);
    updateActions();
}

void DuplicatesPane::updateActions()
{
    const bool leader = m_store.principal().role >= Role::Leader;
    const QModelIndex candidate = m_view->currentIndex();
    m_review->setEnabled(leader && candidate.isValid()
        && candidate.data(DuplicateCandidatesModel::StateRole).toString() == QLatin1String("open"));
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

} // namespace commonroom
