#include "TextPromptDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace commonroom {

TextPromptDialog::TextPromptDialog(const QString &title, const QString &label, Lines lines, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("textPromptDialog"));
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    auto *caption = new QLabel(label, this);
    caption->setWordWrap(true);
    layout->addWidget(caption);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    if (lines == Lines::Several) {
        m_lines = new QPlainTextEdit(this);
        m_lines->setObjectName(QStringLiteral("textPromptLines"));
        m_lines->setTabChangesFocus(true);
        m_lines->setAccessibleName(label);
        caption->setBuddy(m_lines);
        layout->addWidget(m_lines, 1);
        for (const QKeySequence &key :
            {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
            auto *send = new QShortcut(key, this);
            connect(send, &QShortcut::activated, this, &QDialog::accept);
        }
        ok->setToolTip(tr("Ctrl+Enter"));
    } else {
        m_line = new QLineEdit(this);
        m_line->setObjectName(QStringLiteral("textPromptLine"));
        m_line->setAccessibleName(label);
        caption->setBuddy(m_line);
        layout->addWidget(m_line);
        layout->addStretch(1);
        const auto updateOk = [ok](const QString &text) {
            const bool written = !text.trimmed().isEmpty();
            ok->setEnabled(written);
            ok->setToolTip(written ? QString() : tr("Write a name first."));
        };
        updateOk({});
        connect(m_line, &QLineEdit::textChanged, this, updateOk);
    }
    ok->setDefault(lines == Lines::One);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    field()->setFocus();
    resize(lines == Lines::Several ? QSize(440, 240) : sizeHint());
}

QString TextPromptDialog::text() const
{
    return m_lines ? m_lines->toPlainText() : m_line->text();
}

QWidget *TextPromptDialog::field() const
{
    return m_lines ? static_cast<QWidget *>(m_lines) : m_line;
}

} // namespace commonroom
