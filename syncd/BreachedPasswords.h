#pragma once

#include <cstddef>
#include <string_view>

namespace commonroom::syncd {

// The passwords of 12 characters or more from a real list of leaked passwords
// (resources/breached-passwords.md: 114,718 of them, from the Debian package sqlmap), embedded in
// the daemon compressed and unpacked on first use. Thread-safe.
class BreachedPasswords
{
public:
    // Whether `password`, compared without ASCII case, is on the list.
    static bool contains(std::string_view password);
    static std::size_t size();
};

} // namespace commonroom::syncd
