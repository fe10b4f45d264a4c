#include "Turfs.h"

#include "Events.h"
#include "FieldText.h"
#include "LocalStore.h"
#include "StoreSql.h"

#include "TimeText.h"
#include "common/Authorization.h"
#include "common/Schema.h"
#include "common/Turfs.h"

#include <QLocale>
#include <QSqlQuery>

#include <algorithm>
#include <map>
#include <tuple>

namespace commonroom {

namespace {

const QString kTurf = QStringLiteral("turf");
const QString kStop = QStringLiteral("turf_stop");
const QString kAssignment = QStringLiteral("turf_assignment");
const QString kOutcome = QStringLiteral("canvass_outcome");
const QString kPerson = QStringLiteral("person");

// The latest outcome at a door (by its time, then id), as a correlated subquery on `s`.
QString latest(const char *column)
{
    return QStringLiteral("(SELECT o.%1 FROM canvass_outcome o WHERE o.turf_id = s.turf_id AND o.person_id = "
                          "s.person_id ORDER BY o.recorded_at DESC, o.id DESC LIMIT 1)")
        .arg(QLatin1String(column));
}

// The live turfs with their progress; `where` narrows them.
QString turfSelect()
{
    const QString doors = QStringLiteral("FROM turf_stop s WHERE s.turf_id = t.id AND s.active = 1");
    return QStringLiteral("SELECT t.id, t.name, coalesce(t.state, 'open'), (SELECT count(*) %1), "
                          "(SELECT count(*) %1 AND %2 IS NOT NULL), "
                          "(SELECT count(*) %1 AND %2 IN ('talked', 'refused')), "
                          "(SELECT count(*) %1 AND %3 >= 4) FROM turf t ")
        .arg(doors, latest("outcome"), latest("support"));
}

Turf turfFrom(const QSqlQuery &query)
{
    return Turf {query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
        query.value(3).toInt(), query.value(4).toInt(), query.value(5).toInt(), query.value(6).toInt(), {}};
}

// Whether a stop row is an active door (active = 1).
bool isActiveDoor(const FieldMap &row)
{
    const auto active = row.find("active");
    return active != row.end() && active->second == FieldValue {std::int64_t(1)};
}

std::string stored(const QDateTime &time)
{
    return Events::storedTime(time).toStdString();
}

} // namespace

Turfs::Turfs(LocalStore &store)
    : m_store(store)
{
}

bool Turfs::mayEdit() const
{
    return authorize(m_store.principal(), MutationContext {*findTable("turf"), Operation::Create, {}}).ok();
}

bool Turfs::mayCanvass(const QString &turfId) const
{
    if (mayEdit())
        return true;
    const auto open = mine();
    return open && std::any_of(open->begin(), open->end(), [&](const auto &a) { return a.turfId == turfId; });
}

QString Turfs::nameOf(const QString &personId) const
{
    const auto row = m_store.row(kPerson, personId);
    const QString name = row ? fieldText(*row, "display_name") : QString();
    return name.isEmpty() ? personId : name;
}

QString Turfs::outcomeName(const QString &outcome)
{
    if (outcome == QLatin1String("not_home"))
        return tr("Not home");
    if (outcome == QLatin1String("talked"))
        return tr("Talked");
    if (outcome == QLatin1String("refused"))
        return tr("Refused");
    if (outcome == QLatin1String("moved"))
        return tr("Moved away");
    return outcome;
}

Status Turfs::checkName(const QString &name) const
{
    if (!mayEdit())
        return makeError("forbidden", tr("Only leaders and admins make and change turfs.").toStdString());
    if (name.trimmed().isEmpty())
        return makeError("invalid_value", tr("A turf needs a name.").toStdString());
    if (std::size_t(name.trimmed().toUtf8().size()) > turfs::kMaxNameLength)
        return makeError("invalid_value",
            tr("The turf name \"%1\" is too long: at most %2 characters.")
                .arg(name.trimmed())
                .arg(turfs::kMaxNameLength)
                .toStdString());
    return {};
}

Result<CutPlan> Turfs::plan(const PeopleQuery &query, int maxDoors, const QString &prefix) const
{
    if (!mayEdit())
        return makeError("forbidden", tr("Only leaders and admins cut turfs.").toStdString());
    if (maxDoors < 1 || std::size_t(maxDoors) > turfs::kMaxDoorsPerTurf)
        return makeError("invalid_value",
            tr("A turf has from 1 to %1 doors (not %2).").arg(turfs::kMaxDoorsPerTurf).arg(maxDoors).toStdString());
    if (query.isEmpty())
        return makeError("invalid_value", tr("Choose whom to cut into turfs: a smart list or an area.").toStdString());
    // neighbourhood -> folded street -> doors (number, suffix, name, id), and the street as written.
    struct Door
    {
        std::int64_t number;
        std::string suffix;
        QString name;
        QString personId;
        bool operator<(const Door &other) const
        {
            return std::tie(number, suffix, name, personId)
                < std::tie(other.number, other.suffix, other.name, other.personId);
        }
    };
    struct Street
    {
        QString written;
        std::vector<Door> doors;
    };
    std::map<QString, std::map<std::string, Street>> byNeighbourhood;
    CutPlan plan;
    PeopleSearch search(m_store.database(), query);
    while (!search.atEnd()) {
        const auto page = search.next(500);
        if (!page)
            return page.error();
        for (const QString &personId : *page) {
            const auto row = m_store.row(kPerson, personId);
            const QString address = row ? fieldText(*row, "address").trimmed() : QString();
            if (address.isEmpty()) {
                ++plan.withoutAddress;
                continue;
            }
            const std::string text = address.toStdString();
            const auto door = turfs::doorOf(text);
            QString neighbourhood = fieldText(*row, "neighbourhood").trimmed();
            if (neighbourhood.isEmpty())
                neighbourhood = tr("No neighbourhood");
            Street &street = byNeighbourhood[neighbourhood][door.street];
            if (street.written.isEmpty())
                street.written = QString::fromStdString(turfs::streetOf(text));
            street.doors.push_back(Door {door.number, door.suffix, fieldText(*row, "display_name"), personId});
        }
    }
    const QString lead = prefix.trimmed().isEmpty() ? QString() : prefix.trimmed() + QStringLiteral(" · ");
    const auto named = [&](const QString &neighbourhood, const QStringList &streets, int part) {
        QString name = lead + neighbourhood + QStringLiteral(": ") + streets.front();
        if (streets.size() > 1)
            name += QStringLiteral(" – ") + streets.back();
        if (part > 0)
            name += QStringLiteral(" (%1)").arg(part);
        while (std::size_t(name.toUtf8().size()) > turfs::kMaxNameLength)
            name.chop(1);
        return name;
    };
    for (auto &[neighbourhood, streets] : byNeighbourhood) {
        TurfPlan current;
        QStringList currentStreets;
        const auto close = [&](int part) {
            if (current.personIds.isEmpty())
                return;
            current.name = named(neighbourhood, currentStreets, part);
            plan.turfs.push_back(std::move(current));
            current = {};
            currentStreets.clear();
        };
        for (auto &[folded, street] : streets) {
            std::sort(street.doors.begin(), street.doors.end());
            const int count = int(street.doors.size());
            if (count > maxDoors) {
                // A street longer than a turf: its own turfs, in house-number order.
                close(0);
                for (int from = 0, part = 1; from < count; from += maxDoors, ++part) {
                    currentStreets = {street.written};
                    for (int i = from; i < std::min(count, from + maxDoors); ++i)
                        current.personIds.push_back(street.doors[std::size_t(i)].personId);
                    close(part);
                }
                continue;
            }
            if (current.personIds.size() + count > maxDoors)
                close(0);
            currentStreets.push_back(street.written);
            for (const auto &door : street.doors)
                current.personIds.push_back(door.personId);
        }
        close(0);
    }
    return plan;
}

Result<QStringList> Turfs::cut(const CutPlan &plan)
{
    QStringList ids;
    for (const auto &planned : plan.turfs) {
        auto id = create(planned.name);
        if (!id)
            return id.error();
        for (const QString &personId : planned.personIds) {
            if (auto added = addDoor(*id, personId); !added)
                return added.error();
        }
        ids.push_back(*id);
    }
    return ids;
}

Result<QString> Turfs::create(const QString &name)
{
    if (auto valid = checkName(name); !valid)
        return valid.error();
    return m_store.createRow(kTurf,
        {{"name", name.trimmed().toStdString()}, {"state", std::string(turfs::kOpen)},
            {"created_by", m_store.principal().personId}, {"created_at", stored(m_store.now())}});
}

Status Turfs::rename(const QString &turfId, const QString &name)
{
    if (auto valid = checkName(name); !valid)
        return valid;
    const auto turf = byId(turfId);
    if (!turf)
        return turf.error();
    if (turf->name == name.trimmed())
        return {};
    return m_store.updateRow(kTurf, turfId, {{"name", name.trimmed().toStdString()}});
}

Status Turfs::setOpen(const QString &turfId, bool open)
{
    if (!mayEdit())
        return makeError("forbidden", tr("Only leaders and admins open and close turfs.").toStdString());
    const auto turf = byId(turfId);
    if (!turf)
        return turf.error();
    const std::string_view state = open ? turfs::kOpen : turfs::kClosed;
    if (turf->state.toStdString() == state)
        return {};
    return m_store.updateRow(kTurf, turfId, {{"state", std::string(state)}});
}

Status Turfs::addDoor(const QString &turfId, const QString &personId)
{
    if (!mayEdit())
        return makeError("forbidden", tr("Only leaders and admins change a turf's doors.").toStdString());
    if (!m_store.row(kTurf, turfId))
        return makeError("not_found",
            tr("There is no turf with the id %1 on this device; sync, then try again.").arg(turfId).toStdString());
    if (!m_store.row(kPerson, personId))
        return makeError("not_found",
            tr("There is no person with the id %1 on this device; sync, then try again.").arg(personId).toStdString());
    const QString id = QString::fromStdString(turfs::stopId(turfId.toStdString(), personId.toStdString()));
    const auto existing = m_store.row(kStop, id);
    if (existing && isActiveDoor(*existing))
        return {};
    FieldMap fields {{"active", std::int64_t(1)}, {"changed_by", m_store.principal().personId},
        {"changed_at", stored(m_store.now())}};
    if (!existing) {
        fields["turf_id"] = turfId.toStdString();
        fields["person_id"] = personId.toStdString();
    }
    return m_store.writeRow(kStop, id, fields);
}

Status Turfs::removeDoor(const QString &turfId, const QString &personId)
{
    if (!mayEdit())
        return makeError("forbidden", tr("Only leaders and admins change a turf's doors.").toStdString());
    const QString id = QString::fromStdString(turfs::stopId(turfId.toStdString(), personId.toStdString()));
    const auto existing = m_store.row(kStop, id);
    if (!existing || !isActiveDoor(*existing))
        return makeError("not_found", tr("%1 is not at a door of this turf.").arg(nameOf(personId)).toStdString());
    return m_store.writeRow(kStop, id,
        {{"active", std::int64_t(0)}, {"changed_by", m_store.principal().personId},
            {"changed_at", stored(m_store.now())}});
}

Result<QString> Turfs::assign(
    const QString &turfId, const QString &canvasserId, const QDateTime &startsAt, const QDateTime &endsAt)
{
    if (!mayEdit())
        return makeError("forbidden", tr("Only leaders and admins assign turfs.").toStdString());
    const auto turf = byId(turfId);
    if (!turf)
        return turf.error();
    if (turf->state == QLatin1String("closed"))
        return makeError("invalid_value",
            tr("The turf \"%1\" is closed; open it again before assigning it.").arg(turf->name).toStdString());
    const auto canvasser = m_store.row(kPerson, canvasserId);
    if (!canvasser)
        return makeError("not_found",
            tr("There is no person with the id %1 on this device; sync, then try again.")
                .arg(canvasserId)
                .toStdString());
    const QString role = fieldText(*canvasser, "role");
    if (role.isEmpty() || role == QLatin1String("applicant"))
        return makeError("forbidden",
            tr("%1 is not a member yet, and only members canvass; approve them first or choose a member.")
                .arg(nameOf(canvasserId))
                .toStdString());
    if (!startsAt.isValid() || !endsAt.isValid() || endsAt <= startsAt)
        return makeError("invalid_value", tr("An assignment must end after it starts.").toStdString());
    if (startsAt.msecsTo(endsAt) > turfs::kMaxWindowMs)
        return makeError(
            "invalid_value", tr("An assignment runs at most 92 days; assign the turf again after that.").toStdString());
    if (endsAt <= m_store.now())
        return makeError("invalid_value",
            tr("This assignment would have ended already (%1); choose an end in the future.")
                .arg(shortDateTime(endsAt.toLocalTime()))
                .toStdString());
    return m_store.createRow(kAssignment,
        {{"turf_id", turfId.toStdString()}, {"canvasser_id", canvasserId.toStdString()},
            {"starts_at", stored(startsAt)}, {"ends_at", stored(endsAt)}, {"state", std::string(turfs::kActive)},
            {"assigned_by", m_store.principal().personId}, {"assigned_at", stored(m_store.now())}});
}

Status Turfs::withdraw(const QString &assignmentId)
{
    if (!mayEdit())
        return makeError("forbidden", tr("Only leaders and admins withdraw turf assignments.").toStdString());
    const auto row = m_store.row(kAssignment, assignmentId);
    if (!row)
        return makeError("not_found",
            tr("There is no turf assignment with the id %1 on this device; sync, then try again.")
                .arg(assignmentId)
                .toStdString());
    if (fieldText(*row, "state") == QLatin1String("withdrawn"))
        return makeError("invalid_value", tr("This turf assignment was withdrawn already.").toStdString());
    return m_store.updateRow(kAssignment, assignmentId,
        {{"state", std::string(turfs::kWithdrawn)}, {"withdrawn_at", stored(m_store.now())}});
}

Result<QString> Turfs::record(const QString &turfId, const QString &personId, const QString &outcome,
    std::optional<int> support, const QString &note)
{
    const auto turf = m_store.row(kTurf, turfId);
    if (!turf)
        return makeError("not_found",
            tr("There is no turf with the id %1 on this device: it was never assigned to you, or your assignment "
               "ended; ask a leader.")
                .arg(turfId)
                .toStdString());
    const QString turfName = fieldText(*turf, "name");
    if (!mayCanvass(turfId))
        return makeError("forbidden",
            tr("The turf \"%1\" is not assigned to you now; ask a leader to assign it to you.")
                .arg(turfName)
                .toStdString());
    const auto stop
        = m_store.row(kStop, QString::fromStdString(turfs::stopId(turfId.toStdString(), personId.toStdString())));
    if (!stop || !isActiveDoor(*stop))
        return makeError(
            "not_found", tr("%1 is not at a door of the turf \"%2\".").arg(nameOf(personId), turfName).toStdString());
    if (!turfs::isOutcome(outcome.toStdString()))
        return makeError("invalid_value",
            tr("\"%1\" is not an outcome at a door: not_home, talked, refused or moved.").arg(outcome).toStdString());
    if (support && (*support < turfs::kLowestSupport || *support > turfs::kHighestSupport))
        return makeError("invalid_value", tr("Support is from 1 to 5 (%1 is not).").arg(*support).toStdString());
    if (std::size_t(note.trimmed().toUtf8().size()) > turfs::kMaxNoteLength)
        return makeError("invalid_value",
            tr("A note from a door is at most %1 characters.").arg(turfs::kMaxNoteLength).toStdString());
    FieldMap fields {{"turf_id", turfId.toStdString()}, {"person_id", personId.toStdString()},
        {"canvasser_id", m_store.principal().personId}, {"outcome", outcome.toStdString()},
        {"support", support ? FieldValue {std::int64_t(*support)} : FieldValue {}},
        {"note", note.trimmed().toStdString()}, {"recorded_at", stored(m_store.now())}};
    return m_store.createRow(kOutcome, fields);
}

Result<std::vector<Turf>> Turfs::readProgress(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(turfSelect() + QStringLiteral("ORDER BY t.name COLLATE NOCASE, t.id")))
        return store::sqlError(tr("Cannot read the turfs on this device"), query.lastError());
    std::vector<Turf> result;
    while (query.next())
        result.push_back(turfFrom(query));
    return result;
}

