#pragma once

#include <QWidget>

class QTabWidget;

namespace commonroom {

class ApprovalQueueWidget;
class AuditLogWidget;
class Device;
class InvitationsWidget;
class Prompts;
class RolesWidget;

// The admins' dashboard: the approval queue, roles, invitations and the audit log, one tab each.
// Everything but the audit log works offline; decisions are sent with the next sync. Leaders see
// the approval queue (to vouch) and the invitations only.
class AdminDashboard : public QWidget
{
    Q_OBJECT

public:
    AdminDashboard(Device &device, Prompts &prompts, QWidget *parent = nullptr);

    ApprovalQueueWidget *approvalQueue() const { return m_queue; }
    RolesWidget *roles() const { return m_roles; }
    InvitationsWidget *invitations() const { return m_invitations; }
    // Null for leaders: only admins read the audit log.
    AuditLogWidget *auditLog() const { return m_audit; }
    QTabWidget *tabs() const { return m_tabs; }

private:
    QTabWidget *m_tabs;
    ApprovalQueueWidget *m_queue;
    RolesWidget *m_roles = nullptr;
    InvitationsWidget *m_invitations;
    AuditLogWidget *m_audit = nullptr;
};

} // namespace commonroom
