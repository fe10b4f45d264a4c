#include "Groups.h"

#include "LocalStore.h"

#include "common/Authorization.h"
#include "common/Schema.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace commonroom {

namespace {
std::string text(const FieldMap &row, const std::string &name)
{
    const auto it = row.find(name);
    return it == row.end() ? std::string() : toDisplayString(it->second);
}

// Escapes LIKE's wildcards so that a typed "%" or "_" matches itself.
QString likePrefix(QString text)
{
    text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    text.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    text.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return text + QLatin1Char('%');
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
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    std::vector<Named> groups;
    if (query.exec(
            QStringLiteral("SELECT id, name FROM \"group\" WHERE name IS NOT NULL ORDER BY name COLLATE LOCALE, id"))) {
        while (query.next())
            groups.push_back({query.value(0).toString(), query.value(1).toString()});
    }
    return groups;
}

Result<std::vector<Groups::Summary>> Groups::summaries() const
{
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT g.id, g.name, g.kind, (SELECT count(*) FROM membership m WHERE m.group_id = g.id AND "
        "m.state = 'active'), mine.state, mine.role FROM \"group\" g LEFT JOIN membership mine ON mine.id = "
        "(SELECT m.id FROM membership m WHERE m.group_id = g.id AND m.person_id = ? LIMIT 1) ORDER BY g.name "
        "COLLATE LOCALE"));
    query.addBindValue(me());
    if (!query.exec())
        return makeError("storage", "Cannot read the groups on this device.");
    std::vector<Summary> groups;
    while (query.next())
        groups.push_back({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
            query.value(3).toInt(), query.value(4).toString(), query.value(5).toString()});
    return groups;
}

Result<std::vector<Groups::Member>> Groups::members(const QString &groupId) const
{
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT m.id, m.person_id, p.display_name, m.state, m.role, m.message FROM "
                                 "membership m LEFT JOIN person p ON p.id = m.person_id WHERE m.group_id = ? "
                                 "ORDER BY m.role DESC, m.state, p.display_name COLLATE LOCALE"));
    query.addBindValue(groupId);
    if (!query.exec())
        return makeError("storage", "Cannot read the group's members on this device.");
    std::vector<Member> members;
    while (query.next())
        members.push_back({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
            query.value(3).toString(), query.value(4).toString(), query.value(5).toString()});
    return members;
}

Result<std::vector<Groups::Listed>> Groups::listed() const
{
    const QString myId = me();
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    // My membership is the one membershipOf() would find: active, then invited, then pending.
    query.prepare(QStringLiteral(
        "SELECT g.id, g.name, g.kind, g.description, g.terms, "
        "(SELECT COUNT(*) FROM membership m WHERE m.group_id = g.id AND m.state = 'active'), "
        "(SELECT COUNT(*) FROM membership m WHERE m.group_id = g.id AND m.state = 'active' AND m.role = 'curator'), "
        "(SELECT COUNT(*) FROM membership m WHERE m.group_id = g.id AND m.state = 'pending'), "
        "mine.id, mine.state, mine.role FROM \"group\" g LEFT JOIN membership mine ON mine.id = "
        "(SELECT m.id FROM membership m WHERE m.group_id = g.id AND m.person_id = ? ORDER BY CASE m.state "
        "WHEN 'active' THEN 0 WHEN 'invited' THEN 1 WHEN 'pending' THEN 2 ELSE 3 END LIMIT 1) "
        "ORDER BY g.name IS NULL, g.name COLLATE LOCALE, g.id"));
    query.addBindValue(myId.isEmpty() ? QVariant() : QVariant(myId));
    if (!query.exec())
        return makeError("storage", "Cannot read the groups on this device.");
    const Principal principal = m_store.principal();
    const FieldMap approval {{"state", std::string("active")}};
    std::vector<Listed> groups;
    while (query.next()) {
        Listed group {query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
            query.value(3).toString(), query.value(4).toString(), query.value(5).toInt(), query.value(6).toInt(),
            query.value(7).toInt(), query.value(8).toString(), query.value(9).toString(), query.value(10).toString(),
            false};
        const bool curator = group.myState == QLatin1String("active") && group.myRole == QLatin1String("curator");
        // The same rule the daemon judges an approval with: curators of the group, leaders, admins.
        group.canCurate = !myId.isEmpty()
            && authorize(principal,
                MutationContext {*findTable("membership"), Operation::Update, approval, false, curator,
                    group.kind.toStdString(), !group.terms.isEmpty(), "pending"})
                   .ok();
        groups.push_back(std::move(group));
    }
    return groups;
}

