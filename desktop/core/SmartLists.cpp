#include "SmartLists.h"

#include "Events.h"
#include "LocalStore.h"
#include "StoreSql.h"

#include "common/Authorization.h"
#include "common/Contributions.h"
#include "common/Ladder.h"
#include "common/Schema.h"
#include "common/SmartLists.h"

#include <QSqlQuery>

namespace commonroom {

namespace {

const QString kTable = QStringLiteral("smart_list");

bool allowed(const Principal &principal, Operation operation, bool isOwner)
{
    const FieldMap none;
    return authorize(principal, MutationContext {*findTable("smart_list"), operation, none, isOwner}).ok();
}

std::string text(const QString &value)
{
    return value.trimmed().toStdString();
}

const char *const kSelect = "SELECT id, name, definition, sharing, owner_id, created_at FROM smart_list ";

} // namespace

SmartLists::SmartLists(LocalStore &store)
    : m_store(store)
{
}

bool SmartLists::maySave() const
{
    return allowed(m_store.principal(), Operation::Create, true);
}

QString SmartLists::definitionOf(const PeopleQuery &query)
{
    smartlists::Definition definition;
    definition.text = text(query.text);
    definition.area = text(query.area);
    definition.skill = text(query.skill);
    definition.language = text(query.language);
    definition.role = text(query.role);
    definition.minLevel = query.minLeadershipLevel;
    definition.groupId = text(query.groupId);
    QStringList tags = query.tagIds;
    if (!query.tagId.trimmed().isEmpty())
        tags.prepend(query.tagId);
    for (const QString &tag : tags) {
        const std::string id = text(tag);
        if (!id.empty() && std::find(definition.tagIds.begin(), definition.tagIds.end(), id) == definition.tagIds.end())
            definition.tagIds.push_back(id);
    }
    definition.contributedArea = text(query.contributedArea);
    definition.contributedSince = text(query.contributedSince);
    definition.minEventsAttended = query.minEventsAttended;
    return QString::fromStdString(smartlists::toJson(definition));
}

PeopleQuery SmartLists::queryOf(const QString &definition, const QString &listName, QString *problem)
{
    const auto parsed = smartlists::parse(definition.toStdString(), listName.toStdString());
    PeopleQuery query;
    if (!parsed) {
        if (problem)
            *problem = QString::fromStdString(parsed.error().message);
        return query;
    }
    query.text = QString::fromStdString(parsed->text);
    query.area = QString::fromStdString(parsed->area);
    query.skill = QString::fromStdString(parsed->skill);
    query.language = QString::fromStdString(parsed->language);
    query.role = QString::fromStdString(parsed->role);
    query.minLeadershipLevel = int(parsed->minLevel);
    query.groupId = QString::fromStdString(parsed->groupId);
    for (const auto &tag : parsed->tagIds)
        query.tagIds << QString::fromStdString(tag);
    query.contributedArea = QString::fromStdString(parsed->contributedArea);
    query.contributedSince = QString::fromStdString(parsed->contributedSince);
    query.minEventsAttended = int(parsed->minEventsAttended);
    return query;
}

Status SmartLists::check(const QString &name, const PeopleQuery &query) const
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return makeError("invalid_value", tr("A smart list needs a name.").toStdString());
    if (std::size_t(trimmed.size()) > smartlists::kMaxNameLength)
        return makeError("invalid_value",
            tr("The smart list name \"%1\" is too long: at most %2 characters.")
                .arg(trimmed)
                .arg(smartlists::kMaxNameLength)
                .toStdString());
    const auto refused = [&trimmed](const QString &cause) {
        return makeError(
            "invalid_value", tr("The smart list \"%1\" cannot be saved: %2").arg(trimmed, cause).toStdString());
    };
    if (query.minLeadershipLevel < 0 || query.minLeadershipLevel > ladder::kHighestLevel)
        return refused(tr("level %1 is not on the leadership ladder: levels go from %2 to %3.")
                           .arg(query.minLeadershipLevel)
                           .arg(ladder::kLowestLevel)
                           .arg(ladder::kHighestLevel));
    const QString role = query.role.trimmed();
    if (!role.isEmpty() && role != QLatin1String("applicant") && role != QLatin1String("member")
        && role != QLatin1String("leader") && role != QLatin1String("admin"))
        return refused(tr("\"%1\" is not a role: applicant, member, leader or admin.").arg(role));
    const QString area = query.contributedArea.trimmed();
    if (area.isEmpty() && !query.contributedSince.trimmed().isEmpty())
        return refused(tr("a day to have contributed since needs the area contributed in."));
    if (!area.isEmpty() && !contributions::isArea(area.toStdString()))
        return refused(tr("\"%1\" is not an area of contributions.").arg(area));
    const QString since = query.contributedSince.trimmed();
    if (!since.isEmpty() && !contributions::isDay(since.toStdString()))
        return refused(tr("the day \"%1\" is not a date written YYYY-MM-DD.").arg(since));
    if (query.minEventsAttended < 0 || query.minEventsAttended > smartlists::kMaxEvents)
        return refused(tr("%1 events attended is not a number of events from 1 to %2.")
                           .arg(query.minEventsAttended)
                           .arg(smartlists::kMaxEvents));
    if (query.isEmpty())
        return refused(tr("it selects by nothing; give it at least one criterion."));
    const QString group = query.groupId.trimmed();
    if (!group.isEmpty() && !m_store.row(QStringLiteral("group"), group))
        return refused(tr("there is no group with the id %1 on this device.").arg(group));
    QStringList tags = query.tagIds;
    if (!query.tagId.trimmed().isEmpty())
        tags << query.tagId;
    if (std::size_t(tags.size()) > smartlists::kMaxTags)
        return refused(
            tr("it requires %1 tags, more than the %2 a smart list may.").arg(tags.size()).arg(smartlists::kMaxTags));
    for (const QString &tag : tags) {
        if (!m_store.row(QStringLiteral("tag"), tag.trimmed()))
            return refused(tr("there is no tag with the id %1 on this device.").arg(tag.trimmed()));
    }
    const QString definition = definitionOf(query);
    if (std::size_t(definition.toUtf8().size()) > smartlists::kMaxDefinitionBytes)
        return refused(tr("its criteria take %1 bytes, more than the %2 a smart list may hold.")
                           .arg(definition.toUtf8().size())
                           .arg(smartlists::kMaxDefinitionBytes));
    // The daemon's own check, so that what is saved here is never refused there.
    return smartlists::checkList(trimmed.toStdString(), definition.toStdString());
}

