#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace commonroom {

class Device;
class Prompts;

// What the desktop does when the community copy does not open because its file is damaged:
// it offers what `commonroom-cli recover` does — set the damaged file aside, keep the unsent
// changes that can still be read, start a fresh copy that fetches the community at the next
// sync (LocalStore::recover) — and says what came of it. Declined, the file is left untouched.
class StartupRecovery
{
    Q_DECLARE_TR_FUNCTIONS(StartupRecovery)

public:
    // `damage` is what Device::open() answered (code "damaged"). Asks through `prompts` whether
    // to recover, and tells there what came of it. Returns the result of opening the device on
    // the recovered copy, or `damage` when declined.
    static Status offer(Device &device, const Error &damage, Prompts &prompts);
};

} // namespace commonroom
