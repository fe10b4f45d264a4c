#include "MailQueue.h"

#include "Encoding.h"
#include "SyncService.h"

#include "common/GroupMail.h"

#include <boost/asio/io_context.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/steady_timer.hpp>

#include <iostream>
#include <map>
#include <set>
#include <thread>

namespace commonroom::syncd {

// The passes are timed by an Asio timer, not by a condition variable's timed wait: the timer
// reaches the kernel as a relative interval, the wait as an absolute monotonic deadline, which
// tools that shift the clock for tests (libfaketime, docs/time.md) do not translate.
struct MailQueue::Loop
{
    boost::asio::io_context io;
    boost::asio::steady_timer timer {io};
    std::chrono::milliseconds interval {};
    std::function<void()> beforeEachPass;
    std::thread thread;
};

MailQueue::MailQueue(SyncService &service, SmtpSettings settings, SendingLimits limits)
    : m_service(service)
    , m_client(std::move(settings), service.clock())
    , m_limits(limits)
{
}

std::size_t MailQueue::room(std::int64_t now)
{
    if (m_limits.perMinute == 0 && m_limits.perDay == 0)
        return kBatch;
    const auto [minute, day] = m_service.withStore([&](Store &store) {
        store.forgetMailsSentBefore(now - kDayMs);
        return std::pair {store.mailsSentSince(now - kMinuteMs), store.mailsSentSince(now - kDayMs)};
    });
    std::size_t room = kBatch;
    const auto within = [&](std::size_t limit, std::size_t sent) {
        if (limit > 0)
            room = std::min(room, sent >= limit ? 0 : limit - sent);
    };
    within(m_limits.perMinute, minute);
    within(m_limits.perDay, day);
    const bool held = room == 0 && m_service.withStore([&](Store &store) { return !store.dueMails(now, 1).empty(); });
    if (held && !m_held)
        std::cerr << "commonroom-syncd: mail waits in the queue: "
                  << (day >= m_limits.perDay && m_limits.perDay > 0 ? std::to_string(day)
                                 + " mails went in the last 24 hours, the community's limit (--mail-per-day)"
                                                                    : std::to_string(minute)
                                 + " mails went in the last minute, the community's limit (--mail-per-minute)")
                  << std::endl;
    m_held = held;
    return room;
}

MailQueue::~MailQueue()
{
    if (!m_loop)
        return;
    // A pass under way ends first; the mail it was sending is then either sent or rescheduled.
    boost::asio::post(m_loop->io, [loop = m_loop.get()] { loop->io.stop(); });
    m_loop->thread.join();
}

std::string MailQueue::messageIdOf(const MailSeal &seal, const OutgoingMail &mail)
{
    return toHex(seal.sign("message-id\n" + std::to_string(mail.id) + "\n" + std::to_string(mail.createdAt)))
        .substr(0, 32);
}

void MailQueue::bounced(Store &store, const std::string &address, const std::string &reason, std::int64_t now)
{
    store.noteBounce(address, now, reason);
    // The people mailed at it: the account's, and anyone recorded with it.
    const TableDef &person = *findTable("person");
    std::set<std::string> people;
    if (const auto account = store.findAccountByEmail(address))
        people.insert(account->personId);
    for (auto &id : store.liveIdsWhere(person, "email", address))
        people.insert(std::move(id));
    m_service.beginServerWrites();
    for (const auto &id : people)
        m_service.writeServerRow(person, id, {{"mail_bounced_at", Admission::isoTime(now)}});
    m_service.finishServerWrites();
}

void MailQueue::count(const std::map<std::string, Outcomes> &outcomes)
{
    m_service.withStore([&](Store &store) {
        Store::Transaction transaction(store);
        m_service.beginServerWrites();
        for (const auto &[id, counted] : outcomes) {
            // A message to a group, to an event's registrants or to a smart list: the ids are
            // unique across tables.
            const TableDef *messages = nullptr;
            std::optional<StoredRow> row;
            for (const std::string_view table : groupmail::kMessageTables) {
                messages = findTable(table);
                if ((row = store.loadRow(*messages, id)))
                    break;
            }
            if (!row || row->row.deleted)
                continue;
            const auto sofar = [&](const std::string &field) {
                const auto found = row->row.values.find(field);
                const auto *number
                    = found == row->row.values.end() ? nullptr : std::get_if<std::int64_t>(&found->second);
                return number ? *number : 0;
            };
            m_service.writeServerRow(*messages, id,
                {{"delivered", sofar("delivered") + counted.delivered},
                    {"undelivered", sofar("undelivered") + counted.undelivered}});
        }
        m_service.finishServerWrites();
        transaction.commit();
        m_service.serverWritesCommitted();
    });
}

std::size_t MailQueue::deliverDue()
{
    const std::int64_t now = m_service.clock().nowMs();
    const std::size_t allowed = room(now);
    if (allowed == 0)
        return 0;
    const auto due = m_service.withStore([&](Store &store) { return store.dueMails(now, allowed); });
    std::size_t sent = 0;
    std::map<std::string, Outcomes> outcomes; // of the messages whose mails this pass tried
    for (auto mail : due) {
        const MailSeal &seal = m_service.admission().mailSeal();
        auto body = seal.open(mail.recipient, mail.body);
        const auto opened = [&](const std::string &sealed) {
            return sealed.empty() ? Result<std::string>(std::string()) : seal.open(mail.recipient, sealed);
        };
        auto headers = opened(mail.headers);
        auto fromName = opened(mail.fromName);
        if (!body || !headers || !fromName) {
            std::cerr << "commonroom-syncd: dropped the queued mail to " << mail.recipient << ": "
                      << (!body             ? body
                                 : !headers ? headers
                                            : fromName)
                             .error()
                             .message
                      << std::endl;
            m_service.withStore([&](Store &store) { store.deleteMail(mail.id); });
            if (!mail.source.empty())
                ++outcomes[mail.source].undelivered;
            continue;
        }
        mail.body = std::move(*body);
        mail.headers = std::move(*headers);
        mail.fromName = std::move(*fromName);
        mail.messageId = messageIdOf(seal, mail);
        // The network conversation runs without the store's lock. The mail is forgotten the moment
        // the server takes it, before the goodbye, which narrows the time in which a crash sends
        // it twice to the one database write.
        const auto forget = [&] {
            m_service.withStore([&](Store &store) { store.deleteMail(mail.id); });
        };
        const Status delivered = m_client.send(mail, forget);
        const bool refused = !delivered && delivered.error().code == "recipient_refused";
        const bool givenUp = refused || (!delivered && now - mail.createdAt >= kGiveUpAfterMs);
        m_service.withStore([&](Store &store) {
            Store::Transaction transaction(store);
            if (delivered) {
                store.deleteMail(mail.id); // forgotten already, unless that write failed
                if (m_limits.perMinute > 0 || m_limits.perDay > 0)
                    store.noteMailSent(m_service.clock().nowMs()); // when taken: a pass may last minutes
            } else if (refused) {
                std::cerr << "commonroom-syncd: gave up mailing " << mail.recipient
                          << ", which the mail server refuses: " << delivered.error().message << std::endl;
                store.deleteMail(mail.id);
                bounced(store, mail.recipient, delivered.error().message, now);
            } else if (givenUp) {
                std::cerr << "commonroom-syncd: gave up mailing " << mail.recipient << " after " << mail.attempts + 1
                          << " attempts: " << delivered.error().message << std::endl;
                store.deleteMail(mail.id);
            } else {
                const int attempts = mail.attempts + 1;
                const std::int64_t delay = std::min(kLongestRetryMs, kFirstRetryMs << std::min(attempts - 1, 6));
                std::cerr << "commonroom-syncd: mail to " << mail.recipient << " not sent (attempt " << attempts
                          << "), retrying later: " << delivered.error().message << std::endl;
                store.rescheduleMail(mail.id, attempts, now + delay, delivered.error().message);
            }
            transaction.commit();
            if (refused)
                m_service.serverWritesCommitted();
        });
        sent += delivered.ok();
        if (!mail.source.empty() && (delivered || givenUp))
            ++(delivered ? outcomes[mail.source].delivered : outcomes[mail.source].undelivered);
    }
    if (!outcomes.empty())
        count(outcomes);
    return sent;
}

void MailQueue::start(std::chrono::milliseconds interval, std::function<void()> beforeEachPass)
{
    if (m_loop)
        return;
    m_loop = std::make_unique<Loop>();
    m_loop->interval = interval;
    m_loop->beforeEachPass = std::move(beforeEachPass);
    boost::asio::post(m_loop->io, [this] { pass(); });
    m_loop->thread = std::thread([loop = m_loop.get()] { loop->io.run(); });
}

void MailQueue::pass()
{
    std::size_t sent = 0;
    try {
        if (m_loop->beforeEachPass)
            m_loop->beforeEachPass();
        sent = deliverDue();
    } catch (const std::exception &error) {
        std::cerr << "commonroom-syncd: the mail queue failed: " << error.what() << std::endl;
    }
    // A whole batch sent: more are likely due, and go at once (a message to a large group). Posted,
    // not timed: a timer due at once reaches the kernel as an absolute time, which a shifted
    // clock (libfaketime) puts out of reach.
    if (sent == kBatch) {
        boost::asio::post(m_loop->io, [this] { pass(); });
        return;
    }
    m_loop->timer.expires_after(m_loop->interval);
    m_loop->timer.async_wait([this](const boost::system::error_code &error) {
        if (!error)
            pass();
    });
}

} // namespace commonroom::syncd
