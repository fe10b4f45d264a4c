#pragma once

#include "common/Result.h"

#include <string_view>

namespace commonroom {

// Whether `email` can be an email address: one '@' with text on both sides, no blank, at most
// 320 bytes. The daemon refuses anything else (code "invalid_email"); the desktop checks with the
// same function before it saves or sends one, so that what a form accepts is what the daemon
// accepts. The message is the English fallback; windows say the code in the user's language.
Status checkEmail(std::string_view email);

} // namespace commonroom
