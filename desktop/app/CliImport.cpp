// Bringing people in from a spreadsheet or vCards (docs/import.md): import FILE [--dry-run] [--delimiter C]
// [--encoding E] [--map HEADER=TARGET]... [--rejects FILE].

#include "CliCommands.h"

#include "desktop/core/Device.h"
#include "desktop/core/Exporter.h"
#include "desktop/core/Import.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace commonroom {

bool CliCommands::isImportCommand(const QString &command)
{
    return command == QLatin1String("import");
}

int CliCommands::importCommand(QStringList args)
{
    const bool dryRun = takeFlag(args, QStringLiteral("--dry-run"));
    const QString delimiter = takeOption(args, QStringLiteral("--delimiter"));
    const QString encoding = takeOption(args, QStringLiteral("--encoding"));
    QString rejectsPath = takeOption(args, QStringLiteral("--rejects"));
    std::map<QString, QString> mapped;
    for (QString map = takeOption(args, QStringLiteral("--map")); !map.isNull();
         map = takeOption(args, QStringLiteral("--map"))) {
        const qsizetype equals = map.lastIndexOf(QLatin1Char('='));
        if (equals <= 0)
            return usage(QStringLiteral("--map takes HEADER=TARGET (an empty TARGET ignores the column)"));
        mapped[map.left(equals).trimmed()] = map.mid(equals + 1).trimmed();
    }
    if (args.size() != 1 || (!delimiter.isNull() && delimiter != QLatin1String("\\t") && delimiter.size() != 1))
        return usage(QStringLiteral("import needs FILE [--dry-run] [--delimiter C] [--encoding utf-8|windows-1252|"
                                    "latin1] [--map HEADER=TARGET]... [--rejects FILE]"));
    QFile file(args.at(0));
    if (!file.open(QIODevice::ReadOnly))
        return failed(makeError(
            "not_found", QStringLiteral("%1 cannot be read: %2").arg(args.at(0), file.errorString()).toStdString()));
    const QChar separator = delimiter.isNull() ? QChar()
        : delimiter == QLatin1String("\\t")    ? QLatin1Char('\t')
                                               : delimiter.at(0);
    const auto table = readPeopleFile(file.readAll(), separator, encoding);
    if (!table)
        return failed(table.error());
    std::vector<QString> targets = Import::guessTargets(table->headers);
    for (const auto &[header, target] : mapped) {
        const qsizetype column = table->headers.indexOf(header);
        if (column < 0)
            return failed(makeError("invalid_value",
                QStringLiteral("The file has no column \"%1\"; its columns: %2.")
                    .arg(header, table->headers.join(QStringLiteral(", ")))
                    .toStdString()));
        targets[std::size_t(column)] = target;
    }
    Import &import = m_device.imports();
    const auto plan = import.plan(*table, targets);
    if (!plan)
        return failed(plan.error());

    // What each column becomes, then what would happen.
    QJsonArray columns;
    for (qsizetype column = 0; column < table->headers.size(); ++column) {
        const QString &target = plan->targets[std::size_t(column)];
        if (m_json)
            columns.append(QJsonObject {
                {QStringLiteral("header"), table->headers.at(column)}, {QStringLiteral("target"), target}});
        else
            m_out << table->headers.at(column) << " -> " << (target.isEmpty() ? QStringLiteral("(ignored)") : target)
                  << '\n';
    }
    if (!plan->rejects.empty()) {
        if (rejectsPath.isEmpty())
            rejectsPath = args.at(0) + QStringLiteral(".rejects.csv");
        if (auto written = Exporter::writeFile(rejectsPath, Import::rejectsCsv(*table, *plan)); !written)
            return failed(written.error());
    }
    // Alike people are looked for before writing: afterwards the new ones are here too.
    const auto alike = import.alike(*plan);
    if (!alike)
        return failed(alike.error());
    QJsonArray alikeJson;
    QString alikeText;
    for (const auto &found : *alike) {
        const Import::Row &row = plan->rows[found.row];
        const QString name = QString::fromStdString(textOf(row.fields, "display_name"));
        const QString why = QString::fromStdString(matching::explain(found.evidence));
        alikeJson.append(QJsonObject {{QStringLiteral("line"), row.line}, {QStringLiteral("name"), name},
            {QStringLiteral("person_id"), found.personId}, {QStringLiteral("score"), found.evidence.score},
            {QStringLiteral("why"), why}});
        alikeText += QStringLiteral("  line %1: %2 ~ %3 (%4: %5)\n")
                         .arg(row.line)
                         .arg(name, found.personId, QString::number(found.evidence.score, 'f', 3), why);
    }
    int imported = 0;
    QElapsedTimer timer;
    timer.start();
    if (!dryRun) {
        const auto done = import.run(*plan, [&](int written, int total) {
            if (!m_json)
                m_err << written << " of " << total << " rows written ("
                      << qint64(written) * 1000 / std::max<qint64>(1, timer.elapsed()) << " a second)\n";
        });
        if (!done)
            return failed(done.error());
        imported = *done;
    }
    if (m_json)
        return printJson(QJsonObject {{QStringLiteral("encoding"), table->encoding},
            {QStringLiteral("delimiter"), QString(table->delimiter)}, {QStringLiteral("columns"), columns},
            {QStringLiteral("new"), plan->newPeople}, {QStringLiteral("matched"), plan->matched},
            {QStringLiteral("rejected"), int(plan->rejects.size())}, {QStringLiteral("written"), imported},
            {QStringLiteral("dry_run"), dryRun},
            {QStringLiteral("rejects_file"), plan->rejects.empty() ? QString() : rejectsPath},
            {QStringLiteral("unknown_groups"), QJsonArray::fromStringList(plan->unknownGroups)},
            {QStringLiteral("alike"), alikeJson}});
    const QChar used = table->delimiter;
    m_out << table->encoding << ", "
          << (table->cards                       ? QStringLiteral("vCards")
                     : used == QLatin1Char('\t') ? QStringLiteral("tab-separated")
                     : used == QLatin1Char(';')  ? QStringLiteral("semicolon-separated")
                     : used == QLatin1Char('|')  ? QStringLiteral("bar-separated")
                                                 : QStringLiteral("comma-separated"))
          << ": " << plan->newPeople << " new, " << plan->matched << " matched with people already here, "
          << plan->rejects.size() << " rejected\n";
    if (!plan->rejects.empty())
        m_out << "rejected rows, with the reason: " << rejectsPath << '\n';
    if (!alike->empty()) {
        m_out << alike->size()
              << " rows look like people already here under another spelling or address; they are imported as new "
                 "people and the server flags each pair for review:\n"
              << alikeText;
    }
    if (!plan->unknownGroups.isEmpty())
        m_out << "groups not on this device (not joined; create them, then import again): "
              << plan->unknownGroups.join(QStringLiteral(", ")) << '\n';
    m_out << (dryRun ? QStringLiteral("dry run: nothing was written\n")
                     : QStringLiteral("%1 rows written; they are sent at the next sync\n").arg(imported));
    return Ok;
}

} // namespace commonroom
