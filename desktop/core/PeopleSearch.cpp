#include "PeopleSearch.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <atomic>
#include <utility>

namespace commonroom {

namespace {

// Weights of the indexed columns, in the order of the index (LocalStore's migrations 3 and 4):
// display, given and family name; area, neighbourhood; skills, languages, interests; bio. The
// function is SearchRank's (not bm25, which reads every match of every term to weigh its rarity).
constexpr const char *kScore = "commonroom_rank(person_fts, 10.0, 10.0, 10.0, 4.0, 4.0, 2.0, 2.0, 2.0, 1.0)";

Error searchError(const QSqlQuery &query)
{
    return makeError("storage", "Cannot search the people on this device: " + query.lastError().text().toStdString());
}

// The words of `text`: runs of non-space characters holding at least one letter or digit (a
// word of punctuation only has no terms to look for), without control characters.
QStringList wordsOf(const QString &text)
{
    QStringList words;
    for (const QString &part : text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        QString word;
        bool hasTerm = false;
        for (const QChar c : part) {
            if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
                continue;
            hasTerm = hasTerm || c.isLetterOrNumber();
            word += c;
        }
        if (hasTerm)
            words << word;
    }
    return words;
}

// A quoted FTS5 string: inside quotes everything is text to tokenize, and a quote is doubled.
QString quoted(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

// `column : "the words"`, the words as one phrase; empty when there are none.
QString columnPhrase(const char *column, const QString &text)
{
    const QStringList words = wordsOf(text);
    if (words.isEmpty())
        return {};
    return QLatin1String(column) + QStringLiteral(" : ") + quoted(words.join(QLatin1Char(' ')));
}

} // namespace

bool PeopleQuery::isEmpty() const
{
    return wordsOf(text).isEmpty() && area.trimmed().isEmpty() && wordsOf(skill).isEmpty()
        && wordsOf(language).isEmpty() && role.trimmed().isEmpty() && minLeadershipLevel <= 0
        && groupId.trimmed().isEmpty() && tagId.trimmed().isEmpty() && tagIds.isEmpty()
        && contributedArea.trimmed().isEmpty() && minEventsAttended <= 0;
}

QString PeopleSearch::matchExpression(const QString &text)
{
    QStringList terms;
    for (const QString &word : wordsOf(text))
        terms << quoted(word) + QLatin1Char('*');
    return terms.join(QLatin1Char(' '));
}

QString PeopleSearch::fullMatchExpression(const PeopleQuery &query)
{
    QStringList parts;
    if (const QString text = matchExpression(query.text); !text.isEmpty())
        parts << QLatin1Char('(') + text + QLatin1Char(')');
    if (const QString skill = columnPhrase("skills", query.skill); !skill.isEmpty())
        parts << skill;
    if (const QString language = columnPhrase("languages", query.language); !language.isEmpty())
        parts << language;
    return parts.join(QStringLiteral(" AND "));
}

QString PeopleSearch::rankedSql()
{
    return QStringLiteral("SELECT p.id, c.rowid FROM (SELECT f.rowid AS rowid, %1 AS score FROM person_fts f "
                          "WHERE person_fts MATCH ? ORDER BY f.rowid LIMIT %2) c "
                          "CROSS JOIN person p ON p.rowid = c.rowid ORDER BY c.score, p.id")
        .arg(QLatin1String(kScore))
        .arg(kRankedCandidates);
}

PeopleSearch::PeopleSearch(QSqlDatabase db, PeopleQuery query)
    : m_db(std::move(db))
    , m_query(std::move(query))
    , m_match(fullMatchExpression(m_query))
    , m_phase(matchExpression(m_query.text).isEmpty() ? Phase::ByName : Phase::Ranked)
{
}

PeopleSearch::Selection::Selection(QSqlDatabase db, QString table, qint64 rows)
    : m_db(std::move(db))
    , m_table(std::move(table))
    , m_rows(rows)
{
}

PeopleSearch::Selection::Selection(Selection &&other) noexcept
    : m_db(std::move(other.m_db))
    , m_table(std::exchange(other.m_table, {}))
    , m_rows(other.m_rows)
{
}

PeopleSearch::Selection &PeopleSearch::Selection::operator=(Selection &&other) noexcept
{
    if (this != &other) {
        drop(m_db, m_table);
        m_db = std::move(other.m_db);
        m_table = std::exchange(other.m_table, {});
        m_rows = other.m_rows;
    }
    return *this;
}

PeopleSearch::Selection::~Selection()
{
    drop(m_db, m_table);
}

void PeopleSearch::Selection::drop(const QSqlDatabase &db, const QString &table)
{
    // Refused while a statement of the connection still reads; the table then lasts as long as
    // the connection, which is all it costs.
    if (!table.isEmpty() && db.isOpen())
        QSqlQuery(db).exec(QStringLiteral("DROP TABLE IF EXISTS temp.") + table);
}

bool PeopleSearch::selects() const
{
    return !m_match.isEmpty() || !filterSql().isEmpty();
}

Status PeopleSearch::select() const
{
    if (m_selection.isMade())
        return {};
    // Unique in the program: searches on one connection each have their own.
    static std::atomic<quint64> made {0};
    const QString table = QStringLiteral("people_selection_%1").arg(++made);
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("CREATE TEMP TABLE %1 (person_rowid INTEGER PRIMARY KEY)").arg(table)))
        return searchError(query);
    QString sql = QStringLiteral("INSERT INTO temp.%1 SELECT p.rowid FROM person p WHERE 1").arg(table);
    if (!m_match.isEmpty())
        sql += QStringLiteral(" AND p.rowid IN (SELECT rowid FROM person_fts WHERE person_fts MATCH :match)");
    sql += filterSql();
    if (!query.prepare(sql)) {
        const Error error = searchError(query);
        Selection::drop(m_db, table);
        return error;
    }
    if (!m_match.isEmpty())
        query.bindValue(QStringLiteral(":match"), m_match);
    bindFilters(query);
    if (!query.exec()) {
        const Error error = searchError(query);
        query.finish();
        Selection::drop(m_db, table);
        return error;
    }
    m_selection = Selection(m_db, table, query.numRowsAffected());
    return {};
}

