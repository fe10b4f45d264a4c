#include "StartupRecovery.h"

#include "Prompts.h"
#include "desktop/core/Device.h"

#include <QDir>

namespace commonroom {

Status StartupRecovery::offer(Device &device, const Error &damage, Prompts &prompts)
{
    const Profile &profile = device.profile();
    const QString path = QDir::toNativeSeparators(profile.databasePath());
    const QString title = tr("Damaged community copy");
    Prompts::Question recover;
    recover.title = title;
    recover.text
        = tr("The community copy in %1 cannot be used: %2\n\n"
             "Commonroom can set the damaged file aside (nothing is deleted), keep the changes not yet sent that "
             "can still be read, and fetch the community again from the server at the next sync. Recover now?")
              .arg(path, QString::fromStdString(damage.message));
    recover.yes = tr("&Recover");
    recover.tone = Prompts::Question::Tone::Warning;
    recover.yesByDefault = true; // nothing is deleted, and declining leaves the program unable to start
    if (!prompts.confirm(nullptr, recover))
        return damage;

    const auto recovered = LocalStore::recover(profile.databasePath(), device.clock());
    if (!recovered)
        return recovered.error();
    if (!recovered->sameDevice) {
        // The session belonged to the device the damaged file was; the fresh copy signs in anew.
        (void)device.tokens().clear();
    }
    if (auto opened = device.open(); !opened)
        return opened;

    QStringList done {tr("The damaged file was moved to %1.").arg(QDir::toNativeSeparators(recovered->damagedCopy)),
        tr("%n unsent change(s) were kept; they are sent at the next sync.", nullptr, recovered->keptChanges)};
    if (recovered->unreadableChanges > 0)
        done << tr("%n unsent change(s) could not be read from the damaged file and are lost; please make them "
                   "again.",
            nullptr, int(recovered->unreadableChanges));
    if (!recovered->sameDevice)
        done << tr("The damaged file no longer told which device this was, so sign in again; this computer then "
                   "counts as a new device.");
    prompts.inform(nullptr, title, done.join(QLatin1Char('\n')));
    return {};
}

} // namespace commonroom
