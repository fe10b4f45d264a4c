#pragma once

#include "PeopleSearch.h"

#include "common/Result.h"
#include "common/Value.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace commonroom {

class LocalStore;

// Exports people from the device: vCard 4.0 (RFC 6350) of one person or of the active members
// of a group, and CSV (RFC 4180) of a search result.
//
// An export holds exactly what is on the device, which is only what the signed-in person may
// see (the daemon never sends more): a hidden field is NULL here and simply left out. That holds
// for the photo (PHOTO, a data: URI with its JPEG or PNG media type) and the links (one URL line
// each) too.
class Exporter
{
public:
    explicit Exporter(const LocalStore &store);

    Result<QByteArray> vCardOfPerson(const QString &personId) const;
    // Every active member of the group, in name order; an error when the group is not on the device.
    Result<QByteArray> vCardOfGroup(const QString &groupId) const;
    // The people `query` finds, in its order, at most `limit` (negative: all).
    Result<QByteArray> csv(const PeopleQuery &query, int limit = -1) const;

    // One vCard, CRLF line endings, lines folded at 75 octets, UTF-8.
    static QByteArray vCard(const QString &personId, const FieldMap &person);
    // RFC 6350 §3.4: backslash, comma, semicolon and newlines escaped.
    static QString escapeText(const QString &text);
    // RFC 6350 §3.2: a content line split so no physical line exceeds 75 octets (not counting
    // CRLF), continuation lines starting with a space, never inside a UTF-8 sequence.
    static QByteArray foldLine(const QByteArray &line);
    // The person columns of the CSV, after "id".
    static QStringList csvColumns();
    // RFC 4180: quoted when it holds a comma, quote, CR or LF (quotes doubled); a leading
    // apostrophe before = + - @ tab or CR, so that no cell is a spreadsheet formula.
    static QByteArray csvField(const QString &value);

    // Writes `data` to `path` atomically (a half-written file never replaces an older one).
    static Status writeFile(const QString &path, const QByteArray &data);

private:
    const LocalStore &m_store;
};

} // namespace commonroom
