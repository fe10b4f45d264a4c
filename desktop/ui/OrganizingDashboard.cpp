#include "OrganizingDashboard.h"

#include "ChartStyle.h"
#include "PaneWidgets.h"
#include "desktop/core/Contributions.h"
#include "desktop/core/Device.h"
#include "desktop/core/Ladder.h"
#include "desktop/core/LocalStore.h"
#include "desktop/models/DeferredReload.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QStackedBarSeries>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <map>

namespace commonroom {

namespace {

QChartView *chartView(QWidget *parent, const QString &objectName, const QString &accessibleName)
{
    auto *view = new QChartView(parent);
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setAccessibleDescription(OrganizingDashboard::tr("The same figures as the table below"));
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(240);
    return view;
}

// A tab: the chart above, the table of its figures below.
QWidget *chartTab(QChartView *chart, QStandardItemModel *figures, const QString &objectName, const QString &tableName)
{
    auto *tab = new QWidget;
    auto *layout = new QVBoxLayout(tab);
    chart->setParent(tab);
    layout->addWidget(chart, 3);
    QTableView *table = panewidgets::table(tab, objectName, tableName);
    table->setModel(figures);
    layout->addWidget(table, 2);
    tab->setFocusProxy(table);
    return tab;
}

QStandardItem *number(qint64 value, const QString &text = {})
{
    auto *item = new QStandardItem(text.isEmpty() ? QLocale().toString(value) : text);
    item->setData(value, Qt::UserRole);
    item->setData(QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter), Qt::TextAlignmentRole);
    item->setEditable(false);
    return item;
}

QStandardItem *textItem(const QString &text)
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    return item;
}

QString hours(qint64 minutes)
{
    return QLocale().toString(double(minutes) / 60.0, 'f', 1);
}

void replaceChart(QChartView *view, QChart *chart)
{
    QChart *previous = view->chart();
    view->setChart(chart); // the view owns the new chart; the old one is ours to delete
    delete previous;
}

// A chart of the bars of `series` over `categories`, the value axis from 0 to `highest`.
QChart *barChart(const QString &title, QAbstractBarSeries *series, const QStringList &categories, qreal highest,
    const QPalette &palette)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->addSeries(series);
    auto *axis = new QBarCategoryAxis;
    axis->append(categories);
    chart->addAxis(axis, Qt::AlignBottom);
    series->attachAxis(axis);
    QValueAxis *values = chartstyle::countAxis(highest);
    chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(values);
    chartstyle::follow(chart, palette);
    return chart;
}

} // namespace

OrganizingDashboard::OrganizingDashboard(Device &device, QWidget *parent)
    : QWidget(parent)
    , m_device(device)
    , m_store(device.store())
    , m_contributions(new QStandardItemModel(0, 3, this))
    , m_ladder(new QStandardItemModel(0, 3, this))
    , m_turnout(new QStandardItemModel(0, 4, this))
    , m_canvass(new QStandardItemModel(0, 5, this))
{
    setObjectName(QStringLiteral("organizingDashboard"));
    auto *layout = new QVBoxLayout(this);
    m_summary = panewidgets::plainLabel(this, QStringLiteral("organizingSummary"), tr("Organizing figures"));
    layout->addWidget(m_summary);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("organizingTabs"));
    m_contributionsChart = chartView(
        this, QStringLiteral("contributionsChart"), tr("Chart of contributions by area over the last twelve months"));
    m_ladderChart = chartView(this, QStringLiteral("ladderChart"), tr("Chart of people per ladder level"));
    m_turnoutChart = chartView(this, QStringLiteral("turnoutChart"), tr("Chart of turnout per event"));
    m_canvassChart = chartView(this, QStringLiteral("canvassChart"), tr("Chart of canvass progress per turf"));
    m_tabs->addTab(chartTab(m_contributionsChart, m_contributions, QStringLiteral("contributionsTable"),
                       tr("Contributions by area")),
        tr("&Contributions"));
    m_tabs->addTab(
        chartTab(m_ladderChart, m_ladder, QStringLiteral("ladderTable"), tr("Ladder pipeline")), tr("&Ladder"));
    m_tabs->addTab(
        chartTab(m_turnoutChart, m_turnout, QStringLiteral("turnoutTable"), tr("Turnout per event")), tr("&Turnout"));
    m_tabs->addTab(chartTab(m_canvassChart, m_canvass, QStringLiteral("canvassTable"), tr("Canvass progress per turf")),
        tr("C&anvass"));
    layout->addWidget(m_tabs, 1);
    setFocusProxy(m_tabs);
    m_summary->setText(tr("Counting…"));

    new DeferredReload(
        m_store,
        {QStringLiteral("contribution"), QStringLiteral("person"), QStringLiteral("assessment"),
            QStringLiteral("event"), QStringLiteral("registration"), QStringLiteral("turf"),
            QStringLiteral("turf_stop"), QStringLiteral("canvass_outcome")},
        [this] { refresh(); }, this);
}

