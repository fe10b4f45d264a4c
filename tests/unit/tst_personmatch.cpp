#include "common/PersonMatch.h"

#include <QTest>

#include <set>

using namespace commonroom;
using namespace commonroom::matching;

namespace {

FieldMap person(std::string name, std::string email = {}, std::string phone = {}, std::string area = "Lisboa")
{
    FieldMap fields {{"display_name", std::move(name)}, {"area", std::move(area)}};
    if (!email.empty())
        fields["email"] = std::move(email);
    if (!phone.empty())
        fields["phone"] = std::move(phone);
    return fields;
}

std::vector<std::string> words(std::initializer_list<const char *> list)
{
    return {list.begin(), list.end()};
}

} // namespace

class TestPersonMatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jaroWinklerHasTheTextbookValues()
    {
        QCOMPARE(qRound(jaroWinkler("martha", "marhta") * 1000), 961);
        QCOMPARE(qRound(jaroWinkler("dwayne", "duane") * 1000), 840);
        QCOMPARE(qRound(jaroWinkler("dixon", "dicksonx") * 1000), 813);
        QCOMPARE(jaroWinkler("same", "same"), 1.0);
        QCOMPARE(jaroWinkler("abc", "xyz"), 0.0);
        QCOMPARE(jaroWinkler("", "abc"), 0.0);
    }

    void namesOfEveryScriptComeInLatinLetters()
    {
        QCOMPARE(latinWords("  José  GARCÍA-Pérez "), words({"jose", "garcia", "perez"}));
        QCOMPARE(latinWords("Александр Иванов"), words({"aleksandr", "ivanov"}));
        QCOMPARE(latinWords("Łukasz Żółw"), words({"lukasz", "zolw"}));
        const auto greek = latinWords("Νίκος Παπαδόπουλος");
        QCOMPARE(greek.size(), std::size_t(2));
        QCOMPARE(greek.at(0).substr(0, 3), std::string("nik"));
        QVERIFY(latinWords("").empty());
    }

    void shortFormsBecomeTheirFullName()
    {
        QCOMPARE(fullForm("bob"), std::string_view("robert"));
        QCOMPARE(fullForm("pepe"), std::string_view("jose"));
        QCOMPARE(fullForm("maria"), std::string_view("maria"));
        const auto bob = profileOf("a", person("Bob Smith"));
        const auto robert = profileOf("b", person("Robert Smith"));
        QCOMPARE(bob.nameKey, robert.nameKey);
    }

    void emailsAreComparedInTheirCanonicalForm()
    {
        QCOMPARE(canonicalEmail(" Ana.Garcia+lists@GMail.com "), std::string("anagarcia@gmail.com"));
        QCOMPARE(canonicalEmail("ana.garcia+x@example.org"), std::string("ana.garcia@example.org"));
        QCOMPARE(canonicalEmail("not an address"), std::string());
    }

    void phoneticCodesForgiveSpellings()
    {
        QCOMPARE(phoneticCode("robert"), std::string("r163"));
        QCOMPARE(phoneticCode("rupert"), std::string("r163"));
        QCOMPARE(phoneticCode("aleksandr"), phoneticCode("alexander"));
        QVERIFY(phoneticCode("garcia") != phoneticCode("gomez"));
    }

    void transliteratedNamesAreComparedByTheirConsonants()
    {
        QCOMPARE(skeleton("hosseini"), std::string("hsn"));
        QCOMPARE(skeleton("aarav"), std::string("arv"));
        bool transliterated = false;
        const auto persian = latinWords("رضا حسینی", &transliterated);
        QVERIFY(transliterated);
        const auto latin = words({"reza", "hosseini"});
        QVERIFY(nameSimilarity(persian, latin, true) > nameSimilarity(persian, latin));
        latinWords("Reza Hosseini", &transliterated);
        QVERIFY(!transliterated);
        QVERIFY(profileOf("a", person("رضا حسینی")).transliterated);
    }

    void nameSimilarityIgnoresOrderAndForgivesAMissingWord()
    {
        QCOMPARE(nameSimilarity(words({"ana", "garcia"}), words({"garcia", "ana"})), 1.0);
        const double shorter = nameSimilarity(words({"jose", "luis", "garcia"}), words({"jose", "garcia"}));
        QVERIFY2(shorter > 0.95 && shorter < 1.0, qPrintable(QString::number(shorter)));
        const double typo = nameSimilarity(words({"agnieszka", "dabrowska"}), words({"agneszka", "dabrowska"}));
        QVERIFY2(typo > 0.94 && typo < 1.0, qPrintable(QString::number(typo)));
        QVERIFY(nameSimilarity(words({"ana", "garcia"}), words({"piotr", "nowak"})) < 0.6);
        QCOMPARE(nameSimilarity({}, words({"ana"})), 0.0);
    }

    void evidenceAddsUpAndIsExplained()
    {
        const auto a = profileOf("a", person("Agnieszka Dąbrowska", "aga@example.org", "+351 912 345 678"));
        const auto typo = profileOf("b", person("Agneszka Dabrowska", "AGA@example.org", "912345678"));
        const Evidence strong = compare(a, typo, 1);
        QVERIFY(strong.sameEmail && strong.samePhone && strong.sameArea);
        QVERIFY(strong.score > 0.999);
        QCOMPARE(explain(strong), std::string("same e-mail, same phone, names 0.98 alike, same area"));

        // Two people of one common name in one city, each with an address of their own: not one.
        const auto other = profileOf("c", person("Agnieszka Dąbrowska", "agnieszka.d@example.net"));
        const Evidence common = compare(a, other, 64);
        QCOMPARE(common.names, 1.0);
        QVERIFY2(common.score < 0.1, qPrintable(QString::number(common.score)));
        QCOMPARE(explain(common), std::string("same name, same area"));
        // The same name is worth more when few share it, never enough alone to merge.
        QVERIFY(compare(a, other, 1).score > common.score);

        // A household sharing one phone: different people.
        const auto partner = profileOf("d", person("Tomasz Dąbrowski", {}, "912 345 678"));
        const Evidence household = compare(a, partner, 1);
        QVERIFY(household.samePhone);
        QVERIFY2(household.score < 0.5, qPrintable(QString::number(household.score)));
    }

    void theWholeDirectoryScanFindsExactlyTheInjectedPairs()
    {
        // Twelve people, then six of them again as another sign-up sheet or import wrote them.
        const std::vector<FieldMap> people {
            person("Agnieszka Dąbrowska", "aga@example.org", "+351 912 345 678"), // 0
            person("Robert Fischer", "rf@example.de", "+49 170 1234567", "Berlin"), // 1
            person("Mateo Silva", "mateo@example.org", "+351 933 000 111"), // 2
            person("Александр Иванов", "sasha@example.ru", "+7 916 555 0101", "Berlin"), // 3
            person("Fatima Zahra Benali", "fz@example.org", "+34 600 123 456", "Madrid"), // 4
            person("Chen Wei", "chen.wei@example.cn", "+86 138 0000 1111", "Berlin"), // 5
            person("Ana García", "ana.garcia@example.es", "+34 611 222 333", "Madrid"), // 6
            person("Ana García", "agarcia@example.es", "+34 622 333 444", "Madrid"), // 7: another Ana
            person("Tomasz Dąbrowski", {}, "+351 912 345 678"), // 8: shares 0's phone
            person("Lucía Fernández", "lucia@example.es", {}, "Madrid"), // 9
            person("Kwame Mensah", "kwame@example.org", "+233 24 123 4567", "Accra"), // 10
            person("Ngozi Okafor", "ngozi@example.org", {}, "Lagos"), // 11
            person("Agneszka Dabrowska", "aga@example.org", {}), // 12 ~ 0: typo, no phone
            person("Bob Fischer", {}, "0170 1234567", "Berlin"), // 13 ~ 1: short form, phone written otherwise
            person("Silva Mateo", "mateo.silva@example.com", "00351933000111"), // 14 ~ 2: order, new e-mail
            person("Aleksandr Ivanov", "SASHA@example.ru", {}, "Berlin"), // 15 ~ 3: transliterated
            person("Fatima Benali", "fz+news@example.org", {}, "Madrid"), // 16 ~ 4: a name left out, tagged e-mail
            person("Lucia Fernandez", "lucia@example.es", "+34 655 000 000", "Madrid"), // 17 ~ 9: accents
        };
        std::vector<Profile> profiles;
        for (std::size_t i = 0; i < people.size(); ++i)
            profiles.push_back(profileOf(std::to_string(i), people[i]));
        const Scan scan = findDuplicates(profiles, 0.9);
        std::set<std::pair<int, int>> found;
        for (const auto &pair : scan.pairs)
            found.insert({int(pair.a), int(pair.b)});
        const std::set<std::pair<int, int>> injected {{0, 12}, {1, 13}, {2, 14}, {3, 15}, {4, 16}, {9, 17}};
        QCOMPARE(found, injected);
        QVERIFY(scan.comparisons >= injected.size());
        QCOMPARE(scan.oversizedBlocks, std::size_t(0));
        for (std::size_t i = 1; i < scan.pairs.size(); ++i)
            QVERIFY(scan.pairs[i - 1].evidence.score >= scan.pairs[i].evidence.score);
    }

    void aBlockTooLargeIsLeftOutAndCounted()
    {
        // kMaxBlock + 1 people of one name in one city with nothing else: none is compared by name.
        std::vector<Profile> profiles;
        for (std::size_t i = 0; i <= kMaxBlock; ++i)
            profiles.push_back(profileOf(std::to_string(i), person("Maria Santos")));
        const Scan scan = findDuplicates(profiles, 0.0);
        QCOMPARE(scan.comparisons, std::size_t(0));
        QVERIFY(scan.pairs.empty());
        QCOMPARE(scan.oversizedBlocks, std::size_t(2)); // "santos" with m, "maria" with s
    }
};

QTEST_APPLESS_MAIN(TestPersonMatch)
#include "tst_personmatch.moc"
