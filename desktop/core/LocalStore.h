#pragma once

#include "common/Checksum.h"
#include "common/Clock.h"
#include "common/Protocol.h"
#include "common/Result.h"
#include "common/Roles.h"
#include "common/Value.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QObject>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace commonroom {

class Hlc;
class ShadowRows;
class StoreRows;
class StoreWorker;
struct UnsentSalvage;

// A change the daemon refused, kept for the "Sync problems" list.
struct SyncProblem
{
    qint64 mid = 0;
    QString table;
    QString rowId;
    QString code;
    QString message;
    qint64 atMs = 0;
    FieldMap fields {}; // the values of the change, which left the row: kept here so nothing typed is lost
};

// The device's offline copy of the community, in one SQLite file.
//
// Every local edit writes the row and its outbox entry in one transaction, so an edit that was
// saved is never lost, whatever happens next. For a row with unsent edits the store keeps a
// "shadow": the row as the daemon last sent it. Pulled rows update the shadow and the unsent
// edits are re-applied on top; a rejected edit is reverted by rebuilding the row from the shadow
// and the edits still pending.
//
// Pulled pages, the scrubs of the write-ahead log and the search index's merge steps run on the
// store's worker thread with a second connection to the file (StoreWorker.h: the threading rule);
// everything else, and every signal, on the thread that opened the store.
class LocalStore : public QObject
{
    Q_OBJECT

public:
    // `clock` is the device's wall clock (created once in the program's main, docs/time.md):
    // the HLC, the ids and every time the device writes come from it.
    explicit LocalStore(const Clock &clock, QObject *parent = nullptr);
    ~LocalStore() override;

    // Opens (creating and migrating) the database. A damaged file is reported (code "damaged")
    // and left untouched, and so is a file cut to nothing while the marker beside it
    // (siteMarkerPath) says it held a copy; recover() rescues what can be read of it. A full disk
    // is reported as such (code "disk_full"), by open() and by every write.
    Status open(const QString &path);
    // The file beside the database that marks the profile as holding a copy (it holds the site id).
    static QString siteMarkerPath(const QString &databasePath);

    // What recover() and salvageFrom() did.
    struct Recovery
    {
        QString damagedCopy; // where the damaged file was moved (recover() only)
        int keptChanges = 0; // unsent changes read and waiting to be sent again
        qint64 unreadableChanges = 0; // unsent changes the file shows but that could not be read
        bool sameDevice = false; // the device kept its id and session (else: sign in again)
    };
    // For a damaged database at `path`: moves it, with its -wal and -shm, aside to
    // `path`.damaged (or .damaged-2, …), creates a fresh database at `path` and copies into it the
    // unsent changes that can still be read, with the rows' last synced state; they stay pending.
    // The fresh copy fetches the community at the next sync. The device keeps its id and session
    // when the damaged file still tells them; otherwise it signs in again as a new device.
    static Result<Recovery> recover(const QString &path, const Clock &clock);
    // Copies the unsent changes that can be read from the database at `path` (another copy of
    // this profile, damaged or moved aside) into this one, as new unsent changes of this device.
    Result<Recovery> salvageFrom(const QString &path);
    bool isOpen() const;
    QString path() const { return m_path; }
    // The connection, for read-only queries by models on the same thread.
    QSqlDatabase database() const;

    // Local edits. Fields are validated against the schema first.
    Result<QString> createRow(const QString &table, const FieldMap &fields);
    Status updateRow(const QString &table, const QString &id, const FieldMap &fields);
    Status deleteRow(const QString &table, const QString &id);
    // Creates the row with this id, or updates it when it exists: for rows whose id is derived
    // from what they stand for (a registration's id from its event and person), which two devices
    // may create independently.
    Status writeRow(const QString &table, const QString &id, const FieldMap &fields);
    // Many such writes (`mutations`: table, id and fields; mid and hlc are given here) in one
    // transaction, as one commit: an import of thousands of people. All or none are written.
    Status writeRows(const std::vector<protocol::Mutation> &mutations);
    std::optional<FieldMap> row(const QString &table, const QString &id) const;

