#pragma once

#include "desktop/core/AccountClient.h"

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace commonroom {

class MessageLabel;
class NewPasswordFields;

// Changes the password of the person signed in (online: the daemon checks the current one).
// The account's other devices are signed out; this one stays signed in.
class ChangePasswordDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ChangePasswordDialog(ApiClient &api, QWidget *parent = nullptr);

    void setPasswords(const QString &current, const QString &password, const QString &repeat);
    QString errorText() const;
    bool isBusy() const { return m_busy; }

public Q_SLOTS:
    void submit();

private:
    void onFinished(AccountClient::Request request, const AccountResult &result);

    AccountClient *m_client;
    QLineEdit *m_current;
    NewPasswordFields *m_passwords;
    MessageLabel *m_message;
    QPushButton *m_submit;
    bool m_busy = false;
};

} // namespace commonroom
