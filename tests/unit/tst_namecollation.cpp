#include "desktop/core/LocalStore.h"
#include "desktop/core/NameCollation.h"

#include "common/Clock.h"

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace commonroom;

// Names in the alphabetical order of the user's language (NameCollation, the collation LOCALE of
// the device's connection and its name indexes).
class TestNameCollation : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
    int m_counter = 0;

    QString freshPath() { return m_dir.filePath(QStringLiteral("db-%1.sqlite").arg(++m_counter)); }

    static bool insertPeople(LocalStore &store, const QStringList &names)
    {
        QSqlQuery insert(store.database());
        insert.prepare(QStringLiteral("INSERT INTO person (id, display_name) VALUES (?, ?)"));
        for (int i = 0; i < names.size(); ++i) {
            insert.addBindValue(QStringLiteral("id-%1").arg(i, 3, 10, QLatin1Char('0')));
            insert.addBindValue(names[i]);
            if (!insert.exec()) {
                qWarning() << insert.lastError().text();
                return false;
            }
        }
        return true;
    }

    static QStringList sortedNames(LocalStore &store)
    {
        QStringList names;
        QSqlQuery query(store.database());
        if (!query.exec(QStringLiteral("SELECT display_name FROM person ORDER BY display_name COLLATE LOCALE, id")))
            return {query.lastError().text()};
        while (query.next())
            names << query.value(0).toString();
        return names;
    }

    static QString plan(LocalStore &store, const QString &sql)
    {
        QSqlQuery query(store.database());
        if (!query.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql))
            return query.lastError().text();
        QStringList steps;
        while (query.next())
            steps << query.value(3).toString();
        return steps.join(QLatin1String("; "));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_clock.setMs(1'700'000'000'000);
    }

    void sortsInTheOrderOfTheLanguage_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QStringList>("sorted");
        // Without a language (the C locale): accented letters with their base letters, any case.
        QTest::newRow("root: Álvaro with the A's")
            << QStringLiteral("C")
            << QStringList {QStringLiteral("zoe"), QStringLiteral("Álvaro"), QStringLiteral("Bob"),
                   QStringLiteral("alice"), QStringLiteral("ángel"), QStringLiteral("ALBERT")}
            << QStringList {QStringLiteral("ALBERT"), QStringLiteral("alice"), QStringLiteral("Álvaro"),
                   QStringLiteral("ángel"), QStringLiteral("Bob"), QStringLiteral("zoe")};
        // Spanish: ñ is a letter of its own, after n (in the root order Ñandú comes before Nuria).
        QTest::newRow("es: ñ after n") << QStringLiteral("es_ES")
                                       << QStringList {QStringLiteral("Ocaña"), QStringLiteral("Ñandú"),
                                              QStringLiteral("Nuria"), QStringLiteral("Zoe"), QStringLiteral("Nadia"),
                                              QStringLiteral("Ángela")}
                                       << QStringList {QStringLiteral("Ángela"), QStringLiteral("Nadia"),
                                              QStringLiteral("Nuria"), QStringLiteral("Ñandú"), QStringLiteral("Ocaña"),
                                              QStringLiteral("Zoe")};
        // German: umlauts sort with their base letters, not after z.
        QTest::newRow("de: umlauts with their base letters")
            << QStringLiteral("de_DE")
            << QStringList {QStringLiteral("Zander"), QStringLiteral("Öztürk"), QStringLiteral("Otto"),
                   QStringLiteral("Müller"), QStringLiteral("Mahler"), QStringLiteral("Ober"), QStringLiteral("Ärger"),
                   QStringLiteral("Mueller")}
            << QStringList {QStringLiteral("Ärger"), QStringLiteral("Mahler"), QStringLiteral("Mueller"),
                   QStringLiteral("Müller"), QStringLiteral("Ober"), QStringLiteral("Otto"), QStringLiteral("Öztürk"),
                   QStringLiteral("Zander")};
        // Polish: ł after l, ś after s, as letters of their own (in the root order Śliwa comes
        // before Sobieski).
        QTest::newRow("pl: ł after l, ś after s")
            << QStringLiteral("pl_PL")
            << QStringList {QStringLiteral("Śliwa"), QStringLiteral("Łukasz"), QStringLiteral("Szymon"),
                   QStringLiteral("Lucyna"), QStringLiteral("Sobieski"), QStringLiteral("Mateusz"),
                   QStringLiteral("Zenon")}
            << QStringList {QStringLiteral("Lucyna"), QStringLiteral("Łukasz"), QStringLiteral("Mateusz"),
                   QStringLiteral("Sobieski"), QStringLiteral("Szymon"), QStringLiteral("Śliwa"),
                   QStringLiteral("Zenon")};
        // Turkish: dotless ı (capital I) before dotted i (capital İ) (in the root order Irmak
        // comes before İsmail and ılgın after both).
        QTest::newRow("tr: ı before i") << QStringLiteral("tr_TR")
                                        << QStringList {QStringLiteral("İsmail"), QStringLiteral("Jale"),
                                               QStringLiteral("Irmak"), QStringLiteral("ılgın"),
                                               QStringLiteral("Hakan"), QStringLiteral("ipek")}
                                        << QStringList {QStringLiteral("Hakan"), QStringLiteral("ılgın"),
                                               QStringLiteral("Irmak"), QStringLiteral("ipek"),
                                               QStringLiteral("İsmail"), QStringLiteral("Jale")};
    }

    void sortsInTheOrderOfTheLanguage()
    {
        QFETCH(QString, locale);
        QFETCH(QStringList, names);
        QFETCH(QStringList, sorted);
        LocalStore store(m_clock);
        store.setNameLocale(QLocale(locale));
        QVERIFY(store.open(freshPath()).ok());
        QVERIFY(insertPeople(store, names));
        QCOMPARE(sortedNames(store), sorted);
        // The index agrees with the order it was built in.
        QSqlQuery check(store.database());
        QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
        QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
    }

    // Like NOCASE, case makes no difference: the id orders one name however it is written.
    void ignoresCaseAndOrdersEqualNamesById()
    {
        LocalStore store(m_clock);
        store.setNameLocale(QLocale(QStringLiteral("en_GB")));
        QVERIFY(store.open(freshPath()).ok());
        QVERIFY(insertPeople(store, {QStringLiteral("SAM"), QStringLiteral("Sam"), QStringLiteral("sam")}));
        QSqlQuery query(store.database());
        QVERIFY(query.exec(QStringLiteral("SELECT id FROM person ORDER BY display_name COLLATE LOCALE, id")));
        QStringList ids;
        while (query.next())
            ids << query.value(0).toString();
        QCOMPARE(ids, (QStringList {QStringLiteral("id-000"), QStringLiteral("id-001"), QStringLiteral("id-002")}));
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM person WHERE display_name = 'sAm' COLLATE LOCALE")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 3);
    }

    // The indexes are in the order of the collator that built them: opened in another language,
    // they are built again, and the file says in which order they are.
    void anotherLanguageRebuildsTheIndexes()
    {
        const QString path = freshPath();
        const QStringList names {QStringLiteral("Śliwa"), QStringLiteral("Szymon"), QStringLiteral("Sobieski")};
        {
            LocalStore store(m_clock);
            store.setNameLocale(QLocale(QStringLiteral("pl_PL")));
            QVERIFY(store.open(path).ok());
            QVERIFY(store.setting(QStringLiteral("name_collation")).startsWith(QLatin1String("pl ")));
            QVERIFY(insertPeople(store, names));
            QCOMPARE(sortedNames(store),
                (QStringList {QStringLiteral("Sobieski"), QStringLiteral("Szymon"), QStringLiteral("Śliwa")}));
        }
        LocalStore store(m_clock);
        store.setNameLocale(QLocale::c());
        QVERIFY(store.open(path).ok());
        QVERIFY(store.setting(QStringLiteral("name_collation")).startsWith(QLatin1String("root ")));
        QCOMPARE(sortedNames(store),
            (QStringList {QStringLiteral("Śliwa"), QStringLiteral("Sobieski"), QStringLiteral("Szymon")}));
        // Read through the index (the ORDER BY above), which holds the new order.
        QSqlQuery check(store.database());
        QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
        QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
        QSqlQuery range(store.database());
        QVERIFY(range.exec(QStringLiteral("SELECT display_name FROM person WHERE display_name > 'Sp' COLLATE LOCALE "
                                          "ORDER BY display_name COLLATE LOCALE, id")));
        QVERIFY(range.next());
        QCOMPARE(range.value(0).toString(), QStringLiteral("Szymon"));
    }

    // A connection without the collation cannot write names: SQLite refuses rather than leave
    // the index out of order. (Every connection LocalStore and UnsentSalvage open installs it.)
    void aConnectionWithoutTheCollationIsRefused()
    {
        const QString path = freshPath();
        {
            LocalStore store(m_clock);
            QVERIFY(store.open(path).ok());
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("plain"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery insert(db);
            QVERIFY(!insert.exec(QStringLiteral("INSERT INTO person (id, display_name) VALUES ('x', 'Ana')")));
            QVERIFY2(
                insert.lastError().text().contains(QLatin1String("LOCALE")), qPrintable(insert.lastError().text()));
            QVERIFY(NameCollation::install(db, QLocale::c()).ok());
            QVERIFY2(insert.exec(QStringLiteral("INSERT INTO person (id, display_name) VALUES ('x', 'Ana')")),
                qPrintable(insert.lastError().text()));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("plain"));
    }

    // The lists read the indexes in order instead of sorting every person in a temporary B-tree.
    void listsReadTheIndexesInOrder()
    {
        LocalStore store(m_clock);
        QVERIFY(store.open(freshPath()).ok());
        const QString people
            = plan(store, QStringLiteral("SELECT id FROM person ORDER BY display_name COLLATE LOCALE, id LIMIT 200"));
        QVERIFY2(people.contains(QLatin1String("person_by_locale_name")), qPrintable(people));
        QVERIFY2(!people.contains(QLatin1String("TEMP B-TREE")), qPrintable(people));
        const QString groups = plan(
            store, QStringLiteral("SELECT id FROM \"group\" WHERE name IS NOT NULL ORDER BY name COLLATE LOCALE, id"));
        QVERIFY2(groups.contains(QLatin1String("group_by_locale_name")), qPrintable(groups));
        QVERIFY2(!groups.contains(QLatin1String("TEMP B-TREE")), qPrintable(groups));
        // The check tells the two apart: an order no index has needs the temporary B-tree.
        const QString other = plan(store, QStringLiteral("SELECT id FROM person ORDER BY display_name COLLATE RTRIM"));
        QVERIFY2(other.contains(QLatin1String("TEMP B-TREE")), qPrintable(other));
    }

    void icuLocaleOfQtLocales()
    {
        QCOMPARE(NameCollation::icuLocale(QLocale::c()), QByteArray());
        QCOMPARE(NameCollation::icuLocale(QLocale(QStringLiteral("es_ES"))), QByteArray("es"));
        // A language's usual country is left to ICU, which assumes the same one.
        QCOMPARE(NameCollation::icuLocale(QLocale(QStringLiteral("pt_BR"))), QByteArray("pt"));
        QCOMPARE(NameCollation::icuLocale(QLocale(QStringLiteral("pt_PT"))), QByteArray("pt_PT"));
        QCOMPARE(NameCollation::icuLocale(QLocale(QStringLiteral("sr_Latn_RS"))), QByteArray("sr_Latn"));
    }
};

QTEST_GUILESS_MAIN(TestNameCollation)
#include "tst_namecollation.moc"
