// The organizing dashboard, offscreen: the figures it counts from the device's copy (contributions
// by area and month, the ladder and its moves this quarter, turnout per past event), its tables and
// charts, the dark palette, a refresh after a local edit, and an unreadable copy said as such.

#include "desktop/ui/OrganizingDashboard.h"
#include "common/Clock.h"
#include "desktop/core/Contributions.h"
#include "desktop/core/Device.h"
#include "desktop/core/OrganizingReport.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace commonroom;

class TestOrganizingDashboard : public QObject
{
    Q_OBJECT

    // 2026-11-23 12:00 UTC: the quarter began on 1 October, the twelve months on 1 December 2025.
    ManualClock m_clock {1'795'435'200'000};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Device> m_device;

    void exec(const QString &sql)
    {
        QSqlQuery query(m_device->store().database());
        QVERIFY2(query.exec(sql), qPrintable(sql));
    }

    static QString cell(const QStandardItemModel *model, int row, int column)
    {
        return model->index(row, column).data().toString();
    }

    static qint64 number(const QStandardItemModel *model, int row, int column)
    {
        return model->index(row, column).data(Qt::UserRole).toLongLong();
    }

    // Shows the dashboard and waits for its figures.
    std::unique_ptr<OrganizingDashboard> shown()
    {
        auto dashboard = std::make_unique<OrganizingDashboard>(*m_device);
        QSignalSpy refreshed(dashboard.get(), &OrganizingDashboard::refreshed);
        dashboard->show();
        if (!refreshed.wait(10000))
            return nullptr;
        return dashboard;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_device = std::make_unique<Device>(m_clock, Profile(m_dir->path()));
        QVERIFY(m_device->open().ok());
        QVERIFY(m_device->store().setSetting(QStringLiteral("person_id"), QStringLiteral("lea")).ok());
        QVERIFY(m_device->store().setSetting(QStringLiteral("role"), QStringLiteral("leader")).ok());
        exec(QStringLiteral("INSERT INTO person (id, display_name, role, leadership_level) VALUES "
                            "('lea', 'Lea Leader', 'leader', 4), ('mo', 'Mo Member', 'member', 2), "
                            "('quin', 'Quin Member', 'member', 2), ('pat', 'Pat Applicant', 'applicant', NULL)"));
        exec(QStringLiteral("INSERT INTO contribution (id, person_id, area, kind, minutes, done_on) VALUES "
                            "('c1', 'mo', 'coding', 'contribution', 90, '2026-11-02'), "
                            "('c2', 'mo', 'coding', 'contribution', 30, '2026-10-15'), "
                            "('c3', 'quin', 'events', 'meeting', 120, '2026-01-10'), "
                            // Before the twelve months: not counted.
                            "('c4', 'quin', 'events', 'contribution', 60, '2025-11-30'), "
                            // Dated after today by a clock set wrong: counted in this month; no time given.
                            "('c5', 'mo', 'advocacy', 'call', NULL, '2026-12-01')"));
        exec(QStringLiteral(
            "INSERT INTO assessment (id, person_id, level, assessed_at) VALUES "
            "('a1', 'mo', 1, '2026-05-01T10:00:00.000Z'), ('a2', 'mo', 2, '2026-10-05T10:00:00.000Z'), "
            // Down a level this quarter: not a move up.
            "('a3', 'quin', 3, '2026-09-01T10:00:00.000Z'), ('a4', 'quin', 2, '2026-10-10T10:00:00.000Z'), "
            // A first assessment this quarter: a move onto the ladder.
            "('a5', 'lea', 4, '2026-11-01T10:00:00.000Z')"));
        exec(QStringLiteral("INSERT INTO event (id, title, starts_at, status) VALUES "
                            "('e1', 'Spring assembly', '2026-06-01T17:00:00.000Z', 'scheduled'), "
                            "('e2', 'Called off', '2026-07-01T17:00:00.000Z', 'cancelled'), "
                            "('e3', 'Coming up', '2026-12-10T17:00:00.000Z', 'scheduled'), "
                            "('e4', 'Long ago', '2025-10-01T17:00:00.000Z', 'scheduled'), "
                            "('e5', 'Door knocking', '2026-09-12T09:00:00.000Z', NULL)"));
        exec(QStringLiteral("INSERT INTO registration (id, event_id, person_id, state, walk_in, attended) VALUES "
                            "('r1', 'e1', 'mo', 'registered', 0, 1), ('r2', 'e1', 'quin', 'registered', 0, 0), "
                            "('r3', 'e1', 'pat', 'registered', 1, 1), ('r4', 'e1', 'lea', 'cancelled', 0, 0), "
                            "('r5', 'e2', 'mo', 'registered', 0, 0), ('r6', 'e5', 'mo', 'registered', 0, 1)"));
        // Two turfs, one closed: three doors, two knocked (one twice: the latest counts).
        exec(QStringLiteral("INSERT INTO turf (id, name, state) VALUES ('t1', 'Quay Street', 'open'), "
                            "('t2', 'Old turf', 'closed')"));
        exec(QStringLiteral("INSERT INTO turf_stop (id, turf_id, person_id, active) VALUES ('s1', 't1', 'mo', 1), "
                            "('s2', 't1', 'quin', 1), ('s3', 't1', 'pat', 1), ('s4', 't1', 'lea', 0), "
                            "('s5', 't2', 'mo', 1)"));
        exec(
            QStringLiteral("INSERT INTO canvass_outcome (id, turf_id, person_id, outcome, support, recorded_at) VALUES "
                           "('o1', 't1', 'mo', 'not_home', NULL, '2026-11-20T10:00:00.000Z'), "
                           "('o2', 't1', 'mo', 'talked', 5, '2026-11-21T10:00:00.000Z'), "
                           "('o3', 't1', 'quin', 'moved', NULL, '2026-11-21T11:00:00.000Z'), "
                           "('o4', 't1', 'lea', 'talked', 4, '2026-11-21T12:00:00.000Z')"));
    }

