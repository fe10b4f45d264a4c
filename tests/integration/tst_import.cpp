// Importing people end to end (docs/import.md): two leaders' devices import the same spreadsheet
// offline with commonroom-cli, then sync to a real commonroom-syncd. The daemon accepts every row,
// each person exists once (their ids follow from the rows), and a member's device receives the new
// people without the contact fields the import kept for leaders.

#include "CliProcess.h"
#include "SyncdProcess.h"
#include "TestClient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace commonroom;

class TestImportEndToEnd : public QObject
{
    Q_OBJECT

    SyncdProcess m_daemon;

    static int peopleNamed(TestClient &client, const QString &name)
    {
        QSqlQuery query(client.store().database());
        query.prepare(QStringLiteral("SELECT count(*) FROM person WHERE display_name = ?"));
        query.addBindValue(name);
        return query.exec() && query.next() ? query.value(0).toInt() : -1;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_daemon.start(20), qPrintable(m_daemon.error())); }

    void theSameFileOnTwoDevicesMakesEachPersonOnce()
    {
        TestClient leader;
        TestClient admin;
        TestClient member;
        leader.signIn(m_daemon, QStringLiteral("leader@example.org"));
        admin.signIn(m_daemon, QStringLiteral("admin@example.org"));
        member.signIn(m_daemon, QStringLiteral("member@example.org"));

        // A German spreadsheet: semicolons, Windows-1252; Mateo (the member) is in it already.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mitglieder.csv"));
        QFile csv(path);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("Vorname;Name;E-Mail;Telefon;Einwilligung\r\n"
                  "J\xfcrgen;Wei\xdf;juergen.weiss@example.net;+49 30 5550101;ja\r\n"
                  "Kemi;Adeyemi;;+49 30 5550102;nein\r\n"
                  "Lotte;Brandt;;;\r\n"
                  "Mateo;Silva;member@example.org;;ja\r\n"
                  "Ohne;Adresse;kaputt@;;\r\n");
        csv.close();

        // Both import it offline.
        for (TestClient *device : {&leader, &admin}) {
            QByteArray printed;
            QCOMPARE(runCli({QStringLiteral("--profile"), device->profileDir(), QStringLiteral("--json"),
                                QStringLiteral("import"), path, QStringLiteral("--rejects"),
                                dir.filePath(QStringLiteral("rejects.csv"))},
                         {}, &printed),
                0);
            const QJsonObject said = QJsonDocument::fromJson(printed.left(printed.indexOf('\n'))).object();
            QCOMPARE(said.value(QStringLiteral("new")).toInt(), 3);
            QCOMPARE(said.value(QStringLiteral("matched")).toInt(), 1);
            QCOMPARE(said.value(QStringLiteral("rejected")).toInt(), 1);
        }
        QFile rejects(dir.filePath(QStringLiteral("rejects.csv")));
        QVERIFY(rejects.open(QIODevice::ReadOnly));
        QVERIFY(rejects.readAll().contains("kaputt@"));

        // Synced one after the other, and again: every change accepted, each person once.
        leader.syncCleanly();
        admin.syncCleanly();
        leader.syncCleanly();
        member.syncCleanly();
        for (TestClient *device : {&leader, &admin, &member}) {
            QCOMPARE(peopleNamed(*device, QStringLiteral("Jürgen Weiß")), 1);
            QCOMPARE(peopleNamed(*device, QStringLiteral("Kemi Adeyemi")), 1);
            QCOMPARE(peopleNamed(*device, QStringLiteral("Lotte Brandt")), 1);
            QCOMPARE(peopleNamed(*device, QStringLiteral("Mateo Silva")), 1);
        }
        // The contact fields of the new people stay with leaders.
        QVERIFY(leader.rawFiles().contains("juergen.weiss@example.net"));
        QVERIFY(!member.rawFiles().contains("juergen.weiss@example.net"));
        QVERIFY(!member.rawFiles().contains("5550102"));
    }
};

QTEST_GUILESS_MAIN(TestImportEndToEnd)
#include "tst_import.moc"
