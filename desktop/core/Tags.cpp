#include "Tags.h"

#include "Events.h"
#include "FieldText.h"
#include "LocalStore.h"
#include "StoreSql.h"

#include "common/Authorization.h"
#include "common/Ladder.h"
#include "common/Schema.h"
#include "common/Tags.h"
#include "common/Uuid.h"

#include <QSqlQuery>

namespace commonroom {

namespace {

const QString kTag = QStringLiteral("tag");
const QString kApplication = QStringLiteral("tag_application");
const QString kPerson = QStringLiteral("person");

bool allowed(const Principal &principal, const char *table, Operation operation, const FieldMap &fields = {})
{
    return authorize(principal, MutationContext {*findTable(table), operation, fields}).ok();
}

Tag tagFrom(const QSqlQuery &query)
{
    return Tag {query.value(0).toString(), query.value(1).toString(),
        query.value(2).toString() == QLatin1String(tags::kMembers.data()), query.value(3).toInt()};
}

// The tags with their counts of people applied; `where` narrows them.
const char *const kTagSelect = "SELECT t.id, t.name, t.visibility, "
                               "(SELECT count(*) FROM tag_application a WHERE a.tag_id = t.id AND a.applied = 1) "
                               "FROM tag t ";

} // namespace

Tags::Tags(LocalStore &store)
    : m_store(store)
{
}

bool Tags::mayCreate() const
{
    return allowed(m_store.principal(), "tag", Operation::Create);
}

bool Tags::mayApply() const
{
    return allowed(m_store.principal(), "tag_application", Operation::Update);
}

bool Tags::mayDelete() const
{
    return allowed(m_store.principal(), "tag", Operation::Delete);
}

QString Tags::nameOf(const QString &personId) const
{
    const auto row = m_store.row(kPerson, personId);
    const QString name = row ? fieldText(*row, "display_name") : QString();
    return name.isEmpty() ? personId : name;
}

Result<QString> Tags::create(const QString &name, bool forMembers)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return makeError("invalid_value", tr("A tag needs a name.").toStdString());
    if (std::size_t(trimmed.size()) > tags::kMaxNameLength)
        return makeError("invalid_value",
            tr("The tag name \"%1\" is too long: at most %2 characters.")
                .arg(trimmed)
                .arg(tags::kMaxNameLength)
                .toStdString());
    if (!mayCreate())
        return makeError("forbidden", tr("Only leaders and admins make tags.").toStdString());
    if (const auto taken = byName(trimmed); taken)
        return makeError("duplicate_name",
            tr("The community already has a tag named \"%1\" (names are compared whatever their case); apply that "
               "one, or choose another name.")
                .arg(taken->name)
                .toStdString());
    else if (taken.error().code != "not_found")
        return taken.error();
    return m_store.createRow(kTag,
        {{"name", trimmed.toStdString()}, {"visibility", std::string(forMembers ? tags::kMembers : tags::kLeaders)},
            {"created_by", m_store.principal().personId},
            {"created_at", Events::storedTime(m_store.now()).toStdString()}});
}

Result<std::vector<Tag>> Tags::list() const
{
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    if (!query.exec(QLatin1String(kTagSelect) + QLatin1String("ORDER BY t.name COLLATE NOCASE, t.id")))
        return store::sqlError(tr("Cannot read the tags on this device"), query.lastError());
    std::vector<Tag> tags;
    while (query.next())
        tags.push_back(tagFrom(query));
    return tags;
}

Result<Tag> Tags::byName(const QString &name) const
{
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    query.prepare(QLatin1String(kTagSelect) + QLatin1String("WHERE t.name = ? COLLATE NOCASE ORDER BY t.id LIMIT 1"));
    query.addBindValue(name.trimmed());
    if (!query.exec())
        return store::sqlError(tr("Cannot read the tag \"%1\" on this device").arg(name), query.lastError());
    if (!query.next())
        return makeError("not_found",
            tr("There is no tag named \"%1\" on this device; sync, or make it first.")
                .arg(name.trimmed())
                .toStdString());
    return tagFrom(query);
}

