#include "desktop/ui/Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QTranslator>
#include <QtTest>

// The translations are embedded into desktop_ui and complete enough to use.
class TranslationsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsEveryLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("searchPeople");
        QTest::newRow("de") << "de"
                            << "Personen suchen";
        QTest::newRow("es") << "es"
                            << "Buscar personas";
        QTest::newRow("fr") << "fr"
                            << "Rechercher des personnes";
        QTest::newRow("pt_BR") << "pt_BR"
                               << "Pesquisar pessoas";
    }

    void loadsEveryLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, searchPeople);
        QTranslator translator;
        QVERIFY(translator.load(
            QLocale(language), QStringLiteral("commonroom"), QStringLiteral("_"), QStringLiteral(":/i18n")));
        QCOMPARE(translator.translate("commonroom::MainWindow", "Search people"), searchPeople);
        QVERIFY(!translator.translate("commonroom::PersonEditor", "Not shared with you").isEmpty());
        QVERIFY(!translator.translate("commonroom::LeadershipPane", "Leader notes").isEmpty());
        QVERIFY(!translator.translate("Ladder", "Core leader").isEmpty());
        QVERIFY(!translator.translate("commonroom::ContributionsPane", "Totals by area").isEmpty());
        QVERIFY(!translator.translate("Contributions", "Door knock").isEmpty());
        QVERIFY(!translator.translate("commonroom::MainWindow", "Any tag").isEmpty());
        QVERIFY(!translator.translate("Tags", "Only leaders and admins apply and remove tags.").isEmpty());
        QVERIFY(!translator.translate("Opportunities", "An opportunity needs a title.").isEmpty());
        QVERIFY(!translator.translate("commonroom::HomeDashboard", "&Opportunities for you").isEmpty());
        QVERIFY(translator.translate("commonroom::ReviewRequestsModel", "%1 (%Ln waiting)", nullptr, 3)
                    .contains(QLatin1String("%Ln")));
        QVERIFY(translator.translate("commonroom::OpportunitiesPane", "%1 of %n place(s) filled", nullptr, 3)
                    .contains(QLatin1String("%n")));
        QVERIFY(!translator.translate("commonroom::OrganizingDashboard", "Not on the ladder").isEmpty());
        QVERIFY(!translator.translate("Households", "Only leaders and admins keep households.").isEmpty());
        QVERIFY(!translator.translate("Relationships", "Brought in by").isEmpty());
        QVERIFY(!translator.translate("commonroom::RelationsPane", "Who brought whom").isEmpty());
        QVERIFY(!translator.translate("SmartLists", "A smart list needs a name.").isEmpty());
        QVERIFY(!translator.translate("Turfs", "Not home").isEmpty());
        QVERIFY(!translator.translate("Terms", "Only admins name the community's levels and areas.").isEmpty());
        QVERIFY(!translator.translate("commonroom::CanvassingDashboard", "Choose the door first.").isEmpty());
        QVERIFY(
            translator.translate("commonroom::TurfCutDialog", "%n turf(s).", nullptr, 3).contains(QLatin1String("%n")));
        // Plural forms are there too.
        QVERIFY(translator.translate("commonroom::MainWindow", "%n change(s) waiting to sync", nullptr, 2)
                    .contains(QLatin1String("%n")));
    }

    void englishPluralsReadNaturally()
    {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/commonroom_en.qm")));
        QCOMPARE(translator.translate("commonroom::MainWindow", "%n change(s) waiting to sync", nullptr, 1),
            QStringLiteral("%n change waiting to sync"));
        QCOMPARE(translator.translate("commonroom::AttendanceReportPane", "%Ln walk-in(s)", nullptr, 1),
            QStringLiteral("%Ln walk-in"));
        QCOMPARE(translator.translate("commonroom::CheckInWindow", "walk-in(s)", "under their count", 2),
            QStringLiteral("walk-ins"));
    }

    // The program's translators: the user's language where there is one, English otherwise
    // (never the sources' "(s)"), each installed on the application.
    void theUsersLanguageOrEnglish_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("oneWalkIn");
        QTest::newRow("C") << QLocale::c() << "1 walk-in";
        QTest::newRow("untranslated") << QLocale(QLocale::Finnish, QLocale::Finland) << "1 walk-in";
        QTest::newRow("en_GB") << QLocale(QLocale::English, QLocale::UnitedKingdom) << "1 walk-in";
        QTest::newRow("de") << QLocale(QLocale::German, QLocale::Germany) << "1 ohne Anmeldung";
    }

    void theUsersLanguageOrEnglish()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, oneWalkIn);
        const QList<QTranslator *> installed = commonroom::installTranslators(*QCoreApplication::instance(), locale);
        QVERIFY(!installed.isEmpty());
        const QString text
            = QCoreApplication::translate("commonroom::AttendanceReportPane", "%Ln walk-in(s)", nullptr, 1);
        for (QTranslator *translator : installed) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        QCOMPARE(text, oneWalkIn);
    }
};

QTEST_GUILESS_MAIN(TranslationsTest)
#include "TranslationsTest.moc"
