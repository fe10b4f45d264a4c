#include "EventsFixture.h"

#include "desktop/core/Device.h"
#include "desktop/core/Duplicates.h"
#include "desktop/models/DuplicateCandidatesModel.h"

#include "common/Uuid.h"
#include "tests/TestIds.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace commonroom;
using namespace commonroom::testing;

class DuplicateCandidatesModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<EventsFixture>();
        QVERIFY(m_fixture->setUp());
        // What the daemon flagged, as a pull writes it.
        QSqlQuery query(m_fixture->store.database());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO person (id, display_name, email) VALUES "
                                          "('ana2', 'ANA GARCIA', 'ana@example.org'), ('bob2', 'Brown, Bob', NULL)")));
        m_anaPair = QString::fromStdString(newTestId());
        m_bobPair = QString::fromStdString(newTestId());
        query.prepare(QStringLiteral("INSERT INTO duplicate_candidate (id, person_a, person_b, reasons, state) "
                                     "VALUES (?, ?, ?, ?, ?)"));
        for (const QStringList &row : {QStringList {m_anaPair, "ana", "ana2", "email name", "open"},
                 QStringList {m_bobPair, "bob", "bob2", "name", "dismissed"}}) {
            for (const QString &value : row)
                query.addBindValue(value);
            QVERIFY(query.exec());
        }
    }

    void cleanup() { m_fixture.reset(); }

    void listsOpenPairsAndOnRequestDecidedOnes()
    {
        DuplicateCandidatesModel model(m_fixture->device);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.openCount(), 1);
        QCOMPARE(model.index(0, 0).data(DuplicateCandidatesModel::CandidateIdRole).toString(), m_anaPair);
        QCOMPARE(model.index(0, DuplicateCandidatesModel::FirstColumn).data().toString(), QStringLiteral("Ana García"));
        QCOMPARE(
            model.index(0, DuplicateCandidatesModel::SecondColumn).data().toString(), QStringLiteral("ANA GARCIA"));
        QCOMPARE(model.index(0, DuplicateCandidatesModel::ReasonsColumn).data().toString(),
            QStringLiteral("same email, same name"));

        model.setShowDecided(true);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1, DuplicateCandidatesModel::StateColumn).data().toString(),
            QStringLiteral("Not the same person"));

        // A pair the daemon scored says how likely it is and how alike the names are.
        QSqlQuery scored(m_fixture->store.database());
        QVERIFY(scored.exec(QStringLiteral("UPDATE duplicate_candidate SET score = 934, names_alike = 88, "
                                           "reasons = 'phone area' WHERE id = '%1'")
                                .arg(m_anaPair)));
        model.reload();
        QCOMPARE(
            model.index(0, DuplicateCandidatesModel::LikelihoodColumn).data().toString(), QStringLiteral("93.4 %"));
        QCOMPARE(model.index(0, DuplicateCandidatesModel::ReasonsColumn).data().toString(),
            QStringLiteral("same phone, names 88 % alike, same area"));
        QCOMPARE(model.index(1, DuplicateCandidatesModel::LikelihoodColumn).data().toString(), QString());
        QCOMPARE(model.likelyCount(930), 1);
        QCOMPARE(model.likelyCount(980), 0);

        // Dismissing follows at once.
        model.setShowDecided(false);
        QVERIFY(m_fixture->device.duplicates().dismiss(m_anaPair).ok());
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.openCount(), 0);
    }

private:
    std::unique_ptr<EventsFixture> m_fixture;
    QString m_anaPair, m_bobPair;
};

QTEST_MAIN(DuplicateCandidatesModelTest)
#include "DuplicateCandidatesModelTest.moc"
