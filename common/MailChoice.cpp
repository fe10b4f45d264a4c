#include "MailChoice.h"

#include <string>

namespace commonroom::mail {

bool wants(const FieldMap &person, const Kind &kind)
{
    // Integers as the daemon and the devices hold them (textOf reads text only).
    const auto number = [&person](std::string_view name) {
        const auto found = person.find(std::string(name));
        return found == person.end() ? std::string() : toDisplayString(found->second);
    };
    const std::string choice = number(kind.choice);
    return choice == "1" || (choice != "0" && number("consent") == "1");
}

} // namespace commonroom::mail
