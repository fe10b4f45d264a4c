#pragma once

#include <QStringList>
#include <QTextStream>

#include "common/Result.h"

namespace commonroom {

class Clock;
class LocalStore;
struct AccountResult;
struct PeopleQuery;

// Takes the search filters (--area, --skill, --language, --role) out of a command's arguments.
// Takes "NAME VALUE" out of args and returns VALUE, or a null string when absent.
QString takeOption(QStringList &args, const QString &name);
// Takes every NAME out of args; true when there was one.
bool takeFlag(QStringList &args, const QString &name);
PeopleQuery takePeopleFilters(QStringList &args);

// commonroom-cli: the directory and its sync, driven from a terminal or a script. Uses the same
// core as the GUI and no widgets. Exit codes are part of the interface (see exitCode values).
class CliCommands
{
public:
    enum ExitCode { Ok = 0, Failure = 1, Usage = 2, NotAuthorized = 3, Offline = 4 };

    // `clock` is the device's wall clock, created once in main (docs/time.md).
    CliCommands(QTextStream &out, QTextStream &err, const Clock &clock);
    // `arguments` excludes the program name.
    int run(QStringList arguments);

private:
    int login(LocalStore &store, const QString &profileDir, QStringList args);
    int logout(LocalStore &store, const QString &profileDir);
    int status(LocalStore &store, const QString &profileDir);
    int sync(LocalStore &store, const QString &profileDir);
    int refetch(LocalStore &store, const QString &profileDir);
    int recover(const QString &databasePath, const QString &profileDir, QStringList args);
    int verify(LocalStore &store, const QString &profileDir, QStringList args);
    int people(LocalStore &store, QStringList args);
    int groups(LocalStore &store, QStringList args);
    int peopleList(LocalStore &store, const PeopleQuery &query, int limit);
    int exportPeople(LocalStore &store, QStringList args);
    int peopleShow(LocalStore &store, const QString &id);
    int peopleWrite(LocalStore &store, const QString &id, QStringList args);
    int usage(const QString &problem);
    int events(LocalStore &store, QStringList args);
    int checkin(LocalStore &store, QStringList args);
    // Prints the error and returns its exit code (3 for "forbidden").
    int failed(const Error &error);
    // Writes `data` to `path`, or to the standard output when it is empty or "-".
    int writeOutput(const QString &path, const QByteArray &data);
    // Admission and accounts (CliAccounts.cpp, docs/admission.md).
    static bool isAccountCommand(const QString &command);
    int accounts(LocalStore &store, const QString &profileDir, const QString &command, QStringList args);
    int reportFailure(const AccountResult &result);

    QTextStream &m_out;
    QTextStream &m_err;
    const Clock &m_clock;
    bool m_json = false;
};

} // namespace commonroom
