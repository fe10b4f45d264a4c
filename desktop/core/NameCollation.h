#pragma once

#include "common/Result.h"

#include <QLocale>
#include <QSqlDatabase>
#include <QString>

struct sqlite3;

namespace commonroom {

// The SQLite collation "LOCALE": names in the alphabetical order of the user's language, by an
// ICU collator. SQLite's NOCASE folds ASCII letters only and orders by code point, so "Álvaro"
// came after "zoe"; with LOCALE it sorts with the A's, "ñ" follows "n" in Spanish, "ł" follows
// "l" in Polish and Turkish puts "ı" before "i". Like NOCASE it ignores case (ICU's secondary
// strength: letters and accents count, case does not), so "Sam" and "SAM" are one name and the
// id orders them.
//
// Every connection that writes people or groups, or reads them through the indexes made with it
// (person_by_locale_name, group_by_locale_name; migration 6), must have it installed: SQLite
// refuses such a statement on a connection without it. LocalStore installs it on its
// connection, UnsentSalvage on its reader. An index is only right for the collator that built
// it: LocalStore keeps in the file which one that was (setting "name_collation") and rebuilds
// the indexes when the locale or ICU's collation rules change.
class NameCollation
{
public:
    static constexpr const char *kName = "LOCALE";

    // The ICU locale for `locale`: "" (ICU's root order, the same for every language) for the C
    // locale.
    static QByteArray icuLocale(const QLocale &locale);
    // Installs the collation on the connection. Returns what orders it (locale, strength and
    // ICU's collation version), to be kept beside the indexes that were built with it.
    static Result<QString> install(const QSqlDatabase &db, const QLocale &locale);
    static Result<QString> install(sqlite3 *handle, const QLocale &locale);
};

} // namespace commonroom