Result<std::vector<Turf>> Turfs::list() const
{
    auto read = readProgress(m_store.database());
    if (!read)
        return read.error();
    std::vector<Turf> &result = *read;
    std::map<QString, std::size_t> index;
    for (std::size_t i = 0; i < result.size(); ++i)
        index[result[i].id] = i;
    const auto open = assignments();
    if (!open)
        return open.error();
    for (const auto &assignment : *open) {
        if (const auto at = index.find(assignment.turfId); assignment.open && at != index.end())
            result[at->second].canvassers.push_back(assignment.canvasserName);
    }
    return result;
}

Result<Turf> Turfs::byId(const QString &turfId) const
{
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    query.prepare(turfSelect() + QStringLiteral("WHERE t.id = ?"));
    query.addBindValue(turfId);
    if (!query.exec())
        return store::sqlError(tr("Cannot read the turf %1 on this device").arg(turfId), query.lastError());
    if (!query.next())
        return makeError("not_found",
            tr("There is no turf with the id %1 on this device; sync, then try again.").arg(turfId).toStdString());
    Turf turf = turfFrom(query);
    const auto open = assignments(turfId);
    if (!open)
        return open.error();
    for (const auto &assignment : *open) {
        if (assignment.open)
            turf.canvassers.push_back(assignment.canvasserName);
    }
    return turf;
}

