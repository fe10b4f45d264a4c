// Smart lists on the device (docs/organizing.md, "Smart lists"): each criterion evaluated against
// a real store (count and pages agreeing), every refusal naming the list and the cause with
// nothing written, who may save, change and delete, and a definition this device cannot read.

#include "common/Clock.h"
#include "desktop/core/Device.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace commonroom;

namespace {

const QString kCar = QStringLiteral("0190a000-0000-7000-8000-000000000001");
const QString kFollowUp = QStringLiteral("0190a000-0000-7000-8000-000000000002");
const QString kDeletedTag = QStringLiteral("0190a000-0000-7000-8000-000000000003");
const QString kGarden = QStringLiteral("0190a000-0000-7000-8000-0000000000a1");

} // namespace

class TestSmartLists : public QObject
{
    Q_OBJECT

    static constexpr std::int64_t kStart = 1'795'435'200'000;
    ManualClock m_clock {kStart};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Device> m_device;

    LocalStore &store() { return m_device->store(); }
    SmartLists &lists() { return m_device->smartLists(); }
    void signIn(const QString &personId, const QString &role)
    {
        QVERIFY(store().setSetting(QStringLiteral("person_id"), personId).ok());
        QVERIFY(store().setSetting(QStringLiteral("role"), role).ok());
    }

