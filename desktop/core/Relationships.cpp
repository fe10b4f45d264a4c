#include "Relationships.h"

#include "Events.h"
#include "FieldText.h"
#include "LocalStore.h"
#include "StoreSql.h"

#include "common/Authorization.h"
#include "common/Relations.h"
#include "common/Schema.h"

#include <QSqlQuery>

#include <algorithm>
#include <map>
#include <set>

namespace commonroom {

namespace {

const QString kRelationship = QStringLiteral("relationship");
const QString kPerson = QStringLiteral("person");
const QString kBroughtInBy = QStringLiteral("brought_in_by");

bool isActive(const FieldMap &row)
{
    const auto it = row.find("active");
    const auto *value = it != row.end() ? std::get_if<std::int64_t>(&it->second) : nullptr;
    return value && *value == 1;
}

QString relationshipId(const QString &kind, const QString &personId, const QString &otherId)
{
    return QString::fromStdString(
        relations::relationshipId(kind.toStdString(), personId.toStdString(), otherId.toStdString()));
}

} // namespace

Relationships::Relationships(LocalStore &store)
    : m_store(store)
{
}

QStringList Relationships::kinds()
{
    QStringList list;
    for (const auto kind : relations::kKinds)
        list << QString::fromLatin1(kind.data(), qsizetype(kind.size()));
    return list;
}

QString Relationships::kindName(const QString &kind)
{
    if (kind == QLatin1String("family"))
        return tr("Family");
    if (kind == QLatin1String("colleague"))
        return tr("Colleague");
    if (kind == QLatin1String("neighbour"))
        return tr("Neighbour");
    if (kind == kBroughtInBy)
        return tr("Brought in by");
    return kind;
}

bool Relationships::mayEdit() const
{
    return authorize(m_store.principal(), MutationContext {*findTable("relationship"), Operation::Update, {}}).ok();
}

QString Relationships::nameOf(const QString &personId) const
{
    const auto row = m_store.row(kPerson, personId);
    const QString name = row ? fieldText(*row, "display_name") : QString();
    return name.isEmpty() ? personId : name;
}

Status Relationships::check(const QString &personId, const QString &kind, const QString &otherId) const
{
    if (!mayEdit())
        return makeError("forbidden", tr("Only leaders and admins relate people.").toStdString());
    if (!relations::isKind(kind.toStdString()))
        return makeError("invalid_value",
            tr("\"%1\" is not a kind of relationship: family, colleague, neighbour or brought_in_by.")
                .arg(kind)
                .toStdString());
    for (const auto &id : {personId, otherId}) {
        if (!m_store.row(kPerson, id))
            return makeError("not_found",
                tr("There is no person with the id %1 on this device; sync, then try again.").arg(id).toStdString());
    }
    if (personId == otherId)
        return makeError("invalid_value", tr("%1 cannot be related to themself.").arg(nameOf(personId)).toStdString());
    return {};
}

Status Relationships::relate(const QString &personId, const QString &kind, const QString &otherId)
{
    if (auto valid = check(personId, kind, otherId); !valid)
        return valid;
    const QString id = relationshipId(kind, personId, otherId);
    const auto existing = m_store.row(kRelationship, id);
    const bool recruitment = kind == kBroughtInBy;
    if (existing && isActive(*existing) && (!recruitment || fieldText(*existing, "other_id") == otherId))
        return {}; // already related
    if (recruitment) {
        // The recruiter's own chain must not lead back to the person brought in.
        QString current = otherId;
        std::set<QString> seen;
        for (int depth = 0; depth < relations::kMaxChainDepth && !current.isEmpty(); ++depth) {
            if (current == personId)
                return makeError("invalid_value",
                    tr("%1 was brought in, directly or not, by %2, so %2 cannot have been brought in by them: a "
                       "recruitment chain cannot go round.")
                        .arg(nameOf(otherId), nameOf(personId))
                        .toStdString());
            if (!seen.insert(current).second)
                break;
            const auto up = m_store.row(kRelationship, relationshipId(kBroughtInBy, current, {}));
            if (!up || !isActive(*up))
                break;
            current = fieldText(*up, "other_id");
        }
    }
    const auto [first, second]
        = relations::storedPair(kind.toStdString(), personId.toStdString(), otherId.toStdString());
    FieldMap fields {{"active", std::int64_t(1)}, {"changed_by", m_store.principal().personId},
        {"changed_at", Events::storedTime(m_store.now()).toStdString()}};
    if (!existing || recruitment)
        fields["other_id"] = second;
    if (!existing) {
        fields["person_id"] = first;
        fields["kind"] = kind.toStdString();
    }
    return m_store.writeRow(kRelationship, id, fields);
}

Status Relationships::unrelate(const QString &personId, const QString &kind, const QString &otherId)
{
    if (auto valid = check(personId, kind, otherId); !valid)
        return valid;
    const QString id = relationshipId(kind, personId, otherId);
    const auto existing = m_store.row(kRelationship, id);
    if (!existing || !isActive(*existing) || (kind == kBroughtInBy && fieldText(*existing, "other_id") != otherId))
        return makeError("not_found",
            (kind == kBroughtInBy ? tr("%1 is not recorded as brought in by %2.").arg(nameOf(personId), nameOf(otherId))
                                  : tr("%1 and %2 are not recorded as related (%3) on this device.")
                                        .arg(nameOf(personId), nameOf(otherId), kindName(kind)))
                .toStdString());
    return m_store.writeRow(kRelationship, id,
        {{"active", std::int64_t(0)}, {"changed_by", m_store.principal().personId},
            {"changed_at", Events::storedTime(m_store.now()).toStdString()}});
}

Result<std::vector<RelatedPerson>> Relationships::of(const QString &personId) const
{
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    // Both sides: the relationships where they are person_id, and where they are other_id.
    query.prepare(QStringLiteral(
        "SELECT r.kind, r.other_id, p.display_name, 1 FROM relationship r LEFT JOIN person p ON p.id = r.other_id "
        "WHERE r.person_id = ? AND r.active = 1 "
        "UNION ALL "
        "SELECT r.kind, r.person_id, p.display_name, 0 FROM relationship r LEFT JOIN person p ON p.id = r.person_id "
        "WHERE r.other_id = ? AND r.active = 1"));
    query.addBindValue(personId);
    query.addBindValue(personId);
    if (!query.exec())
        return store::sqlError(
            tr("Cannot read the relationships of %1 on this device").arg(nameOf(personId)), query.lastError());
    std::vector<RelatedPerson> related;
    while (query.next()) {
        const QString kind = query.value(0).toString();
        const QString name = query.value(2).toString();
        related.push_back(RelatedPerson {kind, query.value(1).toString(),
            name.isEmpty() ? query.value(1).toString() : name, kind == kBroughtInBy && query.value(3).toInt() == 1});
    }
    // The recruiter first, then the people they brought in, then the other kinds; by name within.
    const auto rank = [](const RelatedPerson &r) {
        if (r.kind == kBroughtInBy)
            return r.recruiter ? 0 : 1;
        return 2 + int(kinds().indexOf(r.kind));
    };
    std::sort(related.begin(), related.end(), [&](const RelatedPerson &a, const RelatedPerson &b) {
        if (rank(a) != rank(b))
            return rank(a) < rank(b);
        const int byName = QString::compare(a.displayName, b.displayName, Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a.personId < b.personId;
    });
    return related;
}

Result<std::optional<RelatedPerson>> Relationships::recruiterOf(const QString &personId) const
{
    const auto row = m_store.row(kRelationship, relationshipId(kBroughtInBy, personId, {}));
    if (!row || !isActive(*row))
        return std::optional<RelatedPerson> {};
    const QString otherId = fieldText(*row, "other_id");
    return std::optional<RelatedPerson> {RelatedPerson {kBroughtInBy, otherId, nameOf(otherId), true}};
}

Result<std::vector<Recruit>> Relationships::recruits(const QString &personId, int maxDepth) const
{
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    // Down the chains from the person, through relationship_by_other; the depth bounds a chain
    // that would go round (never written by a device or accepted by the daemon, but held rows are
    // not trusted to be free of it).
    query.prepare(QStringLiteral("WITH RECURSIVE tree(person_id, parent_id, depth) AS ("
                                 " SELECT r.person_id, r.other_id, 1 FROM relationship r"
                                 "  WHERE r.other_id = ? AND r.kind = 'brought_in_by' AND r.active = 1"
                                 " UNION"
                                 " SELECT r.person_id, r.other_id, t.depth + 1 FROM tree t JOIN relationship r"
                                 "  ON r.other_id = t.person_id AND r.kind = 'brought_in_by' AND r.active = 1"
                                 "  WHERE t.depth < ?)"
                                 " SELECT t.person_id, t.parent_id, t.depth, p.display_name FROM tree t"
                                 " LEFT JOIN person p ON p.id = t.person_id"));
    query.addBindValue(personId);
    query.addBindValue(std::max(1, maxDepth));
    if (!query.exec())
        return store::sqlError(
            tr("Cannot read whom %1 brought in on this device").arg(nameOf(personId)), query.lastError());
    std::map<QString, std::vector<Recruit>> children; // by parent
    std::set<QString> placed;
    while (query.next()) {
        const QString id = query.value(0).toString();
        const QString name = query.value(3).toString();
        // A person appears once, at the first depth reached (a loop would reach them again).
        Recruit recruit {id, name.isEmpty() ? id : name, query.value(1).toString(), query.value(2).toInt()};
        children[recruit.parentId].push_back(recruit);
    }
    for (auto &[parent, list] : children)
        std::sort(list.begin(), list.end(), [](const Recruit &a, const Recruit &b) {
            const int byName = QString::compare(a.displayName, b.displayName, Qt::CaseInsensitive);
            return byName != 0 ? byName < 0 : a.personId < b.personId;
        });
    std::vector<Recruit> tree;
    placed.insert(personId);
    const auto walk = [&](const auto &self, const QString &parent, int depth) -> void {
        const auto found = children.find(parent);
        if (found == children.end())
            return;
        for (const auto &recruit : found->second) {
            if (recruit.depth != depth || !placed.insert(recruit.personId).second)
                continue;
            tree.push_back(recruit);
            self(self, recruit.personId, depth + 1);
        }
    };
    walk(walk, personId, 1);
    return tree;
}

} // namespace commonroom
