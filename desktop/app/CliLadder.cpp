// The leadership ladder and leader notes (docs/organizing.md): assess, ladder, note, notes.

#include "CliCommands.h"

#include "desktop/core/Device.h"
#include "desktop/core/Ladder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace commonroom {

namespace {

QString isoTime(const QDateTime &utc)
{
    return utc.toUTC().toString(Qt::ISODateWithMs);
}

QJsonObject toJson(const Assessment &assessment, const Terms &terms)
{
    return QJsonObject {{QStringLiteral("id"), assessment.id}, {QStringLiteral("person_id"), assessment.personId},
        {QStringLiteral("level"), assessment.level}, {QStringLiteral("level_name"), terms.levelName(assessment.level)},
        {QStringLiteral("note"), assessment.note}, {QStringLiteral("assessed_by"), assessment.assessedBy},
        {QStringLiteral("assessed_by_name"), assessment.assessedByName},
        {QStringLiteral("assessed_at"), isoTime(assessment.assessedAt)}};
}

QJsonObject toJson(const LeaderNote &note)
{
    return QJsonObject {{QStringLiteral("id"), note.id}, {QStringLiteral("person_id"), note.personId},
        {QStringLiteral("author_id"), note.authorId}, {QStringLiteral("author_name"), note.authorName},
        {QStringLiteral("written_at"), isoTime(note.writtenAt)}, {QStringLiteral("text"), note.text}};
}

} // namespace

bool CliCommands::isLadderCommand(const QString &command)
{
    return command == QLatin1String("assess") || command == QLatin1String("ladder") || command == QLatin1String("note")
        || command == QLatin1String("notes");
}

int CliCommands::ladderCommand(const QString &command, QStringList args)
{
    Ladder &ladder = m_device.ladder();
    if (command == QLatin1String("assess")) {
        const bool hasNote = args.contains(QStringLiteral("--note"));
        const QString note = takeOption(args, QStringLiteral("--note"));
        if (hasNote && note.isNull())
            return usage(QStringLiteral("--note needs TEXT"));
        bool isNumber = false;
        const int level = args.value(1).toInt(&isNumber);
        if (args.size() != 2 || !isNumber)
            return usage(QStringLiteral("assess needs PERSON_ID LEVEL (a whole number from %1 to %2)")
                             .arg(Ladder::lowestLevel())
                             .arg(Ladder::highestLevel()));
        const auto id = ladder.assess(args.at(0), level, note);
        if (!id)
            return failed(id.error());
        if (m_json)
            m_out << QJsonDocument(QJsonObject {{QStringLiteral("id"), *id}, {QStringLiteral("level"), level},
                                       {QStringLiteral("level_name"), m_device.terms().levelName(level)}})
                         .toJson(QJsonDocument::Compact)
                  << '\n';
        else
            m_out << *id << '\n';
        return Ok;
    }
    if (command == QLatin1String("note")) {
        if (args.size() != 2)
            return usage(QStringLiteral("note needs PERSON_ID TEXT (quote the text)"));
        const auto id = ladder.addNote(args.at(0), args.at(1));
        if (!id)
            return failed(id.error());
        if (m_json)
            m_out << QJsonDocument(QJsonObject {{QStringLiteral("id"), *id}}).toJson(QJsonDocument::Compact) << '\n';
        else
            m_out << *id << '\n';
        return Ok;
    }
    if (args.size() != 1)
        return usage(QStringLiteral("%1 needs PERSON_ID").arg(command));
    const QString person = args.at(0);
    if (command == QLatin1String("ladder")) {
        if (!ladder.maySeeAssessments())
            return failed(makeError("forbidden", "Only leaders and admins see the leadership ladder."));
        const auto read = ladder.history(person);
        if (!read)
            return failed(read.error());
        const std::vector<Assessment> &history = *read;
        if (m_json) {
            QJsonArray items;
            for (const auto &assessment : history)
                items.append(toJson(assessment, m_device.terms()));
            m_out << QJsonDocument(
                QJsonObject {{QStringLiteral("person_id"), person},
                    {QStringLiteral("current"), history.empty() ? QJsonValue() : QJsonValue(history.front().level)},
                    {QStringLiteral("assessments"), items}})
                         .toJson(QJsonDocument::Compact)
                  << '\n';
            return Ok;
        }
        if (history.empty()) {
            m_out << "not assessed yet\n";
            return Ok;
        }
        for (const auto &assessment : history) {
            m_out << isoTime(assessment.assessedAt) << "  " << assessment.level << ' '
                  << m_device.terms().levelName(assessment.level) << "  by "
                  << (assessment.assessedByName.isEmpty() ? assessment.assessedBy : assessment.assessedByName);
            if (!assessment.note.isEmpty())
                m_out << "  " << assessment.note;
            m_out << '\n';
        }
        return Ok;
    }
    if (!ladder.maySeeNotesAbout(person))
        return failed(makeError("forbidden",
            person.toStdString() == m_device.store().principal().personId
                ? "Leader notes about you are kept from you."
                : "Only leaders and admins see leader notes."));
    const auto read = ladder.notes(person);
    if (!read)
        return failed(read.error());
    const std::vector<LeaderNote> &notes = *read;
    if (m_json) {
        QJsonArray items;
        for (const auto &note : notes)
            items.append(toJson(note));
        m_out << QJsonDocument(QJsonObject {{QStringLiteral("person_id"), person}, {QStringLiteral("notes"), items}})
                     .toJson(QJsonDocument::Compact)
              << '\n';
        return Ok;
    }
    if (notes.empty())
        m_out << "no notes\n";
    for (const auto &note : notes)
        m_out << isoTime(note.writtenAt) << "  " << (note.authorName.isEmpty() ? note.authorId : note.authorName)
              << ": " << note.text << '\n';
    return Ok;
}

} // namespace commonroom
