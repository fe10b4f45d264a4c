#include "LocalStore.h"

#include "ShadowRows.h"
#include "StoreRows.h"
#include "StoreSql.h"
#include "common/Contributions.h"
#include "common/Hlc.h"
#include "common/Ladder.h"
#include "common/Opportunities.h"
#include "common/Schema.h"
#include "common/Uuid.h"

#include <QSet>
#include <QSqlQuery>

namespace commonroom {

using namespace store;

namespace {

// Ids the caller chose (writeRow, writeRows) rather than the store (createRow).
Status checkId(const std::string &id)
{
    if (!isUuid(id))
        return makeError("invalid_id", "The id \"" + id + "\" is not a lowercase UUID.");
    return {};
}

} // namespace

// Local edits and the outbox: every edit writes the row and its outbox entry in one transaction,
// with the row's shadow kept first (ShadowRows); the daemon's answer to a push settles the
// entries, and a refused edit is reverted by rebuilding its row.

Result<QString> LocalStore::createRow(const QString &table, const FieldMap &fields)
{
    protocol::Mutation mutation;
    mutation.table = table.toStdString();
    mutation.id = newUuidV7(m_clock);
    mutation.fields = fields;
    if (auto status = writeLocalMutation(mutation); !status)
        return status.error();
    return QString::fromStdString(mutation.id);
}

Status LocalStore::updateRow(const QString &table, const QString &id, const FieldMap &fields)
{
    protocol::Mutation mutation;
    mutation.table = table.toStdString();
    mutation.id = id.toStdString();
    mutation.fields = fields;
    return writeLocalMutation(mutation, /*mustExist=*/true);
}

Status LocalStore::writeRow(const QString &table, const QString &id, const FieldMap &fields)
{
    if (auto valid = checkId(id.toStdString()); !valid)
        return valid;
    protocol::Mutation mutation;
    mutation.table = table.toStdString();
    mutation.id = id.toStdString();
    mutation.fields = fields;
    return writeLocalMutation(mutation);
}

Status LocalStore::deleteRow(const QString &table, const QString &id)
{
    protocol::Mutation mutation;
    mutation.table = table.toStdString();
    mutation.id = id.toStdString();
    mutation.deleted = true;
    return writeLocalMutation(mutation, /*mustExist=*/true);
}

Status LocalStore::writeRows(const std::vector<protocol::Mutation> &mutations)
{
    Transaction transaction(database());
    if (auto status = transaction.started(); !status)
        return status;
    QSet<QString> tables;
    Sequence sequence = readSequence();
    for (const auto &mutation : mutations) {
        if (auto valid = checkId(mutation.id); !valid)
            return valid;
        if (auto status = applyLocalMutation(mutation, false, sequence); !status)
            return status;
        tables.insert(QString::fromStdString(mutation.table));
    }
    if (auto status = storeSequence(sequence); !status)
        return status;
    if (auto status = transaction.commit(); !status)
        return status;
    for (const QString &table : tables)
        Q_EMIT tableChanged(table);
    Q_EMIT pendingCountChanged(pendingCount());
    Q_EMIT localEditSaved();
    return {};
}

Status LocalStore::writeLocalMutation(const protocol::Mutation &mutation, bool mustExist)
{
    const QString table = QString::fromStdString(mutation.table);
    const QString id = QString::fromStdString(mutation.id);
    // Begun before the row is looked for: a pulled page (applied on the store's worker) may
    // purge it up to this moment.
    Transaction transaction(database());
    if (auto status = transaction.started(); !status)
        return status;
    Sequence sequence = readSequence();
    if (auto status = applyLocalMutation(mutation, mustExist, sequence); !status)
        return status;
    if (auto status = storeSequence(sequence); !status)
        return status;
    if (auto status = transaction.commit(); !status)
        return status;

    Q_EMIT localRowWritten(table, id);
    Q_EMIT tableChanged(table);
    Q_EMIT pendingCountChanged(pendingCount());
    Q_EMIT localEditSaved();
    return {};
}

LocalStore::Sequence LocalStore::readSequence() const
{
    return Sequence {setting(QStringLiteral("last_mid")).toLongLong(), setting(QStringLiteral("hlc")).toULongLong()};
}

Status LocalStore::storeSequence(const Sequence &sequence)
{
    if (auto status = setSetting(QStringLiteral("last_mid"), QString::number(sequence.lastMid)); !status)
        return status;
    return setSetting(QStringLiteral("hlc"), QString::number(sequence.hlc));
}

Status LocalStore::applyLocalMutation(const protocol::Mutation &mutation, bool mustExist, Sequence &sequence)
{
    const QString table = QString::fromStdString(mutation.table);
    const QString id = QString::fromStdString(mutation.id);
    if (mustExist && !m_rows->row(table, id))
        return makeError(
            "not_found", "There is no " + table.toStdString() + " with id " + id.toStdString() + " on this device.");
    const TableDef *def = tableFor(table);
    if (!def)
        return unknownTable(table);
    if (auto valid = validateFields(*def, mutation.fields); !valid)
        return valid;
    // The ladder's range, as the daemon checks it (docs/organizing.md), naming the person.
    if (const auto level = mutation.fields.find("leadership_level");
        table == QLatin1String("person") && level != mutation.fields.end()) {
        if (const auto *value = std::get_if<std::int64_t>(&level->second); value && !ladder::isLevel(*value)) {
            const auto row = m_rows->row(table, id);
            std::string name = row ? textOf(*row, "display_name") : std::string();
            if (name.empty())
                name = textOf(mutation.fields, "display_name");
            return ladder::checkLevel(*value, name.empty() ? "the person " + mutation.id : name);
        }
    }
    // A contribution's area, kind, time and day, as the daemon checks them, naming the person.
    if (table == QLatin1String("contribution") && !mutation.deleted) {
        const auto entry = m_rows->row(table, id);
        const std::string personId = mutation.fields.contains("person_id") || !entry
            ? textOf(mutation.fields, "person_id")
            : textOf(*entry, "person_id");
        const auto person = m_rows->row(QStringLiteral("person"), QString::fromStdString(personId));
        const std::string name = person ? textOf(*person, "display_name") : std::string();
        if (auto valid = contributions::checkEntry(mutation.fields, name.empty() ? "the person " + personId : name);
            !valid)
            return valid;
    }
    // An opportunity's title, area, days and places, as the daemon checks them, naming it.
    if (table == QLatin1String("opportunity") && !mutation.deleted) {
        const auto stored = m_rows->row(table, id);
        const std::string title = mutation.fields.contains("title") || !stored ? textOf(mutation.fields, "title")
                                                                               : textOf(*stored, "title");
        if (auto valid = opportunities::checkOpportunity(mutation.fields, title, stored ? *stored : FieldMap {});
            !valid)
            return valid;
    }
    if (!mutation.deleted && mutation.fields.empty())
        return makeError("empty_change", "Nothing to save: no field was given.");
    if (auto status = m_shadows->ensure(table, id); !status)
        return status;
    if (auto status
        = mutation.deleted ? m_rows->removeRow(table, id) : m_rows->upsertFields(table, id, mutation.fields);
        !status)
        return status;

    const qint64 mid = sequence.lastMid + 1;
    const std::uint64_t hlc = Hlc(m_clock, sequence.hlc).tick();
    QSqlQuery insert(database());
    insert.prepare(QStringLiteral("INSERT INTO outbox (mid, tbl, row_id, fields, hlc, deleted, created_ms) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(mid);
    insert.addBindValue(table);
    insert.addBindValue(id);
    insert.addBindValue(fieldsJson(mutation.fields));
    insert.addBindValue(qulonglong(hlc));
    insert.addBindValue(mutation.deleted ? 1 : 0);
    insert.addBindValue(qint64(m_clock.nowMs()));
    if (!insert.exec())
        return sqlError(QStringLiteral("Cannot queue the change for sync"), insert.lastError());
    sequence = Sequence {mid, hlc};
    return {};
}

int LocalStore::pendingCount() const
{
    QSqlQuery query(database());
    if (query.exec(QStringLiteral("SELECT count(*) FROM outbox")) && query.next())
        return query.value(0).toInt();
    return 0;
}

std::vector<protocol::Mutation> LocalStore::pendingMutations(int limit, std::size_t maxBytes) const
{
    std::vector<protocol::Mutation> mutations;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT mid, tbl, row_id, fields, hlc, deleted FROM outbox ORDER BY mid LIMIT ?"));
    query.addBindValue(limit);
    if (!query.exec())
        return mutations;
    std::size_t bytes = 0;
    while (query.next()) {
        protocol::Mutation mutation;
        mutation.mid = query.value(0).toLongLong();
        mutation.table = query.value(1).toString().toStdString();
        mutation.id = query.value(2).toString().toStdString();
        mutation.fields = fieldsFromJson(query.value(3).toString());
        mutation.hlc = query.value(4).toULongLong();
        mutation.deleted = query.value(5).toBool();
        // As encoded in the push, with the comma before it; the first one is taken whatever its size.
        bytes += protocol::encodedSize(mutation) + (mutations.empty() ? 0 : 1);
        if (!mutations.empty() && bytes > maxBytes)
            break;
        mutations.push_back(std::move(mutation));
    }
    return mutations;
}

Status LocalStore::applyPushResult(const protocol::PushResponse &response)
{
    Transaction transaction(database());
    if (auto status = transaction.started(); !status)
        return status;

    struct Touched
    {
        bool rejected = false;
    };
    std::map<std::pair<QString, QString>, Touched> rows;
    const auto takeFromOutbox = [&](qint64 mid, const protocol::Rejection *rejection) -> Status {
        QSqlQuery find(database());
        find.prepare(QStringLiteral("SELECT tbl, row_id, fields, deleted FROM outbox WHERE mid = ?"));
        find.addBindValue(mid);
        if (!find.exec())
            return sqlError(QStringLiteral("Cannot read the unsent changes"), find.lastError());
        if (!find.next())
            return {}; // already settled by an earlier answer
        const QString table = find.value(0).toString();
        const QString id = find.value(1).toString();
        rows[{table, id}].rejected |= rejection != nullptr;
        if (!rejection) {
            // The daemon now holds this change: it belongs to the synced state the row is rebuilt
            // from if a later edit of the same row is refused.
            if (auto status
                = m_shadows->foldIn(table, id, fieldsFromJson(find.value(2).toString()), find.value(3).toBool());
                !status)
                return status;
        }
        if (rejection) {
            QSqlQuery problem(database());
            problem.prepare(QStringLiteral("INSERT INTO sync_problem (mid, tbl, row_id, code, message, at_ms, fields) "
                                           "VALUES (?, ?, ?, ?, ?, ?, ?)"));
            problem.addBindValue(mid);
            problem.addBindValue(table);
            problem.addBindValue(id);
            problem.addBindValue(QString::fromStdString(rejection->code));
            problem.addBindValue(QString::fromStdString(rejection->message));
            problem.addBindValue(qint64(m_clock.nowMs()));
            problem.addBindValue(find.value(2).toString());
            if (!problem.exec())
                return sqlError(QStringLiteral("Cannot record the sync problem"), problem.lastError());
        }
        QSqlQuery remove(database());
        remove.prepare(QStringLiteral("DELETE FROM outbox WHERE mid = ?"));
        remove.addBindValue(mid);
        if (!remove.exec())
            return sqlError(QStringLiteral("Cannot settle the sent change"), remove.lastError());
        return {};
    };
    for (const qint64 mid : response.acked) {
        if (auto status = takeFromOutbox(mid, nullptr); !status)
            return status;
    }
    for (const auto &rejection : response.rejected) {
        if (auto status = takeFromOutbox(rejection.mid, &rejection); !status)
            return status;
    }
    if (response.serverTime) {
        if (auto status = observeHlc(Hlc::pack(*response.serverTime, 0)); !status)
            return status;
        if (auto status
            = setSetting(QStringLiteral("clock_offset_ms"), QString::number(m_clock.nowMs() - *response.serverTime));
            !status)
            return status;
    }

    QSet<QString> tables;
    for (const auto &[key, touched] : rows) {
        const auto &[table, id] = key;
        tables.insert(table);
        if (touched.rejected) {
            if (auto status = m_shadows->rebuildRow(table, id); !status)
                return status;
        }
        QSqlQuery remaining(database());
        remaining.prepare(QStringLiteral("SELECT 1 FROM outbox WHERE tbl = ? AND row_id = ? LIMIT 1"));
        remaining.addBindValue(table);
        remaining.addBindValue(id);
        if (remaining.exec() && !remaining.next()) {
            if (auto status = m_shadows->drop(table, id, QStringLiteral("Cannot settle the synced state of the row"));
                !status)
                return status;
        }
    }
    if (auto status = transaction.commit(); !status)
        return status;
    for (const auto &table : tables)
        Q_EMIT tableChanged(table);
    Q_EMIT pendingCountChanged(pendingCount());
    return {};
}

std::vector<SyncProblem> LocalStore::syncProblems() const
{
    std::vector<SyncProblem> problems;
    QSqlQuery query(database());
    if (!query.exec(
            QStringLiteral("SELECT mid, tbl, row_id, code, message, at_ms, fields FROM sync_problem ORDER BY id DESC")))
        return problems;
    while (query.next())
        problems.push_back(SyncProblem {query.value(0).toLongLong(), query.value(1).toString(),
            query.value(2).toString(), query.value(3).toString(), query.value(4).toString(),
            query.value(5).toLongLong(), fieldsFromJson(query.value(6).toString())});
    return problems;
}

Status LocalStore::clearSyncProblems()
{
    if (auto status = execute(QStringLiteral("DELETE FROM sync_problem")); !status)
        return status;
    Q_EMIT tableChanged(QStringLiteral("sync_problem"));
    return {};
}

} // namespace commonroom
