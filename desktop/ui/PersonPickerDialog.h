#pragma once

#include <QDialog>
#include <QString>

class QDialogButtonBox;
class QLineEdit;
class QTableView;

namespace commonroom {

class DoorSearchModel;
class Device;

// Finds one person of the directory by name, to register them for an event: the same search as
// the door (the event's registered people first, marked, then everyone else), typed ahead. With
// no event, it chooses anyone of the directory.
class PersonPickerDialog : public QDialog
{
    Q_OBJECT

public:
    PersonPickerDialog(Device &device, const QString &eventId, QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_search; }
    // The person highlighted when the dialog was accepted; empty otherwise.
    QString personId() const;

private:
    void updateOk();

    DoorSearchModel *m_model;
    QLineEdit *m_search;
    QTableView *m_results;
    QDialogButtonBox *m_buttons;
};

} // namespace commonroom
