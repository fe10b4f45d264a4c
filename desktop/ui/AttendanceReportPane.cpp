#include "AttendanceReportPane.h"

#include "ChartStyle.h"
#include "PaneWidgets.h"
#include "desktop/core/Device.h"
#include "desktop/core/Events.h"
#include "desktop/core/LocalStore.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedBarSeries>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace commonroom {

AttendanceReportPane::AttendanceReportPane(Device &device, QWidget *parent)
    : QWidget(parent)
    , m_device(device)
    , m_store(device.store())
    , m_byArea(new QStandardItemModel(0, 5, this))
{
    setObjectName(QStringLiteral("reportPage"));
    auto *layout = new QVBoxLayout(this);
    m_summary = panewidgets::plainLabel(this, QStringLiteral("reportSummary"), tr("Attendance"));
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    layout->addWidget(m_summary);
    m_byArea->setHorizontalHeaderLabels({tr("Area"), tr("Registered"), tr("Attended"), tr("No-show"), tr("Walk-ins")});
    auto *byAreaLabel = new QLabel(tr("By &area:"), this);
    layout->addWidget(byAreaLabel);
    m_byAreaView = panewidgets::table(this, QStringLiteral("reportByAreaView"), tr("Attendance by area"));
    m_byAreaView->setModel(m_byArea);
    byAreaLabel->setBuddy(m_byAreaView);
    layout->addWidget(m_byAreaView, 1);
    m_chart = new QChartView(this);
    m_chart->setObjectName(QStringLiteral("reportChart"));
    m_chart->setAccessibleName(tr("Chart of attendance by area"));
    m_chart->setAccessibleDescription(tr("The same figures as the table above"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(220);
    layout->addWidget(m_chart, 1);
    auto *exportCsv = panewidgets::button(
        this, tr("Export attendance (&CSV)…"), QStringLiteral("reportCsvButton"), tr("Export attendance as CSV"));
    connect(exportCsv, &QPushButton::clicked, this, &AttendanceReportPane::csvRequested);
    auto *row = new QHBoxLayout;
    row->addWidget(exportCsv);
    row->addStretch(1);
    layout->addLayout(row);
}

QString AttendanceReportPane::summary() const
{
    return m_summary->text();
}

void AttendanceReportPane::replaceChart(QChart *chart)
{
    QChart *previous = m_chart->chart();
    m_chart->setChart(chart); // the view owns the new chart; the old one is ours to delete
    delete previous;
}

void AttendanceReportPane::refresh()
{
    m_byArea->removeRows(0, m_byArea->rowCount());
    if (m_eventId.isEmpty()) {
        m_summary->setText(tr("Select an event to see its attendance."));
        auto *empty = new QChart;
        chartstyle::follow(empty, palette()); // dark under a dark palette, even with nothing in it
        replaceChart(empty);
        return;
    }
    const AttendanceReport report = m_device.events().report(m_eventId);
    const QLocale locale;
    m_summary->setText(
        QStringList {tr("%Ln registered", nullptr, report.registered), tr("%Ln attended", nullptr, report.attended),
            tr("%Ln no-show(s)", nullptr, report.noShow), tr("%Ln walk-in(s)", nullptr, report.walkIns),
            tr("%Ln waitlisted", nullptr, report.waitlisted), tr("%Ln cancelled", nullptr, report.cancelled)}
            .join(QStringLiteral(" · ")));
    for (const AreaCounts &area : report.byArea) {
        QList<QStandardItem *> items;
        items << new QStandardItem(area.area.isEmpty() ? tr("(unknown)") : area.area);
        for (int value : {area.registered, area.attended, area.noShow, area.walkIns}) {
            auto *item = new QStandardItem;
            item->setData(value, Qt::DisplayRole);
            item->setData(QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter), Qt::TextAlignmentRole);
            items << item;
        }
        for (QStandardItem *item : items)
            item->setEditable(false);
        m_byArea->appendRow(items);
    }

    // Attended and no-show stacked per area: who came, and where people stayed away.
    auto *chart = new QChart;
    chart->setTitle(tr("Attendance by area"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto *attended = new QBarSet(tr("Attended"));
    auto *noShow = new QBarSet(tr("No-show"));
    QStringList areas;
    int highest = 1;
    for (const AreaCounts &area : report.byArea) {
        areas << (area.area.isEmpty() ? tr("(unknown)") : area.area);
        *attended << area.attended;
        *noShow << area.noShow;
        highest = std::max(highest, area.attended + area.noShow);
    }
    auto *series = new QStackedBarSeries;
    series->append(attended);
    series->append(noShow);
    chart->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    categories->append(areas);
    chart->addAxis(categories, Qt::AlignBottom);
    series->attachAxis(categories);
    QValueAxis *values = chartstyle::countAxis(highest);
    chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(values);
    chartstyle::follow(chart, palette());
    replaceChart(chart);
}

} // namespace commonroom
