#include "LoginDialog.h"

#include "ApplyDialog.h"
#include "ForgotPasswordDialog.h"
#include "InvitationCodeDialog.h"
#include "Prompts.h"
#include "common/EmailAddress.h"
#include "desktop/core/ApiClient.h"
#include "desktop/core/LocalStore.h"
#include "desktop/core/SyncEngine.h"
#include "desktop/core/TokenStore.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSslCertificate>
#include <QVBoxLayout>

namespace commonroom {

LoginDialog::LoginDialog(SyncEngine &engine, LocalStore &store, Prompts &prompts, QWidget *parent)
    : QDialog(parent)
    , m_engine(engine)
    , m_store(store)
    , m_prompts(prompts)
{
    setWindowTitle(tr("Sign in to Commonroom"));
    setAccessibleName(windowTitle());
    setObjectName(QStringLiteral("loginDialog"));

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Sign in once to copy your community to this computer. Afterwards Commonroom works "
                                "without a connection and syncs when the server is reachable."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    const QString savedServer = m_store.setting(QStringLiteral("server_url"));
    m_server = new QLineEdit(savedServer.isEmpty() ? QString::fromLatin1(kDefaultServer) : savedServer, this);
    m_server->setObjectName(QStringLiteral("server"));
    m_server->setAccessibleName(tr("Server address"));
    m_server->setInputMethodHints(Qt::ImhUrlCharactersOnly);
    m_email = new QLineEdit(m_store.setting(QStringLiteral("email")), this);
    m_email->setObjectName(QStringLiteral("email"));
    m_email->setAccessibleName(tr("Email"));
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Server:"), m_server);
    form->addRow(tr("&Email:"), m_email);
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);

    auto *accountRow = new QHBoxLayout;
    const std::tuple<QString, QString, QString, void (LoginDialog::*)()> accountActions[] = {
        {tr("&Apply to join…"), QStringLiteral("applyButton"),
            tr("New here? Ask the community to let you in (an admin or members who know you decide)"),
            &LoginDialog::applyToJoin},
        {tr("I have an in&vitation code…"), QStringLiteral("invitationButton"),
            tr("Create your account with the code from your invitation mail"), &LoginDialog::acceptInvitation},
        {tr("&Forgot password…"), QStringLiteral("forgotButton"), tr("Get a code by email and choose a new password"),
            &LoginDialog::forgotPassword},
    };
    for (const auto &[text, name, tip, slot] : accountActions) {
        auto *button = new QPushButton(text, this);
        button->setObjectName(name);
        button->setToolTip(tip);
        button->setAutoDefault(false);
        connect(button, &QPushButton::clicked, this, slot);
        accountRow->addWidget(button);
        m_accountButtons << button;
    }
    accountRow->addStretch(1);
    layout->addLayout(accountRow);

