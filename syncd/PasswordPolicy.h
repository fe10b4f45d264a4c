#pragma once

#include "common/Result.h"

#include <string_view>

namespace commonroom::syncd {

// What a new password must be (docs/security.md): at least 12 characters (counted in code points,
// so that a passphrase in any script gets the same rule), no control characters, not on the list
// of breached passwords nor the embedded list of the most common ones, not one character or a
// keyboard run repeated, not a short word dressed up with digits and symbols ("Summer2026!!"),
// and not mostly the person's own name, email or the name of this service.
class PasswordPolicy
{
public:
    static constexpr std::size_t kMinimumLength = 12;
    // What must be left of a password without the person's name, email and the service's name.
    static constexpr std::size_t kMinimumOwnLetters = 6;

    // Who the password is for; empty parts are not checked.
    struct Owner
    {
        std::string_view email;
        std::string_view displayName;
    };

    static Status check(std::string_view password, Owner owner = {});
    // True when `password`, compared without ASCII case, is on the embedded list of common ones.
    static bool isCommon(std::string_view password);
};

} // namespace commonroom::syncd
