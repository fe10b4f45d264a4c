#include "RolesWidget.h"
#include "ColumnSizing.h"

#include "desktop/core/Device.h"
#include "desktop/core/LocalStore.h"
#include "desktop/models/RolesModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace commonroom {

RolesWidget::RolesWidget(Device &device, QWidget *parent)
    : QWidget(parent)
    , m_device(device)
    , m_store(device.store())
    , m_model(new RolesModel(device, this))
{
    setObjectName(QStringLiteral("rolesWidget"));
    setAccessibleName(tr("Roles"));

    auto *layout = new QVBoxLayout(this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setAccessibleName(tr("Find a person by name or email"));
    m_search->setPlaceholderText(tr("Find a person by name or email (empty: leaders and admins)"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_model, &RolesModel::setFilter);
    layout->addWidget(m_search);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("rolesView"));
    m_view->setAccessibleName(tr("People and their roles"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    sizeColumnsToContents(m_view, RolesModel::EmailColumn);
    layout->addWidget(m_view, 1);

    auto *buttons = new QHBoxLayout;
    m_member = new QPushButton(tr("Make &member"), this);
    m_member->setObjectName(QStringLiteral("memberButton"));
    m_leader = new QPushButton(tr("Make &leader"), this);
    m_leader->setObjectName(QStringLiteral("leaderButton"));
    m_admin = new QPushButton(tr("Make a&dmin"), this);
    m_admin->setObjectName(QStringLiteral("adminButton"));
    for (QPushButton *button : {m_member, m_leader, m_admin})
        buttons->addWidget(button);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(m_member, &QPushButton::clicked, this, [this] { setRole(QStringLiteral("member")); });
    connect(m_leader, &QPushButton::clicked, this, [this] { setRole(QStringLiteral("leader")); });
    connect(m_admin, &QPushButton::clicked, this, [this] { setRole(QStringLiteral("admin")); });

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setAccessibleName(tr("Error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_error->hide();
    layout->addWidget(m_error);

    m_refusal = new QLabel(this);
    m_refusal->setObjectName(QStringLiteral("refusalLabel"));
    m_refusal->setAccessibleName(tr("Refused by the server"));
    m_refusal->setWordWrap(true);
    m_refusal->hide();
    layout->addWidget(m_refusal);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RolesWidget::updateState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RolesWidget::updateState);
    updateState();
}

QString RolesWidget::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString RolesWidget::selectedPersonId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(RolesModel::PersonIdRole).toString();
}

void RolesWidget::selectPerson(const QString &personId)
{
    const int row = m_model->rowOf(personId);
    if (row < 0) {
        m_view->clearSelection();
        return;
    }
    m_view->selectionModel()->select(
        m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

bool RolesWidget::setRole(const QString &role)
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        showError(tr("Select a person in the list first."));
        return false;
    }
    const QString personId = rows.first().data(RolesModel::PersonIdRole).toString();
    const QString current = rows.first().data(RolesModel::RoleNameRole).toString();
    const QString name = m_model->index(rows.first().row(), RolesModel::NameColumn).data().toString();
    if (current == role) {
        showError(tr("%1 is already %2.").arg(name, RolesModel::roleText(role).toLower()));
        return false;
    }
    if (auto status = m_device.admission().setRole(personId, role); !status) {
        const std::string &code = status.error().code;
        showError(code == "forbidden" ? tr("Only admins change roles.")
                : code == "last_admin"
                ? tr("%1 is the last admin, and a community always keeps at least one. Make someone else an admin "
                     "first, then change %1's role.")
                      .arg(name)
                : tr("The role could not be changed: %1").arg(QString::fromStdString(status.error().message)));
        return false;
    }
    m_error->hide();
    selectPerson(personId);
    return true;
}

void RolesWidget::updateState()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    const bool admin = m_store.principal().role == Role::Admin;
    const QString current = rows.isEmpty() ? QString() : rows.first().data(RolesModel::RoleNameRole).toString();
    m_member->setEnabled(admin && !rows.isEmpty() && current != QLatin1String("member"));
    m_leader->setEnabled(admin && !rows.isEmpty() && current != QLatin1String("leader"));
    m_admin->setEnabled(admin && !rows.isEmpty() && current != QLatin1String("admin"));

    // The daemon's word on the last role change it refused because of the last-admin rule.
    QString refusal;
    for (const SyncProblem &problem : m_store.syncProblems()) {
        if (problem.table == QLatin1String("person") && problem.code == QLatin1String("last_admin"))
            refusal = problem.message;
    }
    m_refusal->setText(refusal.isEmpty() ? QString() : tr("The server refused a role change: %1").arg(refusal));
    m_refusal->setVisible(!refusal.isEmpty());
}

void RolesWidget::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

} // namespace commonroom
