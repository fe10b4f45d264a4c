// Turfs and canvassing (docs/organizing.md, "Turfs and canvassing"): turfs, turf
// cut|new|rename|close|reopen|add|remove|show|assign|withdraw|assignments, canvass.

#include "CliCommands.h"

#include "desktop/core/Device.h"
#include "desktop/core/Turfs.h"

#include <QJsonArray>
#include <QJsonObject>

namespace commonroom {

namespace {

QJsonObject toJson(const Turf &turf)
{
    return QJsonObject {{QStringLiteral("id"), turf.id}, {QStringLiteral("name"), turf.name},
        {QStringLiteral("state"), turf.state}, {QStringLiteral("doors"), turf.doors},
        {QStringLiteral("visited"), turf.visited}, {QStringLiteral("conversations"), turf.conversations},
        {QStringLiteral("supporters"), turf.supporters},
        {QStringLiteral("canvassers"), QJsonArray::fromStringList(turf.canvassers)}};
}

QJsonObject toJson(const TurfDoor &door)
{
    return QJsonObject {{QStringLiteral("person_id"), door.personId}, {QStringLiteral("display_name"), door.name},
        {QStringLiteral("address"), door.address}, {QStringLiteral("phone"), door.phone},
        {QStringLiteral("neighbourhood"), door.neighbourhood}, {QStringLiteral("languages"), door.languages},
        {QStringLiteral("outcome"), door.outcome.isEmpty() ? QJsonValue() : QJsonValue(door.outcome)},
        {QStringLiteral("support"), door.support ? QJsonValue(door.support) : QJsonValue()},
        {QStringLiteral("note"), door.note}, {QStringLiteral("recorded_at"), door.recordedAt}};
}

QJsonObject toJson(const TurfAssignment &assignment)
{
    return QJsonObject {{QStringLiteral("id"), assignment.id}, {QStringLiteral("turf_id"), assignment.turfId},
        {QStringLiteral("turf"), assignment.turfName}, {QStringLiteral("canvasser_id"), assignment.canvasserId},
        {QStringLiteral("canvasser"), assignment.canvasserName},
        {QStringLiteral("starts_at"), assignment.startsAt.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("ends_at"), assignment.endsAt.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("state"), assignment.state}, {QStringLiteral("open"), assignment.open}};
}

QString progress(const Turf &turf)
{
    return QStringLiteral("%1 of %2 doors visited, %3 conversations, %4 supporters")
        .arg(turf.visited)
        .arg(turf.doors)
        .arg(turf.conversations)
        .arg(turf.supporters);
}

} // namespace

bool CliCommands::isTurfCommand(const QString &command)
{
    return command == QLatin1String("turfs") || command == QLatin1String("turf") || command == QLatin1String("canvass");
}

int CliCommands::turfCommand(const QString &command, QStringList args)
{
    Turfs &turfs = m_device.turfs();
    if (command == QLatin1String("turfs")) {
        if (!args.isEmpty())
            return usage(QStringLiteral("turfs takes no arguments"));
        const auto read = turfs.list();
        if (!read)
            return failed(read.error());
        if (m_json) {
            QJsonArray items;
            for (const auto &turf : *read)
                items.append(toJson(turf));
            return printJson(QJsonObject {{QStringLiteral("turfs"), items}});
        }
        if (read->empty())
            m_out << (turfs.mayEdit() ? "no turfs\n" : "no turf is assigned to you now\n");
        for (const auto &turf : *read) {
            m_out << turf.id << "  " << turf.name << (turf.state == QLatin1String("closed") ? "  (closed)" : "") << "  "
                  << progress(turf);
            if (!turf.canvassers.isEmpty())
                m_out << "  canvassing: " << turf.canvassers.join(QStringLiteral(", "));
            m_out << '\n';
        }
        return Ok;
    }
    if (command == QLatin1String("canvass")) {
        if (args.size() < 3)
            return usage(QStringLiteral("canvass needs TURF_ID PERSON_ID OUTCOME (not_home, talked, refused, moved)"));
        std::optional<int> support;
        if (const QString value = takeOption(args, QStringLiteral("--support")); !value.isNull()) {
            bool ok = false;
            support = value.toInt(&ok);
            if (!ok)
                return usage(QStringLiteral("--support takes a number from 1 to 5"));
        }
        const QString note = takeOption(args, QStringLiteral("--note"));
        if (args.size() != 3)
            return usage(QStringLiteral("canvass needs TURF_ID PERSON_ID OUTCOME"));
        const auto id = turfs.record(args.at(0), args.at(1), args.at(2), support, note);
        return printCreated(id);
    }
    const QString sub = args.isEmpty() ? QString() : args.takeFirst();
    if (sub == QLatin1String("cut")) {
        const QString listId = takeOption(args, QStringLiteral("--list"));
        const QString area = takeOption(args, QStringLiteral("--area"));
        const QString prefix = takeOption(args, QStringLiteral("--prefix"));
        const QString max = takeOption(args, QStringLiteral("--max"));
        const bool dryRun = takeFlag(args, QStringLiteral("--dry-run"));
        if (!args.isEmpty() || listId.isNull() == area.isNull())
            return usage(QStringLiteral("turf cut needs --list SMART_LIST_ID or --area AREA"));
        bool ok = true;
        const int maxDoors = max.isNull() ? 40 : max.toInt(&ok);
        if (!ok)
            return usage(QStringLiteral("--max takes a number of doors"));
        PeopleQuery query;
        if (!listId.isNull()) {
            const auto list = m_device.smartLists().byId(listId);
            if (!list)
                return failed(list.error());
            query = list->query;
        } else {
            query.area = area;
        }
        const auto plan = turfs.plan(query, maxDoors, prefix);
        if (!plan)
            return failed(plan.error());
        QStringList ids;
        if (!dryRun) {
            const auto made = turfs.cut(*plan);
            if (!made)
                return failed(made.error());
            ids = *made;
        }
        if (m_json) {
            QJsonArray items;
            for (std::size_t i = 0; i < plan->turfs.size(); ++i) {
                QJsonObject item {{QStringLiteral("name"), plan->turfs[i].name},
                    {QStringLiteral("doors"), int(plan->turfs[i].personIds.size())}};
                if (!dryRun)
                    item.insert(QStringLiteral("id"), ids.at(int(i)));
                items.append(item);
            }
            return printJson(QJsonObject {
                {QStringLiteral("turfs"), items}, {QStringLiteral("without_address"), plan->withoutAddress}});
        }
        for (std::size_t i = 0; i < plan->turfs.size(); ++i)
            m_out << (dryRun ? QString() : ids.at(int(i)) + QStringLiteral("  ")) << plan->turfs[i].name << "  ("
                  << plan->turfs[i].personIds.size() << " doors)\n";
        if (plan->turfs.empty())
            m_out << "no one selected has an address you can see\n";
        if (plan->withoutAddress > 0)
            m_out << plan->withoutAddress << " selected people left out: you cannot see their address\n";
        return Ok;
    }
    if (sub == QLatin1String("new")) {
        if (args.size() != 1)
            return usage(QStringLiteral("turf new needs NAME (quote it when it has spaces)"));
        const auto id = turfs.create(args.at(0));
        return printCreated(id);
    }
    if (sub == QLatin1String("rename")) {
        if (args.size() != 2)
            return usage(QStringLiteral("turf rename needs TURF_ID NAME"));
        const auto done = turfs.rename(args.at(0), args.at(1));
        return done ? int(Ok) : failed(done.error());
    }
    if (sub == QLatin1String("close") || sub == QLatin1String("reopen")) {
        if (args.size() != 1)
            return usage(QStringLiteral("turf %1 needs TURF_ID").arg(sub));
        const auto done = turfs.setOpen(args.at(0), sub == QLatin1String("reopen"));
        return done ? int(Ok) : failed(done.error());
    }
    if (sub == QLatin1String("add") || sub == QLatin1String("remove")) {
        if (args.size() != 2)
            return usage(QStringLiteral("turf %1 needs TURF_ID PERSON_ID").arg(sub));
        const auto done = sub == QLatin1String("add") ? turfs.addDoor(args.at(0), args.at(1))
                                                      : turfs.removeDoor(args.at(0), args.at(1));
        return done ? int(Ok) : failed(done.error());
    }
    if (sub == QLatin1String("show")) {
        if (args.size() != 1)
            return usage(QStringLiteral("turf show needs TURF_ID"));
        const auto turf = turfs.byId(args.at(0));
        if (!turf)
            return failed(turf.error());
        const auto doors = turfs.doors(turf->id);
        if (!doors)
            return failed(doors.error());
        if (m_json) {
            QJsonObject object = toJson(*turf);
            QJsonArray items;
            for (const auto &door : *doors)
                items.append(toJson(door));
            object.insert(QStringLiteral("doors_in_order"), items);
            return printJson(object);
        }
        // A walk list: street by street, a box to tick at each door.
        m_out << turf->name << "  " << progress(*turf) << '\n';
        QString street = QStringLiteral("\x01");
        for (const auto &door : *doors) {
            if (door.street != street) {
                street = door.street;
                m_out << '\n' << (street.isEmpty() ? QStringLiteral("(no address shown)") : street) << '\n';
            }
            m_out << (door.outcome.isEmpty() ? "  [ ] " : "  [x] ") << door.address.section(QLatin1Char('\n'), 0, 0)
                  << "  " << door.name << "  " << door.personId;
            if (!door.phone.isEmpty())
                m_out << "  " << door.phone;
            if (!door.outcome.isEmpty())
                m_out << "  " << door.outcome
                      << (door.support ? QStringLiteral(" (support %1)").arg(door.support) : QString());
            m_out << '\n';
        }
        return Ok;
    }
    if (sub == QLatin1String("assign")) {
        const QString from = takeOption(args, QStringLiteral("--from"));
        const QString until = takeOption(args, QStringLiteral("--until"));
        if (args.size() != 2 || until.isNull())
            return usage(QStringLiteral("turf assign needs TURF_ID PERSON_ID --until TIME [--from TIME]"));
        const QDateTime starts = from.isNull() ? m_device.store().now() : parseCommandLineTime(from);
        const QDateTime ends = parseCommandLineTime(until);
        if (!starts.isValid() || !ends.isValid())
            return usage(QStringLiteral("--from and --until take times like 2026-05-01T18:00 (UTC) or with an offset"));
        const auto id = turfs.assign(args.at(0), args.at(1), starts, ends);
        return printCreated(id);
    }
    if (sub == QLatin1String("withdraw")) {
        if (args.size() != 1)
            return usage(QStringLiteral("turf withdraw needs ASSIGNMENT_ID"));
        const auto done = turfs.withdraw(args.at(0));
        return done ? int(Ok) : failed(done.error());
    }
    if (sub == QLatin1String("assignments")) {
        if (args.size() > 1)
            return usage(QStringLiteral("turf assignments takes at most TURF_ID"));
        const auto read = turfs.assignments(args.value(0));
        if (!read)
            return failed(read.error());
        if (m_json) {
            QJsonArray items;
            for (const auto &assignment : *read)
                items.append(toJson(assignment));
            return printJson(QJsonObject {{QStringLiteral("assignments"), items}});
        }
        if (read->empty())
            m_out << "no assignments\n";
        for (const auto &a : *read)
            m_out << a.id << "  " << a.turfName << "  " << a.canvasserName << "  "
                  << a.startsAt.toUTC().toString(Qt::ISODate) << " to " << a.endsAt.toUTC().toString(Qt::ISODate)
                  << "  " << (a.open ? QStringLiteral("open") : a.state) << '\n';
        return Ok;
    }
    return usage(QStringLiteral("turf needs cut, new, rename, close, reopen, add, remove, show, assign, withdraw or "
                                "assignments"));
}

} // namespace commonroom