    int pendingCount() const;
    // The oldest unsent mutations, in mid order: at most `limit`, and no more than fit in
    // `maxBytes` as encoded in a push (protocol::encodedSize, with the commas between them); the
    // oldest one comes whatever its size.
    std::vector<protocol::Mutation> pendingMutations(int limit, std::size_t maxBytes = SIZE_MAX) const;
    Status applyPushResult(const protocol::PushResponse &response);
    // Applies one pull page and stores its cursor in one transaction, then scrubs the log, on the
    // worker thread, and waits for that (SyncEngine uses applyPullAnswer instead); then emits
    // the signals below.
    Status applyPullPage(const protocol::PullResponse &page);
    // What the sync needs to know of a page applied by applyPullAnswer().
    struct PulledPage
    {
        bool mustRefetch = false; // the daemon asks for a fresh copy: nothing was applied
        bool hasMore = false;
        int received = 0; // changes and purges in the page
        std::int64_t head = 0; // the daemon's newest change
        std::optional<std::int64_t> lastSeq; // the page's last change
    };
    // applyPullPage() for the daemon's answer to a pull, without waiting: the answer is read and
    // applied on the worker thread; then, on this thread, the signals are emitted and `done` is
    // called, unless `context` is gone by then. An answer that cannot be read fails with code
    // "unreadable_answer" and the reason as its message.
    void applyPullAnswer(const QByteArray &answer, QObject *context, std::function<void(Result<PulledPage>)> done);
    QString cursor() const;
    // Whether the device holds the whole community as of its last sync: a first copy (or a fresh
    // copy asked for) came to its end. False while one is under way or was cut short.
    bool hasWholeCopy() const;
    // Whether the signed-in person is an active curator of the group, as this device holds it.
    bool curatesGroup(const QString &groupId) const;
    // Forgets the cursor and starts fetching everything again; rows not sent again are dropped
    // when the last page arrives (rows with unsent edits are kept).
    Status beginRefetch();
    bool isRefetching() const { return setting(QStringLiteral("refetching")) == QLatin1String("1"); }
    // Erases the device's copy of the community, unsent edits and session included, and scrubs
    // the file; the device then signs in as a new device. For a device an admin revoked.
    Status wipe();

    // The checksum of each table over this device's rows, and the daemon's as of the last sync.
    std::map<std::string, TableChecksum> checksums() const;
    std::map<std::string, TableChecksum> serverChecksums() const;

    // Checkpoints and truncates the write-ahead log, so that deleted values leave no copy in it.
    // An error (code "scrub_failed") when the log could not be emptied after a few tries, for
    // example because another program reads the file; the next pull and the next open() try
    // again.
    Status scrubLog();
    // For tests: attempts and the wait for readers within each (default 3 × 2 s).
    void setScrubRetry(int attempts, int waitMs);

    std::vector<SyncProblem> syncProblems() const;
    Status clearSyncProblems();

    // The device's wall clock, for every service that writes or compares a time.
    const Clock &clock() const { return m_clock; }
    // The clock's time, in UTC.
    QDateTime now() const;

    // Who is signed in on this device, as far as the device knows (the daemon decides).
    Principal principal() const;

    // This device's site id: a UUID chosen once, used as its client id and HLC site.
    QString siteId() const;
    // When the daemon answers that this copy is not the device it knows (a restored backup, a
    // copied profile), the device continues as a new one: the new site id is chosen and kept
    // first (the same one comes back until the replacement is complete), the daemon registers
    // it, and completeDeviceReplacement() switches to it. Unsent changes stay in the outbox and
    // are sent again from the new device.
    Result<QString> beginDeviceReplacement();
    QString pendingDeviceReplacement() const { return setting(QStringLiteral("replacing_site_id")); }
    Status completeDeviceReplacement(const QString &siteId, qint64 tokenExpiresAt);

    // Merging the search index after a pull (the FTS5 'optimize' that scrubs removed values
    // from the index, seconds at a million people) is left to a SearchIndexMerger running in
    // small steps, instead of within the pull's last page. The GUI defers; the CLI and
    // tests keep the merge inside the pull.
    void setSearchIndexMergeDeferred(bool deferred) { m_deferSearchIndexMerge = deferred; }
    bool isSearchIndexMergeDeferred() const { return m_deferSearchIndexMerge; }

