#include "StartupRecovery.h"

#include "desktop/core/LocalStore.h"
#include "desktop/core/Profile.h"
#include "desktop/core/TokenStore.h"

#include <QDir>
#include <QMessageBox>
#include <QPushButton>

namespace commonroom {

StartupRecovery::ConfirmPrompt StartupRecovery::confirmPrompt;
StartupRecovery::Notice StartupRecovery::notice;

Status StartupRecovery::offer(LocalStore &store, const Profile &profile, const Error &damage)
{
    const QString path = QDir::toNativeSeparators(profile.databasePath());
    const QString title = tr("Damaged community copy");
    const QString question
        = tr("The community copy in %1 cannot be used: %2\n\n"
             "Commonroom can set the damaged file aside (nothing is deleted), keep the changes not yet sent that "
             "can still be read, and fetch the community again from the server at the next sync. Recover now?")
              .arg(path, QString::fromStdString(damage.message));
    bool confirmed = false;
    if (confirmPrompt) {
        confirmed = confirmPrompt(nullptr, title, question);
    } else {
        QMessageBox box(QMessageBox::Warning, title, question, QMessageBox::Cancel);
        QPushButton *recover = box.addButton(tr("&Recover"), QMessageBox::AcceptRole);
        box.setDefaultButton(recover);
        box.exec();
        confirmed = box.clickedButton() == recover;
    }
    if (!confirmed)
        return damage;

    const auto recovered = LocalStore::recover(profile.databasePath(), store.clock());
    if (!recovered)
        return recovered.error();
    if (!recovered->sameDevice) {
        // The session belonged to the device the damaged file was; the fresh copy signs in anew.
        (void)TokenStore(profile.dir()).clear();
    }
    if (auto opened = store.open(profile.databasePath()); !opened)
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
    const QString text = done.join(QLatin1Char('\n'));
    if (notice)
        notice(nullptr, title, text);
    else
        QMessageBox::information(nullptr, title, text);
    return {};
}

} // namespace commonroom
