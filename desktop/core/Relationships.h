#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace commonroom {

class LocalStore;

// One relationship as seen from a person: the kind and the other person. For brought_in_by,
// `recruiter` says which way it goes: true when the other person brought this one in.
struct RelatedPerson
{
    QString kind; // family, colleague, neighbour or brought_in_by (common/Relations.h)
    QString personId; // the other person
    QString displayName; // as this device holds it; the id when it holds none
    bool recruiter = false;
};

// Someone in the tree of whom a person brought in: brought in by `parentId`, `depth` steps below
// the person the tree is of (1: brought in by them).
struct Recruit
{
    QString personId;
    QString displayName;
    QString parentId;
    int depth = 1;
};

// Relationships between people (docs/organizing.md, "Households and relationships"), offline like
// every edit. A relationship's id is derived from its kind and people (common/Relations.h), so
// relating two people twice, or from both sides, or on two devices offline, writes one row;
// unrelating sets it inactive. A person has one recruiter ("brought in by"), and no chain of
// recruiters goes round. Leaders' tools: members and applicants hold none of it.
class Relationships
{
    Q_DECLARE_TR_FUNCTIONS(Relationships)

public:
    explicit Relationships(LocalStore &store);

    // The kinds, in the order they are offered, and their names shown to people.
    static QStringList kinds();
    static QString kindName(const QString &kind);

    // Whether the signed-in user may relate and unrelate people, and see relationships at all.
    bool mayEdit() const;

    // Relates the two: for brought_in_by, `personId` was brought in by `otherId` (replacing any
    // recruiter they had). Relating them again changes nothing.
    Status relate(const QString &personId, const QString &kind, const QString &otherId);
    Status unrelate(const QString &personId, const QString &kind, const QString &otherId);

    // The person's relationships, by kind then name: their recruiter, the people they brought in
    // and the others.
    Result<std::vector<RelatedPerson>> of(const QString &personId) const;
    // Who brought them in, if anyone is recorded.
    Result<std::optional<RelatedPerson>> recruiterOf(const QString &personId) const;
    // The people they brought in, and those these brought in, and so on (at most `maxDepth`
    // steps), as a tree walked depth first: each recruit after the one who brought them in,
    // siblings by name.
    Result<std::vector<Recruit>> recruits(const QString &personId, int maxDepth = 20) const;

private:
    QString nameOf(const QString &personId) const;
    Status check(const QString &personId, const QString &kind, const QString &otherId) const;

    LocalStore &m_store;
};

} // namespace commonroom
