#pragma once

#include <QByteArray>
#include <QStringList>

#include <tuple>

// commonroom-cli run as a separate process, the way admins and scripts run it: with `arguments`
// and `input` on its standard input. It is waited for (two minutes at the most) while this
// thread's event loop keeps turning, so that what lives on it (a proxy, a local server) goes on
// answering.

// The exit code, the standard output and the standard error.
std::tuple<int, QByteArray, QByteArray> runCli(const QStringList &arguments, const QByteArray &input = {});
// The exit code; both streams, output then error, into `printed`.
int runCli(const QStringList &arguments, const QByteArray &input, QByteArray *printed);
