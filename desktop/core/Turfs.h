#pragma once

#include "PeopleSearch.h"

#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace commonroom {

class LocalStore;

// A turf and how far its canvass has gone (counted from this device's copy).
struct Turf
{
    QString id;
    QString name;
    QString state; // open or closed
    int doors = 0; // active doors
    int visited = 0; // doors with an outcome
    int conversations = 0; // doors whose latest outcome was a conversation (talked, refused)
    int supporters = 0; // doors whose latest support was 4 or 5
    QStringList canvassers; // names of those whose assignment is open now
};

// A door of a turf: the person and what this device holds of them (for a canvasser: the fields
// the person shows to leaders, common/Turfs.h), with the latest outcome recorded there.
struct TurfDoor
{
    QString personId;
    QString name;
    QString address;
    QString phone;
    QString neighbourhood;
    QString languages;
    QString street; // as written, for headings
    QString outcome; // the latest; empty when no one knocked yet
    int support = 0; // of the latest outcome; 0 = none given
    QString note;
    QString recordedAt;
};

struct TurfAssignment
{
    QString id;
    QString turfId;
    QString turfName;
    QString canvasserId;
    QString canvasserName;
    QDateTime startsAt;
    QDateTime endsAt;
    QString state; // active or withdrawn
    bool open = false; // active and within its window now, by this device's clock
};

// A proposed cut: turfs of up to a number of doors, each a neighbourhood's streets in order.
struct TurfPlan
{
    QString name;
    QStringList personIds;
};
struct CutPlan
{
    std::vector<TurfPlan> turfs;
    int withoutAddress = 0; // selected people whose address this device does not hold
};

// Turfs and canvassing (docs/organizing.md, "Turfs and canvassing"), offline like every edit: the
// row and its outbox entry in one local transaction. Leaders cut people into turfs, assign a turf
// to a member for a window and withdraw it; the canvasser records what happened at each door. A
// canvasser's device holds a turf only while an assignment of it to them is open: the daemon
// decides, by its clock.
class Turfs
{
    Q_DECLARE_TR_FUNCTIONS(Turfs)

public:
    explicit Turfs(LocalStore &store);

    // Whether the signed-in user may cut, change and assign turfs (leaders and admins).
    bool mayEdit() const;
    // Whether they may record outcomes at the turf's doors now: a leader, or a member with an
    // open assignment of it on this device.
    bool mayCanvass(const QString &turfId) const;

    // The people `query` selects whose address this device holds, grouped by neighbourhood and
    // street into turfs of at most `maxDoors` doors, named after them (after `prefix`, if any).
    Result<CutPlan> plan(const PeopleQuery &query, int maxDoors, const QString &prefix = {}) const;
    // Makes the planned turfs with their doors; returns their ids.
    Result<QStringList> cut(const CutPlan &plan);

    Result<QString> create(const QString &name);
    Status rename(const QString &turfId, const QString &name);
    Status setOpen(const QString &turfId, bool open);
    Status addDoor(const QString &turfId, const QString &personId);
    Status removeDoor(const QString &turfId, const QString &personId);

    // Assigns the turf to a member from `startsAt` to `endsAt`; returns the assignment's id.
    Result<QString> assign(
        const QString &turfId, const QString &canvasserId, const QDateTime &startsAt, const QDateTime &endsAt);
    Status withdraw(const QString &assignmentId);

    // Records what happened at the person's door: an outcome of turfs::kOutcomes, support 1–5 (or
    // none), a note. Returns the outcome's id.
    Result<QString> record(const QString &turfId, const QString &personId, const QString &outcome,
        std::optional<int> support = std::nullopt, const QString &note = {});

    // The turfs this device holds, by name, with their progress.
    Result<std::vector<Turf>> list() const;
    // The same without who is canvassing them, read on `db` (the organizing report reads it on the
    // store's worker connection).
    static Result<std::vector<Turf>> readProgress(const QSqlDatabase &db);
    Result<Turf> byId(const QString &turfId) const;
    // The turf's active doors in walking order: by street, house number, then name.
    Result<std::vector<TurfDoor>> doors(const QString &turfId) const;
    // The turf's assignments, newest first; all of them when `turfId` is empty.
    Result<std::vector<TurfAssignment>> assignments(const QString &turfId = {}) const;
    // The signed-in user's open assignments.
    Result<std::vector<TurfAssignment>> mine() const;

    // The translated name of an outcome key.
    static QString outcomeName(const QString &outcome);

private:
    QString nameOf(const QString &personId) const;
    Status checkName(const QString &name) const;

    LocalStore &m_store;
};

} // namespace commonroom
