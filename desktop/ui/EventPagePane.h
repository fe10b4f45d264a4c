#pragma once

#include "EventExports.h"

#include "desktop/core/Events.h"

#include <QString>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTableView;

namespace commonroom {

class EventsModel;
class Device;
class LocalStore;
class Prompts;
class RegistrantsModel;

// The Event tab of the events dashboard: the selected event's details, the signed-in person's
// registration (registered, or their place on the waitlist) with Register / Cancel registration,
// and the registrants. Organizers (and leaders, and curators of the hosting group) also edit or
// cancel the event, register someone, withdraw a registration, open check-in mode and export.
//
// The event is read from the events list (`events`), so the page shows what the list shows.
class EventPagePane : public QWidget
{
    Q_OBJECT

public:
    // Details, people to register and confirmations are asked through `prompts`.
    EventPagePane(Device &device, Prompts &prompts, const EventsModel &events, QWidget *parent = nullptr);

    RegistrantsModel *registrantsModel() const { return m_registrants; }
    QTableView *registrantsView() const { return m_registrantsView; }
    QPushButton *checkInButton() const { return m_checkIn; }
    QPushButton *exportButton() const { return m_export; }

    QString eventId() const { return m_eventId; }
    // Shows the event `eventId` (none when empty).
    void setEvent(const QString &eventId);
    // Selects a registrant of the event shown.
    bool selectRegistrant(const QString &personId);

public Q_SLOTS:
    // Reads the event, the signed-in person's registration and what they may do again.
    void updateDetails();
    void editEvent();
    void cancelEvent();
    void registerMe();
    void cancelMyRegistration();
    void registerSomeone();
    void cancelSelectedRegistration();

Q_SIGNALS:
    void checkInRequested();
    void exportRequested(EventExports::Kind kind);
    // The event was changed here: the list should show it (and keep it selected).
    void eventEdited(const QString &eventId);
    void succeeded(const QString &message);
    void failed(const QString &message);

private:
    std::optional<EventInfo> currentEvent() const;
    void updateActions();
    QString me() const;

    Device &m_device;
    LocalStore &m_store;
    Prompts &m_prompts;
    const EventsModel &m_events;
    RegistrantsModel *m_registrants;
    QString m_eventId;

    QLabel *m_title = nullptr;
    QLabel *m_when = nullptr;
    QLabel *m_where = nullptr;
    QLabel *m_host = nullptr;
    QLabel *m_capacity = nullptr;
    QLabel *m_description = nullptr;
    QLabel *m_myStanding = nullptr;
    QPushButton *m_register = nullptr;
    QPushButton *m_cancelRegistration = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_cancelEvent = nullptr;
    QPushButton *m_checkIn = nullptr;
    QPushButton *m_export = nullptr;
    QTableView *m_registrantsView = nullptr;
    QPushButton *m_registerSomeone = nullptr;
    QPushButton *m_cancelSelected = nullptr;
};

} // namespace commonroom
