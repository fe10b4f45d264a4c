#include "MessageLabel.h"

namespace commonroom {

MessageLabel::MessageLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    hide();
}

void MessageLabel::showError(const QString &message)
{
    m_error = true;
    setAccessibleName(tr("Error"));
    setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    setText(message);
    show();
}

void MessageLabel::showInfo(const QString &message)
{
    m_error = false;
    setAccessibleName(tr("Information"));
    setStyleSheet({});
    setText(message);
    show();
}

void MessageLabel::clearMessage()
{
    clear();
    hide();
}

QString MessageLabel::message() const
{
    return isHidden() ? QString() : text();
}

} // namespace commonroom
