// Times to the minute in every language (desktop/core/TimeText.h): no seconds, whatever the
// locale's short format, and nothing else of the format lost.
#include "desktop/core/TimeText.h"

#include <QtTest>

using namespace commonroom;

class TestTimeText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secondsAreDropped_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("expected");
        QTest::newRow("C") << "HH:mm:ss"
                           << "HH:mm";
        QTest::newRow("12-hour") << "h:mm:ss AP"
                                 << "h:mm AP";
        QTest::newRow("dotted") << "HH.mm.ss"
                                << "HH.mm";
        QTest::newRow("already") << "HH:mm"
                                 << "HH:mm";
        QTest::newRow("quoted s stays") << "HH 'Uhr' mm's'"
                                        << "HH 'Uhr' mm's'";
        QTest::newRow("date and time") << "dd/MM/yyyy HH:mm:ss"
                                       << "dd/MM/yyyy HH:mm";
    }

    void secondsAreDropped()
    {
        QFETCH(QString, format);
        QFETCH(QString, expected);
        QCOMPARE(minuteFormat(format), expected);
    }

    void everyLocaleReadsToTheMinute()
    {
        const QTime time(18, 5, 42);
        const QDateTime when(QDate(2027, 3, 4), time, QTimeZone::utc());
        for (const char *name : {"C", "en_US", "de_DE", "es_ES", "fr_FR", "pt_BR", "fi_FI", "ja_JP"}) {
            const QLocale locale(QString::fromLatin1(name));
            QVERIFY2(!shortTime(time, locale).contains(QStringLiteral("42")), name);
            QVERIFY2(shortTime(time, locale).contains(QStringLiteral("05")), name);
            QVERIFY2(!shortDateTime(when, locale).contains(QStringLiteral("42")), name);
            QVERIFY2(shortDateTime(when, locale).contains(QStringLiteral("05")), name);
        }
        QCOMPARE(shortTime(time, QLocale::c()), QStringLiteral("18:05"));
    }

    // Ages count calendar days where the user is: late yesterday evening is "yesterday" at 8 in
    // the morning, though not 24 hours ago.
    void daysAgoCountsCalendarDays()
    {
        const QDateTime now(QDate(2027, 3, 4), QTime(8, 0));
        const QLocale c = QLocale::c();
        QCOMPARE(daysAgo(now.addSecs(-3600), now, c), QStringLiteral("today"));
        QCOMPARE(daysAgo(now.addSecs(3600), now, c), QStringLiteral("today")); // a clock running ahead
        QCOMPARE(daysAgo(QDateTime(QDate(2027, 3, 3), QTime(23, 0)), now, c), QStringLiteral("yesterday"));
        QCOMPARE(daysAgo(now.addDays(-3), now, c), QStringLiteral("3 day(s) ago")); // no translator: the source
        QCOMPARE(daysAgo(now.addDays(-30), now, c), QStringLiteral("30 day(s) ago"));
        // From a month back, the date: the same in UTC as where the user is.
        QCOMPARE(daysAgo(now.addDays(-31).toUTC(), now, c), c.toString(QDate(2027, 2, 1), QLocale::ShortFormat));
    }
};

QTEST_GUILESS_MAIN(TestTimeText)
#include "tst_timetext.moc"
