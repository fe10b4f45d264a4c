#include "MailQueue.h"

#include "SyncService.h"

#include <iostream>

namespace commonroom::syncd {

MailQueue::MailQueue(SyncService &service, SmtpSettings settings)
    : m_service(service)
    , m_client(std::move(settings), service.clock())
{
}

MailQueue::~MailQueue()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

std::size_t MailQueue::deliverDue()
{
    const std::int64_t now = m_service.clock().nowMs();
    const auto due = m_service.withStore([&](Store &store) { return store.dueMails(now, 20); });
    std::size_t sent = 0;
    for (auto mail : due) {
        auto body = m_service.admission().mailSeal().open(mail.recipient, mail.body);
        if (!body) {
            std::cerr << "commonroom-syncd: dropped the queued mail to " << mail.recipient << ": "
                      << body.error().message << std::endl;
            m_service.withStore([&](Store &store) { store.deleteMail(mail.id); });
            continue;
        }
        mail.body = std::move(*body);
        // The network conversation runs without the store's lock.
        const Status delivered = m_client.send(mail);
        m_service.withStore([&](Store &store) {
            Store::Transaction transaction(store);
            if (delivered) {
                store.deleteMail(mail.id);
            } else if (now - mail.createdAt >= kGiveUpAfterMs) {
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
        });
        sent += delivered.ok();
    }
    return sent;
}

void MailQueue::start(std::chrono::milliseconds interval)
{
    m_thread = std::thread([this, interval] {
        std::unique_lock lock(m_mutex);
        while (!m_stopping) {
            lock.unlock();
            try {
                deliverDue();
            } catch (const std::exception &error) {
                std::cerr << "commonroom-syncd: the mail queue failed: " << error.what() << std::endl;
            }
            lock.lock();
            m_wake.wait_for(lock, interval, [this] { return m_stopping; });
        }
    });
}

} // namespace commonroom::syncd
