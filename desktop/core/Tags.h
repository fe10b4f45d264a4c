#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace commonroom {

class LocalStore;

// A tag of the community ("needs follow-up", "speaks Arabic", "has a car").
struct Tag
{
    QString id;
    QString name;
    bool forMembers = false; // seen by members too; otherwise by leaders and admins only
    int people = 0; // how many people this device holds it applied to
};

// Someone a tag is applied to.
struct TaggedPerson
{
    QString personId;
    QString displayName; // as this device holds it; empty when it holds none
};

// Tags (docs/organizing.md, "Tags"), offline like every edit: a tag, or applying or removing one,
// is written with its outbox entry in one local transaction. A tag's visibility is chosen when it
// is made and never changes; applying a tag to a person writes the one row whose id is derived
// from both (common/Tags.h), so two leaders tagging one person offline make one application.
// Who may see and change them is the rule table's and the privacy projection's answer, as on
// the daemon.
class Tags
{
    Q_DECLARE_TR_FUNCTIONS(Tags)

public:
    explicit Tags(LocalStore &store);

    // Whether the signed-in user may make, apply or remove, and delete tags.
    bool mayCreate() const;
    bool mayApply() const;
    bool mayDelete() const;

    // A new tag, for leaders only unless `forMembers`. A name the community already uses
    // (whatever its case) is refused naming the tag that has it. Returns the new id.
    Result<QString> create(const QString &name, bool forMembers = false);
    // Every tag this device holds, by name, with the number of people it is applied to.
    Result<std::vector<Tag>> list() const;
    // The tag named `name` (whatever its case); a "not_found" error naming it when there is none.
    Result<Tag> byName(const QString &name) const;

    // Applies the tag to the person, or removes it; applying twice changes nothing.
    Status apply(const QString &tagId, const QString &personId);
    Status remove(const QString &tagId, const QString &personId);
    // Admins only: the tag goes, and with it every application of it.
    Status deleteTag(const QString &tagId);

    // The tags applied to the person, by name.
    Result<std::vector<Tag>> tagsOf(const QString &personId) const;
    // The people the tag is applied to, by name: the People list's filter.
    Result<std::vector<TaggedPerson>> people(const QString &tagId) const;

private:
    QString nameOf(const QString &personId) const;
    Result<Tag> tagById(const QString &tagId) const;
    Status setApplied(const QString &tagId, const QString &personId, bool applied);

    LocalStore &m_store;
};

} // namespace commonroom
