#pragma once

#include "Store.h"

#include "common/Clock.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace commonroom::syncd {

// Counts failed sign-ins of one kind of key (an account's email, a client address): after
// kMaxFailures within kWindowMs of the first, the key is over its limit until the window has
// passed. What that means is the caller's (docs/security.md): an account is locked, an address
// only slowed down. Kept in the daemon's database (table sign_in_failure, under a digest of the
// key) so that a restart forgets nothing and nothing typed is stored. Callers hold the store's
// lock (SyncService::withStore).
class LoginThrottle
{
public:
    static constexpr int kMaxFailures = 10;
    static constexpr std::int64_t kWindowMs = 15 * 60 * 1000;

    // `kind` keeps the keys of one throttle apart from another's ("account", "address").
    LoginThrottle(const Clock &clock, std::string kind);

    bool isOverLimit(Store &store, std::string_view key) const;
    void recordFailure(Store &store, std::string_view key) const;
    void recordSuccess(Store &store, std::string_view key) const;

private:
    // The digest stored for `key`; emails and addresses compare without ASCII case.
    std::string storedKey(std::string_view key) const;

    const Clock &m_clock;
    const std::string m_kind;
};

} // namespace commonroom::syncd
