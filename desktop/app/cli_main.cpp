#include "CliCommands.h"

#include "common/Clock.h"

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
    commonroom::CliCommands cli(out, err, clock);
    QStringList arguments = app.arguments();
    arguments.removeFirst();
    return cli.run(arguments);
}
