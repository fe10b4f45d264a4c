#pragma once

#include "EventExports.h"

#include <QList>
#include <QPointer>
#include <QString>
#include <QWidget>

class QChartView;
class QComboBox;
class QLabel;
class QLineEdit;
class QStandardItemModel;
class QShortcut;
class QTabWidget;
class QTableView;

namespace commonroom {

class AttendanceReportPane;
class CheckInWindow;
class DuplicateCandidatesModel;
class DuplicatesPane;
class EventListPane;
class EventPagePane;
class GroupMailPane;
class EventsModel;
class Device;
class LocalStore;
class Prompts;
class RegistrantsModel;

// The events dashboard: the community's events and everything around them, offline.
//
// Left, the events (EventListPane). Right, the selected event in four tabs:
//
// - *Event* (EventPagePane): details, the signed-in person's registration, the registrants, and
//   for organizers editing, check-in mode and the exports (EventExports): attendance CSV, the
//   event or the listed events as iCalendar (.ics), an .ics subscription file, the sign-in sheet
//   and the registrants as PDF or on paper.
// - *Messages* (GroupMailPane): what its organizers wrote to its registrants, the waitlist or the
//   no-shows, read by everyone registered; organizers write here (docs/groupmail.md).
// - *Report* (AttendanceReportPane): registered, attended, no-shows, walk-ins, waitlisted and
//   cancelled, by area, with a chart.
// - *Duplicates* (DuplicatesPane, leaders): people flagged as likely the same person, reviewed
//   side by side in DuplicateMergeDialog.
//
// The dashboard ties the panes together, shows the result of the last action under them and
// opens the full-screen check-in window. A self-contained QWidget, so the main window can host
// it as a page (docs/events.md).
class EventsDashboard : public QWidget
{
    Q_OBJECT

public:
    enum Tab { EventTab, MessagesTab, ReportTab, DuplicatesTab };

    // The store's clock tells upcoming from past and stamps registrations. Every question (an
    // event's details, a person to register, where to save, confirmations) is asked through
    // `prompts`, which the check-in window and the merge dialog opened from here share.
    EventsDashboard(Device &device, Prompts &prompts, QWidget *parent = nullptr);
    ~EventsDashboard() override;

    EventListPane *listPane() const { return m_list; }
    EventPagePane *eventPane() const { return m_page; }
    AttendanceReportPane *reportPane() const { return m_report; }
    DuplicatesPane *duplicatesPane() const { return m_duplicates; }
    GroupMailPane *mailPane() const { return m_mail; }

    EventsModel *eventsModel() const;
    RegistrantsModel *registrantsModel() const;
    DuplicateCandidatesModel *duplicatesModel() const;
    QTableView *eventsView() const;
    QTableView *registrantsView() const;
    QComboBox *whenFilter() const;
    QComboBox *groupFilter() const;
    QComboBox *areaFilter() const;
    QLineEdit *searchField() const;
    QTabWidget *tabs() const { return m_tabs; }
    // The check-in window opened last (null when closed).
    CheckInWindow *checkInWindow() const;
    // The by-area table of the report: area, registered, attended, no-show, walk-ins.
    QStandardItemModel *reportByArea() const;
    // The chart of the report: attended and no-show per area.
    QChartView *reportChart() const;

    // Inside the main window, whose Find, New and Check-in actions reach this page: its own
    // shortcuts for those keys are turned off (two shortcuts for one key fire neither).
    void setEmbedded();

    QString currentEventId() const;
    // Selects the event, widening the filters if they hide it; false if it is not on the device.
    bool selectEvent(const QString &eventId);
    // Selects the event and one of its messages on the Messages tab; false if either is not here.
    bool selectMessage(const QString &eventId, const QString &messageId);
    // Selects a registrant of the current event.
    bool selectRegistrant(const QString &personId);

    QString messageText() const;
    QString errorText() const { return m_errorText; }
    // The report's summary line ("12 registered · 9 attended · …").
    QString reportSummary() const;

public Q_SLOTS:
    void newEvent();
    void editEvent();
    void cancelEvent();
    void registerMe();
    void cancelMyRegistration();
    void registerSomeone();
    void cancelSelectedRegistration();
    // Opens the full-screen check-in view of the current event.
    void openCheckIn();
    void exportAttendanceCsv();
    void exportEventCalendar();
    void exportListedCalendar();
    void exportSubscription();
    void exportSignInSheet();
    void exportRegistrants();
    void printSignInSheet();
    void printRegistrants();
    void reviewSelectedDuplicate();
    void refreshReport();

private:
    QList<QShortcut *> m_shortcuts; // Find, New, Check-in (setEmbedded)
    void onCurrentEventChanged(const QString &eventId);
    void exportCurrent(EventExports::Kind kind);
    void updateDuplicatesTab();
    void showError(const QString &message);
    void showDone(const QString &message);

    Device &m_device;
    LocalStore &m_store;
    Prompts &m_prompts;
    EventListPane *m_list = nullptr;
    QTabWidget *m_tabs = nullptr;
    EventPagePane *m_page = nullptr;
    AttendanceReportPane *m_report = nullptr;
    DuplicatesPane *m_duplicates = nullptr;
    GroupMailPane *m_mail = nullptr;
    EventExports *m_exports = nullptr;
    QPointer<CheckInWindow> m_checkIn;
    QLabel *m_message = nullptr;
    QString m_errorText;
};

} // namespace commonroom
