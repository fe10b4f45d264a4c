#pragma once

#include <QDialog>
#include <QUrl>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSslCertificate;

namespace commonroom {

class LocalStore;
class SyncEngine;

// Signs this device in: server address, email and password. The daemon usually has a
// self-signed certificate, so the first time the dialog shows its SHA-256 fingerprint and asks
// the user to accept it (to compare with what the daemon printed when it started); a server whose
// fingerprint is already pinned in the profile is trusted without asking.
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    // Asked to accept a server certificate: (dialog, server, fingerprint) -> accepted. Tests set
    // this to answer without a message box; by default a QMessageBox asks the user.
    using FingerprintPrompt = std::function<bool(QWidget *parent, const QUrl &server, const QString &fingerprint)>;
    static FingerprintPrompt fingerprintPrompt;

    static constexpr const char *kDefaultServer = "https://127.0.0.1:8443";

    LoginDialog(SyncEngine &engine, LocalStore &store, QWidget *parent = nullptr);

    // The message shown for the last failure, empty if none.
    QString errorText() const;
    bool isBusy() const { return m_busy; }

public Q_SLOTS:
    void signIn();

private:
    void onCertificateFetched(const QSslCertificate &certificate, const QString &error);
    void onLoginFinished(bool ok, const QString &message);
    bool askToTrust(const QString &fingerprint);
    void setBusy(bool busy, const QString &status = {});
    void showError(const QString &message);

    SyncEngine &m_engine;
    LocalStore &m_store;
    QLineEdit *m_server;
    QLineEdit *m_email;
    QLineEdit *m_password;
    QLabel *m_status;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QUrl m_pendingServer;
    bool m_busy = false;
    bool m_waitingForCertificate = false;
    bool m_waitingForLogin = false;
};

} // namespace commonroom
