#pragma once

#include <QLabel>

namespace commonroom {

// How long a note of what was done stays said: the window's status bar, a page's message line.
// Errors stay until the next action.
constexpr int kNoticeShownMs = 20 * 1000;

// The line under a form that says what went wrong and what to do (in red), or what happened;
// hidden while there is nothing to say. Selectable, so a message can be copied into a request
// for help.
class MessageLabel : public QLabel
{
    Q_OBJECT

public:
    explicit MessageLabel(QWidget *parent = nullptr);

    void showError(const QString &message);
    void showInfo(const QString &message);
    void clearMessage();
    // The message shown, empty when hidden.
    QString message() const;
    bool isError() const { return m_error; }

private:
    bool m_error = false;
};

} // namespace commonroom
