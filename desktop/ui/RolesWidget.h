#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace commonroom {

class Device;
class LocalStore;
class RolesModel;

// Admins promote and demote people: member, leader, admin. A role change is an offline edit of
// the person, decided by the daemon. Demoting the last admin is refused here at once, and the
// daemon refuses it too (code last_admin) when another device demoted an admin meanwhile; that
// refusal is shown here as well as under Sync problems.
class RolesWidget : public QWidget
{
    Q_OBJECT

public:
    explicit RolesWidget(Device &device, QWidget *parent = nullptr);

    RolesModel *model() const { return m_model; }
    QString errorText() const;
    QString selectedPersonId() const;
    void selectPerson(const QString &personId);

public Q_SLOTS:
    // Gives the selected person `role` ("member", "leader" or "admin").
    bool setRole(const QString &role);

private:
    void updateState();
    void showError(const QString &message);

    Device &m_device;
    LocalStore &m_store;
    RolesModel *m_model;
    QLineEdit *m_search;
    QTableView *m_view;
    QLabel *m_error;
    QLabel *m_refusal;
    QPushButton *m_member;
    QPushButton *m_leader;
    QPushButton *m_admin;
};

} // namespace commonroom
