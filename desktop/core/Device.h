#pragma once

#include "Admission.h"
#include "Contributions.h"
#include "Duplicates.h"
#include "Events.h"
#include "Exporter.h"
#include "GroupMail.h"
#include "Groups.h"
#include "Households.h"
#include "Import.h"
#include "Ladder.h"
#include "LocalStore.h"
#include "Opportunities.h"
#include "People.h"
#include "Profile.h"
#include "Relationships.h"
#include "SmartLists.h"
#include "SyncEngine.h"
#include "Tags.h"
#include "Terms.h"
#include "TokenStore.h"
#include "Turfs.h"

#include "common/Result.h"

#include <QString>

namespace commonroom {

class ApiClient;
class Clock;

// This device: one profile's copy of the community and everything that works on it — the local
// store, the session token, the sync engine (with the API client it talks through) and the
// domain services. Each program's main builds it once (so do the test fixtures) and hands it, or
// the one service they need, to the windows, models and commands; nothing else builds a service
// of its own from a LocalStore, so each rule lives in one service that the GUI and the CLI share.
//
// An AccountClient is not kept here: it answers whoever listens to its finished() signal, so each
// conversation (a dialog, a CLI command) makes its own over api().
class Device
{
public:
    // `clock` is the device's one wall clock, created in main (docs/time.md); it outlives the
    // device. `keychainService` names the token's keychain entries (tests pass their own).
    Device(const Clock &clock, Profile profile,
        QString keychainService = QString::fromLatin1(TokenStore::kKeychainService));
    Device(const Device &) = delete;
    Device &operator=(const Device &) = delete;

    // Opens (creating and migrating) the profile's database, then points the API at the server
    // this device is signed in to, if any. Not done by the constructor: a damaged file is first
    // offered for recovery (LocalStore::open() says "damaged" and leaves it untouched).
    Status open();

    const Clock &clock() const { return m_clock; }
    const Profile &profile() const { return m_profile; }
    LocalStore &store() { return m_store; }
    const LocalStore &store() const { return m_store; }
    TokenStore &tokens() { return m_tokens; }
    SyncEngine &engine() { return m_engine; }
    ApiClient &api() { return m_engine.api(); }

    Groups &groups() { return m_groups; }
    Events &events() { return m_events; }
    Duplicates &duplicates() { return m_duplicates; }
    Admission &admission() { return m_admission; }
    Ladder &ladder() { return m_ladder; }
    Contributions &contributions() { return m_contributions; }
    Tags &tags() { return m_tags; }
    Opportunities &opportunities() { return m_opportunities; }
    GroupMail &groupMail() { return m_groupMail; }
    Households &households() { return m_households; }
    Relationships &relationships() { return m_relationships; }
    SmartLists &smartLists() { return m_smartLists; }
    const Terms &terms() const { return m_terms; }
    Terms &terms() { return m_terms; }
    Turfs &turfs() { return m_turfs; }
    const People &people() const { return m_people; }
    const Exporter &exporter() const { return m_exporter; }
    Import &imports() { return m_imports; }

private:
    const Clock &m_clock;
    const Profile m_profile;
    LocalStore m_store;
    TokenStore m_tokens;
    SyncEngine m_engine;
    Groups m_groups;
    Events m_events;
    Duplicates m_duplicates;
    Admission m_admission;
    Ladder m_ladder;
    Contributions m_contributions;
    Tags m_tags;
    Opportunities m_opportunities;
    GroupMail m_groupMail;
    Households m_households;
    Relationships m_relationships;
    SmartLists m_smartLists;
    Terms m_terms;
    Turfs m_turfs;
    People m_people;
    Exporter m_exporter;
    Import m_imports;
};

} // namespace commonroom
