#pragma once

#include "common/Result.h"

#include <QString>

#include <optional>
#include <vector>

namespace commonroom {

class LocalStore;

// Group workflows on the device, offline like every edit: create a group, join it (at once for
// an open group, as a request for a reviewed one, by accepting an invitation for a closed one),
// leave it, and — for curators — approve, decline, invite (again, after a decline), appoint and
// dismiss curators and remove members. The daemon decides on each change with the same rules
// (common/Authorization.h) and keeps every group with at least one curator.
//
// Errors carry stable codes (no_group, terms, already_member, already_requested, closed,
// not_member, no_request, already_in_group, last_curator, own_membership, not_signed_in) so that
// the window can say them in the user's language; the message is the English fallback.
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

    struct Named
    {
        QString id;
        QString name;
    };

    // The groups on this device that have a name, in name order (ignoring case).
    std::vector<Named> named() const;

    // Creates the group with the signed-in person as its first curator; returns its id.
    Result<QString> create(
        const QString &name, const QString &kind, const QString &description = {}, const QString &terms = {});
    // Returns the state the membership got: "active", "pending" (a request) or an error saying why not.
    Result<QString> join(const QString &groupId, bool acceptTerms, const QString &message = {});
    Status leave(const QString &groupId);
    Status decide(const QString &membershipId, bool approve, const QString &message = {});
    // Invites the person; someone whose request was declined (or who declined) is invited again.
    Status invite(const QString &groupId, const QString &personId);
    Status appointCurator(const QString &groupId, const QString &personId);
    // A curator's decisions about someone else's membership: take it away (membership deleted),
    // or make a curator an ordinary member again. Neither may leave the group without a curator.
    Status removeMember(const QString &membershipId);
    Status dismissCurator(const QString &membershipId);
    // Active curators of the group.
    int curatorCount(const QString &groupId) const;

    std::optional<Membership> membershipOf(const QString &groupId, const QString &personId) const;

private:
    QString me() const;

    LocalStore &m_store;
};

} // namespace commonroom
