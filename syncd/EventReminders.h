#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace commonroom::syncd {

class SyncService;

// Mails the reminders of events (docs/groupmail.md, "Event reminders"). An event whose organizers
// chose `reminder_hours` is reminded that many hours before it starts: each registrant with a seat
// (state registered, booked before the reminder was due) who wants reminders (common/MailChoice.h)
// and has an address no mail server refused is mailed once, in the event's own time zone. Whether a
// registrant was reminded is noted in the daemon's database in the transaction that queues the
// mail, so a daemon stopped and started again never reminds anyone twice; an event moved to another
// start is reminded again. A cancelled event, a cancelled or waitlisted registration, and an event
// already started are not reminded.
class EventReminders
{
public:
    explicit EventReminders(SyncService &service);

    // Queues the reminders due at the service clock's now; returns how many mails were queued.
    std::size_t queueDue();

    // Formats a UTC time as people at the venue read it, in the ICU `locale` (a reader's mail
    // language), with the zone's name: "Saturday, 12 December 2026 at 19:00 (Europe/Madrid)"; in
    // UTC when `timeZone` is empty or unknown.
    static std::string venueTime(std::int64_t unixMs, const std::string &timeZone, const char *locale = "en_GB");

private:
    SyncService &m_service;
};

} // namespace commonroom::syncd
