#pragma once

#include "common/Result.h"

#include <QObject>

namespace commonroom {

class LocalStore;
class StoreWorker;

// Merges the people search index (person_fts) in small steps on the store's worker thread
// (StoreWorker), so that the window stays responsive while it happens.
//
// Two reasons to merge: a value went away (a row purged, a field now hidden — LocalStore sets
// 'search_index_scrub'), and before SQLite 3.44 its old terms stay in older index segments until
// they are merged into one, which is what scrubs them from the file; and a pull brought many rows
// (the first sync of a large community leaves the index in many segments, which doubles search
// time at a million people). A whole-index 'optimize' costs ~15 s at a million people; here each
// step is an FTS5 'merge' of at most kPagesPerStep pages (a few tens of milliseconds), each its
// own job on the worker, posted when the one before is done, until a step finds nothing left to
// merge (sqlite total_changes() moves by less than 2, as the FTS5 documentation describes); then
// the scrub flag is cleared and the write-ahead log truncated. Pulled pages, applied by the same
// worker, are queued between two steps; the merge just continues. A local edit saved meanwhile
// waits for the step under way at most. If the program ends before the merge does, the flag is still set and the merge
// resumes at the next start.
//
// It also drives the rebuild of the index that migration 4 leaves to the background
// (LocalStore::continueSearchIndexRebuild): kRowsPerRebuildStep people per step, each step its
// own transaction, before any merging (the rebuilt index is merged afterwards, as after a pull).
class SearchIndexMerger : public QObject
{
    Q_OBJECT

public:
    static constexpr int kPagesPerStep = 16;
    // Rows brought by pulls since the last merge that make a merge worth it without a scrub.
    static constexpr qint64 kRowsWorthMerging = 20'000;
    // People filled into a rebuilt index per step (tens of milliseconds; docs/benchmarks.md).
    static constexpr int kRowsPerRebuildStep = 64;

    // Takes over the merge from the pull (LocalStore::setSearchIndexMergeDeferred) and resumes a
    // scrub left unfinished.
    explicit SearchIndexMerger(LocalStore &store, QObject *parent = nullptr);

    bool isRunning() const { return m_running; }
    int stepsTaken() const { return m_steps; }
    int rebuildStepsTaken() const { return m_rebuildSteps; }

public Q_SLOTS:
    // Starts merging if it is needed (a scrub is due, or many rows arrived); no-op otherwise.
    void considerMerging();
    // Starts merging whatever the reason.
    void start();

Q_SIGNALS:
    void finished();
    // The rebuilt search index replaced the old one (searches use it from now on).
    void searchIndexRebuilt();

private:
    enum class Step { Rebuilding, Rebuilt, Merging, Merged };
    // Posts the next step to the worker.
    void step();
    // One step, on the worker thread: of the rebuild while there is one, else of the merge (and
    // the merge's end when nothing was left to merge).
    static Result<Step> stepOnWorker(StoreWorker &worker);

    LocalStore &m_store;
    bool m_running = false;
    qint64 m_rowsSinceMerge = 0;
    int m_steps = 0;
    int m_rebuildSteps = 0;
};

} // namespace commonroom
