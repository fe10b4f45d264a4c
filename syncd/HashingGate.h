#pragma once

#include <condition_variable>
#include <cstddef>
#include <mutex>
#include <optional>
#include <utility>

namespace commonroom::syncd {

// Bounds the deliberately slow password hashing (scrypt: about 0.1 s of CPU and 32 MiB each):
// at most `concurrent` hashes run at once and at most `waiting` more wait their turn. Anyone
// beyond that is turned away at once (the API answers 503 with Retry-After), so that a flood
// of sign-ins or applications can neither take every CPU nor every server thread; the health
// check and the sync of signed-in devices go on. Thread-safe.
class HashingGate
{
public:
    static constexpr std::size_t kDefaultConcurrent = 2;
    static constexpr std::size_t kDefaultWaiting = 4;
    // The server threads a full gate can hold: HttpsServer runs this many threads more than it
    // would otherwise, so that the others stay free for everything else.
    static constexpr std::size_t kMaxHeld = kDefaultConcurrent + kDefaultWaiting;

    // Held while one password is hashed; releases its place when it goes.
    class Pass
    {
    public:
        explicit Pass(HashingGate &gate)
            : m_gate(&gate)
        {
        }
        Pass(Pass &&other) noexcept
            : m_gate(std::exchange(other.m_gate, nullptr))
        {
        }
        Pass &operator=(Pass &&) = delete;
        ~Pass()
        {
            if (m_gate)
                m_gate->leave();
        }

    private:
        HashingGate *m_gate;
    };

    explicit HashingGate(std::size_t concurrent = kDefaultConcurrent, std::size_t waiting = kDefaultWaiting);

    // A pass once a place is free (waiting for one when the queue has room), or nothing when
    // the queue is full too.
    std::optional<Pass> enter();
    // How many wait for a place now.
    std::size_t waiting();

private:
    void leave();

    const std::size_t m_concurrent;
    const std::size_t m_maxWaiting;
    std::mutex m_mutex;
    std::condition_variable m_freed;
    std::size_t m_running = 0;
    std::size_t m_queued = 0;
};

} // namespace commonroom::syncd
