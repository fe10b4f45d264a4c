#include "GroupMessages.h"

namespace commonroom {

QString GroupMessages::refusal(const Error &error, const QString &group, const QString &person)
{
    const std::string &code = error.code;
    const QString detail = QString::fromStdString(error.message);
    if (code == "not_signed_in")
        return tr("Sign in first: a group needs a first curator.");
    if (code == "no_group")
        return tr("This group is not on this computer any more. Sync, then try again.");
    if (code == "terms")
        return tr("To join %1, accept its terms.").arg(group);
    if (code == "already_member")
        return tr("You are already a member of %1.").arg(group);
    if (code == "already_requested")
        return tr("Your request to join %1 already waits for a curator.").arg(group);
    if (code == "closed")
        return tr("%1 takes new members by invitation of its curators only.").arg(group);
    if (code == "not_member")
        return tr("This membership is not on this computer any more. Sync to see where it stands.");
    if (code == "no_request")
        return person.isEmpty() || group.isEmpty()
            ? tr("This request was answered or withdrawn meanwhile. Sync to see where it stands.")
            : tr("The request of %1 to join %2 was answered or withdrawn meanwhile. Sync to see where it stands.")
                  .arg(person, group);
    if (code == "already_in_group")
        return tr("%1 already has a membership, request or invitation in %2.").arg(person, group);
    if (code == "last_curator")
        return tr("%1 needs at least one curator: make someone else curator first.").arg(group);
    if (code == "own_membership")
        return tr("To leave %1 yourself, use Leave group.").arg(group);
    if (code == "forbidden")
        return tr("The community's rules do not allow this: %1").arg(detail);
    return tr("This could not be done: %1").arg(detail);
}

QString GroupMessages::sentLater()
{
    return tr("The change will be sent at the next sync.");
}

} // namespace commonroom
