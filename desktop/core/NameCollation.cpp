#include "NameCollation.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>
#include <unicode/ucol.h>
#include <unicode/uloc.h>

#include <algorithm>
#include <cstring>

namespace commonroom {

namespace {

int compare(void *collator, int leftLength, const void *left, int rightLength, const void *right)
{
    UErrorCode status = U_ZERO_ERROR;
    const UCollationResult order = ucol_strcollUTF8(static_cast<UCollator *>(collator), static_cast<const char *>(left),
        leftLength, static_cast<const char *>(right), rightLength, &status);
    if (U_FAILURE(status)) {
        // Not expected (ill-formed UTF-8 compares as U+FFFD); the bytes still give a total order.
        const int common = std::min(leftLength, rightLength);
        const int bytes = common > 0 ? std::memcmp(left, right, std::size_t(common)) : 0;
        return bytes != 0 ? bytes : leftLength - rightLength;
    }
    return order == UCOL_LESS ? -1 : order == UCOL_GREATER ? 1 : 0;
}

void destroy(void *collator)
{
    ucol_close(static_cast<UCollator *>(collator));
}

} // namespace

QByteArray NameCollation::icuLocale(const QLocale &locale)
{
    if (locale.language() == QLocale::C)
        return {};
    char id[ULOC_FULLNAME_CAPACITY] = {};
    UErrorCode status = U_ZERO_ERROR;
    uloc_forLanguageTag(locale.bcp47Name().toLatin1().constData(), id, sizeof id, nullptr, &status);
    return U_FAILURE(status) ? locale.name().toLatin1() : QByteArray(id);
}

Result<QString> NameCollation::install(const QSqlDatabase &db, const QLocale &locale)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return makeError("storage", "The local database is not an open SQLite database.");
    return install(*static_cast<sqlite3 *const *>(handle.data()), locale);
}

Result<QString> NameCollation::install(sqlite3 *handle, const QLocale &locale)
{
    if (!handle)
        return makeError("storage", "The local database is not open.");
    const QByteArray id = icuLocale(locale);
    UErrorCode status = U_ZERO_ERROR;
    UCollator *collator = ucol_open(id.constData(), &status);
    if (U_FAILURE(status))
        return makeError("storage",
            "Cannot sort names for the language " + locale.bcp47Name().toStdString() + " (ICU: " + u_errorName(status)
                + "). Check that the ICU data package is installed.");
    ucol_setStrength(collator, UCOL_SECONDARY);
    UVersionInfo version {};
    ucol_getVersion(collator, version);
    char versionText[U_MAX_VERSION_STRING_LENGTH] = {};
    u_versionToString(version, versionText);
    // The locale ICU actually uses ("de" for "de_AT" when Austria has no rules of its own): two
    // locales with the same rules keep the indexes as they are.
    status = U_ZERO_ERROR;
    const char *actual = ucol_getLocaleByType(collator, ULOC_ACTUAL_LOCALE, &status);
    const QString description = QStringLiteral("%1 secondary %2")
                                    .arg(QString::fromLatin1(U_SUCCESS(status) && actual ? actual : id.constData()),
                                        QString::fromLatin1(versionText));
    // SQLite owns the collator once installed, and closes it with the connection; not when
    // installing fails.
    if (sqlite3_create_collation_v2(handle, kName, SQLITE_UTF8, collator, compare, destroy) != SQLITE_OK) {
        ucol_close(collator);
        return makeError(
            "storage", std::string("Cannot install the name order on the local database: ") + sqlite3_errmsg(handle));
    }
    return description;
}

} // namespace commonroom