QString PeopleSearch::filterSql() const
{
    QString sql;
    if (!m_query.area.trimmed().isEmpty())
        sql += QStringLiteral(" AND p.area = :area COLLATE NOCASE");
    if (!m_query.role.trimmed().isEmpty())
        sql += QStringLiteral(" AND p.role = :role");
    if (m_query.minLeadershipLevel > 0)
        sql += QStringLiteral(" AND p.leadership_level >= :level");
    if (!m_query.groupId.trimmed().isEmpty())
        sql += QStringLiteral(" AND p.id IN (SELECT person_id FROM membership WHERE group_id = :group "
                              "AND state = 'active')");
    // Applied, of a tag the device still holds (a deleted tag's applications stay as rows).
    if (!m_query.tagId.trimmed().isEmpty())
        sql += QStringLiteral(" AND p.id IN (SELECT a.person_id FROM tag_application a JOIN tag t ON t.id = a.tag_id "
                              "WHERE a.tag_id = :tag AND a.applied = 1)");
    // Every tag applied (a smart list's tags, all required).
    for (int i = 0; i < m_query.tagIds.size(); ++i)
        sql += QStringLiteral(" AND p.id IN (SELECT a.person_id FROM tag_application a JOIN tag t ON t.id = a.tag_id "
                              "WHERE a.tag_id = :tag%1 AND a.applied = 1)")
                   .arg(i);
    // Contributed in an area since a day: a range of the index contribution_by_area.
    if (!m_query.contributedArea.trimmed().isEmpty())
        sql += m_query.contributedSince.trimmed().isEmpty()
            ? QStringLiteral(" AND p.id IN (SELECT person_id FROM contribution WHERE area = :carea)")
            : QStringLiteral(" AND p.id IN (SELECT person_id FROM contribution WHERE area = :carea "
                             "AND done_on >= :csince)");
    // Attended at least N events: the attended registrations by person (registration_attended).
    if (m_query.minEventsAttended > 0)
        sql += QStringLiteral(" AND p.id IN (SELECT person_id FROM registration WHERE attended = 1 "
                              "GROUP BY person_id HAVING count(*) >= :events)");
    return sql;
}

