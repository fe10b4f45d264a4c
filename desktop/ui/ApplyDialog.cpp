#include "ApplyDialog.h"

#include "MessageLabel.h"
#include "NewPasswordFields.h"
#include "common/EmailAddress.h"
#include "desktop/core/LocalStore.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace commonroom {

ApplyDialog::ApplyDialog(ApiClient &api, LocalStore &store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_client(new AccountClient(api, this))
{
    setWindowTitle(tr("Apply to join"));
    setAccessibleName(windowTitle());
    setObjectName(QStringLiteral("applyDialog"));

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Tell the community who you are. An admin reviews your application, and members "
                                "who know you can vouch for you. Until then you see only what the community "
                                "shows the public."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setAccessibleName(tr("Your name"));
    m_email = new QLineEdit(this);
    m_email->setObjectName(QStringLiteral("email"));
    m_email->setAccessibleName(tr("Email"));
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly);
    m_about = new QPlainTextEdit(this);
    m_about->setObjectName(QStringLiteral("about"));
    m_about->setAccessibleName(tr("About you"));
    m_about->setPlaceholderText(tr("A few lines: who you are, how you know the community, what you would like to do."));
    m_about->setTabChangesFocus(true);
    m_about->setFixedHeight(90);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Email:"), m_email);
    form->addRow(tr("&About you:"), m_about);
    layout->addLayout(form);
    m_passwords = new NewPasswordFields(this);
    layout->addWidget(m_passwords);
    m_consent = new QCheckBox(tr("&Send me the community's news and calls to action by email"), this);
    m_consent->setObjectName(QStringLiteral("consent"));
    m_consent->setToolTip(tr("You can change this later in your profile. The time of your choice is recorded."));
    layout->addWidget(m_consent);

    m_message = new MessageLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_submit = buttons->addButton(tr("A&pply"), QDialogButtonBox::AcceptRole);
    m_submit->setObjectName(QStringLiteral("applyButton"));
    m_submit->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ApplyDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_client, &AccountClient::finished, this, &ApplyDialog::onFinished);
    m_name->setFocus();
}

void ApplyDialog::setFields(const QString &name, const QString &email, const QString &about, bool consent)
{
    m_name->setText(name);
    m_email->setText(email);
    m_about->setPlainText(about);
    m_consent->setChecked(consent);
}

void ApplyDialog::setPasswords(const QString &password, const QString &repeat)
{
    m_passwords->setPasswords(password, repeat);
}

QString ApplyDialog::email() const
{
    return m_email->text().trimmed();
}

QString ApplyDialog::errorText() const
{
    return m_message->isError() ? m_message->message() : QString();
}

void ApplyDialog::submit()
{
    if (m_busy)
        return;
    if (m_name->text().trimmed().isEmpty()) {
        m_message->showError(tr("Enter your name as you would like the community to see it."));
        m_name->setFocus();
        return;
    }
    if (!checkEmail(email().toStdString())) {
        m_message->showError(tr("Enter your email address; the community writes to you there."));
        m_email->setFocus();
        return;
    }
    if (const QString problem = m_passwords->problem(); !problem.isEmpty()) {
        m_message->showError(problem);
        m_passwords->setFocus();
        return;
    }
    setBusy(true);
    m_message->showInfo(tr("Sending your application…"));
    m_client->apply(email(), m_passwords->password(), m_name->text().trimmed(), m_about->toPlainText().trimmed(),
        m_consent->isChecked(), m_store.siteId());
}

void ApplyDialog::onFinished(AccountClient::Request request, const AccountResult &result)
{
    if (request != AccountClient::Request::Apply)
        return;
    setBusy(false);
    if (!result.ok) {
        m_message->showError(result.message);
        return;
    }
    m_answer = result.json;
    m_passwords->clear();
    accept();
}

void ApplyDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_submit->setEnabled(!busy);
    for (QWidget *field : std::initializer_list<QWidget *> {m_name, m_email, m_about, m_consent, m_passwords})
        field->setEnabled(!busy);
}

} // namespace commonroom
