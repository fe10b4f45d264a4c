#include "AdminDashboard.h"

#include "ApprovalQueueWidget.h"
#include "AuditLogWidget.h"
#include "InvitationsWidget.h"
#include "RolesWidget.h"

#include "desktop/core/Device.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace commonroom {

AdminDashboard::AdminDashboard(Device &device, Prompts &prompts, QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_queue(new ApprovalQueueWidget(device, prompts, this))
    , m_invitations(new InvitationsWidget(device, this))
{
    setObjectName(QStringLiteral("adminDashboard"));
    setAccessibleName(tr("Admission and roles"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins({});
    m_tabs->setObjectName(QStringLiteral("adminTabs"));
    layout->addWidget(m_tabs);

    const bool admin = device.store().principal().role == Role::Admin;
    m_tabs->addTab(m_queue, tr("&Applications"));
    if (admin) {
        m_roles = new RolesWidget(device, this);
        m_tabs->addTab(m_roles, tr("&Roles"));
    }
    m_tabs->addTab(m_invitations, tr("&Invitations"));
    if (admin) {
        m_audit = new AuditLogWidget(device.api(), device.store(), this);
        m_tabs->addTab(m_audit, tr("Au&dit log"));
    }
}

} // namespace commonroom