void PeopleSearch::bindFilters(QSqlQuery &query) const
{
    for (int i = 0; i < m_query.tagIds.size(); ++i)
        query.bindValue(QStringLiteral(":tag%1").arg(i), m_query.tagIds.at(i).trimmed());
    if (!m_query.contributedArea.trimmed().isEmpty()) {
        query.bindValue(QStringLiteral(":carea"), m_query.contributedArea.trimmed());
        if (!m_query.contributedSince.trimmed().isEmpty())
            query.bindValue(QStringLiteral(":csince"), m_query.contributedSince.trimmed());
    }
    if (m_query.minEventsAttended > 0)
        query.bindValue(QStringLiteral(":events"), m_query.minEventsAttended);
    if (!m_query.area.trimmed().isEmpty())
        query.bindValue(QStringLiteral(":area"), m_query.area.trimmed());
    if (!m_query.role.trimmed().isEmpty())
        query.bindValue(QStringLiteral(":role"), m_query.role.trimmed());
    if (m_query.minLeadershipLevel > 0)
        query.bindValue(QStringLiteral(":level"), m_query.minLeadershipLevel);
    if (!m_query.groupId.trimmed().isEmpty())
        query.bindValue(QStringLiteral(":group"), m_query.groupId.trimmed());
    if (!m_query.tagId.trimmed().isEmpty())
        query.bindValue(QStringLiteral(":tag"), m_query.tagId.trimmed());
}

QString PeopleSearch::countSql(const PeopleQuery &query)
{
    const PeopleSearch search(QSqlDatabase(), query);
    QString sql = QStringLiteral("SELECT count(*) FROM person p WHERE 1");
    if (!search.m_match.isEmpty())
        sql += QStringLiteral(" AND p.rowid IN (SELECT rowid FROM person_fts WHERE person_fts MATCH :match)");
    return sql + search.filterSql();
}

Result<qint64> PeopleSearch::count() const
{
    if (matchExpression(m_query.text).isEmpty() && selects()) {
        if (auto status = select(); !status)
            return status.error();
        return m_selection.rows();
    }
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(countSql(m_query)))
        return searchError(query);
    if (!m_match.isEmpty())
        query.bindValue(QStringLiteral(":match"), m_match);
    bindFilters(query);
    if (!query.exec() || !query.next())
        return searchError(query);
    return query.value(0).toLongLong();
}

Result<std::vector<QString>> PeopleSearch::next(int count)
{
    auto ids = readNext(count);
    if (!ids)
        m_phase = Phase::Done; // a failed search ends; the caller reports why
    return ids;
}

Result<std::vector<QString>> PeopleSearch::readNext(int count)
{
    if (count <= 0 || m_phase == Phase::Done)
        return std::vector<QString> {};
    if (m_phase == Phase::ByName)
        return readByName(count);
    if (m_phase == Phase::Ranked && m_ranked.empty() && m_rankedTaken == 0) {
        if (auto status = readRanked(); !status)
            return status.error();
    }
    std::vector<QString> ids;
    while (m_phase == Phase::Ranked && int(ids.size()) < count) {
        if (m_rankedTaken == m_ranked.size()) {
            // Fewer candidates than the cap: that was every match. Otherwise the rest follows.
            m_phase = m_ranked.size() < std::size_t(kRankedCandidates) ? Phase::Done : Phase::Rest;
            break;
        }
        ids.push_back(m_ranked[m_rankedTaken++]);
    }
    if (m_phase == Phase::Ranked && m_rankedTaken == m_ranked.size()
        && m_ranked.size() < std::size_t(kRankedCandidates))
        m_phase = Phase::Done; // every match was ranked and has been taken
    if (m_phase == Phase::Rest && int(ids.size()) < count) {
        auto rest = readRest(count - int(ids.size()));
        if (!rest)
            return rest.error();
        std::move(rest->begin(), rest->end(), std::back_inserter(ids));
    }
    return ids;
}

