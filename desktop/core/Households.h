#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace commonroom {

class LocalStore;

// A household: people who live together, named by leaders ("The Okafor family", "Flat 3B").
struct Household
{
    QString id;
    QString name;
    int people = 0; // how many people this device holds in it
};

// Someone in a household.
struct HouseholdPerson
{
    QString personId;
    QString displayName; // as this device holds it; the id when it holds none
};

// The address a household view shows: one of its people's own, when that person shows it to the
// signed-in user (their choice, private by default). Empty when none of them does.
struct HouseholdAddress
{
    QString address;
    QString personName; // whose it is
};

// Households (docs/organizing.md, "Households and relationships"), offline like every edit: the
// row and its outbox entry in one local transaction. A person is in at most one household: their
// placement is one row whose id is derived from them alone (common/Relations.h), so two leaders
// placing someone offline write one row and the later placement holds; leaving sets its
// household_id empty. A household has no address of its own. Leaders' tools: members and
// applicants hold none of it.
class Households
{
    Q_DECLARE_TR_FUNCTIONS(Households)

public:
    explicit Households(LocalStore &store);

    // Whether the signed-in user may make, rename and place people in households (leaders and
    // admins), and see them at all.
    bool mayEdit() const;

    // A new household; returns its id.
    Result<QString> create(const QString &name);
    Status rename(const QString &householdId, const QString &name);
    // Places the person in the household, taking them out of any other; placing them where they
    // are changes nothing.
    Status place(const QString &householdId, const QString &personId);
    // Takes the person out of their household; a person in none is told so.
    Status leave(const QString &personId);

    // Every household this device holds, by name, with how many people are in each.
    Result<std::vector<Household>> list() const;
    Result<Household> byId(const QString &householdId) const;
    // The people of a household, by name.
    Result<std::vector<HouseholdPerson>> people(const QString &householdId) const;
    // The household the person is in, if any.
    Result<std::optional<Household>> householdOf(const QString &personId) const;
    // The address to show for the household (see HouseholdAddress); nullopt when none is shown.
    Result<std::optional<HouseholdAddress>> address(const QString &householdId) const;

private:
    QString nameOf(const QString &personId) const;
    Status checkName(const QString &name) const;

    LocalStore &m_store;
};

} // namespace commonroom
