#include "EventPagePane.h"

#include "PaneWidgets.h"
#include "Prompts.h"
#include "desktop/core/Device.h"
#include "desktop/core/LocalStore.h"
#include "desktop/models/EventsModel.h"
#include "desktop/models/RegistrantsModel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <tuple>

namespace commonroom {

namespace {
QString errorMessage(const Error &error)
{
    return QString::fromStdString(error.message);
}

QString sentLater()
{
    return EventPagePane::tr("It will be sent at the next sync.");
}

// The exports only an event's organizers may make: they list the people who registered.
bool needsManager(EventExports::Kind kind)
{
    using Kind = EventExports::Kind;
    return kind == Kind::AttendanceCsv || kind == Kind::SignInSheetPdf || kind == Kind::RegistrantsPdf
        || kind == Kind::PrintSignInSheet || kind == Kind::PrintRegistrants;
}
} // namespace

EventPagePane::EventPagePane(Device &device, Prompts &prompts, const EventsModel &events, QWidget *parent)
    : QWidget(parent)
    , m_device(device)
    , m_store(device.store())
    , m_prompts(prompts)
    , m_events(events)
    , m_registrants(new RegistrantsModel(device, this))
{
    setObjectName(QStringLiteral("eventPage"));
    auto *layout = new QVBoxLayout(this);

    m_title = panewidgets::plainLabel(this, QStringLiteral("eventPageTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);
    m_when = panewidgets::plainLabel(this, QStringLiteral("eventPageWhen"), tr("When"));
    m_where = panewidgets::plainLabel(this, QStringLiteral("eventPageWhere"), tr("Where"));
    m_host = panewidgets::plainLabel(this, QStringLiteral("eventPageHost"), tr("Hosted by"));
    m_capacity = panewidgets::plainLabel(this, QStringLiteral("eventPageCapacity"), tr("Places"));
    m_description = panewidgets::plainLabel(this, QStringLiteral("eventPageDescription"), tr("Description"));
    for (QLabel *label : {m_when, m_where, m_host, m_capacity, m_description})
        layout->addWidget(label);

    m_myStanding = panewidgets::plainLabel(this, QStringLiteral("myRegistration"), tr("Your registration"));
    QFont bold = m_myStanding->font();
    bold.setBold(true);
    m_myStanding->setFont(bold);
    layout->addWidget(m_myStanding);

    auto *mine = new QHBoxLayout;
    m_register
        = panewidgets::button(this, tr("Re&gister"), QStringLiteral("registerButton"), tr("Register for the event"));
    connect(m_register, &QPushButton::clicked, this, &EventPagePane::registerMe);
    m_cancelRegistration = panewidgets::button(
        this, tr("&Cancel my registration…"), QStringLiteral("cancelRegistrationButton"), tr("Cancel my registration"));
    connect(m_cancelRegistration, &QPushButton::clicked, this, &EventPagePane::cancelMyRegistration);
    mine->addWidget(m_register);
    mine->addWidget(m_cancelRegistration);
    mine->addStretch(1);
    layout->addLayout(mine);

    auto *manage = new QHBoxLayout;
    m_checkIn = panewidgets::button(
        this, tr("Check-&in mode"), QStringLiteral("checkInModeButton"), tr("Open check-in mode for the door"));
    m_checkIn->setToolTip(tr("Full-screen check-in at the door (Ctrl+Shift+K); works without a network"));
    connect(m_checkIn, &QPushButton::clicked, this, &EventPagePane::checkInRequested);
    m_edit = panewidgets::button(this, tr("E&dit…"), QStringLiteral("editEventButton"), tr("Edit the event"));
    connect(m_edit, &QPushButton::clicked, this, &EventPagePane::editEvent);
    m_cancelEvent
        = panewidgets::button(this, tr("Cancel even&t…"), QStringLiteral("cancelEventButton"), tr("Cancel the event"));
    connect(m_cancelEvent, &QPushButton::clicked, this, &EventPagePane::cancelEvent);
    m_export = panewidgets::button(this, tr("E&xport"), QStringLiteral("exportButton"), tr("Export and print"));
    auto *exportMenu = new QMenu(m_export);
    using Kind = EventExports::Kind;
    const std::tuple<QString, QString, Kind> exports[] = {
        {tr("Attendance (CSV)…"), QStringLiteral("exportCsvAction"), Kind::AttendanceCsv},
        {tr("This event (.ics)…"), QStringLiteral("exportIcsAction"), Kind::EventCalendar},
        {tr("Listed events (.ics)…"), QStringLiteral("exportListedIcsAction"), Kind::ListedCalendar},
        {tr("Subscription file (.ics)…"), QStringLiteral("exportSubscriptionAction"), Kind::Subscription},
        {tr("Sign-in sheet (PDF)…"), QStringLiteral("exportSignInAction"), Kind::SignInSheetPdf},
        {tr("Registrants (PDF)…"), QStringLiteral("exportRegistrantsAction"), Kind::RegistrantsPdf},
        {tr("Print sign-in sheet…"), QStringLiteral("printSignInAction"), Kind::PrintSignInSheet},
        {tr("Print registrants…"), QStringLiteral("printRegistrantsAction"), Kind::PrintRegistrants},
    };
    for (const auto &[text, name, kind] : exports) {
        QAction *action = exportMenu->addAction(text);
        action->setObjectName(name);
        action->setData(static_cast<int>(kind));
        connect(action, &QAction::triggered, this, [this, kind] { Q_EMIT exportRequested(kind); });
    }
    m_export->setMenu(exportMenu);
    manage->addWidget(m_checkIn);
    manage->addWidget(m_edit);
    manage->addWidget(m_cancelEvent);
    manage->addWidget(m_export);
    manage->addStretch(1);
    layout->addLayout(manage);

    auto *registrantsLabel = new QLabel(tr("&List of registrants:"), this);
    layout->addWidget(registrantsLabel);
    m_registrantsView = panewidgets::table(this, QStringLiteral("registrantsView"), tr("Registrants"));
    m_registrantsView->setModel(m_registrants);
    m_registrantsView->setColumnWidth(RegistrantsModel::NameColumn, 220);
    registrantsLabel->setBuddy(m_registrantsView);
    layout->addWidget(m_registrantsView, 1);

    auto *others = new QHBoxLayout;
    m_registerSomeone = panewidgets::button(
        this, tr("Register a &person…"), QStringLiteral("registerSomeoneButton"), tr("Register someone for the event"));
    connect(m_registerSomeone, &QPushButton::clicked, this, &EventPagePane::registerSomeone);
    m_cancelSelected = panewidgets::button(this, tr("&Withdraw selected registration…"),
        QStringLiteral("cancelSelectedButton"), tr("Cancel the selected registration"));
    connect(m_cancelSelected, &QPushButton::clicked, this, &EventPagePane::cancelSelectedRegistration);
    others->addWidget(m_registerSomeone);
    others->addWidget(m_cancelSelected);
    others->addStretch(1);
    layout->addLayout(others);

    connect(m_registrants, &QAbstractItemModel::modelReset, this, &EventPagePane::updateDetails);
    connect(m_registrantsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &EventPagePane::updateActions);
}

QString EventPagePane::me() const
{
    return QString::fromStdString(m_store.principal().personId);
}

void EventPagePane::setEvent(const QString &eventId)
{
    m_eventId = eventId;
    m_registrants->setEventId(eventId);
    updateDetails();
}

bool EventPagePane::selectRegistrant(const QString &personId)
{
    const int row = m_registrants->rowOfPerson(personId);
    if (row < 0)
        return false;
    m_registrantsView->setCurrentIndex(m_registrants->index(row, 0));
    return true;
}

std::optional<EventInfo> EventPagePane::currentEvent() const
{
    if (const EventInfo *event = m_events.eventAt(m_events.rowOfId(m_eventId)))
        return *event;
    return std::nullopt;
}

void EventPagePane::updateDetails()
{
    const auto event = currentEvent();
    setEnabled(event.has_value());
    if (!event) {
        m_title->setText(m_events.rowCount() == 0
                ? tr("No events match. Change the filters, sync to receive events, or create one.")
                : tr("Select an event to see its details and registrants."));
        for (QLabel *label : {m_when, m_where, m_host, m_capacity, m_description, m_myStanding})
            label->clear();
        updateActions();
        return;
    }
    const Events &events = m_device.events();
    const bool cancelled = event->status == QLatin1String("cancelled");
    m_title->setText(cancelled ? tr("%1 (cancelled)").arg(event->title) : event->title);
    m_title->setAccessibleName(tr("Event %1").arg(event->title));
    m_when->setText(EventsModel::describeTimeRange(*event));
    QStringList where;
    for (const QString &part : {event->place, event->area}) {
        if (!part.trimmed().isEmpty())
            where << part;
    }
    m_where->setText(where.join(QStringLiteral(" · ")));
    const int row = m_events.rowOfId(event->id);
    m_host->setText(tr("Hosted by: %1").arg(m_events.index(row, EventsModel::GroupColumn).data().toString()));
    const AttendanceCounts counts = events.counts(event->id);
    QString places = event->capacity > 0 ? tr("%1 of %n place(s) taken", nullptr, event->capacity).arg(counts.expected)
                                         : tr("%n registered (no limit)", nullptr, counts.expected);
    if (counts.waitlisted > 0)
        places += QStringLiteral(" · ") + tr("%n on the waitlist", nullptr, counts.waitlisted);
    if (event->reminderHours > 0)
        places += QStringLiteral(" · ") + tr("reminder by mail %n hour(s) before", nullptr, event->reminderHours);
    m_capacity->setText(places);
    m_description->setText(event->description);

    const QString myId = me();
    const auto mine = myId.isEmpty() ? std::nullopt : events.registration(event->id, myId);
    if (myId.isEmpty())
        m_myStanding->setText(tr("Sign in to register."));
    else if (!mine || mine->state == QLatin1String("cancelled"))
        m_myStanding->setText(tr("You are not registered."));
    else if (mine->state == QLatin1String("waitlisted"))
        m_myStanding->setText(tr("You are on the waitlist: number %1. You get a place when one frees up, in order.")
                                  .arg(mine->waitlistPosition));
    else
        m_myStanding->setText(mine->attended ? tr("You are registered, and checked in.") : tr("You are registered."));
    updateActions();
}

void EventPagePane::updateActions()
{
    const Events &events = m_device.events();
    const auto event = currentEvent();
    const bool cancelled = event && event->status == QLatin1String("cancelled");
    const bool manage = event && events.canManage(event->id);
    const QString myId = me();
    const auto mine = event && !myId.isEmpty() ? events.registration(event->id, myId) : std::nullopt;
    const bool registered = mine && mine->state != QLatin1String("cancelled");

    m_register->setVisible(!registered);
    m_register->setEnabled(event && !cancelled && !myId.isEmpty());
    m_cancelRegistration->setVisible(registered);
    m_edit->setVisible(manage);
    m_cancelEvent->setVisible(manage);
    m_cancelEvent->setEnabled(manage && !cancelled);
    m_checkIn->setVisible(manage);
    m_checkIn->setEnabled(manage && !cancelled);
    m_registerSomeone->setVisible(manage);
    m_registerSomeone->setEnabled(manage && !cancelled);
    const QModelIndex selectedRegistrant = m_registrantsView->currentIndex();
    m_cancelSelected->setVisible(manage);
    m_cancelSelected->setEnabled(manage && selectedRegistrant.isValid()
        && selectedRegistrant.data(RegistrantsModel::StateRole).toString() != QLatin1String("cancelled"));
    m_export->setEnabled(event.has_value());
    for (QAction *action : m_export->menu()->actions())
        action->setEnabled(!needsManager(static_cast<EventExports::Kind>(action->data().toInt())) || manage);
}

void EventPagePane::editEvent()
{
    const auto current = currentEvent();
    if (!current)
        return;
    auto event = m_prompts.event(this, m_device, *current);
    if (!event)
        return;
    event->id = current->id;
    if (auto status = m_device.events().update(*event); !status) {
        Q_EMIT failed(tr("The event was not changed: %1").arg(errorMessage(status.error())));
        return;
    }
    Q_EMIT succeeded(tr("Event “%1” saved. %2").arg(event->title, sentLater()));
    Q_EMIT eventEdited(current->id);
}

void EventPagePane::cancelEvent()
{
    const auto event = currentEvent();
    if (!event)
        return;
    if (!m_prompts.confirm(this, tr("Cancel event"),
            tr("Cancel “%1”? It stays in the list, marked cancelled, so registrants can be told; calendars that "
               "subscribe remove it.")
                .arg(event->title)))
        return;
    if (auto status = m_device.events().cancelEvent(event->id); !status) {
        Q_EMIT failed(tr("The event was not cancelled: %1").arg(errorMessage(status.error())));
        return;
    }
    Q_EMIT succeeded(tr("“%1” is cancelled. %2").arg(event->title, sentLater()));
}

void EventPagePane::registerMe()
{
    const auto event = currentEvent();
    if (!event)
        return;
    Events &events = m_device.events();
    auto state = events.registerPerson(event->id);
    if (!state) {
        Q_EMIT failed(tr("You were not registered: %1").arg(errorMessage(state.error())));
        return;
    }
    if (*state == QLatin1String("waitlisted")) {
        const auto mine = events.registration(event->id, me());
        Q_EMIT succeeded(tr("The event is full: you are on the waitlist (number %1). %2")
                             .arg(mine ? mine->waitlistPosition : 0)
                             .arg(sentLater()));
    } else {
        Q_EMIT succeeded(tr("You are registered for “%1”. %2").arg(event->title, sentLater()));
    }
}

void EventPagePane::cancelMyRegistration()
{
    const auto event = currentEvent();
    if (!event)
        return;
    if (!m_prompts.confirm(this, tr("Cancel registration"),
            tr("Cancel your registration for “%1”? Your place goes to the first person on the waitlist.")
                .arg(event->title)))
        return;
    if (auto status = m_device.events().cancelRegistration(event->id); !status) {
        Q_EMIT failed(tr("Your registration was not cancelled: %1").arg(errorMessage(status.error())));
        return;
    }
    Q_EMIT succeeded(tr("Your registration is cancelled. %1").arg(sentLater()));
}

void EventPagePane::registerSomeone()
{
    const auto event = currentEvent();
    if (!event)
        return;
    const QString personId = m_prompts.person(this, m_device, event->id);
    if (personId.isEmpty())
        return;
    Events &events = m_device.events();
    auto state = events.registerPerson(event->id, personId);
    if (!state) {
        Q_EMIT failed(tr("The person was not registered: %1").arg(errorMessage(state.error())));
        return;
    }
    const auto registration = events.registration(event->id, personId);
    const QString name
        = registration && !registration->displayName.isEmpty() ? registration->displayName : tr("The person");
    Q_EMIT succeeded((*state == QLatin1String("waitlisted") ? tr("%1 is on the waitlist.").arg(name)
                                                            : tr("%1 is registered.").arg(name))
        + QLatin1Char(' ') + sentLater());
    selectRegistrant(personId);
}

void EventPagePane::cancelSelectedRegistration()
{
    const auto event = currentEvent();
    const Registration *registration = m_registrants->registrationAt(m_registrantsView->currentIndex().row());
    if (!event || !registration)
        return;
    const QString personId = registration->personId;
    const QString name = registration->displayName.isEmpty() ? tr("this person") : registration->displayName;
    if (!m_prompts.confirm(this, tr("Cancel registration"),
            tr("Cancel the registration of %1 for “%2”? The first person on the waitlist gets the place.")
                .arg(name, event->title)))
        return;
    if (auto status = m_device.events().cancelRegistration(event->id, personId); !status) {
        Q_EMIT failed(tr("The registration was not cancelled: %1").arg(errorMessage(status.error())));
        return;
    }
    Q_EMIT succeeded(tr("The registration of %1 is cancelled. %2").arg(name, sentLater()));
}

} // namespace commonroom