Status PeopleSearch::readRanked()
{
    const QString filters = filterSql();
    // The candidates are the first matches in index order (rowid), taken straight from the index
    // without sorting; only they are scored, then sorted by score.
    const QString sql
        = QStringLiteral("SELECT p.id, c.rowid FROM (SELECT f.rowid AS rowid, %1 AS score "
                         "FROM person_fts f%2 WHERE person_fts MATCH :match%3 "
                         "ORDER BY f.rowid LIMIT %4) c "
                         "CROSS JOIN person p ON p.rowid = c.rowid ORDER BY c.score, p.id")
              .arg(QLatin1String(kScore),
                  filters.isEmpty() ? QString() : QStringLiteral(" CROSS JOIN person p ON p.rowid = f.rowid"), filters)
              .arg(kRankedCandidates);
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return searchError(query);
    query.bindValue(QStringLiteral(":match"), m_match);
    bindFilters(query);
    if (!query.exec())
        return searchError(query);
    m_ranked.reserve(kRankedCandidates);
    while (query.next()) {
        m_ranked.push_back(query.value(0).toString());
        m_lastRowid = std::max(m_lastRowid, query.value(1).toLongLong());
    }
    if (m_ranked.empty())
        m_phase = Phase::Done;
    return {};
}

Result<std::vector<QString>> PeopleSearch::readRest(int count)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    const QString sql
        = QStringLiteral("SELECT p.id, f.rowid FROM person_fts f CROSS JOIN person p ON p.rowid = f.rowid "
                         "WHERE person_fts MATCH :match AND f.rowid > :after%1 "
                         "ORDER BY f.rowid LIMIT :count")
              .arg(filterSql());
    if (!query.prepare(sql))
        return searchError(query);
    query.bindValue(QStringLiteral(":match"), m_match);
    query.bindValue(QStringLiteral(":after"), m_lastRowid);
    query.bindValue(QStringLiteral(":count"), count);
    bindFilters(query);
    if (!query.exec())
        return searchError(query);
    std::vector<QString> ids;
    while (query.next()) {
        ids.push_back(query.value(0).toString());
        m_lastRowid = query.value(1).toLongLong();
    }
    if (int(ids.size()) < count)
        m_phase = Phase::Done;
    return ids;
}

Result<std::vector<QString>> PeopleSearch::readByName(int count)
{
    // No text to rank by: name order, as the people list, people without a (visible) name last.
    QString sql = QStringLiteral("SELECT p.id FROM person p");
    if (selects()) {
        if (auto status = select(); !status)
            return status.error();
        sql = QStringLiteral("SELECT p.id FROM temp.%1 s CROSS JOIN person p ON p.rowid = s.person_rowid")
                  .arg(m_selection.table());
    }
    sql += QStringLiteral(" ORDER BY p.display_name IS NULL, p.display_name COLLATE LOCALE, p.id "
                          "LIMIT :count OFFSET :offset");
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return searchError(query);
    query.bindValue(QStringLiteral(":count"), count);
    query.bindValue(QStringLiteral(":offset"), m_offset);
    if (!query.exec())
        return searchError(query);
    std::vector<QString> ids;
    while (query.next())
        ids.push_back(query.value(0).toString());
    m_offset += qint64(ids.size());
    if (int(ids.size()) < count)
        m_phase = Phase::Done;
    return ids;
}

} // namespace commonroom
