#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace commonroom {

class ApiClient;
class AuditLogModel;
class LocalStore;

// Admins browse the daemon's audit log, newest first, filtered by action, by who acted and by
// whom it concerned. Online only: the log stays on the daemon. Double-clicking an entry filters
// by the person who acted.
class AuditLogWidget : public QWidget
{
    Q_OBJECT

public:
    AuditLogWidget(ApiClient &api, LocalStore &store, QWidget *parent = nullptr);

    AuditLogModel *model() const { return m_model; }
    QString statusText() const;
    void setFilters(const QString &action, const QString &actorId, const QString &targetId);

public Q_SLOTS:
    void search();

private:
    void onLoaded(bool ok, const QString &message);

    AuditLogModel *m_model;
    QComboBox *m_action;
    QLineEdit *m_actor;
    QLineEdit *m_target;
    QTableView *m_view;
    QLabel *m_status;
};

} // namespace commonroom
