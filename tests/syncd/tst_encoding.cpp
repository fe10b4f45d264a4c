#include "syncd/Encoding.h"

#include "TestPrinters.h"

#include <QTest>

using namespace commonroom::syncd;

class TestEncoding : public QObject
{
    Q_OBJECT

private slots:
    void validUtf8IsKeptAsIs()
    {
        const std::string texts[] = {"", "/v1/pull",
            "Ana Garc\xC3\xAD"
            "a",
            "\xE2\x82\xAC 5", "\xF0\x9F\x8C\xB1 garden", std::string("nul\0inside", 10)};
        for (const auto &text : texts)
            QCOMPARE(toValidUtf8(text), text);
    }

    void everyBadByteBecomesAReplacementCharacter()
    {
        const std::string replacement = "\xEF\xBF\xBD";
        QCOMPARE(toValidUtf8("\xC7/v1/x"), replacement + "/v1/x");
        QCOMPARE(toValidUtf8("a\xFF"), "a" + replacement);
        QCOMPARE(toValidUtf8("\xE2\x82"), replacement + replacement); // cut short
        QCOMPARE(toValidUtf8("\xC0\xAF"), replacement + replacement); // overlong "/"
        QCOMPARE(toValidUtf8("\xED\xA0\x80"), replacement + replacement + replacement); // a UTF-16 surrogate
        // Above U+10FFFF.
        QCOMPARE(toValidUtf8("\xF4\x90\x80\x80"), replacement + replacement + replacement + replacement);
        QCOMPARE(toValidUtf8("\x80x"), replacement + "x");
    }
};

QTEST_GUILESS_MAIN(TestEncoding)
#include "tst_encoding.moc"
