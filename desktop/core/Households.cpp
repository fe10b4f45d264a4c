#include "Households.h"

#include "Events.h"
#include "FieldText.h"
#include "LocalStore.h"
#include "StoreSql.h"

#include "common/Authorization.h"
#include "common/Relations.h"
#include "common/Schema.h"

#include <QSqlQuery>

namespace commonroom {

namespace {

const QString kHousehold = QStringLiteral("household");
const QString kMember = QStringLiteral("household_member");
const QString kPerson = QStringLiteral("person");

// The live households with their counts of people; `where` narrows them.
const char *const kHouseholdSelect
    = "SELECT h.id, h.name, "
      "(SELECT count(*) FROM household_member m JOIN person p ON p.id = m.person_id WHERE m.household_id = h.id) "
      "FROM household h ";

Household householdFrom(const QSqlQuery &query)
{
    return Household {query.value(0).toString(), query.value(1).toString(), query.value(2).toInt()};
}

} // namespace

Households::Households(LocalStore &store)
    : m_store(store)
{
}

bool Households::mayEdit() const
{
    return authorize(m_store.principal(), MutationContext {*findTable("household_member"), Operation::Update, {}}).ok();
}

QString Households::nameOf(const QString &personId) const
{
    const auto row = m_store.row(kPerson, personId);
    const QString name = row ? fieldText(*row, "display_name") : QString();
    return name.isEmpty() ? personId : name;
}

Status Households::checkName(const QString &name) const
{
    if (!mayEdit())
        return makeError("forbidden", tr("Only leaders and admins keep households.").toStdString());
    if (name.trimmed().isEmpty())
        return makeError("invalid_value", tr("A household needs a name.").toStdString());
    if (std::size_t(name.trimmed().toUtf8().size()) > relations::kMaxHouseholdName)
        return makeError("invalid_value",
            tr("The household name \"%1\" is too long: at most %2 characters.")
                .arg(name.trimmed())
                .arg(relations::kMaxHouseholdName)
                .toStdString());
    return {};
}

Result<QString> Households::create(const QString &name)
{
    if (auto valid = checkName(name); !valid)
        return valid.error();
    return m_store.createRow(kHousehold,
        {{"name", name.trimmed().toStdString()}, {"created_by", m_store.principal().personId},
            {"created_at", Events::storedTime(m_store.now()).toStdString()}});
}

Status Households::rename(const QString &householdId, const QString &name)
{
    if (auto valid = checkName(name); !valid)
        return valid;
    const auto household = byId(householdId);
    if (!household)
        return household.error();
    if (household->name == name.trimmed())
        return {};
    return m_store.updateRow(kHousehold, householdId, {{"name", name.trimmed().toStdString()}});
}

Status Households::place(const QString &householdId, const QString &personId)
{
    if (!mayEdit())
        return makeError("forbidden", tr("Only leaders and admins place people in households.").toStdString());
    const auto household = byId(householdId);
    if (!household)
        return household.error();
    if (!m_store.row(kPerson, personId))
        return makeError("not_found",
            tr("There is no person with the id %1 on this device; sync, then try again.").arg(personId).toStdString());
    const QString id = QString::fromStdString(relations::memberId(personId.toStdString()));
    const auto existing = m_store.row(kMember, id);
    if (existing && fieldText(*existing, "household_id") == householdId)
        return {}; // already there
    FieldMap fields {{"household_id", householdId.toStdString()}, {"changed_by", m_store.principal().personId},
        {"changed_at", Events::storedTime(m_store.now()).toStdString()}};
    if (!existing)
        fields["person_id"] = personId.toStdString();
    return m_store.writeRow(kMember, id, fields);
}

Status Households::leave(const QString &personId)
{
    if (!mayEdit())
        return makeError("forbidden", tr("Only leaders and admins take people out of households.").toStdString());
    const QString id = QString::fromStdString(relations::memberId(personId.toStdString()));
    const auto existing = m_store.row(kMember, id);
    if (!existing || fieldText(*existing, "household_id").isEmpty())
        return makeError("not_found", tr("%1 is in no household on this device.").arg(nameOf(personId)).toStdString());
    return m_store.writeRow(kMember, id,
        {{"household_id", std::string()}, {"changed_by", m_store.principal().personId},
            {"changed_at", Events::storedTime(m_store.now()).toStdString()}});
}

Result<std::vector<Household>> Households::list() const
{
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    if (!query.exec(QLatin1String(kHouseholdSelect) + QLatin1String("ORDER BY h.name COLLATE NOCASE, h.id")))
        return store::sqlError(tr("Cannot read the households on this device"), query.lastError());
    std::vector<Household> households;
    while (query.next())
        households.push_back(householdFrom(query));
    return households;
}

Result<Household> Households::byId(const QString &householdId) const
{
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    query.prepare(QLatin1String(kHouseholdSelect) + QLatin1String("WHERE h.id = ?"));
    query.addBindValue(householdId);
    if (!query.exec())
        return store::sqlError(tr("Cannot read the household %1 on this device").arg(householdId), query.lastError());
    if (!query.next())
        return makeError("not_found",
            tr("There is no household with the id %1 on this device; sync, then try again.")
                .arg(householdId)
                .toStdString());
    return householdFrom(query);
}

Result<std::vector<HouseholdPerson>> Households::people(const QString &householdId) const
{
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT m.person_id, p.display_name FROM household_member m "
                                 "JOIN person p ON p.id = m.person_id WHERE m.household_id = ? "
                                 "ORDER BY p.display_name COLLATE NOCASE, m.person_id"));
    query.addBindValue(householdId);
    if (!query.exec())
        return store::sqlError(
            tr("Cannot read the people of the household %1 on this device").arg(householdId), query.lastError());
    std::vector<HouseholdPerson> people;
    while (query.next()) {
        const QString name = query.value(1).toString();
        people.push_back(
            HouseholdPerson {query.value(0).toString(), name.isEmpty() ? query.value(0).toString() : name});
    }
    return people;
}

Result<std::optional<Household>> Households::householdOf(const QString &personId) const
{
    const auto row = m_store.row(kMember, QString::fromStdString(relations::memberId(personId.toStdString())));
    const QString householdId = row ? fieldText(*row, "household_id") : QString();
    if (householdId.isEmpty())
        return std::optional<Household> {};
    const auto household = byId(householdId);
    if (!household) {
        if (household.error().code == "not_found")
            return std::optional<Household> {}; // deleted by an admin
        return household.error();
    }
    return std::optional<Household> {*household};
}

Result<std::optional<HouseholdAddress>> Households::address(const QString &householdId) const
{
    // A person's address reaches this device only when they show it to the signed-in user.
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT p.address, p.display_name FROM household_member m "
                                 "JOIN person p ON p.id = m.person_id "
                                 "WHERE m.household_id = ? AND trim(coalesce(p.address, '')) <> '' "
                                 "ORDER BY p.display_name COLLATE NOCASE, m.person_id LIMIT 1"));
    query.addBindValue(householdId);
    if (!query.exec())
        return store::sqlError(
            tr("Cannot read the address of the household %1 on this device").arg(householdId), query.lastError());
    if (!query.next())
        return std::optional<HouseholdAddress> {};
    return std::optional<HouseholdAddress> {HouseholdAddress {query.value(0).toString(), query.value(1).toString()}};
}

} // namespace commonroom
