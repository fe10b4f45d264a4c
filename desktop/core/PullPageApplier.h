#pragma once

#include "common/Clock.h"
#include "common/Protocol.h"
#include "common/Result.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

namespace commonroom {

class ShadowRows;
class StoreRows;

// Applies pulled pages to the device's copy on the connection it is given: the rows, the shadows
// of rows with unsent edits (which are then rebuilt with those edits on top), purges, the end of
// a fresh copy, the daemon's checksums, the HLC and the cursor, all in one transaction per page.
// It emits nothing and touches no state but the file's, so it can run on any thread that owns
// `db`: it runs on the store's worker thread (StoreWorker), and LocalStore tells the views
// afterwards.
class PullPageApplier
{
public:
    // What a page changed, for the signals and the scrub after it was saved.
    struct Applied
    {
        QSet<QString> tables; // tables whose rows changed
        QHash<QString, QStringList> rowIds; // table -> ids of the rows changed, deleted or purged
        bool removedRows = false; // a row was deleted, purged or dropped: its values should be scrubbed
    };

    PullPageApplier(QSqlDatabase db, const Clock &clock);
    ~PullPageApplier();
    PullPageApplier(const PullPageApplier &) = delete;
    PullPageApplier &operator=(const PullPageApplier &) = delete;

    Result<Applied> apply(const protocol::PullResponse &page);

private:
    QSqlDatabase m_db;
    const Clock &m_clock;
    std::unique_ptr<StoreRows> m_rows;
    std::unique_ptr<ShadowRows> m_shadows;
};

} // namespace commonroom
