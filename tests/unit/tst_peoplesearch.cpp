#include "common/Clock.h"
#include "desktop/core/Exporter.h"
#include "desktop/core/LocalStore.h"
#include "desktop/core/PeopleSearch.h"

#include "common/Privacy.h"
#include "common/ProfileMedia.h"
#include "common/Schema.h"
#include "tests/TestIds.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <set>

using namespace commonroom;

namespace {

protocol::PullResponse page(
    std::vector<protocol::Change> changes, std::vector<protocol::RowRef> purge = {}, bool hasMore = false)
{
    static int cursor = 0;
    protocol::PullResponse response;
    response.changes = std::move(changes);
    response.purge = std::move(purge);
    response.cursor = "1." + std::to_string(++cursor);
    response.hasMore = hasMore;
    return response;
}

protocol::Change personChange(const std::string &id, FieldMap fields)
{
    return protocol::Change {0, "person", id, std::move(fields), false};
}

// Parses vCards back: unfolds, splits properties, unescapes values. Keys are property names
// (parameters dropped); repeated cards are separated by BEGIN.
std::vector<std::map<QString, QString>> parseVCards(const QByteArray &data)
{
    std::vector<std::map<QString, QString>> cards;
    QByteArray unfolded = data;
    unfolded.replace("\r\n ", "");
    for (const QByteArray &rawLine : unfolded.split('\n')) {
        if (rawLine.isEmpty())
            continue;
        if (!rawLine.endsWith('\r'))
            return {}; // every line must end in CRLF
        const QString line = QString::fromUtf8(rawLine.chopped(1));
        const int colon = line.indexOf(QLatin1Char(':'));
        const QString name = line.left(colon).section(QLatin1Char(';'), 0, 0);
        QString value;
        const QString raw = line.mid(colon + 1);
        for (int i = 0; i < raw.size(); ++i) {
            if (raw.at(i) == QLatin1Char('\\') && i + 1 < raw.size()) {
                const QChar next = raw.at(++i);
                value += (next == QLatin1Char('n') || next == QLatin1Char('N')) ? QChar(QLatin1Char('\n')) : next;
            } else {
                value += raw.at(i);
            }
        }
        if (name == QLatin1String("BEGIN"))
            cards.emplace_back();
        if (!cards.empty())
            cards.back()[name] = name == QLatin1String("N") || name == QLatin1String("ADR") ? raw : value;
    }
    return cards;
}

// RFC 4180 reader for the round trip.
std::vector<QStringList> parseCsv(const QByteArray &data)
{
    std::vector<QStringList> rows;
    const QString text = QString::fromUtf8(data);
    QStringList row;
    QString fieldText;
    bool quoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                fieldText += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                fieldText += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << fieldText;
            fieldText.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            row << fieldText;
            fieldText.clear();
            rows.push_back(row);
            row.clear();
            ++i;
        } else {
            fieldText += c;
        }
    }
    return rows;
}

PeopleQuery textQuery(const QString &text)
{
    PeopleQuery query;
    query.text = text;
    return query;
}

} // namespace

