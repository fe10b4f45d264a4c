// Tags (docs/organizing.md, "Tags"): tags, tag create|apply|remove|delete|people, people --tag.

#include "CliCommands.h"

#include "desktop/core/Device.h"
#include "desktop/core/Tags.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace commonroom {

namespace {

QJsonObject toJson(const Tag &tag)
{
    return QJsonObject {{QStringLiteral("id"), tag.id}, {QStringLiteral("name"), tag.name},
        {QStringLiteral("visibility"), tag.forMembers ? QStringLiteral("members") : QStringLiteral("leaders")},
        {QStringLiteral("people"), tag.people}};
}

} // namespace

bool CliCommands::isTagCommand(const QString &command)
{
    return command == QLatin1String("tags") || command == QLatin1String("tag");
}

int CliCommands::tagCommand(const QString &command, QStringList args)
{
    Tags &tags = m_device.tags();
    if (command == QLatin1String("tags")) {
        if (!args.isEmpty())
            return usage(QStringLiteral("tags takes no arguments"));
        const auto read = tags.list();
        if (!read)
            return failed(read.error());
        if (m_json) {
            QJsonArray items;
            for (const auto &tag : *read)
                items.append(toJson(tag));
            m_out << QJsonDocument(QJsonObject {{QStringLiteral("tags"), items}}).toJson(QJsonDocument::Compact)
                  << '\n';
            return Ok;
        }
        if (read->empty())
            m_out << "no tags\n";
        for (const auto &tag : *read)
            m_out << tag.name << "  (" << (tag.forMembers ? "members" : "leaders only") << ", " << tag.people
                  << (tag.people == 1 ? " person" : " people") << ")\n";
        return Ok;
    }
    const QString sub = args.isEmpty() ? QString() : args.takeFirst();
    if (sub == QLatin1String("create")) {
        const bool forMembers = takeFlag(args, QStringLiteral("--members"));
        if (args.size() != 1)
            return usage(QStringLiteral("tag create needs NAME (quote it when it has spaces) [--members]"));
        const auto id = tags.create(args.at(0), forMembers);
        if (!id)
            return failed(id.error());
        if (m_json)
            m_out << QJsonDocument(QJsonObject {{QStringLiteral("id"), *id}}).toJson(QJsonDocument::Compact) << '\n';
        else
            m_out << *id << '\n';
        return Ok;
    }
    if (sub == QLatin1String("apply") || sub == QLatin1String("remove")) {
        if (args.size() != 2)
            return usage(QStringLiteral("tag %1 needs NAME PERSON_ID").arg(sub));
        const auto tag = tags.byName(args.at(0));
        if (!tag)
            return failed(tag.error());
        const auto done
            = sub == QLatin1String("apply") ? tags.apply(tag->id, args.at(1)) : tags.remove(tag->id, args.at(1));
        if (!done)
            return failed(done.error());
        return Ok;
    }
    if (sub == QLatin1String("delete")) {
        if (args.size() != 1)
            return usage(QStringLiteral("tag delete needs NAME"));
        const auto tag = tags.byName(args.at(0));
        if (!tag)
            return failed(tag.error());
        if (const auto done = tags.deleteTag(tag->id); !done)
            return failed(done.error());
        return Ok;
    }
    if (sub == QLatin1String("people")) {
        if (args.size() != 1)
            return usage(QStringLiteral("tag people needs NAME"));
        return taggedPeople(args.at(0));
    }
    return usage(QStringLiteral("tag needs a subcommand: create, apply, remove, delete or people"));
}

int CliCommands::taggedPeople(const QString &name)
{
    Tags &tags = m_device.tags();
    const auto tag = tags.byName(name);
    if (!tag)
        return failed(tag.error());
    const auto read = tags.people(tag->id);
    if (!read)
        return failed(read.error());
    if (m_json) {
        QJsonArray items;
        for (const auto &person : *read)
            items.append(QJsonObject {
                {QStringLiteral("id"), person.personId}, {QStringLiteral("display_name"), person.displayName}});
        m_out << QJsonDocument(QJsonObject {{QStringLiteral("tag"), toJson(*tag)}, {QStringLiteral("people"), items}})
                     .toJson(QJsonDocument::Compact)
              << '\n';
        return Ok;
    }
    for (const auto &person : *read)
        m_out << person.personId << "  " << person.displayName << '\n';
    return Ok;
}

} // namespace commonroom
