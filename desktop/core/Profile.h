#pragma once

#include "common/Result.h"

#include <QString>

namespace commonroom {

// A device's local data: one directory holding the database and the session token. Two
// profiles on one machine behave as two devices.
class Profile
{
public:
    // `dir` empty means the default: $XDG_DATA_HOME/commonroom (~/.local/share/commonroom).
    explicit Profile(QString dir = {});

    QString dir() const { return m_dir; }
    QString databasePath() const;
    // Creates the directory (mode 0700) if needed.
    Status ensureExists() const;

private:
    QString m_dir;
};

} // namespace commonroom
