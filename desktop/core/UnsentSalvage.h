#pragma once

#include <QString>

#include <map>
#include <optional>
#include <utility>
#include <vector>

namespace commonroom {

// What can still be read of the unsent changes in a local database that may be damaged: the
// outbox entries, the device's settings, and for each row those changes touch, its last synced
// state (the shadow, else the row itself). Reading never writes to the file: it is opened
// read-only, and every part is read on its own, so one bad page costs only what is on it.
// LocalStore::recover() and LocalStore::salvageFrom() write the result into a sound database.
struct UnsentSalvage
{
    struct Change
    {
        qint64 mid = 0;
        QString table;
        QString rowId;
        QString fields; // JSON, as in the outbox
        quint64 hlc = 0;
        bool deleted = false;
        qint64 createdMs = 0;
    };
    struct Base
    {
        bool present = false; // false: the daemon had no such row
        QString fields; // JSON
    };

    // Reads the database at `path`; a file that cannot be opened at all gives an empty salvage.
    static UnsentSalvage read(const QString &path);

    std::map<QString, QString> settings;
    std::vector<Change> changes; // in mid order
    std::map<std::pair<QString, QString>, Base> bases; // (table, id) -> last synced state
    // Unsent changes the file shows existed (their mids lie between the first one read and the
    // device's last mid) but that could not be read.
    qint64 unreadable = 0;
};

} // namespace commonroom
