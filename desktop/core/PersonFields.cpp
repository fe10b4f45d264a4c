#include "PersonFields.h"

#include <utility>

namespace commonroom {

QString PersonFields::label(std::string_view field)
{
    static const std::pair<std::string_view, const char *> labels[] = {
        {"display_name", QT_TR_NOOP("Display name")},
        {"given_name", QT_TR_NOOP("Given name")},
        {"family_name", QT_TR_NOOP("Family name")},
        {"pronouns", QT_TR_NOOP("Pronouns")},
        {"email", QT_TR_NOOP("Email")},
        {"phone", QT_TR_NOOP("Phone")},
        {"address", QT_TR_NOOP("Address")},
        {"area", QT_TR_NOOP("Area")},
        {"neighbourhood", QT_TR_NOOP("Neighbourhood")},
        {"languages", QT_TR_NOOP("Languages")},
        {"skills", QT_TR_NOOP("Skills")},
        {"interests", QT_TR_NOOP("Interests")},
        {"bio", QT_TR_NOOP("About")},
        {"links", QT_TR_NOOP("Links")},
        {"photo", QT_TR_NOOP("Photo")},
        {"status", QT_TR_NOOP("Status")},
        {"leadership_level", QT_TR_NOOP("Leadership level")},
        {"role", QT_TR_NOOP("Role")},
        {"consent", QT_TR_NOOP("Agrees to be contacted")},
        {"consent_at", QT_TR_NOOP("Agreed on")},
    };
    for (const auto &[name, label] : labels) {
        if (name == field)
            return tr(label);
    }
    return QString::fromUtf8(field.data(), qsizetype(field.size()));
}

} // namespace commonroom
