#pragma once

#include "common/PersonMatch.h"
#include "common/Result.h"
#include "common/Value.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <vector>

namespace commonroom {

class LocalStore;

// A spreadsheet of people as read from a CSV file (docs/import.md): its cells decoded, split into
// rows and columns.
struct CsvTable
{
    QString encoding; // "UTF-8", or "Windows-1252" for a file that is not UTF-8
    QChar delimiter; // none for vCards
    bool cards = false; // read from vCards: one row per card, a column per field (readVCards)
    QStringList headers;
    std::vector<QStringList> rows; // as many cells as headers (missing ones empty)
    std::vector<int> lines; // the line of the file each row starts on (1 = the headers)
};

// Reads CSV as spreadsheets write it: a UTF-8 byte order mark, or no UTF-8 at all (then
// Windows-1252, the superset of Latin-1 that Excel writes), the delimiter of the header line
// (comma, semicolon, tab or bar) unless given, quoted cells with delimiters, quotes ("") and line
// breaks in them, CRLF or LF. Empty lines are skipped. An "invalid_value" error for a file without
// a header line or with a quote left open.
Result<CsvTable> readCsv(const QByteArray &bytes, QChar delimiter = {}, const QString &encoding = {});

// Reads vCards 3.0 and 4.0 (RFC 6350, as address books export them) into a table: a row per
// card (its line, that of BEGIN:VCARD), a column per field of a person the cards fill, named as
// the field (display_name from FN, given_name and family_name from N, the first EMAIL and TEL,
// address and area from ADR's street and locality, bio from NOTE, skills from EXPERTISE,
// interests from INTEREST, pronouns, groups from CATEGORIES, and what Commonroom's own export
// writes). Folded lines are unfolded and escapes undone. An "invalid_value" error for a card left
// open or a file without one.
Result<CsvTable> readVCards(const QByteArray &bytes);
// vCards when the file begins with BEGIN:VCARD, else CSV.
Result<CsvTable> readPeopleFile(const QByteArray &bytes, QChar delimiter = {}, const QString &encoding = {});

// Bringing a community's people in from a spreadsheet (docs/import.md): each column mapped to a
// field of a person (guessed from its header in English, German, Spanish, French or Portuguese,
// changeable), each row checked, matched with the people this device holds, then written in one
// batch that syncs like any edit. Leaders and admins import.
class Import
{
    Q_DECLARE_TR_FUNCTIONS(Import)

public:
    explicit Import(LocalStore &store);

    // Where a column goes: a person's field (display_name, given_name, family_name, email, …),
    // "consent" (yes or no, in any of the five languages), "groups" (names of groups on this
    // device, separated by ";" or "|"), or nothing (kIgnored).
    static inline const QString kIgnored = QStringLiteral("");
    static QStringList targets();
    // The target the headers suggest for each column; a header seen before is ignored.
    static std::vector<QString> guessTargets(const QStringList &headers);

    // Why the signed-in user may not import (empty when they may).
    QString whyNot() const;

    struct Row
    {
        int line = 0; // of the file (a later row of the same person adds to the first)
        QString personId;
        bool held = false; // someone this device holds already (a match)
        FieldMap fields; // what is written: for a match, only the fields it lacks
        QStringList groupIds; // groups to join (active members)
    };
    struct Reject
    {
        int line = 0;
        QString reason;
        QStringList cells;
    };
    struct Plan
    {
        std::vector<QString> targets; // of each column
        std::vector<Row> rows;
        std::vector<Reject> rejects;
        int newPeople = 0;
        int matched = 0;
        QStringList unknownGroups; // named in the file, not on this device: not joined
    };
    // What importing `table` with the columns mapped to `targets` would do, writing nothing (a dry
    // run): the rows as they will be stored, those refused with the reason, and who is matched.
    // Who sees a new person's fields is theirs to choose: until they do, the schema's conservative
    // defaults hold (email and phone for leaders, the address for nobody else).
    Result<Plan> plan(const CsvTable &table, const std::vector<QString> &targets) const;

    // A new person of the plan who looks like someone on this device without sharing their e-mail
    // or phone: another spelling of the name, a changed address (docs/dedupe.md).
    struct Alike
    {
        std::size_t row = 0; // into Plan::rows
        QString personId; // who is here already
        matching::Evidence evidence;
    };
    // Those scoring at least `threshold`, the likeliest first, by the directory scan of
    // docs/dedupe.md over this device's people and the plan's new ones. The import writes them as
    // new people; the daemon's scan flags each pair for leaders' review once it holds both.
    Result<std::vector<Alike>> alike(const Plan &plan, double threshold = 0.9) const;

    // Writes the plan's rows in transactions of kBatchRows, telling `progress` (rows written, of
    // how many) after each; stops between two when `cancel` is set (what was written stays, and
    // syncs). Returns how many rows were written.
    static constexpr int kBatchRows = 2000;
    Result<int> run(
        const Plan &plan, const std::function<void(int, int)> &progress = {}, const std::atomic_bool *cancel = nullptr);

    // The rejected rows as CSV: the headers, then "line" and "reason", for the rejects file.
    static QByteArray rejectsCsv(const CsvTable &table, const Plan &plan);

private:
    LocalStore &m_store;
};

} // namespace commonroom
