#pragma once

#include "desktop/core/AccountClient.h"

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace commonroom {

class MessageLabel;
class NewPasswordFields;

// "Forgot password": first the daemon mails a code to the address (it answers the same whether
// or not an account exists, so nobody can probe for members), then the code and a new password
// set it. Every session of the account ends; the person then signs in with the new password.
//
// Opened from the sign-in dialog, with `api` already pointed at the trusted server.
class ForgotPasswordDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ForgotPasswordDialog(ApiClient &api, QWidget *parent = nullptr);

    void setEmail(const QString &email);
    QString email() const;
    void setCode(const QString &code);
    void setPasswords(const QString &password, const QString &repeat);
    // The message shown (an error, or what happened), empty if none.
    QString messageText() const;
    bool isError() const;
    bool isBusy() const { return m_busy; }
    // The code was mailed (the second step is open).
    bool codeRequested() const { return m_codeRequested; }

public Q_SLOTS:
    void requestCode();
    void resetPassword();

private:
    void onFinished(AccountClient::Request request, const AccountResult &result);
    void setBusy(bool busy);

    AccountClient *m_client;
    QLineEdit *m_email;
    QPushButton *m_send;
    QLineEdit *m_code;
    NewPasswordFields *m_passwords;
    QPushButton *m_reset;
    MessageLabel *m_message;
    bool m_busy = false;
    bool m_codeRequested = false;
};

} // namespace commonroom
