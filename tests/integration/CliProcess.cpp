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
    QByteArray err = process.readAllStandardError();
    // A crash is no exit code: say so, or a test would report only that the code was not 0.
    if (process.exitStatus() == QProcess::CrashExit)
        err += "\ncommonroom-cli crashed: " + process.errorString().toUtf8() + '\n';
    return {
        process.exitStatus() == QProcess::CrashExit ? -1 : process.exitCode(), process.readAllStandardOutput(), err};
}

int runCli(const QStringList &arguments, const QByteArray &input, QByteArray *printed)
{
    auto [code, out, err] = runCli(arguments, input);
    if (printed)
        *printed = out + err;
    return code;
}
