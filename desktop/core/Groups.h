#pragma once

#include "common/Result.h"
#include "common/Value.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

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

    // The groups on this device that have a name, in name order (ignoring case), for choosing one.
    std::vector<Named> named() const;

    struct Person
    {
        QString id;
        QString name;
        QString area;
    };

    // People of this device whose name starts with `prefix` (ignoring case; "%" and "_" are
    // letters like any other), in name order, at most `limit`: whom to suggest for an invitation.
    std::vector<Person> peopleNamedFrom(const QString &prefix, int limit) const;
    // The ids of the people called exactly `name` (ignoring case), at most `limit`.
    QStringList peopleCalled(const QString &name, int limit) const;

    // Whether the signed-in person could join the group now, as join() would do it.
    struct JoinOffer
    {
        bool offered = false; // invited, or outside a group that is not closed
        bool allowed = false; // and the shared rules let them (common/Authorization.h), as the daemon will judge
        bool invitation = false; // joining accepts an invitation
        QString state; // what joining gives: "active", or "pending" (a request)
    };
    JoinOffer joinOffer(const QString &groupId) const;

    // Whether the signed-in person may create a group, by the shared rules (leaders and admins);
    // the error says who may.
    Status mayCreate() const;
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

    struct Summary
    {
        QString id;
        QString name;
        QString kind;
        int activeMembers = 0;
        QString myState; // the signed-in person's membership: active, pending, invited, …; empty: none
        QString myRole; // member or curator, with myState
    };
    // Every group on the device by name, with its active members and how the signed-in person
    // stands in it.
    Result<std::vector<Summary>> summaries() const;

    struct Member
    {
        QString membershipId;
        QString personId;
        QString name; // empty when not on the device or not shared
        QString state;
        QString role;
        QString message;
    };
    // The group's memberships of every state, by role (members, then curators), state and name.
    Result<std::vector<Member>> members(const QString &groupId) const;

    // ---- the lists of the groups window and the dashboards

    // A group as the groups window lists it.
    struct Listed
    {
        QString id;
        QString name;
        QString kind; // may be empty when not shared
        QString description;
        QString terms; // empty when the group has none (or they are not shared)
        int members = 0; // active memberships
        int curators = 0; // active curators
        int pending = 0; // requests waiting for a curator
        QString myMembershipId; // the signed-in person's membership, as membershipOf() finds it; empty: none
        QString myState;
        QString myRole;
        bool canCurate = false; // the shared rules let the signed-in person approve the group's requests
    };
    // Every group on the device by name (unnamed last), with its counts and how the signed-in
    // person stands in it, in one query: the counts read the index membership_by_group_state.
    Result<std::vector<Listed>> listed() const;

    struct MyGroup
    {
        QString id;
        QString name;
        QString role; // member or curator
    };
    // The groups the signed-in person is an active member of, by name, once each; empty when
    // nobody is signed in. One query over their own memberships (membership_by_person), so it
    // stays cheap with a million people.
    Result<std::vector<MyGroup>> mine() const;

    // `count` memberships of the group from `offset`, in the order of its page: requests waiting
    // for a curator, curators, members, invitations, declined ones, each by name (people without
    // a name on this device last), then by id.
    Result<std::vector<Member>> membersPage(const QString &groupId, int offset, int count) const;
    // The group's active curators by name (empty names last): person id and name.
    Result<std::vector<Named>> curators(const QString &groupId) const;

    struct Request
    {
        QString membershipId;
        QString groupId;
        QString groupName; // empty when the group has no name
        QString personId;
        QString personName; // empty when not on the device or not shared
        QString message; // what the person wrote with the request
        QDateTime requestedAt; // invalid when the request does not say
    };
    struct Inbox
    {
        std::vector<Request> oldest; // at most the limit asked for, the longest waiting first
        QHash<QString, int> waiting; // every request waiting, by group id
        bool answers = false; // whether they answer any group's requests (a leader, or a curator)
    };
    // Requests to join that the signed-in person may answer: pending memberships of the groups
    // they curate (of every group for leaders and admins), by the rule the daemon approves with
    // (common/Authorization.h); none when nobody is signed in. The oldest `limit` of them, and
    // how many wait in each group. Read through the indexes of pending requests
    // (membership_pending, membership_requests): a large community has tens of thousands.
    Result<Inbox> requestsToAnswer(int limit) const;

private:
    // The membership that joining writes: a new one, or the invitation accepted.
    struct JoinPlan
    {
        QString invitationId; // the membership updated; empty: a new membership is created
        FieldMap fields;
        QString state;
        std::string groupKind;
        bool groupHasTerms = false;
    };

    QString me() const;
    Result<JoinPlan> planJoin(const QString &groupId, bool acceptTerms, const QString &message) const;

    LocalStore &m_store;
};

} // namespace commonroom
