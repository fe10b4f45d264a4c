// Randomized convergence with fixed seeds: several devices edit, create and delete shared rows
// offline, sync in random orders while the daemon restarts (cleanly or killed) at random; at the
// end every device holds exactly what the daemon would send that user from scratch.

#include "SyncdProcess.h"
#include "TestClient.h"

#include "common/Clock.h"

#include <QTest>

#include <numeric>
#include <random>

using namespace commonroom;

namespace {

const char *const kEditableFields[] = {"bio", "pronouns", "area", "skills", "interests"};

QString describe(const TestClient::Snapshot &expected, const TestClient::Snapshot &actual)
{
    for (const auto &[table, rows] : expected) {
        const auto &other = actual.at(table);
        for (const auto &[id, fields] : rows) {
            const auto it = other.find(id);
            if (it == other.end())
                return QStringLiteral("%1 %2 is missing on the device").arg(QString::fromStdString(table), id);
            if (it->second != fields)
                return QStringLiteral("%1 %2 differs").arg(QString::fromStdString(table), id);
        }
        for (const auto &[id, fields] : other) {
            if (!rows.contains(id))
                return QStringLiteral("%1 %2 should not be on the device").arg(QString::fromStdString(table), id);
        }
    }
    return {};
}

} // namespace

class TestConvergence : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void randomOfflineEditsConverge_data()
    {
        QTest::addColumn<unsigned>("seed");
        for (unsigned seed : {11u, 2024u, 777u})
            QTest::addRow("seed %u", seed) << seed;
    }

    void randomOfflineEditsConverge()
    {
        QFETCH(unsigned, seed);
        std::mt19937 random(seed);
        const auto chance = [&](double p) {
            return std::uniform_real_distribution<>(0, 1)(random) < p;
        };
        const auto pick = [&](std::size_t size) {
            return std::uniform_int_distribution<std::size_t>(0, size - 1)(random);
        };

        SyncdProcess daemon;
        QVERIFY2(daemon.start(10), qPrintable(daemon.error()));
        const SystemClock systemClock; // the daemon's: every device is off from it by its skew
        struct Device
        {
            QString email;
            std::unique_ptr<SkewedClock> clock;
            std::unique_ptr<TestClient> client;
        };
        std::vector<Device> devices;
        // Skews up to four minutes ahead (the daemon refuses five) and as far behind as they come:
        // a lagging device's later edit loses to an earlier one, and must still converge.
        const std::pair<const char *, std::int64_t> people[] = {{"admin@example.org", 0},
            {"leader@example.org", -180'000}, {"leader@example.org", 240'000}, {"member@example.org", -3'600'000}};
        for (const auto &[email, skew] : people) {
            auto clock = std::make_unique<SkewedClock>(systemClock, skew);
            auto client = std::make_unique<TestClient>(*clock);
            devices.push_back({email, std::move(clock), std::move(client)});
        }
        for (auto &device : devices) {
            QVERIFY(device.client->login(daemon, device.email, SyncdProcess::kDemoPassword));
            QVERIFY(device.client->sync().ok());
        }

        // Rows everyone works on: the people created now, plus the member's own profile.
        std::vector<QString> shared {devices[3].client->personId()};
        for (int i = 0; i < 5; ++i) {
            auto id = devices[1].client->store().createRow("person", {{"display_name", "Shared " + std::to_string(i)}});
            QVERIFY(id.ok());
            shared.push_back(*id);
        }
        QVERIFY(devices[1].client->sync().ok());

        int edits = 0;
        for (int round = 0; round < 12; ++round) {
            for (auto &device : devices) {
                LocalStore &store = device.client->store();
                const int operations = int(pick(4));
                for (int op = 0; op < operations; ++op) {
                    const QString target = shared[pick(shared.size())];
                    if (chance(0.1) && device.email != "member@example.org") {
                        auto id = store.createRow("person",
                            {{"display_name", "Created r" + std::to_string(round)},
                                {"area", std::string(kEditableFields[pick(5)])}});
                        QVERIFY(id.ok());
                        shared.push_back(*id);
                    } else if (chance(0.05) && device.email == "admin@example.org" && target != shared.front()) {
                        if (store.row("person", target))
                            QVERIFY(store.deleteRow("person", target).ok());
                    } else if (store.row("person", target)) {
                        const std::string field = kEditableFields[pick(5)];
                        const std::string value = "r" + std::to_string(round) + " " + device.email.toStdString() + " #"
                            + std::to_string(edits++);
                        QVERIFY(store.updateRow("person", target, {{field, value}}).ok());
                    }
                }
            }
            const bool offline = chance(0.15);
            if (offline)
                daemon.stop();
            std::vector<std::size_t> order(devices.size());
            std::iota(order.begin(), order.end(), 0);
            std::shuffle(order.begin(), order.end(), random);
            for (std::size_t index : order) {
                if (!chance(0.7))
                    continue;
                const auto result = devices[index].client->sync();
                QVERIFY2(result.outcome == (offline ? SyncResult::Outcome::Offline : SyncResult::Outcome::Ok),
                    qPrintable(result.message));
                if (!offline && chance(0.1))
                    QVERIFY2(daemon.restart(/*crash=*/chance(0.5)), qPrintable(daemon.error()));
            }
            if (offline)
                QVERIFY2(daemon.serve(), qPrintable(daemon.error()));
        }

        // Everyone sends what is left, then everyone receives everything.
        for (int pass = 0; pass < 2; ++pass) {
            for (auto &device : devices) {
                const auto result = device.client->sync();
                QVERIFY2(result.ok(), qPrintable(result.message));
            }
        }
        for (auto &device : devices) {
            QCOMPARE(device.client->store().pendingCount(), 0);
            TestClient fresh;
            QVERIFY(fresh.login(daemon, device.email, SyncdProcess::kDemoPassword));
            QVERIFY(fresh.sync().ok());
            const QString difference = describe(fresh.snapshot(), device.client->snapshot());
            QVERIFY2(difference.isEmpty(), qPrintable(device.email + ": " + difference));
        }
    }
};

QTEST_GUILESS_MAIN(TestConvergence)
#include "tst_convergence.moc"
