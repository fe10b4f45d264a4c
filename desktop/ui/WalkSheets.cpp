#include "WalkSheets.h"

#include "EventPrintouts.h"
#include "desktop/core/TimeText.h"

#include <QLocale>

#include <algorithm>

namespace commonroom {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

const char *kStyle = "<style>table { border-collapse: collapse; } th, td { border: 1px solid #444; padding: 4px; }"
                     " th { background: #ddd; } h3 { margin-top: 12px; }</style>";

QString header(const Turf &turf, const QString &what, const QDateTime &printedAt, int doors)
{
    return QStringLiteral("<h2>%1</h2><p><b>%2</b><br/>%3</p>")
        .arg(escaped(what), escaped(turf.name),
            escaped(
                WalkSheets::tr("%n door(s); printed %1", nullptr, doors).arg(shortDateTime(printedAt.toLocalTime()))));
}

// The boxes a canvasser ticks at a door, and the latest outcome when there is one.
QString boxes(const TurfDoor &door)
{
    QString cells;
    for (const auto outcome : {"not_home", "talked", "refused", "moved"}) {
        const bool latest = door.outcome == QLatin1String(outcome);
        cells += QStringLiteral("<td align=\"center\">%1</td>").arg(latest ? QStringLiteral("✔") : QStringLiteral("☐"));
    }
    cells += QStringLiteral("<td>%1</td><td>%2</td>")
                 .arg(door.support ? QString::number(door.support) : QStringLiteral("1 2 3 4 5"), escaped(door.note));
    return cells;
}

QString boxHeadings()
{
    return QStringLiteral("<th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th width=\"30%\">%6</th>")
        .arg(escaped(Turfs::outcomeName(QStringLiteral("not_home"))),
            escaped(Turfs::outcomeName(QStringLiteral("talked"))),
            escaped(Turfs::outcomeName(QStringLiteral("refused"))),
            escaped(Turfs::outcomeName(QStringLiteral("moved"))), escaped(WalkSheets::tr("Support")),
            escaped(WalkSheets::tr("Note")));
}

} // namespace

QString WalkSheets::walkSheetHtml(const Turf &turf, const std::vector<TurfDoor> &doors, const QDateTime &printedAt)
{
    QString html = QString::fromLatin1(kStyle) + header(turf, tr("Walk sheet"), printedAt, int(doors.size()));
    // The doors come in walking order (Turfs::doors): a heading and a table per street.
    QString street = QStringLiteral("\x01");
    for (const TurfDoor &door : doors) {
        if (door.street != street) {
            if (street != QStringLiteral("\x01"))
                html += QStringLiteral("</tbody></table>");
            street = door.street;
            html += QStringLiteral("<h3>%1</h3><table width=\"100%\" cellspacing=\"0\"><thead><tr><th>%2</th>"
                                   "<th>%3</th>%4</tr></thead><tbody>")
                        .arg(escaped(street.isEmpty() ? tr("No address shown") : street), escaped(tr("Door")),
                            escaped(tr("Name")), boxHeadings());
        }
        html += QStringLiteral("<tr><td>%1</td><td>%2<br/><small>%3</small></td>%4</tr>")
                    .arg(escaped(door.address.section(QLatin1Char('\n'), 0, 0)), escaped(door.name),
                        escaped(door.languages), boxes(door));
    }
    if (!doors.empty())
        html += QStringLiteral("</tbody></table>");
    return html;
}

QString WalkSheets::phoneListHtml(const Turf &turf, const std::vector<TurfDoor> &doors, const QDateTime &printedAt)
{
    std::vector<const TurfDoor *> callable;
    for (const TurfDoor &door : doors) {
        if (!door.phone.isEmpty())
            callable.push_back(&door);
    }
    std::sort(callable.begin(), callable.end(),
        [](const TurfDoor *a, const TurfDoor *b) { return QString::localeAwareCompare(a->name, b->name) < 0; });
    QString html = QString::fromLatin1(kStyle) + header(turf, tr("Phone list"), printedAt, int(callable.size()));
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\"><thead><tr><th>%1</th><th>%2</th>%3</tr></thead>"
                           "<tbody>")
                .arg(escaped(tr("Name")), escaped(tr("Phone")), boxHeadings());
    for (const TurfDoor *door : callable) {
        html += QStringLiteral("<tr><td>%1<br/><small>%2</small></td><td>%3</td>%4</tr>")
                    .arg(escaped(door->name), escaped(door->languages), escaped(door->phone), boxes(*door));
    }
    html += QStringLiteral("</tbody></table>");
    if (callable.size() < doors.size())
        html += QStringLiteral("<p>%1</p>")
                    .arg(escaped(tr("%n door(s) without a phone you may see are on the walk sheet only.", nullptr,
                        int(doors.size() - callable.size()))));
    return html;
}

Status WalkSheets::writeWalkSheet(
    const QString &path, const Turf &turf, const std::vector<TurfDoor> &doors, const QDateTime &printedAt)
{
    return EventPrintouts::writePdf(path, tr("Walk sheet: %1").arg(turf.name), walkSheetHtml(turf, doors, printedAt));
}

Status WalkSheets::writePhoneList(
    const QString &path, const Turf &turf, const std::vector<TurfDoor> &doors, const QDateTime &printedAt)
{
    return EventPrintouts::writePdf(path, tr("Phone list: %1").arg(turf.name), phoneListHtml(turf, doors, printedAt));
}

} // namespace commonroom
