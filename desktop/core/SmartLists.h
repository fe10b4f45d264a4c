#pragma once

#include "PeopleSearch.h"

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace commonroom {

class LocalStore;

// A saved search of the people (docs/organizing.md, "Smart lists").
struct SmartList
{
    QString id;
    QString name;
    PeopleQuery query; // what it selects, read from its definition
    QString definition; // the definition as stored (versioned JSON, common/SmartLists.h)
    bool shared = false; // with leaders and admins; otherwise its owner's alone
    QString ownerId;
    QString createdAt;
    // Empty, or why this device cannot read the definition (a newer version, damage): such a
    // list selects nobody and says so rather than showing everyone.
    QString problem;
};

// Smart lists, offline like every edit: saving one writes the row and its outbox entry in one
// local transaction; evaluating one is a PeopleSearch of its definition on this device's copy.
// A leaders' tool: members and applicants may neither save nor hold one. Who holds a list is the
// daemon's answer (a private list reaches its owner's devices alone).
class SmartLists
{
    Q_DECLARE_TR_FUNCTIONS(SmartLists)

public:
    explicit SmartLists(LocalStore &store);

    // Whether the signed-in user may save smart lists (leaders and admins).
    bool maySave() const;

    // Saves `query` as a list named `name`, private unless `shared`. Refused, naming the list and
    // the cause, when the name is empty or too long, a criterion is out of range (a level off the
    // ladder, a day not written YYYY-MM-DD, an area of contributions that is not one, a tag or
    // group this device does not hold), the query selects by nothing, or the user is not a
    // leader. Returns the new id.
    Result<QString> save(const QString &name, const PeopleQuery &query, bool shared = false);
    // Changes the list's criteria (and its name, when not empty); its owner only.
    Status update(const QString &id, const QString &name, const PeopleQuery &query);
    // Deletes the list: its owner, or an admin for a shared one.
    Status remove(const QString &id);

    // The lists this device holds, by name.
    Result<std::vector<SmartList>> list() const;
    // The list with this id; a "not_found" error naming it when the device holds none.
    Result<SmartList> byId(const QString &id) const;

    // The live count of the people the list selects on this device.
    Result<qint64> count(const SmartList &list) const;
    // Its people, a page at a time, in name (or, with text, rank) order.
    PeopleSearch search(const SmartList &list) const;

    // The query a definition selects, and the definition of a query (tagId and tagIds together).
    static PeopleQuery queryOf(const QString &definition, const QString &listName, QString *problem = nullptr);
    static QString definitionOf(const PeopleQuery &query);

private:
    Status check(const QString &name, const PeopleQuery &query) const;
    Result<SmartList> read(const QString &id) const;

    LocalStore &m_store;
};

} // namespace commonroom
