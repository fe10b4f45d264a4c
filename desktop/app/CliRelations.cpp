// Households and relationships (docs/organizing.md, "Households and relationships"): households,
// household new|show|add|leave, relate, unrelate, relationships, recruits.

#include "CliCommands.h"

#include "desktop/core/Device.h"
#include "desktop/core/Households.h"
#include "desktop/core/Relationships.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace commonroom {

namespace {

QJsonObject toJson(const Household &household)
{
    return QJsonObject {{QStringLiteral("id"), household.id}, {QStringLiteral("name"), household.name},
        {QStringLiteral("people"), household.people}};
}

QJsonObject toJson(const RelatedPerson &related)
{
    QJsonObject object {{QStringLiteral("kind"), related.kind}, {QStringLiteral("id"), related.personId},
        {QStringLiteral("display_name"), related.displayName}};
    if (related.kind == QLatin1String("brought_in_by"))
        object.insert(QStringLiteral("direction"),
            related.recruiter ? QStringLiteral("brought_in_by") : QStringLiteral("brought_in"));
    return object;
}

QString describe(const RelatedPerson &related)
{
    if (related.kind == QLatin1String("brought_in_by"))
        return related.recruiter ? QStringLiteral("brought in by") : QStringLiteral("brought in");
    return related.kind;
}

} // namespace

bool CliCommands::isRelationCommand(const QString &command)
{
    return command == QLatin1String("households") || command == QLatin1String("household")
        || command == QLatin1String("relate") || command == QLatin1String("unrelate")
        || command == QLatin1String("relationships") || command == QLatin1String("recruits");
}

int CliCommands::printCreated(const Result<QString> &id)
{
    if (!id)
        return failed(id.error());
    if (m_json)
        return printJson(QJsonObject {{QStringLiteral("id"), *id}});
    m_out << *id << '\n';
    return Ok;
}

int CliCommands::printJson(const QJsonObject &object)
{
    m_out << QJsonDocument(object).toJson(QJsonDocument::Compact) << '\n';
    return Ok;
}