Result<Tag> Tags::tagById(const QString &tagId) const
{
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    query.prepare(QLatin1String(kTagSelect) + QLatin1String("WHERE t.id = ?"));
    query.addBindValue(tagId);
    if (!query.exec())
        return store::sqlError(tr("Cannot read the tag %1 on this device").arg(tagId), query.lastError());
    if (!query.next())
        return makeError("not_found",
            tr("There is no tag with the id %1 on this device; sync, then try again.").arg(tagId).toStdString());
    return tagFrom(query);
}

Status Tags::setApplied(const QString &tagId, const QString &personId, bool applied)
{
    const auto tag = tagById(tagId);
    if (!tag)
        return tag.error();
    if (!m_store.row(kPerson, personId))
        return makeError("not_found",
            tr("There is no person with the id %1 on this device; sync, then try again.").arg(personId).toStdString());
    const std::string visibility(tag->forMembers ? tags::kMembers : tags::kLeaders);
    const FieldMap about {{"person_id", personId.toStdString()}, {"visibility", visibility}};
    if (!mayApply())
        return makeError("forbidden", tr("Only leaders and admins apply and remove tags.").toStdString());
    if (!allowed(m_store.principal(), "tag_application", Operation::Create, about))
        return makeError("forbidden",
            tr("The tag \"%1\" is for leaders only and kept from the people it is applied to, so you cannot apply "
               "or remove it on yourself; ask another leader.")
                .arg(tag->name)
                .toStdString());
    const QString id = QString::fromStdString(tags::applicationId(tagId.toStdString(), personId.toStdString()));
    const auto existing = m_store.row(kApplication, id);
    const auto held = existing ? existing->find("applied") : FieldMap::const_iterator {};
    const auto *value = existing && held != existing->end() ? std::get_if<std::int64_t>(&held->second) : nullptr;
    const bool isApplied = value && *value == 1;
    if (isApplied == applied)
        return {}; // nothing to change, nothing to send
    FieldMap fields {{"applied", std::int64_t(applied ? 1 : 0)}, {"changed_by", m_store.principal().personId},
        {"changed_at", Events::storedTime(m_store.now()).toStdString()}};
    if (!existing) {
        fields["tag_id"] = tagId.toStdString();
        fields["person_id"] = personId.toStdString();
        fields["visibility"] = visibility;
    }
    return m_store.writeRow(kApplication, id, fields);
}

Status Tags::apply(const QString &tagId, const QString &personId)
{
    return setApplied(tagId, personId, true);
}

Status Tags::remove(const QString &tagId, const QString &personId)
{
    return setApplied(tagId, personId, false);
}

Status Tags::deleteTag(const QString &tagId)
{
    const auto tag = tagById(tagId);
    if (!tag)
        return tag.error();
    if (!mayDelete())
        return makeError("forbidden",
            tr("Only admins delete tags; a leader can remove \"%1\" from the people it is applied to.")
                .arg(tag->name)
                .toStdString());
    // The applications stay as rows and are never shown: every read joins the tag.
    return m_store.deleteRow(kTag, tagId);
}

Result<std::vector<Tag>> Tags::tagsOf(const QString &personId) const
{
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    query.prepare(QLatin1String(kTagSelect)
        + QLatin1String("JOIN tag_application p ON p.tag_id = t.id AND p.person_id = ? AND p.applied = 1 "
                        "ORDER BY t.name COLLATE NOCASE, t.id"));
    query.addBindValue(personId);
    if (!query.exec())
        return store::sqlError(
            tr("Cannot read the tags of %1 on this device").arg(nameOf(personId)), query.lastError());
    std::vector<Tag> tags;
    while (query.next())
        tags.push_back(tagFrom(query));
    return tags;
}

Result<std::vector<TaggedPerson>> Tags::people(const QString &tagId) const
{
    const auto tag = tagById(tagId);
    if (!tag)
        return tag.error();
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT a.person_id, p.display_name FROM tag_application a "
                                 "LEFT JOIN person p ON p.id = a.person_id "
                                 "WHERE a.tag_id = ? AND a.applied = 1 "
                                 "ORDER BY p.display_name COLLATE NOCASE, a.person_id"));
    query.addBindValue(tagId);
    if (!query.exec())
        return store::sqlError(
            tr("Cannot read the people tagged \"%1\" on this device").arg(tag->name), query.lastError());
    std::vector<TaggedPerson> people;
    while (query.next())
        people.push_back(TaggedPerson {query.value(0).toString(), query.value(1).toString()});
    return people;
}

} // namespace commonroom
