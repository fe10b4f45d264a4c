#include "CliCommands.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Commonroom"));
    QCoreApplication::setApplicationName(QStringLiteral("commonroom"));
    QCoreApplication::setApplicationVersion(QStringLiteral(COMMONROOM_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    commonroom::CliCommands cli(out, err);
    QStringList arguments = app.arguments();
    arguments.removeFirst();
    return cli.run(arguments);
}
