#include "Contributions.h"

#include "Events.h"
#include "FieldText.h"
#include "LocalStore.h"
#include "StoreSql.h"

#include "common/Authorization.h"
#include "common/Contributions.h"
#include "common/Privacy.h"
#include "common/Schema.h"

#include <QLocale>
#include <QSqlQuery>

#include <cmath>

namespace commonroom {

namespace {

const QString kContribution = QStringLiteral("contribution");
const QString kPerson = QStringLiteral("person");

// The default areas and the kinds, marked for translation under this class's context, in the
// order of common/Contributions.h.
const char *const kAreaNames[]
    = {QT_TRANSLATE_NOOP("Contributions", "Advocacy"), QT_TRANSLATE_NOOP("Contributions", "Coding"),
        QT_TRANSLATE_NOOP("Contributions", "Support"), QT_TRANSLATE_NOOP("Contributions", "Events"),
        QT_TRANSLATE_NOOP("Contributions", "Organizing"), QT_TRANSLATE_NOOP("Contributions", "Localization")};
static_assert(std::size(kAreaNames) == contributions::kDefaultAreas.size());
const char *const kKindNames[] = {QT_TRANSLATE_NOOP("Contributions", "Contribution"),
    QT_TRANSLATE_NOOP("Contributions", "Call"), QT_TRANSLATE_NOOP("Contributions", "Meeting"),
    QT_TRANSLATE_NOOP("Contributions", "Door knock"), QT_TRANSLATE_NOOP("Contributions", "Message")};
static_assert(std::size(kKindNames) == contributions::kKinds.size());

template<std::size_t N>
int indexOf(const std::array<std::string_view, N> &keys, const QString &key)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (QLatin1String(keys[i].data(), qsizetype(keys[i].size())) == key)
            return int(i);
    }
    return -1;
}

template<std::size_t N>
QStringList keysOf(const std::array<std::string_view, N> &keys)
{
    QStringList list;
    for (const auto key : keys)
        list << QString::fromLatin1(key.data(), qsizetype(key.size()));
    return list;
}

} // namespace

Contributions::Contributions(LocalStore &store)
    : m_store(store)
{
}

QStringList Contributions::areas()
{
    return keysOf(contributions::kDefaultAreas);
}

QString Contributions::areaName(const QString &area)
{
    const int index = indexOf(contributions::kDefaultAreas, area);
    return index < 0 ? area : tr(kAreaNames[index]);
}

QStringList Contributions::kinds()
{
    return keysOf(contributions::kKinds);
}

QString Contributions::kindName(const QString &kind)
{
    const int index = indexOf(contributions::kKinds, kind);
    return index < 0 ? kind : tr(kKindNames[index]);
}

QString Contributions::hoursText(std::optional<int> minutes)
{
    if (!minutes)
        return {};
    const double hours = std::round(*minutes * 100.0 / 60.0) / 100.0;
    return tr("%1 h").arg(QLocale().toString(hours, 'g', 6));
}

int Contributions::maxMinutes()
{
    return int(contributions::kMaxMinutes);
}

bool Contributions::maySeeOf(const QString &personId) const
{
    const TableDef &table = *findTable("contribution");
    const FieldMap about {{"person_id", personId.toStdString()}};
    return projectRow(table, {}, clearanceFor(m_store.principal(), table, {}, about)).has_value();
}

bool Contributions::mayRecordFor(const QString &personId) const
{
    const Principal principal = m_store.principal();
    const FieldMap about {{"person_id", personId.toStdString()}};
    MutationContext context {*findTable("contribution"), Operation::Create, about};
    context.isOwner = !personId.isEmpty() && personId.toStdString() == principal.personId;
    return authorize(principal, context).ok();
}

bool Contributions::mayConfirm() const
{
    const FieldMap confirmation {{"confirmed_by", m_store.principal().personId}, {"confirmed_at", std::string("x")}};
    return authorize(m_store.principal(), MutationContext {*findTable("contribution"), Operation::Update, confirmation})
        .ok();
}

QString Contributions::whyNotRecordFor(const QString &personId) const
{
    if (mayRecordFor(personId))
        return {};
    const Principal principal = m_store.principal();
    if (principal.role < Role::Member)
        return tr("Contributions are recorded once your application is approved.");
    return tr("You record your own contributions; leaders record them for other people.");
}

QString Contributions::nameOf(const QString &personId) const
{
    const auto row = m_store.row(kPerson, personId);
    const QString name = row ? fieldText(*row, "display_name") : QString();
    return name.isEmpty() ? personId : name;
}