int CliCommands::relationCommand(const QString &command, QStringList args)
{
    Households &households = m_device.households();
    Relationships &relationships = m_device.relationships();
    if (command == QLatin1String("households")) {
        if (!args.isEmpty())
            return usage(QStringLiteral("households takes no arguments"));
        if (!households.mayEdit())
            return failed(makeError("forbidden", "Only leaders and admins see households."));
        const auto read = households.list();
        if (!read)
            return failed(read.error());
        if (m_json) {
            QJsonArray items;
            for (const auto &household : *read)
                items.append(toJson(household));
            return printJson(QJsonObject {{QStringLiteral("households"), items}});
        }
        if (read->empty())
            m_out << "no households\n";
        for (const auto &household : *read)
            m_out << household.id << "  " << household.name << "  (" << household.people
                  << (household.people == 1 ? " person" : " people") << ")\n";
        return Ok;
    }
    if (command == QLatin1String("household")) {
        const QString sub = args.isEmpty() ? QString() : args.takeFirst();
        if (sub == QLatin1String("new")) {
            if (args.size() != 1)
                return usage(QStringLiteral("household new needs NAME (quote it when it has spaces)"));
            const auto id = households.create(args.at(0));
            return printCreated(id);
        }
        if (sub == QLatin1String("show")) {
            if (args.size() != 1)
                return usage(QStringLiteral("household show needs HOUSEHOLD_ID"));
            if (!households.mayEdit())
                return failed(makeError("forbidden", "Only leaders and admins see households."));
            const auto household = households.byId(args.at(0));
            if (!household)
                return failed(household.error());
            const auto people = households.people(household->id);
            if (!people)
                return failed(people.error());
            const auto address = households.address(household->id);
            if (!address)
                return failed(address.error());
            if (m_json) {
                QJsonObject object = toJson(*household);
                QJsonArray items;
                for (const auto &person : *people)
                    items.append(QJsonObject {
                        {QStringLiteral("id"), person.personId}, {QStringLiteral("display_name"), person.displayName}});
                object.insert(QStringLiteral("members"), items);
                object.insert(QStringLiteral("address"), *address ? QJsonValue((*address)->address) : QJsonValue());
                object.insert(
                    QStringLiteral("address_of"), *address ? QJsonValue((*address)->personName) : QJsonValue());
                return printJson(object);
            }
            m_out << household->name << '\n';
            if (*address)
                m_out << "Address: " << (*address)->address << "  (shown by " << (*address)->personName << ")\n";
            else
                m_out << "Address: none of its people shows you theirs\n";
            for (const auto &person : *people)
                m_out << "  " << person.personId << "  " << person.displayName << '\n';
            return Ok;
        }
        if (sub == QLatin1String("add")) {
            if (args.size() != 2)
                return usage(QStringLiteral("household add needs HOUSEHOLD_ID PERSON_ID"));
            if (const auto done = households.place(args.at(0), args.at(1)); !done)
                return failed(done.error());
            return Ok;
        }
        if (sub == QLatin1String("leave")) {
            if (args.size() != 1)
                return usage(QStringLiteral("household leave needs PERSON_ID"));
            if (const auto done = households.leave(args.at(0)); !done)
                return failed(done.error());
            return Ok;
        }
        if (sub == QLatin1String("rename")) {
            if (args.size() != 2)
                return usage(QStringLiteral("household rename needs HOUSEHOLD_ID NAME"));
            if (const auto done = households.rename(args.at(0), args.at(1)); !done)
                return failed(done.error());
            return Ok;
        }
        return usage(QStringLiteral("household needs a subcommand: new, show, add, leave or rename"));
    }
    if (command == QLatin1String("relate") || command == QLatin1String("unrelate")) {
        if (args.size() != 3)
            return usage(QStringLiteral("%1 needs PERSON_ID KIND OTHER_ID (KIND: family, colleague, neighbour or "
                                        "brought_in_by)")
                             .arg(command));
        const auto done = command == QLatin1String("relate")
            ? relationships.relate(args.at(0), args.at(1), args.at(2))
            : relationships.unrelate(args.at(0), args.at(1), args.at(2));
        if (!done)
            return failed(done.error());
        return Ok;
    }
    if (command == QLatin1String("relationships")) {
        if (args.size() != 1)
            return usage(QStringLiteral("relationships needs PERSON_ID"));
        if (!relationships.mayEdit())
            return failed(makeError("forbidden", "Only leaders and admins see relationships."));
        const auto read = relationships.of(args.at(0));
        if (!read)
            return failed(read.error());
        const auto household = households.householdOf(args.at(0));
        if (!household)
            return failed(household.error());
        if (m_json) {
            QJsonArray items;
            for (const auto &related : *read)
                items.append(toJson(related));
            return printJson(QJsonObject {{QStringLiteral("relationships"), items},
                {QStringLiteral("household"), *household ? QJsonValue(toJson(**household)) : QJsonValue()}});
        }
        if (*household)
            m_out << "household  " << (*household)->id << "  " << (*household)->name << '\n';
        if (read->empty())
            m_out << "no relationships\n";
        for (const auto &related : *read)
            m_out << describe(related) << "  " << related.personId << "  " << related.displayName << '\n';
        return Ok;
    }
    // recruits
    if (args.size() != 1)
        return usage(QStringLiteral("recruits needs PERSON_ID"));
    if (!relationships.mayEdit())
        return failed(makeError("forbidden", "Only leaders and admins see who brought whom."));
    const auto tree = relationships.recruits(args.at(0));
    if (!tree)
        return failed(tree.error());
    if (m_json) {
        QJsonArray items;
        for (const auto &recruit : *tree)
            items.append(QJsonObject {{QStringLiteral("id"), recruit.personId},
                {QStringLiteral("display_name"), recruit.displayName},
                {QStringLiteral("brought_in_by"), recruit.parentId}, {QStringLiteral("depth"), recruit.depth}});
        return printJson(QJsonObject {{QStringLiteral("recruits"), items}});
    }
    if (tree->empty())
        m_out << "no recruits recorded\n";
    for (const auto &recruit : *tree)
        m_out << QString(recruit.depth * 2, QLatin1Char(' ')) << recruit.displayName << "  " << recruit.personId
              << '\n';
    return Ok;
}

} // namespace commonroom