Result<std::vector<TurfDoor>> Turfs::doors(const QString &turfId) const
{
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT s.person_id, p.display_name, p.address, p.phone, p.neighbourhood, "
                                 "p.languages, %1, %2, %3, %4 FROM turf_stop s LEFT JOIN person p ON p.id = "
                                 "s.person_id WHERE s.turf_id = ? AND s.active = 1")
                      .arg(latest("outcome"), latest("support"), latest("note"), latest("recorded_at")));
    query.addBindValue(turfId);
    if (!query.exec())
        return store::sqlError(
            tr("Cannot read the doors of the turf %1 on this device").arg(turfId), query.lastError());
    std::vector<std::pair<turfs::Door, TurfDoor>> doors;
    while (query.next()) {
        TurfDoor door {query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
            query.value(3).toString(), query.value(4).toString(), query.value(5).toString(), {},
            query.value(6).toString(), query.value(7).toInt(), query.value(8).toString(), query.value(9).toString()};
        if (door.name.isEmpty())
            door.name = door.personId;
        const std::string address = door.address.toStdString();
        door.street = QString::fromStdString(turfs::streetOf(address));
        doors.emplace_back(turfs::doorOf(address), std::move(door));
    }
    std::sort(doors.begin(), doors.end(), [](const auto &a, const auto &b) {
        return std::tie(a.first.street, a.first.number, a.first.suffix, a.second.name, a.second.personId)
            < std::tie(b.first.street, b.first.number, b.first.suffix, b.second.name, b.second.personId);
    });
    std::vector<TurfDoor> sorted;
    sorted.reserve(doors.size());
    for (auto &[key, door] : doors)
        sorted.push_back(std::move(door));
    return sorted;
}

