#include "UnsentSalvage.h"

#include "NameCollation.h"

#include "common/Protocol.h"
#include "common/Schema.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>

#include <atomic>

namespace commonroom {

namespace {

std::atomic<int> salvageCounter {0};

// Mids probed one by one in the gaps a damaged page leaves; beyond that the gap is counted lost.
constexpr qint64 kMaxProbes = 100'000;

// The settings that describe the device and its session; a salvage probes them one by one when
// the whole table cannot be read.
const char *const kDeviceSettings[]
    = {"site_id", "last_mid", "hlc", "server_url", "fingerprint", "person_id", "role", "email", "token_expires_at"};

constexpr const char *kChangeColumns = "mid, tbl, row_id, fields, hlc, deleted, created_ms";

std::optional<UnsentSalvage::Change> changeFrom(const QSqlQuery &query)
{
    UnsentSalvage::Change change {query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
        query.value(3).toString(), query.value(4).toULongLong(), query.value(5).toBool(), query.value(6).toLongLong()};
    // A change is kept only when it can be sent as it was made.
    if (!findTable(change.table.toStdString()) || !protocol::fromJson<FieldMap>(change.fields.toStdString()))
        return std::nullopt;
    return change;
}

void readSettings(QSqlDatabase db, UnsentSalvage &salvage)
{
    {
        QSqlQuery all(db);
        all.setForwardOnly(true);
        if (all.exec(QStringLiteral("SELECT key, value FROM setting"))) {
            while (all.next())
                salvage.settings[all.value(0).toString()] = all.value(1).toString();
        }
    }
    for (const char *key : kDeviceSettings) {
        const QString name = QString::fromLatin1(key);
        if (salvage.settings.contains(name))
            continue;
        QSqlQuery one(db);
        one.prepare(QStringLiteral("SELECT value FROM setting WHERE key = ?"));
        one.addBindValue(name);
        if (one.exec() && one.next())
            salvage.settings[name] = one.value(0).toString();
    }
}

void readChanges(QSqlDatabase db, UnsentSalvage &salvage)
{
    std::map<qint64, UnsentSalvage::Change> byMid;
    qint64 invalid = 0;
    // From both ends: a bad page in the middle stops each scan only there.
    for (const char *order : {"ASC", "DESC"}) {
        QSqlQuery scan(db);
        scan.setForwardOnly(true);
        if (!scan.exec(QStringLiteral("SELECT %1 FROM outbox ORDER BY mid %2")
                           .arg(QLatin1String(kChangeColumns), QLatin1String(order))))
            continue;
        while (scan.next()) {
            const qint64 mid = scan.value(0).toLongLong();
            if (byMid.contains(mid))
                break; // the other scan got here already
            if (auto change = changeFrom(scan))
                byMid.emplace(mid, std::move(*change));
            else
                ++invalid;
        }
    }
    bool ok = false;
    const qint64 lastMid = salvage.settings.contains(QStringLiteral("last_mid"))
        ? salvage.settings.at(QStringLiteral("last_mid")).toLongLong(&ok)
        : 0;
    const qint64 first = byMid.empty() ? (ok ? lastMid + 1 : 0) : byMid.begin()->first;
    const qint64 last = std::max(ok ? lastMid : 0, byMid.empty() ? 0 : byMid.rbegin()->first);
    qint64 probes = 0;
    for (qint64 mid = first; mid > 0 && mid <= last; ++mid) {
        if (byMid.contains(mid))
            continue;
        if (++probes > kMaxProbes) {
            ++salvage.unreadable;
            continue;
        }
        // The outbox is the suffix of the device's changes not yet settled, so every mid from
        // the first one read up to the device's last one was an unsent change.
        QSqlQuery one(db);
        one.prepare(QStringLiteral("SELECT %1 FROM outbox WHERE mid = ?").arg(QLatin1String(kChangeColumns)));
        one.addBindValue(mid);
        std::optional<UnsentSalvage::Change> change;
        if (one.exec() && one.next())
            change = changeFrom(one);
        if (change)
            byMid.emplace(mid, std::move(*change));
        else
            ++salvage.unreadable;
    }
    salvage.unreadable += invalid;
    for (auto &[mid, change] : byMid)
        salvage.changes.push_back(std::move(change));
}

void readBases(QSqlDatabase db, UnsentSalvage &salvage)
{
    for (const auto &change : salvage.changes) {
        const std::pair key {change.table, change.rowId};
        if (salvage.bases.contains(key))
            continue;
        QSqlQuery shadow(db);
        shadow.prepare(QStringLiteral("SELECT present, fields FROM shadow WHERE tbl = ? AND row_id = ?"));
        shadow.addBindValue(change.table);
        shadow.addBindValue(change.rowId);
        if (shadow.exec() && shadow.next() && protocol::fromJson<FieldMap>(shadow.value(1).toString().toStdString())) {
            salvage.bases.emplace(key, UnsentSalvage::Base {shadow.value(0).toBool(), shadow.value(1).toString()});
            continue;
        }
        // Without its shadow, the row as it was (unsent edits included) is the best base left;
        // the next pull replaces it with the daemon's.
        const TableDef *def = findTable(change.table.toStdString());
        QSqlQuery row(db);
        row.prepare(
            QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(QString::fromStdString(quoteIdentifier(def->name))));
        row.addBindValue(change.rowId);
        if (!row.exec() || !row.next())
            continue;
        FieldMap fields;
        const QSqlRecord record = row.record();
        for (int i = 0; i < record.count(); ++i) {
            const QString name = record.fieldName(i);
            const QVariant value = row.value(i);
            if (name == QLatin1String("id") || value.isNull())
                continue;
            if (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int)
                fields[name.toStdString()] = std::int64_t(value.toLongLong());
            else
                fields[name.toStdString()] = value.toString().toStdString();
        }
        salvage.bases.emplace(key, UnsentSalvage::Base {true, QString::fromStdString(protocol::toJson(fields))});
    }
}

} // namespace

UnsentSalvage UnsentSalvage::read(const QString &path)
{
    UnsentSalvage salvage;
    const QString connection = QStringLiteral("commonroom-salvage-%1").arg(salvageCounter.fetch_add(1));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        // Read-only: the damaged file (and its log) stays exactly as it was found.
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            // Reading rows needs no name order, but a statement that SQLite plans with the name
            // indexes would be refused without one; any order will do for reading.
            (void)NameCollation::install(db, QLocale::c());
            readSettings(db, salvage);
            readChanges(db, salvage);
            readBases(db, salvage);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return salvage;
}

} // namespace commonroom
