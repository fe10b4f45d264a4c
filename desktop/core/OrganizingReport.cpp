#include "OrganizingReport.h"

#include "Events.h"
#include "LocalStore.h"
#include "StoreSql.h"
#include "StoreWorker.h"

#include "common/Ladder.h"

#include <QScopeGuard>
#include <QSqlQuery>

#include <algorithm>

namespace commonroom {

using namespace store;

namespace {

// Runs `sql` with `values` bound in order and hands each row to `row`.
template<class Row>
Status eachRow(const QSqlDatabase &db, const QString &sql, const QVariantList &values, Row row)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return sqlError(QStringLiteral("The organizing figures could not be read"), query.lastError());
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return sqlError(QStringLiteral("The organizing figures could not be read"), query.lastError());
    while (query.next())
        row(query);
    return {};
}

} // namespace

Result<OrganizingReport> readOrganizingReport(const QSqlDatabase &db, QDate today)
{
    OrganizingReport report;
    report.today = today;
    report.quarterStart = QDate(today.year(), (today.month() - 1) / 3 * 3 + 1, 1);
    const QDate firstMonth = QDate(today.year(), today.month(), 1).addMonths(1 - OrganizingReport::kMonths);
    for (int i = 0; i < OrganizingReport::kMonths; ++i)
        report.months.push_back(firstMonth.addMonths(i).toString(QStringLiteral("yyyy-MM")));

    // One snapshot for every figure, so that a pull committing meanwhile cannot split them.
    QSqlDatabase connection = db;
    if (!connection.transaction())
        return sqlError(QStringLiteral("The organizing figures could not be read"), connection.lastError());
    const auto finish = qScopeGuard([&connection] { (void)connection.rollback(); });

    // A day after today (a clock set wrong on the recording device) still counts in today's month.
    Status read = eachRow(db,
        QStringLiteral("SELECT area, substr(done_on, 1, 7) AS month, count(*), total(minutes) FROM contribution "
                       "WHERE done_on >= ? GROUP BY area, month ORDER BY area, month"),
        {firstMonth.toString(Qt::ISODate)}, [&](const QSqlQuery &row) {
            QString month = row.value(1).toString();
            if (month > report.months.back())
                month = report.months.back();
            if (!report.contributions.empty() && report.contributions.back().area == row.value(0).toString()
                && report.contributions.back().month == month) {
                report.contributions.back().entries += row.value(2).toLongLong();
                report.contributions.back().minutes += row.value(3).toLongLong();
                return;
            }
            report.contributions.push_back(
                {row.value(0).toString(), month, row.value(2).toLongLong(), row.value(3).toLongLong()});
        });
    if (!read)
        return read.error();

    read = eachRow(db, QStringLiteral("SELECT leadership_level, count(*) FROM person GROUP BY leadership_level"), {},
        [&](const QSqlQuery &row) {
            const qint64 level = row.value(0).isNull() ? 0 : row.value(0).toLongLong();
            if (ladder::isLevel(level))
                report.ladder[std::size_t(level - ladder::kLowestLevel)].people += row.value(1).toLongLong();
            else
                report.notOnLadder += row.value(1).toLongLong();
        });
    if (!read)
        return read.error();
    for (int level = int(ladder::kLowestLevel); level <= int(ladder::kHighestLevel); ++level)
        report.ladder[std::size_t(level - ladder::kLowestLevel)].level = level;

    const QString quarter = Events::storedTime(report.quarterStart.startOfDay(Qt::UTC));
    // A move up is an assessment this quarter above the person's assessment before it (by the
    // ladder's order: assessed_at, then id); a first assessment is a move onto the ladder.
    read = eachRow(db,
        QStringLiteral("SELECT level, count(*) FROM ("
                       "  SELECT level, assessed_at, lag(level) OVER (PARTITION BY person_id ORDER BY assessed_at, id) "
                       "    AS before FROM assessment"
                       "  WHERE person_id IN (SELECT person_id FROM assessment WHERE assessed_at >= ?)"
                       ") WHERE assessed_at >= ? AND (before IS NULL OR level > before) GROUP BY level"),
        {quarter, quarter}, [&](const QSqlQuery &row) {
            const qint64 level = row.value(0).toLongLong();
            if (ladder::isLevel(level))
                report.ladder[std::size_t(level - ladder::kLowestLevel)].movedUp += row.value(1).toLongLong();
        });
    if (!read)
        return read.error();

    read = eachRow(db,
        QStringLiteral("SELECT e.id, e.title, e.starts_at,"
                       " (SELECT count(*) FROM registration r WHERE r.event_id = e.id AND r.state = 'registered'"
                       "   AND coalesce(r.walk_in, 0) = 0),"
                       " (SELECT count(*) FROM registration r WHERE r.event_id = e.id AND r.attended = 1)"
                       " FROM event e WHERE e.starts_at >= ? AND e.starts_at < ?"
                       " AND coalesce(e.status, 'scheduled') <> 'cancelled'"
                       " ORDER BY e.starts_at DESC, e.id DESC LIMIT ?"),
        {Events::storedTime(firstMonth.startOfDay(Qt::UTC)), Events::storedTime(today.addDays(1).startOfDay(Qt::UTC)),
            OrganizingReport::kEvents},
        [&](const QSqlQuery &row) {
            report.turnout.push_back(
                {row.value(0).toString(), row.value(1).toString(), Events::parseStoredTime(row.value(2).toString()),
                    row.value(3).toLongLong(), row.value(4).toLongLong()});
        });
    if (!read)
        return read.error();
    std::reverse(report.turnout.begin(), report.turnout.end());

    auto turfs = Turfs::readProgress(db);
    if (!turfs)
        return turfs.error();
    std::erase_if(*turfs, [](const Turf &turf) { return turf.state == QLatin1String("closed"); });
    report.turfs = std::move(*turfs);
    return report;
}

void readOrganizingReportLater(LocalStore &store, QObject *context, std::function<void(Result<OrganizingReport>)> done)
{
    const QDate today = store.now().toLocalTime().date();
    if (!store.worker()) {
        done(makeError("storage", "The device's copy is not open, so there is nothing to count yet."));
        return;
    }
    store.worker()->post(
        context, [today](StoreWorker &worker) { return readOrganizingReport(worker.database(), today); },
        std::move(done));
}

} // namespace commonroom