Result<std::vector<TurfAssignment>> Turfs::assignments(const QString &turfId) const
{
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT a.id, a.turf_id, t.name, a.canvasser_id, p.display_name, a.starts_at, "
                                 "a.ends_at, coalesce(a.state, 'active') FROM turf_assignment a "
                                 "LEFT JOIN turf t ON t.id = a.turf_id LEFT JOIN person p ON p.id = a.canvasser_id "
                                 "WHERE ? = '' OR a.turf_id = ? ORDER BY a.starts_at DESC, a.id DESC"));
    const QString which = turfId.isEmpty() ? QStringLiteral("") : turfId; // a null QString would bind NULL
    query.addBindValue(which);
    query.addBindValue(which);
    if (!query.exec())
        return store::sqlError(tr("Cannot read the turf assignments on this device"), query.lastError());
    const QDateTime now = m_store.now();
    std::vector<TurfAssignment> assignments;
    while (query.next()) {
        TurfAssignment assignment {query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
            query.value(3).toString(), query.value(4).toString(),
            QDateTime::fromString(query.value(5).toString(), Qt::ISODateWithMs),
            QDateTime::fromString(query.value(6).toString(), Qt::ISODateWithMs), query.value(7).toString(), false};
        if (assignment.canvasserName.isEmpty())
            assignment.canvasserName = assignment.canvasserId;
        if (assignment.turfName.isEmpty())
            assignment.turfName = assignment.turfId;
        assignment.open
            = assignment.state == QLatin1String("active") && assignment.startsAt <= now && now < assignment.endsAt;
        assignments.push_back(std::move(assignment));
    }
    return assignments;
}

Result<std::vector<TurfAssignment>> Turfs::mine() const
{
    auto all = assignments();
    if (!all)
        return all.error();
    const QString me = QString::fromStdString(m_store.principal().personId);
    std::vector<TurfAssignment> open;
    for (auto &assignment : *all) {
        if (assignment.open && assignment.canvasserId == me)
            open.push_back(std::move(assignment));
    }
    return open;
}

} // namespace commonroom
