#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

#include <vector>

#include "common/Result.h"
#include "desktop/core/Profile.h"

namespace commonroom {

class Device;
struct AccountResult;
struct GroupMessage;
struct PeopleQuery;

// Takes the search filters (--area, --skill, --language, --role) out of a command's arguments.
// Takes "NAME VALUE" out of args and returns VALUE, or a null string when absent.
QString takeOption(QStringList &args, const QString &name);
// Takes every NAME out of args; true when there was one.
bool takeFlag(QStringList &args, const QString &name);
PeopleQuery takePeopleFilters(QStringList &args);
// ISO 8601 from the command line: with an offset or Z as given; without one, in `zone` (an IANA
// time zone) or else in UTC. Invalid when it is not a time.
QDateTime parseCommandLineTime(const QString &text, const QString &zone = {});

// commonroom-cli: the directory and its sync, driven from a terminal or a script. Uses the same
// core as the GUI and no widgets. Exit codes are part of the interface (see exitCode values).
class CliCommands
{
public:
    enum ExitCode { Ok = 0, Failure = 1, Usage = 2, NotAuthorized = 3, Offline = 4 };

    // The profile the command line names (--profile DIR), or the default one; main builds the
    // device on it.
    static Profile profileOf(const QStringList &arguments);
    // `device` is the device of profileOf(the arguments), built once in main; run() opens it.
    CliCommands(QTextStream &out, QTextStream &err, Device &device);
    // `arguments` excludes the program name.
    int run(QStringList arguments);

private:
    int login(QStringList args);
    int logout();
    int status();
    int sync();
    int refetch();
    int recover(QStringList args);
    int verify(QStringList args);
    int people(QStringList args);
    int groups(QStringList args);
    int peopleList(const PeopleQuery &query, int limit);
    int exportPeople(QStringList args);
    int peopleShow(const QString &id);
    int peopleWrite(const QString &id, QStringList args);
    int usage(const QString &problem);
    int events(QStringList args);
    int checkin(QStringList args);
    // events register EVENT_ID --list SMART_LIST_ID: everyone a smart list selects.
    int registerList(QStringList args);
    // Prints the error and returns its exit code (3 for "forbidden").
    int failed(const Error &error);
    // The id of what a command made ({"id": …} with --json), or its error.
    int printCreated(const Result<QString> &id);
    // Writes `data` to `path`, or to the standard output when it is empty or "-".
    int writeOutput(const QString &path, const QByteArray &data);
    // Admission and accounts (CliAccounts.cpp, docs/admission.md).
    static bool isAccountCommand(const QString &command);
    int accounts(const QString &command, QStringList args);
    int reportFailure(const AccountResult &result);
    // The leadership ladder and leader notes (CliLadder.cpp, docs/organizing.md).
    static bool isLadderCommand(const QString &command);
    int ladderCommand(const QString &command, QStringList args);
    // Contributions and touch-points (CliContributions.cpp, docs/organizing.md).
    static bool isContributionCommand(const QString &command);
    int contributionCommand(const QString &command, QStringList args);
    // Tags (CliTags.cpp, docs/organizing.md).
    static bool isTagCommand(const QString &command);
    int tagCommand(const QString &command, QStringList args);
    int taggedPeople(const QString &name);
    // Opportunities (CliOpportunities.cpp, docs/organizing.md).
    static bool isOpportunityCommand(const QString &command);
    int opportunityCommand(const QString &command, QStringList args);
    static bool isGroupMailCommand(const QString &command);
    int groupMailCommand(const QString &command, QStringList args);
    // Prints messages to groups and events (or why they cannot be read).
    int printMessages(const Result<std::vector<GroupMessage>> &read);
    // Bringing people in from a spreadsheet (CliImport.cpp, docs/import.md).
    static bool isImportCommand(const QString &command);
    int importCommand(QStringList args);
    // Households and relationships (CliRelations.cpp, docs/organizing.md).
    static bool isRelationCommand(const QString &command);
    int relationCommand(const QString &command, QStringList args);
    // The community's words (CliTerms.cpp, docs/organizing.md).
    static bool isTermCommand(const QString &command);
    int termCommand(const QString &command, QStringList args);
    // Turfs and canvassing (CliTurfs.cpp, docs/organizing.md).
    static bool isTurfCommand(const QString &command);
    int turfCommand(const QString &command, QStringList args);
    int printJson(const QJsonObject &object);
    // Smart lists (CliSmartLists.cpp, docs/organizing.md).
    static bool isSmartListCommand(const QString &command);
    int smartListCommand(const QString &command, QStringList args);

    QTextStream &m_out;
    QTextStream &m_err;
    Device &m_device;
    bool m_json = false;
};

} // namespace commonroom