    // Where no keychain answers, whether the session may be kept in a file is a box to tick here,
    // not another dialog; the keychain's own words (a D-Bus error, a missing program) are for
    // whoever helps, in the tooltip.
    TokenStore &tokens = m_engine.tokens();
    m_keepInFile = new QCheckBox(tr("&Keep me signed in on this computer"), this);
    m_keepInFile->setObjectName(QStringLiteral("keepInFile"));
    m_keepInFile->setChecked(tokens.fileFallback() == TokenStore::FileFallback::Allowed);
    m_tokenPlace = new QLabel(this);
    m_tokenPlace->setObjectName(QStringLiteral("tokenPlaceLabel"));
    m_tokenPlace->setAccessibleName(tr("Where your session is kept"));
    m_tokenPlace->setWordWrap(true);
    m_tokenPlace->setTextFormat(Qt::PlainText);
    if (!tokens.keychainAvailable()) {
        m_tokenPlace->setText(tr("No system keychain (such as GNOME Keyring or KWallet) answers here. Ticked, your "
                                 "session is kept in %1, readable only by your user account: anyone who can read your "
                                 "files (a backup, an administrator) could act as you until you sign out. Unticked, "
                                 "you sign in each time you start Commonroom.")
                                 .arg(QDir::toNativeSeparators(tokens.filePath())));
        const QString why = tr("The keychain said: %1").arg(tokens.keychainError());
        m_tokenPlace->setToolTip(why);
        m_keepInFile->setToolTip(why);
        m_keepInFile->setAccessibleDescription(m_tokenPlace->text());
        QFont small = m_tokenPlace->font();
        small.setPointSizeF(small.pointSizeF() * 0.9);
        m_tokenPlace->setFont(small);
    } else {
        m_keepInFile->hide();
        m_tokenPlace->hide();
    }
    layout->addWidget(m_keepInFile);
    layout->addWidget(m_tokenPlace);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setAccessibleName(tr("Error"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_error->hide();
    layout->addWidget(m_error);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setAccessibleName(tr("Progress"));
    m_status->hide();
    layout->addWidget(m_status);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *signInButton = m_buttons->addButton(tr("Sign &in"), QDialogButtonBox::AcceptRole);
    signInButton->setObjectName(QStringLiteral("signInButton"));
    signInButton->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LoginDialog::signIn);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    setTabOrder(m_server, m_email);
    setTabOrder(m_email, m_password);
    setTabOrder(m_password, m_keepInFile);
    setTabOrder(m_keepInFile, m_buttons);

    connect(&m_engine.api(), &ApiClient::certificateFetched, this, &LoginDialog::onCertificateFetched);
    connect(&m_engine, &SyncEngine::loginFinished, this, &LoginDialog::onLoginFinished);

    (m_email->text().isEmpty() ? m_email : m_password)->setFocus();
    resize(460, sizeHint().height());
}

QString LoginDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

bool LoginDialog::contactServer(Action action)
{
    const QUrl server = QUrl::fromUserInput(m_server->text().trimmed());
    if (m_server->text().trimmed().isEmpty() || !server.isValid() || server.host().isEmpty()) {
        showError(tr("Enter the address of your community's server, for example %1.")
                      .arg(QString::fromLatin1(kDefaultServer)));
        m_server->setFocus();
        return false;
    }
    if (server.scheme() != QLatin1String("https")) {
        showError(tr("The server address must start with https:// so that your password travels encrypted."));
        m_server->setFocus();
        return false;
    }
    applyTokenPlace();
    m_error->hide();
    m_pendingServer = server;
    m_pendingAction = action;
    m_waitingForCertificate = true;
    setBusy(true, tr("Contacting %1…").arg(server.host()));
    m_engine.api().fetchCertificate(server);
    return true;
}

void LoginDialog::applyToJoin()
{
    if (!m_busy)
        contactServer(Action::Apply);
}

void LoginDialog::acceptInvitation()
{
    if (!m_busy)
        contactServer(Action::AcceptInvitation);
}

void LoginDialog::forgotPassword()
{
    if (!m_busy)
        contactServer(Action::ForgotPassword);
}

void LoginDialog::applyTokenPlace()
{
    TokenStore &tokens = m_engine.tokens();
    if (tokens.keychainAvailable())
        return;
    tokens.setFileFallback(
        m_keepInFile->isChecked() ? TokenStore::FileFallback::Allowed : TokenStore::FileFallback::Refused);
}

void LoginDialog::signIn()
{
    if (m_busy)
        return;
    const QString email = m_email->text().trimmed();
    if (!checkEmail(email.toStdString())) {
        showError(tr("Enter the email address you registered with."));
        m_email->setFocus();
        return;
    }
    if (m_password->text().isEmpty()) {
        showError(tr("Enter your password."));
        m_password->setFocus();
        return;
    }
    contactServer(Action::SignIn);
}

void LoginDialog::onCertificateFetched(const QSslCertificate &certificate, const QString &error)
{
    if (!m_waitingForCertificate)
        return;
    m_waitingForCertificate = false;
    if (!error.isEmpty() || certificate.isNull()) {
        setBusy(false);
        showError(error.isEmpty()
                ? tr("The server at %1 did not present a certificate.").arg(m_pendingServer.toString())
                : error);
        return;
    }
    const QString fingerprint = ApiClient::fingerprint(certificate);
    const QString pinned = m_store.setting(QStringLiteral("fingerprint"));
    const bool alreadyTrusted = !pinned.isEmpty() && pinned.compare(fingerprint, Qt::CaseInsensitive) == 0;
    if (!alreadyTrusted && !askToTrust(fingerprint)) {
        setBusy(false);
        showError(tr("Not signed in: you did not accept the server's certificate."));
        return;
    }
    continueWithTrustedServer(fingerprint);
}

void LoginDialog::continueWithTrustedServer(const QString &fingerprint)
{
    if (m_pendingAction != Action::SignIn) {
        // Not from inside the certificate check's network reply: its connection is still being
        // closed, and a dialog's event loop running in its handler would disturb the next request.
        QMetaObject::invokeMethod(
            this,
            [this, fingerprint] {
                setBusy(false);
                runAccountDialog(fingerprint);
            },
            Qt::QueuedConnection);
        return;
    }
    m_waitingForLogin = true;
    setBusy(true, tr("Signing in…"));
    m_engine.login(m_pendingServer, fingerprint, m_email->text().trimmed(), m_password->text());
}

void LoginDialog::runAccountDialog(const QString &fingerprint)
{
    ApiClient &api = m_engine.api();
    api.setServer(m_pendingServer, fingerprint);
    QJsonObject answer;
    QString email;
    switch (m_pendingAction) {
    case Action::Apply: {
        ApplyDialog dialog(api, m_store, this);
        dialog.setFields({}, m_email->text().trimmed(), {}, false);
        if (m_prompts.run(dialog) != QDialog::Accepted)
            return;
        answer = dialog.loginAnswer();
        email = dialog.email();
        break;
    }
    case Action::AcceptInvitation: {
        InvitationCodeDialog dialog(api, m_store, this);
        dialog.setFields({}, m_email->text().trimmed(), {});
        if (m_prompts.run(dialog) != QDialog::Accepted)
            return;
        answer = dialog.loginAnswer();
        email = dialog.email();
        break;
    }
    case Action::ForgotPassword: {
        ForgotPasswordDialog dialog(api, this);
        dialog.setEmail(m_email->text().trimmed());
        if (m_prompts.run(dialog) != QDialog::Accepted)
            return;
        m_email->setText(dialog.email());
        m_password->clear();
        m_password->setFocus();
        m_status->setText(tr("Your password was changed. Sign in with the new one."));
        m_status->show();
        return;
    }
    case Action::SignIn:
        return;
    }
    auto login = protocol::fromJson<protocol::LoginResponse>(QJsonDocument(answer).toJson().toStdString());
    if (!login) {
        showError(tr("The server's answer could not be read: %1").arg(QString::fromStdString(login.error().message)));
        return;
    }
    if (const Status started = m_engine.startSession(m_pendingServer, fingerprint, email, *login); !started) {
        showError(QString::fromStdString(started.error().message));
        return;
    }
    m_password->clear();
    accept();
}

void LoginDialog::onLoginFinished(bool ok, const QString &message)
{
    if (!m_waitingForLogin)
        return;
    m_waitingForLogin = false;
    setBusy(false);
    if (ok) {
        m_password->clear();
        accept();
        return;
    }
    showError(message.isEmpty() ? tr("Signing in failed.") : message);
}

QString LoginDialog::fingerprintLines(const QString &fingerprint)
{
    // Eight bytes a line, so that no line breaks inside a byte and each can be read aloud and
    // compared on its own.
    const QStringList bytes = fingerprint.split(QLatin1Char(':'));
    QStringList lines;
    for (qsizetype at = 0; at < bytes.size(); at += 8)
        lines << bytes.mid(at, 8).join(QLatin1Char(':'));
    return lines.join(QLatin1Char('\n'));
}

bool LoginDialog::askToTrust(const QString &fingerprint)
{
    Prompts::Question trust;
    trust.title = tr("Trust this server?");
    trust.text = tr("This is the first time this computer connects to %1.").arg(m_pendingServer.host());
    trust.details = tr("Compare this fingerprint with the one your server administrator gave you (the "
                       "server prints it when it starts):\n\n%1\n\nTrust the server only if they are the "
                       "same. Commonroom remembers your answer.")
                        .arg(fingerprintLines(fingerprint));
    trust.yes = tr("&Trust");
    return m_prompts.confirm(this, trust);
}

void LoginDialog::setBusy(bool busy, const QString &status)
{
    m_busy = busy;
    m_server->setEnabled(!busy);
    m_email->setEnabled(!busy);
    m_password->setEnabled(!busy);
    m_keepInFile->setEnabled(!busy);
    for (QAbstractButton *button : m_buttons->buttons()) {
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(!busy);
    }
    for (QPushButton *button : std::as_const(m_accountButtons))
        button->setEnabled(!busy);
    m_status->setText(status);
    m_status->setVisible(busy && !status.isEmpty());
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
}

void LoginDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

} // namespace commonroom
