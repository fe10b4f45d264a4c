#pragma once

#include <QTest>

#include <string>
#include <vector>

// Readable QCOMPARE failures for the standard types the daemon tests compare. (Roles are
// compared with QVERIFY: ADL would pick commonroom::toString(Role) inside QCOMPARE.)
namespace QTest {

template<>
inline char *toString(const std::string &text)
{
    return QTest::toPrettyUnicode(QString::fromStdString(text));
}

template<>
inline char *toString(const std::vector<std::int64_t> &numbers)
{
    QByteArray list = "[";
    for (const auto number : numbers)
        list += (list.size() > 1 ? ", " : "") + QByteArray::number(qint64(number));
    return qstrdup(list + "]");
}

} // namespace QTest