QString OrganizingDashboard::summary() const
{
    return m_summary->text();
}

void OrganizingDashboard::refresh()
{
    m_stale = true;
    if (!isVisible() || m_reading)
        return;
    m_stale = false;
    m_reading = true;
    readOrganizingReportLater(m_store, this, [this](Result<OrganizingReport> report) {
        m_reading = false;
        if (report)
            display(*report);
        else
            m_summary->setText(
                tr("The organizing figures could not be read: %1").arg(QString::fromStdString(report.error().message)));
        Q_EMIT refreshed();
        if (m_stale)
            refresh(); // rows changed while they were read
    });
}

void OrganizingDashboard::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void OrganizingDashboard::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        restyleCharts();
}

void OrganizingDashboard::restyleCharts()
{
    for (QChartView *view : {m_contributionsChart, m_ladderChart, m_turnoutChart, m_canvassChart}) {
        if (view->chart())
            chartstyle::follow(view->chart(), palette());
    }
}

void OrganizingDashboard::display(const OrganizingReport &report)
{
    qint64 entries = 0;
    qint64 minutes = 0;
    for (const AreaMonth &cell : report.contributions) {
        entries += cell.entries;
        minutes += cell.minutes;
    }
    qint64 onLadder = 0;
    qint64 movedUp = 0;
    for (const LadderRung &rung : report.ladder) {
        onLadder += rung.people;
        movedUp += rung.movedUp;
    }
    qint64 registered = 0;
    qint64 attended = 0;
    for (const EventTurnout &event : report.turnout) {
        registered += event.registered;
        attended += event.attended;
    }
    const QLocale locale;
    m_summary->setText(tr("Contributions and touch-points in twelve months: %1 (%2 hours) · On the ladder: %3 · Moves "
                          "up this quarter: %4 · Events in twelve months: %5, attended %6 of %7 registered")
                           .arg(locale.toString(entries), hours(minutes), locale.toString(onLadder),
                               locale.toString(movedUp), locale.toString(qint64(report.turnout.size())),
                               locale.toString(attended), locale.toString(registered)));
    showContributions(report);
    showLadder(report);
    showTurnout(report);
    showCanvass(report);
}

void OrganizingDashboard::showCanvass(const OrganizingReport &report)
{
    m_canvass->clear();
    m_canvass->setHorizontalHeaderLabels(
        {tr("Turf"), tr("Doors"), tr("Visited"), tr("Conversations"), tr("Supporters")});
    // Each turf's doors, stacked: conversations, then visited without one, then not yet visited.
    auto *talked = new QBarSet(tr("Conversations"));
    auto *visited = new QBarSet(tr("Visited, no conversation"));
    auto *waiting = new QBarSet(tr("Not yet visited"));
    QStringList categories;
    qint64 highest = 0;
    for (const Turf &turf : report.turfs) {
        QString category = turf.name;
        for (int n = 2; categories.contains(category); ++n)
            category = QStringLiteral("%1 (%2)").arg(turf.name).arg(n);
        categories << category;
        *talked << double(turf.conversations);
        *visited << double(turf.visited - turf.conversations);
        *waiting << double(turf.doors - turf.visited);
        highest = std::max<qint64>(highest, turf.doors);
        m_canvass->appendRow({textItem(turf.name), number(turf.doors), number(turf.visited), number(turf.conversations),
            number(turf.supporters)});
    }
    auto *series = new QStackedBarSeries;
    series->append(talked);
    series->append(visited);
    series->append(waiting);
    replaceChart(
        m_canvassChart, barChart(tr("Canvass progress per open turf"), series, categories, double(highest), palette()));
}

