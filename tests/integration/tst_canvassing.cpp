// Turfs and canvassing end to end through a real commonroom-syncd (docs/organizing.md, "Turfs and
// canvassing"): a leader cuts turfs and assigns one to a member; the member's device holds that
// turf's doors, and nothing else of them, while the window is open; outcomes recorded offline on
// three devices converge and become touch-points; when the window closes (the daemon's clock
// moved with --clock-offset-file, never waited for) the turf leaves the member's file; and the
// command line.

#include "CliProcess.h"
#include "SyncdProcess.h"
#include "TestClient.h"

#include "desktop/core/Turfs.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace commonroom;

class TestCanvassingEndToEnd : public QObject
{
    Q_OBJECT

private:
    SyncdProcess m_daemon;

    QString clockFile() const { return QDir(m_daemon.dataDir()).filePath(QStringLiteral("clock-offset")); }

    void setDaemonOffset(qint64 offsetMs)
    {
        QFile file(clockFile());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QByteArray::number(offsetMs));
    }

    // A person an admin records, who shows their address to leaders unless it holds "private".
    static QString newNeighbour(TestClient &admin, const QString &name, const QString &address)
    {
        const bool shown = !address.contains(QLatin1String("private"));
        const auto id = admin.store().createRow(QStringLiteral("person"),
            {{"display_name", name.toStdString()}, {"area", std::string("Canvass Town")},
                {"neighbourhood", std::string("Harbour")}, {"address", address.toStdString()},
                {"address_visibility", std::string(shown ? "leaders" : "private")},
                {"phone", std::string("+44 20 7946 0999")}, {"phone_visibility", std::string("leaders")}});
        if (!id)
            qFatal("person refused: %s", id.error().message.c_str());
        return *id;
    }

    static QStringList doorNames(TestClient &device, const QString &turfId)
    {
        QStringList names;
        if (const auto doors = device.device().turfs().doors(turfId); doors.ok()) {
            for (const auto &door : *doors)
                names << door.name;
        }
        return names;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_daemon.setServeOptions({QStringLiteral("--clock-offset-file"), clockFile()});
        QVERIFY2(m_daemon.start(20), qPrintable(m_daemon.error()));
    }

    void aTurfFromCutToClose()
    {
        TestClient admin;
        TestClient leader;
        TestClient member;
        TestClient applicant;
        admin.signIn(m_daemon, QStringLiteral("admin@example.org"));
        leader.signIn(m_daemon, QStringLiteral("leader@example.org"));
        member.signIn(m_daemon, QStringLiteral("member@example.org"));
        applicant.signIn(m_daemon, QStringLiteral("applicant@example.org"));
        const QString ten = newNeighbour(admin, QStringLiteral("Tess Ten"), QStringLiteral("10 Quay Street"));
        const QString two = newNeighbour(admin, QStringLiteral("Theo Two"), QStringLiteral("2 Quay Street"));
        newNeighbour(admin, QStringLiteral("Dina Dock"), QStringLiteral("5 Dock Road"));
        newNeighbour(admin, QStringLiteral("Pat Private"), QStringLiteral("private canary-hidden-2290 Lane"));
        admin.syncCleanly();
        leader.syncCleanly();

        // Cut by area, two doors a turf: Dock Road alone, Quay Street's two in number order; the
        // private address is left out and counted.
        Turfs &turfs = leader.device().turfs();
        PeopleQuery area;
        area.area = QStringLiteral("Canvass Town");
        const auto plan = turfs.plan(area, 2, QStringLiteral("Spring"));
        QVERIFY2(plan.ok(), plan.ok() ? "" : plan.error().message.c_str());
        QCOMPARE(plan->withoutAddress, 1);
        QCOMPARE(int(plan->turfs.size()), 2);
        QCOMPARE(plan->turfs[0].name, QStringLiteral("Spring · Harbour: Dock Road"));
        QCOMPARE(plan->turfs[1].name, QStringLiteral("Spring · Harbour: Quay Street"));
        QCOMPARE(plan->turfs[1].personIds, (QStringList {two, ten}));
        const auto made = turfs.cut(*plan);
        QVERIFY(made.ok());
        const QString dock = made->at(0);
        const QString quay = made->at(1);
        QCOMPARE(doorNames(leader, quay), (QStringList {QStringLiteral("Theo Two"), QStringLiteral("Tess Ten")}));
        // An applicant cannot canvass; the member can, for a day.
        const QDateTime now = leader.store().now();
        const auto refused = turfs.assign(quay, applicant.personId(), now, now.addDays(1));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, std::string("forbidden"));
        const auto assigned = turfs.assign(quay, member.personId(), now.addSecs(-60), now.addDays(1));
        QVERIFY(assigned.ok());
        leader.syncCleanly();

        // The member's device holds the Quay Street turf with its doors' addresses, and nothing
        // of Dock Road or of the private address; the applicant's holds none of it.
        member.syncCleanly();
        QCOMPARE(doorNames(member, quay), (QStringList {QStringLiteral("Theo Two"), QStringLiteral("Tess Ten")}));
        QCOMPARE(member.field(QStringLiteral("person"), ten, "address"), QStringLiteral("10 Quay Street"));
        QVERIFY(member.device().turfs().mayCanvass(quay));
        QVERIFY(!member.device().turfs().mayCanvass(dock));
        QCOMPARE(member.field(QStringLiteral("turf"), dock, "name"), QStringLiteral("<absent>"));
        applicant.syncCleanly();
        for (TestClient *device : {&member, &applicant}) {
            const QByteArray files = device->rawFiles();
            for (const char *value : {"5 Dock Road", "canary-hidden-2290"})
                QVERIFY2(!files.contains(value), value);
        }
        QVERIFY(!applicant.rawFiles().contains("10 Quay Street"));
        QVERIFY(!applicant.rawFiles().contains(quay.toUtf8()));

        // Offline on three devices, outcomes at the same doors; then everyone syncs.
        admin.syncCleanly(); // holds the turfs the leader cut
        QVERIFY(member.device()
                    .turfs()
                    .record(quay, ten, QStringLiteral("talked"), 4, QStringLiteral("canary-canvass-note-8812"))
                    .ok());
        QVERIFY(member.device().turfs().record(quay, two, QStringLiteral("not_home")).ok());
        member.syncCleanly(); // the member's outcomes come first: each door's latest is another device's
        QVERIFY(leader.device().turfs().record(quay, two, QStringLiteral("talked"), 2).ok());
        QVERIFY(admin.device().turfs().record(quay, ten, QStringLiteral("refused")).ok());
        const auto outsider = member.device().turfs().record(dock, ten, QStringLiteral("talked"));
        QVERIFY(!outsider.ok());
        for (int round = 0; round < 2; ++round) {
            for (TestClient *device : {&member, &leader, &admin})
                device->syncCleanly();
        }
        // The outcomes at this turf's doors, as a device holds them.
        const auto held = [&](TestClient &device) {
            auto rows = device.snapshot()["canvass_outcome"];
            std::erase_if(rows, [&](const auto &row) { return textOf(row.second, "turf_id") != quay.toStdString(); });
            return rows;
        };
        QCOMPARE(held(leader), held(admin));
        QCOMPARE(held(member), held(leader));
        QCOMPARE(int(held(leader).size()), 4);
        const auto progress = leader.device().turfs().byId(quay);
        QVERIFY(progress.ok());
        QCOMPARE(progress->doors, 2);
        QCOMPARE(progress->visited, 2);
        QCOMPARE(progress->conversations, 2);
        QCOMPARE(progress->canvassers,
            QStringList {leader.field(QStringLiteral("person"), member.personId(), "display_name")});
        // Each conversation is a door-knock touch-point on the person's timeline; no one home is not.
        const auto touchPoints = [&](const QString &personId) {
            int count = 0;
            const auto held = leader.snapshot();
            for (const auto &[id, row] : held.at("contribution"))
                count += textOf(row, "person_id") == personId.toStdString() && textOf(row, "kind") == "door_knock";
            return count;
        };
        QCOMPARE(touchPoints(ten), 2); // talked (member), refused (admin)
        QCOMPARE(touchPoints(two), 1); // talked (leader); not home is none

        // The window closes: the daemon's clock moves two days on. The member's next sync fetches
        // a fresh copy without the turf, its doors' addresses, phones and notes.
        QVERIFY(member.rawFiles().contains("canary-canvass-note-8812"));
        setDaemonOffset(2 * 24 * 3600 * 1000LL);
        member.syncCleanly();
        QCOMPARE(member.field(QStringLiteral("turf"), quay, "name"), QStringLiteral("<absent>"));
        QCOMPARE(member.field(QStringLiteral("person"), ten, "address"), QStringLiteral("<null>"));
        const QByteArray files = member.rawFiles();
        for (const char *value : {"canary-canvass-note-8812", "10 Quay Street", "2 Quay Street", "+44 20 7946 0999"})
            QVERIFY2(!files.contains(value), value);
        QVERIFY(!files.contains(quay.toUtf8()));
        QVERIFY(!member.device().turfs().mayCanvass(quay));
        setDaemonOffset(0);
    }

    void theCommandLine()
    {
        QTemporaryDir leaderProfile;
        QTemporaryDir memberProfile;
        const auto login = [&](const QString &profile, const QString &email) {
            return runCli({"--profile", profile, "login", m_daemon.url().toString(), "--email", email,
                              "--password-stdin", "--ca", m_daemon.certificatePath()},
                QByteArray(SyncdProcess::kDemoPassword) + '\n');
        };
        auto [code, out, err] = login(leaderProfile.path(), QStringLiteral("leader@example.org"));
        QVERIFY2(code == 0, err.constData());
        const QString leader = leaderProfile.path();
        TestClient admin;
        admin.signIn(m_daemon, QStringLiteral("admin@example.org"));
        const QString one = newNeighbour(admin, QStringLiteral("Cleo Cli"), QStringLiteral("Mill Lane 9"));
        const QString other = newNeighbour(admin, QStringLiteral("Cyd Cli"), QStringLiteral("Mill Lane 11"));
        admin.syncCleanly();
        std::tie(code, out, err) = runCli({"--profile", leader, "sync"});
        QVERIFY2(code == 0, err.constData());

        std::tie(code, out, err) = runCli({"--profile", leader, "--json", "turf", "new", "Mill Lane (cli)"});
        QVERIFY2(code == 0, err.constData());
        const QString turf = QJsonDocument::fromJson(out).object().value("id").toString();
        for (const auto &person : {other, one}) {
            std::tie(code, out, err) = runCli({"--profile", leader, "turf", "add", turf, person});
            QVERIFY2(code == 0, err.constData());
        }
        std::tie(code, out, err) = runCli({"--profile", leader, "turf", "show", turf});
        QVERIFY2(code == 0, err.constData());
        QVERIFY2(out.indexOf("Mill Lane 9") < out.indexOf("Mill Lane 11") && out.contains("[ ] Mill Lane 9"),
            out.constData());
        std::tie(code, out, err) = runCli({"--profile", leader, "turf", "assign", turf, "nobody", "--until",
            admin.store().now().addDays(1).toString(Qt::ISODate)});
        QCOMPARE(code, 1);
        std::tie(code, out, err) = runCli({"--profile", leader, "turf", "assign", turf, one});
        QCOMPARE(code, 2); // no --until
        std::tie(code, out, err) = runCli({"--profile", leader, "sync"});
        QVERIFY2(code == 0, err.constData());

        // A member: no turf of theirs here, and none to change: exit 3.
        std::tie(code, out, err) = login(memberProfile.path(), QStringLiteral("member@example.org"));
        QVERIFY2(code == 0, err.constData());
        const QString member = memberProfile.path();
        for (const QStringList &args : {QStringList {"turf", "new", "Mine"}, QStringList {"turf", "add", turf, one},
                 QStringList {"canvass", turf, one, "talked"}}) {
            std::tie(code, out, err) = runCli(QStringList {"--profile", member} + args);
            QVERIFY2(code == 3 || (args.first() == "canvass" && code == 1),
                qPrintable(args.join(' ') + ": " + QString::number(code) + " " + QString::fromUtf8(err)));
        }
        std::tie(code, out, err) = runCli({"--profile", member, "--json", "turfs"});
        QVERIFY2(code == 0, err.constData());
        for (const auto &item : QJsonDocument::fromJson(out).object().value("turfs").toArray())
            QVERIFY(item.toObject().value("id").toString() != turf);
    }

    void cleanupTestCase() { m_daemon.stop(); }
};

QTEST_GUILESS_MAIN(TestCanvassingEndToEnd)
#include "tst_canvassing.moc"
