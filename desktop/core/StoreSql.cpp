#include "StoreSql.h"

#include "common/Hlc.h"
#include "common/Protocol.h"

#include <QSqlQuery>

#include <map>
#include <set>
#include <string_view>

namespace commonroom::store {

int primaryCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? code & 0xff : 0; // extended codes carry the primary one in their low byte
}

Error sqlError(const QString &what, const QSqlError &error)
{
    switch (primaryCode(error)) {
    case kSqliteFull:
        return makeError("disk_full",
            (what
                + QStringLiteral(": the disk is full. Nothing already saved was lost; free some space on the disk "
                                 "that holds the Commonroom profile, then try again."))
                .toStdString());
    case kSqliteCorrupt:
    case kSqliteNotADatabase:
        return makeError("damaged",
            (what + QStringLiteral(": the local database is damaged (") + error.databaseText() + QStringLiteral("). ")
                + QLatin1String(kRecoverAdvice))
                .toStdString());
    default:
        return makeError("storage", (what + QStringLiteral(": ") + error.text()).toStdString());
    }
}

QVariant toVariant(const FieldValue &value)
{
    if (const auto *text = std::get_if<std::string>(&value))
        return QString::fromStdString(*text);
    if (const auto *number = std::get_if<std::int64_t>(&value))
        return QVariant::fromValue<qlonglong>(*number);
    return QVariant();
}

FieldValue fromVariant(const QVariant &value)
{
    if (value.isNull())
        return std::monostate {};
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return std::int64_t(value.toLongLong());
    default:
        return value.toString().toStdString();
    }
}

const TableDef *tableFor(const QString &table)
{
    return findTable(table.toStdString());
}

Error unknownTable(const QString &table)
{
    return makeError("unknown_table", "There is no table named \"" + table.toStdString() + "\".");
}

FieldMap knownColumns(const TableDef &table, const FieldMap &fields)
{
    static const auto columnsByTable = [] {
        std::map<std::string_view, std::set<std::string>> byTable;
        for (const auto &def : syncedTables()) {
            const auto columns = wireColumns(def);
            byTable[def.name] = std::set<std::string>(columns.begin(), columns.end());
        }
        return byTable;
    }();
    const auto &columns = columnsByTable.at(table.name);
    FieldMap known;
    for (const auto &[name, value] : fields) {
        if (columns.contains(name))
            known.emplace(name, value);
    }
    return known;
}

QString fieldsJson(const FieldMap &fields)
{
    return QString::fromStdString(protocol::toJson(fields));
}

FieldMap fieldsFromJson(const QString &json)
{
    auto decoded = protocol::fromJson<FieldMap>(json.toStdString());
    return decoded ? std::move(decoded).value() : FieldMap {};
}

Status keep(std::unique_ptr<QSqlQuery> &query, const QSqlDatabase &db, const QString &sql, const QString &failure)
{
    query = std::make_unique<QSqlQuery>(db);
    query->setForwardOnly(true);
    if (query->prepare(sql))
        return {};
    const QSqlError error = query->lastError();
    query.reset();
    return sqlError(failure, error);
}

Status runKept(QSqlQuery &query, const QString &failure)
{
    const bool ran = query.exec();
    const QSqlError error = query.lastError();
    query.finish(); // no read left open: a migration or a rebuild may drop tables
    if (!ran)
        return sqlError(failure, error);
    return {};
}

Status execute(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return sqlError(QStringLiteral("The local database refused \"%1\"").arg(sql.left(60)), query.lastError());
    return {};
}

Status configureConnection(const QSqlDatabase &db)
{
    for (const QString &pragma : {QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("PRAGMA synchronous=FULL"),
             QStringLiteral("PRAGMA secure_delete=ON"), QStringLiteral("PRAGMA busy_timeout=%1").arg(kBusyTimeoutMs),
             QStringLiteral("PRAGMA foreign_keys=OFF"),
             // A REPLACE that removes a row must fire its delete trigger, which keeps the search
             // index; LocalStore itself writes rows with upserts.
             QStringLiteral("PRAGMA recursive_triggers=ON")}) {
        if (auto status = execute(db, pragma); !status)
            return status;
    }
    return {};
}

QString readSetting(const QSqlDatabase &db, const QString &key)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT value FROM setting WHERE key = ?"));
    query.addBindValue(key);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return {};
}

Status writeSetting(const QSqlDatabase &db, const QString &key, const QString &value)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO setting (key, value) VALUES (?, ?) "
                                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(value);
    if (!query.exec())
        return sqlError(QStringLiteral("Cannot save the setting %1").arg(key), query.lastError());
    return {};
}

Status observeHlc(const QSqlDatabase &db, const Clock &clock, std::uint64_t remote)
{
    Hlc hlc(clock, readSetting(db, QStringLiteral("hlc")).toULongLong());
    const std::uint64_t before = hlc.last();
    hlc.observe(remote);
    if (hlc.last() == before)
        return {};
    return writeSetting(db, QStringLiteral("hlc"), QString::number(hlc.last()));
}

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    // QSqlDatabase::transaction() would begin DEFERRED; its commit() and rollback() are plain
    // COMMIT and ROLLBACK, which end this one as well.
    QSqlQuery begin(m_db);
    m_active = begin.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!m_active)
        m_beginError = begin.lastError();
}

Status Transaction::started() const
{
    if (m_active)
        return {};
    return sqlError(QStringLiteral("Cannot start saving"), m_beginError);
}

Transaction::~Transaction()
{
    if (m_active)
        m_db.rollback();
}

Status Transaction::commit()
{
    if (!m_active)
        return started();
    if (!m_db.commit())
        return sqlError(QStringLiteral("Could not save the change"), m_db.lastError());
    m_active = false;
    return {};
}

} // namespace commonroom::store
