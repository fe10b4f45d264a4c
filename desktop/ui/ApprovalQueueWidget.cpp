#include "ApprovalQueueWidget.h"
#include "ColumnSizing.h"

#include "Prompts.h"
#include "VouchDialog.h"
#include "desktop/core/Device.h"
#include "desktop/core/LocalStore.h"
#include "desktop/models/ApplicantsModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace commonroom {

ApprovalQueueWidget::ApprovalQueueWidget(Device &device, Prompts &prompts, QWidget *parent)
    : QWidget(parent)
    , m_device(device)
    , m_store(device.store())
    , m_prompts(prompts)
    , m_model(new ApplicantsModel(device, this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("approvalQueue"));
    setAccessibleName(tr("Approval queue"));
    m_proxy->setSourceModel(m_model);

    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("applicantsView"));
    m_view->setAccessibleName(tr("People waiting for a decision"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // the model's order: oldest application first
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    sizeColumnsToContents(m_view, ApplicantsModel::NotesColumn);
    layout->addWidget(m_view, 2);

    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("detailsLabel"));
    m_details->setAccessibleName(tr("About the selected applicant"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    layout->addWidget(m_details, 1);

    auto *buttons = new QHBoxLayout;
    m_approve = new QPushButton(tr("&Approve"), this);
    m_approve->setObjectName(QStringLiteral("approveButton"));
    m_approve->setToolTip(tr("Make the selected applicant a member (Ctrl+Return)"));
    m_approve->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_reject = new QPushButton(tr("&Reject…"), this);
    m_reject->setObjectName(QStringLiteral("rejectButton"));
    m_reject->setToolTip(tr("Turn the application down, with a reason the applicant will read"));
    m_ask = new QPushButton(tr("Ask for &information…"), this);
    m_ask->setObjectName(QStringLiteral("askButton"));
    m_ask->setToolTip(tr("Ask the applicant a question; they answer by editing their profile"));
    m_vouch = new QPushButton(tr("&Vouch…"), this);
    m_vouch->setObjectName(QStringLiteral("vouchButton"));
    m_vouch->setToolTip(tr("Vouch for the selected applicant, with a reason"));
    for (QPushButton *button : {m_approve, m_reject, m_ask, m_vouch})
        buttons->addWidget(button);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(m_approve, &QPushButton::clicked, this, &ApprovalQueueWidget::approveSelected);
    connect(m_reject, &QPushButton::clicked, this, &ApprovalQueueWidget::rejectSelected);
    connect(m_ask, &QPushButton::clicked, this, &ApprovalQueueWidget::askSelected);
    connect(m_vouch, &QPushButton::clicked, this, &ApprovalQueueWidget::vouchSelected);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setAccessibleName(tr("Error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_error->hide();
    layout->addWidget(m_error);

    connect(
        m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ApprovalQueueWidget::updateDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ApprovalQueueWidget::updateDetails);
    updateDetails();
}

QString ApprovalQueueWidget::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString ApprovalQueueWidget::selectedPersonId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(ApplicantsModel::PersonIdRole).toString();
}

void ApprovalQueueWidget::selectPerson(const QString &personId)
{
    const int row = m_model->rowOf(personId);
    if (row < 0) {
        m_view->clearSelection();
        return;
    }
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

bool ApprovalQueueWidget::decide(Admission::Decision decision, const QString &message)
{
    const QString personId = selectedPersonId();
    if (personId.isEmpty()) {
        showError(tr("Select an applicant in the list first."));
        return false;
    }
    if (auto status = m_device.admission().decide(personId, decision, message); !status) {
        showError(status.error().code == "forbidden"
                ? tr("Only admins decide on applications. You can vouch for an applicant instead.")
                : tr("The decision could not be saved: %1").arg(QString::fromStdString(status.error().message)));
        return false;
    }
    m_error->hide();
    return true;
}

void ApprovalQueueWidget::approveSelected()
{
    decide(Admission::Decision::Approve, {});
}

void ApprovalQueueWidget::rejectSelected()
{
    if (selectedPersonId().isEmpty()) {
        showError(tr("Select an applicant in the list first."));
        return;
    }
    const auto reason = m_prompts.text(
        this, tr("Reject application"), tr("Why is the application turned down? The applicant will read this reason."));
    if (!reason)
        return;
    if (reason->trimmed().isEmpty()) {
        showError(tr("Not rejected: a rejection needs a reason the applicant can read."));
        return;
    }
    decide(Admission::Decision::Reject, reason->trimmed());
}

void ApprovalQueueWidget::askSelected()
{
    if (selectedPersonId().isEmpty()) {
        showError(tr("Select an applicant in the list first."));
        return;
    }
    const auto question = m_prompts.text(this, tr("Ask for more information"),
        tr("What would you like to know? The applicant will read your question and can answer by editing "
           "their profile."));
    if (!question)
        return;
    if (question->trimmed().isEmpty()) {
        showError(tr("Nothing was asked: write the question first."));
        return;
    }
    decide(Admission::Decision::AskForInformation, question->trimmed());
}

void ApprovalQueueWidget::vouchSelected()
{
    const QString personId = selectedPersonId();
    if (personId.isEmpty()) {
        showError(tr("Select an applicant in the list first."));
        return;
    }
    QString why;
    if (!VouchDialog::canVouch(m_device, personId, &why)) {
        showError(why);
        return;
    }
    m_error->hide();
    VouchDialog dialog(m_device, personId, this);
    m_prompts.run(dialog);
}

void ApprovalQueueWidget::updateDetails()
{
    const int count = m_model->waitingCount();
    m_summary->setText(count == 0 ? tr("Nobody is waiting for a decision.")
                                  : tr("%n person(s) waiting for a decision. Decisions are saved on this computer "
                                       "and sent with the next sync.",
                                      nullptr, count));
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    const bool selected = !rows.isEmpty();
    const bool admin = m_store.principal().role == Role::Admin;
    m_approve->setEnabled(selected && admin);
    m_reject->setEnabled(selected && admin);
    m_ask->setEnabled(selected && admin);
    m_vouch->setEnabled(selected);
    if (!selected) {
        m_details->setText(count == 0 ? QString() : tr("Select someone to see what they wrote and who vouched."));
        return;
    }
    const QModelIndex index = rows.first();
    const QStringList vouches = index.data(ApplicantsModel::VouchesRole).toStringList();
    QStringList lines;
    lines
        << tr("%1 <%2>, applied %3")
               .arg(m_model->index(m_proxy->mapToSource(index).row(), ApplicantsModel::NameColumn).data().toString(),
                   index.data(ApplicantsModel::EmailRole).toString(),
                   m_model->index(m_proxy->mapToSource(index).row(), ApplicantsModel::AppliedColumn).data().toString());
    const QString about = index.data(ApplicantsModel::AboutRole).toString();
    lines << tr("About themselves: %1").arg(about.isEmpty() ? tr("(nothing written)") : about);
    const QString message = index.data(ApplicantsModel::MessageRole).toString();
    if (!message.isEmpty())
        lines << tr("Asked: %1").arg(message);
    lines << (vouches.isEmpty() ? tr("Nobody has vouched yet.") : tr("Vouches:\n%1").arg(vouches.join(u'\n')));
    m_details->setText(lines.join(u'\n'));
}

void ApprovalQueueWidget::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

} // namespace commonroom
