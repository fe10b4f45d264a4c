#pragma once

#include "desktop/core/Events.h"

#include <QPointer>
#include <QString>
#include <QWidget>

#include <optional>

class QChartView;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTabWidget;
class QTableView;

namespace commonroom {

class Device;
class CheckInWindow;
class DuplicateCandidatesModel;
class EventsModel;
class LocalStore;
class Prompts;
class RegistrantsModel;

// The events dashboard: the community's events and everything around them, offline.
//
// Left, the events — upcoming (soonest first) or past (newest first), filtered by hosting group,
// area and words of the title or place. Right, the selected event in three tabs:
//
// - *Event*: details, the signed-in person's registration (registered, or their place on the
//   waitlist) with Register / Cancel registration, and the registrants. Organizers (and leaders,
//   and curators of the hosting group) also edit or cancel the event, register someone, cancel a
//   registration, open check-in mode, and export: attendance CSV, the event or the listed events
//   as iCalendar (.ics), an .ics subscription file, the sign-in sheet and the registrants as PDF.
// - *Report*: registered, attended, no-shows, walk-ins, waitlisted and cancelled, by area.
// - *Duplicates* (leaders): people flagged as likely the same person, reviewed side by side in
//   DuplicateMergeDialog.
//
// A self-contained QWidget, so the main window can host it as a page (docs/events.md).
class EventsDashboard : public QWidget
{
    Q_OBJECT

public:
    enum Tab { EventTab, ReportTab, DuplicatesTab };

    // The store's clock tells upcoming from past and stamps registrations. Every question (an
    // event's details, a person to register, where to save, confirmations) is asked through
    // `prompts`, which the check-in window and the merge dialog opened from here share.
    EventsDashboard(Device &device, Prompts &prompts, QWidget *parent = nullptr);
    ~EventsDashboard() override;

    EventsModel *eventsModel() const { return m_events; }
    RegistrantsModel *registrantsModel() const { return m_registrants; }
    DuplicateCandidatesModel *duplicatesModel() const { return m_duplicates; }
    QTableView *eventsView() const { return m_eventsView; }
    QTableView *registrantsView() const { return m_registrantsView; }
    QComboBox *whenFilter() const { return m_when; }
    QComboBox *groupFilter() const { return m_group; }
    QComboBox *areaFilter() const { return m_area; }
    QLineEdit *searchField() const { return m_search; }
    QTabWidget *tabs() const { return m_tabs; }
    // The check-in window opened last (null when closed).
    CheckInWindow *checkInWindow() const;
    // The by-area table of the report: area, registered, attended, no-show, walk-ins.
    QStandardItemModel *reportByArea() const { return m_byArea; }
    // The chart of the report: attended and no-show per area.
    QChartView *reportChart() const { return m_chart; }

    QString currentEventId() const { return m_eventId; }
    // Selects the event, widening the filters if they hide it; false if it is not on the device.
    bool selectEvent(const QString &eventId);
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
    QWidget *createList(QWidget *parent);
    QWidget *createEventPage(QWidget *parent);
    QWidget *createReportPage(QWidget *parent);
    QWidget *createDuplicatesPage(QWidget *parent);
    void applyFilters();
    void reloadFilterChoices();
    void onCurrentEventChanged();
    void onEventsReset();
    void updateDetails();
    void updateActions();
    std::optional<EventInfo> currentEvent() const;
    Events &events() const;
    QString me() const;
    bool confirm(const QString &title, const QString &question);
    QString askSavePath(const QString &title, const QString &suggestedName, const QString &filter);
    void saveBytes(const QString &title, const QString &suggestedName, const QString &filter, const QByteArray &data);
    QString fileStem() const;
    void print(const QString &title, const QString &html);
    void showError(const QString &message);
    void showDone(const QString &message);

    Device &m_device;
    LocalStore &m_store;
    Prompts &m_prompts;
    EventsModel *m_events;
    RegistrantsModel *m_registrants;
    DuplicateCandidatesModel *m_duplicates;
    QString m_eventId;
    QString m_errorText;
    bool m_restoringSelection = false;
    QPointer<CheckInWindow> m_checkIn;

    QComboBox *m_when = nullptr;
    QComboBox *m_group = nullptr;
    QComboBox *m_area = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_eventsView = nullptr;
    QPushButton *m_newEvent = nullptr;

    QTabWidget *m_tabs = nullptr;
    QWidget *m_eventPage = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_whenLabel = nullptr;
    QLabel *m_where = nullptr;
    QLabel *m_host = nullptr;
    QLabel *m_capacity = nullptr;
    QLabel *m_description = nullptr;
    QLabel *m_myStanding = nullptr;
    QPushButton *m_register = nullptr;
    QPushButton *m_cancelRegistration = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_cancelEvent = nullptr;
    QPushButton *m_checkInButton = nullptr;
    QPushButton *m_export = nullptr;
    QTableView *m_registrantsView = nullptr;
    QPushButton *m_registerSomeone = nullptr;
    QPushButton *m_cancelSelected = nullptr;

    QLabel *m_reportSummary = nullptr;
    QStandardItemModel *m_byArea = nullptr;
    QTableView *m_byAreaView = nullptr;
    QChartView *m_chart = nullptr;

    QTableView *m_duplicatesView = nullptr;
    QPushButton *m_review = nullptr;

    QLabel *m_message = nullptr;
};

} // namespace commonroom
