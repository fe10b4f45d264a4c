#include "NewGroupDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace commonroom {

NewGroupDialog::NewGroupDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("New group"));
    setAccessibleName(windowTitle());
    setObjectName(QStringLiteral("newGroupDialog"));

    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("groupName"));
    m_name->setAccessibleName(tr("Name"));
    m_name->setMaxLength(200);
    form->addRow(tr("&Name:"), m_name);

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("groupKind"));
    m_kind->setAccessibleName(tr("Kind"));
    m_kind->addItem(tr("Open: anyone can join"), QStringLiteral("open"));
    m_kind->addItem(tr("Reviewed: a curator approves each request"), QStringLiteral("reviewed"));
    m_kind->addItem(tr("Closed: by invitation of a curator"), QStringLiteral("closed"));
    form->addRow(tr("&Kind:"), m_kind);

    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(QStringLiteral("groupDescription"));
    m_description->setAccessibleName(tr("Description"));
    m_description->setTabChangesFocus(true);
    form->addRow(tr("&Description:"), m_description);

    m_terms = new QPlainTextEdit(this);
    m_terms->setObjectName(QStringLiteral("groupTerms"));
    m_terms->setAccessibleName(tr("Terms"));
    m_terms->setAccessibleDescription(tr("What members accept when they join; leave empty for none"));
    m_terms->setPlaceholderText(tr("Optional: what members accept when they join"));
    m_terms->setTabChangesFocus(true);
    form->addRow(tr("&Terms:"), m_terms);

    auto *note = new QLabel(tr("You become the group's first curator."), this);
    note->setWordWrap(true);
    layout->addWidget(note);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create group"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    connect(m_name, &QLineEdit::textChanged, this, &NewGroupDialog::updateOk);
    updateOk();
    resize(480, 420);
}

NewGroupDialog::Draft NewGroupDialog::draft() const
{
    return Draft {m_name->text().trimmed(), m_kind->currentData().toString(), m_description->toPlainText().trimmed(),
        m_terms->toPlainText().trimmed()};
}

void NewGroupDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_name->text().trimmed().isEmpty());
}

} // namespace commonroom
