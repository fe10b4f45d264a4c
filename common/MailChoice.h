#pragma once

#include "Value.h"

#include <array>
#include <string_view>

namespace commonroom::mail {

// A kind of mail the daemon sends people on its own, which each person may stop apart from the
// others (docs/groupmail.md, "Stopping the mail"): from their profile, offline like any edit, or by
// the one-click link in every such mail.
struct Kind
{
    std::string_view name; // in the link that stops it: "…/v1/mail/unsubscribe?t=NAME.PERSON.MAC"
    std::string_view choice; // the person's private field: 1 mailed, 0 not, unset: their consent decides
    std::string_view choiceAt; // when they chose
    std::string_view what; // what is stopped, in English (the command line, the audit log)
};

inline constexpr Kind kGroupMessages {"group", "group_mail", "group_mail_at", "your groups' messages"};
// Reminders of the events a person registered for, and their organizers' messages.
inline constexpr Kind kEventMail {
    "event", "event_mail", "event_mail_at", "reminders and messages of the events you registered for"};
// The leaders' messages to the people a smart list selects (common/GroupMail.h, list messages).
inline constexpr Kind kAnnouncements {
    "announcements", "announcement_mail", "announcement_mail_at", "the community's announcements"};
inline constexpr std::array<const Kind *, 3> kKinds {&kGroupMessages, &kEventMail, &kAnnouncements};

// Whether a person whose row holds `person` is mailed this kind: their own choice when they made
// one, else their agreement to be contacted (`consent` 1).
bool wants(const FieldMap &person, const Kind &kind);

// The languages the daemon writes its mails in (those of the app's translations), and the
// person's choice among them (`mail_language`), English when they made none.
inline constexpr std::array<std::string_view, 5> kLanguages {"en", "de", "es", "fr", "pt_BR"};
std::string_view languageOf(const FieldMap &person);
// The mail language for a locale's name ("de_AT" → "de", "pt_PT" → "pt_BR", "ja_JP" → "en").
std::string_view languageFor(std::string_view localeName);

} // namespace commonroom::mail
