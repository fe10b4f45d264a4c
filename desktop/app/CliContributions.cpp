// Contributions and touch-points (docs/organizing.md): contribute, contributions.

#include "CliCommands.h"

#include "desktop/core/Contributions.h"
#include "desktop/core/Device.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace commonroom {

namespace {

QString isoTime(const QDateTime &utc)
{
    return utc.isValid() ? utc.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QString nameOr(const QString &name, const QString &id)
{
    return name.isEmpty() ? id : name;
}

QJsonObject toJson(const Contribution &entry, const Terms &terms)
{
    return QJsonObject {{QStringLiteral("id"), entry.id}, {QStringLiteral("person_id"), entry.personId},
        {QStringLiteral("area"), entry.area}, {QStringLiteral("area_name"), terms.areaName(entry.area)},
        {QStringLiteral("kind"), entry.kind},
        {QStringLiteral("hours"), entry.minutes ? QJsonValue(*entry.minutes / 60.0) : QJsonValue()},
        {QStringLiteral("description"), entry.description},
        {QStringLiteral("done_on"), entry.doneOn.toString(Qt::ISODate)},
        {QStringLiteral("recorded_by"), entry.recordedBy}, {QStringLiteral("recorded_by_name"), entry.recordedByName},
        {QStringLiteral("recorded_at"), isoTime(entry.recordedAt)}, {QStringLiteral("confirmed"), entry.isConfirmed()},
        {QStringLiteral("confirmed_by"), entry.isConfirmed() ? QJsonValue(entry.confirmedBy) : QJsonValue()},
        {QStringLiteral("confirmed_by_name"), entry.confirmedByName},
        {QStringLiteral("confirmed_at"), entry.isConfirmed() ? QJsonValue(isoTime(entry.confirmedAt)) : QJsonValue()}};
}

QString line(const Contribution &entry, const Terms &terms)
{
    QString text = entry.doneOn.toString(Qt::ISODate) + QStringLiteral("  ") + entry.id + QStringLiteral("  ")
        + Contributions::kindName(entry.kind) + QStringLiteral(", ") + terms.areaName(entry.area);
    if (entry.minutes)
        text += QStringLiteral(", ") + Contributions::hoursText(entry.minutes);
    text += QStringLiteral("  by ") + nameOr(entry.recordedByName, entry.recordedBy);
    text += entry.isConfirmed() ? QStringLiteral("  confirmed by ") + nameOr(entry.confirmedByName, entry.confirmedBy)
                                : QStringLiteral("  unconfirmed");
    if (!entry.description.isEmpty())
        text += QStringLiteral("  ") + entry.description;
    return text;
}

} // namespace

bool CliCommands::isContributionCommand(const QString &command)
{
    return command == QLatin1String("contribute") || command == QLatin1String("contributions");
}

int CliCommands::contributionCommand(const QString &command, QStringList args)
{
    Contributions &contributions = m_device.contributions();
    if (command == QLatin1String("contribute")) {
        if (args.contains(QStringLiteral("--confirm"))) {
            const QString id = takeOption(args, QStringLiteral("--confirm"));
            if (id.isNull() || !args.isEmpty())
                return usage(QStringLiteral("contribute --confirm needs ENTRY_ID alone"));
            if (auto confirmed = contributions.confirm(id); !confirmed)
                return failed(confirmed.error());
            if (m_json)
                m_out << QJsonDocument(QJsonObject {{QStringLiteral("id"), id}, {QStringLiteral("confirmed"), true}})
                             .toJson(QJsonDocument::Compact)
                      << '\n';
            else
                m_out << id << '\n';
            return Ok;
        }
        NewContribution entry;
        for (const auto &[option, target] : {std::pair {QStringLiteral("--kind"), &entry.kind},
                 std::pair {QStringLiteral("--description"), &entry.description}}) {
            if (args.contains(option)) {
                *target = takeOption(args, option);
                if (target->isNull())
                    return usage(QStringLiteral("%1 needs a value").arg(option));
            }
        }
        if (args.contains(QStringLiteral("--hours"))) {
            bool isNumber = false;
            const double hours = takeOption(args, QStringLiteral("--hours")).toDouble(&isNumber);
            if (!isNumber || !std::isfinite(hours))
                return usage(QStringLiteral("--hours needs a number of hours (1.5 for an hour and a half)"));
            entry.minutes = int(std::lround(std::clamp(hours, -1e6, 1e6) * 60));
        }
        if (args.contains(QStringLiteral("--on"))) {
            entry.doneOn = QDate::fromString(takeOption(args, QStringLiteral("--on")), Qt::ISODate);
            if (!entry.doneOn.isValid())
                return usage(QStringLiteral("--on needs the day it was done, YYYY-MM-DD"));
        }
        if (args.size() != 2)
            return usage(QStringLiteral("contribute needs PERSON_ID AREA (one of %1)")
                             .arg(m_device.terms().areas().join(QStringLiteral(", "))));
        entry.area = args.at(1);
        const auto id = contributions.record(args.at(0), entry);
        if (!id)
            return failed(id.error());
        if (m_json)
            m_out << QJsonDocument(
                QJsonObject {{QStringLiteral("id"), *id}, {QStringLiteral("confirmed"), contributions.mayConfirm()}})
                         .toJson(QJsonDocument::Compact)
                  << '\n';
        else
            m_out << *id << '\n';
        return Ok;
    }

    if (takeFlag(args, QStringLiteral("--unconfirmed"))) {
        if (!args.isEmpty())
            return usage(QStringLiteral("contributions --unconfirmed takes nothing else"));
        const auto read = contributions.unconfirmed();
        if (!read)
            return failed(read.error());
        const std::vector<Contribution> &waiting = *read;
        if (m_json) {
            QJsonArray items;
            for (const auto &entry : waiting)
                items.append(toJson(entry, m_device.terms()));
            m_out << QJsonDocument(QJsonObject {{QStringLiteral("unconfirmed"), items}}).toJson(QJsonDocument::Compact)
                  << '\n';
            return Ok;
        }
        if (waiting.empty())
            m_out << "nothing waits for a confirmation\n";
        for (const auto &entry : waiting)
            m_out << line(entry, m_device.terms()) << '\n';
        return Ok;
    }
    if (args.size() != 1)
        return usage(QStringLiteral("contributions needs PERSON_ID, or --unconfirmed"));
    const QString person = args.at(0);
    if (!contributions.maySeeOf(person))
        return failed(makeError("forbidden", "Only the person themself and leaders see a person's contributions."));
    const auto readTimeline = contributions.timeline(person);
    if (!readTimeline)
        return failed(readTimeline.error());
    const auto readTotals = contributions.totals(person);
    if (!readTotals)
        return failed(readTotals.error());
    const std::vector<Contribution> &timeline = *readTimeline;
    const std::vector<AreaTotal> &totals = *readTotals;
    if (m_json) {
        QJsonArray items;
        for (const auto &entry : timeline)
            items.append(toJson(entry, m_device.terms()));
        QJsonArray byArea;
        for (const auto &total : totals)
            byArea.append(QJsonObject {{QStringLiteral("area"), total.area},
                {QStringLiteral("area_name"), m_device.terms().areaName(total.area)},
                {QStringLiteral("entries"), total.entries}, {QStringLiteral("hours"), total.minutes / 60.0},
                {QStringLiteral("confirmed_hours"), total.confirmedMinutes / 60.0}});
        m_out << QJsonDocument(QJsonObject {{QStringLiteral("person_id"), person},
                                   {QStringLiteral("contributions"), items}, {QStringLiteral("totals"), byArea}})
                     .toJson(QJsonDocument::Compact)
              << '\n';
        return Ok;
    }
    if (timeline.empty()) {
        m_out << "no contributions yet\n";
        return Ok;
    }
    for (const auto &total : totals) {
        m_out << m_device.terms().areaName(total.area) << ": " << total.entries << " entries";
        if (total.minutes > 0)
            m_out << ", " << Contributions::hoursText(total.minutes) << " ("
                  << Contributions::hoursText(total.confirmedMinutes) << " confirmed)";
        m_out << '\n';
    }
    m_out << '\n';
    for (const auto &entry : timeline)
        m_out << line(entry, m_device.terms()) << '\n';
    return Ok;
}

} // namespace commonroom
