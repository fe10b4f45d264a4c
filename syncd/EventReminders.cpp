#include "EventReminders.h"

#include "AuditLog.h"
#include "MailTexts.h"
#include "SyncService.h"

#include "common/EventReminders.h"
#include "common/MailChoice.h"
#include "common/StoredTime.h"

#include <unicode/datefmt.h>
#include <unicode/timezone.h>
#include <unicode/unistr.h>

#include <memory>

namespace commonroom::syncd {

EventReminders::EventReminders(SyncService &service)
    : m_service(service)
{
}

std::string EventReminders::venueTime(std::int64_t unixMs, const std::string &timeZone, const char *locale)
{
    std::unique_ptr<icu::TimeZone> zone(icu::TimeZone::createTimeZone(icu::UnicodeString::fromUTF8(timeZone)));
    icu::UnicodeString id;
    zone->getID(id);
    if (timeZone.empty() || id == icu::UnicodeString(UCAL_UNKNOWN_ZONE_ID)) {
        id = icu::UnicodeString("UTC");
        zone.reset(icu::TimeZone::createTimeZone(id));
    }
    std::unique_ptr<icu::DateFormat> format(
        icu::DateFormat::createDateTimeInstance(icu::DateFormat::kFull, icu::DateFormat::kShort, icu::Locale(locale)));
    if (!format)
        return storedTime(unixMs) + " (UTC)";
    std::string text;
    format->setTimeZone(*zone);
    icu::UnicodeString formatted;
    format->format(UDate(unixMs), formatted);
    formatted.toUTF8String(text);
    text += " (";
    id.toUTF8String(text);
    return text + ")";
}

std::size_t EventReminders::queueDue()
{
    const std::int64_t now = m_service.clock().nowMs();
    return m_service.withStore([&](Store &store) {
        const TableDef &eventTable = *findTable("event");
        const TableDef &personTable = *findTable("person");
        std::size_t queued = 0;
        Store::Transaction transaction(store);
        // Only the events whose start is near enough for their reminder to be due.
        for (const auto &[eventId, event] : store.liveRowsBetween(eventTable, "starts_at", storedTime(now),
                 storedTime(now + reminders::kLongestHours * reminders::kHourMs))) {
            const std::string startsAt = textOf(event, "starts_at");
            const auto start = parseStoredTime(startsAt);
            const std::int64_t hours = reminders::hoursOf(event);
            if (!start || hours == 0 || textOf(event, "status") == "cancelled")
                continue;
            const std::int64_t dueAt = *start - hours * reminders::kHourMs;
            if (dueAt > now)
                continue;
            const std::string title = textOf(event, "title");
            const std::string place = textOf(event, "place");
            std::int64_t mailed = 0;
            std::int64_t notMailed = 0;
            for (const auto &[registrationId, registration] :
                store.liveRowsWhere(*findTable("registration"), "event_id", eventId)) {
                // Booked after the reminder was due: they just chose to come, and need no reminder.
                const auto registeredAt = parseStoredTime(textOf(registration, "registered_at"));
                if (textOf(registration, "state") != "registered" || (registeredAt && *registeredAt > dueAt))
                    continue;
                const std::string personId = textOf(registration, "person_id");
                if (!store.noteReminder(eventId, personId, startsAt, now))
                    continue; // decided at an earlier pass
                const auto person = store.loadRow(personTable, personId);
                const std::string address = person && !person->row.deleted
                    ? m_service.admission().mailAddressOf(personId, person->row.values)
                    : std::string();
                if (address.empty() || !mail::wants(person->row.values, mail::kEventMail)) {
                    ++notMailed;
                    continue;
                }
                // In the person's language: the sentences, and the time as it is written there.
                const MailTexts &texts = mailTexts(mail::languageOf(person->row.values));
                const std::string when = venueTime(*start, textOf(event, "time_zone"), texts.icuLocale);
                m_service.admission().queueStoppableMail({.kind = mail::kEventMail,
                    .list = "reminders",
                    .personId = personId,
                    .recipient = address,
                    .subject = fill(texts.reminderSubject, {{"title", title}, {"when", when}}),
                    .body = title + "\n" + when + (place.empty() ? "" : "\n" + place) + "\n\n"
                        + std::string(texts.reminderBody) + "\n\n-- \n",
                    .language = std::string(texts.language)});
                ++mailed;
            }
            if (mailed + notMailed > 0)
                AuditLog::record(store, now, "event_reminder", Principal {}, eventId,
                    std::to_string(mailed) + " mailed, " + std::to_string(notMailed) + " not mailed");
            queued += std::size_t(mailed);
        }
        transaction.commit();
        return queued;
    });
}

} // namespace commonroom::syncd
