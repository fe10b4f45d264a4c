#include "EventPrintouts.h"

#include "desktop/core/TimeText.h"
#include "desktop/models/EventsModel.h"
#include "desktop/models/RegistrantsModel.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

#include <algorithm>

namespace commonroom {

namespace {
using Text = EventPrintouts;

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString header(const EventInfo &event, const QString &what)
{
    QString html = QStringLiteral("<h2>%1</h2><p><b>%2</b><br/>%3")
                       .arg(escaped(what), escaped(event.title), escaped(EventsModel::describeTimeRange(event)));
    if (!event.place.isEmpty())
        html += QStringLiteral("<br/>") + escaped(event.place);
    return html + QStringLiteral("</p>");
}

QString nameOf(const Registration &registration)
{
    return registration.displayName.isEmpty() ? Text::tr("(name not shared)") : registration.displayName;
}

const char *kStyle = "<style>table { border-collapse: collapse; } th, td { border: 1px solid #444; padding: 4px; }"
                     " th { background: #ddd; }</style>";
} // namespace

QString EventPrintouts::signInSheetHtml(const EventInfo &event, const std::vector<Registration> &registrations)
{
    std::vector<const Registration *> expected;
    for (const Registration &registration : registrations) {
        if (registration.state == QLatin1String("registered"))
            expected.push_back(&registration);
    }
    std::sort(expected.begin(), expected.end(), [](const Registration *a, const Registration *b) {
        return QString::localeAwareCompare(nameOf(*a), nameOf(*b)) < 0;
    });
    QString html = QString::fromLatin1(kStyle) + header(event, tr("Sign-in sheet"));
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\"><thead><tr><th width=\"6%\">%1</th>"
                           "<th width=\"44%\">%2</th><th width=\"50%\">%3</th></tr></thead><tbody>")
                .arg(escaped(tr("Here")), escaped(tr("Name")), escaped(tr("Signature")));
    for (const Registration *registration : expected) {
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>&nbsp;</td></tr>")
                    .arg(registration->attended ? QStringLiteral("✔") : QStringLiteral("☐"),
                        escaped(nameOf(*registration)));
    }
    for (int line = 0; line < kBlankLines; ++line)
        html += QStringLiteral("<tr><td>☐</td><td>&nbsp;</td><td>&nbsp;</td></tr>");
    html += QStringLiteral("</tbody></table><p>%1</p>")
                .arg(escaped(tr("%1 expected. Walk-ins: write your name on a blank line.")
                                 .arg(QLocale().toString(static_cast<int>(expected.size())))));
    return html;
}

QString EventPrintouts::registrantsHtml(const EventInfo &event, const std::vector<Registration> &registrations)
{
    const QLocale locale;
    QString html = QString::fromLatin1(kStyle) + header(event, tr("Registrants"));
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\"><thead><tr><th>#</th><th>%1</th><th>%2</th>"
                           "<th>%3</th><th>%4</th><th>%5</th></tr></thead><tbody>")
                .arg(escaped(tr("Name")), escaped(tr("Area")), escaped(tr("Registration")),
                    escaped(tr("Registered on")), escaped(tr("Checked in")));
    int number = 0;
    for (const Registration &registration : registrations) {
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td></tr>")
                    .arg(++number)
                    .arg(escaped(nameOf(registration)), escaped(registration.area),
                        escaped(RegistrantsModel::describeState(registration)),
                        escaped(registration.registeredAt.isValid()
                                ? shortDateTime(registration.registeredAt.toLocalTime(), locale)
                                : QString()),
                        escaped(registration.attended ? shortDateTime(registration.checkedInAt.toLocalTime(), locale)
                                                      : QString()));
    }
    html += QStringLiteral("</tbody></table>");
    return html;
}

Status EventPrintouts::writeSignInSheet(
    const QString &path, const EventInfo &event, const std::vector<Registration> &registrations)
{
    return writePdf(path, tr("Sign-in sheet: %1").arg(event.title), signInSheetHtml(event, registrations));
}

Status EventPrintouts::writeRegistrants(
    const QString &path, const EventInfo &event, const std::vector<Registration> &registrations)
{
    return writePdf(path, tr("Registrants: %1").arg(event.title), registrantsHtml(event, registrations));
}

Status EventPrintouts::writePdf(const QString &path, const QString &title, const QString &html)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError("io", tr("Cannot write %1: %2").arg(path, file.errorString()).toStdString());
    {
        QPdfWriter writer(&file);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Commonroom"));
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(
            QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
        print(writer, html);
    }
    if (!file.commit())
        return makeError("io", tr("Cannot write %1: %2").arg(path, file.errorString()).toStdString());
    return {};
}

void EventPrintouts::print(QPagedPaintDevice &device, const QString &html)
{
    QTextDocument document;
    document.setDefaultFont(QFont(QStringLiteral("DejaVu Sans"), 10));
    document.setHtml(html);
    document.print(&device);
}

} // namespace commonroom
