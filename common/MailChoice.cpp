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

std::string_view languageOf(const FieldMap &person)
{
    const std::string chosen = textOf(person, "mail_language");
    for (const std::string_view language : kLanguages) {
        if (language == chosen)
            return language;
    }
    return kLanguages.front();
}

std::string_view languageFor(std::string_view localeName)
{
    const std::string_view base = localeName.substr(0, localeName.find_first_of("_-"));
    for (const std::string_view language : kLanguages) {
        if (language.substr(0, language.find('_')) == base)
            return language;
    }
    return kLanguages.front();
}

} // namespace commonroom::mail
