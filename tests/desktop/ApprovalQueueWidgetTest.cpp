// The approval queue and the vouch dialog against a real local store, offline: what the queue
// lists, and that each decision becomes exactly the person mutation docs/admission.md describes
// (or nothing at all, with a clear message, when it may not be made).

#include "desktop/ui/ApprovalQueueWidget.h"
#include "ScriptedPrompts.h"
#include "common/Clock.h"
#include "desktop/core/Device.h"
#include "desktop/core/LocalStore.h"
#include "desktop/models/ApplicantsModel.h"
#include "desktop/ui/VouchDialog.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QPushButton>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace commonroom;
using namespace commonroom::testing;

namespace {

std::string text(const FieldMap &fields, const char *name)
{
    const auto found = fields.find(name);
    return found == fields.end() ? std::string() : toDisplayString(found->second);
}

} // namespace

class ApprovalQueueWidgetTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_device = std::make_unique<Device>(m_clock, Profile(m_dir->path()));
        QVERIFY(m_device->open().ok());
        m_store = &m_device->store();
        // As pulled from the daemon: an admin (signed in here), a member, and applicants.
        QSqlQuery insert(m_store->database());
        const char *rows[] = {
            "INSERT INTO person (id, display_name, role) VALUES ('admin1', 'Amara Okafor', 'admin')",
            "INSERT INTO person (id, display_name, role) VALUES ('member1', 'Mei Chen', 'member')",
            "INSERT INTO person (id, display_name, email, role, admission_state, applied_at, bio) VALUES "
            "('late', 'Lea Late', 'lea@example.org', 'applicant', 'applied', '2026-03-02T10:00:00Z', 'Second')",
            "INSERT INTO person (id, display_name, email, role, admission_state, applied_at, bio) VALUES "
            "('early', 'Eli Early', 'eli@example.org', 'applicant', 'applied', '2026-03-01T10:00:00Z', "
            "'I run the repair café.\nSecond line.')",
            "INSERT INTO person (id, display_name, role, admission_state, admission_message, applied_at) VALUES "
            "('asked', 'Ash Asked', 'applicant', 'needs_info', 'Who introduced you?', '2026-03-03T10:00:00Z')",
            "INSERT INTO person (id, display_name, role, admission_state, admission_message) VALUES "
            "('turned', 'Tom Turned', 'applicant', 'rejected', 'Spam')",
            "INSERT INTO vouch (id, applicant_id, voucher_id, reason, created_at) VALUES "
            "('v1', 'early', 'member1', 'We fixed bikes together', '2026-03-01T12:00:00Z')",
        };
        for (const char *row : rows)
            QVERIFY2(insert.exec(QString::fromUtf8(row)), qPrintable(insert.lastError().text()));
        signInAs(QStringLiteral("admin1"), QStringLiteral("admin"));
        m_prompts = std::make_unique<ScriptedPrompts>();
        m_prompts->textAnswer = QString();
    }

    void cleanup()
    {
        m_prompts.reset();
        m_device.reset();
        m_dir.reset();
    }

    void modelListsWaitingApplicantsOldestFirst()
    {
        ApplicantsModel model(*m_device);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(ApplicantsModel::ColumnCount));
        QCOMPARE(model.index(0, 0).data(ApplicantsModel::PersonIdRole).toString(), QStringLiteral("early"));
        QCOMPARE(model.index(1, 0).data(ApplicantsModel::PersonIdRole).toString(), QStringLiteral("late"));
        QCOMPARE(model.index(2, 0).data(ApplicantsModel::PersonIdRole).toString(), QStringLiteral("asked"));
        QCOMPARE(model.rowOf(QStringLiteral("turned")), -1);
        QCOMPARE(model.rowOf(QStringLiteral("member1")), -1);

        const int early = model.rowOf(QStringLiteral("early"));
        QCOMPARE(model.index(early, ApplicantsModel::VouchesColumn).data().toInt(), 1);
        QCOMPARE(model.index(early, 0).data(ApplicantsModel::VouchesRole).toStringList(),
            QStringList {QStringLiteral("Mei Chen: We fixed bikes together")});
        // The notes column shows the first line of what they wrote, the tooltip all of it.
        QCOMPARE(model.index(early, ApplicantsModel::NotesColumn).data().toString(),
            QStringLiteral("I run the repair café."));
        QVERIFY(model.index(early, ApplicantsModel::NotesColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Second line.")));
        const int asked = model.rowOf(QStringLiteral("asked"));
        QCOMPARE(model.index(asked, ApplicantsModel::NotesColumn).data().toString(),
            QStringLiteral("Asked: Who introduced you?"));
        QCOMPARE(model.index(asked, 0).data(ApplicantsModel::StateRole).toString(), QStringLiteral("needs_info"));
        QCOMPARE(
            model.headerData(ApplicantsModel::VouchesColumn, Qt::Horizontal).toString(), QStringLiteral("Vouches"));
    }

    // A long queue is read a page at a time as the view asks for more, in the queue's order, and
    // a reload keeps what had been read; the summary counts everyone waiting.
    void longQueueIsReadPageByPage()
    {
        const int extra = 2 * ApplicantsModel::kPageSize + 50;
        QSqlQuery insert(m_store->database());
        QVERIFY(m_store->database().transaction());
        QVERIFY(
            insert.prepare(QStringLiteral("INSERT INTO person (id, display_name, role, admission_state, applied_at) "
                                          "VALUES (?, ?, 'applicant', 'applied', ?)")));
        for (int i = 0; i < extra; ++i) {
            insert.addBindValue(QStringLiteral("later-%1").arg(i, 4, 10, QLatin1Char('0')));
            insert.addBindValue(QStringLiteral("Later %1").arg(i, 4, 10, QLatin1Char('0')));
            insert.addBindValue(QStringLiteral("2026-04-01T10:%1:%2Z")
                                    .arg(i / 60, 2, 10, QLatin1Char('0'))
                                    .arg(i % 60, 2, 10, QLatin1Char('0')));
            QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
        }
        QVERIFY(m_store->database().commit());
        const int waiting = 3 + extra;

        ApplicantsModel model(*m_device); // the tester would fetch everything at once
        QCOMPARE(model.waitingCount(), waiting);
        QCOMPARE(model.rowCount(), ApplicantsModel::kPageSize);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 2 * ApplicantsModel::kPageSize);
        QCOMPARE(model.index(ApplicantsModel::kPageSize, 0).data(ApplicantsModel::PersonIdRole).toString(),
            QStringLiteral("later-%1").arg(ApplicantsModel::kPageSize - 3, 4, 10, QLatin1Char('0')));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), waiting);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.index(waiting - 1, 0).data(ApplicantsModel::PersonIdRole).toString(),
            QStringLiteral("later-%1").arg(extra - 1, 4, 10, QLatin1Char('0')));

        model.reload();
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(model.rowCount(), waiting);
        QCOMPARE(model.index(0, 0).data(ApplicantsModel::PersonIdRole).toString(), QStringLiteral("early"));

        ApprovalQueueWidget queue(*m_device, *m_prompts);
        QVERIFY(queue.findChild<QLabel *>(QStringLiteral("summaryLabel"))
                    ->text()
                    .startsWith(QString::number(waiting) + QLatin1Char(' ')));
    }

    void pulledApplicantsAppearOnceTheChangesPause()
    {
        ApplicantsModel model(*m_device);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(model.rowCount(), 3);
        protocol::PullResponse page;
        protocol::Change change;
        change.seq = 1;
        change.table = "person";
        change.id = "pulled";
        change.fields = {{"display_name", std::string("Pia Pulled")}, {"role", std::string("applicant")},
            {"admission_state", std::string("applied")}, {"applied_at", std::string("2026-03-04T10:00:00Z")}};
        page.changes = {change};
        page.cursor = "1";
        QVERIFY(m_store->applyPullPage(page).ok());
        // Not read again for every page of a sync, but soon after.
        QCOMPARE(model.rowOf(QStringLiteral("pulled")), -1);
        QTRY_VERIFY_WITH_TIMEOUT(model.rowOf(QStringLiteral("pulled")) == 3, 10000);
    }

    void approvingIsAnOfflinePersonEdit()
    {
        ApprovalQueueWidget queue(*m_device, *m_prompts);
        QAbstractItemModelTester tester(queue.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        queue.selectPerson(QStringLiteral("early"));
        QCOMPARE(queue.selectedPersonId(), QStringLiteral("early"));
        const QString details = queue.findChild<QLabel *>(QStringLiteral("detailsLabel"))->text();
        QVERIFY2(details.contains(QStringLiteral("We fixed bikes together")), qPrintable(details));
        QVERIFY2(details.contains(QStringLiteral("eli@example.org")), qPrintable(details));

        queue.findChild<QPushButton *>(QStringLiteral("approveButton"))->click();
        QVERIFY2(queue.errorText().isEmpty(), qPrintable(queue.errorText()));
        const auto row = m_store->row(QStringLiteral("person"), QStringLiteral("early"));
        QVERIFY(row);
        QCOMPARE(text(*row, "admission_state"), std::string("approved"));
        QCOMPARE(text(*row, "role"), std::string("member"));
        const auto pending = m_store->pendingMutations(10);
        QCOMPARE(pending.size(), std::size_t(1));
        QCOMPARE(pending[0].table, std::string("person"));
        QCOMPARE(pending[0].id, std::string("early"));
        QCOMPARE(text(pending[0].fields, "admission_state"), std::string("approved"));
        // Approved people leave the queue.
        QCOMPARE(queue.model()->rowOf(QStringLiteral("early")), -1);
        QCOMPARE(queue.model()->rowCount(), 2);
    }

    void rejectingNeedsAReason()
    {
        ApprovalQueueWidget queue(*m_device, *m_prompts);
        queue.selectPerson(QStringLiteral("late"));

        m_prompts->textAnswer = std::nullopt; // cancelled
        queue.rejectSelected();
        QCOMPARE(m_prompts->asked, QStringList {QStringLiteral("text:Reject application")});
        QCOMPARE(m_store->pendingCount(), 0);

        m_prompts->textAnswer = QStringLiteral("   ");
        queue.rejectSelected();
        QVERIFY2(queue.errorText().contains(QStringLiteral("reason")), qPrintable(queue.errorText()));
        QCOMPARE(m_store->pendingCount(), 0);

        m_prompts->textAnswer = QStringLiteral("We only admit people from the valley.");
        queue.rejectSelected();
        QVERIFY(queue.errorText().isEmpty());
        const auto row = m_store->row(QStringLiteral("person"), QStringLiteral("late"));
        QCOMPARE(text(*row, "admission_state"), std::string("rejected"));
        QCOMPARE(text(*row, "admission_message"), std::string("We only admit people from the valley."));
        QCOMPARE(text(*row, "role"), std::string("applicant"));
        QCOMPARE(m_store->pendingCount(), 1);
        QCOMPARE(queue.model()->rowOf(QStringLiteral("late")), -1);
    }

    void askingForInformationKeepsThemInTheQueue()
    {
        ApprovalQueueWidget queue(*m_device, *m_prompts);
        queue.selectPerson(QStringLiteral("late"));
        m_prompts->textAnswer = QString();
        queue.askSelected();
        QVERIFY(queue.errorText().contains(QStringLiteral("question")));
        QCOMPARE(m_store->pendingCount(), 0);

        m_prompts->textAnswer = QStringLiteral("Which group would you like to join?");
        queue.askSelected();
        const auto row = m_store->row(QStringLiteral("person"), QStringLiteral("late"));
        QCOMPARE(text(*row, "admission_state"), std::string("needs_info"));
        QCOMPARE(text(*row, "admission_message"), std::string("Which group would you like to join?"));
        const int index = queue.model()->rowOf(QStringLiteral("late"));
        QVERIFY(index >= 0);
        QCOMPARE(queue.model()->index(index, ApplicantsModel::NotesColumn).data().toString(),
            QStringLiteral("Asked: Which group would you like to join?"));
    }

    void nothingSelectedChangesNothing()
    {
        ApprovalQueueWidget queue(*m_device, *m_prompts);
        QVERIFY(!queue.findChild<QPushButton *>(QStringLiteral("approveButton"))->isEnabled());
        queue.approveSelected();
        QVERIFY(queue.errorText().contains(QStringLiteral("Select")));
        QCOMPARE(m_store->pendingCount(), 0);
    }

    void onlyAdminsDecide()
    {
        signInAs(QStringLiteral("member1"), QStringLiteral("member"));
        ApprovalQueueWidget queue(*m_device, *m_prompts);
        queue.selectPerson(QStringLiteral("late"));
        QVERIFY(!queue.findChild<QPushButton *>(QStringLiteral("approveButton"))->isEnabled());
        QVERIFY(!queue.findChild<QPushButton *>(QStringLiteral("rejectButton"))->isEnabled());
        QVERIFY(queue.findChild<QPushButton *>(QStringLiteral("vouchButton"))->isEnabled());
        queue.approveSelected();
        QVERIFY2(queue.errorText().contains(QStringLiteral("Only admins")), qPrintable(queue.errorText()));
        QCOMPARE(m_store->pendingCount(), 0);
        QCOMPARE(
            text(*m_store->row(QStringLiteral("person"), QStringLiteral("late")), "role"), std::string("applicant"));
    }

    void vouchingSavesAVouchRow()
    {
        signInAs(QStringLiteral("member1"), QStringLiteral("member"));
        ApplicantsModel model(*m_device);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        VouchDialog dialog(*m_device, QStringLiteral("late"));
        dialog.save();
        QVERIFY2(dialog.errorText().contains(QStringLiteral("reason")), qPrintable(dialog.errorText()));
        QCOMPARE(m_store->pendingCount(), 0);

        dialog.setReason(QStringLiteral("Lea helped at every cleanup this year."));
        dialog.save();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const auto pending = m_store->pendingMutations(10);
        QCOMPARE(pending.size(), std::size_t(1));
        QCOMPARE(pending[0].table, std::string("vouch"));
        QCOMPARE(text(pending[0].fields, "applicant_id"), std::string("late"));
        QCOMPARE(text(pending[0].fields, "voucher_id"), std::string("member1"));
        QCOMPARE(text(pending[0].fields, "reason"), std::string("Lea helped at every cleanup this year."));
        QCOMPARE(model.index(model.rowOf(QStringLiteral("late")), ApplicantsModel::VouchesColumn).data().toInt(), 1);

        // Once is enough.
        QString why;
        QVERIFY(!VouchDialog::canVouch(*m_device, QStringLiteral("late"), &why));
        QVERIFY2(why.contains(QStringLiteral("already vouched")), qPrintable(why));
    }

    void theQueuesVouchButtonOpensTheDialog()
    {
        signInAs(QStringLiteral("member1"), QStringLiteral("member"));
        ApprovalQueueWidget queue(*m_device, *m_prompts);
        int opened = 0;
        m_prompts->fillDialog = [&](QDialog &dialog) {
            ++opened;
            auto &vouch = static_cast<VouchDialog &>(dialog);
            vouch.setReason(QStringLiteral("Known for years"));
            vouch.save();
            return vouch.result();
        };
        queue.selectPerson(QStringLiteral("asked"));
        queue.findChild<QPushButton *>(QStringLiteral("vouchButton"))->click();
        QCOMPARE(opened, 1);
        QCOMPARE(m_prompts->asked, QStringList {QStringLiteral("dialog:vouchDialog")});
        QCOMPARE(m_store->pendingCount(), 1);
        const int row = queue.model()->rowOf(QStringLiteral("asked"));
        QCOMPARE(queue.model()->index(row, ApplicantsModel::VouchesColumn).data().toInt(), 1);

        // Vouching twice is refused before the dialog opens.
        queue.selectPerson(QStringLiteral("asked"));
        queue.vouchSelected();
        QCOMPARE(opened, 1);
        QVERIFY2(queue.errorText().contains(QStringLiteral("already vouched")), qPrintable(queue.errorText()));
    }

    void whoMayNotVouchIsToldWhy()
    {
        QString why;
        signInAs(QStringLiteral("member1"), QStringLiteral("member"));
        QVERIFY(!VouchDialog::canVouch(*m_device, QStringLiteral("admin1"), &why));
        QVERIFY2(why.contains(QStringLiteral("already a member")), qPrintable(why));
        QVERIFY(!VouchDialog::canVouch(*m_device, QStringLiteral("nobody"), &why));
        QVERIFY2(why.contains(QStringLiteral("Sync")), qPrintable(why));

        signInAs(QStringLiteral("late"), QStringLiteral("applicant"));
        QVERIFY(!VouchDialog::canVouch(*m_device, QStringLiteral("early"), &why));
        QVERIFY2(why.contains(QStringLiteral("Only members")), qPrintable(why));
        VouchDialog dialog(*m_device, QStringLiteral("early"));
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("vouchButton"))->isEnabled());
        dialog.setReason(QStringLiteral("I vouch for myself"));
        dialog.save();
        QCOMPARE(m_store->pendingCount(), 0);
        QVERIFY(!dialog.errorText().isEmpty());
    }

private:
    void signInAs(const QString &personId, const QString &role)
    {
        QVERIFY(m_store->setSetting(QStringLiteral("person_id"), personId).ok());
        QVERIFY(m_store->setSetting(QStringLiteral("role"), role).ok());
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    ManualClock m_clock;
    std::unique_ptr<Device> m_device;
    LocalStore *m_store = nullptr;
    std::unique_ptr<ScriptedPrompts> m_prompts;
};

QTEST_MAIN(ApprovalQueueWidgetTest)
#include "ApprovalQueueWidgetTest.moc"
