// commonroom-cli events … and checkin …: events, registration, the door, reports, calendars and
// duplicate review (desktop/core/Events, Duplicates, ICalendar), offline like every command.

#include "CliCommands.h"

#include "common/EventReminders.h"
#include "desktop/core/Device.h"
#include "desktop/core/Exporter.h"
#include "desktop/core/ICalendar.h"
#include "desktop/core/LocalStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace commonroom {

namespace {

QString output(QStringList &args)
{
    for (const QString &flag : {QStringLiteral("-o"), QStringLiteral("--output")}) {
        if (const QString value = takeOption(args, flag); !value.isNull())
            return value;
    }
    return {};
}

QJsonObject eventJson(const EventInfo &event)
{
    return QJsonObject {{QStringLiteral("id"), event.id}, {QStringLiteral("title"), event.title},
        {QStringLiteral("description"), event.description}, {QStringLiteral("start"), Events::storedTime(event.start)},
        {QStringLiteral("end"), event.end.isValid() ? Events::storedTime(event.end) : QString()},
        {QStringLiteral("time_zone"), event.timeZone}, {QStringLiteral("place"), event.place},
        {QStringLiteral("area"), event.area}, {QStringLiteral("capacity"), event.capacity},
        {QStringLiteral("reminder_hours"), event.reminderHours}, {QStringLiteral("group_id"), event.groupId},
        {QStringLiteral("organizer_ids"), QJsonArray::fromStringList(event.organizerIds)},
        {QStringLiteral("status"), event.status}};
}

QJsonObject countsJson(const AttendanceCounts &counts)
{
    return QJsonObject {{QStringLiteral("expected"), counts.expected}, {QStringLiteral("checked_in"), counts.checkedIn},
        {QStringLiteral("walk_ins"), counts.walkIns}, {QStringLiteral("waitlisted"), counts.waitlisted},
        {QStringLiteral("capacity"), counts.capacity}, {QStringLiteral("over_capacity"), counts.overCapacity}};
}

QJsonObject registrationJson(const Registration &r)
{
    QJsonArray history;
    for (const auto &entry : r.history)
        history.append(QJsonObject {{QStringLiteral("at"), Events::storedTime(entry.at)},
            {QStringLiteral("device"), entry.deviceId}, {QStringLiteral("by"), entry.byPersonId},
            {QStringLiteral("undone"), entry.undone}});
    return QJsonObject {{QStringLiteral("id"), r.id}, {QStringLiteral("person_id"), r.personId},
        {QStringLiteral("name"), r.displayName}, {QStringLiteral("state"), r.state},
        {QStringLiteral("waitlist_position"), r.waitlistPosition}, {QStringLiteral("attended"), r.attended},
        {QStringLiteral("checked_in_at"), r.checkedInAt.isValid() ? Events::storedTime(r.checkedInAt) : QString()},
        {QStringLiteral("checked_in_by"), r.checkedInBy},
        {QStringLiteral("devices"), QJsonArray::fromStringList(r.devices)}, {QStringLiteral("walk_in"), r.walkIn},
        {QStringLiteral("over_capacity"), r.overCapacity}, {QStringLiteral("history"), history}};
}

} // namespace

int CliCommands::registerList(QStringList args)
{
    const QString listId = takeOption(args, QStringLiteral("--list"));
    if (args.size() != 1 || listId.isEmpty())
        return usage(QStringLiteral("events register EVENT_ID --list SMART_LIST_ID"));
    Events &events = m_device.events();
    const QString eventId = args.first();
    const auto list = m_device.smartLists().byId(listId);
    if (!list)
        return failed(list.error());
    if (!events.event(eventId))
        return failed(
            makeError("not_found", "There is no event " + eventId.toStdString() + " on this device; sync first."));
    if (!events.canManage(eventId))
        return failed(makeError("forbidden", "Only the event's organizers and leaders register someone else."));
    // Everyone the list selects now, in its order: those not registered yet are registered (or
    // waitlisted once the event is full), each offline like a single registration.
    int registered = 0;
    int waitlisted = 0;
    int already = 0;
    PeopleSearch search = m_device.smartLists().search(*list);
    while (!search.atEnd()) {
        const auto page = search.next(500);
        if (!page)
            return failed(page.error());
        for (const QString &personId : *page) {
            const auto before = events.registration(eventId, personId);
            if (before && before->state != QLatin1String("cancelled")) {
                ++already;
                continue;
            }
            const auto state = events.registerPerson(eventId, personId);
            if (!state)
                return failed(state.error());
            ++(*state == QLatin1String("waitlisted") ? waitlisted : registered);
        }
    }
    if (m_json)
        return printJson(QJsonObject {{QStringLiteral("registered"), registered},
            {QStringLiteral("waitlisted"), waitlisted}, {QStringLiteral("already"), already}});
    m_out << "registered " << registered << ", waitlisted " << waitlisted << ", already registered " << already << '\n';
    return Ok;
}

