// The check-in view at the door, offscreen, with no daemon and no network: type-ahead, check-in
// by Enter, by arrow keys and by click, undo (Ctrl+Z), walk-ins, live counts.
#include "EventsFixture.h"
#include "ScriptedPrompts.h"

#include "desktop/core/TimeText.h"
#include "desktop/models/DoorSearchModel.h"
#include "desktop/ui/CheckInWindow.h"
#include "desktop/ui/WalkInDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QtTest>

using namespace commonroom;
using namespace commonroom::testing;

class CheckInWindowTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_fixture = std::make_unique<EventsFixture>();
        QVERIFY(m_fixture->setUp());
        m_event = m_fixture->createEvent(QStringLiteral("Neighbourhood assembly"), 1, 10);
        QVERIFY(!m_event.isEmpty());
        QVERIFY(m_fixture->registerPeople(
            m_event, {QStringLiteral("ana"), QStringLiteral("anabel"), QStringLiteral("bob")}));
        m_prompts = std::make_unique<ScriptedPrompts>();
    }

    void cleanup()
    {
        m_prompts.reset();
        m_fixture.reset();
    }

    void typeAheadListsTheRegisteredFirst()
    {
        CheckInWindow window(m_fixture->device, *m_prompts, m_event);
        QCOMPARE(window.counts().expected, 3);
        QCOMPARE(label(window, "expectedCount"), QStringLiteral("3"));
        QCOMPARE(label(window, "checkedInCount"), QStringLiteral("0 / 10"));
        QVERIFY(window.resultsModel()->showsGuestList()); // nothing typed: the guest list

        QTest::keyClicks(window.searchField(), QStringLiteral("an"));
        const DoorSearchModel *results = window.resultsModel();
        QCOMPARE(results->rowCount(), 2); // the registrants at once
        QTRY_COMPARE(results->rowCount(), 3); // the directory once typing pauses
        // Ana and Anabel are registered: before Anastasia, who is only in the directory.
        QVERIFY(results->matchAt(0)->registered);
        QVERIFY(results->matchAt(1)->registered);
        QCOMPARE(results->matchAt(2)->personId, QStringLiteral("anastasia"));
        QVERIFY(!results->matchAt(2)->registered);
        QCOMPARE(results->index(2, DoorSearchModel::StatusColumn).data().toString(), QStringLiteral("Not registered"));
        QCOMPARE(results->index(0, DoorSearchModel::StatusColumn).data().toString(), QStringLiteral("Expected"));
        // The first result is highlighted, ready for Enter.
        QCOMPARE(window.resultsView()->currentIndex().row(), 0);

        // Accents and case do not matter.
        window.searchField()->clear();
        QTest::keyClicks(window.searchField(), QStringLiteral("NUNEZ"));
        QCOMPARE(results->rowCount(), 1);
        QCOMPARE(results->matchAt(0)->personId, QStringLiteral("anabel"));
    }

    void enterChecksInAndCtrlZUndoes()
    {
        CheckInWindow window(m_fixture->device, *m_prompts, m_event);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        const int pendingBefore = m_fixture->store.pendingCount();

        QTest::keyClicks(window.searchField(), QStringLiteral("ana g"));
        QCOMPARE(window.resultsModel()->rowCount(), 1);
        QTest::keyClick(window.searchField(), Qt::Key_Return);
        QVERIFY2(window.errorText().isEmpty(), qPrintable(window.errorText()));
        QVERIFY(window.messageText().contains(QStringLiteral("Ana García checked in")));
        auto ana = m_fixture->events().registration(m_event, QStringLiteral("ana"));
        QVERIFY(ana && ana->attended);
        QCOMPARE(ana->checkedInAt, fixtureNow().addSecs(3)); // the fixture's clock after three registrations
        // Saved on this computer, waiting for a sync: no network needed.
        QVERIFY(m_fixture->store.pendingCount() > pendingBefore);
        QVERIFY(label(window, "checkInPending").contains(QStringLiteral("next sync")));
        // Ready for the next person, counts live.
        QVERIFY(window.searchField()->text().isEmpty());
        QVERIFY(window.searchField()->hasFocus());
        QCOMPARE(window.counts().checkedIn, 1);
        QCOMPARE(label(window, "checkedInCount"), QStringLiteral("1 / 10"));
        QCOMPARE(window.undoDepth(), 1);

        // Ctrl+Z takes it back.
        QTest::keyClick(window.searchField(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY2(window.errorText().isEmpty(), qPrintable(window.errorText()));
        QVERIFY(window.messageText().contains(QStringLiteral("undone")));
        ana = m_fixture->events().registration(m_event, QStringLiteral("ana"));
        QVERIFY(ana && !ana->attended);
        QCOMPARE(ana->history.size(), std::size_t(1)); // the undone check-in stays in the history
        QVERIFY(ana->history.front().undone);
        QCOMPARE(window.counts().checkedIn, 0);
        QCOMPARE(label(window, "checkedInCount"), QStringLiteral("0 / 10"));
        QCOMPARE(window.undoDepth(), 0);

        // Nothing left to undo: said, and nothing changes.
        const int pending = m_fixture->store.pendingCount();
        QTest::keyClick(window.searchField(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(window.errorText().contains(QStringLiteral("Nothing to undo")));
        QCOMPARE(m_fixture->store.pendingCount(), pending);
    }

    void arrowKeysPickAnotherMatch()
    {
        CheckInWindow window(m_fixture->device, *m_prompts, m_event);
        QTest::keyClicks(window.searchField(), QStringLiteral("an"));
        QTest::keyClick(window.searchField(), Qt::Key_Down);
        QCOMPARE(window.resultsView()->currentIndex().row(), 1);
        // The directory's rows arrive below: the highlight stays on the same person.
        const QString highlighted = window.resultsView()->currentIndex().data(DoorSearchModel::PersonIdRole).toString();
        QTRY_COMPARE(window.resultsModel()->rowCount(), 3);
        QCOMPARE(window.resultsView()->currentIndex().data(DoorSearchModel::PersonIdRole).toString(), highlighted);
        QTest::keyClick(window.searchField(), Qt::Key_Up);
        QCOMPARE(window.resultsView()->currentIndex().row(), 0);
        const QString second = window.resultsModel()->matchAt(1)->personId;
        QTest::keyClick(window.searchField(), Qt::Key_Down);
        QCOMPARE(window.resultsView()->currentIndex().row(), 1);
        QTest::keyClick(window.searchField(), Qt::Key_Down);
        QTest::keyClick(window.searchField(), Qt::Key_Down); // stays on the last one
        QCOMPARE(window.resultsView()->currentIndex().row(), 2);
        QTest::keyClick(window.searchField(), Qt::Key_Up);
        QTest::keyClick(window.searchField(), Qt::Key_Return);
        QVERIFY(m_fixture->events().registration(m_event, second)->attended);
        QVERIFY(!m_fixture->events().registration(m_event, QStringLiteral("ana"))->attended
            || second == QStringLiteral("ana"));
        // Escape clears what was typed.
        QTest::keyClicks(window.searchField(), QStringLiteral("bo"));
        QTest::keyClick(window.searchField(), Qt::Key_Escape);
        QVERIFY(window.searchField()->text().isEmpty());
        QVERIFY(window.resultsModel()->showsGuestList());
    }

    // Nothing typed: the whole guest list, whom the door still waits for first, and nobody is
    // checked in by an Enter that picked nobody.
    void theGuestListShowsWhoIsStillExpected()
    {
        CheckInWindow window(m_fixture->device, *m_prompts, m_event);
        const DoorSearchModel *list = window.resultsModel();
        const auto order = [list] {
            QStringList ids;
            for (int row = 0; row < list->rowCount(); ++row)
                ids << list->matchAt(row)->personId;
            return ids;
        };
        QCOMPARE(order(), (QStringList {QStringLiteral("ana"), QStringLiteral("anabel"), QStringLiteral("bob")}));
        QCOMPARE(list->stillExpected(), 3);
        QVERIFY2(label(window, "doorListCaption").contains(QStringLiteral("3 still expected")),
            qPrintable(label(window, "doorListCaption")));
        QVERIFY(!window.resultsView()->currentIndex().isValid());
        QVERIFY(!window.findChild<QPushButton *>(QStringLiteral("checkInButton"))->isEnabled());

        // Enter with nobody picked says what to do and writes nothing.
        const int pending = m_fixture->store.pendingCount();
        QTest::keyClick(window.searchField(), Qt::Key_Return);
        QVERIFY2(window.errorText().contains(QStringLiteral("Nobody is highlighted")), qPrintable(window.errorText()));
        QCOMPARE(m_fixture->store.pendingCount(), pending);
        QCOMPARE(window.counts().checkedIn, 0);

        // Down picks the first, Enter checks them in; they move below those still expected.
        QTest::keyClick(window.searchField(), Qt::Key_Down);
        QCOMPARE(window.resultsView()->currentIndex().row(), 0);
        QVERIFY(window.findChild<QPushButton *>(QStringLiteral("checkInButton"))->isEnabled());
        QTest::keyClick(window.searchField(), Qt::Key_Return);
        QVERIFY2(window.errorText().isEmpty(), qPrintable(window.errorText()));
        QVERIFY(m_fixture->events().registration(m_event, QStringLiteral("ana"))->attended);
        QTRY_COMPARE(order(), (QStringList {QStringLiteral("anabel"), QStringLiteral("bob"), QStringLiteral("ana")}));
        QCOMPARE(list->stillExpected(), 2);
        QVERIFY(label(window, "doorListCaption").contains(QStringLiteral("2 still expected")));
        QCOMPARE(list->index(2, DoorSearchModel::StatusColumn).data().toString(), QStringLiteral("Checked in"));
        QVERIFY(list->index(2, DoorSearchModel::StatusColumn).data(Qt::BackgroundRole).value<QColor>().isValid());
        QVERIFY(!list->index(0, DoorSearchModel::StatusColumn).data(Qt::BackgroundRole).isValid());
        // The highlight went with the check-in: another Enter checks in nobody.
        QVERIFY(!window.resultsView()->currentIndex().isValid());
        QTest::keyClick(window.searchField(), Qt::Key_Return);
        QCOMPARE(window.counts().checkedIn, 1);

        // Another laptop's check-in (here through the core, as a sync writes it) moves a guest too.
        QVERIFY(m_fixture->events().checkIn(m_event, QStringLiteral("bob")).ok());
        QTRY_COMPARE(list->stillExpected(), 1);
        QCOMPARE(order().first(), QStringLiteral("anabel"));
    }

    void oneClickChecksIn()
    {
        CheckInWindow window(m_fixture->device, *m_prompts, m_event);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::keyClicks(window.searchField(), QStringLiteral("bo"));
        QCOMPARE(window.resultsModel()->rowCount(), 1);
        QTableView *view = window.resultsView();
        const QRect cell = view->visualRect(view->model()->index(0, DoorSearchModel::NameColumn));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
        QVERIFY(m_fixture->events().registration(m_event, QStringLiteral("bob"))->attended);
        QCOMPARE(window.counts().checkedIn, 1);

        // Checking in again is harmless: the first check-in stands, nothing to undo twice.
        QTest::keyClicks(window.searchField(), QStringLiteral("bo"));
        QCOMPARE(window.resultsModel()->index(0, DoorSearchModel::StatusColumn).data().toString(),
            QStringLiteral("Checked in"));
        QTest::keyClick(window.searchField(), Qt::Key_Return);
        QVERIFY(window.messageText().contains(QStringLiteral("already checked in")));
        QCOMPARE(window.undoDepth(), 1);
        QCOMPARE(window.counts().checkedIn, 1);
        QCOMPARE(m_fixture->events().registration(m_event, QStringLiteral("bob"))->history.size(), std::size_t(1));
    }

    void someoneFromTheDirectoryIsRegisteredAtTheDoor()
    {
        CheckInWindow window(m_fixture->device, *m_prompts, m_event);
        QTest::keyClicks(window.searchField(), QStringLiteral("carla"));
        // Enter before the pause: the directory is searched at once.
        QCOMPARE(window.resultsModel()->rowCount(), 0);
        QVERIFY(window.resultsModel()->isDirectoryPending());
        QTest::keyClick(window.searchField(), Qt::Key_Return);
        QVERIFY(window.messageText().contains(QStringLiteral("was not registered")));
        const auto carla = m_fixture->events().registration(m_event, QStringLiteral("carla"));
        QVERIFY(carla && carla->attended);
        QCOMPARE(window.counts().checkedIn, 1);

        // Nobody matches: Enter says what to do instead.
        QTest::keyClicks(window.searchField(), QStringLiteral("zzyzx"));
        QCOMPARE(window.resultsModel()->rowCount(), 0);
        QTRY_VERIFY(!window.resultsModel()->isDirectoryPending());
        QCOMPARE(window.resultsModel()->rowCount(), 0);
        QTest::keyClick(window.searchField(), Qt::Key_Return);
        QVERIFY(window.errorText().contains(QStringLiteral("walk-in")));
    }

    void walkInIsRegisteredAndCheckedIn()
    {
        CheckInWindow window(m_fixture->device, *m_prompts, m_event);
        QTest::keyClicks(window.searchField(), QStringLiteral("Dora Diaz"));

        // Cancelled: nothing is written.
        const int pending = m_fixture->store.pendingCount();
        window.registerWalkIn();
        QCOMPARE(m_prompts->asked, QStringList {QStringLiteral("walkIn:Dora Diaz")}); // pre-filled with what was typed
        QCOMPARE(m_fixture->store.pendingCount(), pending);

        WalkInDetails dora;
        dora.displayName = QStringLiteral("Dora Diaz");
        dora.email = QStringLiteral("dora@example.org");
        dora.consent = true;
        dora.area = QStringLiteral("Lisbon");
        m_prompts->walkInAnswer = dora;
        window.registerWalkIn();
        QVERIFY2(window.errorText().isEmpty(), qPrintable(window.errorText()));
        QVERIFY(window.messageText().contains(QStringLiteral("walk-in")));
        QCOMPARE(window.counts().walkIns, 1);
        QCOMPARE(window.counts().checkedIn, 1);
        QCOMPARE(label(window, "walkInCount"), QStringLiteral("1"));
        QCOMPARE(window.undoDepth(), 1);

        // A walk-in without a name is refused with a reason, and nothing is written.
        WalkInDetails nameless;
        m_prompts->walkInAnswer = nameless;
        const int before = m_fixture->store.pendingCount();
        window.registerWalkIn();
        QVERIFY(!window.errorText().isEmpty());
        QCOMPARE(m_fixture->store.pendingCount(), before);
        QCOMPARE(window.counts().walkIns, 1);
    }

    void countsFollowOtherCheckIns()
    {
        CheckInWindow window(m_fixture->device, *m_prompts, m_event);
        QCOMPARE(window.counts().checkedIn, 0);
        // Another volunteer's check-in arriving (here: through the core, as a sync would write it).
        QVERIFY(m_fixture->events().checkIn(m_event, QStringLiteral("anabel")).ok());
        QTRY_COMPARE(window.counts().checkedIn, 1);
        QCOMPARE(label(window, "checkedInCount"), QStringLiteral("1 / 10"));
        // An undo in the window only takes back its own check-ins.
        window.undoLast();
        QVERIFY(!window.errorText().isEmpty());
        QVERIFY(m_fixture->events().registration(m_event, QStringLiteral("anabel"))->attended);
    }

    // The door opens on any day, and says so when the event is not now.
    void theDoorSaysWhenTheEventIsNotNow()
    {
        CheckInWindow today(m_fixture->device, *m_prompts, m_event); // starts in an hour
        QVERIFY(today.timingText().isEmpty());
        const QString nextWeek = m_fixture->createEvent(QStringLiteral("Spring fair"), 7 * 24);
        // At a venue in Tokyo: the note reads the start as the heading does, in the venue's time.
        EventInfo fair = *m_fixture->events().event(nextWeek);
        fair.timeZone = QStringLiteral("Asia/Tokyo");
        QVERIFY(m_fixture->events().update(fair).ok());
        CheckInWindow early(m_fixture->device, *m_prompts, nextWeek);
        const QString tokyoStart = shortTime(fair.start.toTimeZone(QTimeZone("Asia/Tokyo")).time());
        QVERIFY2(early.timingText().contains(QStringLiteral("Spring fair"))
                && early.timingText().contains(QStringLiteral("starts")) && early.timingText().contains(tokyoStart),
            qPrintable(early.timingText()));
        const QString lastWeek = m_fixture->createEvent(QStringLiteral("Winter fair"), -7 * 24);
        CheckInWindow late(m_fixture->device, *m_prompts, lastWeek);
        QVERIFY2(late.timingText().contains(QStringLiteral("ended")), qPrintable(late.timingText()));
    }

    void unknownEventSaysSo()
    {
        CheckInWindow window(m_fixture->device, *m_prompts, QStringLiteral("no-such-event"));
        QVERIFY(window.errorText().contains(QStringLiteral("not on this computer")));
    }

    void membersAreWarnedTheyCannotRunTheDoor()
    {
        QVERIFY(m_fixture->store.setSetting(QStringLiteral("role"), QStringLiteral("member")).ok());
        QVERIFY(m_fixture->store.setSetting(QStringLiteral("person_id"), QStringLiteral("bob")).ok());
        CheckInWindow window(m_fixture->device, *m_prompts, m_event);
        QVERIFY(window.errorText().contains(QStringLiteral("not an organizer")));
    }

    void walkInDialogKeepsContactsOnlyWithConsent()
    {
        WalkInDialog dialog;
        auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("walkInName"));
        auto *email = dialog.findChild<QLineEdit *>(QStringLiteral("walkInEmail"));
        auto *consent = dialog.findChild<QCheckBox *>(QStringLiteral("walkInConsent"));
        QVERIFY(name && email && consent);
        QVERIFY(!email->isEnabled());
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled()); // a name is required
        dialog.setDisplayName(QStringLiteral("  Dora   Diaz "));
        QVERIFY(ok->isEnabled());
        consent->setChecked(true);
        QVERIFY(email->isEnabled());
        email->setText(QStringLiteral("dora@example.org"));
        QCOMPARE(dialog.details().displayName, QStringLiteral("Dora Diaz"));
        QCOMPARE(dialog.details().email, QStringLiteral("dora@example.org"));
        QVERIFY(dialog.details().consent);
        // Withdrawn agreement: the typed email is not passed on.
        consent->setChecked(false);
        QVERIFY(dialog.details().email.isEmpty());
        QVERIFY(!dialog.details().consent);
    }

private:
    static QString label(const QWidget &window, const char *name)
    {
        const auto *found = window.findChild<QLabel *>(QString::fromLatin1(name));
        return found ? found->text() : QStringLiteral("(no label %1)").arg(QString::fromLatin1(name));
    }

    std::unique_ptr<EventsFixture> m_fixture;
    QString m_event;
    std::unique_ptr<ScriptedPrompts> m_prompts;
};

QTEST_MAIN(CheckInWindowTest)
#include "CheckInWindowTest.moc"
