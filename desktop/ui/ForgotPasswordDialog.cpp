#include "ForgotPasswordDialog.h"

#include "MessageLabel.h"
#include "NewPasswordFields.h"
#include "common/EmailAddress.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace commonroom {

ForgotPasswordDialog::ForgotPasswordDialog(ApiClient &api, QWidget *parent)
    : QDialog(parent)
    , m_client(new AccountClient(api, this))
{
    setWindowTitle(tr("Forgot password"));
    setAccessibleName(windowTitle());
    setObjectName(QStringLiteral("forgotPasswordDialog"));

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("1. Enter the email address of your account; the server mails you a code."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *emailRow = new QHBoxLayout;
    m_email = new QLineEdit(this);
    m_email->setObjectName(QStringLiteral("email"));
    m_email->setAccessibleName(tr("Email"));
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly);
    m_send = new QPushButton(tr("&Mail me a code"), this);
    m_send->setObjectName(QStringLiteral("sendCodeButton"));
    emailRow->addWidget(m_email, 1);
    emailRow->addWidget(m_send);
    layout->addLayout(emailRow);
    connect(m_send, &QPushButton::clicked, this, &ForgotPasswordDialog::requestCode);
    connect(m_email, &QLineEdit::returnPressed, this, &ForgotPasswordDialog::requestCode);

    auto *second = new QLabel(tr("2. Type the code from the mail and choose a new password."), this);
    second->setWordWrap(true);
    layout->addWidget(second);
    auto *form = new QFormLayout;
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("code"));
    m_code->setAccessibleName(tr("Code from the mail"));
    form->addRow(tr("&Code:"), m_code);
    layout->addLayout(form);
    m_passwords = new NewPasswordFields(this);
    layout->addWidget(m_passwords);

    m_message = new MessageLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_reset = buttons->addButton(tr("&Set new password"), QDialogButtonBox::AcceptRole);
    m_reset->setObjectName(QStringLiteral("resetButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ForgotPasswordDialog::resetPassword);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_client, &AccountClient::finished, this, &ForgotPasswordDialog::onFinished);
    m_email->setFocus();
}

void ForgotPasswordDialog::setEmail(const QString &email)
{
    m_email->setText(email);
}

QString ForgotPasswordDialog::email() const
{
    return m_email->text().trimmed();
}

void ForgotPasswordDialog::setCode(const QString &code)
{
    m_code->setText(code);
}

void ForgotPasswordDialog::setPasswords(const QString &password, const QString &repeat)
{
    m_passwords->setPasswords(password, repeat);
}

QString ForgotPasswordDialog::messageText() const
{
    return m_message->message();
}

bool ForgotPasswordDialog::isError() const
{
    return m_message->isError() && !m_message->message().isEmpty();
}

void ForgotPasswordDialog::requestCode()
{
    if (m_busy)
        return;
    if (!checkEmail(email().toStdString())) {
        m_message->showError(tr("Enter the email address of your account."));
        m_email->setFocus();
        return;
    }
    setBusy(true);
    m_message->showInfo(tr("Asking the server…"));
    m_client->requestPasswordReset(email());
}

void ForgotPasswordDialog::resetPassword()
{
    if (m_busy)
        return;
    if (!checkEmail(email().toStdString())) {
        m_message->showError(tr("Enter the email address of your account."));
        m_email->setFocus();
        return;
    }
    const QString code = m_code->text().simplified().remove(u' ');
    if (code.isEmpty()) {
        m_message->showError(tr("Type the code from the mail (ask for one with “Mail me a code”)."));
        m_code->setFocus();
        return;
    }
    if (const QString problem = m_passwords->problem(); !problem.isEmpty()) {
        m_message->showError(problem);
        m_passwords->setFocus();
        return;
    }
    setBusy(true);
    m_message->showInfo(tr("Setting the new password…"));
    m_client->resetPassword(email(), code, m_passwords->password());
}

void ForgotPasswordDialog::onFinished(AccountClient::Request request, const AccountResult &result)
{
    if (request != AccountClient::Request::RequestPasswordReset && request != AccountClient::Request::ResetPassword)
        return;
    setBusy(false);
    if (!result.ok) {
        if (result.code == QLatin1String("invalid_code"))
            m_message->showError(tr("This code does not work: it may be mistyped, already used or expired. Ask for "
                                    "a new one with “Mail me a code”."));
        else
            m_message->showError(result.message);
        return;
    }
    if (request == AccountClient::Request::RequestPasswordReset) {
        m_codeRequested = true;
        m_message->showInfo(tr("If %1 belongs to an account, a code is on its way there. It may take a few minutes; "
                               "check the spam folder too.")
                                .arg(email()));
        m_code->setFocus();
        return;
    }
    m_passwords->clear();
    m_message->showInfo(tr("Your password was changed. Sign in with the new one."));
    accept();
}

void ForgotPasswordDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_send->setEnabled(!busy);
    m_reset->setEnabled(!busy);
}

} // namespace commonroom
