// commonroom: the desktop program. A thin main() over desktop_ui: parse the command line, open
// the profile's local store, sign in if needed, show the main window.

#include "common/Clock.h"
#include "desktop/core/Device.h"
#include "desktop/core/GroupMail.h"
#include "desktop/ui/DialogPrompts.h"
#include "desktop/ui/LoginDialog.h"
#include "desktop/ui/MainWindow.h"
#include "desktop/ui/Screenshots.h"
#include "desktop/ui/StartupRecovery.h"
#include "desktop/ui/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QMessageBox>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QTimer>

#include <cstdio>

namespace {

int fail(const QString &title, const QString &message)
{
    QMessageBox::critical(nullptr, title, message);
    return 1;
}

// A dark palette of the Fusion style, for desktops whose theme Qt does not follow.
void useDarkPalette()
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette dark;
    const QColor window(45, 45, 48);
    const QColor base(30, 30, 32);
    const QColor text(230, 230, 230);
    const QColor disabledText(130, 130, 130);
    dark.setColor(QPalette::Window, window);
    dark.setColor(QPalette::WindowText, text);
    dark.setColor(QPalette::Base, base);
    dark.setColor(QPalette::AlternateBase, window);
    dark.setColor(QPalette::ToolTipBase, base);
    dark.setColor(QPalette::ToolTipText, text);
    dark.setColor(QPalette::PlaceholderText, disabledText);
    dark.setColor(QPalette::Text, text);
    dark.setColor(QPalette::Button, window);
    dark.setColor(QPalette::ButtonText, text);
    dark.setColor(QPalette::BrightText, QColor(255, 110, 110));
    dark.setColor(QPalette::Link, QColor(110, 170, 255));
    dark.setColor(QPalette::Highlight, QColor(60, 110, 180));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    for (const auto role : {QPalette::Text, QPalette::WindowText, QPalette::ButtonText})
        dark.setColor(QPalette::Disabled, role, disabledText);
    QApplication::setPalette(dark);
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
    const QCommandLineOption darkOption(
        QStringLiteral("dark"), QApplication::translate("main", "Use a dark palette, whatever the desktop's theme."));
    parser.addOption(darkOption);
    const QCommandLineOption screenshotsOption(QStringLiteral("screenshots"),
        QApplication::translate("main",
            "After the first sync, save a picture of every dashboard and main dialog in DIR and quit "
            "(scripts/screenshots.sh)."),
        QApplication::translate("main", "DIR"));
    parser.addOption(screenshotsOption);
    parser.process(app);
    if (parser.isSet(darkOption))
        useDarkPalette();

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

    // Signing out closes the window and asks to sign in again; cancelling the sign-in quits. A
    // new role (an approved application) closes it too, and a window for that role opens.
    for (;;) {
        if (device.tokens().load().isEmpty()) {
            commonroom::LoginDialog login(device.engine(), device.store(), prompts);
            if (login.exec() != QDialog::Accepted)
                return 0;
        }
        commonroom::MainWindow window(device, prompts);
        window.show();
        // Once the person's profile is on the device, their mails come in the app's language
        // unless they chose another (Profile, "Mails from the server in").
        QObject::connect(&device.engine(), &commonroom::SyncEngine::finished, &window,
            [&device](const commonroom::SyncResult &result) {
                // Only after a whole sync: a choice made on another device has arrived by then.
                if (result.ok())
                    (void)device.groupMail().adoptMailLanguage(QLocale());
            });
        if (parser.isSet(screenshotsOption)) {
            // Once the first sync ended (however it ended: the pictures show what it left).
            QObject::connect(
                &device.engine(), &commonroom::SyncEngine::finished, &window,
                [&] {
                    QTimer::singleShot(0, &window, [&] {
                        const auto saved
                            = commonroom::saveScreenshots(window, device, prompts, parser.value(screenshotsOption));
                        if (!saved)
                            std::fprintf(stderr, "%s\n", saved.error().message.c_str());
                        QApplication::exit(saved ? 0 : 1);
                    });
                },
                Qt::SingleShotConnection);
        }
        const int result = QApplication::exec();
        if (!window.hasSignedOut() && !window.hasRoleChanged())
            return result;
    }
}
