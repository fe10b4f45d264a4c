#include "ChangePasswordDialog.h"

#include "MessageLabel.h"
#include "NewPasswordFields.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace commonroom {

ChangePasswordDialog::ChangePasswordDialog(ApiClient &api, QWidget *parent)
    : QDialog(parent)
    , m_client(new AccountClient(api, this))
{
    setWindowTitle(tr("Change password"));
    setAccessibleName(windowTitle());
    setObjectName(QStringLiteral("changePasswordDialog"));

    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_current = new QLineEdit(this);
    m_current->setObjectName(QStringLiteral("currentPassword"));
    m_current->setAccessibleName(tr("Current password"));
    m_current->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Current password:"), m_current);
    layout->addLayout(form);
    m_passwords = new NewPasswordFields(this);
    layout->addWidget(m_passwords);

    m_message = new MessageLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_submit = buttons->addButton(tr("C&hange password"), QDialogButtonBox::AcceptRole);
    m_submit->setObjectName(QStringLiteral("changeButton"));
    m_submit->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_client, &AccountClient::finished, this, &ChangePasswordDialog::onFinished);
    m_current->setFocus();
}

void ChangePasswordDialog::setPasswords(const QString &current, const QString &password, const QString &repeat)
{
    m_current->setText(current);
    m_passwords->setPasswords(password, repeat);
}

QString ChangePasswordDialog::errorText() const
{
    return m_message->isError() ? m_message->message() : QString();
}

void ChangePasswordDialog::submit()
{
    if (m_busy)
        return;
    if (m_current->text().isEmpty()) {
        m_message->showError(tr("Enter your current password."));
        m_current->setFocus();
        return;
    }
    if (const QString problem = m_passwords->problem(); !problem.isEmpty()) {
        m_message->showError(problem);
        m_passwords->setFocus();
        return;
    }
    if (m_passwords->password() == m_current->text()) {
        m_message->showError(tr("The new password is the same as the current one. Choose another."));
        m_passwords->setFocus();
        return;
    }
    m_busy = true;
    m_submit->setEnabled(false);
    m_message->showInfo(tr("Changing the password…"));
    m_client->changePassword(m_current->text(), m_passwords->password());
}

void ChangePasswordDialog::onFinished(AccountClient::Request request, const AccountResult &result)
{
    if (request != AccountClient::Request::ChangePassword)
        return;
    m_busy = false;
    m_submit->setEnabled(true);
    if (!result.ok) {
        if (result.httpStatus == 401 || result.httpStatus == 403)
            m_message->showError(tr("The current password is not right, or your session has ended. Check it and "
                                    "try again."));
        else
            m_message->showError(result.message);
        return;
    }
    m_current->clear();
    m_passwords->clear();
    accept();
}

} // namespace commonroom