    // Migration 4 remakes the search index with longer prefixes in the background (see
    // StoreMigrations.cpp): while this is true, searches use the old index (same
    // results, slower for prefixes of four letters or more) and a SearchIndexMerger fills the new
    // one in steps. The state is in the file, so the rebuild resumes after a restart.
    bool isSearchIndexRebuilding() const;
    // Fills the next `rows` people into the new index in one transaction, and swaps it in once
    // every person is in it; the steps after that remove the old index a bounded part at a
    // time. True when the rebuild is done (or none was pending).
    Result<bool> continueSearchIndexRebuild(int rows);
    // A directory of at most this many people is rebuilt within open() (well under a second).
    static constexpr int kInlineSearchIndexRebuildRows = 2'000;
    // For tests: the limit above, for the next open().
    void setInlineSearchIndexRebuildRows(int rows) { m_inlineRebuildRows = rows; }

    // The worker thread and its connection, for the parts of the device store that post jobs to
    // it (SearchIndexMerger); null until open() succeeded.
    StoreWorker *worker() { return m_worker.get(); }
    // The language whose alphabetical order sorts names (NameCollation: the collation LOCALE of
    // the device's connection and its name indexes), for the next open(). The program's locale
    // unless set; tests choose one.
    void setNameLocale(const QLocale &locale) { m_nameLocale = locale; }

    // Small key/value settings of the device (server, fingerprint, who is signed in).
    QString setting(const QString &key) const;
    Status setSetting(const QString &key, const QString &value);

Q_SIGNALS:
    // Rows of `table` changed, by a local edit or by sync.
    void tableChanged(const QString &table);
    void pendingCountChanged(int count);
    // A local edit was saved (and waits to be sent).
    void localEditSaved();
    // A local edit wrote or deleted the row `id` of `table`; emitted just before tableChanged, so
    // that a view can refresh that row alone and let the tableChanged that follows pass.
    void localRowWritten(const QString &table, const QString &id);
    // A pull page changed, deleted or purged these rows of `table` (emitted after it was saved).
    void rowsPulled(const QString &table, const QStringList &ids);
    // The last page of a pull was applied while merging the search index is deferred: the
    // search index may want merging now (SearchIndexMerger).
    void lastPullPageApplied();

private:
    Status migrate();
    Status execute(const QString &sql);
    // mustExist: an update or delete, of a row that must be on the device.
    Status writeLocalMutation(const protocol::Mutation &mutation, bool mustExist = false);
    // The outbox's numbering: the last mid and HLC, read from the settings inside a write
    // transaction and stored back before it commits (once for a whole batch).
    struct Sequence
    {
        qint64 lastMid = 0;
        std::uint64_t hlc = 0;
    };
    Sequence readSequence() const;
    Status storeSequence(const Sequence &sequence);
    // One mutation inside a transaction the caller began and commits, without telling the views;
    // its mid and HLC are the next of `sequence`, which is left at them.
    Status applyLocalMutation(const protocol::Mutation &mutation, bool mustExist, Sequence &sequence);
    // The HLC receive rule: a timestamp seen from the daemon moves the device's HLC past it, so
    // that an edit made after seeing a value is stamped after it, however slow this clock is.
    Status observeHlc(std::uint64_t remote);
    // After a pulled page was saved: tells the views which rows changed.
    void announcePulledRows(const QSet<QString> &tables, const QHash<QString, QStringList> &rowIds);
    Status writeSiteMarker();
    Result<Recovery> importUnsent(const UnsentSalvage &salvage, bool asSameDevice);

    QString m_connectionName;
    QString m_path;
    QString m_siteId;
    const Clock &m_clock;
    // On the connection, made by open() (StoreRows.h, ShadowRows.h).
    std::unique_ptr<StoreRows> m_rows;
    std::unique_ptr<ShadowRows> m_shadows;
    // The second connection, on its own thread, made by open() (StoreWorker.h).
    std::unique_ptr<StoreWorker> m_worker;
    bool m_deferSearchIndexMerge = false;
    int m_inlineRebuildRows = kInlineSearchIndexRebuildRows;
    QLocale m_nameLocale;
    QString m_nameCollation; // what orders names on the connection (NameCollation::install)
    int m_scrubAttempts = 3;
    int m_scrubWaitMs = 2000;
};

} // namespace commonroom
