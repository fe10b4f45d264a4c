#pragma once

#include "common/MailChoice.h"

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>

namespace commonroom::syncd {

// The sentences the daemon writes into its mails, in each mail language (mail::kLanguages), so
// that a person reads their reminders and the footers of messages in the language they chose
// (`mail_language`, docs/groupmail.md). Placeholders are {name}s, filled by fill(). What people
// wrote (a message's subject and text) is never translated.
struct MailTexts
{
    std::string_view language;
    const char *icuLocale; // dates and times: "Saturday, 18 November 2023 at 19:00"
    std::string_view reminderSubject; // {title}, {when}
    std::string_view reminderBody; // why they are reminded, and what to do if they cannot come
    std::string_view stop; // {link}, {box}: how to stop this kind of mail
    std::string_view groupBox; // the Profile box of mail::kGroupMessages, as the app shows it
    std::string_view eventBox; // the Profile box of mail::kEventMail
    std::string_view wrote; // {writer}, {readers}: who wrote to whom, and where it stays
    std::string_view toMembers; // {group}: the readers of a group's message
    std::string_view toRegistered; // {event}
    std::string_view toWaitlisted; // {event}
    std::string_view toNoShows; // {event}
    std::string_view noReply; // {writer}: a reply does not reach them
    // The daemon's page behind the link that stops a kind of mail (docs/groupmail.md).
    std::string_view groupWhat; // what mail::kGroupMessages stops: "your groups' messages"
    std::string_view eventWhat; // what mail::kEventMail stops
    std::string_view askTitle; // {what}
    std::string_view askText; // {what}
    std::string_view stopButton;
    std::string_view doneTitle; // {what}
    std::string_view doneText; // {box}
    // For a writer the recipient may see the name of, and for one they may not.
    std::string_view via; // {writer}, {list}: the name a message comes from
    std::string_view someoneWrote; // {readers}
    std::string_view noReplyToSomeone;
    // Messages to a smart list (mail::kAnnouncements): their readers, the Profile box that stops
    // them, and what it stops.
    std::string_view toSome;
    std::string_view announcementBox;
    std::string_view announcementWhat;
};

// The texts of `language` (English for one without them).
const MailTexts &mailTexts(std::string_view language);
// The Profile box that stops `kind`, and what it stops, in those texts.
std::string_view boxOf(const MailTexts &texts, const mail::Kind &kind);
std::string_view whatOf(const MailTexts &texts, const mail::Kind &kind);
// `text` with each {name} replaced by its value.
std::string fill(std::string_view text, std::initializer_list<std::pair<std::string_view, std::string_view>> values);

} // namespace commonroom::syncd
