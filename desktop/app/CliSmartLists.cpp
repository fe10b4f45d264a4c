// Smart lists (docs/organizing.md, "Smart lists"): lists, list show|save|delete, export csv --list.

#include "CliCommands.h"

#include "desktop/core/Device.h"
#include "desktop/core/SmartLists.h"
#include "desktop/core/Tags.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace commonroom {

namespace {

QJsonObject toJson(const SmartList &list)
{
    QJsonObject object {{QStringLiteral("id"), list.id}, {QStringLiteral("name"), list.name},
        {QStringLiteral("sharing"), list.shared ? QStringLiteral("leaders") : QStringLiteral("private")},
        {QStringLiteral("owner_id"), list.ownerId}, {QStringLiteral("created_at"), list.createdAt},
        {QStringLiteral("definition"), QJsonDocument::fromJson(list.definition.toUtf8()).object()}};
    if (!list.problem.isEmpty())
        object.insert(QStringLiteral("problem"), list.problem);
    return object;
}

} // namespace

bool CliCommands::isSmartListCommand(const QString &command)
{
    return command == QLatin1String("lists") || command == QLatin1String("list");
}

int CliCommands::smartListCommand(const QString &command, QStringList args)
{
    SmartLists &lists = m_device.smartLists();
    if (command == QLatin1String("lists")) {
        if (!args.isEmpty())
            return usage(QStringLiteral("lists takes no arguments"));
        const auto read = lists.list();
        if (!read)
            return failed(read.error());
        QJsonArray items;
        if (!m_json && read->empty())
            m_out << "no smart lists\n";
        for (const auto &list : *read) {
            const auto count = lists.count(list);
            if (m_json) {
                QJsonObject object = toJson(list);
                object.insert(QStringLiteral("count"), count ? QJsonValue(qint64(*count)) : QJsonValue());
                items.append(object);
                continue;
            }
            m_out << list.id << "  " << list.name << "  (" << (list.shared ? "shared with leaders" : "private") << ", "
                  << (count ? QString::number(*count) + (*count == 1 ? " person" : " people") : list.problem) << ")\n";
        }
        if (m_json)
            m_out << QJsonDocument(QJsonObject {{QStringLiteral("lists"), items}}).toJson(QJsonDocument::Compact)
                  << '\n';
        return Ok;
    }
    const QString sub = args.isEmpty() ? QString() : args.takeFirst();
    if (sub == QLatin1String("save")) {
        const bool shared = takeFlag(args, QStringLiteral("--shared"));
        PeopleQuery query;
        query.text = takeOption(args, QStringLiteral("--text"));
        query.area = takeOption(args, QStringLiteral("--area"));
        query.skill = takeOption(args, QStringLiteral("--skill"));
        query.language = takeOption(args, QStringLiteral("--language"));
        query.role = takeOption(args, QStringLiteral("--role"));
        query.groupId = takeOption(args, QStringLiteral("--group"));
        query.contributedArea = takeOption(args, QStringLiteral("--contributed"));
        query.contributedSince = takeOption(args, QStringLiteral("--since"));
        for (const auto &[flag, target] : {std::pair {QStringLiteral("--level"), &query.minLeadershipLevel},
                 std::pair {QStringLiteral("--attended"), &query.minEventsAttended}}) {
            if (const QString value = takeOption(args, flag); !value.isNull()) {
                bool ok = false;
                *target = value.toInt(&ok);
                if (!ok)
                    return usage(QStringLiteral("%1 takes a whole number, not \"%2\"").arg(flag, value));
            }
        }
        for (QString tag = takeOption(args, QStringLiteral("--tag")); !tag.isNull();
             tag = takeOption(args, QStringLiteral("--tag"))) {
            const auto found = m_device.tags().byName(tag);
            if (!found)
                return failed(found.error());
            query.tagIds << found->id;
        }
        if (args.size() != 1)
            return usage(QStringLiteral("list save needs NAME (quote it when it has spaces) and its criteria: "
                                        "--text --area --skill --language --role --level --group --tag "
                                        "--contributed AREA [--since YYYY-MM-DD] --attended N [--shared]"));
        const auto id = lists.save(args.at(0), query, shared);
        if (!id)
            return failed(id.error());
        if (m_json)
            m_out << QJsonDocument(QJsonObject {{QStringLiteral("id"), *id}}).toJson(QJsonDocument::Compact) << '\n';
        else
            m_out << *id << '\n';
        return Ok;
    }
    if (sub == QLatin1String("delete")) {
        if (args.size() != 1)
            return usage(QStringLiteral("list delete needs ID"));
        if (const auto done = lists.remove(args.at(0)); !done)
            return failed(done.error());
        return Ok;
    }
    if (sub == QLatin1String("show")) {
        const bool countOnly = takeFlag(args, QStringLiteral("--count"));
        int limit = -1;
        if (const QString value = takeOption(args, QStringLiteral("--limit")); !value.isNull()) {
            bool ok = false;
            limit = value.toInt(&ok);
            if (!ok || limit < 0)
                return usage(QStringLiteral("--limit takes a whole number"));
        }
        if (args.size() != 1)
            return usage(QStringLiteral("list show needs ID [--count] [--limit N]"));
        const auto list = lists.byId(args.at(0));
        if (!list)
            return failed(list.error());
        const auto count = lists.count(*list);
        if (!count)
            return failed(count.error());
        if (countOnly) {
            if (m_json)
                m_out << QJsonDocument(
                    QJsonObject {{QStringLiteral("id"), list->id}, {QStringLiteral("count"), *count}})
                             .toJson(QJsonDocument::Compact)
                      << '\n';
            else
                m_out << *count << '\n';
            return Ok;
        }
        PeopleSearch search = lists.search(*list);
        QJsonArray people;
        for (int left = limit < 0 ? std::numeric_limits<int>::max() : limit; left > 0 && !search.atEnd();) {
            auto ids = search.next(std::min(left, 500));
            if (!ids)
                return failed(ids.error());
            left -= int(ids->size());
            const auto page
                = m_device.people().columnsOf(QStringList(ids->begin(), ids->end()), {QStringLiteral("display_name")});
            if (!page)
                return failed(page.error());
            for (const auto &person : *page) {
                if (m_json)
                    people.append(QJsonObject {{QStringLiteral("id"), person.id},
                        {QStringLiteral("display_name"),
                            person.values[0].isNull() ? QJsonValue() : person.values[0].toString()}});
                else
                    m_out << person.id << "  " << person.values[0].toString() << '\n';
            }
        }
        if (m_json) {
            QJsonObject object = toJson(*list);
            object.insert(QStringLiteral("count"), *count);
            object.insert(QStringLiteral("people"), people);
            m_out << QJsonDocument(object).toJson(QJsonDocument::Compact) << '\n';
        }
        return Ok;
    }
    return usage(QStringLiteral("list needs a subcommand: show, save or delete"));
}

} // namespace commonroom
