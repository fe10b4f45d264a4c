// commonroom: the desktop program. A thin main() over desktop_ui: parse the command line, open
// the profile's local store, sign in if needed, show the main window.

#include "common/Clock.h"
#include "desktop/core/Device.h"
#include "desktop/ui/DialogPrompts.h"
#include "desktop/ui/LoginDialog.h"
#include "desktop/ui/MainWindow.h"
#include "desktop/ui/StartupRecovery.h"
#include "desktop/ui/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QMessageBox>

namespace {

int fail(const QString &title, const QString &message)
{
    QMessageBox::critical(nullptr, title, message);
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    Q_INIT_RESOURCE(commonroom);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Commonroom"));
    QApplication::setOrganizationDomain(QStringLiteral("commonroom.org"));
    QApplication::setApplicationName(QStringLiteral("Commonroom"));
    QApplication::setApplicationVersion(QStringLiteral(COMMONROOM_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.commonroom.Commonroom"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/org.commonroom.Commonroom.svg")));
    commonroom::installTranslators(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Commonroom, the offline-first community directory."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profileOption(QStringLiteral("profile"),
        QApplication::translate("main", "Keep this device's local data in DIR (default: the user's data directory)."),
        QApplication::translate("main", "DIR"));
    parser.addOption(profileOption);
    parser.process(app);

    const commonroom::Profile profile(parser.value(profileOption));
    const QString title = QApplication::translate("main", "Commonroom cannot start");
    if (auto status = profile.ensureExists(); !status)
        return fail(title,
            QApplication::translate("main", "The profile folder %1 cannot be used: %2")
                .arg(QDir::toNativeSeparators(profile.dir()), QString::fromStdString(status.error().message)));

    // Every question to the user is asked in a dialog, through this one object.
    commonroom::DialogPrompts prompts;
    // The device's one wall clock (docs/time.md).
    const commonroom::SystemClock clock;
    commonroom::Device device(clock, profile);
    auto opened = device.open();
    if (!opened && opened.error().code == "damaged") {
        // Recovered, declined (the file left untouched) or failed: the message says which.
        if (auto recovered = commonroom::StartupRecovery::offer(device, opened.error(), prompts); !recovered)
            return fail(title, QString::fromStdString(recovered.error().message));
        opened = {};
    }
    if (!opened)
        return fail(title,
            QApplication::translate("main",
                "The community copy in %1 could not be opened: %2\n\n"
                "The file was left untouched. Restore it from a backup, "
                "or start with another profile (--profile DIR).")
                .arg(QDir::toNativeSeparators(profile.databasePath()), QString::fromStdString(opened.error().message)));

    // Signing out closes the window and asks to sign in again; cancelling the sign-in quits.
    for (;;) {
        if (device.tokens().load().isEmpty()) {
            commonroom::LoginDialog login(device.engine(), device.store(), prompts);
            if (login.exec() != QDialog::Accepted)
                return 0;
        }
        commonroom::MainWindow window(device, prompts);
        window.show();
        const int result = QApplication::exec();
        if (!window.hasSignedOut())
            return result;
    }
}
