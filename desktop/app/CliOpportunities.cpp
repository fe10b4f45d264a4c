// Opportunities (docs/organizing.md, "Opportunities"): opportunities [--group ID] [--matching],
// opportunity post|edit|close|reopen|interested|withdraw|accept|decline|interests.

#include "CliCommands.h"

#include "desktop/core/Device.h"
#include "desktop/core/Opportunities.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace commonroom {

namespace {

QJsonObject toJson(const Opportunity &o)
{
    return QJsonObject {{QStringLiteral("id"), o.id}, {QStringLiteral("group_id"), o.groupId},
        {QStringLiteral("group_name"), o.groupName}, {QStringLiteral("title"), o.title},
        {QStringLiteral("description"), o.description}, {QStringLiteral("skills"), o.skills},
        {QStringLiteral("languages"), o.languages}, {QStringLiteral("area"), o.area},
        {QStringLiteral("commitment"), o.commitment}, {QStringLiteral("starts_on"), o.startsOn},
        {QStringLiteral("ends_on"), o.endsOn}, {QStringLiteral("places"), o.places},
        {QStringLiteral("filled"), o.filled}, {QStringLiteral("open_places"), o.openPlaces()},
        {QStringLiteral("state"), o.open ? QStringLiteral("open") : QStringLiteral("closed")},
        {QStringLiteral("posted_by"), o.postedBy}, {QStringLiteral("posted_at"), o.postedAt},
        {QStringLiteral("my_interest"), o.myState}, {QStringLiteral("waiting"), o.interested}};
}

QJsonObject toJson(const OpportunityInterest &interest)
{
    return QJsonObject {{QStringLiteral("id"), interest.id}, {QStringLiteral("person_id"), interest.personId},
        {QStringLiteral("display_name"), interest.personName}, {QStringLiteral("state"), interest.state},
        {QStringLiteral("message"), interest.message}, {QStringLiteral("changed_by"), interest.changedBy},
        {QStringLiteral("changed_at"), interest.changedAt}};
}

// The draft's fields given as options; `draft` keeps the others. An error names a bad option.
QString takeDraft(QStringList &args, OpportunityDraft &draft)
{
    const auto text = [&](const char *option, QString &field) {
        const QString value = takeOption(args, QLatin1String(option));
        if (!value.isNull())
            field = value;
    };
    text("--title", draft.title);
    text("--description", draft.description);
    text("--skills", draft.skills);
    text("--languages", draft.languages);
    text("--area", draft.area);
    text("--commitment", draft.commitment);
    for (const auto &[option, day] : {std::pair {"--starts", &draft.startsOn}, std::pair {"--ends", &draft.endsOn}}) {
        const QString value = takeOption(args, QLatin1String(option));
        if (value.isNull())
            continue;
        *day = value.isEmpty() ? QDate() : QDate::fromString(value, Qt::ISODate);
        if (!value.isEmpty() && !day->isValid())
            return QStringLiteral("%1 needs a day written YYYY-MM-DD, not \"%2\"").arg(QLatin1String(option), value);
    }
    const QString places = takeOption(args, QStringLiteral("--places"));
    if (!places.isNull()) {
        bool ok = false;
        draft.places = places.toInt(&ok);
        if (!ok)
            return QStringLiteral("--places needs a whole number, not \"%1\"").arg(places);
    }
    return {};
}

} // namespace

bool CliCommands::isOpportunityCommand(const QString &command)
{
    return command == QLatin1String("opportunities") || command == QLatin1String("opportunity");
}

