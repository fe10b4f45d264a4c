#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <vector>

namespace commonroom {

// One registration of the event as the door search holds it: who, under what name and area
// this device may show, in what state, and whether they are in.
struct DoorRegistrant
{
    QString personId;
    QString name; // empty when the person is not on the device or hides their name
    QString area;
    QString state; // registered, waitlisted or cancelled
    bool attended = false;
};

// The registrants of one event, read for the check-in search at the door (DoorSearchModel),
// which keeps them in memory and matches every key press there. Both reads are statements
// prepared once, when the roll is made, and executed again on every change: after each
// check-in the door reads the states again while the volunteer reads the confirmation
// (docs/benchmarks.md, "Check-in at the door"). Made by Events::doorRoll().
class DoorRoll
{
public:
    DoorRoll(const QSqlDatabase &db, QString eventId);

    const QString &eventId() const { return m_eventId; }

    // Every registration of the event, with its person's name and area (one join).
    Result<std::vector<DoorRegistrant>> registrants();
    // Only the states and attendance (no join; names left empty): what a check-in changes.
    Result<std::vector<DoorRegistrant>> states();

private:
    QString m_eventId;
    QSqlQuery m_registrants;
    QSqlQuery m_states;
    bool m_prepared = false;
};

} // namespace commonroom
