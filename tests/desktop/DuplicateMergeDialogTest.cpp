// The merge dialog: both records side by side, the kept record and per-field choices, merge
// after confirmation (history kept), dismissal, and refusals that change nothing.
#include "EventsFixture.h"
#include "ScriptedPrompts.h"

#include "desktop/core/Device.h"
#include "desktop/core/Duplicates.h"
#include "desktop/ui/DuplicateMergeDialog.h"

#include "common/Uuid.h"
#include "tests/TestIds.h"

#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSqlQuery>
#include <QtTest>

using namespace commonroom;
using namespace commonroom::testing;

namespace {
QString field(LocalStore &store, const QString &person, const std::string &name)
{
    const auto row = store.row(QStringLiteral("person"), person);
    if (!row)
        return QStringLiteral("(gone)");
    const auto it = row->find(name);
    return it == row->end() ? QString() : QString::fromStdString(toDisplayString(it->second));
}
} // namespace

class DuplicateMergeDialogTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<EventsFixture>();
        QVERIFY(m_fixture->setUp());
        QSqlQuery query(m_fixture->store.database());
        // A walk-in registered at the door who is Ana García of the directory.
        QVERIFY(query.exec(QStringLiteral("INSERT INTO person (id, display_name, email, phone, area) VALUES "
                                          "('ana2', 'Ana Garcia', 'ana@example.org', '+351 900 000 000', NULL)")));
        m_pair = QString::fromStdString(newTestId());
        query.prepare(QStringLiteral("INSERT INTO duplicate_candidate (id, person_a, person_b, reasons, state) "
                                     "VALUES (?, 'ana', 'ana2', 'email name', 'open')"));
        query.addBindValue(m_pair);
        QVERIFY(query.exec());
        m_event = m_fixture->createEvent(QStringLiteral("Assembly"), -1);
        QVERIFY(!m_event.isEmpty());
        QVERIFY(m_fixture->events().checkIn(m_event, QStringLiteral("ana2")).ok());
        m_prompts = std::make_unique<ScriptedPrompts>();
        m_prompts->agree = true;
    }

    void cleanup()
    {
        m_prompts.reset();
        m_fixture.reset();
    }

    void showsBothRecordsSideBySide()
    {
        DuplicateMergeDialog dialog(m_fixture->device, *m_prompts, m_pair);
        QVERIFY(dialog.isReady());
        QCOMPARE(dialog.personA(), QStringLiteral("ana"));
        QCOMPARE(dialog.personB(), QStringLiteral("ana2"));
        // Email is the same on both: nothing to choose. Name, phone and area differ.
        const QStringList offered = dialog.offeredFields();
        QVERIFY(offered.contains(QStringLiteral("display_name")));
        QVERIFY(offered.contains(QStringLiteral("phone")));
        QVERIFY(offered.contains(QStringLiteral("area")));
        QVERIFY(!offered.contains(QStringLiteral("email")));
        QVERIFY(!offered.contains(QStringLiteral("role")));
        auto *nameA = dialog.findChild<QRadioButton *>(QStringLiteral("display_name_a"));
        auto *nameB = dialog.findChild<QRadioButton *>(QStringLiteral("display_name_b"));
        QVERIFY(nameA && nameB);
        QCOMPARE(nameA->text(), QStringLiteral("Ana García"));
        QCOMPARE(nameB->text(), QStringLiteral("Ana Garcia"));
        // Fields are named as the profile editor names them (PersonFields).
        QCOMPARE(nameA->accessibleName(), QStringLiteral("Display name from Ana García: Ana García"));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("historyB"))->text().contains(QStringLiteral("1 attended")));

        // Keeping A: A's values by default, B's where A has none (the phone).
        QCOMPARE(dialog.keptId(), QStringLiteral("ana"));
        QVERIFY(nameA->isChecked());
        FieldMap chosen = dialog.chosenFields();
        QCOMPARE(chosen.size(), std::size_t(1));
        QCOMPARE(QString::fromStdString(toDisplayString(chosen.at("phone"))), QStringLiteral("+351 900 000 000"));

        // Keeping B: its name, and A's area where B has none.
        QVERIFY(dialog.keep(QStringLiteral("ana2")));
        chosen = dialog.chosenFields();
        QCOMPARE(QString::fromStdString(toDisplayString(chosen.at("area"))), QStringLiteral("Lisbon"));
        QVERIFY(!chosen.contains("display_name"));
        QVERIFY(dialog.choose(QStringLiteral("display_name"), QStringLiteral("ana")));
        QCOMPARE(QString::fromStdString(toDisplayString(dialog.chosenFields().at("display_name"))),
            QStringLiteral("Ana García"));
        QVERIFY(!dialog.choose(QStringLiteral("email"), QStringLiteral("ana")));
        QVERIFY(!dialog.keep(QStringLiteral("bob")));
    }

    void mergesAfterConfirmationKeepingHistory()
    {
        DuplicateMergeDialog dialog(m_fixture->device, *m_prompts, m_pair);
        QVERIFY(dialog.keep(QStringLiteral("ana")));

        // Declined: nothing changes.
        m_prompts->agree = false;
        const int pending = m_fixture->store.pendingCount();
        dialog.findChild<QPushButton *>(QStringLiteral("mergeButton"))->click();
        QCOMPARE(m_prompts->asked, QStringList {QStringLiteral("confirm:Merge records")});
        QCOMPARE(m_fixture->store.pendingCount(), pending);
        QCOMPARE(field(m_fixture->store, QStringLiteral("ana2"), "display_name"), QStringLiteral("Ana Garcia"));
        QCOMPARE(dialog.result(), int(QDialog::Rejected));

        m_prompts->agree = true;
        dialog.merge();
        QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(field(m_fixture->store, QStringLiteral("ana2"), "display_name"), QStringLiteral("(gone)"));
        QCOMPARE(field(m_fixture->store, QStringLiteral("ana"), "phone"), QStringLiteral("+351 900 000 000"));
        QCOMPARE(field(m_fixture->store, QStringLiteral("ana"), "display_name"), QStringLiteral("Ana García"));
        // The walk-in's check-in now belongs to the kept person.
        const auto registration = m_fixture->events().registration(m_event, QStringLiteral("ana"));
        QVERIFY(registration && registration->attended);
        const auto candidate = m_fixture->device.duplicates().candidate(m_pair);
        QVERIFY(candidate);
        QCOMPARE(candidate->state, QStringLiteral("merged"));
        QCOMPARE(candidate->keptId, QStringLiteral("ana"));
        // The merged-away record stays with the daemon: nothing of it on the device.
        QSqlQuery columns(m_fixture->store.database());
        QVERIFY(columns.exec(QStringLiteral("SELECT 1 FROM pragma_table_info('duplicate_candidate') WHERE name = "
                                            "'merged_snapshot'")));
        QVERIFY(!columns.next());

        // The pair is decided: a second dialog on it says so and offers nothing.
        DuplicateMergeDialog again(m_fixture->device, *m_prompts, m_pair);
        QVERIFY(!again.isReady());
        QVERIFY(!again.errorText().isEmpty());
        QVERIFY(!again.findChild<QPushButton *>(QStringLiteral("mergeButton"))->isEnabled());
    }

    void dismissesAfterConfirmation()
    {
        DuplicateMergeDialog dialog(m_fixture->device, *m_prompts, m_pair);
        dialog.dismiss();
        QCOMPARE(m_prompts->asked, QStringList {QStringLiteral("confirm:Not the same person")});
        QCOMPARE(m_fixture->device.duplicates().candidate(m_pair)->state, QStringLiteral("dismissed"));
        QCOMPARE(field(m_fixture->store, QStringLiteral("ana2"), "display_name"), QStringLiteral("Ana Garcia"));
    }

    void unknownPairSaysSo()
    {
        DuplicateMergeDialog dialog(m_fixture->device, *m_prompts, QStringLiteral("nope"));
        QVERIFY(!dialog.isReady());
        QVERIFY(dialog.errorText().contains(QStringLiteral("Sync")));
        dialog.merge(); // refused quietly: nothing to merge
        QVERIFY(m_prompts->asked.isEmpty());
    }

private:
    std::unique_ptr<EventsFixture> m_fixture;
    QString m_pair;
    QString m_event;
    std::unique_ptr<ScriptedPrompts> m_prompts;
};

QTEST_MAIN(DuplicateMergeDialogTest)
#include "DuplicateMergeDialogTest.moc"
