#include "CliCommands.h"

#include "common/Schema.h"
#include "desktop/core/ApiClient.h"
#include "desktop/core/Device.h"
#include "desktop/core/PeopleSearch.h"

#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QTimeZone>

#include <cstdio>
#include <utility>

namespace commonroom {

namespace {

const char *const kUsage = R"(Usage: commonroom-cli [--profile DIR] [--json] COMMAND

Commands:
  login URL --email E --password-stdin [--ca FILE]   sign this device in (FILE: the daemon's cert.pem)
  logout                                             sign out and forget the session token
  status                                             who is signed in, pending changes, last sync
  sync [--refetch]                                   send local changes and receive the community's
                                                     (--refetch: everything again, as refetch does)
  refetch                                            fetch the whole community again (a copy that went
                                                     wrong); unsent changes are kept and sent first
  recover [--from FILE]                              a damaged local database: set it aside, keep the
                                                     unsent changes that can be read, start a fresh
                                                     copy; --from: take the unsent changes of FILE
  verify [--repair]                                  compare this copy with the server's checksums;
                                                     --repair fetches a fresh copy when they differ
  devices list [--person ID]                         your devices (admins: anyone's)
  devices revoke DEVICE_ID                           the device erases its copy at its next contact
  people list [--limit N]                            everyone, by name
  people search TEXT [--area A] [--skill S] [--language L] [--role R] [--limit N]
                                                     best matches first: each word of TEXT begins
                                                     a word of the name, area, skills, … (any accents)
  people show ID                                     one person, every field you may see
  people add --name NAME [FIELD=VALUE …]             prints the new id
  people set ID FIELD=VALUE … [--visibility FIELD=LEVEL …]

  groups list | show ID
  groups add --name NAME [--kind open|reviewed|closed] [--description D] [--terms T]
  groups join ID [--accept-terms] [--message M]      open: at once; reviewed: a request
  groups leave ID
  groups approve|decline MEMBERSHIP_ID [--message M]   curators, on requests
  groups invite GROUP_ID PERSON_ID | curator GROUP_ID PERSON_ID

  export vcard PERSON_ID | --group GROUP_ID [-o FILE]  contact cards (vCard 4.0) of a person or of
                                                     a group's active members
  export csv [TEXT] [--area A] [--skill S] [--language L] [--role R] [-o FILE]
                                                     the people a search finds, as CSV
  export csv --list ID [-o FILE]                     the people of a smart list, as CSV

  events list [--past|--all] [--group G] [--area A]  upcoming events (past: newest first)
  events add --title T --start ISO8601 [--end ISO8601] [--capacity N] [--place P] [--area A]
             [--group G] [--time-zone Z] [--description D] [--reminder-hours H]
                                                     prints the new id; a time without offset is
                                                     in Z (else UTC); H: mail registrants H hours
                                                     before the start
  events show ID                                     the event, its counts and registrations
  events register|unregister ID [PERSON_ID]          yourself, or someone else (organizers)
  events register ID --list SMART_LIST_ID            everyone the list selects (organizers)
  events walkin ID --name N [--email E] [--phone P] [--area A] [--consent]
                                                     a new person at the door, checked in
  events report ID [--csv] [-o FILE]                 registered, attended, no-shows, walk-ins
  events ics [ID …] [--subscription] [-o FILE]       iCalendar of the events (all by default)
  events duplicates [--all] | merge PAIR_ID KEEP_ID | dismiss PAIR_ID   leaders: likely duplicates
  events merge-likely [--above 0.98]                 leaders: merge every pair at least that likely
  events restore PAIR_ID                             leaders, online: undo a merge
  checkin EVENT_ID PERSON_ID [--undo]                at the door; works offline
Leadership (docs/organizing.md; leaders and admins):
  assess PERSON_ID LEVEL [--note TEXT]               place someone on the ladder (1 Contact …
                                                     5 Core leader); works offline
  ladder PERSON_ID                                   their assessments, newest (current) first
  note PERSON_ID TEXT                                a leader note; never shown to the person
  notes PERSON_ID                                    the leader notes about someone, newest first
Contributions and touch-points (docs/organizing.md):
  contribute PERSON_ID AREA [--kind K] [--hours H] [--on YYYY-MM-DD] [--description TEXT]
                                                     AREA: advocacy, coding, support, events,
                                                     organizing, localization; K: contribution
                                                     (default), call, meeting, door_knock, message;
                                                     members record their own (unconfirmed until a
                                                     leader confirms), leaders anyone's; offline
  contribute --confirm ENTRY_ID                      leaders: confirm someone's entry
  contributions PERSON_ID                            totals by area, then the entries, newest first
                                                     (the person themself and leaders)
  contributions --unconfirmed                        the entries waiting for a leader's confirmation
Tags (docs/organizing.md; leaders and admins make and apply them):
  tags                                               the community's tags and how many have each
  tag create NAME [--members]                        a tag for leaders only, or for members too
  tag apply|remove NAME PERSON_ID                    works offline; a leaders-only tag is never
                                                     shown to the person it is applied to
  tag delete NAME                                    admins
  tag people NAME | people --tag NAME                the people with that tag
Opportunities (docs/organizing.md; what a group asks of its members):
  opportunities [--group ID] [--matching]            a group's (or every) opportunity with its places
                                                     filled; --matching: open ones for your profile
  opportunity post GROUP_ID --title T --area AREA [--places N] [--description D] [--skills S]
             [--languages L] [--commitment C] [--starts YYYY-MM-DD] [--ends YYYY-MM-DD]
                                                     the group's curators and leaders; prints the id
  opportunity edit ID [the options of post]          change what is given
  opportunity close|reopen ID                        no more interest taken, or again
  opportunity interested ID [--message TEXT]         members: say you are interested; works offline
  opportunity withdraw ID                            take back your interest (and your place)
  opportunity accept|decline ID PERSON_ID            the group's curators and leaders
  opportunity interests ID                           who is interested (curators, leaders; yourself)
  group-messages GROUP_ID                            the group's messages on this device, newest first
  group-message GROUP_ID --subject S (--body TEXT | --body-file FILE)
                                                     write to the group (its curators, leaders); mailed by
                                                     the server when it arrives; works offline
  group-mail [on|off]                                whether your groups' messages are mailed to you
  event-messages EVENT_ID                            the event's messages on this device, newest first
  event-message EVENT_ID --to registered|waitlisted|no_show --subject S (--body TEXT | --body-file FILE)
                                                     write to the event's registrants, waitlist or no-shows
                                                     (its organizers, leaders); mailed by the server
  event-mail [on|off]                                whether reminders and messages of your events are
                                                     mailed to you
  list-message LIST_ID --subject S (--body TEXT | --body-file FILE)
                                                     write to the people a smart list selects here now
                                                     (leaders); mailed to those who want announcements
  announcement-mail [on|off]                         whether the community's announcements are mailed to you
  message send (--group GROUP_ID | --event EVENT_ID --to AUDIENCE | --list LIST_ID) --subject S
               (--body TEXT | --body-file FILE)
  message list [--group GROUP_ID | --event EVENT_ID] messages of a group or event; without one, those of
                                                     your groups and events and those to lists, newest first
  unsubscribe [group|event|announcements]            stop that kind of mail, or all of them
  mail-language [en|de|es|fr|pt_BR]                  the language of the server's mails to you
Bringing people in (docs/import.md; leaders and admins, offline):
  import FILE [--dry-run] [--map HEADER=TARGET]... [--delimiter C] [--encoding utf-8|windows-1252|latin1]
         [--rejects FILE]
                                                     people from a CSV or vCard file: columns guessed from their
                                                     headers, rows matched by email or phone with people
                                                     already here, rejected rows written to FILE.rejects.csv
Households and relationships (docs/organizing.md; leaders and admins, offline):
  households                                         the households and how many people are in each
  household new NAME                                 prints the new id
  household show HOUSEHOLD_ID                        its people, and an address one of them shows you
  household add HOUSEHOLD_ID PERSON_ID               out of any other household
  household leave PERSON_ID
  household rename HOUSEHOLD_ID NAME
  relate|unrelate PERSON_ID KIND OTHER_ID            KIND: family, colleague, neighbour, or
                                                     brought_in_by (PERSON_ID was brought in by
                                                     OTHER_ID; one recruiter a person)
  relationships PERSON_ID                            their household and relationships
  recruits PERSON_ID                                 who brought whom: the tree of whom they
                                                     brought in, indented
Smart lists (docs/organizing.md; leaders and admins save them):
  lists                                              the saved lists and how many each selects now
  list show ID [--count] [--limit N]                 its people (or only how many), on this device
  list save NAME [--text T] [--area A] [--skill S] [--language L] [--role R] [--level 1-5]
            [--group GROUP_ID] [--tag NAME …] [--contributed AREA [--since YYYY-MM-DD]]
            [--attended N] [--shared]                private unless --shared with leaders; offline
  list delete ID                                     your own list (admins: a shared one too)
The community's words (docs/organizing.md; admins name them, everyone reads them):
  terms                                              the ladder's levels and the areas, with the
                                                     community's names and the areas in use
  term name area|level KEY NAME                      "" goes back to the default name
  term use|retire AREA                               an area offered for new entries, or no more
Turfs and canvassing (docs/organizing.md; leaders and admins, and canvassers their turfs):
  turfs                                              the turfs and their progress (a canvasser:
                                                     the turfs assigned to them now)
  turf cut --list ID|--area A [--max N] [--prefix P] [--dry-run]
                                                     the people selected whose address you see,
                                                     by neighbourhood and street, N doors a turf
                                                     (40 unless given); prints the new turfs
  turf new NAME | rename ID NAME | close ID | reopen ID
  turf add|remove TURF_ID PERSON_ID                  a door of the turf
  turf show TURF_ID                                  the walk list: doors by street and number
  turf assign TURF_ID PERSON_ID --until TIME [--from TIME]
                                                     to a member, for at most 92 days; their
                                                     devices hold the turf only until then
  turf withdraw ASSIGNMENT_ID                        their devices drop the turf at their next sync
  turf assignments [TURF_ID]
  canvass TURF_ID PERSON_ID OUTCOME [--support 1-5] [--note T]
                                                     OUTCOME: not_home, talked, refused, moved;
                                                     offline, within your assignment
Admission and accounts (docs/admission.md):
  apply URL --email E --name NAME [--about TEXT] [--consent] --password-stdin [--ca FILE]
  accept-invitation URL --code CODE --email E --name NAME --password-stdin [--ca FILE]
  invite EMAIL [--group GROUP_ID]                    leaders: mailed by the server after sync
  vouch PERSON_ID --reason TEXT                      for an applicant
  applicants list
  approve PERSON_ID | reject PERSON_ID --reason R | ask PERSON_ID --message M     admins
  role PERSON_ID member|leader|admin                 admins; the last admin stays
  password change --password-stdin                   current, then new password, one a line
  password reset-request URL --email E [--ca FILE]   mails a code
  password reset URL --email E --code CODE --password-stdin [--ca FILE]
  token refresh                                      a new session token; the old one stops working
  audit [--action A] [--actor ID] [--target ID] [--limit N]                        admins
  export-me [--format json|vcard] [-o FILE]          everything the community holds about you
  erase PERSON_ID --reason TEXT --yes                admins: removes the person everywhere

FIELD is a column of the person table (email, phone, bio, …); an empty VALUE clears it. LEVEL is
public, members, leaders or private. Changes are saved on this device at once and sent at the
next sync.

Exit codes: 0 ok, 1 error, 2 usage, 3 not authorized, 4 offline (changes kept for the next sync).
)";

} // namespace

QString takeOption(QStringList &args, const QString &name)
{
    const int index = args.indexOf(name);
    if (index < 0 || index + 1 >= args.size())
        return {};
    const QString value = args.at(index + 1);
    args.remove(index, 2);
    return value;
}

QDateTime parseCommandLineTime(const QString &text, const QString &zone)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        return {};
    const bool hasOffset = text.endsWith(QLatin1Char('Z'))
        || text.indexOf(QRegularExpression(QStringLiteral("[+-]\\d\\d:?\\d\\d$"))) > 10;
    if (!hasOffset) {
        const QTimeZone timeZone = zone.isEmpty() ? QTimeZone::utc() : QTimeZone(zone.toUtf8());
        time = QDateTime(time.date(), time.time(), timeZone);
    }
    return time.toUTC();
}

bool takeFlag(QStringList &args, const QString &name)
{
    return args.removeAll(name) > 0;
}

// The search filters of `people search` and `export csv`, taken out of args.
PeopleQuery takePeopleFilters(QStringList &args)
{
    PeopleQuery query;
    query.area = takeOption(args, QStringLiteral("--area"));
    query.skill = takeOption(args, QStringLiteral("--skill"));
    query.language = takeOption(args, QStringLiteral("--language"));
    query.role = takeOption(args, QStringLiteral("--role"));
    return query;
}

namespace {

QString text(const FieldValue &value)
{
    return QString::fromStdString(toDisplayString(value));
}

QJsonValue toJson(const FieldValue &value)
{
    if (const auto *number = std::get_if<std::int64_t>(&value))
        return QJsonValue(qint64(*number));
    if (const auto *string = std::get_if<std::string>(&value))
        return QString::fromStdString(*string);
    return QJsonValue::Null;
}

template<class Signal>
void waitFor(const typename QtPrivate::FunctionPointer<Signal>::Object *sender, Signal signal)
{
    QEventLoop loop;
    QObject::connect(sender, signal, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

Profile CliCommands::profileOf(const QStringList &arguments)
{
    // As run() takes it: the word after --profile (run() refuses a missing one).
    const int index = arguments.indexOf(QStringLiteral("--profile"));
    return Profile(index < 0 ? QString() : arguments.value(index + 1));
}

CliCommands::CliCommands(QTextStream &out, QTextStream &err, Device &device)
    : m_out(out)
    , m_err(err)
    , m_device(device)
{
}

int CliCommands::usage(const QString &problem)
{
    if (!problem.isEmpty())
        m_err << "commonroom-cli: " << problem << "\n\n";
    m_err << kUsage;
    m_err.flush();
    return Usage;
}

int CliCommands::run(QStringList args)
{
    if (args.isEmpty() || takeFlag(args, QStringLiteral("--help")) || takeFlag(args, QStringLiteral("-h")))
        return args.isEmpty() ? usage(QStringLiteral("no command given")) : (m_out << kUsage, m_out.flush(), Ok);
    const bool hasProfile = args.contains(QStringLiteral("--profile"));
    const QString profileDir = takeOption(args, QStringLiteral("--profile"));
    if (hasProfile && profileDir.isEmpty())
        return usage(QStringLiteral("--profile needs a directory"));
    m_json = takeFlag(args, QStringLiteral("--json"));
    if (args.isEmpty())
        return usage(QStringLiteral("no command given"));

    if (auto status = m_device.profile().ensureExists(); !status) {
        m_err << QString::fromStdString(status.error().message) << '\n';
        return Failure;
    }
    if (args.first() == QLatin1String("recover")) // works on a database that does not open
        return recover(args.mid(1));
    if (auto status = m_device.open(); !status) {
        m_err << QString::fromStdString(status.error().message) << '\n';
        return Failure;
    }

    const QString command = args.takeFirst();
    if (command == QLatin1String("login"))
        return login(args);
    if (command == QLatin1String("logout"))
        return logout();
    if (command == QLatin1String("status"))
        return status();
    if (command == QLatin1String("sync") && takeFlag(args, QStringLiteral("--refetch")))
        return refetch();
    if (command == QLatin1String("sync"))
        return sync();
    if (command == QLatin1String("refetch"))
        return refetch();
    if (command == QLatin1String("verify"))
        return verify(args);
    if (command == QLatin1String("people"))
        return people(args);
    if (command == QLatin1String("groups"))
        return groups(args);
    if (command == QLatin1String("export"))
        return exportPeople(args);
    // Restoring a merged pair asks the daemon, which alone keeps the merged-away record.
    if (command == QLatin1String("events") && args.value(0) == QLatin1String("restore"))
        return accounts(QStringLiteral("restore-merge"), args.mid(1));
    if (command == QLatin1String("events"))
        return events(args);
    if (command == QLatin1String("checkin"))
        return checkin(args);
    if (isAccountCommand(command))
        return accounts(command, args);
    if (isLadderCommand(command))
        return ladderCommand(command, args);
    if (isContributionCommand(command))
        return contributionCommand(command, args);
    if (isTagCommand(command))
        return tagCommand(command, args);
    if (isOpportunityCommand(command))
        return opportunityCommand(command, args);
    if (isGroupMailCommand(command))
        return groupMailCommand(command, args);
    if (isRelationCommand(command))
        return relationCommand(command, args);
    if (isImportCommand(command))
        return importCommand(args);
    if (isTurfCommand(command))
        return turfCommand(command, args);
    if (isTermCommand(command))
        return termCommand(command, args);
    if (isSmartListCommand(command))
        return smartListCommand(command, args);
    return usage(QStringLiteral("unknown command \"%1\"").arg(command));
}

int CliCommands::login(QStringList args)
{
    LocalStore &store = m_device.store();
    const QString email = takeOption(args, QStringLiteral("--email"));
    const QString caFile = takeOption(args, QStringLiteral("--ca"));
    const bool passwordFromStdin = takeFlag(args, QStringLiteral("--password-stdin"));
    if (args.size() != 1 || email.isEmpty() || !passwordFromStdin)
        return usage(QStringLiteral("login needs URL, --email and --password-stdin"));
    const QUrl server(args.first());
    if (!server.isValid() || server.scheme() != QLatin1String("https"))
        return usage(QStringLiteral("the server address must be an https:// URL"));

    QTextStream in(stdin);
    const QString password = in.readLine();
    if (password.isEmpty()) {
        m_err << "No password on standard input.\n";
        return Usage;
    }

    QString fingerprint = store.setting(QStringLiteral("fingerprint"));
    if (!caFile.isEmpty()) {
        const auto certificates = QSslCertificate::fromPath(caFile, QSsl::Pem);
        if (certificates.isEmpty()) {
            m_err << "No PEM certificate could be read from " << caFile << ".\n";
            return Failure;
        }
        fingerprint = ApiClient::fingerprint(certificates.first());
    }
    TokenStore &tokens = m_device.tokens();
    SyncEngine &engine = m_device.engine();
    // Disconnects the handlers below, which refer to this call's locals, when it returns.
    const QObject scope;
    if (fingerprint.isEmpty()) {
        QSslCertificate seen;
        QString problem;
        QObject::connect(&engine.api(), &ApiClient::certificateFetched, &scope,
            [&](const QSslCertificate &certificate, const QString &error) {
                seen = certificate;
                problem = error;
            });
        engine.api().fetchCertificate(server);
        waitFor(&engine.api(), &ApiClient::certificateFetched);
        if (seen.isNull()) {
            m_err << problem << '\n';
            return Offline;
        }
        m_err << "The server presented a certificate with SHA-256 fingerprint\n  " << ApiClient::fingerprint(seen)
              << "\nCompare it with the one commonroom-syncd printed, then sign in again with --ca and the "
                 "daemon's cert.pem to trust it.\n";
        return Failure;
    }

    bool ok = false;
    QString message;
    QObject::connect(&engine, &SyncEngine::loginFinished, &scope, [&](bool success, const QString &text) {
        ok = success;
        message = text;
    });
    engine.login(server, fingerprint, email, password);
    waitFor(&engine, &SyncEngine::loginFinished);
    if (!ok) {
        m_err << message << '\n';
        return engine.connectivity() == SyncEngine::Connectivity::Offline ? Offline : NotAuthorized;
    }
    if (m_json) {
        m_out << QJsonDocument(QJsonObject {{QStringLiteral("person_id"), store.setting(QStringLiteral("person_id"))},
                                   {QStringLiteral("role"), store.setting(QStringLiteral("role"))}})
                     .toJson(QJsonDocument::Compact)
              << '\n';
    } else {
        m_out << "Signed in as " << email << " (" << store.setting(QStringLiteral("role"))
              << "). The session token is kept " << tokens.description() << ".\n";
    }
    return Ok;
}

int CliCommands::logout()
{
    TokenStore &tokens = m_device.tokens();
    SyncEngine &engine = m_device.engine();
    engine.logout();
    if (!tokens.load().isEmpty())
        waitFor(&engine, &SyncEngine::logoutFinished);
    if (!tokens.load().isEmpty()) {
        m_err << "The session token could not be removed from " << m_device.profile().dir() << ".\n";
        return Failure;
    }
    m_out << "Signed out. Unsent changes stay on this device until you sign in again.\n";
    return Ok;
}

int CliCommands::status()
{
    LocalStore &store = m_device.store();
    TokenStore &tokens = m_device.tokens();
    const qint64 lastSync = store.setting(QStringLiteral("last_sync_ms")).toLongLong();
    const QString lastSyncText
        = lastSync ? QDateTime::fromMSecsSinceEpoch(lastSync).toString(Qt::ISODate) : QStringLiteral("never");
    const bool signedIn = !tokens.load().isEmpty();
    const int problems = int(store.syncProblems().size());
    if (m_json) {
        m_out << QJsonDocument(QJsonObject {
                                   {QStringLiteral("signed_in"), signedIn},
                                   {QStringLiteral("email"), store.setting(QStringLiteral("email"))},
                                   {QStringLiteral("person_id"), store.setting(QStringLiteral("person_id"))},
                                   {QStringLiteral("role"), store.setting(QStringLiteral("role"))},
                                   {QStringLiteral("server"), store.setting(QStringLiteral("server_url"))},
                                   {QStringLiteral("device"), store.siteId()},
                                   {QStringLiteral("pending"), store.pendingCount()},
                                   {QStringLiteral("sync_problems"), problems},
                                   {QStringLiteral("last_sync_ms"), lastSync},
                                   {QStringLiteral("cursor"), store.cursor()},
                               })
                     .toJson(QJsonDocument::Compact)
              << '\n';
        return Ok;
    }
    m_out << "Signed in:     "
          << (signedIn ? store.setting(QStringLiteral("email")) + QStringLiteral(" (")
                         + store.setting(QStringLiteral("role")) + QStringLiteral(")")
                       : QStringLiteral("no"))
          << '\n'
          << "Server:        " << store.setting(QStringLiteral("server_url")) << '\n'
          << "Device:        " << store.siteId() << '\n'
          << "Pending:       " << store.pendingCount() << " change(s) waiting to sync\n"
          << "Sync problems: " << problems << '\n'
          << "Last sync:     " << lastSyncText << '\n';
    return Ok;
}

int CliCommands::sync()
{
    LocalStore &store = m_device.store();
    SyncEngine &engine = m_device.engine();
    SyncResult result;
    // The loop is also the context of the handlers: they end with this call (verify syncs twice).
    QEventLoop loop;
    QObject::connect(&engine, &SyncEngine::finished, &loop, [&](const SyncResult &finished) { result = finished; });
    if (!m_json) {
        QObject::connect(&engine, &SyncEngine::progress, &loop, [this](const QString &phase, qint64 done) {
            m_err << '\r' << (phase == QLatin1String("push") ? "sent " : "received ") << done;
            m_err.flush();
        });
    }
    QObject::connect(&engine, &SyncEngine::finished, &loop, &QEventLoop::quit);
    engine.sync();
    if (engine.isRunning())
        loop.exec();
    if (!m_json && (result.pushed || result.pulled))
        m_err << '\n'; // ends the progress line

    const auto problems = store.syncProblems();
    if (m_json) {
        QJsonArray rejected;
        for (const auto &problem : problems)
            rejected.append(QJsonObject {{QStringLiteral("mid"), problem.mid}, {QStringLiteral("table"), problem.table},
                {QStringLiteral("id"), problem.rowId}, {QStringLiteral("code"), problem.code},
                {QStringLiteral("message"), problem.message}});
        m_out << QJsonDocument(
            QJsonObject {{QStringLiteral("ok"), result.ok()}, {QStringLiteral("message"), result.message},
                {QStringLiteral("pushed"), result.pushed}, {QStringLiteral("rejected"), result.rejected},
                {QStringLiteral("pulled"), result.pulled}, {QStringLiteral("pending"), store.pendingCount()},
                {QStringLiteral("sync_problems"), rejected}})
                     .toJson(QJsonDocument::Compact)
              << '\n';
    } else {
        (result.ok() ? m_out : m_err) << result.message << '\n';
        for (int i = 0; i < result.rejected && i < int(problems.size()); ++i)
            m_err << "refused: " << problems[i].table << ' ' << problems[i].rowId << ": " << problems[i].message
                  << '\n';
    }
    switch (result.outcome) {
    case SyncResult::Outcome::Ok:
        return result.rejected ? NotAuthorized : Ok;
    case SyncResult::Outcome::Offline:
        return Offline;
    case SyncResult::Outcome::Unauthorized:
        return NotAuthorized;
    default:
        return Failure;
    }
}

int CliCommands::refetch()
{
    LocalStore &store = m_device.store();
    if (auto status = store.beginRefetch(); !status) {
        m_err << QString::fromStdString(status.error().message) << '\n';
        return Failure;
    }
    if (!m_json)
        m_err << "Fetching the whole community again; unsent changes are kept and sent first.\n";
    return sync();
}

int CliCommands::recover(QStringList args)
{
    const QString databasePath = m_device.profile().databasePath();
    const bool hasFrom = args.contains(QStringLiteral("--from"));
    const QString from = takeOption(args, QStringLiteral("--from"));
    if (!args.isEmpty() || (hasFrom && from.isEmpty()))
        return usage(QStringLiteral("recover takes only --from FILE"));
    Result<LocalStore::Recovery> recovered = makeError("storage", "");
    if (from.isEmpty()) {
        recovered = LocalStore::recover(databasePath, m_device.clock());
    } else {
        if (auto status = m_device.open(); !status) {
            m_err << QString::fromStdString(status.error().message) << '\n';
            return Failure;
        }
        recovered = m_device.store().salvageFrom(from);
    }
    if (!recovered) {
        m_err << QString::fromStdString(recovered.error().message) << '\n';
        return Failure;
    }
    const auto &recovery = *recovered;
    if (from.isEmpty() && !recovery.sameDevice) {
        // The session belonged to the device the damaged file was; the fresh one signs in anew.
        (void)m_device.tokens().clear();
    }
    if (m_json) {
        m_out << QJsonDocument(QJsonObject {{QStringLiteral("moved_to"), recovery.damagedCopy},
                                   {QStringLiteral("kept"), recovery.keptChanges},
                                   {QStringLiteral("unreadable"), recovery.unreadableChanges},
                                   {QStringLiteral("same_device"), recovery.sameDevice}})
                     .toJson(QJsonDocument::Compact)
              << '\n';
        return Ok;
    }
    if (!recovery.damagedCopy.isEmpty())
        m_out << "The damaged database was moved to " << recovery.damagedCopy << ".\n";
    m_out << recovery.keptChanges << " unsent change(s) were kept; they are sent at the next sync.\n";
    if (recovery.unreadableChanges > 0)
        m_out << recovery.unreadableChanges << " unsent change(s) could not be read from the damaged file and "
              << "are lost; make them again.\n";
    if (from.isEmpty() && recovery.sameDevice)
        m_out << "Run \"commonroom-cli sync\" to fetch the community again.\n";
    else if (from.isEmpty())
        m_out << "The damaged file no longer said which device this is: sign in again (commonroom-cli login), "
                 "then sync.\n";
    return Ok;
}

int CliCommands::verify(QStringList args)
{
    LocalStore &store = m_device.store();
    const bool repair = takeFlag(args, QStringLiteral("--repair"));
    if (!args.isEmpty())
        return usage(QStringLiteral("verify takes only --repair"));
    // Checksums describe the daemon's state at the end of a sync, so compare right after one.
    const bool json = std::exchange(m_json, false);
    QString syncOutput;
    QTextStream quiet(&syncOutput);
    CliCommands silent(quiet, quiet, m_device);
    struct Comparison
    {
        int synced = Ok;
        int code = Failure;
        QJsonArray tables;
    };
    const auto compare = [&]() {
        Comparison comparison;
        syncOutput.clear();
        comparison.synced = silent.sync();
        if (comparison.synced != Ok && comparison.synced != NotAuthorized) {
            comparison.code = comparison.synced;
            return comparison;
        }
        int differing = 0;
        const auto local = store.checksums();
        const auto server = store.serverChecksums();
        for (const auto &[table, expected] : server) {
            const auto here = local.count(table) ? local.at(table) : TableChecksum {};
            differing += here == expected ? 0 : 1;
            comparison.tables.append(QJsonObject {{QStringLiteral("table"), QString::fromStdString(table)},
                {QStringLiteral("ok"), here == expected}, {QStringLiteral("rows_here"), qint64(here.count)},
                {QStringLiteral("rows_on_server"), qint64(expected.count)}});
        }
        comparison.code = server.empty() ? Failure : (differing ? Failure : Ok);
        return comparison;
    };
    Comparison comparison = compare();
    m_json = json;
    if (comparison.code == Offline || comparison.code == NotAuthorized) {
        m_err << "Cannot verify: " << syncOutput.trimmed() << '\n';
        return comparison.code;
    }
    const int pending = store.pendingCount();
    if (pending > 0) {
        m_err << "Cannot verify while " << pending << " change(s) wait to be sent; sync first.\n";
        return Failure;
    }
    bool repaired = false;
    if (comparison.code != Ok && repair) {
        // Whatever went wrong (a differing copy, a sync that fails on a damaged cursor), a fresh
        // copy is the repair.
        if (auto status = store.beginRefetch(); !status) {
            m_err << QString::fromStdString(status.error().message) << '\n';
            return Failure;
        }
        comparison = compare();
        repaired = comparison.synced == Ok;
        // Fetched afresh, the copy is the server's even when there is nothing to check it against.
        if (repaired && comparison.tables.isEmpty())
            comparison.code = Ok;
    }
    const int code = comparison.code;
    const QJsonArray &tables = comparison.tables;
    if (m_json) {
        m_out << QJsonDocument(QJsonObject {{QStringLiteral("ok"), code == Ok}, {QStringLiteral("repaired"), repaired},
                                   {QStringLiteral("tables"), tables}})
                     .toJson(QJsonDocument::Compact)
              << '\n';
        if (code != Ok && comparison.synced != Ok)
            m_err << "Cannot verify: " << syncOutput.trimmed() << '\n';
        return code;
    }
    for (const auto &entry : tables) {
        const QJsonObject table = entry.toObject();
        m_out << QStringLiteral("%1 %2")
                     .arg(table.value(QStringLiteral("table")).toString(), -12)
                     .arg(table.value(QStringLiteral("ok")).toBool()
                             ? QStringLiteral("ok (%1 rows)").arg(table.value(QStringLiteral("rows_here")).toInteger())
                             : QStringLiteral("DIFFERS: %1 rows here, %2 on the server")
                                   .arg(table.value(QStringLiteral("rows_here")).toInteger())
                                   .arg(table.value(QStringLiteral("rows_on_server")).toInteger()))
              << '\n';
    }
    if (comparison.synced != Ok)
        m_err << "Cannot verify: the sync before the comparison failed: " << syncOutput.trimmed() << '\n'
              << (repair ? "" : "Run verify --repair to fetch a fresh copy.\n");
    else if (repaired && tables.isEmpty())
        m_out << "Repaired: a fresh copy was fetched. The server sent no checksums to check it against (it works "
                 "them out when it starts).\n";
    else if (tables.isEmpty())
        m_err << "The server sent no checksums to compare with (it works them out when it starts); run verify "
                 "--repair to fetch a fresh copy instead.\n";
    else if (code != Ok)
        m_err << "This copy differs from the server's; run verify --repair to fetch a fresh copy.\n";
    else if (repaired)
        m_out << "Repaired: a fresh copy was fetched and now matches the server.\n";
    return code;
}

int CliCommands::people(QStringList args)
{
    if (args.isEmpty())
        return usage(QStringLiteral("people needs a subcommand: list, search, show, add or set"));
    if (const QString tag = takeOption(args, QStringLiteral("--tag")); !tag.isNull()) {
        if (!args.isEmpty() && args != QStringList {QStringLiteral("list")})
            return usage(QStringLiteral("people --tag NAME lists the people with that tag; it takes nothing else"));
        return taggedPeople(tag);
    }
    const QString sub = args.takeFirst();
    bool limitOk = true;
    const QString limitText = takeOption(args, QStringLiteral("--limit"));
    const int limit = limitText.isEmpty() ? -1 : limitText.toInt(&limitOk);
    if (!limitOk || (limitText.size() && limit < 0))
        return usage(QStringLiteral("--limit takes a positive number"));

    if (sub == QLatin1String("list") && args.isEmpty())
        return peopleList({}, limit);
    if (sub == QLatin1String("search")) {
        PeopleQuery query = takePeopleFilters(args);
        if (args.size() != 1)
            return usage(QStringLiteral("people search takes one TEXT (quote it when it has spaces)"));
        query.text = args.first();
        return peopleList(query, limit);
    }
    if (sub == QLatin1String("show") && args.size() == 1)
        return peopleShow(args.first());
    if (sub == QLatin1String("add")) {
        const QString name = takeOption(args, QStringLiteral("--name"));
        if (name.isEmpty())
            return usage(QStringLiteral("people add needs --name"));
        args.prepend(QStringLiteral("display_name=") + name);
        return peopleWrite({}, args);
    }
    if (sub == QLatin1String("set") && args.size() >= 2) {
        const QString id = args.takeFirst();
        return peopleWrite(id, args);
    }
    return usage(QStringLiteral("unknown or incomplete people command"));
}

int CliCommands::peopleList(const PeopleQuery &query, int limit)
{
    static const QStringList columns {
        QStringLiteral("display_name"), QStringLiteral("area"), QStringLiteral("email"), QStringLiteral("phone")};
    PeopleSearch search = m_device.people().search(query);
    QJsonArray array;
    if (!m_json)
        m_out << QStringLiteral("%1  %2  %3  %4  %5\n")
                     .arg(QStringLiteral("ID"), -36)
                     .arg(QStringLiteral("NAME"), -28)
                     .arg(QStringLiteral("AREA"), -18)
                     .arg(QStringLiteral("EMAIL"), -28)
                     .arg(QStringLiteral("PHONE"));
    for (int left = limit < 0 ? std::numeric_limits<int>::max() : limit; left > 0 && !search.atEnd();) {
        auto ids = search.next(std::min(left, 500));
        if (!ids) {
            m_err << QString::fromStdString(ids.error().message) << '\n';
            return Failure;
        }
        left -= int(ids->size());
        // The page's people, in the search's order.
        const auto page = m_device.people().columnsOf(QStringList(ids->begin(), ids->end()), columns);
        if (!page)
            return failed(page.error());
        for (const auto &person : *page) {
            if (m_json) {
                QJsonObject object {{QStringLiteral("id"), person.id}};
                for (int i = 0; i < columns.size(); ++i)
                    object.insert(columns[i], person.values[i].isNull() ? QJsonValue() : person.values[i].toString());
                array.append(object);
                continue;
            }
            m_out << QStringLiteral("%1  %2  %3  %4  %5\n")
                         .arg(person.id, -36)
                         .arg(person.values[0].toString(), -28)
                         .arg(person.values[1].toString(), -18)
                         .arg(person.values[2].toString(), -28)
                         .arg(person.values[3].toString());
        }
    }
    if (m_json)
        m_out << QJsonDocument(array).toJson(QJsonDocument::Compact) << '\n';
    return Ok;
}

int CliCommands::peopleShow(const QString &id)
{
    LocalStore &store = m_device.store();
    const auto person = store.row(QStringLiteral("person"), id);
    if (!person) {
        m_err << "No person with id " << id << " on this device. Run sync if they were added elsewhere.\n";
        return Failure;
    }
    if (m_json) {
        QJsonObject object {{QStringLiteral("id"), id}};
        for (const auto &[name, value] : *person) {
            if (!isNull(value))
                object.insert(QString::fromStdString(name), toJson(value));
        }
        m_out << QJsonDocument(object).toJson(QJsonDocument::Compact) << '\n';
        return Ok;
    }
    m_out << QStringLiteral("%1 %2\n").arg(QStringLiteral("id:"), -22).arg(id);
    for (const auto &[name, value] : *person) {
        if (!isNull(value))
            m_out
                << QStringLiteral("%1 %2\n").arg(QString::fromStdString(name) + QLatin1Char(':'), -22).arg(text(value));
    }
    return Ok;
}

int CliCommands::peopleWrite(const QString &id, QStringList args)
{
    LocalStore &store = m_device.store();
    const TableDef &table = *findTable("person");
    FieldMap fields;
    bool visibilityNext = false;
    for (const QString &arg : args) {
        if (arg == QLatin1String("--visibility")) {
            visibilityNext = true;
            continue;
        }
        const int equals = arg.indexOf(QLatin1Char('='));
        if (equals <= 0)
            return usage(QStringLiteral("expected FIELD=VALUE, got \"%1\"").arg(arg));
        std::string name = arg.left(equals).toStdString();
        const QString value = arg.mid(equals + 1);
        if (visibilityNext) {
            const FieldDef *field = table.field(name);
            if (!field || !field->ownerChoosesVisibility)
                return usage(QStringLiteral("%1 has no visibility of its own").arg(QString::fromStdString(name)));
            name = visibilityColumn(name);
            visibilityNext = false;
        }
        const FieldDef *def = table.field(name);
        if (value.isEmpty()) {
            fields[name] = std::monostate {};
        } else if (def && def->type == FieldType::Integer) {
            bool ok = false;
            const qlonglong number = value.toLongLong(&ok);
            if (!ok)
                return usage(QStringLiteral("%1 takes a whole number").arg(QString::fromStdString(name)));
            fields[name] = std::int64_t(number);
        } else {
            fields[name] = value.toStdString();
        }
    }
    if (visibilityNext)
        return usage(QStringLiteral("--visibility needs FIELD=LEVEL"));

    if (id.isEmpty()) {
        auto created = store.createRow(QStringLiteral("person"), fields);
        if (!created) {
            m_err << QString::fromStdString(created.error().message) << '\n';
            return created.error().code == "unknown_field" || created.error().code == "invalid_value" ? Usage : Failure;
        }
        m_out << *created << '\n';
        return Ok;
    }
    if (auto status = store.updateRow(QStringLiteral("person"), id, fields); !status) {
        m_err << QString::fromStdString(status.error().message) << '\n';
        return status.error().code == "unknown_field" || status.error().code == "invalid_value" ? Usage : Failure;
    }
    m_out << "Saved on this device; " << store.pendingCount() << " change(s) waiting to sync.\n";
    return Ok;
}

} // namespace commonroom
