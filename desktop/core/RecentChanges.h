#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <vector>

namespace commonroom {

class LocalStore;

// "Recent changes in my groups" for the Home dashboard: the group and membership rows that sync
// brought for the groups the signed-in person is an active member of, newest first.
//
// The source is deliberately small and cheap. The device keeps no history of synced rows, so
// this records, as each pull page is saved (LocalStore::rowsPulled), which of its rows belong to
// one of my groups: a few index lookups per page, in a device-local table `recent_change` that is
// not synced and holds only ids and the time the change arrived — never a value. What such an entry
// says is read from the rows as they are now, so a row since removed or hidden drops out and
// nothing a user may no longer see is kept here. Only the newest kKeep entries are kept.
// Nothing is recorded while the device fetches its first or a fresh full copy (everything would
// look new). A membership row deleted (someone left) drops out rather than showing as a change.
class RecentChanges : public QObject
{
    Q_OBJECT

public:
    static constexpr int kKeep = 100;

    struct Entry
    {
        qint64 atMs = 0; // when the change reached this device
        QString table; // "group" or "membership"
        QString rowId;
        QString groupId;
    };

    explicit RecentChanges(LocalStore &store, QObject *parent = nullptr);

    // The recorded changes whose rows are still on the device, newest first.
    std::vector<Entry> entries() const;

    // Records the pulled `ids` of `table` that concern my groups (connected to rowsPulled).
    void record(const QString &table, const QStringList &ids);

Q_SIGNALS:
    void changed();

private:
    bool ensureTable() const;

    LocalStore &m_store;
};

} // namespace commonroom
