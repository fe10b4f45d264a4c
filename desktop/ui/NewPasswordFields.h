#pragma once

#include <QWidget>

class QLineEdit;

namespace commonroom {

// A new password typed twice, for applying, accepting an invitation, resetting and changing a
// password. Checks what can be checked before asking the daemon (length, both the same); the
// daemon also refuses common passwords (weak_password).
class NewPasswordFields : public QWidget
{
    Q_OBJECT

public:
    // The daemon's minimum (docs/admission.md).
    static constexpr int kMinimumLength = 12;

    explicit NewPasswordFields(QWidget *parent = nullptr);

    QString password() const;
    void setPasswords(const QString &password, const QString &repeat);
    void clear();
    // What is wrong with the passwords typed, for the person; empty when nothing is.
    QString problem() const;
    QLineEdit *firstField() const { return m_password; }

private:
    QLineEdit *m_password;
    QLineEdit *m_repeat;
};

} // namespace commonroom