    void cleanup()
    {
        m_device.reset();
        m_dir.reset();
    }

    void figuresCountWhatTheDeviceHolds()
    {
        const auto report = readOrganizingReport(m_device->store().database(), QDate(2026, 11, 23));
        QVERIFY2(report.ok(), report.ok() ? "" : report.error().message.c_str());
        QCOMPARE(report->quarterStart, QDate(2026, 10, 1));
        QCOMPARE(int(report->months.size()), OrganizingReport::kMonths);
        QCOMPARE(report->months.front(), QStringLiteral("2025-12"));
        QCOMPARE(report->months.back(), QStringLiteral("2026-11"));

        QCOMPARE(int(report->contributions.size()), 4);
        const auto has = [&](const char *area, const char *month, qint64 entries, qint64 minutes) {
            for (const AreaMonth &cell : report->contributions) {
                if (cell.area == QLatin1String(area) && cell.month == QLatin1String(month))
                    return cell.entries == entries && cell.minutes == minutes;
            }
            return false;
        };
        QVERIFY(has("advocacy", "2026-11", 1, 0));
        QVERIFY(has("coding", "2026-10", 1, 30));
        QVERIFY(has("coding", "2026-11", 1, 90));
        QVERIFY(has("events", "2026-01", 1, 120));

        QCOMPARE(report->ladder[1].people, 2); // level 2: Mo and Quin
        QCOMPARE(report->ladder[3].people, 1); // level 4: Lea
        QCOMPARE(report->ladder[0].people + report->ladder[2].people + report->ladder[4].people, 0);
        QCOMPARE(report->notOnLadder, 1);
        QCOMPARE(report->ladder[1].movedUp, 1); // Mo, 1 -> 2; Quin's step down is not a move up
        QCOMPARE(report->ladder[3].movedUp, 1); // Lea's first assessment
        QCOMPARE(report->ladder[2].movedUp, 0);

        // Past events of the twelve months, oldest first; cancelled and coming ones are left out.
        QCOMPARE(int(report->turnout.size()), 2);
        QCOMPARE(report->turnout[0].title, QStringLiteral("Spring assembly"));
        QCOMPARE(report->turnout[0].registered, 2); // the walk-in and the cancelled held no place
        QCOMPARE(report->turnout[0].attended, 2); // the walk-in came
        QCOMPARE(report->turnout[1].title, QStringLiteral("Door knocking"));
        QCOMPARE(report->turnout[1].attended, 1);

        // Open turfs only; a door taken out is not counted, and each door's latest outcome is.
        QCOMPARE(int(report->turfs.size()), 1);
        QCOMPARE(report->turfs[0].doors, 3);
        QCOMPARE(report->turfs[0].visited, 2);
        QCOMPARE(report->turfs[0].conversations, 1);
        QCOMPARE(report->turfs[0].supporters, 1);
    }

