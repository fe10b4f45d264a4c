#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <vector>

class QSqlQuery;

namespace commonroom {

// What the user is looking for in the directory: free text plus filters. Empty fields filter
// nothing.
struct PeopleQuery
{
    QString text; // words, each matched as a prefix, all of them required
    QString area; // the area, exactly (ignoring case)
    QString skill; // a skill, as words in the person's skills
    QString language; // a language, as words in the person's languages
    QString role; // applicant, member, leader or admin
    int minLeadershipLevel = 0; // 1–5; 0 = any
    QString groupId; // active members of this group
    QString tagId; // the people this tag is applied to (docs/organizing.md, "Tags")
    // Smart lists (docs/organizing.md, "Smart lists"):
    QStringList tagIds; // every one of these tags applied too (besides tagId)
    QString contributedArea; // a contribution in this area (common/Contributions.h)…
    QString contributedSince; // …done on or after this day (YYYY-MM-DD); empty = ever
    int minEventsAttended = 0; // checked in at this many events at least; 0 = any

    bool isEmpty() const;
    bool operator==(const PeopleQuery &) const = default;
};

// Finds people on the device through the full-text index of LocalStore (person_fts) and the
// filters, in one SQL query per page.
//
// With text the results come in rank order (SearchRank): names weighing most, then area and
// neighbourhood, then skills, languages and interests, then the bio. Without text they come in
// name order (people whose name is hidden last).
//
// Search as you type must stay fast with a million people, where a prefix of one or two letters
// matches most of them and ranking them all takes seconds. So only the first
// kRankedCandidates matches (in index order) are ranked; when a query matches more, the rest
// follow, unranked, in index order. A query selective enough to matter — a name, two words —
// matches fewer than that and is ranked whole. A score depends on the row alone (no statistics
// of the whole index), so ranking the candidates costs in proportion to them, not to all matches.
class PeopleSearch
{
public:
    static constexpr int kRankedCandidates = 1000;

    PeopleSearch(QSqlDatabase db, PeopleQuery query);
    PeopleSearch(PeopleSearch &&) noexcept = default;
    PeopleSearch &operator=(PeopleSearch &&) noexcept = default;

    // The next `count` people (ids), in result order; empty at the end. After an error the
    // search is at its end.
    Result<std::vector<QString>> next(int count);
    bool atEnd() const { return m_phase == Phase::Done; }
    // How many people the query finds, all of them, whatever page was read. Without text, the
    // people the pages come from.
    Result<qint64> count() const;
    const PeopleQuery &query() const { return m_query; }

    // The FTS5 MATCH expression for what a person typed: each whitespace-separated word as a
    // quoted prefix ("word"*), all required. Quotes, operators and other syntax in the text are
    // only ever part of quoted words, so they match text, never act as query syntax. Empty when
    // the text holds no word.
    static QString matchExpression(const QString &text);
    // The whole MATCH expression of `query` (text and the skill/language filters); empty if none.
    static QString fullMatchExpression(const PeopleQuery &query);

    // The SQL of the ranked phase, for the benchmark's comparison with plain sqlite3: one
    // parameter, the MATCH expression, and no filters.
    static QString rankedSql();
    // The SQL of count() for `query` and the values it binds, in order, for the benchmark's
    // comparison: the same statement run by plain sqlite3.
    static QString countSql(const PeopleQuery &query);

private:
    enum class Phase { Ranked, Rest, ByName, Done };

    // Without text, the people a query selects are found once, into a temporary table of the
    // connection, and the count and every page in name order read that table: a smart list over
    // a million people costs one evaluation of its criteria, not one for its count and another
    // for each page. The table goes with the search (or with the connection).
    class Selection
    {
    public:
        Selection() = default;
        Selection(QSqlDatabase db, QString table, qint64 rows);
        Selection(Selection &&other) noexcept;
        Selection &operator=(Selection &&other) noexcept;
        ~Selection();
        bool isMade() const { return !m_table.isEmpty(); }
        const QString &table() const { return m_table; } // one column, person_rowid
        qint64 rows() const { return m_rows; }
        static void drop(const QSqlDatabase &db, const QString &table);

    private:
        QSqlDatabase m_db;
        QString m_table; // empty until made
        qint64 m_rows = 0;
    };

    Result<std::vector<QString>> readNext(int count);
    Status readRanked();
    Result<std::vector<QString>> readRest(int count);
    Result<std::vector<QString>> readByName(int count);
    QString filterSql() const;
    void bindFilters(QSqlQuery &query) const;
    bool selects() const; // whether the query has criteria (an empty one lists everyone)
    Status select() const;

    QSqlDatabase m_db;
    PeopleQuery m_query;
    QString m_match;
    Phase m_phase;
    std::vector<QString> m_ranked; // the ranked candidates, best first
    std::size_t m_rankedTaken = 0;
    qint64 m_lastRowid = 0; // the index position after which the unranked rest starts
    qint64 m_offset = 0; // rows read so far in name order
    mutable Selection m_selection; // made by the first page or count without text
};

} // namespace commonroom
