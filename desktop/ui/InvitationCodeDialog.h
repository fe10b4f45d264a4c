#pragma once

#include "desktop/core/AccountClient.h"

#include <QDialog>
#include <QJsonObject>

class QLineEdit;
class QPushButton;

namespace commonroom {

class LocalStore;
class MessageLabel;
class NewPasswordFields;

// "I have an invitation code": the person invited by a leader or an admin types the code from
// the mail, the invited address, a name and a password; the daemon creates an approved account
// (and the group membership the invitation names) and signs this device in.
//
// Opened from the sign-in dialog, with `api` already pointed at the trusted server.
class InvitationCodeDialog : public QDialog
{
    Q_OBJECT

public:
    InvitationCodeDialog(ApiClient &api, LocalStore &store, QWidget *parent = nullptr);

    void setFields(const QString &code, const QString &email, const QString &name);
    void setPasswords(const QString &password, const QString &repeat);

    QString email() const;
    QJsonObject loginAnswer() const { return m_answer; }
    QString errorText() const;
    bool isBusy() const { return m_busy; }

public Q_SLOTS:
    void submit();

private:
    void onFinished(AccountClient::Request request, const AccountResult &result);
    void setBusy(bool busy);

    LocalStore &m_store;
    AccountClient *m_client;
    QLineEdit *m_code;
    QLineEdit *m_email;
    QLineEdit *m_name;
    NewPasswordFields *m_passwords;
    MessageLabel *m_message;
    QPushButton *m_submit;
    QJsonObject m_answer;
    bool m_busy = false;
};

} // namespace commonroom