Result<QString> Contributions::record(const QString &personId, const NewContribution &entry)
{
    if (!m_store.row(kPerson, personId))
        return makeError("not_found",
            tr("There is no person with the id %1 on this device; sync, then try again.").arg(personId).toStdString());
    if (!mayRecordFor(personId))
        return makeError("forbidden", whyNotRecordFor(personId).toStdString());
    const QString name = nameOf(personId);
    if (!contributions::isArea(entry.area.toStdString()))
        return makeError("invalid_value",
            tr("The area \"%1\" of an entry for %2 is not one of the community's areas: %3.")
                .arg(entry.area, name, areas().join(QStringLiteral(", ")))
                .toStdString());
    if (!contributions::isKind(entry.kind.toStdString()))
        return makeError("invalid_value",
            tr("The kind \"%1\" of an entry for %2 is not one of: %3.")
                .arg(entry.kind, name, kinds().join(QStringLiteral(", ")))
                .toStdString());
    if (entry.minutes && (*entry.minutes < 0 || *entry.minutes > maxMinutes()))
        return makeError("invalid_value",
            tr("%1 hours for %2 is not a time one entry can hold: from 0 to %3 hours; split a longer contribution "
               "into one entry a day.")
                .arg(QLocale().toString(std::round(*entry.minutes * 100.0 / 60.0) / 100.0, 'g', 6), name)
                .arg(maxMinutes() / 60)
                .toStdString());
    const QDateTime now = m_store.now();
    const QDate doneOn = entry.doneOn.isValid() ? entry.doneOn : now.toLocalTime().date();
    const std::string me = m_store.principal().personId;
    const std::string at = Events::storedTime(now).toStdString();
    FieldMap fields {{"person_id", personId.toStdString()}, {"area", entry.area.toStdString()},
        {"kind", entry.kind.toStdString()}, {"done_on", doneOn.toString(Qt::ISODate).toStdString()},
        {"recorded_by", me}, {"recorded_at", at}};
    if (entry.minutes)
        fields["minutes"] = std::int64_t(*entry.minutes);
    if (!entry.description.trimmed().isEmpty())
        fields["description"] = entry.description.trimmed().toStdString();
    // A leader's own entry needs no one else's word.
    if (mayConfirm()) {
        fields["confirmed_by"] = me;
        fields["confirmed_at"] = at;
    }
    return m_store.createRow(kContribution, fields);
}

Status Contributions::confirm(const QString &id)
{
    const auto row = m_store.row(kContribution, id);
    if (!row)
        return makeError("not_found",
            tr("There is no contribution with the id %1 on this device; sync, then try again.").arg(id).toStdString());
    if (!mayConfirm())
        return makeError("forbidden", tr("Only leaders and admins confirm contributions.").toStdString());
    if (contributions::confirmationOf(*row))
        return {};
    return m_store.updateRow(kContribution, id,
        {{"confirmed_by", m_store.principal().personId},
            {"confirmed_at", Events::storedTime(m_store.now()).toStdString()}});
}

Result<std::vector<Contribution>> Contributions::read(
    const QString &where, const QString &order, const QString &bound, const QString &what) const
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT c.id, c.person_id, c.area, c.kind, c.minutes, c.description, c.done_on, "
                                 "c.recorded_by, c.recorded_at, c.confirmed_by, c.confirmed_at, r.display_name, "
                                 "k.display_name FROM contribution c LEFT JOIN person r ON r.id = c.recorded_by "
                                 "LEFT JOIN person k ON k.id = c.confirmed_by WHERE %1 ORDER BY %2")
                      .arg(where, order));
    if (!bound.isNull())
        query.addBindValue(bound);
    if (!query.exec())
        return store::sqlError(what, query.lastError());
    std::vector<Contribution> entries;
    while (query.next()) {
        Contribution entry;
        entry.id = query.value(0).toString();
        entry.personId = query.value(1).toString();
        entry.area = query.value(2).toString();
        entry.kind = query.value(3).toString();
        if (!query.value(4).isNull())
            entry.minutes = query.value(4).toInt();
        entry.description = query.value(5).toString();
        entry.doneOn = QDate::fromString(query.value(6).toString(), Qt::ISODate);
        entry.recordedBy = query.value(7).toString();
        entry.recordedAt = Events::parseStoredTime(query.value(8).toString());
        entry.confirmedBy = query.value(9).toString();
        if (!entry.confirmedBy.isEmpty())
            entry.confirmedAt = Events::parseStoredTime(query.value(10).toString());
        entry.recordedByName = query.value(11).toString();
        entry.confirmedByName = query.value(12).toString();
        entries.push_back(std::move(entry));
    }
    return entries;
}

Result<std::vector<Contribution>> Contributions::timeline(const QString &personId) const
{
    return read(QStringLiteral("c.person_id = ?"), QStringLiteral("c.done_on DESC, c.recorded_at DESC, c.id DESC"),
        personId, tr("Cannot read the contributions of %1 on this device").arg(nameOf(personId)));
}

Result<std::vector<Contribution>> Contributions::unconfirmed() const
{
    // Reads the device's index of the entries waiting (migration 9).
    return read(QStringLiteral("c.confirmed_at IS NULL"), QStringLiteral("c.recorded_at, c.id"), QString(),
        tr("Cannot read the contributions waiting for a confirmation on this device"));
}

Result<std::vector<AreaTotal>> Contributions::totals(const QString &personId) const
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT area, count(*), coalesce(sum(minutes), 0), "
                                 "coalesce(sum(CASE WHEN confirmed_at IS NOT NULL THEN minutes END), 0) "
                                 "FROM contribution WHERE person_id = ? GROUP BY area"));
    query.addBindValue(personId);
    if (!query.exec())
        return store::sqlError(
            tr("Cannot read the contributions of %1 on this device").arg(nameOf(personId)), query.lastError());
    std::vector<AreaTotal> totals;
    while (query.next())
        totals.push_back(AreaTotal {
            query.value(0).toString(), query.value(1).toInt(), query.value(2).toInt(), query.value(3).toInt()});
    const QStringList order = areas();
    std::stable_sort(totals.begin(), totals.end(), [&](const AreaTotal &a, const AreaTotal &b) {
        const auto rank = [&](const QString &area) {
            const int index = int(order.indexOf(area));
            return index < 0 ? int(order.size()) : index;
        };
        return rank(a.area) < rank(b.area);
    });
    return totals;
}

} // namespace commonroom
