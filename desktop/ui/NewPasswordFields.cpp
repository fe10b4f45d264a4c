#include "NewPasswordFields.h"

#include <QFormLayout>
#include <QLineEdit>

namespace commonroom {

NewPasswordFields::NewPasswordFields(QWidget *parent)
    : QWidget(parent)
{
    auto *form = new QFormLayout(this);
    form->setContentsMargins({});
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("newPassword"));
    m_password->setAccessibleName(tr("New password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("At least %1 characters").arg(kMinimumLength));
    m_repeat = new QLineEdit(this);
    m_repeat->setObjectName(QStringLiteral("repeatPassword"));
    m_repeat->setAccessibleName(tr("New password again"));
    m_repeat->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&New password:"), m_password);
    form->addRow(tr("&Repeat it:"), m_repeat);
    setFocusProxy(m_password);
}

QString NewPasswordFields::password() const
{
    return m_password->text();
}

void NewPasswordFields::setPasswords(const QString &password, const QString &repeat)
{
    m_password->setText(password);
    m_repeat->setText(repeat);
}

void NewPasswordFields::clear()
{
    m_password->clear();
    m_repeat->clear();
}

QString NewPasswordFields::problem() const
{
    if (m_password->text().size() < kMinimumLength)
        return tr("Choose a password of at least %1 characters; a few unrelated words make a good one.")
            .arg(kMinimumLength);
    if (m_password->text() != m_repeat->text())
        return tr("The two passwords are not the same. Type the new password twice.");
    return {};
}

} // namespace commonroom
