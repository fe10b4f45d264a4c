#pragma once

#include "desktop/core/AccountClient.h"

#include "common/Clock.h"

#include <QDialog>
#include <QStringList>

class QLineEdit;
class QPushButton;

namespace commonroom {

class MessageLabel;

// "Export my data": everything the community holds about the person signed in, as the daemon
// gathers it (online), saved into a folder as a JSON document and a vCard. Existing files are
// never overwritten: a new export gets a new name, dated by the device's clock.
class ExportMyDataDialog : public QDialog
{
    Q_OBJECT

public:
    ExportMyDataDialog(ApiClient &api, const Clock &clock, QWidget *parent = nullptr);

    void setFolder(const QString &folder);
    QString folder() const;
    // The files written by the last export.
    QStringList writtenFiles() const { return m_written; }
    QString messageText() const;
    bool isError() const;
    bool isBusy() const { return m_busy; }

public Q_SLOTS:
    void exportData();

private:
    void onFinished(AccountClient::Request request, const AccountResult &result);
    bool write(const QByteArray &data, const QString &suffix);
    void setBusy(bool busy);

    const Clock &m_clock;
    AccountClient *m_client;
    QLineEdit *m_folder;
    QPushButton *m_export;
    MessageLabel *m_message;
    QByteArray m_json;
    QStringList m_written;
    bool m_busy = false;
};

} // namespace commonroom