class TestPeopleSearch : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
    std::unique_ptr<LocalStore> m_store;
    int m_counter = 0;
    std::map<std::string, std::string> m_ids; // a short name of each person → id

    std::string add(const std::string &key, FieldMap fields)
    {
        const std::string id = newTestId();
        m_ids[key] = id;
        const auto status = m_store->applyPullPage(page({personChange(id, std::move(fields))}));
        if (!status.ok())
            qFatal("%s", status.error().message.c_str());
        return id;
    }

    std::vector<QString> search(PeopleQuery query, int count = 100)
    {
        PeopleSearch search(m_store->database(), std::move(query));
        auto ids = search.next(count);
        if (!ids.ok())
            qFatal("%s", ids.error().message.c_str());
        return *ids;
    }

    std::vector<QString> find(const QString &text) { return search(textQuery(text)); }

    QString id(const std::string &key) const { return QString::fromStdString(m_ids.at(key)); }

    int indexedCount(const QString &match)
    {
        QSqlQuery query(m_store->database());
        query.prepare(QStringLiteral("SELECT count(*) FROM person_fts WHERE person_fts MATCH ?"));
        query.addBindValue(match);
        if (!query.exec() || !query.next())
            return -1;
        return query.value(0).toInt();
    }

    bool indexIsIntact()
    {
        QSqlQuery query(m_store->database());
        return query.exec(QStringLiteral("INSERT INTO person_fts(person_fts, rank) VALUES ('integrity-check', 1)"));
    }

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<LocalStore>(m_clock);
        const auto opened = m_store->open(m_dir.filePath(QStringLiteral("db-%1.sqlite").arg(++m_counter)));
        QVERIFY2(opened.ok(), opened.ok() ? "" : opened.error().message.c_str());
        m_ids.clear();
        add("ana",
            {{"display_name", std::string("Ana García")}, {"given_name", std::string("Ana")},
                {"family_name", std::string("García")}, {"area", std::string("Lisbon")},
                {"skills", std::string("web design, cooking")}, {"languages", std::string("Spanish, English")},
                {"role", std::string("leader")}, {"leadership_level", std::int64_t(4)}});
        add("jose",
            {{"display_name", std::string("José Núñez")}, {"area", std::string("Porto")},
                {"skills", std::string("carpentry")}, {"languages", std::string("Portuguese")},
                {"role", std::string("member")}, {"leadership_level", std::int64_t(2)}});
        add("anabel",
            {{"display_name", std::string("Anabel Ortiz")}, {"area", std::string("Lisbon")},
                {"bio", std::string("Loves the garden by the river")}, {"role", std::string("member")}});
        add("garden",
            {{"display_name", std::string("Bruno Costa")}, {"area", std::string("lisbon")},
                {"bio", std::string("Anabel's neighbour; grows garlic")}, {"role", std::string("member")}});
        add("hidden", {{"area", std::string("Porto")}}); // a name not shared with this user
    }

    void cleanup() { m_store.reset(); }

    void matchExpressionQuotesEveryWord()
    {
        QCOMPARE(PeopleSearch::matchExpression(QStringLiteral("  ana   gar ")), QStringLiteral("\"ana\"* \"gar\"*"));
        QCOMPARE(
            PeopleSearch::matchExpression(QStringLiteral("say \"hi\"")), QStringLiteral("\"say\"* \"\"\"hi\"\"\"*"));
        QCOMPARE(PeopleSearch::matchExpression(QStringLiteral("OR NOT * ( ) -")), QStringLiteral("\"OR\"* \"NOT\"*"));
        QCOMPARE(PeopleSearch::matchExpression(QString()), QString());
    }

    void accentsAndCaseAreFolded()
    {
        // Anabel (bio: garden) and Bruno (bio: Anabel, garlic) match too, below Ana's name.
        QCOMPARE(find(QStringLiteral("ana gar")).front(), id("ana"));
        QCOMPARE(find(QStringLiteral("ana garc")), std::vector<QString> {id("ana")});
        QCOMPARE(find(QStringLiteral("jose nun")), std::vector<QString> {id("jose")});
        QCOMPARE(find(QStringLiteral("NÚÑEZ")), std::vector<QString> {id("jose")});
        QCOMPARE(find(QStringLiteral("josé")), std::vector<QString> {id("jose")});
        QCOMPARE(find(QStringLiteral("Garcia")), std::vector<QString> {id("ana")});
    }

    void namesRankAboveOtherFields()
    {
        // "anabel" is Anabel's name and only a word of Bruno's bio; "an" is a prefix of both
        // Ana's and Anabel's names.
        const auto anabel = find(QStringLiteral("anabel"));
        QCOMPARE(anabel.size(), std::size_t(2));
        QCOMPARE(anabel[0], id("anabel"));
        QCOMPARE(anabel[1], id("garden"));
        const auto an = find(QStringLiteral("an"));
        QCOMPARE(an.size(), std::size_t(3));
        QCOMPARE(an.back(), id("garden"));
        // Prefix of a bio word.
        QCOMPARE(find(QStringLiteral("garl")), std::vector<QString> {id("garden")});
        QCOMPARE(find(QStringLiteral("gar")).size(), std::size_t(3)); // García, garden, garlic
    }

    void querySyntaxInTheTextIsHarmless()
    {
        for (const char *text : {"\"", "ana\"", "\"ana", "ana OR jose", "NOT ana", "ana AND", "NEAR(ana jose)",
                 "display_name:ana", "{bio}:garden", "ana*", "^ana", "-ana", "(ana", "ana)", "'; DROP TABLE person; --",
                 "\\", "*", "+", "\x01"}) {
            PeopleSearch search(m_store->database(), textQuery(QString::fromUtf8(text)));
            const auto ids = search.next(100);
            QVERIFY2(ids.ok(), text);
        }
        // Operators are words like any other: nobody has "or" or "not" in their profile.
        QVERIFY(find(QStringLiteral("ana OR jose")).empty());
        QVERIFY(find(QStringLiteral("NOT ana")).empty());
        // A column filter typed by the user is text, not a filter.
        QVERIFY(find(QStringLiteral("bio:garden")).empty());
        QCOMPARE(find(QStringLiteral("\"ana\" \"garcía\"")), std::vector<QString> {id("ana")});
        QVERIFY(m_store->row("person", id("ana")).has_value());
    }

    void emptyTextListsByNameWithHiddenNamesLast()
    {
        const auto all = find(QString());
        QCOMPARE(all.size(), std::size_t(5));
        QCOMPARE(all[0], id("ana"));
        QCOMPARE(all[1], id("anabel"));
        QCOMPARE(all[2], id("garden"));
        QCOMPARE(all[3], id("jose"));
        QCOMPARE(all[4], id("hidden"));
    }

    void filtersCombineWithTheText()
    {
        PeopleQuery lisbon;
        lisbon.area = QStringLiteral("LISBON");
        QCOMPARE(search(lisbon), (std::vector<QString> {id("ana"), id("anabel"), id("garden")}));
        lisbon.text = QStringLiteral("an");
        QCOMPARE(search(lisbon).size(), std::size_t(3));
        lisbon.role = QStringLiteral("member");
        QCOMPARE(search(lisbon), (std::vector<QString> {id("anabel"), id("garden")}));

        PeopleQuery skill;
        skill.skill = QStringLiteral("Web Design");
        QCOMPARE(search(skill), std::vector<QString> {id("ana")});
        skill.skill = QStringLiteral("design web"); // a phrase, in order
        QVERIFY(search(skill).empty());

        PeopleQuery language;
        language.language = QStringLiteral("portuguese");
        QCOMPARE(search(language), std::vector<QString> {id("jose")});
        language.text = QStringLiteral("ana");
        QVERIFY(search(language).empty());

        PeopleQuery level;
        level.minLeadershipLevel = 3;
        QCOMPARE(search(level), std::vector<QString> {id("ana")});
        level.minLeadershipLevel = 2;
        QCOMPARE(search(level), (std::vector<QString> {id("ana"), id("jose")}));
    }

    void groupFilterTakesActiveMembersOnly()
    {
        const std::string group = newTestId();
        QVERIFY(
            m_store
                ->applyPullPage(page({protocol::Change {0, "group", group, {{"name", std::string("Choir")}}, false},
                    protocol::Change {0, "membership", newTestId(),
                        {{"person_id", m_ids["ana"]}, {"group_id", group}, {"state", std::string("active")}}, false},
                    protocol::Change {0, "membership", newTestId(),
                        {{"person_id", m_ids["jose"]}, {"group_id", group}, {"state", std::string("pending")}},
                        false}}))
                .ok());
        PeopleQuery query;
        query.groupId = QString::fromStdString(group);
        QCOMPARE(search(query), std::vector<QString> {id("ana")});

        const auto cards = Exporter(*m_store).vCardOfGroup(QString::fromStdString(group));
        QVERIFY(cards.ok());
        const auto parsed = parseVCards(*cards);
        QCOMPARE(parsed.size(), std::size_t(1));
        QCOMPARE(parsed[0].at(QStringLiteral("FN")), QStringLiteral("Ana García"));
        QVERIFY(!Exporter(*m_store).vCardOfGroup(QStringLiteral("no-such-group")).ok());
    }

    void pagesContinueWhereTheyStopped()
    {
        // More matches than are ranked: the rest follows, each person exactly once.
        std::vector<protocol::Change> changes;
        for (int i = 0; i < PeopleSearch::kRankedCandidates + 150; ++i)
            changes.push_back(personChange(newTestId(),
                {{"display_name", "Marta " + std::to_string(i)}, {"bio", std::string(i % 3 ? "" : "marta marta")}}));
        QVERIFY(m_store->applyPullPage(page(std::move(changes))).ok());
        PeopleSearch search(m_store->database(), textQuery(QStringLiteral("mart")));
        std::set<QString> seen;
        int pages = 0;
        while (!search.atEnd()) {
            auto ids = search.next(200);
            QVERIFY(ids.ok());
            for (const auto &one : *ids)
                QVERIFY2(seen.insert(one).second, "a person came twice");
            ++pages;
            QVERIFY(pages < 20);
        }
        QCOMPARE(int(seen.size()), PeopleSearch::kRankedCandidates + 150);
    }

    void aSearchWithoutTextSelectsOnceForItsCountAndPages()
    {
        const auto selections = [this] {
            QSqlQuery query(m_store->database());
            query.exec(QStringLiteral("SELECT count(*) FROM sqlite_temp_master WHERE type = 'table' "
                                      "AND name LIKE 'people_selection_%'"));
            return query.next() ? query.value(0).toInt() : -1;
        };
        PeopleQuery lisbon;
        lisbon.area = QStringLiteral("Lisbon");
        {
            PeopleSearch search(m_store->database(), lisbon);
            const auto first = search.next(2);
            QVERIFY(first.ok());
            QCOMPARE(first->size(), std::size_t(2));
            QCOMPARE(selections(), 1);
            // A person who comes to match later is in neither the count nor the pages of this
            // search: they agree with each other, and the next search sees them.
            add("later", {{"display_name", std::string("Zoe Lima")}, {"area", std::string("Lisbon")}});
            QCOMPARE(search.count().value(), qint64(3));
            PeopleSearch moved = std::move(search);
            const auto rest = moved.next(10);
            QVERIFY(rest.ok());
            QCOMPARE(rest->size(), std::size_t(1));
            QVERIFY(moved.atEnd());
            QCOMPARE(selections(), 1); // moved with the search, not dropped
            QCOMPARE(PeopleSearch(m_store->database(), lisbon).count().value(), qint64(4));
        }
        QCOMPARE(selections(), 0); // dropped with the searches

        // A criterion the database refuses is an error of the search, and leaves no table behind.
        PeopleQuery broken;
        broken.groupId = QStringLiteral("any");
        QSqlQuery rename(m_store->database());
        QVERIFY(rename.exec(QStringLiteral("ALTER TABLE membership RENAME TO membership_gone")));
        PeopleSearch failing(m_store->database(), broken);
        QVERIFY(!failing.count().ok());
        QVERIFY(!failing.next(5).ok());
        QCOMPARE(selections(), 0);
    }

    void indexFollowsLocalEditsAndPulls()
    {
        // A local edit.
        QVERIFY(m_store->updateRow("person", id("jose"), {{"display_name", std::string("Joaquín Núñez")}}).ok());
        QVERIFY(find(QStringLiteral("jose")).empty());
        QCOMPARE(find(QStringLiteral("joaquin")), std::vector<QString> {id("jose")});
        // A local create and delete.
        auto created = m_store->createRow("person", {{"display_name", std::string("Zoë Kowalski")}});
        QVERIFY(created.ok());
        QCOMPARE(find(QStringLiteral("zoe kow")), std::vector<QString> {*created});
        QVERIFY(m_store->deleteRow("person", *created).ok());
        QVERIFY(find(QStringLiteral("zoe")).empty());
        // A pulled page replacing a row (the daemon's version wins over nothing pending).
        QVERIFY(
            m_store
                ->applyPullPage(page({personChange(m_ids["anabel"], {{"display_name", std::string("Anabela Ortiz")}})}))
                .ok());
        QCOMPARE(find(QStringLiteral("anabela")), std::vector<QString> {id("anabel")});
        QVERIFY(find(QStringLiteral("river")).empty()); // the bio is no longer sent
        // A pulled delete and a purge.
        QVERIFY(m_store->applyPullPage(page({protocol::Change {0, "person", m_ids["anabel"], {}, true}})).ok());
        QVERIFY(find(QStringLiteral("anabela")).empty());
        QVERIFY(m_store->applyPullPage(page({}, {protocol::RowRef {"person", m_ids["garden"]}})).ok());
        QVERIFY(find(QStringLiteral("garlic")).empty());
        QVERIFY(indexIsIntact());
    }

    void pendingEditsSurviveAPullInTheIndex()
    {
        QVERIFY(m_store->updateRow("person", id("ana"), {{"bio", std::string("Beekeeper")}}).ok());
        QVERIFY(
            m_store
                ->applyPullPage(page({personChange(m_ids["ana"], {{"display_name", std::string("Ana María García")}})}))
                .ok());
        QCOMPARE(find(QStringLiteral("beekeep")), std::vector<QString> {id("ana")});
        QCOMPARE(find(QStringLiteral("maria")), std::vector<QString> {id("ana")});
        QVERIFY(indexIsIntact());
    }

    void refetchAndWipeEmptyTheIndex()
    {
        QVERIFY(m_store->beginRefetch().ok());
        QVERIFY(
            m_store->applyPullPage(page({personChange(m_ids["ana"], {{"display_name", std::string("Ana García")}})}))
                .ok());
        QCOMPARE(find(QStringLiteral("ana")), std::vector<QString> {id("ana")}); // Anabel was not sent again
        QVERIFY(find(QStringLiteral("nunez")).empty());
        QVERIFY(indexIsIntact());
        QVERIFY(m_store->wipe().ok());
        QVERIFY(find(QStringLiteral("ana")).empty());
        QCOMPARE(indexedCount(QStringLiteral("\"a\"*")), 0);
        QVERIFY(indexIsIntact());
    }

    void hiddenValuesAreNeverIndexed()
    {
        // Canary: a value the user may not see is NULL on the device, so it cannot be found.
        const std::string canary = "quuxcanary";
        add("private", {{"display_name", std::string("Priya Raman")}, {"interests", std::string("birds")}});
        QCOMPARE(find(QStringLiteral("birds")), std::vector<QString> {id("private")});
        QVERIFY(
            m_store
                ->applyPullPage(page({personChange(m_ids["private"],
                    {{"display_name", std::string("Priya Raman")}, {"interests_visibility", std::string("leaders")}})}))
                .ok());
        QVERIFY(find(QStringLiteral("birds")).empty());
        QCOMPARE(indexedCount(QStringLiteral("birds")), 0);
        // And the old terms leave the file, not only the results.
        m_store.reset();
        QFile file(m_dir.filePath(QStringLiteral("db-%1.sqlite").arg(m_counter)));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains("Priya Raman"));
        QVERIFY2(!bytes.contains("birds"), "the hidden value's terms stayed in the search index");
        Q_UNUSED(canary);
    }

    void vCardEscapesFoldsAndRoundTrips()
    {
        const QString longBio
            = QStringLiteral("Organizer; tenants, housing\\rights.\nSecond line: ") + QString(60, QChar(0x00E9));
        add("card",
            {{"display_name", std::string("Zoë O'Brien, Jr.")}, {"given_name", std::string("Zoë")},
                {"family_name", std::string("O'Brien;Jr")}, {"email", std::string("zoe@example.org")},
                {"phone", std::string("+351 21 000 0000")}, {"area", std::string("Lisbon")},
                {"bio", longBio.toStdString()}});
        const auto card = Exporter(*m_store).vCardOfPerson(id("card"));
        QVERIFY(card.ok());
        for (const QByteArray &line : card->split('\n'))
            QVERIFY2(line.size() <= 76, line.constData()); // 75 octets + CR
        QVERIFY(QString::fromUtf8(*card).isValidUtf16());
        QVERIFY(!card->contains(QByteArray("\xC3\r\n")));
        const auto parsed = parseVCards(*card);
        QCOMPARE(parsed.size(), std::size_t(1));
        const auto &properties = parsed[0];
        QCOMPARE(properties.at(QStringLiteral("VERSION")), QStringLiteral("4.0"));
        QCOMPARE(properties.at(QStringLiteral("FN")), QStringLiteral("Zoë O'Brien, Jr."));
        QCOMPARE(properties.at(QStringLiteral("N")), QStringLiteral("O'Brien\\;Jr;Zoë;;;"));
        QCOMPARE(properties.at(QStringLiteral("EMAIL")), QStringLiteral("zoe@example.org"));
        QCOMPARE(properties.at(QStringLiteral("TEL")), QStringLiteral("+351 21 000 0000"));
        QCOMPARE(properties.at(QStringLiteral("NOTE")), longBio);
        QCOMPARE(properties.at(QStringLiteral("UID")), QStringLiteral("urn:uuid:") + id("card"));
        QVERIFY(card->startsWith("BEGIN:VCARD\r\nVERSION:4.0\r\n"));
        QVERIFY(card->endsWith("END:VCARD\r\n"));

        // What is not on the device is not in the card.
        const auto ana = Exporter(*m_store).vCardOfPerson(id("ana"));
        QVERIFY(ana.ok());
        QVERIFY(!parseVCards(*ana)[0].contains(QStringLiteral("EMAIL")));
        QVERIFY(!Exporter(*m_store).vCardOfPerson(QStringLiteral("nobody")).ok());
    }

    void vCardCarriesPhotoAndLinksOnlyWhenOnTheDevice()
    {
        // A tiny PNG and JPEG: the format is known by magic bytes, as the profile checks it.
        const std::string png = std::string("\x89PNG\r\n\x1a\n", 8) + std::string(200, '\x01');
        const std::string jpeg = std::string("\xFF\xD8\xFF\xE0", 4) + std::string(300, '\x02');
        const std::string pngBase64 = ProfileMedia::encodeBase64(png);
        const std::string jpegBase64 = ProfileMedia::encodeBase64(jpeg);
        const std::string links = "https://example.org/ines\nhttp://garden.example.net/plots?id=3";

        // The rows as the daemon sends them to a member: projected through the owner's choices.
        const TableDef &personTable = *findTable("person");
        const auto asMember = [&](FieldMap row) {
            return *projectRow(personTable, row, Visibility::Members);
        };
        add("shown",
            asMember({{"display_name", std::string("Inês Shown")}, {"photo", pngBase64},
                {"photo_visibility", std::string("members")}, {"links", links},
                {"links_visibility", std::string("public")}}));
        add("hidden",
            asMember({{"display_name", std::string("Hidden Photo")}, {"photo", jpegBase64},
                {"photo_visibility", std::string("leaders")}, {"links", links},
                {"links_visibility", std::string("private")}}));
        add("jpeg", asMember({{"display_name", std::string("Jo Jpeg")}, {"photo", jpegBase64}}));

        const auto linesOf = [](const QByteArray &card) {
            QByteArray unfolded = card;
            unfolded.replace("\r\n ", "");
            QStringList lines;
            for (const QByteArray &line : unfolded.split('\n'))
                lines << QString::fromUtf8(line).chopped(line.endsWith('\r') ? 1 : 0);
            return lines;
        };
        const auto shown = Exporter(*m_store).vCardOfPerson(id("shown"));
        QVERIFY(shown.ok());
        const QStringList shownLines = linesOf(*shown);
        QVERIFY(
            shownLines.contains(QStringLiteral("PHOTO:data:image/png;base64,") + QString::fromStdString(pngBase64)));
        QCOMPARE(shownLines.filter(QRegularExpression(QStringLiteral("^URL:"))),
            (QStringList {QStringLiteral("URL:https://example.org/ines"),
                QStringLiteral("URL:http://garden.example.net/plots?id=3")}));
        for (const QByteArray &line : shown->split('\n'))
            QVERIFY2(line.size() <= 76, line.constData()); // the long photo line is folded
        // The data: URI decodes back to the very image.
        const QString photoLine = shownLines.filter(QRegularExpression(QStringLiteral("^PHOTO:"))).value(0);
        QCOMPARE(ProfileMedia::decodeBase64(photoLine.section(QLatin1Char(','), 1).toStdString()), png);

        const auto jpegCard = Exporter(*m_store).vCardOfPerson(id("jpeg"));
        QVERIFY(jpegCard.ok());
        QVERIFY(linesOf(*jpegCard).contains(
            QStringLiteral("PHOTO:data:image/jpeg;base64,") + QString::fromStdString(jpegBase64)));
        QVERIFY(linesOf(*jpegCard).filter(QRegularExpression(QStringLiteral("^URL:"))).isEmpty());

        // Hidden from this member: not on the device, so not in the card, nor in a group export.
        QVERIFY(!m_store->row(QStringLiteral("person"), id("hidden"))->contains("photo")
            || isNull(m_store->row(QStringLiteral("person"), id("hidden"))->at("photo")));
        const auto hidden = Exporter(*m_store).vCardOfPerson(id("hidden"));
        QVERIFY(hidden.ok());
        QVERIFY(!hidden->contains("PHOTO"));
        QVERIFY(!hidden->contains("URL"));
        QVERIFY(!hidden->contains(QByteArray::fromStdString(jpegBase64.substr(0, 40))));
        QVERIFY(hidden->contains("FN:Hidden Photo"));

        // A value that is not a photo the profile would accept is left out, not exported.
        add("broken",
            {{"display_name", std::string("Broken Photo")}, {"photo", std::string("bm90IGFuIGltYWdl")},
                {"links", std::string("javascript:alert(1)\nhttps://ok.example.org")}});
        const auto broken = Exporter(*m_store).vCardOfPerson(id("broken"));
        QVERIFY(broken.ok());
        QVERIFY(!broken->contains("PHOTO"));
        QCOMPARE(linesOf(*broken).filter(QRegularExpression(QStringLiteral("^URL:"))),
            QStringList {QStringLiteral("URL:https://ok.example.org")});
    }

    void foldingNeverSplitsACharacter()
    {
        const QByteArray line = (QStringLiteral("NOTE:") + QString(100, QChar(0x20AC))).toUtf8(); // 3 octets each
        const QByteArray folded = Exporter::foldLine(line);
        for (const QByteArray &part : folded.split('\n')) {
            QVERIFY(part.size() <= 76);
            QVERIFY(QString::fromUtf8(part).count(QChar(0xFFFD)) == 0);
        }
        QByteArray unfolded = folded;
        QCOMPARE(unfolded.replace("\r\n ", ""), line);
    }

    void csvRoundTripsAwkwardValues()
    {
        const QString bio = QStringLiteral("Says \"hello\", then leaves.\r\nNext line,\nand another");
        add("csv",
            {{"display_name", std::string("Ana, \"the\" Organizer")}, {"bio", bio.toStdString()},
                {"area", std::string("Lisbon")}});
        PeopleQuery query;
        query.area = QStringLiteral("lisbon");
        const auto csv = Exporter(*m_store).csv(query);
        QVERIFY(csv.ok());
        const auto rows = parseCsv(*csv);
        QCOMPARE(rows.size(), std::size_t(5)); // header + Lisbon's four
        QStringList header {QStringLiteral("id")};
        header << Exporter::csvColumns();
        QCOMPARE(rows[0], header);
        const int nameColumn = header.indexOf(QStringLiteral("display_name"));
        const int bioColumn = header.indexOf(QStringLiteral("bio"));
        const auto it
            = std::find_if(rows.begin(), rows.end(), [&](const QStringList &row) { return row[0] == id("csv"); });
        QVERIFY(it != rows.end());
        QCOMPARE(it->at(nameColumn), QStringLiteral("Ana, \"the\" Organizer"));
        QCOMPARE(it->at(bioColumn), bio);
        for (const auto &row : rows)
            QCOMPARE(row.size(), header.size());
        // A limit, and a search with text.
        const auto limited = Exporter(*m_store).csv(textQuery(QStringLiteral("ana")), 1);
        QVERIFY(limited.ok());
        QCOMPARE(parseCsv(*limited).size(), std::size_t(2));
    }

    void csvCellsAreNeverFormulas()
    {
        // Whatever anyone typed into a profile, a spreadsheet opening the export shows text.
        for (const char *typed :
            {"=HYPERLINK(\"http://evil.example\",\"x\")", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(1)", "\t=1", "\r=1"}) {
            const QByteArray cell = Exporter::csvField(QString::fromUtf8(typed));
            const QByteArray unquoted = cell.startsWith('"') ? cell.mid(1) : cell;
            QVERIFY2(unquoted.startsWith('\''), cell.constData());
        }
        QCOMPARE(Exporter::csvField(QStringLiteral("Ana = Organizer")), QByteArray("Ana = Organizer"));
        QCOMPARE(Exporter::csvField(QStringLiteral("=1,2")), QByteArray("\"'=1,2\""));
        QCOMPARE(Exporter::csvField(QString()), QByteArray());
    }

    void migrationBackfillsAnExistingDatabase()
    {
        // A file at version 2 (before the index) with people in it.
        const QString path = m_dir.filePath(QStringLiteral("old.sqlite"));
        {
            LocalStore store(m_clock);
            QVERIFY(store.open(path).ok());
            QSqlQuery query(store.database());
            for (const char *statement :
                {"DROP TRIGGER person_fts_insert", "DROP TRIGGER person_fts_update", "DROP TRIGGER person_fts_delete",
                    "DROP TABLE person_fts", "DROP INDEX person_by_locale_name", "DROP INDEX group_by_locale_name",
                    "DROP INDEX person_applicants", "DROP INDEX contribution_unconfirmed",
                    "DROP INDEX contribution_by_area", "DROP INDEX registration_attended",
                    "DROP INDEX membership_requests", "ALTER TABLE sync_problem DROP COLUMN fields",
                    "PRAGMA user_version=2", "INSERT INTO person (id, display_name) VALUES ('p1', 'Olga Ivanova')"})
                QVERIFY2(query.exec(QString::fromLatin1(statement)), statement);
        }
        LocalStore store(m_clock);
        QVERIFY(store.open(path).ok());
        PeopleSearch search(store.database(), textQuery(QStringLiteral("olga iva")));
        QCOMPARE(*search.next(10), std::vector<QString> {QStringLiteral("p1")});
    }

    void longerPrefixIndexesReplaceTheOldIndex()
    {
        // A file at version 3 (index with prefixes of 1–3 letters) is rebuilt with 4–6 too.
        const QString path = m_dir.filePath(QStringLiteral("v3.sqlite"));
        {
            LocalStore store(m_clock);
            QVERIFY(store.open(path).ok());
            QSqlQuery query(store.database());
            QVERIFY(query.exec(QStringLiteral("INSERT INTO person (id, display_name, bio) VALUES "
                                              "('p1', 'Olga Ivanova', 'Gardening on Sundays')")));
            QVERIFY(query.exec(QStringLiteral("DROP INDEX person_by_locale_name")));
            QVERIFY(query.exec(QStringLiteral("DROP INDEX group_by_locale_name")));
            QVERIFY(query.exec(QStringLiteral("DROP INDEX person_applicants")));
            QVERIFY(query.exec(QStringLiteral("DROP INDEX contribution_unconfirmed")));
            QVERIFY(query.exec(QStringLiteral("DROP INDEX contribution_by_area")));
            QVERIFY(query.exec(QStringLiteral("DROP INDEX registration_attended")));
            QVERIFY(query.exec(QStringLiteral("DROP INDEX membership_requests")));
            QVERIFY(query.exec(QStringLiteral("ALTER TABLE sync_problem DROP COLUMN fields")));
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version=3")));
        }
        LocalStore store(m_clock);
        QVERIFY(store.open(path).ok());
        QSqlQuery sql(store.database());
        QVERIFY(sql.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'person_fts'")) && sql.next());
        QVERIFY2(sql.value(0).toString().contains(QStringLiteral("prefix='1 2 3 4 5 6'")),
            qPrintable(sql.value(0).toString()));
        for (const char *typed : {"g", "gard", "garde", "garden", "gardeni", "olga iv"}) {
            PeopleSearch search(store.database(), textQuery(QString::fromLatin1(typed)));
            QCOMPARE(*search.next(10), std::vector<QString> {QStringLiteral("p1")});
        }
        // The triggers keep the new index: a later edit is found.
        QVERIFY(
            store.updateRow(QStringLiteral("person"), QStringLiteral("p1"), {{"bio", std::string("Beekeeping")}}).ok());
        PeopleSearch bees(store.database(), textQuery(QStringLiteral("beek")));
        QCOMPARE(*bees.next(10), std::vector<QString> {QStringLiteral("p1")});
        PeopleSearch gone(store.database(), textQuery(QStringLiteral("garden")));
        QVERIFY(gone.next(10)->empty());
    }
};

QTEST_GUILESS_MAIN(TestPeopleSearch)
#include "tst_peoplesearch.moc"
