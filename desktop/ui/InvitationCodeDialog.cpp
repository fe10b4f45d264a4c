#include "InvitationCodeDialog.h"

#include "MessageLabel.h"
#include "NewPasswordFields.h"
#include "common/EmailAddress.h"
#include "desktop/core/LocalStore.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace commonroom {

InvitationCodeDialog::InvitationCodeDialog(ApiClient &api, LocalStore &store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_client(new AccountClient(api, this))
{
    setWindowTitle(tr("Accept an invitation"));
    setAccessibleName(windowTitle());
    setObjectName(QStringLiteral("invitationCodeDialog"));

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Copy the code from the invitation mail and choose your password. The code works "
                                "once, for the address it was sent to, within 14 days."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("code"));
    m_code->setAccessibleName(tr("Invitation code"));
    m_email = new QLineEdit(this);
    m_email->setObjectName(QStringLiteral("email"));
    m_email->setAccessibleName(tr("Email the invitation was sent to"));
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setAccessibleName(tr("Your name"));
    form->addRow(tr("&Code:"), m_code);
    form->addRow(tr("&Email:"), m_email);
    form->addRow(tr("&Name:"), m_name);
    layout->addLayout(form);
    m_passwords = new NewPasswordFields(this);
    layout->addWidget(m_passwords);

    m_message = new MessageLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_submit = buttons->addButton(tr("&Join"), QDialogButtonBox::AcceptRole);
    m_submit->setObjectName(QStringLiteral("joinButton"));
    m_submit->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &InvitationCodeDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_client, &AccountClient::finished, this, &InvitationCodeDialog::onFinished);
    m_code->setFocus();
}

void InvitationCodeDialog::setFields(const QString &code, const QString &email, const QString &name)
{
    m_code->setText(code);
    m_email->setText(email);
    m_name->setText(name);
}

void InvitationCodeDialog::setPasswords(const QString &password, const QString &repeat)
{
    m_passwords->setPasswords(password, repeat);
}

QString InvitationCodeDialog::email() const
{
    return m_email->text().trimmed();
}

QString InvitationCodeDialog::errorText() const
{
    return m_message->isError() ? m_message->message() : QString();
}

void InvitationCodeDialog::submit()
{
    if (m_busy)
        return;
    // Mail programs like to add spaces and line breaks around a pasted code.
    const QString code = m_code->text().simplified().remove(u' ');
    if (code.isEmpty()) {
        m_message->showError(tr("Paste the code from the invitation mail."));
        m_code->setFocus();
        return;
    }
    if (!checkEmail(email().toStdString())) {
        m_message->showError(tr("Enter the email address the invitation was sent to."));
        m_email->setFocus();
        return;
    }
    if (m_name->text().trimmed().isEmpty()) {
        m_message->showError(tr("Enter your name as you would like the community to see it."));
        m_name->setFocus();
        return;
    }
    if (const QString problem = m_passwords->problem(); !problem.isEmpty()) {
        m_message->showError(problem);
        m_passwords->setFocus();
        return;
    }
    setBusy(true);
    m_message->showInfo(tr("Checking the code…"));
    m_client->acceptInvitation(code, email(), m_passwords->password(), m_name->text().trimmed(), m_store.siteId());
}

void InvitationCodeDialog::onFinished(AccountClient::Request request, const AccountResult &result)
{
    if (request != AccountClient::Request::AcceptInvitation)
        return;
    setBusy(false);
    if (!result.ok) {
        if (result.code == QLatin1String("invalid_code"))
            m_message->showError(tr("This code does not work: it may be mistyped, already used, expired, or sent to "
                                    "another address. Ask the person who invited you for a new invitation."));
        else
            m_message->showError(result.message);
        return;
    }
    m_answer = result.json;
    m_passwords->clear();
    accept();
}

void InvitationCodeDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_submit->setEnabled(!busy);
    for (QWidget *field : std::initializer_list<QWidget *> {m_code, m_email, m_name, m_passwords})
        field->setEnabled(!busy);
}

} // namespace commonroom
