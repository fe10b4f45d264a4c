#pragma once

#include "Events.h"

#include "common/Clock.h"
#include "common/Result.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace commonroom {

// iCalendar (RFC 5545) export of events, and a parser for what it writes (used by the tests to
// validate the output and by anyone importing a Commonroom calendar).
//
// Times are written in UTC (DTSTART:20261123T170000Z), so the file needs no VTIMEZONE blocks and
// every calendar shows them in its own zone; the venue's zone goes into X-COMMONROOM-TZID and the
// area into CATEGORIES. Lines end
// with CRLF and are folded at 75 octets, never inside a UTF-8 sequence. Cancelled events carry
// STATUS:CANCELLED, so a subscribed calendar removes them.
class ICalendar
{
public:
    // A VCALENDAR with one VEVENT per event; `calendarName` becomes X-WR-CALNAME and `clock`
    // (the device's) gives DTSTAMP, when the file was written.
    static QByteArray write(const std::vector<EventInfo> &events, const QString &calendarName, const Clock &clock);
    // The subscription file: the same calendar with REFRESH-INTERVAL and X-PUBLISHED-TTL (1 hour),
    // meant to be written to a path a calendar app subscribes to (webcal/file).
    static QByteArray writeSubscription(
        const std::vector<EventInfo> &events, const QString &calendarName, const Clock &clock);
    // Parses VEVENTs back (UID, SUMMARY, DESCRIPTION, DTSTART, DTEND in UTC, with TZID or as a
    // date, LOCATION, CATEGORIES, STATUS, X-COMMONROOM-TZID, X-COMMONROOM-CAPACITY); an error
    // names the line that is wrong.
    static Result<std::vector<EventInfo>> parse(const QByteArray &data);

    // RFC 5545 §3.3.11 TEXT escaping: backslash, semicolon, comma, newline.
    static QString escapeText(const QString &text);
    static QString unescapeText(const QString &text);
    // §3.1 folding and unfolding.
    static QByteArray foldLine(const QByteArray &line);
};

} // namespace commonroom
