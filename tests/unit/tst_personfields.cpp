#include "desktop/core/PersonFields.h"

#include <QTest>
#include <QTranslator>

using namespace commonroom;

// The one table of what the fields of a person are called.
class TestPersonFields : public QObject
{
    Q_OBJECT

    // Answers every source text of the PersonFields context with a marked copy.
    class Marking : public QTranslator
    {
    public:
        QString translate(const char *context, const char *source, const char *, int) const override
        {
            return qstrcmp(context, "PersonFields") == 0 ? QStringLiteral("[%1]").arg(QLatin1String(source))
                                                         : QString();
        }
        bool isEmpty() const override { return false; }
    };

private Q_SLOTS:
    void namesEachField()
    {
        QCOMPARE(PersonFields::label("display_name"), QStringLiteral("Display name"));
        QCOMPARE(PersonFields::label("bio"), QStringLiteral("About"));
        QCOMPARE(PersonFields::label("consent"), QStringLiteral("Agrees to be contacted"));
    }

    void aFieldWithoutLabelKeepsItsName()
    {
        QCOMPARE(PersonFields::label("merged_into"), QStringLiteral("merged_into"));
        QCOMPARE(PersonFields::label(""), QString());
    }

    void labelsAreTranslated()
    {
        Marking marking;
        QVERIFY(QCoreApplication::installTranslator(&marking));
        const QString label = PersonFields::label("display_name");
        QCoreApplication::removeTranslator(&marking);
        QCOMPARE(label, QStringLiteral("[Display name]"));
    }
};

QTEST_GUILESS_MAIN(TestPersonFields)
#include "tst_personfields.moc"
