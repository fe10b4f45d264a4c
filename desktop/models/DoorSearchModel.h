#pragma once

#include "desktop/core/Events.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QHash>
#include <QString>
#include <QTimer>

#include <memory>
#include <string>
#include <vector>

namespace commonroom {

class LocalStore;
class People;

// What the door search finds as the volunteer types, for the check-in view: registered people
// of the event first (those not yet checked in before those already in, then by name), then
// people of the whole directory, at most kLimit in all. The same answer as
// Events::searchAtDoor (the tests compare the two), answered by the device alone. With nothing
// typed it lists nobody, or — setGuestListWhenEmpty(), the door's view — the whole guest list:
// those still expected, then the waitlisted, then those checked in, each by name.
//
// The door is where speed matters: a key press must show its results at once, at an event of
// thousands in a directory of a million. So the model keeps the event's registrants in memory
// — id, name, its folded words (common/NameMatching), area, state, attendance — and matches
// every key press against that, with no query. The directory (PeopleSearch, the full-text
// index) is asked only when the registrants matched are fewer than kLimit, for the rest, and
// only once typing pauses (directoryDelay()): at a million people a directory search takes up to
// a couple of hundred milliseconds, which must not sit between two key presses. Its rows are
// appended below the registrants' (a model reset); completeNow() runs a pending one at once.
//
// The index follows the store: a registration change (a check-in here, another laptop's after a
// sync) re-reads states and attendance (one indexed query, no join); a person change re-reads
// the registrants whole. Both happen in refresh(), which runs once the event loop is free after
// a change (a burst of changes costs one) or when the search changes — never in the middle of
// a check-in. Both reads are the event's DoorRoll (Events::doorRoll), prepared once per event.
class DoorSearchModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int kLimit = 20;
    static constexpr int kDirectoryDelayMs = 250;

    enum Column { NameColumn, DetailColumn, StatusColumn, ColumnCount };
    enum ItemRole {
        PersonIdRole = Qt::UserRole, // (QString)
        RegisteredRole, // has a registration for the event, not cancelled (bool)
        AttendedRole, // checked in (bool)
    };

    // `events` gives the event's registrants, `people` the directory; `store` tells when
    // registrations or people change.
    DoorSearchModel(const Events &events, const People &people, LocalStore &store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setEventId(const QString &eventId);
    QString eventId() const { return m_eventId; }
    // Whether an empty search lists every registrant (the guest list) rather than nobody.
    void setGuestListWhenEmpty(bool guestList);
    // True when the rows are the guest list: setGuestListWhenEmpty() and nothing typed.
    bool showsGuestList() const;
    // Registrants with a seat who have not checked in yet (whatever is typed).
    int stillExpected() const { return m_stillExpected; }

    // Searches for `text` (empty: the guest list or no results); returns false and keeps the message in
    // errorText() when the search failed.
    bool setText(const QString &text);
    QString text() const { return m_text; }
    QString errorText() const { return m_error; }

    // How long typing must pause before the directory is searched (0: at once, with the registrants).
    void setDirectoryDelay(int milliseconds);
    int directoryDelay() const { return m_directoryDelayMs; }
    // Whether a directory search waits for a pause in typing.
    bool isDirectoryPending() const { return m_directoryTimer.isActive(); }
    // Runs a pending directory search now (Enter pressed before the pause).
    void completeNow();

    const DoorMatch *matchAt(int row) const;
    int rowOfPerson(const QString &personId) const;

    // "Expected", "Checked in", "Waitlisted", "Not registered".
    static QString describeStatus(const DoorMatch &match);
    // A tint for the status, drawn under the palette's own text so it reads in light and dark
    // themes alike: green when checked in, amber when waitlisted, grey when not registered.
    static QColor statusTint(const DoorMatch &match);

public Q_SLOTS:
    // Re-reads what changed, then runs the current search again.
    void refresh();

private:
    struct Registrant
    {
        QString personId;
        QString name;
        std::vector<std::string> words; // of the name, folded (NameMatching::words)
        QString area;
        QString state; // registered, waitlisted, cancelled
        bool attended = false;
    };

    void reloadRegistrants();
    void reloadStates();
    std::vector<DoorMatch> searchRegistrants(const QString &text) const;
    std::vector<DoorMatch> guestList() const;
    static DoorMatch matchOf(const Registrant &registrant);
    void searchDirectory();
    void appendDirectory(const QString &text, std::vector<DoorMatch> &matches);

    const Events &m_events;
    const People &m_people;
    LocalStore &m_store;
    std::unique_ptr<DoorRoll> m_roll; // of m_eventId
    QString m_eventId;
    QString m_text;
    QString m_error;
    std::vector<DoorMatch> m_rows;
    std::vector<Registrant> m_registrants; // by name, as a person reads it
    QHash<QString, std::size_t> m_registrantIndex; // person id -> position in m_registrants
    bool m_registrantsStale = true;
    bool m_statesStale = false;
    bool m_guestList = false;
    int m_stillExpected = 0;
    QTimer m_refreshTimer {this};
    QTimer m_directoryTimer {this};
    int m_directoryDelayMs = kDirectoryDelayMs;
};

} // namespace commonroom