int CliCommands::failed(const Error &error)
{
    m_err << QString::fromStdString(error.message) << '\n';
    return error.code == "forbidden" ? int(NotAuthorized) : int(Failure);
}

int CliCommands::writeOutput(const QString &path, const QByteArray &data)
{
    if (path.isEmpty() || path == QLatin1String("-")) {
        m_out.flush();
        QFile standardOutput;
        if (!standardOutput.open(stdout, QIODevice::WriteOnly) || standardOutput.write(data) != data.size()) {
            m_err << "Cannot write to the standard output.\n";
            return Failure;
        }
        return Ok;
    }
    if (auto status = Exporter::writeFile(path, data); !status)
        return failed(status.error());
    if (!m_json)
        m_err << "Saved " << path << '\n';
    return Ok;
}

int CliCommands::events(QStringList args)
{
    LocalStore &store = m_device.store();
    if (args.isEmpty())
        return usage(QStringLiteral("events needs a subcommand"));
    const QString sub = args.takeFirst();
    Events &events = m_device.events();

    if (sub == QLatin1String("list")) {
        EventQuery query;
        if (takeFlag(args, QStringLiteral("--past")))
            query.when = EventQuery::When::Past;
        if (takeFlag(args, QStringLiteral("--all")))
            query.when = EventQuery::When::All;
        query.groupId = takeOption(args, QStringLiteral("--group"));
        query.area = takeOption(args, QStringLiteral("--area"));
        if (!args.isEmpty())
            return usage(QStringLiteral("events list takes --past, --all, --group G and --area A"));
        const auto list = events.list(query);
        if (m_json) {
            QJsonArray array;
            for (const auto &event : list) {
                QJsonObject object = eventJson(event);
                object.insert(QStringLiteral("counts"), countsJson(events.counts(event.id)));
                array.append(object);
            }
            m_out << QJsonDocument(array).toJson(QJsonDocument::Compact) << '\n';
            return Ok;
        }
        m_out << QStringLiteral("%1  %2  %3  %4\n")
                     .arg(QStringLiteral("ID"), -36)
                     .arg(QStringLiteral("START (UTC)"), -17)
                     .arg(QStringLiteral("SEATS"), -9)
                     .arg(QStringLiteral("TITLE"));
        for (const auto &event : list) {
            const auto counts = events.counts(event.id);
            const QString seats = event.capacity > 0 ? QStringLiteral("%1/%2").arg(counts.expected).arg(event.capacity)
                                                     : QString::number(counts.expected);
            m_out << QStringLiteral("%1  %2  %3  %4%5\n")
                         .arg(event.id, -36)
                         .arg(event.start.toString(QStringLiteral("yyyy-MM-dd HH:mm")), -17)
                         .arg(seats, -9)
                         .arg(event.title,
                             event.status == QLatin1String("cancelled") ? QStringLiteral(" (cancelled)") : QString());
        }
        return Ok;
    }

    if (sub == QLatin1String("add")) {
        EventInfo info;
        info.title = takeOption(args, QStringLiteral("--title"));
        const QString start = takeOption(args, QStringLiteral("--start"));
        const QString end = takeOption(args, QStringLiteral("--end"));
        const QString capacity = takeOption(args, QStringLiteral("--capacity"));
        const QString reminder = takeOption(args, QStringLiteral("--reminder-hours"));
        info.place = takeOption(args, QStringLiteral("--place"));
        info.area = takeOption(args, QStringLiteral("--area"));
        info.groupId = takeOption(args, QStringLiteral("--group"));
        info.timeZone = takeOption(args, QStringLiteral("--time-zone"));
        info.description = takeOption(args, QStringLiteral("--description"));
        if (!args.isEmpty() || info.title.isEmpty() || start.isEmpty())
            return usage(QStringLiteral("events add needs --title T and --start ISO8601"));
        info.start = parseCommandLineTime(start, info.timeZone);
        if (!info.start.isValid())
            return usage(QStringLiteral("--start takes a time like 2026-11-23T18:00 or 2026-11-23T17:00:00Z"));
        if (!end.isEmpty()) {
            info.end = parseCommandLineTime(end, info.timeZone);
            if (!info.end.isValid())
                return usage(QStringLiteral("--end takes a time like 2026-11-23T20:00 or 2026-11-23T19:00:00Z"));
        }
        if (!capacity.isEmpty()) {
            bool ok = false;
            info.capacity = capacity.toInt(&ok);
            if (!ok || info.capacity < 0)
                return usage(QStringLiteral("--capacity takes a number of people (0: no limit)"));
        }
        if (!reminder.isEmpty()) {
            bool ok = false;
            info.reminderHours = reminder.toInt(&ok);
            if (!ok || info.reminderHours < 0 || info.reminderHours > reminders::kLongestHours)
                return usage(QStringLiteral("--reminder-hours takes 1 to %1 hours before the start (0: no reminder)")
                                 .arg(reminders::kLongestHours));
        }
        const auto id = events.create(info);
        if (!id)
            return failed(id.error());
        m_out << *id << '\n';
        return Ok;
    }

    if (sub == QLatin1String("show") && args.size() == 1) {
        const auto event = events.event(args.first());
        if (!event) {
            m_err << "There is no event " << args.first() << " on this device; sync first.\n";
            return Failure;
        }
        const auto counts = events.counts(event->id);
        const auto registrations = events.registrations(event->id);
        if (m_json) {
            QJsonObject object = eventJson(*event);
            object.insert(QStringLiteral("counts"), countsJson(counts));
            QJsonArray list;
            for (const auto &r : registrations)
                list.append(registrationJson(r));
            object.insert(QStringLiteral("registrations"), list);
            m_out << QJsonDocument(object).toJson(QJsonDocument::Compact) << '\n';
            return Ok;
        }
        m_out << event->title << (event->status == QLatin1String("cancelled") ? " (cancelled)" : "") << '\n';
        m_out << "  starts   " << Events::storedTime(event->start) << ' ' << event->timeZone << '\n';
        if (event->end.isValid())
            m_out << "  ends     " << Events::storedTime(event->end) << '\n';
        if (!event->place.isEmpty())
            m_out << "  place    " << event->place << '\n';
        if (!event->area.isEmpty())
            m_out << "  area     " << event->area << '\n';
        m_out << "  capacity " << (event->capacity > 0 ? QString::number(event->capacity) : QStringLiteral("no limit"))
              << '\n';
        if (event->reminderHours > 0)
            m_out << "  reminder " << event->reminderHours << " h before, mailed to the registrants\n";
        m_out << QStringLiteral("  expected %1, checked in %2 (walk-ins %3), waitlisted %4, over capacity %5\n")
                     .arg(counts.expected)
                     .arg(counts.checkedIn)
                     .arg(counts.walkIns)
                     .arg(counts.waitlisted)
                     .arg(counts.overCapacity);
        for (const auto &r : registrations) {
            QString state = r.state;
            if (r.waitlistPosition > 0)
                state += QStringLiteral(" #%1").arg(r.waitlistPosition);
            m_out << QStringLiteral("  %1  %2  %3  %4\n")
                         .arg(r.personId, -36)
                         .arg(state, -14)
                         .arg(r.attended ? QStringLiteral("in ") + Events::storedTime(r.checkedInAt) : QString(), -28)
                         .arg(r.displayName + (r.walkIn ? QStringLiteral(" (walk-in)") : QString()));
        }
        return Ok;
    }

    if (sub == QLatin1String("register") && args.contains(QStringLiteral("--list")))
        return registerList(args);

    if ((sub == QLatin1String("register") || sub == QLatin1String("unregister"))
        && (args.size() == 1 || args.size() == 2)) {
        const QString person = args.value(1);
        if (sub == QLatin1String("register")) {
            const auto state = events.registerPerson(args.first(), person);
            if (!state)
                return failed(state.error());
            m_out << *state << '\n';
            return Ok;
        }
        if (auto status = events.cancelRegistration(args.first(), person); !status)
            return failed(status.error());
        m_out << "cancelled\n";
        return Ok;
    }

    if (sub == QLatin1String("walkin")) {
        WalkInDetails details;
        details.displayName = takeOption(args, QStringLiteral("--name"));
        details.email = takeOption(args, QStringLiteral("--email"));
        details.phone = takeOption(args, QStringLiteral("--phone"));
        details.area = takeOption(args, QStringLiteral("--area"));
        details.consent = takeFlag(args, QStringLiteral("--consent"));
        if (args.size() != 1)
            return usage(QStringLiteral("events walkin needs EVENT_ID and --name NAME"));
        const auto walkIn = events.registerWalkIn(args.first(), details);
        if (!walkIn)
            return failed(walkIn.error());
        m_out << walkIn->personId << '\n';
        return Ok;
    }

    if (sub == QLatin1String("report")) {
        const bool csv = takeFlag(args, QStringLiteral("--csv"));
        const QString path = output(args);
        if (args.size() != 1)
            return usage(QStringLiteral("events report needs EVENT_ID"));
        if (!events.event(args.first())) {
            m_err << "There is no event " << args.first() << " on this device; sync first.\n";
            return Failure;
        }
        if (csv) {
            const auto data = events.attendanceCsv(args.first());
            if (!data)
                return failed(data.error());
            return writeOutput(path, *data);
        }
        const auto report = events.report(args.first());
        QByteArray text;
        if (m_json) {
            QJsonArray areas;
            for (const auto &area : report.byArea)
                areas.append(QJsonObject {{QStringLiteral("area"), area.area},
                    {QStringLiteral("registered"), area.registered}, {QStringLiteral("attended"), area.attended},
                    {QStringLiteral("no_show"), area.noShow}, {QStringLiteral("walk_ins"), area.walkIns}});
            text = QJsonDocument(
                       QJsonObject {{QStringLiteral("registered"), report.registered},
                           {QStringLiteral("attended"), report.attended}, {QStringLiteral("no_show"), report.noShow},
                           {QStringLiteral("walk_ins"), report.walkIns},
                           {QStringLiteral("waitlisted"), report.waitlisted},
                           {QStringLiteral("cancelled"), report.cancelled}, {QStringLiteral("by_area"), areas}})
                       .toJson(QJsonDocument::Compact)
                + '\n';
        } else {
            text += QStringLiteral(
                "%1\nregistered %2, attended %3, no-show %4, walk-ins %5, waitlisted %6, cancelled %7\n")
                        .arg(report.event.title)
                        .arg(report.registered)
                        .arg(report.attended)
                        .arg(report.noShow)
                        .arg(report.walkIns)
                        .arg(report.waitlisted)
                        .arg(report.cancelled)
                        .toUtf8();
            for (const auto &area : report.byArea)
                text += QStringLiteral("  %1  registered %2, attended %3, no-show %4, walk-ins %5\n")
                            .arg(area.area.isEmpty() ? QStringLiteral("(no area)") : area.area, -20)
                            .arg(area.registered)
                            .arg(area.attended)
                            .arg(area.noShow)
                            .arg(area.walkIns)
                            .toUtf8();
        }
        return writeOutput(path, text);
    }

    if (sub == QLatin1String("ics")) {
        const bool subscription = takeFlag(args, QStringLiteral("--subscription"));
        const QString path = output(args);
        std::vector<EventInfo> selected;
        if (args.isEmpty()) {
            EventQuery all;
            all.when = EventQuery::When::All;
            selected = events.list(all);
        }
        for (const auto &id : args) {
            const auto event = events.event(id);
            if (!event) {
                m_err << "There is no event " << id << " on this device; sync first.\n";
                return Failure;
            }
            selected.push_back(*event);
        }
        const QString name = QStringLiteral("Commonroom events");
        return writeOutput(path,
            subscription ? ICalendar::writeSubscription(selected, name, store.clock())
                         : ICalendar::write(selected, name, store.clock()));
    }

    Duplicates &duplicates = m_device.duplicates();
    const bool decidedToo = sub == QLatin1String("duplicates") && takeFlag(args, QStringLiteral("--all"));
    if (sub == QLatin1String("duplicates") && args.isEmpty()) {
        const auto list = duplicates.candidates(decidedToo);
        QJsonArray array;
        if (!m_json)
            m_out << QStringLiteral("%1  %2  %3  %4\n")
                         .arg(QStringLiteral("PAIR"), -36)
                         .arg(QStringLiteral("SCORE"), 5)
                         .arg(QStringLiteral("REASONS"), -16)
                         .arg(QStringLiteral("PEOPLE"));
        for (const auto &pair : list) {
            const auto nameOf = [&duplicates](const QString &id) {
                const auto person = duplicates.person(id);
                const auto it = person ? person->find("display_name") : FieldMap::const_iterator {};
                return person && it != person->end() ? QString::fromStdString(toDisplayString(it->second)) : QString();
            };
            if (m_json) {
                array.append(QJsonObject {{QStringLiteral("id"), pair.id}, {QStringLiteral("person_a"), pair.personA},
                    {QStringLiteral("person_b"), pair.personB},
                    {QStringLiteral("reasons"), QJsonArray::fromStringList(pair.reasons)},
                    {QStringLiteral("score"), pair.score < 0 ? QJsonValue() : QJsonValue(pair.score / 1000.0)},
                    {QStringLiteral("names_alike"),
                        pair.namesAlike < 0 ? QJsonValue() : QJsonValue(pair.namesAlike / 100.0)},
                    {QStringLiteral("state"), pair.state}});
                continue;
            }
            m_out << QStringLiteral("%1  %2  %3  %4 (%5) / %6 (%7)%8\n")
                         .arg(pair.id, -36)
                         .arg(pair.score < 0 ? QStringLiteral("-") : QString::number(pair.score / 1000.0, 'f', 3), 5)
                         .arg(pair.reasons.join(QLatin1Char(',')), -16)
                         .arg(nameOf(pair.personA), pair.personA, nameOf(pair.personB), pair.personB,
                             pair.state == QLatin1String("open") ? QString() : QStringLiteral("  ") + pair.state);
        }
        if (m_json)
            m_out << QJsonDocument(array).toJson(QJsonDocument::Compact) << '\n';
        return Ok;
    }
    if (sub == QLatin1String("merge") && args.size() == 2) {
        if (auto status = duplicates.merge(args.at(0), args.at(1)); !status)
            return failed(status.error());
        m_out << "merged into " << args.at(1) << '\n';
        return Ok;
    }
    if (sub == QLatin1String("merge-likely")) {
        const QString above = takeOption(args, QStringLiteral("--above"));
        bool number = true;
        const double threshold = above.isNull() ? Duplicates::kLikelyScore / 1000.0 : above.toDouble(&number);
        if (!number || threshold < 0.5 || threshold > 1 || !args.isEmpty())
            return usage(QStringLiteral("events merge-likely takes --above SCORE, from 0.5 to 1 (default 0.98)"));
        const auto merged = duplicates.mergeLikely(int(std::lround(threshold * 1000)));
        if (!merged)
            return failed(merged.error());
        m_out << "merged " << *merged << " pairs\n";
        return Ok;
    }
    if (sub == QLatin1String("dismiss") && args.size() == 1) {
        if (auto status = duplicates.dismiss(args.first()); !status)
            return failed(status.error());
        m_out << "dismissed\n";
        return Ok;
    }
    return usage(QStringLiteral("unknown or incomplete events subcommand \"%1\"").arg(sub));
}

