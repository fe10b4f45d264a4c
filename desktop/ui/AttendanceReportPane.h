#pragma once

#include <QString>
#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QStandardItemModel;
class QTableView;

namespace commonroom {

class Device;
class LocalStore;

// The Report tab of the events dashboard: for one event, how many registered, attended, did not
// show, walked in, waited and cancelled, by area, as a table and as a chart of attended and
// no-show per area; and the attendance as CSV.
class AttendanceReportPane : public QWidget
{
    Q_OBJECT

public:
    explicit AttendanceReportPane(Device &device, QWidget *parent = nullptr);

    // The by-area table: area, registered, attended, no-show, walk-ins.
    QStandardItemModel *byArea() const { return m_byArea; }
    // Attended and no-show per area.
    QChartView *chart() const { return m_chart; }
    // "12 registered · 9 attended · …"
    QString summary() const;

    // The event whose report refresh() shows (none when empty). The report is read only when
    // asked: it is shown in a tab that is often hidden.
    void setEvent(const QString &eventId) { m_eventId = eventId; }
    QString eventId() const { return m_eventId; }

public Q_SLOTS:
    // Reads the report of the event shown again.
    void refresh();

Q_SIGNALS:
    void csvRequested();

private:
    void replaceChart(QChart *chart);

    Device &m_device;
    LocalStore &m_store;
    QString m_eventId;
    QLabel *m_summary = nullptr;
    QStandardItemModel *m_byArea = nullptr;
    QTableView *m_byAreaView = nullptr;
    QChartView *m_chart = nullptr;
};

} // namespace commonroom
