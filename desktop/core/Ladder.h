#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace commonroom {

class LocalStore;

// One step on a person's leadership ladder: who placed them at which level, when, and why.
struct Assessment
{
    QString id;
    QString personId;
    int level = 0;
    QString note;
    QString assessedBy; // person id of the leader
    QString assessedByName; // as this device knows them; empty when it does not
    QDateTime assessedAt; // UTC
};

// A note a leader keeps about a person; never on the person's own device.
struct LeaderNote
{
    QString id;
    QString personId;
    QString authorId;
    QString authorName;
    QDateTime writtenAt; // UTC
    QString text;
};

// The leadership ladder and leader notes (docs/organizing.md), offline like every edit: an
// assessment or a note is written with its outbox entry in one local transaction. The person's
// current level is their latest assessment (by assessed_at, then id: common/Ladder.h); the
// daemon keeps person.leadership_level at it. Who may see and write them is the rule table's
// and the privacy projection's answer (common/Authorization.h, common/Privacy.h), the same the
// daemon gives.
class Ladder
{
    Q_DECLARE_TR_FUNCTIONS(Ladder)

public:
    explicit Ladder(LocalStore &store);

    // The community's name of `level` ("Contact" … "Core leader"), translated; empty off the ladder.
    static QString levelName(int level);
    static int lowestLevel();
    static int highestLevel();

    // Whether the signed-in user receives assessments, and notes about `personId`.
    bool maySeeAssessments() const;
    bool maySeeNotesAbout(const QString &personId) const;
    // Whether the signed-in user may assess, and write a note about `personId`.
    bool mayAssess() const;
    bool mayWriteNoteAbout(const QString &personId) const;

    // Places the person at `level`, now, by the signed-in leader. A level off the ladder is
    // refused with a message naming the person, the level and the range. Returns the new id.
    Result<QString> assess(const QString &personId, int level, const QString &note = {});
    // The person's assessments, newest first (the first is the current level); an error ("storage",
    // or "damaged" for a damaged file) when the device cannot read them, never an empty list.
    Result<std::vector<Assessment>> history(const QString &personId) const;
    // The latest assessment alone (one read of one row), nullopt when the person has none.
    Result<std::optional<Assessment>> current(const QString &personId) const;

    Result<QString> addNote(const QString &personId, const QString &text);
    // Newest first; an error like history's when the device cannot read them.
    Result<std::vector<LeaderNote>> notes(const QString &personId) const;

private:
    // The person's name as this device holds it, for messages; the id when it holds none.
    QString nameOf(const QString &personId) const;
    Status checkPerson(const QString &personId) const;
    // The person's newest `limit` assessments (all of them for -1), newest first.
    Result<std::vector<Assessment>> assessments(const QString &personId, int limit) const;

    LocalStore &m_store;
};

} // namespace commonroom
