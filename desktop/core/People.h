#pragma once

#include "PeopleSearch.h"

#include "common/Result.h"

#include <QString>
#include <QStringList>
#include <QVariant>

#include <vector>

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
    // `columns` are column names of the person table.
    Result<std::vector<Columns>> columnsOf(const QStringList &ids, const QStringList &columns) const;

private:
    const LocalStore &m_store;
};

} // namespace commonroom