Result<std::vector<Groups::MyGroup>> Groups::mine() const
{
    std::vector<MyGroup> groups;
    const QString myId = me();
    if (myId.isEmpty())
        return groups;
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT g.id, g.name, m.role FROM membership m JOIN \"group\" g ON g.id = m.group_id "
                                 "WHERE m.person_id = ? AND m.state = 'active' "
                                 "ORDER BY g.name IS NULL, g.name COLLATE LOCALE, g.id"));
    query.addBindValue(myId);
    if (!query.exec())
        return makeError("storage", "Cannot read your groups on this device.");
    while (query.next()) {
        if (!groups.empty() && groups.back().id == query.value(0).toString())
            continue; // one line per group, whatever the rows say
        groups.push_back({query.value(0).toString(), query.value(1).toString(), query.value(2).toString()});
    }
    return groups;
}

Result<std::vector<Groups::Member>> Groups::membersPage(const QString &groupId, int offset, int count) const
{
    std::vector<Member> members;
    if (count <= 0)
        return members;
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT m.id, m.person_id, p.display_name, m.state, m.role, m.message "
        "FROM membership m LEFT JOIN person p ON p.id = m.person_id WHERE m.group_id = ? "
        "ORDER BY CASE WHEN m.state = 'pending' THEN 0 WHEN m.state = 'active' AND m.role = 'curator' THEN 1 "
        "WHEN m.state = 'active' THEN 2 WHEN m.state = 'invited' THEN 3 ELSE 4 END, "
        "p.display_name IS NULL, p.display_name COLLATE LOCALE, m.id LIMIT ? OFFSET ?"));
    query.addBindValue(groupId);
    query.addBindValue(count);
    query.addBindValue(std::max(0, offset));
    if (!query.exec())
        return makeError("storage", "Cannot read the group's members on this device.");
    members.reserve(std::size_t(count));
    while (query.next())
        members.push_back({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
            query.value(3).toString(), query.value(4).toString(), query.value(5).toString()});
    return members;
}

Result<std::vector<Groups::Named>> Groups::curators(const QString &groupId) const
{
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT m.person_id, p.display_name FROM membership m "
                                 "LEFT JOIN person p ON p.id = m.person_id "
                                 "WHERE m.group_id = ? AND m.state = 'active' AND m.role = 'curator' "
                                 "ORDER BY p.display_name IS NULL, p.display_name COLLATE LOCALE, m.id"));
    query.addBindValue(groupId);
    if (!query.exec())
        return makeError("storage", "Cannot read the group's curators on this device.");
    std::vector<Named> curators;
    while (query.next())
        curators.push_back({query.value(0).toString(), query.value(1).toString()});
    return curators;
}

