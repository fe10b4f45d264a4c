#include "CliProcess.h"

#include <QProcess>
#include <QSignalSpy>

std::tuple<int, QByteArray, QByteArray> runCli(const QStringList &arguments, const QByteArray &input)
{
    QProcess process;
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(COMMONROOM_CLI_PATH), arguments);
    process.write(input);
    process.closeWriteChannel();
    if (!finished.wait(120'000)) {
        process.kill();
        process.waitForFinished();
    }
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

int runCli(const QStringList &arguments, const QByteArray &input, QByteArray *printed)
{
    auto [code, out, err] = runCli(arguments, input);
    if (printed)
        *printed = out + err;
    return code;
}
