#pragma once

#include "desktop/core/AccountClient.h"

#include <QDialog>
#include <QJsonObject>

class QCheckBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace commonroom {

class LocalStore;
class MessageLabel;
class NewPasswordFields;

// "Apply to join": anyone with the server's address applies with a name, an email, a password,
// a few lines about themselves and their choice about community communications (the daemon
// records it with its time). The answer signs this device in as an applicant, who sees public
// data only until an admin approves (or enough members vouch).
//
// Opened from the sign-in dialog, with `api` already pointed at the trusted server.
class ApplyDialog : public QDialog
{
    Q_OBJECT

public:
    ApplyDialog(ApiClient &api, LocalStore &store, QWidget *parent = nullptr);

    // Fills the form (tests, and the email typed in the sign-in dialog).
    void setFields(const QString &name, const QString &email, const QString &about, bool consent);
    void setPasswords(const QString &password, const QString &repeat);

    QString email() const;
    // The daemon's answer (token, person_id, roles, expires_at) once accepted.
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
    QLineEdit *m_name;
    QLineEdit *m_email;
    QPlainTextEdit *m_about;
    QCheckBox *m_consent;
    NewPasswordFields *m_passwords;
    MessageLabel *m_message;
    QPushButton *m_submit;
    QJsonObject m_answer;
    bool m_busy = false;
};

} // namespace commonroom
