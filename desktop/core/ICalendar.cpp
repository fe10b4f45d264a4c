#include "ICalendar.h"

#include <QTimeZone>

namespace commonroom {

namespace {

QByteArray utcStamp(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toUtf8();
}

void addLine(QByteArray &out, const QByteArray &line)
{
    out += ICalendar::foldLine(line);
    out += "\r\n";
}

void addText(QByteArray &out, const char *name, const QString &value)
{
    if (!value.isEmpty())
        addLine(out, QByteArray(name) + ':' + ICalendar::escapeText(value).toUtf8());
}

QByteArray calendar(
    const std::vector<EventInfo> &events, const QString &calendarName, bool subscription, const Clock &clock)
{
    QByteArray out;
    addLine(out, "BEGIN:VCALENDAR");
    addLine(out, "VERSION:2.0");
    addLine(out, "PRODID:-//Commonroom//Commonroom " COMMONROOM_VERSION "//EN");
    addLine(out, "CALSCALE:GREGORIAN");
    addLine(out, "METHOD:PUBLISH");
    addText(out, "X-WR-CALNAME", calendarName);
    if (subscription) {
        // RFC 7986 §5.7, and the older property calendar apps still read.
        addLine(out, "REFRESH-INTERVAL;VALUE=DURATION:PT1H");
        addLine(out, "X-PUBLISHED-TTL:PT1H");
    }
    const QByteArray stamp = utcStamp(QDateTime::fromMSecsSinceEpoch(clock.nowMs(), QTimeZone::utc()));
    for (const auto &event : events) {
        addLine(out, "BEGIN:VEVENT");
        addLine(out, "UID:" + event.id.toUtf8() + "@commonroom");
        addLine(out, "DTSTAMP:" + stamp);
        addLine(out, "DTSTART:" + utcStamp(event.start));
        if (event.end.isValid())
            addLine(out, "DTEND:" + utcStamp(event.end));
        addText(out, "SUMMARY", event.title);
        addText(out, "DESCRIPTION", event.description);
        addText(out, "LOCATION", event.place);
        addText(out, "CATEGORIES", event.area);
        addLine(out, event.status == QLatin1String("cancelled") ? "STATUS:CANCELLED" : "STATUS:CONFIRMED");
        addText(out, "X-COMMONROOM-TZID", event.timeZone);
        if (event.capacity > 0)
            addLine(out, "X-COMMONROOM-CAPACITY:" + QByteArray::number(event.capacity));
        addLine(out, "END:VEVENT");
    }
    addLine(out, "END:VCALENDAR");
    return out;
}

// A content line split into name, parameters and value (RFC 5545 §3.1); quoted parameter values
// may hold ':' and ';'.
struct ContentLine
{
    QString name;
    QMap<QString, QString> parameters;
    QString value;
};

std::optional<ContentLine> splitContentLine(const QString &line)
{
    ContentLine parsed;
    int i = 0;
    const int n = int(line.size());
    while (i < n && line[i] != QLatin1Char(';') && line[i] != QLatin1Char(':'))
        ++i;
    parsed.name = line.left(i).toUpper();
    if (parsed.name.isEmpty() || i >= n)
        return std::nullopt;
    while (i < n && line[i] == QLatin1Char(';')) {
        const int start = ++i;
        bool quoted = false;
        while (i < n && (quoted || (line[i] != QLatin1Char(';') && line[i] != QLatin1Char(':')))) {
            if (line[i] == QLatin1Char('"'))
                quoted = !quoted;
            ++i;
        }
        const QString parameter = line.mid(start, i - start);
        const auto equals = parameter.indexOf(QLatin1Char('='));
        if (equals <= 0)
            return std::nullopt;
        QString value = parameter.mid(equals + 1);
        if (value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"')) && value.size() >= 2)
            value = value.mid(1, value.size() - 2);
        parsed.parameters.insert(parameter.left(equals).toUpper(), value);
    }
    if (i >= n || line[i] != QLatin1Char(':'))
        return std::nullopt;
    parsed.value = line.mid(i + 1);
    return parsed;
}

QDateTime parseTime(const ContentLine &line)
{
    const QString &value = line.value;
    if (line.parameters.value(QStringLiteral("VALUE")).compare(QLatin1String("DATE"), Qt::CaseInsensitive) == 0) {
        const QDate date = QDate::fromString(value, QStringLiteral("yyyyMMdd"));
        return date.isValid() ? QDateTime(date, QTime(0, 0), QTimeZone::utc()) : QDateTime();
    }
    if (value.endsWith(QLatin1Char('Z'))) {
        QDateTime time = QDateTime::fromString(value.chopped(1), QStringLiteral("yyyyMMdd'T'HHmmss"));
        if (!time.isValid())
            return {};
        time.setTimeZone(QTimeZone::utc());
        return time;
    }
    QDateTime local = QDateTime::fromString(value, QStringLiteral("yyyyMMdd'T'HHmmss"));
    if (!local.isValid())
        return {};
    const QString zone = line.parameters.value(QStringLiteral("TZID"));
    const QTimeZone timeZone = zone.isEmpty() ? QTimeZone::utc() : QTimeZone(zone.toUtf8());
    if (!timeZone.isValid())
        return {};
    local.setTimeZone(timeZone);
    return local.toUTC();
}

} // namespace

QString ICalendar::escapeText(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size());
    for (const QChar c : text) {
        if (c == QLatin1Char('\\') || c == QLatin1Char(';') || c == QLatin1Char(','))
            escaped += QLatin1Char('\\') + QString(c);
        else if (c == QLatin1Char('\n'))
            escaped += QStringLiteral("\\n");
        else if (c != QLatin1Char('\r'))
            escaped += c;
    }
    return escaped;
}

QString ICalendar::unescapeText(const QString &text)
{
    QString plain;
    plain.reserve(text.size());
    for (int i = 0; i < text.size(); ++i) {
        if (text[i] == QLatin1Char('\\') && i + 1 < text.size()) {
            const QChar next = text[++i];
            plain += next == QLatin1Char('n') || next == QLatin1Char('N') ? QChar(u'\n') : next;
        } else {
            plain += text[i];
        }
    }
    return plain;
}

QByteArray ICalendar::foldLine(const QByteArray &line)
{
    constexpr int kLimit = 75;
    if (line.size() <= kLimit)
        return line;
    QByteArray folded;
    int start = 0;
    int limit = kLimit; // continuation lines start with a space, which counts
    while (line.size() - start > limit) {
        int end = start + limit;
        // Never split a UTF-8 sequence: back up over continuation bytes.
        while (end > start && (static_cast<unsigned char>(line[end]) & 0xC0) == 0x80)
            --end;
        folded += line.mid(start, end - start);
        folded += "\r\n ";
        start = end;
        limit = kLimit - 1;
    }
    folded += line.mid(start);
    return folded;
}

QByteArray ICalendar::write(const std::vector<EventInfo> &events, const QString &calendarName, const Clock &clock)
{
    return calendar(events, calendarName, false, clock);
}

QByteArray ICalendar::writeSubscription(
    const std::vector<EventInfo> &events, const QString &calendarName, const Clock &clock)
{
    return calendar(events, calendarName, true, clock);
}

Result<std::vector<EventInfo>> ICalendar::parse(const QByteArray &data)
{
    // Unfold (§3.1): a line break followed by a space or tab continues the line.
    QByteArray unfolded = data;
    unfolded.replace("\r\n ", "").replace("\r\n\t", "").replace("\n ", "").replace("\n\t", "");
    const QList<QByteArray> lines = unfolded.split('\n');

    std::vector<EventInfo> events;
    std::optional<EventInfo> current;
    int depth = 0; // 1 inside VCALENDAR, 2 inside a component
    bool sawCalendar = false;
    int number = 0;
    const auto fail = [&number](const std::string &what) {
        return makeError("invalid_calendar", "Line " + std::to_string(number) + " of the calendar: " + what);
    };
    for (QByteArray raw : lines) {
        ++number;
        if (raw.endsWith('\r'))
            raw.chop(1);
        if (raw.isEmpty())
            continue;
        const auto line = splitContentLine(QString::fromUtf8(raw));
        if (!line)
            return fail("\"" + raw.toStdString() + "\" is not a NAME:VALUE content line.");
        if (line->name == QLatin1String("BEGIN")) {
            if (depth == 0 && line->value != QLatin1String("VCALENDAR"))
                return fail("a calendar starts with BEGIN:VCALENDAR.");
            if (depth == 1 && line->value == QLatin1String("VEVENT"))
                current = EventInfo {};
            ++depth;
            sawCalendar = true;
            continue;
        }
        if (line->name == QLatin1String("END")) {
            if (depth == 0)
                return fail("END without BEGIN.");
            if (depth == 2 && line->value == QLatin1String("VEVENT") && current) {
                if (current->id.isEmpty())
                    return fail("an event has no UID.");
                if (!current->start.isValid())
                    return fail("the event " + current->id.toStdString() + " has no valid DTSTART.");
                if (current->status.isEmpty())
                    current->status = QStringLiteral("scheduled");
                events.push_back(std::move(*current));
                current.reset();
            }
            --depth;
            continue;
        }
        if (!current || depth != 2)
            continue;
        const QString &name = line->name;
        if (name == QLatin1String("UID")) {
            current->id = line->value.endsWith(QLatin1String("@commonroom")) ? line->value.chopped(11) : line->value;
        } else if (name == QLatin1String("DTSTART") || name == QLatin1String("DTEND")) {
            const QDateTime time = parseTime(*line);
            if (!time.isValid())
                return fail(name.toStdString() + " \"" + line->value.toStdString() + "\" is not a date-time.");
            (name == QLatin1String("DTSTART") ? current->start : current->end) = time;
        } else if (name == QLatin1String("SUMMARY")) {
            current->title = unescapeText(line->value);
        } else if (name == QLatin1String("DESCRIPTION")) {
            current->description = unescapeText(line->value);
        } else if (name == QLatin1String("LOCATION")) {
            current->place = unescapeText(line->value);
        } else if (name == QLatin1String("CATEGORIES")) {
            current->area = unescapeText(line->value);
        } else if (name == QLatin1String("STATUS")) {
            current->status = line->value.compare(QLatin1String("CANCELLED"), Qt::CaseInsensitive) == 0
                ? QStringLiteral("cancelled")
                : QStringLiteral("scheduled");
        } else if (name == QLatin1String("X-COMMONROOM-TZID")) {
            current->timeZone = unescapeText(line->value);
        } else if (name == QLatin1String("X-COMMONROOM-CAPACITY")) {
            bool ok = false;
            current->capacity = line->value.toInt(&ok);
            if (!ok || current->capacity < 0)
                return fail("X-COMMONROOM-CAPACITY takes a whole number.");
        }
    }
    if (!sawCalendar)
        return makeError("invalid_calendar", "This is not an iCalendar file: it has no BEGIN:VCALENDAR.");
    if (depth != 0)
        return makeError("invalid_calendar", "The calendar ends before its END:VCALENDAR; the file is cut short.");
    return events;
}

} // namespace commonroom
