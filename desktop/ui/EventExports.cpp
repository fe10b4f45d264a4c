#include "EventExports.h"

#include "EventPrintouts.h"
#include "Prompts.h"
#include "desktop/core/Device.h"
#include "desktop/core/Exporter.h"
#include "desktop/core/ICalendar.h"
#include "desktop/core/LocalStore.h"

#include <QDir>
#include <QPrinter>
#include <QStandardPaths>
#include <QWidget>

namespace commonroom {

namespace {
QString errorMessage(const Error &error)
{
    return QString::fromStdString(error.message);
}
} // namespace

EventExports::EventExports(Device &device, Prompts &prompts, QWidget *window)
    : QObject(window)
    , m_device(device)
    , m_store(device.store())
    , m_prompts(prompts)
    , m_window(window)
{
}

QString EventExports::fileStem(const QString &title)
{
    QString stem;
    for (const QChar c : title.simplified()) {
        if (c.isLetterOrNumber())
            stem += c;
        else if (!stem.endsWith(QLatin1Char('-')))
            stem += QLatin1Char('-');
    }
    while (stem.endsWith(QLatin1Char('-')))
        stem.chop(1);
    return stem.isEmpty() ? QStringLiteral("event") : stem.left(60);
}

QString EventExports::askSavePath(const QString &title, const QString &suggestedName, const QString &filter)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return m_prompts.saveFile(m_window, title, QDir(folder).filePath(suggestedName), filter);
}

void EventExports::saveBytes(
    const QString &title, const QString &suggestedName, const QString &filter, const QByteArray &data)
{
    const QString path = askSavePath(title, suggestedName, filter);
    if (path.isEmpty())
        return;
    if (auto status = Exporter::writeFile(path, data); !status) {
        Q_EMIT failed(tr("Nothing was saved: %1").arg(errorMessage(status.error())));
        return;
    }
    Q_EMIT succeeded(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
}

void EventExports::attendanceCsv(const EventInfo &event)
{
    auto csv = m_device.events().attendanceCsv(event.id);
    if (!csv) {
        Q_EMIT failed(tr("The attendance could not be exported: %1").arg(errorMessage(csv.error())));
        return;
    }
    saveBytes(tr("Export attendance"), fileStem(event.title) + QStringLiteral("-attendance.csv"),
        tr("CSV files (*.csv)"), *csv);
}

void EventExports::eventCalendar(const EventInfo &event)
{
    saveBytes(tr("Export event"), fileStem(event.title) + QStringLiteral(".ics"), tr("Calendar files (*.ics)"),
        ICalendar::write({event}, event.title, m_store.clock()));
}

void EventExports::listedCalendar(const std::vector<EventInfo> &listed)
{
    if (listed.empty()) {
        Q_EMIT failed(tr("No events are listed: change the filters first."));
        return;
    }
    saveBytes(tr("Export listed events"), QStringLiteral("commonroom-events.ics"), tr("Calendar files (*.ics)"),
        ICalendar::write(listed, tr("Commonroom events"), m_store.clock()));
}

void EventExports::subscription(const QString &groupId, const QString &area)
{
    EventQuery upcoming;
    upcoming.when = EventQuery::When::Upcoming;
    upcoming.groupId = groupId;
    upcoming.area = area;
    const auto listed = m_device.events().list(upcoming);
    saveBytes(tr("Save subscription file"), QStringLiteral("commonroom-subscription.ics"), tr("Calendar files (*.ics)"),
        ICalendar::writeSubscription(listed, tr("Commonroom events"), m_store.clock()));
}

void EventExports::signInSheetPdf(const EventInfo &event)
{
    const QString path = askSavePath(
        tr("Save sign-in sheet"), fileStem(event.title) + QStringLiteral("-sign-in.pdf"), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (auto status = EventPrintouts::writeSignInSheet(path, event, m_device.events().registrations(event.id));
        !status) {
        Q_EMIT failed(tr("The sign-in sheet was not saved: %1").arg(errorMessage(status.error())));
        return;
    }
    Q_EMIT succeeded(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
}

void EventExports::registrantsPdf(const EventInfo &event)
{
    const QString path = askSavePath(tr("Save list of registrants"),
        fileStem(event.title) + QStringLiteral("-registrants.pdf"), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (auto status = EventPrintouts::writeRegistrants(path, event, m_device.events().registrations(event.id));
        !status) {
        Q_EMIT failed(tr("The list of registrants was not saved: %1").arg(errorMessage(status.error())));
        return;
    }
    Q_EMIT succeeded(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
}

void EventExports::print(const QString &title, const QString &html)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(title);
    printer.setPageSize(QPageSize(QPageSize::A4));
    if (!m_prompts.print(m_window, printer))
        return;
    EventPrintouts::print(printer, html);
    if (printer.printerState() == QPrinter::Error) {
        Q_EMIT failed(tr("Printing failed. Check the printer, or export a PDF instead."));
        return;
    }
    Q_EMIT succeeded(tr("Sent to the printer: %1.").arg(title));
}

void EventExports::printSignInSheet(const EventInfo &event)
{
    print(tr("Sign-in sheet: %1").arg(event.title),
        EventPrintouts::signInSheetHtml(event, m_device.events().registrations(event.id)));
}

void EventExports::printRegistrants(const EventInfo &event)
{
    print(tr("Registrants: %1").arg(event.title),
        EventPrintouts::registrantsHtml(event, m_device.events().registrations(event.id)));
}

} // namespace commonroom
