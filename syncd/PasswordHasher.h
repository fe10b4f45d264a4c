#pragma once

#include "common/Result.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace commonroom::syncd {

// scrypt password hashes, stored self-describing ("scrypt$N$r$p$<salt>$<hash>", base64) so that
// the cost can be raised later without breaking stored accounts.
class PasswordHasher
{
public:
    struct Parameters
    {
        std::uint64_t n = 1u << 15;
        std::uint64_t r = 8;
        std::uint64_t p = 1;
    };

    static constexpr std::size_t kMinimumPasswordLength = 12;

    PasswordHasher() = default;
    explicit PasswordHasher(Parameters parameters)
        : m_parameters(parameters)
    {
    }

    std::string hash(std::string_view password) const;
    // False for a wrong password and for a stored hash that cannot be read.
    bool verify(std::string_view password, std::string_view stored) const;
    // Spends the time of one verification, so that an unknown email takes as long as a wrong
    // password and cannot be told apart by timing.
    void verifyAgainstNothing(std::string_view password) const;

private:
    Parameters m_parameters;
};

} // namespace commonroom::syncd
