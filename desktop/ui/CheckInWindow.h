#pragma once

#include "desktop/core/Events.h"

#include <QString>
#include <QWidget>

#include <vector>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace commonroom {

class Device;
class DoorSearchModel;
class LocalStore;
class Prompts;

// Check-in mode: the full-screen view a volunteer runs at the door.
//
// With nothing typed it shows the guest list: those still expected first, then the waitlisted and
// those already in, each with a coloured status. Type the first letters of a name: registered people of the event come first, then the rest of
// the directory (Events::searchAtDoor, answered by this computer alone, so it works with no
// network at all). Enter checks in the highlighted person (Up/Down move the highlight), a click
// on a row checks that person in; Ctrl+Z undoes the last check-in made here; Ctrl+N registers a
// walk-in. Large text, and the counts (expected, checked in, walk-ins) follow every check-in,
// here or — after a sync — on the other laptops at the same door.
//
// Every check-in is saved at once with its outbox entry; the line at the bottom says how many
// changes wait for the next sync.
class CheckInWindow : public QWidget
{
    Q_OBJECT

public:
    // Check-in times come from the store's clock; a walk-in's details are asked through `prompts`.
    CheckInWindow(Device &device, Prompts &prompts, const QString &eventId, QWidget *parent = nullptr);

    QString eventId() const { return m_eventId; }
    QLineEdit *searchField() const { return m_search; }
    QTableView *resultsView() const { return m_results; }
    DoorSearchModel *resultsModel() const { return m_model; }
    AttendanceCounts counts() const { return m_counts; }
    // The confirmation or refusal shown for the last action.
    QString messageText() const;
    QString errorText() const { return m_errorText; }
    // People checked in here that Ctrl+Z can take back, the last one last.
    int undoDepth() const { return static_cast<int>(m_undo.size()); }
    // What the door says when `now` is well before the event or well after it; empty otherwise.
    static QString timingNote(const EventInfo &event, const QDateTime &now);
    QString timingText() const;

public Q_SLOTS:
    // Checks in the highlighted result (the first one when none is highlighted).
    void checkInCurrent();
    void checkInRow(int row);
    // Undoes the last check-in made in this window.
    void undoLast();
    void registerWalkIn();
    void updateCounts();

private:
    struct Done
    {
        QString personId;
        QString name;
    };

    void onTextChanged(const QString &text);
    void onResultsReset();
    void updateListCaption();
    // After a check-in: the search cleared, nobody highlighted, the counts read again.
    void readyForNext();
    void moveHighlight(int delta);
    void updatePending();
    void showDone(const QString &message);
    void showError(const QString &message);
    bool eventFilter(QObject *watched, QEvent *event) override;
    Events &events() const;

    Device &m_device;
    LocalStore &m_store;
    Prompts &m_prompts;
    QString m_eventId;
    DoorSearchModel *m_model;
    AttendanceCounts m_counts;
    std::vector<Done> m_undo;
    QString m_highlighted; // the person highlighted in the results
    QString m_errorText;

    QLabel *m_title = nullptr;
    QLabel *m_when = nullptr;
    QLabel *m_timing = nullptr; // said when the event is not now
    QLabel *m_expected = nullptr;
    QLabel *m_checkedIn = nullptr;
    QLabel *m_walkIns = nullptr;
    QLabel *m_walkInsCaption = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_listCaption = nullptr; // what the list below shows
    QTableView *m_results = nullptr;
    QPushButton *m_checkIn = nullptr;
    QPushButton *m_undoButton = nullptr;
    QPushButton *m_walkIn = nullptr;
    QPushButton *m_close = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_pending = nullptr;
};

} // namespace commonroom
