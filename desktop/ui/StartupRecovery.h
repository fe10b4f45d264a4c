#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class QWidget;

namespace commonroom {

class LocalStore;
class Profile;

// What the desktop does when the community copy does not open because its file is damaged:
// it offers what `commonroom-cli recover` does — set the damaged file aside, keep the unsent
// changes that can still be read, start a fresh copy that fetches the community at the next
// sync (LocalStore::recover) — and says what came of it. Declined, the file is left untouched.
class StartupRecovery
{
    Q_DECLARE_TR_FUNCTIONS(StartupRecovery)

public:
    // Asks to confirm: (parent, title, question) -> confirmed. Tests answer without a box.
    using ConfirmPrompt = std::function<bool(QWidget *parent, const QString &title, const QString &question)>;
    static ConfirmPrompt confirmPrompt;
    // Shows what the recovery did: (parent, title, text). Tests read it instead of a box.
    using Notice = std::function<void(QWidget *parent, const QString &title, const QString &text)>;
    static Notice notice;

    // `damage` is what LocalStore::open(profile.databasePath()) answered (code "damaged").
    // Returns the result of opening `store` on the recovered copy, or `damage` when declined.
    static Status offer(LocalStore &store, const Profile &profile, const Error &damage);
};

} // namespace commonroom