int CliCommands::checkin(QStringList args)
{
    const bool undo = takeFlag(args, QStringLiteral("--undo"));
    if (args.size() != 2)
        return usage(QStringLiteral("checkin needs EVENT_ID PERSON_ID"));
    Events &events = m_device.events();
    if (undo) {
        if (auto status = events.undoCheckIn(args.at(0), args.at(1)); !status)
            return failed(status.error());
        m_out << "undone\n";
        return Ok;
    }
    const auto outcome = events.checkIn(args.at(0), args.at(1));
    if (!outcome)
        return failed(outcome.error());
    if (m_json) {
        m_out << QJsonDocument(QJsonObject {{QStringLiteral("registration_id"), outcome->registrationId},
                                   {QStringLiteral("already_checked_in"), outcome->alreadyCheckedIn},
                                   {QStringLiteral("over_capacity"), outcome->overCapacity},
                                   {QStringLiteral("was_registered"), outcome->wasRegistered}})
                     .toJson(QJsonDocument::Compact)
              << '\n';
        return Ok;
    }
    m_out << (outcome->alreadyCheckedIn ? "already checked in" : "checked in");
    if (!outcome->wasRegistered)
        m_out << " (not registered before)";
    if (outcome->overCapacity)
        m_out << " (over capacity: kept and flagged)";
    m_out << '\n';
    return Ok;
}

} // namespace commonroom
