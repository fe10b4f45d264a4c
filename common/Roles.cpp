#include "Roles.h"

#include <array>

namespace commonroom {

namespace {
constexpr std::array<std::string_view, 4> roleNames {"applicant", "member", "leader", "admin"};
constexpr std::array<std::string_view, 4> visibilityNames {"public", "members", "leaders", "private"};

template<class Enum, std::size_t N>
std::optional<Enum> parse(const std::array<std::string_view, N> &names, std::string_view text)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (names[i] == text)
            return static_cast<Enum>(i);
    }
    return std::nullopt;
}
} // namespace

std::string_view toString(Role role)
{
    return roleNames.at(static_cast<std::size_t>(role));
}

std::optional<Role> roleFromString(std::string_view text)
{
    return parse<Role>(roleNames, text);
}

std::string_view toString(Visibility visibility)
{
    return visibilityNames.at(static_cast<std::size_t>(visibility));
}

std::optional<Visibility> visibilityFromString(std::string_view text)
{
    return parse<Visibility>(visibilityNames, text);
}

} // namespace commonroom
