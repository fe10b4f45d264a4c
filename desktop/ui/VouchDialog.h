#pragma once

#include "common/Result.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;

namespace commonroom {

class Device;
class LocalStore;

// Vouches for an applicant with a reason. Saved as an offline edit (a new vouch row) and decided
// by the daemon: it accepts vouches of leaders, admins and members of 30 days or more, once per
// applicant, and makes the applicant a member when enough vouches arrived.
class VouchDialog : public QDialog
{
    Q_OBJECT

public:
    VouchDialog(Device &device, const QString &applicantId, QWidget *parent = nullptr);

    // Whether the person signed in on this device may vouch at all, as far as the device knows;
    // when not, `why` says why.
    static bool canVouch(Device &device, const QString &applicantId, QString *why = nullptr);

    QString errorText() const;
    void setReason(const QString &reason);

public Q_SLOTS:
    // Saves the vouch and accepts the dialog, or shows what is missing.
    void save();

private:
    // What to tell the user when Admission refused the vouch (its error codes).
    static QString refusal(const LocalStore &store, const QString &applicantId, const Error &error);

    Device &m_device;
    LocalStore &m_store;
    QString m_applicantId;
    QPlainTextEdit *m_reason;
    QLabel *m_error;
};

} // namespace commonroom
