#include "common/Clock.h"
#include "common/Hlc.h"

#include <QTest>

using namespace commonroom;

class TestHlc : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void followsTheWallClock()
    {
        ManualClock clock(1'000);
        Hlc hlc(clock);
        const auto first = hlc.tick();
        QCOMPARE(Hlc::physicalMs(first), 1'000);
        QCOMPARE(Hlc::counter(first), 0);
        clock.advanceMs(5);
        const auto second = hlc.tick();
        QCOMPARE(Hlc::physicalMs(second), 1'005);
        QCOMPARE(Hlc::counter(second), 0);
    }

    void isMonotonicWhenTheClockStandsStillOrGoesBack()
    {
        ManualClock clock(50'000);
        Hlc hlc(clock);
        auto previous = hlc.tick();
        for (int i = 0; i < 1000; ++i) {
            if (i % 100 == 0)
                clock.advanceMs(-1'000); // an NTP step backwards
            const auto next = hlc.tick();
            QVERIFY2(next > previous, "an HLC timestamp went backwards");
            previous = next;
        }
        QCOMPARE(Hlc::physicalMs(previous), 50'000);
        QCOMPARE(Hlc::counter(previous), 1000);
    }

    void counterOverflowCarriesIntoTime()
    {
        ManualClock clock(7);
        Hlc hlc(clock, Hlc::pack(7, 0xffff));
        const auto next = hlc.tick();
        QCOMPARE(Hlc::physicalMs(next), 8);
        QCOMPARE(Hlc::counter(next), 0);
    }

    void observingASkewedClockKeepsCausality()
    {
        ManualClock slow(1'000);
        ManualClock fast(900'000); // 15 minutes ahead
        Hlc a(slow);
        Hlc b(fast);
        const auto fromB = b.tick();
        a.observe(fromB);
        const auto reply = a.tick();
        QVERIFY(reply > fromB);
        QCOMPARE(Hlc::physicalMs(reply), 900'000);
        // Once the slow clock catches up past the observed time, it takes over again.
        slow.setMs(1'000'000);
        QCOMPARE(Hlc::physicalMs(a.tick()), 1'000'000);
    }

    void observingAnOlderTimestampChangesNothing()
    {
        ManualClock clock(10'000);
        Hlc hlc(clock);
        const auto now = hlc.tick();
        hlc.observe(Hlc::pack(5'000, 3));
        QCOMPARE(hlc.last(), now);
    }

    void resumesAfterRestart()
    {
        ManualClock clock(2'000);
        Hlc before(clock);
        for (int i = 0; i < 5; ++i)
            before.tick();
        clock.setMs(1'000); // the device rebooted with a wrong clock
        Hlc after(clock, before.last());
        QVERIFY(after.tick() > before.last());
    }
};

QTEST_GUILESS_MAIN(TestHlc)
#include "tst_hlc.moc"
