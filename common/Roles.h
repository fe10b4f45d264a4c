#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace commonroom {

// Ordered: each role sees and may do everything the roles before it may.
enum class Role { Applicant, Member, Leader, Admin };

// Who may see a field. Private means the person themself and admins.
enum class Visibility { Public, Members, Leaders, Private };

std::string_view toString(Role role);
std::optional<Role> roleFromString(std::string_view text);
std::string_view toString(Visibility visibility);
std::optional<Visibility> visibilityFromString(std::string_view text);

// The authenticated caller of a request, as the daemon knows it.
struct Principal
{
    std::string personId;
    Role role = Role::Applicant;
    std::string deviceId;
};

} // namespace commonroom
