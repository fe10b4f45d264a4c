#include "Groups.h"

#include "LocalStore.h"

#include <QDateTime>
#include <QSqlQuery>

namespace commonroom {

namespace {
std::string text(const FieldMap &row, const std::string &name)
{
    const auto it = row.find(name);
    return it == row.end() ? std::string() : toDisplayString(it->second);
}
} // namespace

Groups::Groups(LocalStore &store)
    : m_store(store)
{
}

QString Groups::me() const
{
    return m_store.setting(QStringLiteral("person_id"));
}

std::vector<Groups::Named> Groups::named() const
{
    std::vector<Named> groups;
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    if (query.exec(
            QStringLiteral("SELECT id, name FROM \"group\" WHERE name IS NOT NULL ORDER BY name COLLATE NOCASE"))) {
        while (query.next())
            groups.push_back({query.value(0).toString(), query.value(1).toString()});
    }
    return groups;
}

std::optional<Groups::Membership> Groups::membershipOf(const QString &groupId, const QString &personId) const
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT id, state, role FROM membership WHERE group_id = ? AND person_id = ? "
                                 "ORDER BY CASE state WHEN 'active' THEN 0 WHEN 'invited' THEN 1 WHEN 'pending' THEN 2 "
                                 "ELSE 3 END LIMIT 1"));
    query.addBindValue(groupId);
    query.addBindValue(personId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return Membership {query.value(0).toString(), query.value(1).toString(), query.value(2).toString()};
}

Result<QString> Groups::create(
    const QString &name, const QString &kind, const QString &description, const QString &terms)
{
    if (me().isEmpty())
        return makeError("not_signed_in", "Sign in first: a group needs a first curator.");
    FieldMap fields {{"name", name.toStdString()}, {"kind", kind.toStdString()}};
    if (!description.isEmpty())
        fields["description"] = description.toStdString();
    if (!terms.isEmpty())
        fields["terms"] = terms.toStdString();
    auto group = m_store.createRow(QStringLiteral("group"), fields);
    if (!group)
        return group;
    auto curator = m_store.createRow(QStringLiteral("membership"),
        {{"person_id", me().toStdString()}, {"group_id", group->toStdString()}, {"state", std::string("active")},
            {"role", std::string("curator")}});
    if (!curator)
        return curator.error();
    return group;
}

Result<QString> Groups::join(const QString &groupId, bool acceptTerms, const QString &message)
{
    const auto group = m_store.row(QStringLiteral("group"), groupId);
    if (!group)
        return makeError("no_group", "There is no group " + groupId.toStdString() + " on this device; sync first.");
    const std::string name = text(*group, "name");
    const std::string terms = text(*group, "terms");
    if (!terms.empty() && !acceptTerms)
        return makeError("terms", "To join " + name + " accept its terms: " + terms);
    const auto existing = membershipOf(groupId, me());
    FieldMap fields;
    if (!terms.empty())
        fields["terms_accepted_at"] = m_store.now().toString(Qt::ISODate).toStdString();
    if (!message.isEmpty())
        fields["message"] = message.toStdString();
    if (existing && existing->state == QLatin1String("invited")) {
        fields["state"] = std::string("active");
        if (auto status = m_store.updateRow(QStringLiteral("membership"), existing->id, fields); !status)
            return status.error();
        return QStringLiteral("active");
    }
    if (existing && (existing->state == QLatin1String("active") || existing->state == QLatin1String("pending")))
        return existing->state == QLatin1String("active")
            ? makeError("already_member", "You are already a member of " + name + ".")
            : makeError("already_requested", "Your request to join " + name + " waits for a curator.");
    const std::string kind = text(*group, "kind");
    if (kind == "closed")
        return makeError("closed", name + " takes new members by invitation of its curators only.");
    const std::string state = kind == "open" ? "active" : "pending";
    fields["person_id"] = me().toStdString();
    fields["group_id"] = groupId.toStdString();
    fields["state"] = state;
    fields["role"] = std::string("member");
    if (auto created = m_store.createRow(QStringLiteral("membership"), fields); !created)
        return created.error();
    return QString::fromStdString(state);
}

