#include "TimeText.h"

#include <QRegularExpression>

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

} // namespace commonroom
