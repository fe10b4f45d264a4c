#pragma once

#include <QSqlDatabase>

struct sqlite3;

namespace commonroom {

// The ranking function of the people search: commonroom_rank(person_fts, w1, …, wN), an FTS5
// auxiliary function registered on each connection.
//
// Why not bm25: bm25 weighs each term by its rarity, and to know how rare a term is FTS5 reads
// the term's whole list of matching rows — every row of a million whose bio says "garden" — for
// every query, even when only the first thousand candidates are ranked (PeopleSearch). That
// read was most of the search time at a million people (61–124 ms p95). commonroom_rank looks
// only at the row being ranked: for each term of the query, the weight of the best column it
// occurs in (names 10, area and neighbourhood 4, skills, languages and interests 2, bio 1),
// summed, plus a hundredth per occurrence; returned negated, so that ascending order is best
// first, as with bm25. Rarity no longer counts; which column matched, and how many of the
// typed words did, is what a person searching a directory by name and skill expects anyway.
class SearchRank
{
public:
    static constexpr const char *kFunctionName = "commonroom_rank";

    // Registers the function on the connection; false if FTS5 or the handle is unavailable.
    static bool install(const QSqlDatabase &db);
    static bool install(sqlite3 *handle);
};

} // namespace commonroom
