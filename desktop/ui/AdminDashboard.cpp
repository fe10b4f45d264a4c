#include "AdminDashboard.h"

#include "ApprovalQueueWidget.h"
#include "AuditLogWidget.h"
#include "InvitationsWidget.h"
#include "RolesWidget.h"
#include "desktop/core/LocalStore.h"
#include "desktop/core/SyncEngine.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace commonroom {

AdminDashboard::AdminDashboard(LocalStore &store, SyncEngine &engine, Prompts &prompts, QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_queue(new ApprovalQueueWidget(store, prompts, this))
    , m_invitations(new InvitationsWidget(store, this))
{
    setObjectName(QStringLiteral("adminDashboard"));
    setAccessibleName(tr("Admission and roles"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins({});
    m_tabs->setObjectName(QStringLiteral("adminTabs"));
    layout->addWidget(m_tabs);

    const bool admin = store.principal().role == Role::Admin;
    m_tabs->addTab(m_queue, tr("&Applications"));
    if (admin) {
        m_roles = new RolesWidget(store, this);
        m_tabs->addTab(m_roles, tr("&Roles"));
    }
    m_tabs->addTab(m_invitations, tr("&Invitations"));
    if (admin) {
        m_audit = new AuditLogWidget(engine.api(), store, this);
        m_tabs->addTab(m_audit, tr("Au&dit log"));
    }
}

} // namespace commonroom
