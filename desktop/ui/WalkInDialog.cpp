#include "WalkInDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace commonroom {

WalkInDialog::WalkInDialog(QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_area(new QLineEdit(this))
    , m_consent(new QCheckBox(tr("They &agree to be contacted by the community"), this))
    , m_email(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_hint(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("walkInDialog"));
    setWindowTitle(tr("Walk-in"));
    setAccessibleName(windowTitle());

    m_name->setObjectName(QStringLiteral("walkInName"));
    m_name->setAccessibleName(tr("Name"));
    m_name->setMaxLength(200);
    m_area->setObjectName(QStringLiteral("walkInArea"));
    m_area->setAccessibleName(tr("Area"));
    m_area->setMaxLength(200);
    m_consent->setObjectName(QStringLiteral("walkInConsent"));
    m_consent->setAccessibleName(tr("Agrees to be contacted"));
    m_consent->setAccessibleDescription(tr("Email and phone are kept only with this agreement"));
    m_email->setObjectName(QStringLiteral("walkInEmail"));
    m_email->setAccessibleName(tr("Email"));
    m_email->setMaxLength(320);
    m_phone->setObjectName(QStringLiteral("walkInPhone"));
    m_phone->setAccessibleName(tr("Phone"));
    m_phone->setMaxLength(60);
    m_hint->setObjectName(QStringLiteral("walkInHint"));
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::PlainText);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("A&rea:"), m_area);
    form->addRow(QString(), m_consent);
    form->addRow(tr("&Email:"), m_email);
    form->addRow(tr("&Phone:"), m_phone);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Someone who is not in the directory yet. Ask for their name; ask for an email or "
                                "a phone only if they agree to be contacted."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Register and check &in"));

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &WalkInDialog::updateState);
    connect(m_consent, &QCheckBox::toggled, this, &WalkInDialog::updateState);
    updateState();
}

void WalkInDialog::setDisplayName(const QString &name)
{
    m_name->setText(name);
}

WalkInDetails WalkInDialog::details() const
{
    WalkInDetails details;
    details.displayName = m_name->text().simplified();
    details.area = m_area->text().simplified();
    details.consent = m_consent->isChecked();
    if (details.consent) {
        details.email = m_email->text().trimmed();
        details.phone = m_phone->text().trimmed();
    }
    return details;
}

void WalkInDialog::updateState()
{
    const bool consent = m_consent->isChecked();
    m_email->setEnabled(consent);
    m_phone->setEnabled(consent);
    const bool named = !m_name->text().simplified().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(named);
    m_hint->setText(named ? QString() : tr("Type the person's name to register them."));
}

} // namespace commonroom
