#include "common/Merge.h"

#include <QTest>

#include <algorithm>
#include <random>

using namespace commonroom;

class TestMerge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newerWriteWinsPerField()
    {
        VersionedRow row;
        mergeFields(row, {{"email", std::string("a@x")}, {"phone", std::string("1")}}, {10, "site-a"});
        const auto changed = mergeFields(row, {{"email", std::string("b@x")}}, {20, "site-b"});
        QCOMPARE(changed, std::vector<std::string> {"email"});
        QCOMPARE(std::get<std::string>(row.values["email"]), std::string("b@x"));
        QCOMPARE(std::get<std::string>(row.values["phone"]), std::string("1"));
        QCOMPARE(row.versions["phone"].hlc, 10u);
    }

    void olderWriteLoses()
    {
        VersionedRow row;
        mergeFields(row, {{"bio", std::string("new")}}, {20, "site-a"});
        const auto changed = mergeFields(row, {{"bio", std::string("old")}}, {19, "site-z"});
        QVERIFY(changed.empty());
        QCOMPARE(std::get<std::string>(row.values["bio"]), std::string("new"));
    }

    void equalHlcIsBrokenBySite()
    {
        VersionedRow first;
        mergeFields(first, {{"bio", std::string("from a")}}, {5, "site-a"});
        mergeFields(first, {{"bio", std::string("from b")}}, {5, "site-b"});
        VersionedRow second;
        mergeFields(second, {{"bio", std::string("from b")}}, {5, "site-b"});
        mergeFields(second, {{"bio", std::string("from a")}}, {5, "site-a"});
        QCOMPARE(first.values, second.values);
        QCOMPARE(std::get<std::string>(first.values["bio"]), std::string("from b"));
    }

    void replayingTheSameWriteChangesNothing()
    {
        VersionedRow row;
        mergeFields(row, {{"bio", std::string("x")}}, {5, "site-a"});
        QVERIFY(mergeFields(row, {{"bio", std::string("x")}}, {5, "site-a"}).empty());
    }

    void deletesAreFinal()
    {
        VersionedRow row;
        mergeFields(row, {{"bio", std::string("x")}}, {5, "site-a"});
        row.deleted = true;
        QVERIFY(mergeFields(row, {{"bio", std::string("y")}}, {500, "site-a"}).empty());
        QCOMPARE(std::get<std::string>(row.values["bio"]), std::string("x"));
    }

    void anyOrderConverges()
    {
        struct Write
        {
            FieldMap fields;
            FieldVersion version;
        };
        std::vector<Write> writes;
        for (int i = 0; i < 40; ++i) {
            const std::string field = i % 3 == 0 ? "email" : (i % 3 == 1 ? "phone" : "bio");
            writes.push_back({{{field, std::string("v") + std::to_string(i)}},
                {std::uint64_t(i % 7), "site-" + std::to_string(i % 4)}});
        }
        VersionedRow reference;
        for (const auto &write : writes)
            mergeFields(reference, write.fields, write.version);
        std::mt19937 random(1234);
        for (int round = 0; round < 50; ++round) {
            std::shuffle(writes.begin(), writes.end(), random);
            VersionedRow row;
            for (const auto &write : writes)
                mergeFields(row, write.fields, write.version);
            QCOMPARE(row.values, reference.values);
            QCOMPARE(row.versions, reference.versions);
        }
    }

    void versionsRoundTrip()
    {
        VersionMap versions {{"bio", {123456789012345ull, "site-a"}}, {"email", {1, "s\"b"}}};
        QCOMPARE(decodeVersions(encodeVersions(versions)), versions);
        QVERIFY(decodeVersions("not json").empty());
        QVERIFY(decodeVersions(R"({"bio":"wrong"})").empty());
    }
};

QTEST_GUILESS_MAIN(TestMerge)
#include "tst_merge.moc"
