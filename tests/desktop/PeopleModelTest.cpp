#include "desktop/models/PeopleModel.h"
#include "common/Clock.h"
#include "desktop/core/LocalStore.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSet>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <memory>
#include <set>

using namespace commonroom;

namespace {

struct Person
{
    QString id;
    QVariant name;
    QVariant email;
    QVariant emailVisibility = {};
    QVariant nameVisibility = {};
};

// Inserts rows as if a sync had brought them: straight into the table, in one transaction, so
// a thousand people take milliseconds and leave the outbox empty.
void insertPeople(LocalStore &store, const std::vector<Person> &people)
{
    QSqlDatabase db = store.database();
    QVERIFY(db.transaction());
    QSqlQuery query(db);
    QVERIFY(query.prepare(QStringLiteral("INSERT INTO person (id, display_name, display_name_visibility, area, email, "
                                         "email_visibility, skills) VALUES (?, ?, ?, ?, ?, ?, ?)")));
    for (const auto &person : people) {
        query.addBindValue(person.id);
        query.addBindValue(person.name);
        query.addBindValue(person.nameVisibility);
        query.addBindValue(QStringLiteral("North"));
        query.addBindValue(person.email);
        query.addBindValue(person.emailVisibility);
        query.addBindValue(QStringLiteral("cooking"));
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    }
    QVERIFY(db.commit());
}

QStringList names(const PeopleModel &model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result << model.index(row, PeopleModel::NameColumn).data().toString();
    return result;
}

} // namespace

class PeopleModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_store = std::make_unique<LocalStore>(m_clock);
        m_people = std::make_unique<People>(*m_store);
        const Status opened = m_store->open(m_dir->filePath(QStringLiteral("commonroom.db")));
        QVERIFY2(opened.ok(), opened.ok() ? "" : opened.error().message.c_str());
        QVERIFY(m_store->setSetting(QStringLiteral("person_id"), QStringLiteral("me")).ok());
        QVERIFY(m_store->setSetting(QStringLiteral("role"), QStringLiteral("member")).ok());
    }

    void cleanup()
    {
        m_people.reset();
        m_store.reset();
        m_dir.reset();
    }

    void loadsLazily()
    {
        std::vector<Person> people;
        for (int i = 0; i < 1000; ++i)
            people.push_back({QStringLiteral("p%1").arg(i, 4, 10, QLatin1Char('0')),
                QStringLiteral("Person %1").arg((i * 7919) % 1000, 4, 10, QLatin1Char('0')),
                QStringLiteral("p%1@example.org").arg(i)});
        insertPeople(*m_store, people);

        PeopleModel model(*m_people, *m_store);
        QCOMPARE(model.columnCount(), 5);
        QCOMPARE(model.rowCount(), PeopleModel::kPageSize);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 2 * PeopleModel::kPageSize);

        // The tester fetches more itself while it checks the model.
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QVERIFY(model.rowCount() >= 2 * PeopleModel::kPageSize);

        int fetches = 0;
        while (model.canFetchMore({}) && fetches < 100) {
            model.fetchMore({});
            ++fetches;
        }
        QCOMPARE(model.rowCount(), 1000);
        QVERIFY(!model.canFetchMore({}));
        QVERIFY(fetches <= 3);

        // Every person exactly once, in name order.
        std::set<QString> ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids.insert(model.personId(row));
        QCOMPARE(ids.size(), std::size_t(1000));
        const QStringList loaded = names(model);
        QCOMPARE(loaded.first(), QStringLiteral("Person 0000"));
        QCOMPARE(loaded.last(), QStringLiteral("Person 0999"));
        QStringList sorted = loaded;
        sorted.sort();
        QCOMPARE(loaded, sorted);
        QCOMPARE(model.index(0, PeopleModel::NameColumn).data(PeopleModel::IdRole).toString(), model.personId(0));
    }

    // Keyset pagination must neither skip nor repeat people who share a name across pages.
    void pagesThroughEqualNames()
    {
        std::vector<Person> people;
        for (int i = 0; i < 450; ++i)
            people.push_back({QStringLiteral("id-%1").arg(i, 3, 10, QLatin1Char('0')),
                i % 2 ? QStringLiteral("Sam") : QStringLiteral("SAM"), {}});
        insertPeople(*m_store, people);

        PeopleModel model(*m_people, *m_store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 450);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.personId(row), QStringLiteral("id-%1").arg(row, 3, 10, QLatin1Char('0')));
    }

    // Accented letters sort with their base letters, whatever the case (NameCollation; the tests
    // run in the C locale, ICU's root order). SQLite's NOCASE put "Álvaro" after "zoe".
    void sortsAccentedNamesWithTheirLetters()
    {
        insertPeople(*m_store,
            {{QStringLiteral("1"), QStringLiteral("Álvaro"), {}}, {QStringLiteral("2"), QStringLiteral("alice"), {}},
                {QStringLiteral("3"), QStringLiteral("Bob"), {}}, {QStringLiteral("4"), QStringLiteral("zoe"), {}},
                {QStringLiteral("5"), QStringLiteral("ángel"), {}},
                {QStringLiteral("6"), QStringLiteral("ALBERT"), {}}});
        PeopleModel model(*m_people, *m_store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(names(model),
            (QStringList {QStringLiteral("ALBERT"), QStringLiteral("alice"), QStringLiteral("Álvaro"),
                QStringLiteral("ángel"), QStringLiteral("Bob"), QStringLiteral("zoe")}));
    }

    // Page after page in the order of the language, none skipped or repeated: the keyset's
    // comparison and the order are the same collation.
    void pagesInTheOrderOfTheLanguage()
    {
        LocalStore store(m_clock);
        store.setNameLocale(QLocale(QStringLiteral("es_ES")));
        QVERIFY(store.open(m_dir->filePath(QStringLiteral("es.sqlite"))).ok());
        const QStringList starts {QStringLiteral("Na"), QStringLiteral("Ña"), QStringLiteral("na"),
            QStringLiteral("ña"), QStringLiteral("Ñá"), QStringLiteral("Oc"), QStringLiteral("Nú"),
            QStringLiteral("NA")};
        std::vector<Person> people;
        for (int i = 0; i < 450; ++i)
            people.push_back({QStringLiteral("id-%1").arg(i, 3, 10, QLatin1Char('0')),
                starts[i % starts.size()] + QString(QChar(u'a' + (i / 8) % 26)), {}});
        insertPeople(store, people);
        const People directory(store);
        PeopleModel model(directory, store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 450);
        QSet<QString> ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids.insert(model.personId(row));
        QCOMPARE(ids.size(), 450);
        QStringList expected;
        QSqlQuery all(store.database());
        QVERIFY(all.exec(QStringLiteral("SELECT display_name FROM person ORDER BY display_name COLLATE LOCALE, id")));
        while (all.next())
            expected << all.value(0).toString();
        QCOMPARE(names(model), expected);
        // Every name starting with N before every one starting with Ñ.
        const QStringList listed = names(model);
        const auto firstEnye = std::find_if(listed.begin(), listed.end(),
            [](const QString &name) { return name.startsWith(QChar(u'Ñ'), Qt::CaseInsensitive); });
        QVERIFY(firstEnye != listed.end());
        QVERIFY(std::none_of(firstEnye, listed.end(),
            [](const QString &name) { return name.startsWith(QLatin1Char('N'), Qt::CaseInsensitive); }));
    }

    // The list's pages read the name index in order: no temporary B-tree sorting 100k people.
    void pagesReadTheNameIndexInOrder()
    {
        for (const bool afterKey : {false, true}) {
            QSqlQuery query(m_store->database());
            QVERIFY(query.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + PeopleModel::namedPageQuery(afterKey)));
            if (afterKey) {
                query.addBindValue(QStringLiteral("Ana"));
                query.addBindValue(QStringLiteral("id-1"));
            }
            query.addBindValue(PeopleModel::kPageSize);
            QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
            QStringList steps;
            while (query.next())
                steps << query.value(3).toString();
            const QString plan = steps.join(QLatin1String("; "));
            QVERIFY2(plan.contains(QLatin1String("person_by_locale_name")), qPrintable(plan));
            QVERIFY2(!plan.contains(QLatin1String("TEMP B-TREE")), qPrintable(plan));
        }
    }

    void showsHiddenAndEmptyFields()
    {
        insertPeople(*m_store,
            {
                // Email NULL and at its default visibility (leaders): hidden from a member.
                {QStringLiteral("a"), QStringLiteral("Ana"), {}},
                // Email NULL although shared with members: simply empty.
                {QStringLiteral("b"), QStringLiteral("Bea"), {}, QStringLiteral("members")},
                // Email shared and present.
                {QStringLiteral("c"), QStringLiteral("Cy"), QStringLiteral("cy@example.org"), QStringLiteral("public")},
                // Name shown to leaders only: listed after everyone with a name.
                {QStringLiteral("0"), {}, {}, {}, QStringLiteral("leaders")},
            });
        PeopleModel model(*m_people, *m_store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(model.rowCount(), 4);

        const QModelIndex hidden = model.index(0, PeopleModel::EmailColumn);
        QCOMPARE(hidden.data(PeopleModel::IdRole).toString(), QStringLiteral("a"));
        QCOMPARE(hidden.data().toString(), QStringLiteral("\u2014"));
        QCOMPARE(hidden.data(Qt::ToolTipRole).toString(), QStringLiteral("Not shared with you"));
        QVERIFY(hidden.data(PeopleModel::HiddenRole).toBool());

        const QModelIndex empty = model.index(1, PeopleModel::EmailColumn);
        QVERIFY(!empty.data(PeopleModel::HiddenRole).toBool());
        QVERIFY(empty.data().toString().isEmpty());
        QVERIFY(!empty.data(Qt::ToolTipRole).isValid());

        QCOMPARE(model.index(2, PeopleModel::EmailColumn).data().toString(), QStringLiteral("cy@example.org"));
        // Phone was never sent (NULL, default visibility leaders): hidden too.
        QVERIFY(model.index(2, PeopleModel::PhoneColumn).data(PeopleModel::HiddenRole).toBool());

        QCOMPARE(model.personId(3), QStringLiteral("0"));
        QCOMPARE(model.index(3, PeopleModel::NameColumn).data().toString(), QStringLiteral("\u2014"));

        // A leader's clearance covers the email default: the same NULL is now just empty.
        QVERIFY(m_store->setSetting(QStringLiteral("role"), QStringLiteral("leader")).ok());
        model.reload();
        QVERIFY(!model.index(0, PeopleModel::EmailColumn).data(PeopleModel::HiddenRole).toBool());
        QVERIFY(model.index(0, PeopleModel::EmailColumn).data().toString().isEmpty());
    }

    void reloadsWhenPeopleChange()
    {
        insertPeople(*m_store, {{QStringLiteral("b"), QStringLiteral("Bea"), {}}});
        PeopleModel model(*m_people, *m_store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QCOMPARE(model.rowCount(), 1);

        Q_EMIT m_store->tableChanged(QStringLiteral("group"));
        QTest::qWait(100);
        QCOMPARE(resets.count(), 0);

        auto created = m_store->createRow(QStringLiteral("person"), {{"display_name", std::string("Abel")}});
        QVERIFY(created.ok());
        QVERIFY(resets.wait(2000));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.personId(0), *created);
        QCOMPARE(model.rowOfId(*created), 0);
        QCOMPARE(model.rowOfId(QStringLiteral("nobody")), -1);

        // A burst of changes (a sync applying pages) resets the model once.
        resets.clear();
        for (int i = 0; i < 5; ++i)
            Q_EMIT m_store->tableChanged(QStringLiteral("person"));
        QVERIFY(resets.wait(2000));
        QTest::qWait(100);
        QCOMPARE(resets.count(), 1);
    }

    void keepsLoadedRowsAcrossReload()
    {
        std::vector<Person> people;
        for (int i = 0; i < 700; ++i)
            people.push_back({QStringLiteral("p%1").arg(i, 3, 10, QLatin1Char('0')),
                QStringLiteral("N%1").arg(i, 3, 10, QLatin1Char('0')), {}});
        insertPeople(*m_store, people);
        PeopleModel model(*m_people, *m_store);
        model.fetchMore({});
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 600);
        model.reload();
        QCOMPARE(model.rowCount(), 600);
        QVERIFY(model.canFetchMore({}));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 700);
        model.reload();
        QCOMPARE(model.rowCount(), 700);
        QVERIFY(!model.canFetchMore({}));
    }

    void searchesTheWholeCopyLazily()
    {
        // 1,000 people, only some of them "Marta": the search finds them all, not only those of
        // the first page, and loads them page by page.
        std::vector<Person> people;
        for (int i = 0; i < 1000; ++i)
            people.push_back({QStringLiteral("p%1").arg(i, 4, 10, QLatin1Char('0')),
                i % 2 ? QStringLiteral("Marta Núñez %1").arg(i) : QStringLiteral("Person %1").arg(i), {}});
        insertPeople(*m_store, people);

        PeopleModel model(*m_people, *m_store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        PeopleQuery query;
        query.text = QStringLiteral("marta nunez");
        model.setQuery(query);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), PeopleModel::kPageSize);
        QVERIFY(model.canFetchMore({}));
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 500);
        std::set<QString> ids;
        for (int row = 0; row < model.rowCount(); ++row) {
            QVERIFY(model.index(row, PeopleModel::NameColumn).data().toString().startsWith(QStringLiteral("Marta")));
            ids.insert(model.personId(row));
        }
        QCOMPARE(ids.size(), std::size_t(500));

        // The same query again changes nothing; a filter narrows; a change in the store reloads.
        model.setQuery(query);
        QCOMPARE(reset.count(), 1);
        query.text = QStringLiteral("mart 999");
        model.setQuery(query);
        QCOMPARE(names(model), QStringList {QStringLiteral("Marta Núñez 999")});
        QVERIFY(!model.canFetchMore({}));
        QVERIFY(m_store
                    ->updateRow(QStringLiteral("person"), QStringLiteral("p0999"),
                        {{"display_name", std::string("Martina Núñez 999")}})
                    .ok());
        QTRY_COMPARE(names(model), QStringList {QStringLiteral("Martina Núñez 999")});
        query.area = QStringLiteral("south");
        model.setQuery(query);
        QCOMPARE(model.rowCount(), 0);

        // An empty query lists everyone again, by name.
        model.setQuery({});
        QCOMPARE(model.rowCount(), PeopleModel::kPageSize);
        QCOMPARE(model.index(0, PeopleModel::NameColumn).data().toString(), QStringLiteral("Marta Núñez 1"));
    }

    void emptyStore()
    {
        PeopleModel model(*m_people, *m_store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.headerData(PeopleModel::NameColumn, Qt::Horizontal).toString(), QStringLiteral("Name"));
        QCOMPARE(model.personId(0), QString());
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    ManualClock m_clock;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<People> m_people; // the service the model reads through
};

QTEST_GUILESS_MAIN(PeopleModelTest)
#include "PeopleModelTest.moc"
