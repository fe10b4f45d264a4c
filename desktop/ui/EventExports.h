#pragma once

#include "desktop/core/Events.h"

#include <QObject>
#include <QString>

#include <vector>

class QWidget;

namespace commonroom {

class Device;
class LocalStore;
class Prompts;

// What the events dashboard exports and prints: the attendance as CSV, one event, the listed
// events or a subscription as iCalendar (.ics), the sign-in sheet and the registrants as PDF or
// on paper. Asks where to save (in the user's documents folder first) or sets up the printer
// through the Prompts; says what came of it.
class EventExports : public QObject
{
    Q_OBJECT

public:
    enum class Kind {
        AttendanceCsv,
        EventCalendar,
        ListedCalendar,
        Subscription,
        SignInSheetPdf,
        RegistrantsPdf,
        PrintSignInSheet,
        PrintRegistrants,
    };

    // File and print dialogs open over `window`.
    EventExports(Device &device, Prompts &prompts, QWidget *window);

    void attendanceCsv(const EventInfo &event);
    void eventCalendar(const EventInfo &event);
    void listedCalendar(const std::vector<EventInfo> &listed);
    // Every event that is not over yet, of `groupId` and `area` (empty: all), whatever else the
    // list shows: what a calendar should follow.
    void subscription(const QString &groupId, const QString &area);
    void signInSheetPdf(const EventInfo &event);
    void registrantsPdf(const EventInfo &event);
    void printSignInSheet(const EventInfo &event);
    void printRegistrants(const EventInfo &event);

    // A file name from an event title: letters, digits and dashes.
    static QString fileStem(const QString &title);

Q_SIGNALS:
    void succeeded(const QString &message);
    void failed(const QString &message);

private:
    QString askSavePath(const QString &title, const QString &suggestedName, const QString &filter);
    void saveBytes(const QString &title, const QString &suggestedName, const QString &filter, const QByteArray &data);
    void print(const QString &title, const QString &html);

    Device &m_device;
    LocalStore &m_store;
    Prompts &m_prompts;
    QWidget *m_window;
};

} // namespace commonroom
