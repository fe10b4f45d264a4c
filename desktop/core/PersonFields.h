#pragma once

#include <QCoreApplication>
#include <QString>

#include <string_view>

namespace commonroom {

// What people call the fields of a person, in one table for every window that names them (the
// profile editor, the duplicate merge, …), so that a field has one name everywhere. The labels are
// English source texts in the translation context "PersonFields"; label() translates them with
// the translators the program installed.
class PersonFields
{
    Q_DECLARE_TR_FUNCTIONS(PersonFields)

public:
    // The field's label in the user's language; the column name itself for a field without one.
    static QString label(std::string_view field);
};

} // namespace commonroom
