#pragma once

#include "common/Result.h"

#include <string_view>

namespace commonroom::syncd {

// What a new password must be: at least 12 characters (counted in code points, so that a
// passphrase in any script gets the same rule), not one of the passwords that lists of leaked
// passwords show people choose most, and not one character or a keyboard run repeated.
class PasswordPolicy
{
public:
    static constexpr std::size_t kMinimumLength = 12;

    static Status check(std::string_view password);
    // True when `password`, compared without ASCII case, is on the embedded list.
    static bool isCommon(std::string_view password);
};

} // namespace commonroom::syncd
