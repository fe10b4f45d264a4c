#pragma once

#include "MailSeal.h"
#include "SmtpClient.h"

#include <chrono>
#include <functional>
#include <map>
#include <memory>

namespace commonroom::syncd {

class Store;
class SyncService;

// The community's sending limits, which its mail server (or provider) sets: at most this many
// mails in any minute and in any 24 hours; 0 for no limit. Mails beyond them wait in the queue, a
// person's own (an invitation, a password reset) before bulk mail.
struct SendingLimits
{
    std::size_t perMinute = 0;
    std::size_t perDay = 0;
};

// Sends the mails of the daemon's queue (a table of its database, so that nothing is lost when
// the daemon or the mail server is down). A mail leaves the queue once an SMTP server accepted
// it; after a failure it is tried again later, with growing delays (1, 2, 4 … minutes, at most
// an hour), and given up after kGiveUpAfterMs, which is logged; a recipient the server refuses for
// good (5xx to RCPT TO) is given up at once and noted as bouncing (bounced()). Each mail is sent at least once:
// a daemon stopped dead after the server accepted a mail and before the queue forgot it sends
// that one mail again when it starts, with the same Message-ID (docs/groupmail.md).
class MailQueue
{
public:
    static constexpr std::int64_t kFirstRetryMs = 60 * 1000;
    static constexpr std::int64_t kLongestRetryMs = 60 * 60 * 1000;
    static constexpr std::int64_t kGiveUpAfterMs = 3LL * 24 * 3600 * 1000;

    static constexpr std::int64_t kMinuteMs = 60 * 1000;
    static constexpr std::int64_t kDayMs = 24LL * 3600 * 1000;

    MailQueue(SyncService &service, SmtpSettings settings, SendingLimits limits = {});
    ~MailQueue();
    MailQueue(const MailQueue &) = delete;
    MailQueue &operator=(const MailQueue &) = delete;

    // The left part of a queued mail's Message-ID: the same at every attempt, so that a mail sent
    // again after a failure or a crash is recognisably the same mail; unguessable, as it is made
    // with the mail key.
    static std::string messageIdOf(const MailSeal &seal, const OutgoingMail &mail);

    // One pass over the mails due now, at most kBatch and what the limits leave; returns how many
    // were sent.
    static constexpr std::size_t kBatch = 20;
    std::size_t deliverDue();

    // Runs deliverDue() about every `interval`, or at once after a whole batch was sent, on a
    // thread of its own until destroyed, each time
    // after `beforeEachPass` (which queues more mail: event reminders), when given.
    void start(
        std::chrono::milliseconds interval = std::chrono::milliseconds(500), std::function<void()> beforeEachPass = {});

private:
    struct Loop; // the thread and its timer (MailQueue.cpp keeps Asio out of this header)

    void pass(); // one deliverDue() on the loop's thread, then the next is timed
    // A server refused `address` for good: noted (no more group messages or reminders to it), and
    // the people with that address get mail_bounced_at, for leaders to see. Inside the
    // caller's lock and transaction.
    void bounced(Store &store, const std::string &address, const std::string &reason, std::int64_t now);
    // What became of the mails of one message (to a group or an event) in a pass.
    struct Outcomes
    {
        std::int64_t delivered = 0; // taken by the server
        std::int64_t undelivered = 0; // given up
    };
    // Adds a pass's outcomes to the messages' `delivered` and `undelivered` counts (a crash
    // between a mail's acceptance and this write leaves that one uncounted).
    void count(const std::map<std::string, Outcomes> &outcomes);
    // How many mails the limits let go now (at most kBatch); says so in the log when none may.
    std::size_t room(std::int64_t now);

    SyncService &m_service;
    SmtpClient m_client;
    SendingLimits m_limits;
    bool m_held = false; // the limits held the last pass back (logged once)
    std::unique_ptr<Loop> m_loop;
};

} // namespace commonroom::syncd
