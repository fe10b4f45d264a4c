#pragma once

#include "PeopleSearch.h"

#include "common/Result.h"

#include <QString>
#include <QStringList>
#include <QVariant>

#include <vector>

class QSqlQuery;

namespace commonroom {

class LocalStore;

// Reads people of the device by id, for lists that found the ids elsewhere (a search, a page of
// the directory): the people list of the CLI and the windows ask here instead of each writing
// the query. Reads only: edits go through LocalStore (and the services) as offline edits.
class People
{
public:
    explicit People(const LocalStore &store);

    // A search of the whole directory on this device (PeopleSearch), read page by page.
    PeopleSearch search(const PeopleQuery &query) const;

    struct Columns
    {
        QString id;
        std::vector<QVariant> values; // one per asked column; null for NULL (empty or not shared)
    };
    // The `columns` of the people with `ids`, in the order of `ids`; ids not on the device are
    // left out. One query for the whole list, so ask for a page (hundreds), not a directory.
    // `columns` are column names of the person table (a field's visibility column too).
    Result<std::vector<Columns>> columnsOf(const QStringList &ids, const QStringList &columns) const;

    // The directory page by page in the alphabetical order of the user's language (the collation
    // LOCALE, NameCollation.h), for a list that scrolls through everyone. Keyset paging: a page
    // starts after the (name, id) of the last row of the page before (`afterId` empty: the first
    // page), so page 5,000 costs what page 1 costs. People whose name is hidden from this device
    // (NULL) are not in these pages but in unnamedPage()'s, by id.
    Result<std::vector<Columns>> namedPage(
        const QStringList &columns, const QString &afterName, const QString &afterId, int count) const;
    Result<std::vector<Columns>> unnamedPage(const QStringList &columns, const QString &afterId, int count) const;
    // namedPage()'s query: the first page, or (afterKey) the page after a (name, id) bound to its
    // first two parameters; its last parameter is the page size. For tests of its query plan.
    static QString namedPageQuery(const QStringList &columns, bool afterKey);

private:
    // The rows of a prepared and bound page query: id, then `columns`.
    Result<std::vector<Columns>> readPage(QSqlQuery &query, int columnCount) const;

    const LocalStore &m_store;
};

} // namespace commonroom
