#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace commonroom {

class Device;
class InvitationsModel;
class LocalStore;

// Leaders and admins invite an email address into the community or into a group, and see the
// invitations sent. An invitation is an offline edit (a new invitation row); the daemon draws
// the code and mails it when the row arrives, and accepting the code creates an approved account.
class InvitationsWidget : public QWidget
{
    Q_OBJECT

public:
    explicit InvitationsWidget(Device &device, QWidget *parent = nullptr);

    InvitationsModel *model() const { return m_model; }
    QString errorText() const;
    QString statusText() const;

    // Fills the form (for tests and for "invite into this group" from a group's page).
    void setEmail(const QString &email);
    void setGroup(const QString &groupId);

public Q_SLOTS:
    // Saves an invitation for the address in the form; returns false with a message when not.
    bool invite();

private:
    void showError(const QString &message);
    void reloadGroups();

    Device &m_device;
    LocalStore &m_store;
    InvitationsModel *m_model;
    QStandardItemModel *m_groups; // name, id
    QLineEdit *m_email;
    QCheckBox *m_intoGroup;
    QComboBox *m_group;
    QPushButton *m_invite;
    QTableView *m_view;
    QLabel *m_error;
    QLabel *m_status;
};

} // namespace commonroom