int CliCommands::opportunityCommand(const QString &command, QStringList args)
{
    Opportunities &opportunities = m_device.opportunities();
    if (command == QLatin1String("opportunities")) {
        const QString group = takeOption(args, QStringLiteral("--group"));
        const bool matching = takeFlag(args, QStringLiteral("--matching"));
        if (!args.isEmpty() || (matching && !group.isNull()))
            return usage(QStringLiteral("opportunities takes --group ID or --matching"));
        const auto read = matching ? opportunities.matchingMe() : opportunities.list(group);
        if (!read)
            return failed(read.error());
        if (m_json) {
            QJsonArray items;
            for (const auto &o : *read)
                items.append(toJson(o));
            m_out
                << QJsonDocument(QJsonObject {{QStringLiteral("opportunities"), items}}).toJson(QJsonDocument::Compact)
                << '\n';
            return Ok;
        }
        if (read->empty())
            m_out << (matching ? "no opportunities match your profile\n" : "no opportunities\n");
        for (const auto &o : *read) {
            m_out << o.id << "  " << o.title << "  (" << (o.groupName.isEmpty() ? o.groupId : o.groupName) << ", "
                  << o.area << ", " << (o.open ? "open" : "closed") << ", " << o.filled << " of " << o.places
                  << " places filled";
            if (!o.myState.isEmpty())
                m_out << ", you: " << o.myState;
            if (o.interested > 0)
                m_out << ", " << o.interested << " waiting";
            m_out << ")\n";
        }
        return Ok;
    }
    const QString sub = args.isEmpty() ? QString() : args.takeFirst();
    const auto printId = [&](const QString &id) {
        if (m_json)
            m_out << QJsonDocument(QJsonObject {{QStringLiteral("id"), id}}).toJson(QJsonDocument::Compact) << '\n';
        else
            m_out << id << '\n';
    };
    if (sub == QLatin1String("post")) {
        OpportunityDraft draft;
        if (const QString bad = takeDraft(args, draft); !bad.isEmpty())
            return usage(bad);
        if (args.size() != 1 || draft.title.isEmpty() || draft.area.isEmpty())
            return usage(QStringLiteral(
                "opportunity post needs GROUP_ID --title T --area AREA [--places N] [--description D] [--skills S] "
                "[--languages L] [--commitment C] [--starts YYYY-MM-DD] [--ends YYYY-MM-DD]"));
        const auto id = opportunities.post(args.at(0), draft);
        if (!id)
            return failed(id.error());
        printId(*id);
        return Ok;
    }
    if (args.isEmpty())
        return usage(QStringLiteral(
            "opportunity needs a subcommand and an id: post, edit, close, reopen, interested, withdraw, accept, "
            "decline or interests"));
    const QString id = args.takeFirst();
    if (sub == QLatin1String("edit")) {
        const auto current = opportunities.byId(id);
        if (!current)
            return failed(current.error());
        OpportunityDraft draft {current->title, current->description, current->skills, current->languages,
            current->area, current->commitment, QDate::fromString(current->startsOn, Qt::ISODate),
            QDate::fromString(current->endsOn, Qt::ISODate), current->places};
        if (const QString bad = takeDraft(args, draft); !bad.isEmpty())
            return usage(bad);
        if (!args.isEmpty())
            return usage(QStringLiteral("opportunity edit takes ID and the options of post"));
        if (const auto done = opportunities.edit(id, draft); !done)
            return failed(done.error());
        return Ok;
    }
    if (sub == QLatin1String("interested")) {
        const QString message = takeOption(args, QStringLiteral("--message"));
        if (!args.isEmpty())
            return usage(QStringLiteral("opportunity interested takes ID [--message TEXT]"));
        if (const auto done = opportunities.interested(id, message); !done)
            return failed(done.error());
        return Ok;
    }
    if (sub == QLatin1String("withdraw") || sub == QLatin1String("close") || sub == QLatin1String("reopen")) {
        if (!args.isEmpty())
            return usage(QStringLiteral("opportunity %1 takes ID").arg(sub));
        const auto done = sub == QLatin1String("withdraw") ? opportunities.withdraw(id)
            : sub == QLatin1String("close")                ? opportunities.close(id)
                                                           : opportunities.reopen(id);
        if (!done)
            return failed(done.error());
        return Ok;
    }
    if (sub == QLatin1String("accept") || sub == QLatin1String("decline")) {
        if (args.size() != 1)
            return usage(QStringLiteral("opportunity %1 needs ID PERSON_ID").arg(sub));
        const auto done = sub == QLatin1String("accept") ? opportunities.accept(id, args.at(0))
                                                         : opportunities.decline(id, args.at(0));
        if (!done)
            return failed(done.error());
        return Ok;
    }
    if (sub == QLatin1String("interests")) {
        if (!args.isEmpty())
            return usage(QStringLiteral("opportunity interests takes ID"));
        const auto opportunity = opportunities.byId(id);
        if (!opportunity)
            return failed(opportunity.error());
        const auto read = opportunities.interests(id);
        if (!read)
            return failed(read.error());
        if (m_json) {
            QJsonArray items;
            for (const auto &interest : *read)
                items.append(toJson(interest));
            m_out << QJsonDocument(QJsonObject {{QStringLiteral("opportunity"), toJson(*opportunity)},
                                       {QStringLiteral("interests"), items}})
                         .toJson(QJsonDocument::Compact)
                  << '\n';
            return Ok;
        }
        m_out << opportunity->title << ": " << opportunity->filled << " of " << opportunity->places
              << " places filled\n";
        for (const auto &interest : *read)
            m_out << interest.personId << "  " << interest.personName << "  " << interest.state
                  << (interest.message.isEmpty() ? QString() : QStringLiteral("  \"%1\"").arg(interest.message))
                  << '\n';
        return Ok;
    }
    return usage(QStringLiteral(
        "opportunity needs a subcommand: post, edit, close, reopen, interested, withdraw, accept, decline or "
        "interests"));
}

} // namespace commonroom
