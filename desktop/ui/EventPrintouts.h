#pragma once

#include "common/Result.h"
#include "desktop/core/Events.h"

#include <QCoreApplication>
#include <QString>

class QPagedPaintDevice;

#include <vector>

namespace commonroom {

// The printable pages of an event, written as PDF (QPdfWriter, A4, 300 dpi) through a
// QTextDocument so that long lists flow over pages with the table header repeated:
//
// - the sign-in sheet: everyone expected (registered, not waitlisted or cancelled), in name
//   order, with a box to tick and a line to sign, then blank lines for walk-ins;
// - the list of registrants: every registration with its state, waitlist position,
//   registration time and check-in.
//
// Names come from other people: they are escaped, never interpreted as markup.
class EventPrintouts
{
    Q_DECLARE_TR_FUNCTIONS(EventPrintouts)

public:
    static constexpr int kBlankLines = 15;

    // The HTML laid out on the pages (exposed for tests and for printing to paper).
    static QString signInSheetHtml(const EventInfo &event, const std::vector<Registration> &registrations);
    static QString registrantsHtml(const EventInfo &event, const std::vector<Registration> &registrations);

    static Status writeSignInSheet(
        const QString &path, const EventInfo &event, const std::vector<Registration> &registrations);
    static Status writeRegistrants(
        const QString &path, const EventInfo &event, const std::vector<Registration> &registrations);

    // Renders `html` into a PDF at `path`, written atomically.
    static Status writePdf(const QString &path, const QString &title, const QString &html);
    // Lays `html` out on the pages of `device` (a printer chosen in the print dialog).
    static void print(QPagedPaintDevice &device, const QString &html);
};

} // namespace commonroom
