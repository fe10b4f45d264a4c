#include "syncd/RateLimiter.h"

#include "common/Clock.h"

#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace commonroom;
using namespace commonroom::syncd;

class TestRateLimiter : public QObject
{
    Q_OBJECT

private slots:
    void admitsABurstThenRefusesWithTheWait()
    {
        ManualClock clock;
        RateLimiter limiter(clock, 50, 100);
        for (int i = 0; i < 100; ++i)
            QCOMPARE(limiter.acquire("token"), 0);
        // Empty: the next request is one fiftieth of a second away.
        QCOMPARE(limiter.acquire("token"), 20);
        clock.advanceMs(5);
        QCOMPARE(limiter.acquire("token"), 15);
        clock.advanceMs(15);
        QCOMPARE(limiter.acquire("token"), 0);
        QCOMPARE(limiter.acquire("token"), 20);
    }

    void refillsAtTheRateUpToTheBurst()
    {
        ManualClock clock;
        RateLimiter limiter(clock, 2, 4);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(limiter.acquire("a"), 0);
        QCOMPARE(limiter.acquire("a"), 500);
        clock.advanceMs(1000); // two requests' worth
        QCOMPARE(limiter.acquire("a"), 0);
        QCOMPARE(limiter.acquire("a"), 0);
        QVERIFY(limiter.acquire("a") > 0);
        clock.advanceMs(3'600'000); // an hour refills only up to the burst
        for (int i = 0; i < 4; ++i)
            QCOMPARE(limiter.acquire("a"), 0);
        QVERIFY(limiter.acquire("a") > 0);
    }

    void keysHaveTheirOwnBuckets()
    {
        ManualClock clock;
        RateLimiter limiter(clock, 1, 1);
        QCOMPARE(limiter.acquire("a"), 0);
        QCOMPARE(limiter.acquire("a"), 1000);
        QCOMPARE(limiter.acquire("b"), 0);
        QCOMPARE(limiter.acquire(std::string("a\0c", 3)), 0);
    }

    void aClockGoingBackwardsRefillsNothing()
    {
        ManualClock clock(10'000'000);
        RateLimiter limiter(clock, 1, 1);
        QCOMPARE(limiter.acquire("a"), 0);
        clock.setMs(5'000'000);
        QVERIFY(limiter.acquire("a") > 0);
        clock.setMs(10'000'000);
        QVERIFY(limiter.acquire("a") > 0);
        clock.setMs(10'001'000);
        QCOMPARE(limiter.acquire("a"), 0);
    }

    void zeroTurnsItOff()
    {
        ManualClock clock;
        RateLimiter limiter(clock, 0, 0);
        QVERIFY(!limiter.enabled());
        for (int i = 0; i < 10'000; ++i)
            QCOMPARE(limiter.acquire("a"), 0);
    }

    void sweepingForgetsOnlyFullBuckets()
    {
        ManualClock clock;
        RateLimiter limiter(clock, 1, 2);
        for (int i = 0; i < 20'000; ++i)
            QCOMPARE(limiter.acquire("old" + std::to_string(i)), 0);
        clock.advanceMs(3000); // every "old" bucket is full again
        QCOMPARE(limiter.acquire("busy"), 0);
        QCOMPARE(limiter.acquire("busy"), 0);
        // Enough new keys to sweep the full buckets away; "busy" is not full and must stay.
        for (int i = 0; i < 50'000; ++i)
            QCOMPARE(limiter.acquire("new" + std::to_string(i)), 0);
        QCOMPARE(limiter.acquire("busy"), 1000);
        QCOMPARE(limiter.acquire("old1"), 0);
        QCOMPARE(limiter.acquire("new1"), 0);
        QCOMPARE(limiter.acquire("new1"), 1000);
    }

    void countsExactlyUnderConcurrentUse()
    {
        ManualClock clock;
        RateLimiter limiter(clock, 1, 1000);
        std::atomic<int> admitted {0};
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([&] {
                for (int i = 0; i < 500; ++i) {
                    if (limiter.acquire("shared") == 0)
                        ++admitted;
                }
            });
        }
        for (auto &thread : threads)
            thread.join();
        QCOMPARE(admitted.load(), 1000);
    }
};

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
