#pragma once

#include "desktop/core/Events.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace commonroom {

// Registers a person who arrives without being in the directory: a name, and — only if they
// agree to be contacted by the community — an email or a phone. Without that agreement the
// contact fields stay disabled and nothing but the name (and area) is kept. The dialog only
// collects; the check-in window registers the walk-in (Events::registerWalkIn) and shows any
// error.
class WalkInDialog : public QDialog
{
    Q_OBJECT

public:
    explicit WalkInDialog(QWidget *parent = nullptr);

    void setDisplayName(const QString &name);
    WalkInDetails details() const;

private:
    void updateState();

    QLineEdit *m_name;
    QLineEdit *m_area;
    QCheckBox *m_consent;
    QLineEdit *m_email;
    QLineEdit *m_phone;
    QLabel *m_hint;
    QDialogButtonBox *m_buttons;
};

} // namespace commonroom