void OrganizingDashboard::showContributions(const OrganizingReport &report)
{
    m_contributions->clear();
    m_contributions->setHorizontalHeaderLabels({tr("Area"), tr("Entries"), tr("Hours")});
    // Hours per area and month, stacked: where people's time went, month by month.
    std::map<QString, std::vector<qint64>> minutesByArea;
    std::map<QString, qint64> entriesByArea;
    for (const AreaMonth &cell : report.contributions) {
        auto &months = minutesByArea[cell.area];
        months.resize(report.months.size());
        const auto month = std::find(report.months.begin(), report.months.end(), cell.month);
        if (month != report.months.end())
            months[std::size_t(month - report.months.begin())] += cell.minutes;
        entriesByArea[cell.area] += cell.entries;
    }
    auto *series = new QStackedBarSeries;
    std::vector<qint64> monthTotals(report.months.size());
    for (const auto &[area, months] : minutesByArea) {
        auto *set = new QBarSet(m_device.terms().areaName(area));
        qint64 total = 0;
        for (std::size_t i = 0; i < months.size(); ++i) {
            *set << double(months[i]) / 60.0;
            monthTotals[i] += months[i];
            total += months[i];
        }
        series->append(set);
        m_contributions->appendRow(
            {textItem(m_device.terms().areaName(area)), number(entriesByArea[area]), number(total, hours(total))});
    }
    QStringList categories;
    for (const QString &month : report.months)
        categories << QLocale().toString(
            QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate), QStringLiteral("MMM yy"));
    const qint64 highest = monthTotals.empty() ? 0 : *std::max_element(monthTotals.begin(), monthTotals.end());
    replaceChart(m_contributionsChart,
        barChart(tr("Hours given by area, month by month"), series, categories, double(highest) / 60.0, palette()));
}

void OrganizingDashboard::showLadder(const OrganizingReport &report)
{
    m_ladder->clear();
    m_ladder->setHorizontalHeaderLabels({tr("Level"), tr("People"), tr("Moved up this quarter")});
    auto *people = new QBarSet(tr("People"));
    auto *moved
        = new QBarSet(tr("Moved up since %1").arg(QLocale().toString(report.quarterStart, QLocale::ShortFormat)));
    QStringList categories;
    qint64 highest = 0;
    for (const LadderRung &rung : report.ladder) {
        const QString name = QStringLiteral("%1 %2").arg(rung.level).arg(m_device.terms().levelName(rung.level));
        categories << name;
        *people << double(rung.people);
        *moved << double(rung.movedUp);
        highest = std::max({highest, rung.people, rung.movedUp});
        m_ladder->appendRow({textItem(name), number(rung.people), number(rung.movedUp)});
    }
    m_ladder->appendRow(
        {textItem(tr("Not on the ladder")), number(report.notOnLadder), number(0, QStringLiteral("–"))});
    auto *series = new QBarSeries;
    series->append(people);
    series->append(moved);
    replaceChart(
        m_ladderChart, barChart(tr("The ladder: people per level"), series, categories, double(highest), palette()));
}

void OrganizingDashboard::showTurnout(const OrganizingReport &report)
{
    m_turnout->clear();
    m_turnout->setHorizontalHeaderLabels({tr("Event"), tr("Date"), tr("Registered"), tr("Attended")});
    auto *registered = new QBarSet(tr("Registered"));
    auto *attended = new QBarSet(tr("Attended"));
    QStringList categories;
    qint64 highest = 0;
    const QLocale locale;
    for (const EventTurnout &event : report.turnout) {
        const QString day = locale.toString(event.start.toLocalTime().date(), QLocale::ShortFormat);
        // Two events on one day stay two categories: the axis needs distinct labels.
        QString category = day;
        for (int n = 2; categories.contains(category); ++n)
            category = QStringLiteral("%1 (%2)").arg(day).arg(n);
        categories << category;
        *registered << double(event.registered);
        *attended << double(event.attended);
        highest = std::max({highest, event.registered, event.attended});
        m_turnout->appendRow({textItem(event.title), textItem(day), number(event.registered), number(event.attended)});
    }
    auto *series = new QBarSeries;
    series->append(registered);
    series->append(attended);
    replaceChart(m_turnoutChart,
        barChart(tr("Turnout per event, last twelve months"), series, categories, double(highest), palette()));
}

} // namespace commonroom
