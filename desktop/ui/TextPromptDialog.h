#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

namespace commonroom {

// A question answered in words (Prompts::text): a few lines — a message to a curator, a reason —
// or one line, a name. In the lines, Tab moves on to the buttons (it never types a tab) and
// Ctrl+Enter answers; one line answers with Enter, and only once something is written.
class TextPromptDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Lines { Several, One };

    TextPromptDialog(const QString &title, const QString &label, Lines lines, QWidget *parent = nullptr);

    QString text() const;
    // The field being written in: a QPlainTextEdit for several lines, a QLineEdit for one.
    QWidget *field() const;
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    QPlainTextEdit *m_lines = nullptr;
    QLineEdit *m_line = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace commonroom
