#pragma once

#include "common/Result.h"
#include "common/Value.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace commonroom {

class LocalStore;

// A pair of people the daemon flagged as likely the same person: at a push for the same email,
// phone or folded name, or by its scan of the whole directory for alike people (docs/dedupe.md).
// Leaders see these; a leader merges the pair or dismisses it.
struct DuplicateCandidate
{
    QString id; // chosen by the daemon; tells nothing of the pair (docs/events.md, "Ids")
    QString personA; // the smaller id of the pair
    QString personB;
    QStringList reasons; // what the two have in common: "email", "phone", "name", "area"
    int score = -1; // how likely the two are one person, in thousandths; -1: not scored
    int namesAlike = -1; // how alike the names are, in hundredths; -1: not scored
    QString state; // "open", "merged" or "dismissed"
    QString keptId; // after a merge: the person kept
    QString mergedBy; // person id of the leader who merged or dismissed
    QDateTime decidedAt; // UTC
};

// Duplicate review and merge, offline like every edit.
//
// merge() keeps one person and folds the other into it in one local transaction per row:
// fields chosen by the leader are written to the kept person; every registration of the
// duplicate moves to the kept person (check-in histories are united, so no attendance is lost);
// every membership moves too (or is dropped when the kept person already has one in that
// group); the duplicate is then deleted (a tombstone), which the daemon allows leaders only for a
// flagged pair whose merged_into it received. The daemon keeps the duplicate's whole record (a
// device never holds it), so that a merge can be undone (commonroom-cli events restore).
class Duplicates
{
public:
    explicit Duplicates(LocalStore &store);

    // Open candidates first, the likeliest first (then newest first); then decided ones.
    std::vector<DuplicateCandidate> candidates(bool includeDecided = false) const;
    std::optional<DuplicateCandidate> candidate(const QString &candidateId) const;
    // Both records side by side (what this device may see of them); nullopt if missing.
    std::optional<FieldMap> person(const QString &personId) const;

    // What a merge would move of a person, as far as this device holds it.
    struct History
    {
        int registrations = 0; // not cancelled
        int attended = 0;
        int activeGroups = 0;
    };
    History history(const QString &personId) const;

    // Keeps `keepId` (one of the pair), applies `chosenFields` (field -> value the leader chose
    // in the dialog; may be empty) to it, moves registrations and memberships of the other one,
    // deletes it, and marks the candidate merged.
    Status merge(const QString &candidateId, const QString &keepId, const FieldMap &chosenFields = {});
    // The open pairs scoring at least `minScore` (thousandths), the likeliest first.
    std::vector<DuplicateCandidate> likely(int minScore) const;
    // Merges each of likely(minScore), filling in what only the other has, and keeping the one
    // who holds an account (the daemon never merges them away), else the one with more
    // registrations and groups, else the smaller id. A pair of two account holders, or one of
    // whose people went in an earlier merge of the same run, is left open. Returns how many pairs
    // were merged; stops at the first failure, the merges before it kept.
    Result<int> mergeLikely(int minScore);
    static constexpr int kLikelyScore = 980;

    // Marks the pair as not duplicates; it is not flagged again.
    Status dismiss(const QString &candidateId);

    // The id of the candidate of a pair (order does not matter), if this device holds one.
    std::optional<QString> candidateOf(const QString &personA, const QString &personB) const;

private:
    QString me() const;

    LocalStore &m_store;
};

} // namespace commonroom
