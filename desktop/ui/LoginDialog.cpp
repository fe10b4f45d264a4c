#include "LoginDialog.h"

#include "desktop/core/ApiClient.h"
#include "desktop/core/LocalStore.h"
#include "desktop/core/SyncEngine.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSslCertificate>
#include <QVBoxLayout>

namespace commonroom {

LoginDialog::FingerprintPrompt LoginDialog::fingerprintPrompt;

LoginDialog::LoginDialog(SyncEngine &engine, LocalStore &store, QWidget *parent)
    : QDialog(parent)
    , m_engine(engine)
    , m_store(store)
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
    setTabOrder(m_password, m_buttons);

    connect(&m_engine.api(), &ApiClient::certificateFetched, this, &LoginDialog::onCertificateFetched);
    connect(&m_engine, &SyncEngine::loginFinished, this, &LoginDialog::onLoginFinished);

    (m_email->text().isEmpty() ? m_email : m_password)->setFocus();
    resize(460, sizeHint().height());
}

QString LoginDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void LoginDialog::signIn()
{
    if (m_busy)
        return;
    const QUrl server = QUrl::fromUserInput(m_server->text().trimmed());
    if (m_server->text().trimmed().isEmpty() || !server.isValid() || server.host().isEmpty()) {
        showError(tr("Enter the address of your community's server, for example %1.")
                      .arg(QString::fromLatin1(kDefaultServer)));
        m_server->setFocus();
        return;
    }
    if (server.scheme() != QLatin1String("https")) {
        showError(tr("The server address must start with https:// so that your password travels encrypted."));
        m_server->setFocus();
        return;
    }
    const QString email = m_email->text().trimmed();
    if (email.isEmpty() || !email.contains(QLatin1Char('@'))) {
        showError(tr("Enter the email address you registered with."));
        m_email->setFocus();
        return;
    }
    if (m_password->text().isEmpty()) {
        showError(tr("Enter your password."));
        m_password->setFocus();
        return;
    }
    m_error->hide();
    m_pendingServer = server;
    m_waitingForCertificate = true;
    setBusy(true, tr("Contacting %1…").arg(server.host()));
    m_engine.api().fetchCertificate(server);
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
    m_waitingForLogin = true;
    setBusy(true, tr("Signing in…"));
    m_engine.login(m_pendingServer, fingerprint, m_email->text().trimmed(), m_password->text());
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

bool LoginDialog::askToTrust(const QString &fingerprint)
{
    if (fingerprintPrompt)
        return fingerprintPrompt(this, m_pendingServer, fingerprint);
    QMessageBox box(QMessageBox::Question, tr("Trust this server?"),
        tr("This is the first time this computer connects to %1.").arg(m_pendingServer.host()), QMessageBox::NoButton,
        this);
    box.setInformativeText(tr("Compare this fingerprint with the one your server administrator gave you (the "
                              "server prints it when it starts):\n\n%1\n\nTrust the server only if they are the "
                              "same. Commonroom remembers your answer.")
                               .arg(fingerprint));
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPushButton *trust = box.addButton(tr("&Trust"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == trust;
}

void LoginDialog::setBusy(bool busy, const QString &status)
{
    m_busy = busy;
    m_server->setEnabled(!busy);
    m_email->setEnabled(!busy);
    m_password->setEnabled(!busy);
    for (QAbstractButton *button : m_buttons->buttons()) {
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(!busy);
    }
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
