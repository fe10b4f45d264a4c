// The bound on concurrent password hashing: a few run, a few wait their turn, the rest are
// turned away at once.
#include "syncd/HashingGate.h"

#include <QTest>

#include <atomic>
#include <thread>

using namespace commonroom::syncd;

class TestHashingGate : public QObject
{
    Q_OBJECT

private slots:
    void beyondTheRunningAndTheWaitingEveryoneIsTurnedAway()
    {
        HashingGate gate(1, 0);
        auto first = gate.enter();
        QVERIFY(first);
        QVERIFY(!gate.enter());
        first.reset();
        QVERIFY(gate.enter());
        QVERIFY(gate.enter()); // each pass above was released at the end of its statement
    }

    void aWaiterGetsItsTurnWhenAPassIsReleased()
    {
        HashingGate gate(1, 1);
        auto running = gate.enter();
        QVERIFY(running);
        std::atomic<bool> entered = false;
        std::thread waiter([&] {
            const auto pass = gate.enter();
            entered = pass.has_value();
        });
        QTRY_COMPARE(gate.waiting(), std::size_t(1));
        // The waiter holds the one waiting place: a third is turned away while it waits.
        QVERIFY(!gate.enter());
        QVERIFY(!entered);
        running.reset();
        waiter.join();
        QVERIFY(entered);
        QVERIFY(gate.enter());
    }

    void passesMoveWithoutReleasingTwice()
    {
        HashingGate gate(1, 0);
        auto pass = gate.enter();
        QVERIFY(pass);
        HashingGate::Pass moved(std::move(*pass));
        pass.reset();
        QVERIFY(!gate.enter());
    }
};

QTEST_GUILESS_MAIN(TestHashingGate)
#include "tst_hashinggate.moc"