Result<QString> SmartLists::save(const QString &name, const PeopleQuery &query, bool shared)
{
    if (!maySave())
        return makeError(
            "forbidden", tr("Smart lists are a leaders' tool: only leaders and admins save them.").toStdString());
    if (auto valid = check(name, query); !valid)
        return valid.error();
    return m_store.createRow(kTable,
        {{"name", text(name)}, {"definition", definitionOf(query).toStdString()},
            {"sharing", std::string(shared ? smartlists::kLeaders : smartlists::kPrivate)},
            {"owner_id", m_store.principal().personId},
            {"created_at", Events::storedTime(m_store.now()).toStdString()}});
}

Status SmartLists::update(const QString &id, const QString &name, const PeopleQuery &query)
{
    const auto list = read(id);
    if (!list)
        return list.error();
    if (!allowed(m_store.principal(), Operation::Update, list->ownerId.toStdString() == m_store.principal().personId))
        return makeError("forbidden",
            tr("The smart list \"%1\" is not yours: only the leader who saved it changes it; save a copy of "
               "your own instead.")
                .arg(list->name)
                .toStdString());
    const QString newName = name.trimmed().isEmpty() ? list->name : name.trimmed();
    if (auto valid = check(newName, query); !valid)
        return valid;
    return m_store.writeRow(
        kTable, id, {{"name", newName.toStdString()}, {"definition", definitionOf(query).toStdString()}});
}

Status SmartLists::remove(const QString &id)
{
    const auto list = read(id);
    if (!list)
        return list.error();
    const Principal principal = m_store.principal();
    if (!allowed(principal, Operation::Delete, list->ownerId.toStdString() == principal.personId))
        return makeError("forbidden",
            tr("The smart list \"%1\" is not yours: only the leader who saved it (or an admin) deletes it.")
                .arg(list->name)
                .toStdString());
    return m_store.deleteRow(kTable, id);
}

Result<std::vector<SmartList>> SmartLists::list() const
{
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    if (!query.exec(QLatin1String(kSelect) + QLatin1String("ORDER BY name COLLATE NOCASE, id")))
        return store::sqlError(tr("Cannot read the smart lists on this device"), query.lastError());
    std::vector<SmartList> lists;
    while (query.next()) {
        SmartList list {query.value(0).toString(), query.value(1).toString(), {}, query.value(2).toString(),
            query.value(3).toString() == QLatin1String(smartlists::kLeaders.data()), query.value(4).toString(),
            query.value(5).toString(), {}};
        list.query = queryOf(list.definition, list.name, &list.problem);
        lists.push_back(std::move(list));
    }
    return lists;
}

Result<SmartList> SmartLists::read(const QString &id) const
{
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    query.prepare(QLatin1String(kSelect) + QLatin1String("WHERE id = ?"));
    query.addBindValue(id.trimmed());
    if (!query.exec())
        return store::sqlError(tr("Cannot read the smart list %1 on this device").arg(id), query.lastError());
    if (!query.next())
        return makeError("not_found",
            tr("There is no smart list with the id %1 on this device; sync, or see the lists with "
               "commonroom-cli lists.")
                .arg(id.trimmed())
                .toStdString());
    SmartList list {query.value(0).toString(), query.value(1).toString(), {}, query.value(2).toString(),
        query.value(3).toString() == QLatin1String(smartlists::kLeaders.data()), query.value(4).toString(),
        query.value(5).toString(), {}};
    list.query = queryOf(list.definition, list.name, &list.problem);
    return list;
}

Result<SmartList> SmartLists::byId(const QString &id) const
{
    return read(id);
}

Result<qint64> SmartLists::count(const SmartList &list) const
{
    if (!list.problem.isEmpty())
        return makeError("invalid_value", list.problem.toStdString());
    return PeopleSearch(m_store.database(), list.query).count();
}

PeopleSearch SmartLists::search(const SmartList &list) const
{
    return PeopleSearch(m_store.database(), list.query);
}

} // namespace commonroom
