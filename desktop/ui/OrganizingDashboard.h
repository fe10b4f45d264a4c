#pragma once

#include "desktop/core/OrganizingReport.h"

#include <QWidget>

class QChartView;
class QLabel;
class QStandardItemModel;
class QTabWidget;

namespace commonroom {

class Device;
class LocalStore;

// The organizing dashboard for leaders (docs/organizing.md, "The organizing dashboard"): in three
// tabs, contributions by area over the last twelve months, the ladder pipeline (people per level
// and moves up this quarter) and turnout per event, each as a chart (following the palette, dark
// or light) and as a table of the same figures for keyboard and screen-reader use.
//
// The figures are read on the store's worker connection (readOrganizingReport), never on the GUI
// thread: at a million people they take seconds. They are read when the page is shown, and again
// when the rows they count change while it is shown (once the changes pause).
class OrganizingDashboard : public QWidget
{
    Q_OBJECT

public:
    explicit OrganizingDashboard(Device &device, QWidget *parent = nullptr);

    // "Counting…", the headline figures, or what kept them from being read.
    QString summary() const;
    QTabWidget *tabs() const { return m_tabs; }
    QStandardItemModel *contributionsTable() const { return m_contributions; }
    QStandardItemModel *ladderTable() const { return m_ladder; }
    QStandardItemModel *turnoutTable() const { return m_turnout; }
    QStandardItemModel *canvassTable() const { return m_canvass; }
    QChartView *contributionsChart() const { return m_contributionsChart; }
    QChartView *ladderChart() const { return m_ladderChart; }
    QChartView *turnoutChart() const { return m_turnoutChart; }
    QChartView *canvassChart() const { return m_canvassChart; }

    // Reads the figures again (now if shown; otherwise when next shown).
    void refresh();

Q_SIGNALS:
    // The figures on the page were replaced by newly read ones (or by the error).
    void refreshed();

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void display(const OrganizingReport &report);
    void showContributions(const OrganizingReport &report);
    void showLadder(const OrganizingReport &report);
    void showTurnout(const OrganizingReport &report);
    void showCanvass(const OrganizingReport &report);
    void restyleCharts();

    Device &m_device;
    LocalStore &m_store;
    QLabel *m_summary = nullptr;
    QTabWidget *m_tabs = nullptr;
    QStandardItemModel *m_contributions = nullptr;
    QStandardItemModel *m_ladder = nullptr;
    QStandardItemModel *m_turnout = nullptr;
    QStandardItemModel *m_canvass = nullptr;
    QChartView *m_contributionsChart = nullptr;
    QChartView *m_ladderChart = nullptr;
    QChartView *m_turnoutChart = nullptr;
    QChartView *m_canvassChart = nullptr;
    bool m_stale = true; // the figures shown are older than the rows
    bool m_reading = false; // a read is posted to the worker
};

} // namespace commonroom
