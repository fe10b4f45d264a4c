#include "CliCommands.h"

#include "common/Clock.h"
#include "desktop/core/Device.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Commonroom"));
    QCoreApplication::setApplicationName(QStringLiteral("commonroom"));
    QCoreApplication::setApplicationVersion(QStringLiteral(COMMONROOM_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    // The device's one wall clock (docs/time.md).
    const commonroom::SystemClock clock;
    QStringList arguments = app.arguments();
    arguments.removeFirst();
    commonroom::Device device(clock, commonroom::CliCommands::profileOf(arguments));
    commonroom::CliCommands cli(out, err, device);
    return cli.run(arguments);
}
