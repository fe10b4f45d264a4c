// The Canvassing page, offscreen: a leader cuts an area into turfs (previewed), assigns one to a
// member for a window, withdraws it after confirming and saves the walk sheet and phone list as
// PDF; a member records outcomes at the doors of the turf assigned to them, door after door, and
// cannot where none is; an applicant has no such page. Controls are named and keyboard-usable;
// a button that cannot act says why.

#include "desktop/ui/CanvassingDashboard.h"
#include "ScriptedPrompts.h"
#include "common/Clock.h"
#include "common/Turfs.h"
#include "desktop/core/Device.h"
#include "desktop/core/Turfs.h"
#include "desktop/ui/WalkSheets.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace commonroom;
using commonroom::testing::ScriptedPrompts;

class TestCanvassingDashboard : public QObject
{
    Q_OBJECT

    ManualClock m_clock {1'795'435'200'000};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Device> m_device;

    void signIn(const QString &personId, const QString &role)
    {
        QVERIFY(m_device->store().setSetting(QStringLiteral("person_id"), personId).ok());
        QVERIFY(m_device->store().setSetting(QStringLiteral("role"), role).ok());
    }

    static QStringList column(QTreeWidget *tree, int column)
    {
        QStringList texts;
        for (int row = 0; row < tree->topLevelItemCount(); ++row)
            texts << tree->topLevelItem(row)->text(column);
        return texts;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_device = std::make_unique<Device>(m_clock, Profile(m_dir->path()));
        QVERIFY(m_device->open().ok());
        QSqlQuery query(m_device->store().database());
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO person (id, display_name, role, area, neighbourhood, address, phone) VALUES "
            "('lea', 'Lea Leader', 'leader', NULL, NULL, NULL, NULL), "
            "('mo', 'Mo Member', 'member', NULL, NULL, NULL, NULL), "
            "('app', 'Al Applicant', 'applicant', NULL, NULL, NULL, NULL), "
            "('ten', 'Tess <b>Ten</b>', 'member', 'Harbour Town', 'Quayside', '10 Quay Street', '+44 1'), "
            "('two', 'Theo Two', 'member', 'Harbour Town', 'Quayside', '2 Quay Street', NULL), "
            "('dock', 'Dina Dock', 'member', 'Harbour Town', 'Quayside', '5 Dock Road', '+44 2'), "
            "('none', 'Nell Nowhere', 'member', 'Harbour Town', 'Quayside', NULL, NULL)")));
    }

    void cleanup()
    {
        m_device.reset();
        m_dir.reset();
    }

    void aLeaderCutsAssignsAndPrints()
    {
        signIn(QStringLiteral("lea"), QStringLiteral("leader"));
        QVERIFY(CanvassingDashboard::isFor(*m_device));
        ScriptedPrompts prompts;
        CanvassingDashboard page(*m_device, prompts);
        page.show();
        QVERIFY(!page.turfList()->accessibleName().isEmpty());
        QVERIFY(!page.doorList()->accessibleName().isEmpty());
        QCOMPARE(page.turfList()->topLevelItemCount(), 0);
        QVERIFY(!page.assignButton()->isEnabled());
        QVERIFY(!page.assignButton()->toolTip().isEmpty());

        // Cut turfs…: the area's people with an address, by street, two doors a turf.
        QStringList previewed;
        QString summary;
        bool cutBeforeArea = true;
        prompts.fillDialog = [&](QDialog &dialog) {
            auto &cut = static_cast<TurfCutDialog &>(dialog);
            cutBeforeArea = cut.cutButton()->isEnabled();
            cut.areaEdit()->setText(QStringLiteral("Harbour Town"));
            cut.doorsChoice()->setValue(2);
            for (int row = 0; row < cut.preview()->count(); ++row)
                previewed << cut.preview()->item(row)->text();
            summary = cut.summaryLabel()->text();
            QTest::mouseClick(cut.cutButton(), Qt::LeftButton);
            return dialog.result();
        };
        const int pending = m_device->store().pendingCount();
        QTest::mouseClick(page.cutButton(), Qt::LeftButton);
        QVERIFY2(!cutBeforeArea, "nothing to cut before an area is given");
        QCOMPARE(previewed.size(), 2);
        QVERIFY2(previewed[0].startsWith(QStringLiteral("Quayside: Dock Road (1 ")), qPrintable(previewed[0]));
        QVERIFY2(previewed[1].startsWith(QStringLiteral("Quayside: Quay Street (2 ")), qPrintable(previewed[1]));
        QVERIFY2(summary.contains(QStringLiteral("1 selected")), qPrintable(summary)); // Nell has no address
        QCOMPARE(m_device->store().pendingCount(), pending + 5); // two turfs, three doors
        QCOMPARE(column(page.turfList(), 0),
            (QStringList {QStringLiteral("Quayside: Dock Road"), QStringLiteral("Quayside: Quay Street")}));
        page.turfList()->setCurrentItem(page.turfList()->topLevelItem(1));
        QCOMPARE(column(page.doorList(), 0),
            (QStringList {QStringLiteral("2 Quay Street"), QStringLiteral("10 Quay Street")}));
        QVERIFY(page.recordButton()->isEnabled() == false); // no door chosen yet
        QVERIFY(!page.withdrawButton()->isEnabled());
        QVERIFY(!page.withdrawButton()->toolTip().isEmpty());

        // Assign…: a member, for the week proposed.
        prompts.personAnswer = QStringLiteral("mo");
        prompts.fillDialog = [&](QDialog &dialog) {
            auto &assign = static_cast<TurfAssignDialog &>(dialog);
            assign.untilEdit()->setDateTime(assign.fromEdit()->dateTime().addDays(3));
            dialog.accept();
            return dialog.result();
        };
        QTest::mouseClick(page.assignButton(), Qt::LeftButton);
        QCOMPARE(page.turfList()->topLevelItem(1)->text(5), QStringLiteral("Mo Member"));
        // An applicant is refused, in the dialog, with the reason.
        prompts.personAnswer = QStringLiteral("app");
        QString refusal;
        prompts.fillDialog = [&](QDialog &dialog) {
            dialog.accept();
            refusal = static_cast<TurfAssignDialog &>(dialog).errorLabel()->text();
            return dialog.result();
        };
        QTest::mouseClick(page.assignButton(), Qt::LeftButton);
        QVERIFY2(refusal.contains(QStringLiteral("only members canvass")), qPrintable(refusal));

        // The walk sheet and the phone list, as PDF.
        const QString sheet = m_dir->filePath(QStringLiteral("sheet.pdf"));
        prompts.savePath = sheet;
        QTest::mouseClick(page.walkSheetButton(), Qt::LeftButton);
        QCOMPARE(page.errorText(), QString());
        QFile file(sheet);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        prompts.savePath = m_dir->filePath(QStringLiteral("phones.pdf"));
        QTest::mouseClick(page.phoneListButton(), Qt::LeftButton);
        QVERIFY(QFile::exists(prompts.savePath));

        // Withdraw…: asked first; declining changes nothing.
        prompts.agree = false;
        const int beforeWithdraw = m_device->store().pendingCount();
        QTest::mouseClick(page.withdrawButton(), Qt::LeftButton);
        QCOMPARE(m_device->store().pendingCount(), beforeWithdraw);
        prompts.agree = true;
        QTest::mouseClick(page.withdrawButton(), Qt::LeftButton);
        QCOMPARE(page.turfList()->topLevelItem(1)->text(5), QString());
    }

    void theSheetsListTheDoorsInWalkingOrder()
    {
        signIn(QStringLiteral("lea"), QStringLiteral("leader"));
        Turfs &turfs = m_device->turfs();
        const auto turf = turfs.create(QStringLiteral("Quay Street"));
        QVERIFY(turf.ok());
        for (const auto *person : {"ten", "two", "dock"})
            QVERIFY(turfs.addDoor(*turf, QLatin1String(person)).ok());
        QVERIFY(turfs.record(*turf, QStringLiteral("two"), QStringLiteral("talked"), 4).ok());
        const auto doors = turfs.doors(*turf);
        const auto read = turfs.byId(*turf);
        QVERIFY(doors.ok() && read.ok());
        const QDateTime printedAt = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), Qt::UTC);
        const QString html = WalkSheets::walkSheetHtml(*read, *doors, printedAt);
        QVERIFY(html.indexOf(QStringLiteral("Dock Road")) < html.indexOf(QStringLiteral("2 Quay Street")));
        QVERIFY(html.indexOf(QStringLiteral("2 Quay Street")) < html.indexOf(QStringLiteral("10 Quay Street")));
        QVERIFY(html.contains(QStringLiteral("Tess &lt;b&gt;Ten&lt;/b&gt;")));
        QVERIFY(!html.contains(QStringLiteral("<b>Ten</b>")));
        QVERIFY(html.contains(QStringLiteral("✔"))); // the door already knocked
        const QString phones = WalkSheets::phoneListHtml(*read, *doors, printedAt);
        QVERIFY(phones.contains(QStringLiteral("+44 2")) && phones.contains(QStringLiteral("+44 1")));
        QVERIFY(!phones.contains(QStringLiteral("Theo Two"))); // no phone shown
        QVERIFY(phones.contains(QStringLiteral("without a phone you may see")));
    }

    void aMemberRecordsAtTheDoorsOfTheirTurf()
    {
        // What a canvasser's device holds: the turf, its doors and their open assignment.
        signIn(QStringLiteral("lea"), QStringLiteral("leader"));
        const auto turf = m_device->turfs().create(QStringLiteral("Quay Street"));
        QVERIFY(turf.ok());
        for (const auto *person : {"ten", "two"})
            QVERIFY(m_device->turfs().addDoor(*turf, QLatin1String(person)).ok());
        const QDateTime now = m_device->store().now();
        QVERIFY(m_device->turfs().assign(*turf, QStringLiteral("mo"), now.addSecs(-60), now.addDays(1)).ok());
        signIn(QStringLiteral("mo"), QStringLiteral("member"));
        ScriptedPrompts prompts;
        CanvassingDashboard page(*m_device, prompts);
        page.show();
        for (QPushButton *leaders : {page.cutButton(), page.assignButton(), page.withdrawButton(), page.closeButton()})
            QVERIFY(!leaders->isVisible());
        QVERIFY(page.walkSheetButton()->isVisible());
        QCOMPARE(page.turfList()->topLevelItemCount(), 1);
        QVERIFY(!page.recordButton()->isEnabled());
        QCOMPARE(page.recordButton()->toolTip(), QStringLiteral("Choose the door first."));

        // Door after door: the outcome is saved offline and the next door is chosen.
        page.doorList()->setCurrentItem(page.doorList()->topLevelItem(0));
        page.outcomeChoice()->setCurrentIndex(page.outcomeChoice()->findData(QStringLiteral("talked")));
        page.supportChoice()->setCurrentIndex(page.supportChoice()->findData(5));
        page.noteEdit()->setText(QStringLiteral("Wants a yard sign"));
        const int pending = m_device->store().pendingCount();
        QTest::keyClick(page.noteEdit(), Qt::Key_Return);
        QCOMPARE(page.errorText(), QString());
        QCOMPARE(m_device->store().pendingCount(), pending + 1);
        QCOMPARE(page.doorList()->topLevelItem(0)->text(3), QStringLiteral("Talked"));
        QCOMPARE(page.doorList()->topLevelItem(0)->text(4), QStringLiteral("5"));
        QCOMPARE(page.doorList()->currentItem(), page.doorList()->topLevelItem(1));
        QVERIFY(page.noteEdit()->text().isEmpty());
        QVERIFY2(page.summaryLabel()->text().contains(QStringLiteral("1 of 2 door")),
            qPrintable(page.summaryLabel()->text()));

        // Once the window has passed (by this device's clock), recording is refused and disabled.
        m_clock.advanceMs(2 * 24 * 3600 * 1000LL);
        page.reload();
        page.doorList()->setCurrentItem(page.doorList()->topLevelItem(1));
        QVERIFY(!page.recordButton()->isEnabled());
        QCOMPARE(page.recordButton()->toolTip(), QStringLiteral("This turf is not assigned to you now."));
        const auto refused = m_device->turfs().record(*turf, QStringLiteral("two"), QStringLiteral("talked"));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, std::string("forbidden"));
    }

    void applicantsHaveNoCanvassing()
    {
        signIn(QStringLiteral("app"), QStringLiteral("applicant"));
        QVERIFY(!CanvassingDashboard::isFor(*m_device));
    }
};

QTEST_MAIN(TestCanvassingDashboard)
#include "CanvassingDashboardTest.moc"
