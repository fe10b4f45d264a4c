#pragma once

#include <QDialog>
#include <QUrl>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QLineEdit;
class QSslCertificate;

namespace commonroom {

class LocalStore;
class Prompts;
class SyncEngine;

// Signs this device in: server address, email and password. The daemon usually has a
// self-signed certificate, so the first time the dialog shows its SHA-256 fingerprint and asks
// the user to accept it (to compare with what the daemon printed when it started); a server whose
// fingerprint is already pinned in the profile is trusted without asking.
//
// From here a newcomer applies to join, an invited person accepts their invitation code, and
// someone who forgot their password resets it; each first trusts the server the same way. Where
// no system keychain is available a box in the dialog says whether the session may be kept in a
// file readable only by the user (unticked, it is kept until the program quits).
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr const char *kDefaultServer = "https://127.0.0.1:8443";

    // Trusting a server and the dialogs opened from here (apply,
    // invitation, forgot password) are asked and run through `prompts`.
    LoginDialog(SyncEngine &engine, LocalStore &store, Prompts &prompts, QWidget *parent = nullptr);

    // A certificate's fingerprint ("AB:CD:…") as it is shown to compare: eight bytes a line.
    static QString fingerprintLines(const QString &fingerprint);

    // The message shown for the last failure, empty if none.
    QString errorText() const;
    bool isBusy() const { return m_busy; }

public Q_SLOTS:
    void signIn();
    void applyToJoin();
    void acceptInvitation();
    void forgotPassword();

private:
    enum class Action { SignIn, Apply, AcceptInvitation, ForgotPassword };
    // Checks the server address and asks for its certificate; `action` continues once trusted.
    bool contactServer(Action action);
    void continueWithTrustedServer(const QString &fingerprint);
    void runAccountDialog(const QString &fingerprint);
    // Where no keychain answers, tells the token store what the "keep me signed in" box says.
    void applyTokenPlace();
    void onCertificateFetched(const QSslCertificate &certificate, const QString &error);
    void onLoginFinished(bool ok, const QString &message);
    bool askToTrust(const QString &fingerprint);
    void setBusy(bool busy, const QString &status = {});
    void showError(const QString &message);

    SyncEngine &m_engine;
    LocalStore &m_store;
    Prompts &m_prompts;
    QLineEdit *m_server;
    QLineEdit *m_email;
    QLineEdit *m_password;
    QLabel *m_status;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QList<QPushButton *> m_accountButtons;
    QCheckBox *m_keepInFile;
    QLabel *m_tokenPlace;
    QUrl m_pendingServer;
    Action m_pendingAction = Action::SignIn;
    bool m_busy = false;
    bool m_waitingForCertificate = false;
    bool m_waitingForLogin = false;
};

} // namespace commonroom
