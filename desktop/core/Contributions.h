#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace commonroom {

class LocalStore;

// One dated entry of what a person gave, or of a touch-point with them (docs/organizing.md).
struct Contribution
{
    QString id;
    QString personId;
    QString area; // a key of common/Contributions.h ("advocacy"); Contributions::areaName shows it
    QString kind; // "contribution", "call", "meeting", "door_knock" or "message"
    std::optional<int> minutes; // the time given, when it was; shown as hours
    QString description;
    QDate doneOn;
    QString recordedBy;
    QString recordedByName; // as this device knows them; empty when it does not
    QDateTime recordedAt; // UTC
    QString confirmedBy; // empty while unconfirmed
    QString confirmedByName;
    QDateTime confirmedAt; // UTC; invalid while unconfirmed

    bool isConfirmed() const { return !confirmedBy.isEmpty(); }
};

// What a new entry says; the person, who records it and when are the service's to fill in.
struct NewContribution
{
    QString area;
    QString kind = QStringLiteral("contribution");
    std::optional<int> minutes;
    QString description;
    QDate doneOn; // invalid: today, in this device's calendar
};

// A person's entries in one area.
struct AreaTotal
{
    QString area;
    int entries = 0;
    int minutes = 0; // of the entries that give a time
    int confirmedMinutes = 0;
};

// Contributions and touch-points (docs/organizing.md), offline like every edit: an entry or a
// confirmation is written with its outbox entry in one local transaction. A member records their
// own entries, unconfirmed until a leader confirms them; a leader records anyone's, confirmed at
// once. The person and leaders see a person's entries; who may do what is the rule table's and the
// privacy projection's answer (common/Authorization.h, common/Privacy.h), the same the daemon gives.
class Contributions
{
    Q_DECLARE_TR_FUNCTIONS(Contributions)

public:
    explicit Contributions(LocalStore &store);

    // The community's areas and the kinds of entry, as keys, and their translated names.
    static QStringList areas();
    static QString areaName(const QString &area);
    static QStringList kinds();
    static QString kindName(const QString &kind);
    // "1.5 h" in the user's language; empty for no time.
    static QString hoursText(std::optional<int> minutes);
    static int maxMinutes();

    // Whether the signed-in user sees `personId`'s entries, and may record one for them.
    bool maySeeOf(const QString &personId) const;
    bool mayRecordFor(const QString &personId) const;
    bool mayConfirm() const;
    // Why the signed-in user may not record an entry for `personId`; empty when they may.
    QString whyNotRecordFor(const QString &personId) const;

    // Records an entry for `personId`, now, by the signed-in user: confirmed at once when a
    // leader records it. An area, kind, time or day the daemon would refuse is refused here first,
    // with a message naming the person and the value. Returns the new id.
    Result<QString> record(const QString &personId, const NewContribution &entry);
    // Confirms the entry `id` in the signed-in leader's name. An entry confirmed already keeps its
    // confirmation.
    Status confirm(const QString &id);

    // The person's entries, newest first (by the day done, then when recorded). An error names
    // the person and the cause when the device cannot read them.
    Result<std::vector<Contribution>> timeline(const QString &personId) const;
    // The person's entries by area, in the order of areas().
    Result<std::vector<AreaTotal>> totals(const QString &personId) const;
    // Every entry this device holds that waits for a leader's confirmation, oldest first.
    Result<std::vector<Contribution>> unconfirmed() const;

private:
    QString nameOf(const QString &personId) const;
    Result<std::vector<Contribution>> read(
        const QString &where, const QString &order, const QString &bound, const QString &what) const;

    LocalStore &m_store;
};

} // namespace commonroom
