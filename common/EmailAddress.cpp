#include "EmailAddress.h"

#include <string>

namespace commonroom {

Status checkEmail(std::string_view email)
{
    const auto at = email.find('@');
    const bool blank = email.find_first_of(" \t\r\n") != std::string_view::npos;
    if (at == std::string_view::npos || at == 0 || at + 1 >= email.size() || blank || email.size() > 320
        || email.find('@', at + 1) != std::string_view::npos)
        return makeError(
            "invalid_email", "\"" + std::string(email) + "\" is not an email address; give one like ana@example.org.");
    return {};
}

} // namespace commonroom
