#include "AuditLogWidget.h"

#include "desktop/models/AuditLogModel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace commonroom {

namespace {

const char *const kActions[] = {"login", "login_failed", "apply", "approve", "reject", "needs_info", "vouch",
    "role_change", "invite", "invitation_accepted", "device_revoked", "device_registered", "password_changed",
    "password_reset", "token_refreshed", "export", "erase"};

} // namespace

AuditLogWidget::AuditLogWidget(ApiClient &api, LocalStore &store, QWidget *parent)
    : QWidget(parent)
    , m_model(new AuditLogModel(api, store, this))
{
    setObjectName(QStringLiteral("auditLogWidget"));
    setAccessibleName(tr("Audit log"));

    auto *layout = new QVBoxLayout(this);
    auto *filters = new QHBoxLayout;
    m_action = new QComboBox(this);
    m_action->setObjectName(QStringLiteral("action"));
    m_action->setAccessibleName(tr("Action"));
    m_action->addItem(tr("Every action"), QString());
    for (const char *action : kActions)
        m_action->addItem(AuditLogModel::actionText(QString::fromLatin1(action)), QString::fromLatin1(action));
    m_actor = new QLineEdit(this);
    m_actor->setObjectName(QStringLiteral("actor"));
    m_actor->setAccessibleName(tr("Who acted (person id)"));
    m_actor->setPlaceholderText(tr("Who acted (person id)"));
    m_actor->setClearButtonEnabled(true);
    m_target = new QLineEdit(this);
    m_target->setObjectName(QStringLiteral("target"));
    m_target->setAccessibleName(tr("Concerning (person id)"));
    m_target->setPlaceholderText(tr("Concerning (person id)"));
    m_target->setClearButtonEnabled(true);
    auto *searchButton = new QPushButton(tr("&Search"), this);
    searchButton->setObjectName(QStringLiteral("searchButton"));
    searchButton->setToolTip(tr("Ask the server for the entries matching these filters"));
    filters->addWidget(m_action);
    filters->addWidget(m_actor, 1);
    filters->addWidget(m_target, 1);
    filters->addWidget(searchButton);
    layout->addLayout(filters);
    connect(searchButton, &QPushButton::clicked, this, &AuditLogWidget::search);
    connect(m_actor, &QLineEdit::returnPressed, this, &AuditLogWidget::search);
    connect(m_target, &QLineEdit::returnPressed, this, &AuditLogWidget::search);
    connect(m_action, &QComboBox::activated, this, &AuditLogWidget::search);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("auditView"));
    m_view->setAccessibleName(tr("Audit log entries, newest first"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_view, 1);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        m_actor->setText(index.data(AuditLogModel::ActorIdRole).toString());
        search();
    });

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setAccessibleName(tr("Status"));
    m_status->setWordWrap(true);
    m_status->setText(tr("Press Search to read the audit log from the server."));
    layout->addWidget(m_status);
    connect(m_model, &AuditLogModel::loaded, this, &AuditLogWidget::onLoaded);
}

QString AuditLogWidget::statusText() const
{
    return m_status->text();
}

void AuditLogWidget::setFilters(const QString &action, const QString &actorId, const QString &targetId)
{
    const int index = m_action->findData(action);
    m_action->setCurrentIndex(index < 0 ? 0 : index);
    m_actor->setText(actorId);
    m_target->setText(targetId);
}

void AuditLogWidget::search()
{
    AccountClient::AuditQuery query;
    query.action = m_action->currentData().toString();
    query.actorId = m_actor->text().trimmed();
    query.targetId = m_target->text().trimmed();
    m_status->setText(tr("Reading the audit log…"));
    m_model->search(query);
}

void AuditLogWidget::onLoaded(bool ok, const QString &message)
{
    if (!ok) {
        m_status->setText(tr("The audit log could not be read: %1").arg(message));
        return;
    }
    const int count = m_model->rowCount();
    m_status->setText(count == 0 ? tr("No entry matches these filters.")
                                 : tr("%n entry(ies), newest first. Scroll down for older ones.", nullptr, count));
}

} // namespace commonroom
