#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace commonroom {

// What the groups window's panes say after an action, in the user's language.
class GroupMessages
{
    Q_DECLARE_TR_FUNCTIONS(GroupMessages)

public:
    // Why Groups refused: its error codes have their own sentences; other refusals (the shared
    // rules, the store) keep their English detail inside a translated sentence.
    static QString refusal(const Error &error, const QString &group = {}, const QString &person = {});
    // Appended to what was done: it is saved here and sent later.
    static QString sentLater();
};

} // namespace commonroom