Result<Groups::Inbox> Groups::requestsToAnswer(int limit) const
{
    Inbox inbox;
    const Principal principal = m_store.principal();
    const QString myId = QString::fromStdString(principal.personId);
    if (myId.isEmpty())
        return inbox;
    // Leaders and admins answer every group's requests (the rule table); others only those of
    // the groups they curate.
    const bool everyGroup = principal.role >= Role::Leader;
    // The groups they curate, read once for the whole list (not once per group in it).
    QSet<QString> curated;
    QSqlQuery mine(m_store.database());
    mine.setForwardOnly(true);
    mine.prepare(QStringLiteral(
        "SELECT group_id FROM membership WHERE person_id = ? AND state = 'active' AND role = 'curator'"));
    mine.addBindValue(myId);
    if (!mine.exec())
        return makeError("storage", "Cannot read the groups you curate on this device.");
    while (mine.next())
        curated.insert(mine.value(0).toString());
    inbox.answers = everyGroup || !curated.isEmpty();
    if (!inbox.answers)
        return inbox;
    const QString onlyCurated = everyGroup ? QString()
                                           : QStringLiteral(" AND m.group_id IN (SELECT group_id FROM membership "
                                                            "WHERE person_id = :me AND state = 'active' AND role = "
                                                            "'curator')");
    // Whether the rules let them answer a group's requests, asked once per group and by the
    // rule the daemon approves with.
    const FieldMap approval {{"state", std::string("active")}};
    QHash<QString, bool> mayAnswer;
    const auto answers = [&](const QString &groupId, const QString &kind, bool hasTerms) {
        const auto known = mayAnswer.constFind(groupId);
        if (known != mayAnswer.cend())
            return *known;
        return mayAnswer[groupId] = authorize(principal,
                   MutationContext {*findTable("membership"), Operation::Update, approval, false,
                       curated.contains(groupId), kind.toStdString(), hasTerms, "pending"})
                                        .ok();
    };

    // How many wait in each group: all of them, read through the index of pending requests.
    QSqlQuery counts(m_store.database());
    counts.setForwardOnly(true);
    counts.prepare(QStringLiteral("SELECT m.group_id, g.kind, g.terms, COUNT(*) FROM membership m INDEXED BY "
                                  "membership_pending JOIN \"group\" g ON g.id = m.group_id WHERE m.state = "
                                  "'pending'%1 GROUP BY m.group_id")
                       .arg(onlyCurated));
    if (!everyGroup)
        counts.bindValue(QStringLiteral(":me"), myId);
    if (!counts.exec())
        return makeError("storage", "Cannot read the requests to join on this device.");
    while (counts.next()) {
        const QString groupId = counts.value(0).toString();
        if (answers(groupId, counts.value(1).toString(), !counts.value(2).toString().isEmpty()))
            inbox.waiting.insert(groupId, counts.value(3).toInt());
    }
    if (inbox.waiting.isEmpty())
        return inbox;

    // The oldest requests: those without a date (made before it was recorded) first, then by
    // when they were made (membership_requests holds that order).
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT m.id, m.group_id, g.name, m.person_id, p.display_name, m.message, m.requested_at "
                       "FROM membership m INDEXED BY membership_requests JOIN \"group\" g ON g.id = m.group_id "
                       "LEFT JOIN person p ON p.id = m.person_id WHERE m.state = 'pending'%1 "
                       "ORDER BY m.requested_at, m.rowid LIMIT :limit")
            .arg(onlyCurated));
    if (!everyGroup)
        query.bindValue(QStringLiteral(":me"), myId);
    query.bindValue(QStringLiteral(":limit"), limit);
    if (!query.exec())
        return makeError("storage", "Cannot read the requests to join on this device.");
    while (query.next()) {
        const QString groupId = query.value(1).toString();
        if (!inbox.waiting.contains(groupId))
            continue;
        QDateTime requestedAt = QDateTime::fromString(query.value(6).toString(), Qt::ISODateWithMs);
        inbox.oldest.push_back({query.value(0).toString(), groupId, query.value(2).toString(),
            query.value(3).toString(), query.value(4).toString(), query.value(5).toString(), requestedAt});
    }
    return inbox;
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

Status Groups::mayCreate() const
{
    const Principal principal = m_store.principal();
    if (principal.personId.empty())
        return makeError("not_signed_in", "Sign in first: a group needs a first curator.");
    if (!authorize(principal, MutationContext {*findTable("group"), Operation::Create, {}, false, false}).ok())
        return makeError("forbidden", "Only leaders and admins create groups.");
    return {};
}

