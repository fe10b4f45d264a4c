#include "DoorRoll.h"

#include <QSqlError>

namespace commonroom {

namespace {

Error rollError(const QSqlQuery &query)
{
    return makeError("storage",
        "Cannot read the registrations of the event on this device: " + query.lastError().text().toStdString());
}

QString stateOf(const QVariant &value)
{
    const QString state = value.toString();
    return state.isEmpty() ? QStringLiteral("registered") : state;
}

} // namespace

DoorRoll::DoorRoll(const QSqlDatabase &db, QString eventId)
    : m_eventId(std::move(eventId))
    , m_registrants(db)
    , m_states(db)
{
    m_registrants.setForwardOnly(true);
    m_states.setForwardOnly(true);
    m_prepared = m_registrants.prepare(QStringLiteral(
                     "SELECT r.person_id, p.display_name, p.area, r.state, r.attended FROM registration r "
                     "LEFT JOIN person p ON p.id = r.person_id WHERE r.event_id = ?"))
        && m_states.prepare(QStringLiteral("SELECT person_id, state, attended FROM registration WHERE event_id = ?"));
}

Result<std::vector<DoorRegistrant>> DoorRoll::registrants()
{
    if (!m_prepared)
        return rollError(m_registrants.lastError().isValid() ? m_registrants : m_states);
    m_registrants.addBindValue(m_eventId);
    if (!m_registrants.exec())
        return rollError(m_registrants);
    std::vector<DoorRegistrant> registrants;
    while (m_registrants.next()) {
        registrants.push_back(DoorRegistrant {m_registrants.value(0).toString(), m_registrants.value(1).toString(),
            m_registrants.value(2).toString(), stateOf(m_registrants.value(3)), m_registrants.value(4).toInt() == 1});
    }
    m_registrants.finish();
    return registrants;
}

Result<std::vector<DoorRegistrant>> DoorRoll::states()
{
    if (!m_prepared)
        return rollError(m_registrants.lastError().isValid() ? m_registrants : m_states);
    m_states.addBindValue(m_eventId);
    if (!m_states.exec())
        return rollError(m_states);
    std::vector<DoorRegistrant> states;
    while (m_states.next()) {
        states.push_back(DoorRegistrant {
            m_states.value(0).toString(), {}, {}, stateOf(m_states.value(1)), m_states.value(2).toInt() == 1});
    }
    m_states.finish();
    return states;
}

} // namespace commonroom