    void dashboardShowsTablesAndCharts()
    {
        auto dashboard = shown();
        QVERIFY(dashboard);
        QVERIFY2(dashboard->summary().contains(QStringLiteral("twelve months: 4 (")), qPrintable(dashboard->summary()));
        QVERIFY2(dashboard->summary().contains(QStringLiteral("Moves up this quarter: 2")),
            qPrintable(dashboard->summary()));
        QVERIFY2(dashboard->summary().contains(QStringLiteral("attended 3 of 3 registered")),
            qPrintable(dashboard->summary()));

        const QStandardItemModel *areas = dashboard->contributionsTable();
        QCOMPARE(areas->rowCount(), 3);
        QCOMPARE(cell(areas, 0, 0), QStringLiteral("Advocacy"));
        QCOMPARE(cell(areas, 1, 0), QStringLiteral("Coding"));
        QCOMPARE(number(areas, 1, 1), 2);
        QCOMPARE(number(areas, 1, 2), 120); // minutes, shown as hours
        QCOMPARE(cell(areas, 1, 2), QLocale().toString(2.0, 'f', 1));

        const QStandardItemModel *ladder = dashboard->ladderTable();
        QCOMPARE(ladder->rowCount(), 6); // five levels and those not on the ladder
        QCOMPARE(number(ladder, 1, 1), 2);
        QCOMPARE(number(ladder, 3, 2), 1);
        QCOMPARE(number(ladder, 5, 1), 1);

        const QStandardItemModel *turnout = dashboard->turnoutTable();
        QCOMPARE(turnout->rowCount(), 2);
        QCOMPARE(cell(turnout, 0, 0), QStringLiteral("Spring assembly"));

        // The charts hold the same figures: hours per area and month, people per level.
        auto *hours = qobject_cast<QAbstractBarSeries *>(dashboard->contributionsChart()->chart()->series().value(0));
        QVERIFY(hours);
        QCOMPARE(hours->count(), 3);
        QCOMPARE(hours->barSets().at(1)->at(OrganizingReport::kMonths - 1), 1.5); // coding, this month
        auto *people = qobject_cast<QAbstractBarSeries *>(dashboard->ladderChart()->chart()->series().value(0));
        QVERIFY(people);
        QCOMPARE(people->barSets().at(0)->at(1), 2.0);
        const QStandardItemModel *canvass = dashboard->canvassTable();
        QCOMPARE(canvass->rowCount(), 1);
        QCOMPARE(cell(canvass, 0, 0), QStringLiteral("Quay Street"));
        QCOMPARE(number(canvass, 0, 2), 2);
        auto *doors = qobject_cast<QAbstractBarSeries *>(dashboard->canvassChart()->chart()->series().value(0));
        QVERIFY(doors);
        QCOMPARE(doors->barSets().at(0)->at(0), 1.0); // a conversation
        QCOMPARE(doors->barSets().at(2)->at(0), 1.0); // not yet visited
        for (QChartView *chart : {dashboard->contributionsChart(), dashboard->ladderChart(), dashboard->turnoutChart(),
                 dashboard->canvassChart()})
            QVERIFY(!chart->accessibleName().isEmpty());
        for (int tab = 0; tab < dashboard->tabs()->count(); ++tab)
            QVERIFY(dashboard->tabs()->tabText(tab).contains(QLatin1Char('&'))); // a mnemonic for each
    }

    void chartsFollowTheDarkPalette()
    {
        auto dashboard = shown();
        QVERIFY(dashboard);
        QCOMPARE(dashboard->ladderChart()->chart()->theme(), QChart::ChartThemeLight);
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(30, 30, 30));
        dark.setColor(QPalette::Base, QColor(20, 20, 20));
        dark.setColor(QPalette::WindowText, QColor(235, 235, 235));
        dashboard->setPalette(dark);
        for (QChartView *view :
            {dashboard->contributionsChart(), dashboard->ladderChart(), dashboard->turnoutChart()}) {
            QCOMPARE(view->chart()->theme(), QChart::ChartThemeDark);
            QCOMPARE(view->chart()->titleBrush().color(), QColor(235, 235, 235));
            QCOMPARE(view->chart()->backgroundBrush().color(), QColor(20, 20, 20));
        }
    }

    void localEditIsCountedAtOnce()
    {
        auto dashboard = shown();
        QVERIFY(dashboard);
        QSignalSpy refreshed(dashboard.get(), &OrganizingDashboard::refreshed);
        NewContribution entry;
        entry.area = QStringLiteral("support");
        entry.minutes = 45;
        entry.description = QStringLiteral("Answered the help line");
        entry.doneOn = QDate(2026, 11, 20);
        const auto recorded = m_device->contributions().record(QStringLiteral("mo"), entry);
        QVERIFY2(recorded.ok(), recorded.ok() ? "" : recorded.error().message.c_str());
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(dashboard->contributionsTable()->rowCount(), 4);
        QVERIFY2(dashboard->summary().contains(QStringLiteral("twelve months: 5 (")), qPrintable(dashboard->summary()));
    }

    void unreadableCopyIsSaidNotShownAsZero()
    {
        exec(QStringLiteral("DROP TABLE contribution"));
        auto dashboard = shown();
        QVERIFY(dashboard);
        QVERIFY2(dashboard->summary().startsWith(QStringLiteral("The organizing figures could not be read")),
            qPrintable(dashboard->summary()));
        QCOMPARE(dashboard->contributionsTable()->rowCount(), 0);
    }
};

QTEST_MAIN(TestOrganizingDashboard)
#include "OrganizingDashboardTest.moc"
