#pragma once

#include "desktop/core/AccountClient.h"

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace commonroom {

class LocalStore;
class MessageLabel;

// An admin erases a person on their request (online): profile, memberships, vouches, account
// and devices. It cannot be undone, so the admin confirms by typing the person's name, and gives
// the reason recorded in the audit log. Every device drops the person at its next sync.
class ErasePersonDialog : public QDialog
{
    Q_OBJECT

public:
    ErasePersonDialog(ApiClient &api, LocalStore &store, const QString &personId, QWidget *parent = nullptr);

    QString personName() const { return m_name; }
    void setReason(const QString &reason);
    void setConfirmation(const QString &typedName);
    bool canErase() const;
    QString messageText() const;
    bool isError() const;
    bool isBusy() const { return m_busy; }

public Q_SLOTS:
    void erase();

private:
    void onFinished(AccountClient::Request request, const AccountResult &result);
    void updateButton();

    LocalStore &m_store;
    AccountClient *m_client;
    QString m_personId;
    QString m_name;
    QPlainTextEdit *m_reason;
    QLineEdit *m_confirmation;
    QPushButton *m_erase;
    MessageLabel *m_message;
    bool m_busy = false;
};

} // namespace commonroom