    // The ids a query finds, sorted, read a page of two at a time; and its count agreeing.
    QStringList found(const PeopleQuery &query)
    {
        SmartList list;
        list.query = query;
        PeopleSearch search = lists().search(list);
        QStringList ids;
        while (!search.atEnd()) {
            const auto page = search.next(2);
            if (!page.ok())
                qFatal("search failed: %s", page.error().message.c_str());
            for (const auto &id : *page)
                ids << id;
        }
        const auto counted = lists().count(list);
        if (!counted.ok() || *counted != ids.size())
            qFatal("the count %lld disagrees with the %lld people read", counted.ok() ? qlonglong(*counted) : -1LL,
                qlonglong(ids.size()));
        ids.sort();
        return ids;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_clock.setMs(kStart);
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_device = std::make_unique<Device>(m_clock, Profile(m_dir->path()));
        QVERIFY(m_device->open().ok());
        QSqlQuery query(store().database());
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO person (id, display_name, role, area, skills, languages, leadership_level) VALUES "
            "('ada', 'Ada Admin', 'admin', 'North', 'carpentry', 'English', 5), "
            "('lea', 'Lea Leader', 'leader', 'South', 'gardening, cooking', 'Spanish English', 4), "
            "('mo', 'Mo Member', 'member', 'north', 'gardening', 'Arabic', 2), "
            "('nia', 'Nia Member', 'member', 'East', NULL, 'English', NULL), "
            "('pat', 'Pat Applicant', 'applicant', NULL, NULL, NULL, NULL)")));
        QVERIFY(query.exec(
            QStringLiteral("INSERT INTO \"group\" (id, name, kind) VALUES ('%1', 'Gardeners', 'open')").arg(kGarden)));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO membership (id, group_id, person_id, state, role) VALUES "
                                          "('m1', '%1', 'lea', 'active', 'curator'), ('m2', '%1', 'mo', 'active', "
                                          "'member'), ('m3', '%1', 'nia', 'pending', 'member')")
                               .arg(kGarden)));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO tag (id, name, visibility) VALUES ('%1', 'Has a car', "
                                          "'members'), ('%2', 'Needs follow-up', 'leaders')")
                               .arg(kCar, kFollowUp)));
        // Mo has both tags; Nia had the car tag removed; Lea has a tag since deleted.
        QVERIFY(query.exec(QStringLiteral("INSERT INTO tag_application (id, tag_id, person_id, applied) VALUES "
                                          "('a1', '%1', 'mo', 1), ('a2', '%2', 'mo', 1), ('a3', '%1', 'lea', 1), "
                                          "('a4', '%1', 'nia', 0), ('a5', '%3', 'lea', 1)")
                               .arg(kCar, kFollowUp, kDeletedTag)));
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO contribution (id, person_id, area, kind, done_on) VALUES "
            "('c1', 'mo', 'coding', 'contribution', '2026-11-20'), ('c2', 'nia', 'coding', 'contribution', "
            "'2025-03-01'), ('c3', 'lea', 'events', 'contribution', '2026-11-01'), ('c4', 'mo', 'coding', "
            "'contribution', '2026-11-21')")));
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO registration (id, event_id, person_id, state, attended) VALUES "
            "('r1', 'e1', 'mo', 'registered', 1), ('r2', 'e2', 'mo', 'registered', 1), ('r3', 'e3', 'mo', "
            "'registered', 0), ('r4', 'e1', 'nia', 'registered', 1), ('r5', 'e2', 'lea', 'registered', NULL)")));
        QCOMPARE(store().pendingCount(), 0);
        signIn(QStringLiteral("lea"), QStringLiteral("leader"));
    }

    void cleanup()
    {
        m_device.reset();
        m_dir.reset();
    }

    void eachCriterionSelectsItsPeople()
    {
        PeopleQuery query;
        query.text = QStringLiteral("member");
        QCOMPARE(found(query), (QStringList {"mo", "nia"}));
        query = {};
        query.area = QStringLiteral("NORTH");
        QCOMPARE(found(query), (QStringList {"ada", "mo"}));
        query = {};
        query.skill = QStringLiteral("gardening");
        QCOMPARE(found(query), (QStringList {"lea", "mo"}));
        query = {};
        query.language = QStringLiteral("english");
        QCOMPARE(found(query), (QStringList {"ada", "lea", "nia"}));
        query = {};
        query.role = QStringLiteral("member");
        QCOMPARE(found(query), (QStringList {"mo", "nia"}));
        query = {};
        query.minLeadershipLevel = 4;
        QCOMPARE(found(query), (QStringList {"ada", "lea"}));
        query = {};
        query.groupId = kGarden;
        QCOMPARE(found(query), (QStringList {"lea", "mo"}));
        // Every tag required; a removed application or a deleted tag selects nobody.
        query = {};
        query.tagIds = {kCar};
        QCOMPARE(found(query), (QStringList {"lea", "mo"}));
        query.tagIds = {kCar, kFollowUp};
        QCOMPARE(found(query), (QStringList {"mo"}));
        query.tagIds = {kDeletedTag};
        QCOMPARE(found(query), QStringList {});
        // Contributed in an area since a day (the day itself included), or ever.
        query = {};
        query.contributedArea = QStringLiteral("coding");
        QCOMPARE(found(query), (QStringList {"mo", "nia"}));
        query.contributedSince = QStringLiteral("2026-11-20");
        QCOMPARE(found(query), (QStringList {"mo"}));
        query.contributedSince = QStringLiteral("2026-11-22");
        QCOMPARE(found(query), QStringList {});
        // Attended at least N events: checked in, not merely registered.
        query = {};
        query.minEventsAttended = 1;
        QCOMPARE(found(query), (QStringList {"mo", "nia"}));
        query.minEventsAttended = 2;
        QCOMPARE(found(query), (QStringList {"mo"}));
        query.minEventsAttended = 3;
        QCOMPARE(found(query), QStringList {});
        // All together, with text.
        query = {};
        query.text = QStringLiteral("mo");
        query.role = QStringLiteral("member");
        query.tagIds = {kCar};
        query.contributedArea = QStringLiteral("coding");
        query.minEventsAttended = 2;
        query.groupId = kGarden;
        QCOMPARE(found(query), (QStringList {"mo"}));
    }

    void aSavedListIsEvaluatedFromItsDefinition()
    {
        PeopleQuery query;
        query.tagId = kCar; // the People list's tag filter counts as one of the tags
        query.minEventsAttended = 2;
        const auto id = lists().save(QStringLiteral("  Drivers who come  "), query, /*shared=*/true);
        QVERIFY2(id.ok(), id.ok() ? "" : id.error().message.c_str());
        QCOMPARE(store().pendingCount(), 1); // the row and its outbox entry
        const auto list = lists().byId(*id);
        QVERIFY(list.ok());
        QCOMPARE(list->name, QStringLiteral("Drivers who come"));
        QVERIFY(list->shared);
        QCOMPARE(list->ownerId, QStringLiteral("lea"));
        QCOMPARE(list->query.tagIds, QStringList {kCar});
        QCOMPARE(list->definition, QStringLiteral("{\"v\":1,\"tags\":[\"%1\"],\"min_events\":2}").arg(kCar));
        QCOMPARE(*lists().count(*list), 1);
        const auto all = lists().list();
        QVERIFY(all.ok());
        QCOMPARE(all->size(), std::size_t(1));
        // Its owner changes it; it follows.
        PeopleQuery wider;
        wider.tagIds = {kCar};
        QVERIFY(lists().update(*id, {}, wider).ok());
        QCOMPARE(*lists().count(*lists().byId(*id)), 2);
        QCOMPARE(lists().byId(*id)->name, QStringLiteral("Drivers who come"));
        QVERIFY(lists().remove(*id).ok());
        QCOMPARE(lists().byId(*id).error().code, std::string("not_found"));
    }

    void refusalsNameTheListAndTheCauseAndWriteNothing_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("level");
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("area");
        QTest::addColumn<QString>("since");
        QTest::addColumn<int>("events");
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("group");
        QTest::addColumn<QString>("expected"); // in the message
        QTest::newRow("no name") << "  " << 3 << ""
                                 << ""
                                 << "" << 0 << ""
                                 << ""
                                 << "needs a name";
        QTest::newRow("long name") << QString(121, QLatin1Char('x')) << 3 << ""
                                   << ""
                                   << "" << 0 << ""
                                   << ""
                                   << "too long";
        QTest::newRow("nothing") << "Everyone" << 0 << ""
                                 << ""
                                 << "" << 0 << ""
                                 << ""
                                 << "selects by nothing";
        QTest::newRow("level") << "Core" << 9 << ""
                               << ""
                               << "" << 0 << ""
                               << ""
                               << "level 9";
        QTest::newRow("negative level") << "Core" << -1 << ""
                                        << ""
                                        << "" << 0 << ""
                                        << ""
                                        << "level -1";
        QTest::newRow("role") << "Kings" << 0 << "king"
                              << ""
                              << "" << 0 << ""
                              << ""
                              << "\"king\"";
        QTest::newRow("area") << "Cooks" << 0 << ""
                              << "cooking"
                              << "" << 0 << ""
                              << ""
                              << "\"cooking\"";
        QTest::newRow("since without area") << "Lately" << 0 << ""
                                            << ""
                                            << "2026-01-01" << 0 << ""
                                            << ""
                                            << "needs the area";
        QTest::newRow("day") << "Lately" << 0 << ""
                             << "coding"
                             << "last spring" << 0 << ""
                             << ""
                             << "\"last spring\"";
        QTest::newRow("events") << "Regulars" << 0 << ""
                                << ""
                                << "" << -2 << ""
                                << ""
                                << "-2 events";
        QTest::newRow("unknown tag") << "Tagged" << 0 << ""
                                     << ""
                                     << "" << 0 << kDeletedTag << "" << kDeletedTag;
        QTest::newRow("unknown group") << "Grouped" << 0 << ""
                                       << ""
                                       << "" << 0 << "" << kDeletedTag << kDeletedTag;
    }

    void refusalsNameTheListAndTheCauseAndWriteNothing()
    {
        QFETCH(QString, name);
        QFETCH(int, level);
        QFETCH(QString, role);
        QFETCH(QString, area);
        QFETCH(QString, since);
        QFETCH(int, events);
        QFETCH(QString, tag);
        QFETCH(QString, group);
        QFETCH(QString, expected);
        PeopleQuery query;
        query.minLeadershipLevel = level;
        query.role = role;
        query.contributedArea = area;
        query.contributedSince = since;
        query.minEventsAttended = events;
        query.groupId = group;
        if (!tag.isEmpty())
            query.tagIds = {tag};
        const auto saved = lists().save(name, query);
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().code, std::string("invalid_value"));
        const QString message = QString::fromStdString(saved.error().message);
        QVERIFY2(message.contains(expected), qPrintable(message));
        if (!name.trimmed().isEmpty() && name.size() <= 120)
            QVERIFY2(message.contains(QLatin1Char('"') + name + QLatin1Char('"')), qPrintable(message));
        QCOMPARE(store().pendingCount(), 0);
        QVERIFY(lists().list()->empty());
    }

    void aLeadersToolOwnedByItsSaver()
    {
        PeopleQuery query;
        query.minLeadershipLevel = 2;
        for (const char *role : {"member", "applicant"}) {
            signIn(QStringLiteral("mo"), QLatin1String(role));
            QVERIFY(!lists().maySave());
            const auto refused = lists().save(QStringLiteral("Mine"), query);
            QCOMPARE(refused.error().code, std::string("forbidden"));
        }
        QCOMPARE(store().pendingCount(), 0);
        signIn(QStringLiteral("lea"), QStringLiteral("leader"));
        QVERIFY(lists().maySave());
        const auto id = lists().save(QStringLiteral("Lea's"), query, true);
        QVERIFY(id.ok());
        // Another leader neither changes nor deletes it; an admin deletes a shared one.
        QVERIFY(store().setSetting(QStringLiteral("person_id"), QStringLiteral("kofi")).ok());
        QCOMPARE(lists().update(*id, QStringLiteral("Kofi's now"), query).error().code, std::string("forbidden"));
        const auto refused = lists().remove(*id);
        QCOMPARE(refused.error().code, std::string("forbidden"));
        QVERIFY(QString::fromStdString(refused.error().message).contains(QStringLiteral("\"Lea's\"")));
        signIn(QStringLiteral("ada"), QStringLiteral("admin"));
        QVERIFY(lists().remove(*id).ok());
    }

    void aDefinitionThisDeviceCannotReadSelectsNobodyAndSaysWhy()
    {
        QSqlQuery query(store().database());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO smart_list (id, name, definition, sharing, owner_id) VALUES "
                                          "('l1', 'From the future', '{\"v\":2,\"min_level\":1}', 'leaders', 'ada')")));
        const auto list = lists().byId(QStringLiteral("l1"));
        QVERIFY(list.ok());
        QVERIFY(list->problem.contains(QStringLiteral("\"From the future\"")));
        QVERIFY(!lists().count(*list).ok());
    }
};

QTEST_GUILESS_MAIN(TestSmartLists)
#include "tst_smartlists.moc"