Result<QString> Groups::create(
    const QString &name, const QString &kind, const QString &description, const QString &terms)
{
    if (auto allowed = mayCreate(); !allowed)
        return allowed.error();
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

Result<Groups::JoinPlan> Groups::planJoin(const QString &groupId, bool acceptTerms, const QString &message) const
{
    const auto group = m_store.row(QStringLiteral("group"), groupId);
    if (!group)
        return makeError("no_group", "There is no group " + groupId.toStdString() + " on this device; sync first.");
    const std::string name = text(*group, "name");
    const std::string terms = text(*group, "terms");
    if (!terms.empty() && !acceptTerms)
        return makeError("terms", "To join " + name + " accept its terms: " + terms);
    JoinPlan plan;
    plan.groupKind = text(*group, "kind");
    plan.groupHasTerms = !terms.empty();
    if (!terms.empty())
        plan.fields["terms_accepted_at"] = m_store.now().toString(Qt::ISODate).toStdString();
    if (!message.isEmpty())
        plan.fields["message"] = message.toStdString();
    const auto existing = membershipOf(groupId, me());
    if (existing && existing->state == QLatin1String("invited")) {
        plan.invitationId = existing->id;
        plan.state = QStringLiteral("active");
        plan.fields["state"] = std::string("active");
        return plan;
    }
    if (existing && (existing->state == QLatin1String("active") || existing->state == QLatin1String("pending")))
        return existing->state == QLatin1String("active")
            ? makeError("already_member", "You are already a member of " + name + ".")
            : makeError("already_requested", "Your request to join " + name + " waits for a curator.");
    if (plan.groupKind == "closed")
        return makeError("closed", name + " takes new members by invitation of its curators only.");
    plan.state = plan.groupKind == "open" ? QStringLiteral("active") : QStringLiteral("pending");
    plan.fields["person_id"] = me().toStdString();
    plan.fields["group_id"] = groupId.toStdString();
    plan.fields["state"] = plan.state.toStdString();
    plan.fields["role"] = std::string("member");
    if (plan.state == QLatin1String("pending"))
        plan.fields["requested_at"] = m_store.now().toString(Qt::ISODateWithMs).toStdString();
    return plan;
}

Result<QString> Groups::join(const QString &groupId, bool acceptTerms, const QString &message)
{
    auto plan = planJoin(groupId, acceptTerms, message);
    if (!plan)
        return plan.error();
    if (!plan->invitationId.isEmpty()) {
        if (auto status = m_store.updateRow(QStringLiteral("membership"), plan->invitationId, plan->fields); !status)
            return status.error();
    } else if (auto created = m_store.createRow(QStringLiteral("membership"), plan->fields); !created) {
        return created.error();
    }
    return plan->state;
}

Groups::JoinOffer Groups::joinOffer(const QString &groupId) const
{
    // The terms are asked before joining, so the offer is judged with them accepted.
    const auto plan = planJoin(groupId, true, {});
    JoinOffer offer;
    if (!plan)
        return offer;
    offer.offered = true;
    offer.invitation = !plan->invitationId.isEmpty();
    offer.state = plan->state;
    const MutationContext context {*findTable("membership"), offer.invitation ? Operation::Update : Operation::Create,
        plan->fields, true, false, plan->groupKind, plan->groupHasTerms, offer.invitation ? "invited" : ""};
    offer.allowed = authorize(m_store.principal(), context).ok();
    return offer;
}

std::vector<Groups::Person> Groups::peopleNamedFrom(const QString &prefix, int limit) const
{
    std::vector<Person> people;
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, display_name, area FROM person WHERE display_name LIKE ? ESCAPE '\\' "
                                 "ORDER BY display_name COLLATE LOCALE, id LIMIT ?"));
    query.addBindValue(likePrefix(prefix));
    query.addBindValue(limit);
    if (!query.exec())
        return people;
    while (query.next())
        people.push_back({query.value(0).toString(), query.value(1).toString(), query.value(2).toString()});
    return people;
}

QStringList Groups::peopleCalled(const QString &name, int limit) const
{
    QStringList ids;
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id FROM person WHERE display_name = ? COLLATE NOCASE LIMIT ?"));
    query.addBindValue(name);
    query.addBindValue(limit);
    if (query.exec()) {
        while (query.next())
            ids << query.value(0).toString();
    }
    return ids;
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
