#pragma once

#include "common/Result.h"

#include <QString>

#include <optional>

namespace commonroom {

class LocalStore;

// Group workflows on the device, offline like every edit: create a group, join it (at once for
// an open group, as a request for a reviewed one, by accepting an invitation for a closed one),
// leave it, and — for curators — approve, decline, invite and appoint curators. The daemon
// decides on each change with the same rules (common/Authorization.h).
class Groups
{
public:
    explicit Groups(LocalStore &store);

    struct Membership
    {
        QString id;
        QString state;
        QString role;
    };

    // Creates the group with the signed-in person as its first curator; returns its id.
    Result<QString> create(
        const QString &name, const QString &kind, const QString &description = {}, const QString &terms = {});
    // Returns the state the membership got: "active", "pending" (a request) or an error saying why not.
    Result<QString> join(const QString &groupId, bool acceptTerms, const QString &message = {});
    Status leave(const QString &groupId);
    Status decide(const QString &membershipId, bool approve, const QString &message = {});
    Status invite(const QString &groupId, const QString &personId);
    Status appointCurator(const QString &groupId, const QString &personId);

    std::optional<Membership> membershipOf(const QString &groupId, const QString &personId) const;

private:
    QString me() const;

    LocalStore &m_store;
};

} // namespace commonroom
