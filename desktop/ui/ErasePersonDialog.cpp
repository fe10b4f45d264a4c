#include "ErasePersonDialog.h"

#include "MessageLabel.h"
#include "desktop/core/LocalStore.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace commonroom {

ErasePersonDialog::ErasePersonDialog(ApiClient &api, LocalStore &store, const QString &personId, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_client(new AccountClient(api, this))
    , m_personId(personId)
{
    if (const auto row = store.row(QStringLiteral("person"), personId)) {
        const auto name = row->find("display_name");
        if (name != row->end() && !isNull(name->second))
            m_name = QString::fromStdString(toDisplayString(name->second));
    }
    // Without a known name the id itself is what must be typed.
    if (m_name.isEmpty())
        m_name = personId;

    setWindowTitle(tr("Erase %1").arg(m_name));
    setAccessibleName(windowTitle());
    setObjectName(QStringLiteral("erasePersonDialog"));

    auto *layout = new QVBoxLayout(this);
    auto *warning = new QLabel(tr("This erases %1 from the community for good: their profile, memberships, vouches, "
                                  "account and devices. Every device drops them at its next sync. It cannot be "
                                  "undone. Do it only on their request.")
                                   .arg(m_name),
        this);
    warning->setWordWrap(true);
    layout->addWidget(warning);

    auto *form = new QFormLayout;
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setAccessibleName(tr("Reason, kept in the audit log"));
    m_reason->setPlaceholderText(tr("For example: asked by email on 3 May"));
    m_reason->setTabChangesFocus(true);
    m_reason->setFixedHeight(70);
    form->addRow(tr("&Reason:"), m_reason);
    m_confirmation = new QLineEdit(this);
    m_confirmation->setObjectName(QStringLiteral("confirmation"));
    m_confirmation->setAccessibleName(tr("Type the name to confirm"));
    m_confirmation->setPlaceholderText(m_name);
    form->addRow(tr("&Type “%1” to confirm:").arg(m_name), m_confirmation);
    layout->addLayout(form);

    m_message = new MessageLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_erase = buttons->addButton(tr("&Erase for good"), QDialogButtonBox::DestructiveRole);
    m_erase->setObjectName(QStringLiteral("eraseButton"));
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(m_erase, &QPushButton::clicked, this, &ErasePersonDialog::erase);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_confirmation, &QLineEdit::textChanged, this, &ErasePersonDialog::updateButton);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &ErasePersonDialog::updateButton);
    connect(m_client, &AccountClient::finished, this, &ErasePersonDialog::onFinished);
    updateButton();
    m_reason->setFocus();
    resize(480, sizeHint().height());
}

void ErasePersonDialog::setReason(const QString &reason)
{
    m_reason->setPlainText(reason);
}

void ErasePersonDialog::setConfirmation(const QString &typedName)
{
    m_confirmation->setText(typedName);
}

bool ErasePersonDialog::canErase() const
{
    return !m_busy && m_confirmation->text().trimmed() == m_name && !m_reason->toPlainText().trimmed().isEmpty();
}

QString ErasePersonDialog::messageText() const
{
    return m_message->message();
}

bool ErasePersonDialog::isError() const
{
    return m_message->isError() && !m_message->message().isEmpty();
}

void ErasePersonDialog::erase()
{
    if (m_busy)
        return;
    if (m_reason->toPlainText().trimmed().isEmpty()) {
        m_message->showError(tr("Write why %1 is erased; the audit log keeps the reason.").arg(m_name));
        m_reason->setFocus();
        return;
    }
    if (m_confirmation->text().trimmed() != m_name) {
        m_message->showError(tr("Type the name exactly as shown (“%1”) to confirm.").arg(m_name));
        m_confirmation->setFocus();
        return;
    }
    m_busy = true;
    updateButton();
    m_message->showInfo(tr("Erasing…"));
    m_client->erasePerson(m_personId, m_reason->toPlainText().trimmed());
}

void ErasePersonDialog::onFinished(AccountClient::Request request, const AccountResult &result)
{
    if (request != AccountClient::Request::ErasePerson)
        return;
    m_busy = false;
    updateButton();
    if (!result.ok) {
        m_message->showError(tr("%1 was not erased: %2").arg(m_name, result.message));
        return;
    }
    accept();
}

void ErasePersonDialog::updateButton()
{
    m_erase->setEnabled(canErase());
}

} // namespace commonroom
