#pragma once

#include "common/Result.h"

#include <QString>

namespace commonroom {

// Keeps the session token of a profile. The token lives in a file of the profile directory
// readable by its owner only (mode 0600); it is never written into the database, which a user
// may copy or back up. Passwords are never stored.
class TokenStore
{
public:
    explicit TokenStore(QString profileDir);

    Status save(const QString &token);
    QString load() const;
    Status clear();
    // Where the token is kept, to tell the user.
    QString description() const;

private:
    QString m_path;
};

} // namespace commonroom
