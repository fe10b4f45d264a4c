#pragma once

#include "desktop/core/AccountClient.h"

#include <QDialog>

class QPushButton;
class QTableView;

namespace commonroom {

class DevicesModel;
class LocalStore;
class MessageLabel;
class Prompts;

// "My devices": the computers signed in to the person's account (online), and revoking one
// after confirmation — a lost laptop, say. A revoked device is refused by the daemon and erases
// its copy of the community the next time it syncs.
class DevicesDialog : public QDialog
{
    Q_OBJECT

public:
    // Revoking is confirmed through `prompts`.
    DevicesDialog(ApiClient &api, LocalStore &store, Prompts &prompts, QWidget *parent = nullptr);

    DevicesModel *model() const { return m_model; }
    QString messageText() const;
    bool isError() const;
    bool isBusy() const { return m_busy; }
    void selectDevice(const QString &deviceId);

public Q_SLOTS:
    void refresh();
    void revokeSelected();

private:
    void onFinished(AccountClient::Request request, const AccountResult &result);
    void updateButtons();

    LocalStore &m_store;
    Prompts &m_prompts;
    AccountClient *m_client;
    DevicesModel *m_model;
    QTableView *m_view;
    QPushButton *m_revoke;
    MessageLabel *m_message;
    bool m_busy = false;
    bool m_revokingThisDevice = false;
};

} // namespace commonroom
