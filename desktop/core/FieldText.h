#pragma once

#include "common/Value.h"

#include <QString>

namespace commonroom {

// The text held by field `name` of a row read from the store, for the services' Qt types; empty
// when the field is absent, NULL or a number (textOf, common/Value.h).
inline QString fieldText(const FieldMap &row, const std::string &name)
{
    return QString::fromStdString(textOf(row, name));
}

} // namespace commonroom
