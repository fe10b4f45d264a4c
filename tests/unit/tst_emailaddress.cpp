#include "common/EmailAddress.h"

#include <QTest>

using namespace commonroom;

// The one check of an email address, which the daemon and the desktop share.
class TestEmailAddress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptsAddresses_data()
    {
        QTest::addColumn<QString>("email");
        QTest::newRow("plain") << QStringLiteral("ana@example.org");
        QTest::newRow("plus and dots") << QStringLiteral("ana.garcia+news@mail.example.org");
        QTest::newRow("local host") << QStringLiteral("admin@localhost");
        QTest::newRow("non-ascii") << QStringLiteral("núñez@ejemplo.es");
    }

    void acceptsAddresses()
    {
        QFETCH(QString, email);
        QVERIFY(checkEmail(email.toStdString()).ok());
    }

    void refusesWhatIsNoAddress_data()
    {
        QTest::addColumn<QString>("email");
        QTest::newRow("empty") << QString();
        QTest::newRow("no at") << QStringLiteral("ana.example.org");
        QTest::newRow("nothing before") << QStringLiteral("@example.org");
        QTest::newRow("nothing after") << QStringLiteral("ana@");
        QTest::newRow("two ats") << QStringLiteral("ana@garcia@example.org");
        QTest::newRow("space") << QStringLiteral("ana garcia@example.org");
        QTest::newRow("tab") << QStringLiteral("ana@example.org\t");
        QTest::newRow("too long") << QString(QStringLiteral("a").repeated(310) + QStringLiteral("@example.org"));
    }

    void refusesWhatIsNoAddress()
    {
        QFETCH(QString, email);
        const Status checked = checkEmail(email.toStdString());
        QVERIFY(!checked.ok());
        QCOMPARE(checked.error().code, std::string("invalid_email"));
        QVERIFY(!checked.error().message.empty());
    }
};

QTEST_APPLESS_MAIN(TestEmailAddress)
#include "tst_emailaddress.moc"
