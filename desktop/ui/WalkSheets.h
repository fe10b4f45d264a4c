#pragma once

#include "common/Result.h"
#include "desktop/core/Turfs.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <vector>

namespace commonroom {

// A turf's printable pages (docs/organizing.md, "Turfs and canvassing"), written as PDF like an
// event's sign-in sheet (EventPrintouts::writePdf):
//
// - the walk sheet: the doors street by street in house-number order, each with a box per
//   outcome, support 1–5 and room for a note;
// - the phone list: the doors whose phone the sheet's reader may see, by name, with the same
//   boxes.
//
// A door already knocked shows its latest outcome. Names and addresses come from other people:
// they are escaped, never interpreted as markup.
class WalkSheets
{
    Q_DECLARE_TR_FUNCTIONS(WalkSheets)

public:
    static QString walkSheetHtml(const Turf &turf, const std::vector<TurfDoor> &doors, const QDateTime &printedAt);
    static QString phoneListHtml(const Turf &turf, const std::vector<TurfDoor> &doors, const QDateTime &printedAt);

    static Status writeWalkSheet(
        const QString &path, const Turf &turf, const std::vector<TurfDoor> &doors, const QDateTime &printedAt);
    static Status writePhoneList(
        const QString &path, const Turf &turf, const std::vector<TurfDoor> &doors, const QDateTime &printedAt);
};

} // namespace commonroom
