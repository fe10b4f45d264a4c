#pragma once

#include "Turfs.h"

#include "common/Result.h"

#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <array>
#include <functional>
#include <vector>

class QObject;

namespace commonroom {

class LocalStore;

// Contributions and touch-points of one area in one month.
struct AreaMonth
{
    QString area;
    QString month; // YYYY-MM
    qint64 entries = 0;
    qint64 minutes = 0;
};

// One rung of the leadership ladder.
struct LadderRung
{
    int level = 0; // 1–5
    qint64 people = 0; // whose current level it is
    qint64 movedUp = 0; // assessments this quarter that placed someone here, above where they were
};

// One past event's turnout.
struct EventTurnout
{
    QString eventId;
    QString title;
    QDateTime start; // UTC
    qint64 registered = 0; // held a place (registered, not walk-ins), as in the attendance report
    qint64 attended = 0; // checked in, walk-ins included
};

// What the organizing dashboard shows (docs/organizing.md, "The organizing dashboard"), worked out
// from the device's copy alone: what the signed-in leader's device holds is what is counted.
struct OrganizingReport
{
    static constexpr int kMonths = 12;
    static constexpr int kEvents = 24;

    QDate today;
    QDate quarterStart; // the first day of today's calendar quarter
    std::vector<QString> months; // the last kMonths months (YYYY-MM), oldest first, today's last
    std::vector<AreaMonth> contributions; // by area, then month; months without entries are absent
    std::array<LadderRung, 5> ladder {};
    qint64 notOnLadder = 0; // people without a level
    std::vector<EventTurnout> turnout; // the latest kEvents events that started in those months, oldest first
    std::vector<Turf> turfs; // the open turfs with their canvass progress, by name (no canvassers)
};

// Reads the report for `today` (the device's calendar day, from its injected clock) in one read
// transaction on `db`. Meant for the store's worker connection: at a million people with millions
// of entries it takes seconds, which the GUI thread must not wait for. An error names the
// storage failure.
Result<OrganizingReport> readOrganizingReport(const QSqlDatabase &db, QDate today);

// Reads the report for the store's today (its clock, in local time) on the store's worker thread,
// then calls `done` on the calling thread unless `context` is gone by then.
void readOrganizingReportLater(LocalStore &store, QObject *context, std::function<void(Result<OrganizingReport>)> done);

} // namespace commonroom
