#include "DevicesDialog.h"

#include "MessageLabel.h"
#include "Prompts.h"
#include "desktop/core/LocalStore.h"
#include "desktop/models/DevicesModel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace commonroom {

DevicesDialog::DevicesDialog(ApiClient &api, LocalStore &store, Prompts &prompts, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_prompts(prompts)
    , m_client(new AccountClient(api, this))
    , m_model(new DevicesModel(this))
{
    setWindowTitle(tr("My devices"));
    setAccessibleName(windowTitle());
    setObjectName(QStringLiteral("devicesDialog"));

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The computers signed in to your account. Revoke one you no longer use or have lost: "
                                "it is signed out and erases its copy of the community when it next connects."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("devicesView"));
    m_view->setAccessibleName(tr("Devices signed in to your account"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_view, 1);

    m_message = new MessageLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_revoke = buttons->addButton(tr("&Revoke…"), QDialogButtonBox::ActionRole);
    m_revoke->setObjectName(QStringLiteral("revokeButton"));
    QPushButton *refreshButton = buttons->addButton(tr("Re&fresh"), QDialogButtonBox::ActionRole);
    refreshButton->setObjectName(QStringLiteral("refreshButton"));
    connect(m_revoke, &QPushButton::clicked, this, &DevicesDialog::revokeSelected);
    connect(refreshButton, &QPushButton::clicked, this, &DevicesDialog::refresh);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_client, &AccountClient::finished, this, &DevicesDialog::onFinished);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DevicesDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DevicesDialog::updateButtons);
    updateButtons();
    resize(560, 320);
    refresh();
}

QString DevicesDialog::messageText() const
{
    return m_message->message();
}

bool DevicesDialog::isError() const
{
    return m_message->isError() && !m_message->message().isEmpty();
}

void DevicesDialog::selectDevice(const QString &deviceId)
{
    const int row = m_model->rowOf(deviceId);
    if (row < 0) {
        m_view->clearSelection();
        return;
    }
    m_view->selectionModel()->select(
        m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void DevicesDialog::refresh()
{
    if (m_busy)
        return;
    m_busy = true;
    updateButtons();
    m_message->showInfo(tr("Asking the server…"));
    m_client->listDevices();
}

void DevicesDialog::revokeSelected()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty() || m_busy)
        return;
    const QModelIndex index = rows.first();
    if (index.data(DevicesModel::RevokedRole).toBool()) {
        m_message->showError(tr("This device is already revoked."));
        return;
    }
    const bool thisDevice = index.data(DevicesModel::ThisDeviceRole).toBool();
    const QString name = index.data().toString();
    const QString question = thisDevice
        ? tr("Revoke this computer? It is signed out, and its copy of the community — with any change not yet "
             "synced — is erased at the next sync.")
        : tr("Revoke %1? It is signed out and erases its copy of the community when it next connects. This "
             "cannot be undone; signing in again on it makes it a new device.")
              .arg(name);
    Prompts::Question revoke;
    revoke.title = tr("Revoke device");
    revoke.text = question;
    revoke.yes = tr("&Revoke");
    revoke.tone = Prompts::Question::Tone::Destructive;
    if (!m_prompts.confirm(this, revoke))
        return;
    m_busy = true;
    m_revokingThisDevice = thisDevice;
    updateButtons();
    m_message->showInfo(tr("Revoking…"));
    m_client->revokeDevice(index.data(DevicesModel::DeviceIdRole).toString());
}

void DevicesDialog::onFinished(AccountClient::Request request, const AccountResult &result)
{
    if (request != AccountClient::Request::ListDevices && request != AccountClient::Request::RevokeDevice)
        return;
    m_busy = false;
    updateButtons();
    if (!result.ok) {
        m_message->showError(request == AccountClient::Request::ListDevices
                ? tr("The list of devices could not be read: %1").arg(result.message)
                : tr("The device was not revoked: %1").arg(result.message));
        return;
    }
    if (request == AccountClient::Request::RevokeDevice) {
        if (m_revokingThisDevice) {
            // The daemon no longer answers this device's session: nothing more to list.
            m_revoke->setEnabled(false);
            m_message->showInfo(tr("This computer is revoked. At its next sync it signs out and erases its copy of "
                                   "the community."));
            return;
        }
        refresh();
        return;
    }
    m_model->setDevices(result.json.value(QStringLiteral("devices")).toArray(), m_store.siteId());
    m_message->clearMessage();
}

void DevicesDialog::updateButtons()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    m_revoke->setEnabled(!m_busy && !rows.isEmpty() && !rows.first().data(DevicesModel::RevokedRole).toBool());
}

} // namespace commonroom
