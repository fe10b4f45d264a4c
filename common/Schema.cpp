#include "Schema.h"

#include "GroupMail.h"
#include "MailChoice.h"
#include "ProfileMedia.h"

namespace commonroom {

namespace {

FieldDef text(std::string_view name, Visibility visibility, WriteAccess access = WriteAccess::Owner)
{
    return FieldDef {name, FieldType::Text, visibility, false, access};
}

// A profile field whose visibility the person chooses; `byDefault` is the conservative default.
FieldDef profile(std::string_view name, Visibility byDefault, std::size_t maxLength = 4096)
{
    FieldDef def {name, FieldType::Text, byDefault, true, WriteAccess::Owner};
    def.maxLength = maxLength;
    return def;
}

FieldDef choice(std::string_view name, std::vector<std::string_view> values, WriteAccess access)
{
    FieldDef def {name, FieldType::Text, Visibility::Members, false, access};
    def.allowedValues = std::move(values);
    return def;
}

FieldDef limited(FieldDef def, std::size_t maxLength)
{
    def.maxLength = maxLength;
    return def;
}

FieldDef unionOf(FieldDef def)
{
    def.merge = MergeKind::Union;
    def.maxLength = 65536;
    return def;
}

FieldDef rowVisible(FieldDef def)
{
    def.visibility = Visibility::Leaders;
    def.visibilityFromRow = true;
    return def;
}

FieldDef sharedBy(FieldDef def)
{
    def.visibility = Visibility::Private;
    def.visibilityFromSharing = true;
    return def;
}

FieldDef derivedFrom(FieldDef def)
{
    def.derived = true;
    return def;
}

std::vector<TableDef> buildTables()
{
    TableDef person {"person", {}, {}};
    person.fields = {
        profile("display_name", Visibility::Members, 200),
        profile("given_name", Visibility::Members, 200),
        profile("family_name", Visibility::Members, 200),
        profile("pronouns", Visibility::Members, 60),
        profile("email", Visibility::Leaders, 320),
        profile("phone", Visibility::Leaders, 60),
        profile("address", Visibility::Private, 500),
        profile("area", Visibility::Members, 200),
        profile("neighbourhood", Visibility::Members, 200),
        profile("languages", Visibility::Members, 500),
        profile("skills", Visibility::Members, 1000),
        profile("interests", Visibility::Members, 1000),
        profile("bio", Visibility::Members, 4000),
        choice("role", {"applicant", "member", "leader", "admin"}, WriteAccess::Admin),
        choice("status", {"active", "inactive"}, WriteAccess::Leader),
        FieldDef {"leadership_level", FieldType::Integer, Visibility::Leaders, false, WriteAccess::Leader},
        FieldDef {"consent", FieldType::Integer, Visibility::Leaders, false, WriteAccess::Owner},
        text("consent_at", Visibility::Leaders),
        // Whether the person is mailed their groups' messages (1) or not (0); unset, their consent
        // decides (common/GroupMail.h). Theirs to choose, seen by nobody but them and admins.
        FieldDef {"group_mail", FieldType::Integer, Visibility::Private, false, WriteAccess::Owner},
        text("group_mail_at", Visibility::Private),
        // The same for reminders of the events they registered for (common/MailChoice.h).
        FieldDef {"event_mail", FieldType::Integer, Visibility::Private, false, WriteAccess::Owner},
        text("event_mail_at", Visibility::Private),
        // And for the leaders' messages to smart lists, the community's announcements.
        FieldDef {"announcement_mail", FieldType::Integer, Visibility::Private, false, WriteAccess::Owner},
        text("announcement_mail_at", Visibility::Private),
        // The language the daemon writes their mails in (common/MailChoice.h, mail::kLanguages);
        // unset: English.
        FieldDef {"mail_language", FieldType::Text, Visibility::Private, false, WriteAccess::Owner,
            {mail::kLanguages.begin(), mail::kLanguages.end()}},
        // When a mail server last refused their address for good (set by the daemon; cleared when
        // their address changes): leaders see why the person is not mailed (docs/groupmail.md).
        text("mail_bounced_at", Visibility::Leaders, WriteAccess::Admin),
        // A small JPEG/PNG (base64) and up to five web links, one per line: common/ProfileMedia.h.
        profile("photo", Visibility::Members, ProfileMedia::kMaxPhotoBase64),
        profile("links", Visibility::Members, ProfileMedia::kMaxLinksText),
        // Admission (docs/admission.md): decided by admins and the daemon.
        choice("admission_state", {"applied", "needs_info", "approved", "rejected"}, WriteAccess::Admin),
        FieldDef {"admission_message", FieldType::Text, Visibility::Private, false, WriteAccess::Admin, {}, 2000},
        text("applied_at", Visibility::Members, WriteAccess::Admin),
    };
    person.indexSql = {"CREATE INDEX IF NOT EXISTS person_by_name ON {t} (display_name COLLATE NOCASE, id)"};

    TableDef group {"group", {}, {}};
    group.fields = {
        text("name", Visibility::Public),
        text("description", Visibility::Public),
        choice("kind", {"open", "reviewed", "closed"}, WriteAccess::Owner),
        text("terms", Visibility::Members),
        FieldDef {"renewal_days", FieldType::Integer, Visibility::Members, false, WriteAccess::Owner},
    };
    group.indexSql = {"CREATE INDEX IF NOT EXISTS group_by_name ON {t} (name COLLATE NOCASE, id)"};

    TableDef membership {"membership", {}, {}};
    membership.fields = {
        text("person_id", Visibility::Members),
        text("group_id", Visibility::Members),
        // invited: a curator asked the person in (closed groups); they accept by making it active.
        choice("state", {"pending", "active", "declined", "invited"}, WriteAccess::Owner),
        choice("role", {"member", "curator"}, WriteAccess::Owner),
        text("message", Visibility::Members),
        // When the person accepted the group's terms (ISO 8601), for groups that have terms.
        text("terms_accepted_at", Visibility::Members),
        // When the person asked to join (ISO 8601 UTC with milliseconds, by their device's
        // clock), for requests: curators answer the oldest first. Empty on requests made before it
        // was recorded.
        text("requested_at", Visibility::Members),
    };
    membership.indexSql = {"CREATE INDEX IF NOT EXISTS membership_by_person ON {t} (person_id)",
        "CREATE INDEX IF NOT EXISTS membership_by_group ON {t} (group_id)"};

    // A duplicate merged into another person names it here just before it is deleted.
    person.fields.push_back(text("merged_into", Visibility::Leaders, WriteAccess::Leader));

    // Events and registrations: docs/events.md. Times are ISO 8601 UTC text with milliseconds.
    TableDef event {"event", {}, {}};
    event.fields = {
        limited(text("title", Visibility::Public), 300),
        text("description", Visibility::Public),
        text("starts_at", Visibility::Public),
        text("ends_at", Visibility::Public),
        limited(text("time_zone", Visibility::Public), 64),
        limited(text("place", Visibility::Public), 500),
        limited(text("area", Visibility::Public), 200),
        FieldDef {"capacity", FieldType::Integer, Visibility::Public, false, WriteAccess::Owner},
        text("group_id", Visibility::Public),
        text("organizer_ids", Visibility::Members),
        choice("status", {"scheduled", "cancelled"}, WriteAccess::Owner),
        // Registrants are mailed this many hours before the start; 0 or unset: no reminder
        // (common/EventReminders.h).
        FieldDef {"reminder_hours", FieldType::Integer, Visibility::Members, false, WriteAccess::Owner},
    };
    event.indexSql = {"CREATE INDEX IF NOT EXISTS event_by_start ON {t} (starts_at, id)"};

    TableDef registration {"registration", {}, {}};
    registration.fields = {
        text("event_id", Visibility::Members),
        text("person_id", Visibility::Members),
        choice("state", {"registered", "waitlisted", "cancelled"}, WriteAccess::Owner),
        text("registered_at", Visibility::Members),
        FieldDef {"walk_in", FieldType::Integer, Visibility::Members, false, WriteAccess::Leader},
        // Check-in history, "<time>|<device>|<person>" per line; undone lists retracted lines.
        unionOf(text("checkins", Visibility::Leaders, WriteAccess::Leader)),
        unionOf(text("undone", Visibility::Leaders, WriteAccess::Leader)),
        derivedFrom(FieldDef {"attended", FieldType::Integer, Visibility::Leaders, false, WriteAccess::Leader}),
        derivedFrom(text("checked_in_at", Visibility::Leaders, WriteAccess::Leader)),
        derivedFrom(text("checked_in_by", Visibility::Leaders, WriteAccess::Leader)),
        derivedFrom(text("device", Visibility::Leaders, WriteAccess::Leader)),
        derivedFrom(FieldDef {"over_capacity", FieldType::Integer, Visibility::Leaders, false, WriteAccess::Leader}),
    };
    registration.indexSql = {"CREATE INDEX IF NOT EXISTS registration_by_event ON {t} (event_id)",
        "CREATE INDEX IF NOT EXISTS registration_by_person ON {t} (person_id)",
        // Only the checked-in rows: the door's over-capacity answer counts them without reading
        // the event's other registrations (Events::checkIn).
        "CREATE INDEX IF NOT EXISTS registration_checked_in ON {t} (event_id) WHERE attended = 1"};

    // Pairs of people who are likely the same person, flagged by the daemon for leaders.
    TableDef duplicate {"duplicate_candidate", {}, {}};
    duplicate.fields = {
        text("person_a", Visibility::Leaders, WriteAccess::Leader),
        text("person_b", Visibility::Leaders, WriteAccess::Leader),
        // What the two have in common: "email", "phone", "name" (the same name, or flagged at a
        // push, one name a shorter form of the other: docs/events.md), "area".
        text("reasons", Visibility::Leaders, WriteAccess::Leader),
        // How likely the two are one person, in thousandths, and how alike their names are, in
        // hundredths (matching::compare, docs/dedupe.md). Worked out by the daemon.
        derivedFrom(FieldDef {"score", FieldType::Integer, Visibility::Leaders, false, WriteAccess::Leader}),
        derivedFrom(FieldDef {"names_alike", FieldType::Integer, Visibility::Leaders, false, WriteAccess::Leader}),
        FieldDef {
            "state", FieldType::Text, Visibility::Leaders, false, WriteAccess::Leader, {"open", "merged", "dismissed"}},
        text("kept_id", Visibility::Leaders, WriteAccess::Leader),
        text("decided_by", Visibility::Leaders, WriteAccess::Leader),
        text("decided_at", Visibility::Leaders, WriteAccess::Leader),
        // The merged-away record stays with the daemon (syncd/MergeRules), never on a device.
    };
    // The daemon finds the candidate of a pair by its people: ids tell nothing of the pair.
    duplicate.indexSql = {"CREATE INDEX IF NOT EXISTS duplicate_by_pair ON {t} (person_a, person_b)"};

    // Vouches for applicants: only admins, the applicant and the voucher see them.
    TableDef vouch {"vouch", {}, {}};
    vouch.fields = {
        text("applicant_id", Visibility::Private),
        text("voucher_id", Visibility::Private),
        FieldDef {"reason", FieldType::Text, Visibility::Private, false, WriteAccess::Owner, {}, 1000},
        text("created_at", Visibility::Private),
    };
    vouch.indexSql = {"CREATE INDEX IF NOT EXISTS vouch_by_applicant ON {t} (applicant_id)"};
    vouch.ownerFields = {"applicant_id", "voucher_id"};

    // Invitations by email; the code itself never leaves the daemon.
    TableDef invitation {"invitation", {}, {}};
    invitation.fields = {
        FieldDef {"email", FieldType::Text, Visibility::Leaders, false, WriteAccess::Owner, {}, 320},
        text("group_id", Visibility::Leaders),
        text("invited_by", Visibility::Leaders),
        FieldDef {"state", FieldType::Text, Visibility::Leaders, false, WriteAccess::Owner,
            {"pending", "sent", "accepted", "expired", "cancelled"}},
        text("created_at", Visibility::Leaders),
        text("expires_at", Visibility::Leaders, WriteAccess::Admin),
        text("accepted_by", Visibility::Leaders, WriteAccess::Admin),
    };
    invitation.ownerFields = {"invited_by"};

    // The leadership ladder (docs/organizing.md): assessments keep the history of a person's
    // level, the latest being the current one; only leaders and admins receive them.
    TableDef assessment {"assessment", {}, {}};
    assessment.fields = {
        text("person_id", Visibility::Leaders, WriteAccess::Leader),
        FieldDef {"level", FieldType::Integer, Visibility::Leaders, false, WriteAccess::Leader},
        limited(text("note", Visibility::Leaders, WriteAccess::Leader), 2000),
        text("assessed_by", Visibility::Leaders, WriteAccess::Leader),
        text("assessed_at", Visibility::Leaders, WriteAccess::Leader),
    };
    assessment.indexSql = {"CREATE INDEX IF NOT EXISTS assessment_by_person ON {t} (person_id, assessed_at, id)"};

    // Notes leaders keep about a person: leaders only, and never the person's own.
    TableDef leaderNote {"leader_note", {}, {}};
    leaderNote.fields = {
        text("person_id", Visibility::Leaders, WriteAccess::Leader),
        text("author_id", Visibility::Leaders, WriteAccess::Leader),
        text("written_at", Visibility::Leaders, WriteAccess::Leader),
        limited(text("text", Visibility::Leaders, WriteAccess::Leader), 4000),
    };
    leaderNote.indexSql = {"CREATE INDEX IF NOT EXISTS leader_note_by_person ON {t} (person_id, written_at, id)"};
    // The person a note is about never receives it (common/Ladder.h, hiddenSubjectField).

    // Contributions and touch-points (docs/organizing.md, common/Contributions.h): written once,
    // except the confirmation a leader adds; seen by leaders and by the person they are about.
    TableDef contribution {"contribution", {}, {}};
    contribution.fields = {
        text("person_id", Visibility::Leaders),
        text("area", Visibility::Leaders),
        text("kind", Visibility::Leaders),
        // Whole minutes, shown as hours; absent when no time was given.
        FieldDef {"minutes", FieldType::Integer, Visibility::Leaders, false, WriteAccess::Owner},
        limited(text("description", Visibility::Leaders), 2000),
        // The day it was done (YYYY-MM-DD), in the recording person's calendar.
        limited(text("done_on", Visibility::Leaders), 10),
        text("recorded_by", Visibility::Leaders),
        text("recorded_at", Visibility::Leaders),
        text("confirmed_by", Visibility::Leaders, WriteAccess::Leader),
        text("confirmed_at", Visibility::Leaders, WriteAccess::Leader),
    };
    contribution.indexSql
        = {"CREATE INDEX IF NOT EXISTS contribution_by_person ON {t} (person_id, done_on, recorded_at, id)"};
    contribution.ownerFields = {"person_id"};

    // Tags (docs/organizing.md): named by the community, applied to people by leaders. Each tag
    // is for leaders (the default) or for members too, chosen when it is made; its applications
    // carry the same visibility, and a leaders-only one never reaches the person it is about.
    TableDef tag {"tag", {}, {}};
    tag.fields = {
        rowVisible(limited(text("name", Visibility::Leaders, WriteAccess::Leader), 80)),
        rowVisible(choice("visibility", {"leaders", "members"}, WriteAccess::Leader)),
        rowVisible(text("created_by", Visibility::Leaders, WriteAccess::Leader)),
        rowVisible(text("created_at", Visibility::Leaders, WriteAccess::Leader)),
    };
    tag.indexSql = {"CREATE INDEX IF NOT EXISTS tag_by_name ON {t} (name COLLATE NOCASE, id)"};

    // One row per tag and person (its id derived from both, common/Tags.h); removing a tag from
    // someone sets applied to 0, so that applying and removing merge as one field.
    TableDef tagApplication {"tag_application", {}, {}};
    tagApplication.fields = {
        rowVisible(text("tag_id", Visibility::Leaders, WriteAccess::Leader)),
        rowVisible(text("person_id", Visibility::Leaders, WriteAccess::Leader)),
        rowVisible(choice("visibility", {"leaders", "members"}, WriteAccess::Leader)),
        rowVisible(FieldDef {"applied", FieldType::Integer, Visibility::Leaders, false, WriteAccess::Leader}),
        rowVisible(text("changed_by", Visibility::Leaders, WriteAccess::Leader)),
        rowVisible(text("changed_at", Visibility::Leaders, WriteAccess::Leader)),
    };
    tagApplication.indexSql = {"CREATE INDEX IF NOT EXISTS tag_application_by_tag ON {t} (tag_id, person_id)",
        "CREATE INDEX IF NOT EXISTS tag_application_by_person ON {t} (person_id)"};

    // Opportunities (docs/organizing.md, common/Opportunities.h): what a group asks of its members,
    // posted by its curators and leaders, seen by members (not applicants).
    TableDef opportunity {"opportunity", {}, {}};
    opportunity.fields = {
        text("group_id", Visibility::Members),
        limited(text("title", Visibility::Members), 200),
        limited(text("description", Visibility::Members), 4000),
        // Free text, comma-separated by habit: the words are matched (opportunities::matches).
        limited(text("skills", Visibility::Members), 1000),
        limited(text("languages", Visibility::Members), 500),
        // One of the community's areas (common/Contributions.h).
        limited(text("area", Visibility::Members), 40),
        limited(text("commitment", Visibility::Members), 200),
        limited(text("starts_on", Visibility::Members), 10),
        limited(text("ends_on", Visibility::Members), 10),
        FieldDef {"places", FieldType::Integer, Visibility::Members, false, WriteAccess::Owner},
        choice("state", {"open", "closed"}, WriteAccess::Owner),
        text("posted_by", Visibility::Members),
        text("posted_at", Visibility::Members),
        // The people accepted, counted by the daemon after every change of an interest, so that
        // members who see no one else's interest see the places filled and open.
        derivedFrom(FieldDef {"filled", FieldType::Integer, Visibility::Members, false, WriteAccess::Leader}),
    };
    opportunity.indexSql = {"CREATE INDEX IF NOT EXISTS opportunity_by_group ON {t} (group_id, posted_at, id)"};

    // A person's interest in an opportunity: one row per opportunity and person (its id derived
    // from both, common/Opportunities.h), seen by the person, the group's curators and leaders,
    // never by other members. group_id repeats the opportunity's, for the curators' clearance.
    TableDef interest {"opportunity_interest", {}, {}};
    interest.fields = {
        text("opportunity_id", Visibility::Leaders),
        text("person_id", Visibility::Leaders),
        text("group_id", Visibility::Leaders),
        choice("state", {"interested", "withdrawn", "accepted", "declined"}, WriteAccess::Owner),
        limited(text("message", Visibility::Leaders), 1000),
        text("changed_by", Visibility::Leaders),
        text("changed_at", Visibility::Leaders),
    };
    interest.fields[3].visibility = Visibility::Leaders;
    interest.indexSql = {"CREATE INDEX IF NOT EXISTS opportunity_interest_by_opportunity ON {t} (opportunity_id, "
                         "state)",
        "CREATE INDEX IF NOT EXISTS opportunity_interest_by_person ON {t} (person_id)",
        "CREATE INDEX IF NOT EXISTS opportunity_interest_by_group ON {t} (group_id)"};
    interest.ownerFields = {"person_id"};
    // The group's curators see it as leaders do (common/GroupSight.h).

    // Households and relationships (docs/organizing.md, common/Relations.h): leaders' tools, every
    // field for leaders, so a member's or an applicant's device never holds a row or an id. A
    // household has no address: its people's own addresses are shown as each of them chooses.
    TableDef household {"household", {}, {}};
    household.fields = {
        limited(text("name", Visibility::Leaders, WriteAccess::Leader), 120),
        text("created_by", Visibility::Leaders, WriteAccess::Leader),
        text("created_at", Visibility::Leaders, WriteAccess::Leader),
    };

    // One row per person (its id derived from the person alone): household_id is their household,
    // empty when they are in none (leaving sets it empty, so placing and leaving merge as one field).
    TableDef householdMember {"household_member", {}, {}};
    householdMember.fields = {
        text("person_id", Visibility::Leaders, WriteAccess::Leader),
        text("household_id", Visibility::Leaders, WriteAccess::Leader),
        text("changed_by", Visibility::Leaders, WriteAccess::Leader),
        text("changed_at", Visibility::Leaders, WriteAccess::Leader),
    };
    householdMember.indexSql
        = {"CREATE INDEX IF NOT EXISTS household_member_by_household ON {t} (household_id, person_id)",
            "CREATE INDEX IF NOT EXISTS household_member_by_person ON {t} (person_id)"};

    // family, colleague, neighbour (both ways, the smaller id in person_id) and brought_in_by
    // ("person_id was brought in by other_id"); removing one sets active to 0.
    TableDef relationship {"relationship", {}, {}};
    relationship.fields = {
        text("person_id", Visibility::Leaders, WriteAccess::Leader),
        text("other_id", Visibility::Leaders, WriteAccess::Leader),
        FieldDef {"kind", FieldType::Text, Visibility::Leaders, false, WriteAccess::Leader,
            {"family", "colleague", "neighbour", "brought_in_by"}},
        FieldDef {"active", FieldType::Integer, Visibility::Leaders, false, WriteAccess::Leader},
        text("changed_by", Visibility::Leaders, WriteAccess::Leader),
        text("changed_at", Visibility::Leaders, WriteAccess::Leader),
    };
    relationship.indexSql = {"CREATE INDEX IF NOT EXISTS relationship_by_person ON {t} (person_id, kind)",
        "CREATE INDEX IF NOT EXISTS relationship_by_other ON {t} (other_id, kind)"};

    // Smart lists (docs/organizing.md, common/SmartLists.h): a leader's saved search, its
    // definition versioned JSON evaluated on each device. A private list reaches its owner alone;
    // a shared one ("leaders") every leader and admin. Members and applicants hold none.
    TableDef smartList {"smart_list", {}, {}};
    smartList.fields = {
        sharedBy(limited(text("name", Visibility::Private, WriteAccess::Leader), 120)),
        sharedBy(limited(text("definition", Visibility::Private, WriteAccess::Leader), 16384)),
        sharedBy(choice("sharing", {"private", "leaders"}, WriteAccess::Leader)),
        sharedBy(text("owner_id", Visibility::Private, WriteAccess::Leader)),
        sharedBy(text("created_at", Visibility::Private, WriteAccess::Leader)),
    };
    smartList.indexSql = {"CREATE INDEX IF NOT EXISTS smart_list_by_owner ON {t} (owner_id)"};
    smartList.ownerFields = {"owner_id"};
    smartList.privateRowsOwnerOnly = true;

    // Turfs and canvassing (docs/organizing.md, common/Turfs.h): leaders' tools. The daemon shows a
    // turf's rows, and its doors' canvassing fields, to the canvassers assigned to it while their
    // window is open (syncd/SyncService.cpp, "sight"), never to anyone else below leaders.
    const auto leaders = [](std::string_view name) {
        return text(name, Visibility::Leaders);
    };
    TableDef turf {"turf", {}, {}};
    turf.fields = {
        limited(text("name", Visibility::Leaders, WriteAccess::Leader), 120),
        FieldDef {"state", FieldType::Text, Visibility::Leaders, false, WriteAccess::Leader, {"open", "closed"}},
        text("created_by", Visibility::Leaders, WriteAccess::Leader),
        text("created_at", Visibility::Leaders, WriteAccess::Leader),
    };
    // One row per turf and person (its id derived from both); taking a door out sets active to 0.
    TableDef turfStop {"turf_stop", {}, {}};
    turfStop.fields = {
        text("turf_id", Visibility::Leaders, WriteAccess::Leader),
        text("person_id", Visibility::Leaders, WriteAccess::Leader),
        FieldDef {"active", FieldType::Integer, Visibility::Leaders, false, WriteAccess::Leader},
        text("changed_by", Visibility::Leaders, WriteAccess::Leader),
        text("changed_at", Visibility::Leaders, WriteAccess::Leader),
    };
    turfStop.indexSql = {"CREATE INDEX IF NOT EXISTS turf_stop_by_turf ON {t} (turf_id, active)",
        "CREATE INDEX IF NOT EXISTS turf_stop_by_person ON {t} (person_id)"};
    TableDef turfAssignment {"turf_assignment", {}, {}};
    turfAssignment.fields = {
        text("turf_id", Visibility::Leaders, WriteAccess::Leader),
        text("canvasser_id", Visibility::Leaders, WriteAccess::Leader),
        text("starts_at", Visibility::Leaders, WriteAccess::Leader),
        text("ends_at", Visibility::Leaders, WriteAccess::Leader),
        FieldDef {"state", FieldType::Text, Visibility::Leaders, false, WriteAccess::Leader, {"active", "withdrawn"}},
        text("assigned_by", Visibility::Leaders, WriteAccess::Leader),
        text("assigned_at", Visibility::Leaders, WriteAccess::Leader),
        text("withdrawn_at", Visibility::Leaders, WriteAccess::Leader),
    };
    turfAssignment.indexSql = {"CREATE INDEX IF NOT EXISTS turf_assignment_by_turf ON {t} (turf_id)",
        "CREATE INDEX IF NOT EXISTS turf_assignment_by_canvasser ON {t} (canvasser_id)"};
    // What happened at a door, recorded by a canvasser of the turf (or a leader).
    TableDef outcome {"canvass_outcome", {}, {}};
    outcome.fields = {
        leaders("turf_id"),
        leaders("person_id"),
        leaders("canvasser_id"),
        FieldDef {"outcome", FieldType::Text, Visibility::Leaders, false, WriteAccess::Owner,
            {"not_home", "talked", "refused", "moved"}},
        FieldDef {"support", FieldType::Integer, Visibility::Leaders, false, WriteAccess::Owner},
        limited(leaders("note"), 1000),
        leaders("recorded_at"),
    };
    outcome.indexSql = {"CREATE INDEX IF NOT EXISTS canvass_outcome_by_turf ON {t} (turf_id, person_id, recorded_at)",
        "CREATE INDEX IF NOT EXISTS canvass_outcome_by_person ON {t} (person_id)"};

    // The community's words (docs/organizing.md, common/Terms.h): its names for the ladder's levels
    // and the areas of contributions, and the areas it uses. Admins write them; every member reads.
    TableDef term {"community_term", {}, {}};
    term.fields = {
        text("kind", Visibility::Members, WriteAccess::Admin),
        text("key", Visibility::Members, WriteAccess::Admin),
        limited(text("label", Visibility::Members, WriteAccess::Admin), 60),
        FieldDef {"active", FieldType::Integer, Visibility::Members, false, WriteAccess::Admin},
        text("changed_by", Visibility::Members, WriteAccess::Admin),
        text("changed_at", Visibility::Members, WriteAccess::Admin),
    };

    // A message to a group (common/GroupMail.h, docs/groupmail.md), never changed once written:
    // its active members see it as leaders do (common/GroupSight.h), its writer keeps it. The
    // daemon stamps when it mailed it and to how many people — counts, never who.
    TableDef groupMessage {"group_message", {}, {}};
    groupMessage.fields = {
        text("group_id", Visibility::Leaders),
        text("author_id", Visibility::Leaders),
        limited(text("subject", Visibility::Leaders), 200),
        limited(text("body", Visibility::Leaders), 20000),
        text("written_at", Visibility::Leaders),
        derivedFrom(text("sent_at", Visibility::Leaders, WriteAccess::Leader)),
        derivedFrom(FieldDef {"recipients", FieldType::Integer, Visibility::Leaders, false, WriteAccess::Leader}),
        // Active members not mailed: they did not agree to it, or have no address; of them, those
        // who agreed but have no address the daemon could use.
        derivedFrom(FieldDef {"not_mailed", FieldType::Integer, Visibility::Leaders, false, WriteAccess::Leader}),
        derivedFrom(FieldDef {"no_address", FieldType::Integer, Visibility::Leaders, false, WriteAccess::Leader}),
        // Of the recipients' mails, how many the mail server has taken so far, and how many were
        // given up (refused for good, or still failing after three days); the daemon counts.
        derivedFrom(FieldDef {"delivered", FieldType::Integer, Visibility::Leaders, false, WriteAccess::Leader}),
        derivedFrom(FieldDef {"undelivered", FieldType::Integer, Visibility::Leaders, false, WriteAccess::Leader}),
    };
    groupMessage.indexSql = {"CREATE INDEX IF NOT EXISTS group_message_by_group ON {t} (group_id, written_at, id)"};
    groupMessage.ownerFields = {"author_id"};

    // A message to an event's registrants (docs/groupmail.md, "Messages to an event"): those with
    // a seat, those waiting, or those who did not come. Like a group's message, never changed once
    // written; everyone registered for the event (in any state) sees it as leaders do
    // (common/GroupSight.h), its writer keeps it, and the daemon stamps the same counts.
    TableDef eventMessage {"event_message", {}, {}};
    eventMessage.fields = {
        text("event_id", Visibility::Leaders),
        FieldDef {"audience", FieldType::Text, Visibility::Leaders, false, WriteAccess::Owner,
            {groupmail::kAudiences.begin(), groupmail::kAudiences.end()}},
    };
    for (const FieldDef &field : groupMessage.fields) {
        if (field.name != "group_id")
            eventMessage.fields.push_back(field);
    }
    eventMessage.indexSql = {"CREATE INDEX IF NOT EXISTS event_message_by_event ON {t} (event_id, written_at, id)"};
    eventMessage.ownerFields = {"author_id"};

    // A leader's message to the people a smart list selected on their device (docs/groupmail.md,
    // "Messages to a smart list"). The list and the people it named stay with the writer and
    // admins (Private): the people it reached see it as leaders do (common/GroupSight.h) without
    // learning who else was chosen, or by what list. The daemon keeps whom it was sent to and
    // empties recipient_ids once it has noted them.
    TableDef listMessage {"list_message", {}, {}};
    listMessage.fields = {
        text("list_id", Visibility::Private),
        limited(text("list_name", Visibility::Private), 120),
        // Person ids joined by commas (groupmail::joinRecipients, groupmail::parseRecipients).
        limited(text("recipient_ids", Visibility::Private), 40 * groupmail::kMaxListRecipients + 2),
    };
    for (const FieldDef &field : groupMessage.fields) {
        if (field.name != "group_id")
            listMessage.fields.push_back(field);
    }
    listMessage.indexSql = {"CREATE INDEX IF NOT EXISTS list_message_by_author ON {t} (author_id, written_at, id)"};
    listMessage.ownerFields = {"author_id"};

    return {person, group, membership, event, registration, duplicate, vouch, invitation, assessment, leaderNote,
        contribution, tag, tagApplication, opportunity, interest, household, householdMember, relationship, smartList,
        turf, turfStop, turfAssignment, outcome, term, groupMessage, eventMessage, listMessage};
}

} // namespace

const FieldDef *TableDef::field(std::string_view fieldName) const
{
    for (const auto &def : fields) {
        if (def.name == fieldName)
            return &def;
    }
    return nullptr;
}

const std::vector<TableDef> &syncedTables()
{
    static const std::vector<TableDef> tables = buildTables();
    return tables;
}

const TableDef *findTable(std::string_view name)
{
    for (const auto &table : syncedTables()) {
        if (table.name == name)
            return &table;
    }
    return nullptr;
}

std::string visibilityColumn(std::string_view field)
{
    return std::string(field) + "_visibility";
}

std::string_view fieldOfVisibilityColumn(const TableDef &table, std::string_view column)
{
    constexpr std::string_view suffix = "_visibility";
    if (column.size() <= suffix.size() || !column.ends_with(suffix))
        return {};
    const auto *def = table.field(column.substr(0, column.size() - suffix.size()));
    return def && def->ownerChoosesVisibility ? def->name : std::string_view {};
}

std::vector<std::string> wireColumns(const TableDef &table)
{
    std::vector<std::string> columns;
    for (const auto &def : table.fields) {
        columns.emplace_back(def.name);
        if (def.ownerChoosesVisibility)
            columns.push_back(visibilityColumn(def.name));
    }
    return columns;
}

Status validateFields(const TableDef &table, const FieldMap &fields)
{
    for (const auto &[name, value] : fields) {
        if (const auto field = fieldOfVisibilityColumn(table, name); !field.empty()) {
            const auto *level = std::get_if<std::string>(&value);
            if (!level || !visibilityFromString(*level))
                return makeError("invalid_value",
                    "The visibility of " + std::string(field) + " must be one of public, members, leaders or private.");
            continue;
        }
        const FieldDef *def = table.field(name);
        if (!def)
            return makeError(
                "unknown_field", "The " + std::string(table.name) + " table has no field named \"" + name + "\".");
        if (isNull(value))
            continue;
        if (def->type == FieldType::Integer) {
            if (!std::holds_alternative<std::int64_t>(value))
                return makeError("wrong_type", "The field " + name + " takes a whole number.");
            continue;
        }
        const auto *text = std::get_if<std::string>(&value);
        if (!text)
            return makeError("wrong_type", "The field " + name + " takes text.");
        if (text->size() > def->maxLength)
            return makeError(
                "too_long", "The field " + name + " is limited to " + std::to_string(def->maxLength) + " bytes.");
        if (!def->allowedValues.empty()) {
            bool allowed = false;
            std::string list;
            for (auto candidate : def->allowedValues) {
                allowed = allowed || candidate == *text;
                list += (list.empty() ? "" : ", ") + std::string(candidate);
            }
            if (!allowed)
                return makeError("invalid_value", "The field " + name + " must be one of: " + list + ".");
        }
        if (table.name == "person") {
            if (auto valid = ProfileMedia::validatePersonField(name, *text); !valid)
                return valid;
        }
    }
    return {};
}

std::vector<std::string> addMissingColumnStatements(const TableDef &table, const std::set<std::string> &existing)
{
    std::vector<std::string> statements;
    for (const auto &column : wireColumns(table)) {
        if (existing.contains(column))
            continue;
        const FieldDef *def = table.field(column);
        const bool integer = def && def->type == FieldType::Integer;
        statements.push_back("ALTER TABLE " + quoteIdentifier(table.name) + " ADD COLUMN " + quoteIdentifier(column)
            + (integer ? " INTEGER" : " TEXT"));
    }
    return statements;
}

std::string quoteIdentifier(std::string_view name)
{
    std::string quoted = "\"";
    for (char c : name) {
        if (c == '"')
            quoted += '"';
        quoted += c;
    }
    return quoted + '"';
}

std::vector<std::string> createTableStatements(const TableDef &table, SchemaSide side)
{
    const std::string quoted = quoteIdentifier(table.name);
    std::string sql = "CREATE TABLE IF NOT EXISTS " + quoted + " (id TEXT PRIMARY KEY NOT NULL";
    for (const auto &def : table.fields) {
        sql += ", " + quoteIdentifier(def.name) + (def.type == FieldType::Integer ? " INTEGER" : " TEXT");
        if (def.ownerChoosesVisibility)
            sql += ", " + quoteIdentifier(visibilityColumn(def.name)) + " TEXT";
    }
    if (side == SchemaSide::Daemon)
        sql += ", _seq INTEGER NOT NULL DEFAULT 0, _deleted INTEGER NOT NULL DEFAULT 0, _versions TEXT NOT NULL "
               "DEFAULT '{}'";
    sql += ")";

    std::vector<std::string> statements {sql};
    for (auto index : table.indexSql) {
        std::string statement(index);
        statement.replace(statement.find("{t}"), 3, quoted);
        // Both sides use the same index names; the daemon keeps its tables in their own file.
        statements.push_back(statement);
    }
    return statements;
}

} // namespace commonroom
