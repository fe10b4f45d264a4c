#pragma once

#include "desktop/core/Events.h"

#include <QDateTime>
#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace commonroom {

class Device;

// Asks for what an event needs — title, start and end in the venue's time zone, place, area,
// capacity (0 = no limit), hosting group, description — for a new event or to edit one. It
// only collects and checks the form; the events dashboard saves it (Events::create/update) and
// shows the core's refusal, if any.
class EventDialog : public QDialog
{
    Q_OBJECT

public:
    // Groups offered as hosts come from the device (Groups::named()); `event` pre-fills the form
    // (edit) when its id is set.
    EventDialog(Device &device, const EventInfo &event, QWidget *parent = nullptr);

    // The event as the form says (times converted to UTC from the chosen zone).
    EventInfo event() const;
    // Empty when the form can be saved; otherwise what to fix.
    QString problem() const;

private:
    void updateOk();
    // The zone chosen in the list; empty when what is typed names none.
    QString chosenZone() const;

    EventInfo m_original;
    QLineEdit *m_title;
    QComboBox *m_timeZone;
    QDateTimeEdit *m_start;
    QCheckBox *m_hasEnd;
    QDateTimeEdit *m_end;
    QDateTime m_shownStart; // the start before its last change: the end moves by as much
    QLineEdit *m_place;
    QLineEdit *m_area;
    QSpinBox *m_capacity;
    QComboBox *m_reminder;
    QComboBox *m_group;
    QPlainTextEdit *m_description;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace commonroom