Status Groups::leave(const QString &groupId)
{
    const auto existing = membershipOf(groupId, me());
    if (!existing)
        return makeError("not_member", "You are not in this group.");
    if (existing->state == QLatin1String("active") && existing->role == QLatin1String("curator")
        && curatorCount(groupId) <= 1)
        return makeError("last_curator", "You are the group's last curator; make someone else curator first.");
    return m_store.deleteRow(QStringLiteral("membership"), existing->id);
}

Status Groups::decide(const QString &membershipId, bool approve, const QString &message)
{
    const auto membership = m_store.row(QStringLiteral("membership"), membershipId);
    if (!membership || text(*membership, "state") != "pending")
        return makeError(
            "no_request", "There is no pending request " + membershipId.toStdString() + " on this device.");
    FieldMap fields {{"state", std::string(approve ? "active" : "declined")}};
    if (!message.isEmpty())
        fields["message"] = message.toStdString();
    return m_store.updateRow(QStringLiteral("membership"), membershipId, fields);
}

Status Groups::invite(const QString &groupId, const QString &personId)
{
    if (const auto existing = membershipOf(groupId, personId)) {
        // A declined request (or a refused invitation that a curator declined) is no bar to asking again.
        if (existing->state == QLatin1String("declined"))
            return m_store.updateRow(QStringLiteral("membership"), existing->id,
                {{"state", std::string("invited")}, {"role", std::string("member")}, {"message", FieldValue {}}});
        return makeError("already_in_group", "This person already has a membership or request in the group.");
    }
    auto created = m_store.createRow(QStringLiteral("membership"),
        {{"person_id", personId.toStdString()}, {"group_id", groupId.toStdString()}, {"state", std::string("invited")},
            {"role", std::string("member")}});
    return created ? Status {} : Status {created.error()};
}

Status Groups::appointCurator(const QString &groupId, const QString &personId)
{
    if (const auto existing = membershipOf(groupId, personId))
        return m_store.updateRow(QStringLiteral("membership"), existing->id,
            {{"state", std::string("active")}, {"role", std::string("curator")}});
    auto created = m_store.createRow(QStringLiteral("membership"),
        {{"person_id", personId.toStdString()}, {"group_id", groupId.toStdString()}, {"state", std::string("active")},
            {"role", std::string("curator")}});
    return created ? Status {} : Status {created.error()};
}

int Groups::curatorCount(const QString &groupId) const
{
    QSqlQuery query(m_store.database());
    query.prepare(
        QStringLiteral("SELECT COUNT(*) FROM membership WHERE group_id = ? AND state = 'active' AND role = 'curator'"));
    query.addBindValue(groupId);
    return query.exec() && query.next() ? query.value(0).toInt() : 0;
}

Status Groups::removeMember(const QString &membershipId)
{
    const auto membership = m_store.row(QStringLiteral("membership"), membershipId);
    if (!membership)
        return makeError("not_member", "This membership is not on this device any more; sync first.");
    if (QString::fromStdString(text(*membership, "person_id")) == me())
        return makeError("own_membership", "To leave the group yourself, use Leave group.");
    const QString groupId = QString::fromStdString(text(*membership, "group_id"));
    if (text(*membership, "state") == "active" && text(*membership, "role") == "curator" && curatorCount(groupId) <= 1)
        return makeError("last_curator", "This is the group's last curator; make someone else curator first.");
    return m_store.deleteRow(QStringLiteral("membership"), membershipId);
}

Status Groups::dismissCurator(const QString &membershipId)
{
    const auto membership = m_store.row(QStringLiteral("membership"), membershipId);
    if (!membership || text(*membership, "state") != "active" || text(*membership, "role") != "curator")
        return makeError("not_member", "This person is not a curator of the group; sync to see the latest.");
    if (curatorCount(QString::fromStdString(text(*membership, "group_id"))) <= 1)
        return makeError("last_curator", "This is the group's last curator; make someone else curator first.");
    return m_store.updateRow(QStringLiteral("membership"), membershipId, {{"role", std::string("member")}});
}

} // namespace commonroom
