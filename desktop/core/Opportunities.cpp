#include "Opportunities.h"

#include "Contributions.h"
#include "Events.h"
#include "FieldText.h"
#include "LocalStore.h"
#include "StoreSql.h"

#include "common/Authorization.h"
#include "common/Contributions.h"
#include "common/Opportunities.h"
#include "common/Schema.h"

#include <QSqlQuery>

#include <algorithm>

namespace commonroom {

namespace {

const QString kOpportunity = QStringLiteral("opportunity");
const QString kInterest = QStringLiteral("opportunity_interest");

// The columns select() reads, in order; :me is the signed-in person.
const char *const kSelect
    = "SELECT o.id, o.group_id, g.name, o.title, o.description, o.skills, o.languages, o.area, o.commitment, "
      "o.starts_on, o.ends_on, o.places, o.state, o.posted_by, o.posted_at, coalesce(o.filled, 0), "
      "(SELECT count(*) FROM opportunity_interest a WHERE a.opportunity_id = o.id AND a.state = 'accepted'), "
      "(SELECT m.state FROM opportunity_interest m WHERE m.opportunity_id = o.id AND m.person_id = :me LIMIT 1), "
      "(SELECT count(*) FROM opportunity_interest w WHERE w.opportunity_id = o.id AND w.state = 'interested') "
      "FROM opportunity o LEFT JOIN \"group\" g ON g.id = o.group_id ";

QString dayText(const QDate &day)
{
    return day.isValid() ? day.toString(Qt::ISODate) : QString();
}

} // namespace

Opportunities::Opportunities(LocalStore &store)
    : m_store(store)
{
}

int Opportunities::maxPlaces()
{
    return int(opportunities::kMaxPlaces);
}

QString Opportunities::stateName(const QString &state)
{
    if (state == QLatin1String("interested"))
        return tr("Interested");
    if (state == QLatin1String("withdrawn"))
        return tr("Withdrawn");
    if (state == QLatin1String("accepted"))
        return tr("Accepted");
    if (state == QLatin1String("declined"))
        return tr("Declined");
    return state;
}

QString Opportunities::nameOf(const QString &personId) const
{
    const auto row = m_store.row(QStringLiteral("person"), personId);
    const QString name = row ? fieldText(*row, "display_name") : QString();
    return name.isEmpty() ? personId : name;
}

bool Opportunities::mayPost(const QString &groupId) const
{
    const FieldMap about {{"group_id", groupId.toStdString()}};
    MutationContext context {*findTable("opportunity"), Operation::Create, about};
    context.isCurator = m_store.curatesGroup(groupId);
    return authorize(m_store.principal(), context).ok();
}

bool Opportunities::maySayInterested() const
{
    const Principal principal = m_store.principal();
    const FieldMap about {{"person_id", principal.personId}, {"state", std::string(opportunities::kInterested)}};
    MutationContext context {*findTable("opportunity_interest"), Operation::Create, about};
    context.isOwner = !principal.personId.empty();
    return authorize(principal, context).ok();
}

bool Opportunities::mayAnswer(const QString &groupId) const
{
    const FieldMap answer {{"state", std::string(opportunities::kAccepted)}};
    MutationContext context {*findTable("opportunity_interest"), Operation::Update, answer};
    context.isCurator = m_store.curatesGroup(groupId);
    context.currentState = opportunities::kInterested;
    return authorize(m_store.principal(), context).ok();
}

QString Opportunities::whyNotPost(const QString &groupId) const
{
    if (mayPost(groupId))
        return {};
    return tr("Only the group's curators and leaders post opportunities for it.");
}

Status Opportunities::checkDraft(const OpportunityDraft &draft) const
{
    const QString title = draft.title.trimmed();
    if (title.isEmpty())
        return makeError("invalid_value", tr("An opportunity needs a title.").toStdString());
    if (std::size_t(title.size()) > opportunities::kMaxTitleLength)
        return makeError("invalid_value",
            tr("The title \"%1\" is too long: at most %2 characters.")
                .arg(title.left(40) + QStringLiteral("…"))
                .arg(opportunities::kMaxTitleLength)
                .toStdString());
    if (!contributions::isArea(draft.area.toStdString()))
        return makeError("invalid_value",
            tr("The area \"%1\" of the opportunity \"%2\" is not one of the community's areas: %3.")
                .arg(draft.area, title, Contributions::areas().join(QStringLiteral(", ")))
                .toStdString());
    if (draft.places < 1 || draft.places > maxPlaces())
        return makeError("invalid_value",
            tr("%1 places for the opportunity \"%2\" is not a number it can have: from 1 to %3.")
                .arg(draft.places)
                .arg(title)
                .arg(maxPlaces())
                .toStdString());
    if (draft.startsOn.isValid() && draft.endsOn.isValid() && draft.endsOn < draft.startsOn)
        return makeError("invalid_value",
            tr("The last day %1 of the opportunity \"%2\" is before its first day %3.")
                .arg(dayText(draft.endsOn), title, dayText(draft.startsOn))
                .toStdString());
    return {};
}

FieldMap Opportunities::draftFields(const OpportunityDraft &draft) const
{
    const auto textOrNull = [](const QString &text) -> FieldValue {
        const QString trimmed = text.trimmed();
        return trimmed.isEmpty() ? FieldValue {} : FieldValue {trimmed.toStdString()};
    };
    return {{"title", draft.title.trimmed().toStdString()}, {"description", textOrNull(draft.description)},
        {"skills", textOrNull(draft.skills)}, {"languages", textOrNull(draft.languages)},
        {"area", draft.area.toStdString()}, {"commitment", textOrNull(draft.commitment)},
        {"starts_on", textOrNull(dayText(draft.startsOn))}, {"ends_on", textOrNull(dayText(draft.endsOn))},
        {"places", std::int64_t(draft.places)}};
}

Result<QString> Opportunities::post(const QString &groupId, const OpportunityDraft &draft)
{
    if (!m_store.row(QStringLiteral("group"), groupId))
        return makeError("not_found",
            tr("There is no group with the id %1 on this device; sync, then try again.").arg(groupId).toStdString());
    if (!mayPost(groupId))
        return makeError("forbidden", whyNotPost(groupId).toStdString());
    if (auto valid = checkDraft(draft); !valid)
        return valid.error();
    FieldMap fields = draftFields(draft);
    fields["group_id"] = groupId.toStdString();
    fields["state"] = std::string(opportunities::kOpen);
    fields["posted_by"] = m_store.principal().personId;
    fields["posted_at"] = Events::storedTime(m_store.now()).toStdString();
    return m_store.createRow(kOpportunity, fields);
}

Status Opportunities::edit(const QString &opportunityId, const OpportunityDraft &draft)
{
    const auto opportunity = byId(opportunityId);
    if (!opportunity)
        return opportunity.error();
    if (!mayPost(opportunity->groupId))
        return makeError("forbidden", whyNotPost(opportunity->groupId).toStdString());
    if (auto valid = checkDraft(draft); !valid)
        return valid;
    if (draft.places < opportunity->filled)
        return makeError("no_places",
            tr("%1 people are already accepted for the opportunity \"%2\", more than %3 places; decline someone "
               "first.")
                .arg(opportunity->filled)
                .arg(opportunity->title)
                .arg(draft.places)
                .toStdString());
    return m_store.updateRow(kOpportunity, opportunityId, draftFields(draft));
}

Status Opportunities::setOpen(const QString &opportunityId, bool open)
{
    const auto opportunity = byId(opportunityId);
    if (!opportunity)
        return opportunity.error();
    if (!mayPost(opportunity->groupId))
        return makeError(
            "forbidden", tr("Only the group's curators and leaders open and close its opportunities.").toStdString());
    if (opportunity->open == open)
        return {};
    return m_store.updateRow(
        kOpportunity, opportunityId, {{"state", std::string(open ? opportunities::kOpen : opportunities::kClosed)}});
}

Status Opportunities::close(const QString &opportunityId)
{
    return setOpen(opportunityId, false);
}

Status Opportunities::reopen(const QString &opportunityId)
{
    return setOpen(opportunityId, true);
}

Status Opportunities::setOwnState(const QString &opportunityId, const QString &state, const QString &message)
{
    const auto opportunity = byId(opportunityId);
    if (!opportunity)
        return opportunity.error();
    const Principal principal = m_store.principal();
    if (!maySayInterested())
        return makeError("forbidden",
            tr("Members say they are interested in opportunities; an applicant can once approved.").toStdString());
    const bool saying = state == QLatin1String("interested");
    if (saying && opportunity->myState == QLatin1String("accepted"))
        return makeError(
            "already_accepted", tr("You are already accepted for \"%1\".").arg(opportunity->title).toStdString());
    if (saying && opportunity->myState == QLatin1String("declined"))
        return makeError("forbidden",
            tr("A curator of the group declined your interest in \"%1\"; ask them if you want to be considered "
               "again.")
                .arg(opportunity->title)
                .toStdString());
    if (saying && !opportunity->open)
        return makeError("closed", tr("The opportunity \"%1\" is closed.").arg(opportunity->title).toStdString());
    if (!saying && (opportunity->myState.isEmpty() || opportunity->myState == QLatin1String("withdrawn")))
        return makeError("not_interested",
            tr("You have not said you are interested in \"%1\".").arg(opportunity->title).toStdString());
    if (std::size_t(message.size()) > opportunities::kMaxMessageLength)
        return makeError("invalid_value",
            tr("Your message about \"%1\" is too long: at most %2 characters.")
                .arg(opportunity->title)
                .arg(opportunities::kMaxMessageLength)
                .toStdString());
    if (opportunity->myState == state && message.isEmpty())
        return {}; // nothing to change, nothing to send
    const QString id
        = QString::fromStdString(opportunities::interestId(opportunityId.toStdString(), principal.personId));
    FieldMap fields {{"state", state.toStdString()}, {"changed_by", principal.personId},
        {"changed_at", Events::storedTime(m_store.now()).toStdString()}};
    if (!message.isEmpty())
        fields["message"] = message.toStdString();
    if (!m_store.row(kInterest, id)) {
        fields["opportunity_id"] = opportunityId.toStdString();
        fields["person_id"] = principal.personId;
        fields["group_id"] = opportunity->groupId.toStdString();
    }
    return m_store.writeRow(kInterest, id, fields);
}

Status Opportunities::interested(const QString &opportunityId, const QString &message)
{
    return setOwnState(opportunityId, QStringLiteral("interested"), message);
}

Status Opportunities::withdraw(const QString &opportunityId)
{
    return setOwnState(opportunityId, QStringLiteral("withdrawn"), {});
}

Status Opportunities::answer(const QString &opportunityId, const QString &personId, const QString &state)
{
    const auto opportunity = byId(opportunityId);
    if (!opportunity)
        return opportunity.error();
    if (!mayAnswer(opportunity->groupId))
        return makeError("forbidden",
            tr("Only the group's curators and leaders accept or decline interest in \"%1\".")
                .arg(opportunity->title)
                .toStdString());
    const QString id
        = QString::fromStdString(opportunities::interestId(opportunityId.toStdString(), personId.toStdString()));
    const auto row = m_store.row(kInterest, id);
    const QString current = row ? fieldText(*row, "state") : QString();
    if (current.isEmpty() || current == QLatin1String("withdrawn"))
        return makeError("not_interested",
            tr("%1 is not interested in \"%2\" (or withdrew); only someone interested is accepted or declined.")
                .arg(nameOf(personId), opportunity->title)
                .toStdString());
    if (current == state)
        return {};
    if (state == QLatin1String("accepted") && opportunity->filled >= opportunity->places)
        return makeError("no_places",
            tr("All %1 places of \"%2\" are taken; decline someone first, or give it more places.")
                .arg(opportunity->places)
                .arg(opportunity->title)
                .toStdString());
    return m_store.writeRow(kInterest, id,
        {{"state", state.toStdString()}, {"changed_by", m_store.principal().personId},
            {"changed_at", Events::storedTime(m_store.now()).toStdString()}});
}

Status Opportunities::accept(const QString &opportunityId, const QString &personId)
{
    return answer(opportunityId, personId, QStringLiteral("accepted"));
}

Status Opportunities::decline(const QString &opportunityId, const QString &personId)
{
    return answer(opportunityId, personId, QStringLiteral("declined"));
}

Result<std::vector<Opportunity>> Opportunities::select(const QString &where, const QVariantList &values) const
{
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    query.prepare(
        QLatin1String(kSelect) + where + QStringLiteral(" ORDER BY o.state = 'closed', o.posted_at DESC, o.id"));
    query.bindValue(QStringLiteral(":me"), QString::fromStdString(m_store.principal().personId));
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(QStringLiteral(":v%1").arg(i), values.at(i));
    if (!query.exec())
        return store::sqlError(tr("Cannot read the opportunities on this device"), query.lastError());
    std::vector<Opportunity> list;
    while (query.next()) {
        Opportunity o;
        o.id = query.value(0).toString();
        o.groupId = query.value(1).toString();
        o.groupName = query.value(2).toString();
        o.title = query.value(3).toString();
        o.description = query.value(4).toString();
        o.skills = query.value(5).toString();
        o.languages = query.value(6).toString();
        o.area = query.value(7).toString();
        o.commitment = query.value(8).toString();
        o.startsOn = query.value(9).toString();
        o.endsOn = query.value(10).toString();
        o.places = query.value(11).toInt();
        o.open = query.value(12).toString() != QLatin1String("closed");
        o.postedBy = query.value(13).toString();
        o.postedAt = query.value(14).toString();
        // The daemon's count, or more when this device accepted someone since (curators, leaders).
        o.filled = std::max(query.value(15).toInt(), query.value(16).toInt());
        o.myState = query.value(17).toString();
        o.interested = query.value(18).toInt();
        list.push_back(std::move(o));
    }
    return list;
}

Result<Opportunity> Opportunities::byId(const QString &opportunityId) const
{
    auto found = select(QStringLiteral("WHERE o.id = :v0"), {opportunityId});
    if (!found)
        return found.error();
    if (found->empty())
        return makeError("not_found",
            tr("There is no opportunity with the id %1 on this device; sync, then try again.")
                .arg(opportunityId)
                .toStdString());
    return found->front();
}

Result<std::vector<Opportunity>> Opportunities::list(const QString &groupId) const
{
    if (groupId.isEmpty())
        return select({}, {});
    return select(QStringLiteral("WHERE o.group_id = :v0"), {groupId});
}

Result<std::vector<Opportunity>> Opportunities::matchingMe() const
{
    const Principal principal = m_store.principal();
    if (principal.personId.empty())
        return std::vector<Opportunity> {};
    const auto me = m_store.row(QStringLiteral("person"), QString::fromStdString(principal.personId));
    if (!me)
        return std::vector<Opportunity> {};
    const std::string skills = textOf(*me, "skills") + "\n" + textOf(*me, "interests");
    const std::string languages = textOf(*me, "languages");
    auto open = select(QStringLiteral("WHERE o.state = 'open'"), {});
    if (!open)
        return open.error();
    std::vector<Opportunity> matching;
    for (auto &o : *open) {
        const bool mine = !o.myState.isEmpty() && o.myState != QLatin1String("withdrawn");
        if (!mine && o.openPlaces() == 0)
            continue;
        if (mine
            || opportunities::matches(
                o.skills.toStdString(), o.languages.toStdString(), o.area.toStdString(), skills, languages))
            matching.push_back(std::move(o));
    }
    return matching;
}

Result<std::vector<OpportunityInterest>> Opportunities::interests(const QString &opportunityId) const
{
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT i.id, i.opportunity_id, i.person_id, p.display_name, i.state, i.message, i.changed_by, i.changed_at "
        "FROM opportunity_interest i LEFT JOIN person p ON p.id = i.person_id WHERE i.opportunity_id = ? "
        "ORDER BY CASE i.state WHEN 'interested' THEN 0 WHEN 'accepted' THEN 1 WHEN 'declined' THEN 2 ELSE 3 END, "
        "p.display_name COLLATE NOCASE, i.person_id"));
    query.addBindValue(opportunityId);
    if (!query.exec())
        return store::sqlError(
            tr("Cannot read the interest in the opportunity %1 on this device").arg(opportunityId), query.lastError());
    std::vector<OpportunityInterest> list;
    while (query.next()) {
        list.push_back(OpportunityInterest {query.value(0).toString(), query.value(1).toString(),
            query.value(2).toString(), query.value(3).toString(), query.value(4).toString(), query.value(5).toString(),
            query.value(6).toString(), query.value(7).toString()});
    }
    return list;
}

} // namespace commonroom
