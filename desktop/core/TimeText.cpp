#include "TimeText.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace commonroom {

QString minuteFormat(const QString &format)
{
    // The seconds and what joins them to the minutes (":ss", ".ss"); quoted text is left alone.
    static const QRegularExpression seconds(QStringLiteral("[:.]?s{1,2}(?=(?:[^']*'[^']*')*[^']*$)"));
    return QString(format).remove(seconds);
}

QString shortTime(const QTime &time, const QLocale &locale)
{
    return locale.toString(time, minuteFormat(locale.timeFormat(QLocale::ShortFormat)));
}

QString shortDateTime(const QDateTime &when, const QLocale &locale)
{
    return locale.toString(when, minuteFormat(locale.dateTimeFormat(QLocale::ShortFormat)));
}

QString daysAgo(const QDateTime &then, const QDateTime &now, const QLocale &locale)
{
    const QDate day = then.toLocalTime().date();
    const qint64 days = day.daysTo(now.toLocalTime().date());
    if (days <= 0) // today, or later by a clock that runs ahead of this one
        return QCoreApplication::translate("TimeText", "today");
    if (days == 1)
        return QCoreApplication::translate("TimeText", "yesterday");
    if (days < 31)
        return QCoreApplication::translate("TimeText", "%n day(s) ago", nullptr, int(days));
    return locale.toString(day, QLocale::ShortFormat);
}

Pace paceOf(qint64 done, qint64 total, qint64 elapsedMs, const QLocale &locale)
{
    const double seconds = std::max<qint64>(elapsedMs, 1) / 1000.0;
    const qint64 perSecond = qint64(done / seconds);
    const qint64 leftSeconds = perSecond > 0 ? std::max<qint64>(total - done, 0) / perSecond : 0;
    Pace pace;
    pace.rate = QCoreApplication::translate("TimeText", "%1/s").arg(locale.toString(perSecond));
    if (leftSeconds >= 90) {
        const int minutes = int((leftSeconds + 30) / 60);
        pace.left = QCoreApplication::translate("TimeText", "about %n minute(s) left", nullptr, minutes);
    } else {
        pace.left = QCoreApplication::translate("TimeText", "about %n second(s) left", nullptr, int(leftSeconds));
    }
    return pace;
}

} // namespace commonroom
