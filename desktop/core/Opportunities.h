#pragma once

#include "common/Result.h"
#include "common/Value.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <vector>

namespace commonroom {

class LocalStore;

// What a group asks of its members (docs/organizing.md, "Opportunities").
struct Opportunity
{
    QString id;
    QString groupId;
    QString groupName; // empty when the device holds no name for the group
    QString title;
    QString description;
    QString skills; // free text: the skills wanted
    QString languages; // free text: the languages wanted
    QString area; // a key of common/Contributions.h; Contributions::areaName shows it
    QString commitment; // free text: "2 hours a week"
    QString startsOn; // YYYY-MM-DD or empty
    QString endsOn;
    int places = 1;
    int filled = 0; // people accepted: the daemon's count, or more accepted on this device since
    bool open = true;
    QString postedBy;
    QString postedAt;
    QString myState; // the signed-in person's interest: interested, withdrawn, accepted, declined; empty: none
    int interested = 0; // interests waiting for an answer that this device holds (curators and leaders hold them)

    int openPlaces() const { return places > filled ? places - filled : 0; }
};

// What a curator or a leader posts, or edits.
struct OpportunityDraft
{
    QString title;
    QString description;
    QString skills;
    QString languages;
    QString area;
    QString commitment;
    QDate startsOn; // invalid: none
    QDate endsOn;
    int places = 1;
};

// Someone's interest in an opportunity, as the device holds it (their own, or, for the group's
// curators and leaders, everyone's).
struct OpportunityInterest
{
    QString id;
    QString opportunityId;
    QString personId;
    QString personName; // empty when the device holds no name
    QString state; // interested, withdrawn, accepted, declined
    QString message;
    QString changedBy;
    QString changedAt;
};

// Opportunities (docs/organizing.md, "Opportunities"), offline like every edit: posting, editing,
// closing, saying one is interested or withdrawing, accepting and declining each write a row and
// its outbox entry in one local transaction. An interest's id is derived from its opportunity and
// person (common/Opportunities.h), so two devices of one person write one row. Who may do what is
// the rule table's answer, as on the daemon; who sees what is the daemon's: a member's device
// holds their own interests only, a curator's those of the groups they curate.
class Opportunities
{
    Q_DECLARE_TR_FUNCTIONS(Opportunities)

public:
    explicit Opportunities(LocalStore &store);

    static int maxPlaces();
    // "Interested", "Withdrawn", "Accepted", "Declined", translated.
    static QString stateName(const QString &state);

    // Whether the signed-in user may post or edit the group's opportunities (its curators, leaders,
    // admins), say they are interested (members), and answer interest in the group's opportunities.
    bool mayPost(const QString &groupId) const;
    bool maySayInterested() const;
    bool mayAnswer(const QString &groupId) const;
    // Why the signed-in user may not post in the group; empty when they may.
    QString whyNotPost(const QString &groupId) const;

    Result<QString> post(const QString &groupId, const OpportunityDraft &draft);
    Status edit(const QString &opportunityId, const OpportunityDraft &draft);
    Status close(const QString &opportunityId);
    Status reopen(const QString &opportunityId);

    // The signed-in person's interest (with an optional message), and their withdrawal.
    Status interested(const QString &opportunityId, const QString &message = {});
    Status withdraw(const QString &opportunityId);
    // A curator's or a leader's answer to someone's interest. Accepting is refused while no place
    // is open, naming the opportunity.
    Status accept(const QString &opportunityId, const QString &personId);
    Status decline(const QString &opportunityId, const QString &personId);

    Result<Opportunity> byId(const QString &opportunityId) const;
    // The group's opportunities, open ones first, newest first; every group's when `groupId` is empty.
    Result<std::vector<Opportunity>> list(const QString &groupId = {}) const;
    // Open opportunities that match the signed-in person's profile (opportunities::matches: a word
    // of their skills or interests among the skills wanted or naming the area, a language they
    // speak among those wanted), with an open place or their own interest in them; newest first.
    Result<std::vector<Opportunity>> matchingMe() const;
    // The interests in the opportunity this device holds: waiting ones first, then accepted,
    // declined, withdrawn, each by name.
    Result<std::vector<OpportunityInterest>> interests(const QString &opportunityId) const;

private:
    QString nameOf(const QString &personId) const;
    Result<std::vector<Opportunity>> select(const QString &where, const QVariantList &values) const;
    FieldMap draftFields(const OpportunityDraft &draft) const;
    Status checkDraft(const OpportunityDraft &draft) const;
    Status setOwnState(const QString &opportunityId, const QString &state, const QString &message);
    Status answer(const QString &opportunityId, const QString &personId, const QString &state);
    Status setOpen(const QString &opportunityId, bool open);

    LocalStore &m_store;
};

} // namespace commonroom
