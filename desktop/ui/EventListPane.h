#pragma once

#include "desktop/core/Events.h"

#include <QString>
#include <QWidget>

#include <optional>

class QComboBox;
class QLineEdit;
class QPushButton;
class QTableView;

namespace commonroom {

class EventsModel;
class Device;
class LocalStore;
class Prompts;

// The left of the events dashboard: the events on this device, upcoming (soonest first) or past
// (newest first), filtered by hosting group, area and words of the title or place, and New event.
//
// Keeps the selection on the same event when the list reloads (an edit, a sync, a filter), and
// says when the selected event changes.
class EventListPane : public QWidget
{
    Q_OBJECT

public:
    // A new event's details are asked through `prompts`.
    EventListPane(Device &device, Prompts &prompts, QWidget *parent = nullptr);

    EventsModel *model() const { return m_events; }
    QTableView *view() const { return m_view; }
    QComboBox *whenFilter() const { return m_when; }
    QComboBox *groupFilter() const { return m_group; }
    QComboBox *areaFilter() const { return m_area; }
    QLineEdit *searchField() const { return m_search; }
    QPushButton *newEventButton() const { return m_newEvent; }

    // The group and area the filters choose; empty for all.
    QString groupChosen() const;
    QString areaChosen() const;

    QString currentEventId() const { return m_eventId; }
    // The selected event as last read, nullopt when none is selected.
    std::optional<EventInfo> currentEvent() const;
    // The events listed now, in the list's order.
    std::vector<EventInfo> listedEvents() const;
    // Selects the event, widening the filters if they hide it; false if it is not on the device.
    bool selectEvent(const QString &eventId);
    // Moves the keyboard focus to the search field, its text selected.
    void focusSearch();

public Q_SLOTS:
    // Asks what the new event should be (group and area as filtered), creates it and selects it.
    void newEvent();

Q_SIGNALS:
    // Another event (or none: an empty id) is selected.
    void currentEventChanged(const QString &eventId);
    // The list was read again; the selected event (the same one) may have changed.
    void eventsReloaded();
    void succeeded(const QString &message);
    void failed(const QString &message);

private:
    void applyFilters();
    // Enabled when the user may add an event at all, otherwise disabled with the reason.
    void updateNewEvent();
    void reloadFilterChoices();
    void onCurrentRowChanged();
    void onEventsReset();

    Device &m_device;
    LocalStore &m_store;
    Prompts &m_prompts;
    EventsModel *m_events;
    QString m_eventId;
    bool m_restoringSelection = false;

    QComboBox *m_when = nullptr;
    QComboBox *m_group = nullptr;
    QComboBox *m_area = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_newEvent = nullptr;
};

} // namespace commonroom
