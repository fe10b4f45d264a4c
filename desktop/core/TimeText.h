#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTime>

namespace commonroom {

// Times as people read them: in the user's language and to the minute. QLocale's short formats,
// without the seconds some of them (the C locale's among them) carry: "18:00–20:00", never
// "18:00:00–20:00:00".
QString minuteFormat(const QString &format);
QString shortTime(const QTime &time, const QLocale &locale = QLocale());
QString shortDateTime(const QDateTime &when, const QLocale &locale = QLocale());
// How long ago `then` was, `now` being the device's clock, in calendar days of the local time
// zone: "today", "yesterday", "3 days ago", and the date itself from a month back.
QString daysAgo(const QDateTime &then, const QDateTime &now, const QLocale &locale = QLocale());

// How long work takes: `done` of `total` items in `elapsedMs`, as a rate ("1,234/s") and the time
// left at that rate ("about 2 minutes left").
struct Pace
{
    QString rate;
    QString left;
};
Pace paceOf(qint64 done, qint64 total, qint64 elapsedMs, const QLocale &locale = QLocale());

} // namespace commonroom
