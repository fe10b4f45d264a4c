#include "Ladder.h"

#include "Events.h"
#include "FieldText.h"
#include "LocalStore.h"
#include "StoreSql.h"

#include "common/Authorization.h"
#include "common/Ladder.h"
#include "common/Privacy.h"
#include "common/Schema.h"

#include <QSqlQuery>

#include <algorithm>

namespace commonroom {

namespace {

const QString kAssessment = QStringLiteral("assessment");
const QString kLeaderNote = QStringLiteral("leader_note");
const QString kPerson = QStringLiteral("person");

// The default names, marked for translation under this class's context.
const char *const kLevelNames[] = {QT_TRANSLATE_NOOP("Ladder", "Contact"), QT_TRANSLATE_NOOP("Ladder", "Participant"),
    QT_TRANSLATE_NOOP("Ladder", "Active member"), QT_TRANSLATE_NOOP("Ladder", "Leader"),
    QT_TRANSLATE_NOOP("Ladder", "Core leader")};
static_assert(std::size(kLevelNames) == ladder::kDefaultNames.size());

} // namespace

Ladder::Ladder(LocalStore &store)
    : m_store(store)
{
}

QString Ladder::levelName(int level)
{
    if (!ladder::isLevel(level))
        return {};
    return tr(kLevelNames[level - ladder::kLowestLevel]);
}

int Ladder::lowestLevel()
{
    return int(ladder::kLowestLevel);
}

int Ladder::highestLevel()
{
    return int(ladder::kHighestLevel);
}

bool Ladder::maySeeAssessments() const
{
    const TableDef &table = *findTable("assessment");
    return projectRow(table, {}, clearanceFor(m_store.principal(), table, {}, {})).has_value();
}

bool Ladder::maySeeNotesAbout(const QString &personId) const
{
    const TableDef &table = *findTable("leader_note");
    const FieldMap about {{"person_id", personId.toStdString()}};
    return projectRow(table, {}, clearanceFor(m_store.principal(), table, {}, about)).has_value();
}

bool Ladder::mayAssess() const
{
    const FieldMap none;
    return authorize(m_store.principal(), MutationContext {*findTable("assessment"), Operation::Create, none}).ok();
}

bool Ladder::mayWriteNoteAbout(const QString &personId) const
{
    const FieldMap about {{"person_id", personId.toStdString()}};
    return authorize(m_store.principal(), MutationContext {*findTable("leader_note"), Operation::Create, about}).ok();
}

QString Ladder::nameOf(const QString &personId) const
{
    const auto row = m_store.row(kPerson, personId);
    const QString name = row ? fieldText(*row, "display_name") : QString();
    return name.isEmpty() ? personId : name;
}

Status Ladder::checkPerson(const QString &personId) const
{
    if (!m_store.row(kPerson, personId))
        return makeError("not_found",
            tr("There is no person with the id %1 on this device; sync, then try again.").arg(personId).toStdString());
    return {};
}

Result<QString> Ladder::assess(const QString &personId, int level, const QString &note)
{
    if (auto known = checkPerson(personId); !known)
        return known.error();
    if (!ladder::isLevel(level))
        return makeError("invalid_value",
            tr("Level %1 for %2 is not on the leadership ladder: levels go from %3 to %4.")
                .arg(level)
                .arg(nameOf(personId))
                .arg(lowestLevel())
                .arg(highestLevel())
                .toStdString());
    if (!mayAssess())
        return makeError("forbidden", tr("Only leaders and admins assess people on the ladder.").toStdString());
    FieldMap fields {{"person_id", personId.toStdString()}, {"level", std::int64_t(level)},
        {"assessed_by", m_store.principal().personId},
        {"assessed_at", Events::storedTime(m_store.now()).toStdString()}};
    if (!note.trimmed().isEmpty())
        fields["note"] = note.trimmed().toStdString();
    return m_store.createRow(kAssessment, fields);
}

Result<std::vector<Assessment>> Ladder::assessments(const QString &personId, int limit) const
{
    // In the order of ladder::isLater (common/Ladder.h), newest first, which the index
    // assessment_by_person (person_id, assessed_at, id) holds: the newest is its first entry.
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT a.id, a.level, a.note, a.assessed_by, a.assessed_at, p.display_name "
                                 "FROM assessment a LEFT JOIN person p ON p.id = a.assessed_by "
                                 "WHERE a.person_id = ? ORDER BY a.assessed_at DESC, a.id DESC LIMIT ?"));
    query.addBindValue(personId);
    query.addBindValue(limit);
    if (!query.exec())
        return store::sqlError(
            tr("Cannot read the assessments of %1 on this device").arg(nameOf(personId)), query.lastError());
    std::vector<Assessment> assessments;
    while (query.next()) {
        assessments.push_back(Assessment {query.value(0).toString(), personId, query.value(1).toInt(),
            query.value(2).toString(), query.value(3).toString(), query.value(5).toString(),
            Events::parseStoredTime(query.value(4).toString())});
    }
    return assessments;
}

Result<std::vector<Assessment>> Ladder::history(const QString &personId) const
{
    return assessments(personId, -1); // SQLite: no limit
}

Result<std::optional<Assessment>> Ladder::current(const QString &personId) const
{
    auto newest = assessments(personId, 1);
    if (!newest)
        return newest.error();
    if (newest->empty())
        return std::optional<Assessment>();
    return std::optional<Assessment>(std::move(newest->front()));
}

Result<QString> Ladder::addNote(const QString &personId, const QString &text)
{
    if (auto known = checkPerson(personId); !known)
        return known.error();
    if (text.trimmed().isEmpty())
        return makeError("invalid_value", tr("A leader note needs some text.").toStdString());
    if (!mayWriteNoteAbout(personId)) {
        if (personId.toStdString() == m_store.principal().personId)
            return makeError("forbidden",
                tr("Leader notes about you are kept from you, so you cannot write one about yourself; ask another "
                   "leader.")
                    .toStdString());
        return makeError("forbidden", tr("Only leaders and admins write leader notes.").toStdString());
    }
    return m_store.createRow(kLeaderNote,
        {{"person_id", personId.toStdString()}, {"author_id", m_store.principal().personId},
            {"written_at", Events::storedTime(m_store.now()).toStdString()}, {"text", text.trimmed().toStdString()}});
}

Result<std::vector<LeaderNote>> Ladder::notes(const QString &personId) const
{
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT n.id, n.author_id, n.written_at, n.text, p.display_name "
                                 "FROM leader_note n LEFT JOIN person p ON p.id = n.author_id "
                                 "WHERE n.person_id = ? ORDER BY n.written_at DESC, n.id DESC"));
    query.addBindValue(personId);
    if (!query.exec())
        return store::sqlError(
            tr("Cannot read the leader notes about %1 on this device").arg(nameOf(personId)), query.lastError());
    std::vector<LeaderNote> notes;
    while (query.next()) {
        notes.push_back(LeaderNote {query.value(0).toString(), personId, query.value(1).toString(),
            query.value(4).toString(), Events::parseStoredTime(query.value(2).toString()), query.value(3).toString()});
    }
    return notes;
}

} // namespace commonroom
