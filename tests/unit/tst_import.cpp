// Bringing people in from a spreadsheet (docs/import.md): awkward CSV files read as spreadsheets
// write them (Windows-1252, semicolons and tabs, a byte order mark, quoted line breaks and quotes,
// empty lines, a quote left open), columns guessed from headers in the app's languages, and an
// import on a real store: exact counts of new, matched and rejected rows with their reasons,
// nothing overwritten in someone already here, no visibility chosen for anyone, groups joined, the
// same ids for the same file on another device, and leaders alone importing.

#include "common/Clock.h"
#include "desktop/core/Device.h"
#include "desktop/core/Exporter.h"
#include "desktop/core/Import.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace commonroom;

namespace {

const QString kGarden = QStringLiteral("0190a000-0000-7000-8000-0000000000a1");
const QString kAna = QStringLiteral("0190a000-0000-7000-8000-0000000000b1");
const QString kBo = QStringLiteral("0190a000-0000-7000-8000-0000000000b2");

} // namespace

class TestImport : public QObject
{
    Q_OBJECT

    ManualClock m_clock {1'795'435'200'000};

    struct Copy
    {
        QTemporaryDir dir;
        std::unique_ptr<Device> device;
    };

    // A device signed in as `role`, holding Ana (ana@example.org) and the group Garden.
    std::unique_ptr<Copy> device(const QString &role = QStringLiteral("leader"))
    {
        auto copy = std::make_unique<Copy>();
        copy->device = std::make_unique<Device>(m_clock, Profile(copy->dir.path()));
        if (!copy->device->open().ok())
            qFatal("cannot open the device");
        LocalStore &store = copy->device->store();
        QSqlQuery query(store.database());
        if (!query.exec(QStringLiteral("INSERT INTO person (id, display_name, email, consent) VALUES ('%1', 'Ana "
                                       "Lima', 'Ana@Example.org', NULL), ('%2', 'Bo', 'bo@example.org', 0)")
                            .arg(kAna, kBo))
            || !query.exec(
                QStringLiteral("INSERT INTO \"group\" (id, name, kind) VALUES ('%1', 'Garden', 'open')").arg(kGarden)))
            qFatal("cannot seed the device");
        if (!store.setSetting(QStringLiteral("person_id"), QStringLiteral("me")).ok()
            || !store.setSetting(QStringLiteral("role"), role).ok())
            qFatal("cannot sign in");
        return copy;
    }

    static CsvTable read(const QByteArray &bytes)
    {
        auto table = readCsv(bytes);
        if (!table)
            qFatal("unreadable: %s", table.error().message.c_str());
        return *table;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void readsWhatSpreadsheetsWrite()
    {
        // Excel's "CSV" in Germany: Windows-1252, semicolons, CRLF.
        const CsvTable german = read(QByteArray("Name;Stadt\r\nJos\xe9 M\xfcller;K\xf6ln\r\n\r\nZo\xeb;\x80-Ort\r\n"));
        QCOMPARE(german.encoding, QStringLiteral("Windows-1252"));
        QCOMPARE(german.delimiter, QLatin1Char(';'));
        QCOMPARE(german.headers, (QStringList {QStringLiteral("Name"), QStringLiteral("Stadt")}));
        QCOMPARE(german.rows.size(), std::size_t(2)); // the empty line skipped
        QCOMPARE(german.rows[0], (QStringList {QStringLiteral("José Müller"), QStringLiteral("Köln")}));
        QCOMPARE(german.rows[1].at(1), QStringLiteral("€-Ort"));
        QCOMPARE(german.lines, (std::vector<int> {2, 4}));

        // A byte order mark, quoted delimiters, quotes and line breaks; a short row filled.
        const CsvTable quoted
            = read(QByteArray("\xEF\xBB\xBFname,bio,city\n\"Lima, Ana\",\"First line\nsecond \"\"quoted\"\"\",Lisboa\n"
                              "Bo\n"));
        QCOMPARE(quoted.encoding, QStringLiteral("UTF-8"));
        QCOMPARE(quoted.headers.at(0), QStringLiteral("name"));
        QCOMPARE(quoted.rows[0],
            (QStringList {QStringLiteral("Lima, Ana"), QStringLiteral("First line\nsecond \"quoted\""),
                QStringLiteral("Lisboa")}));
        QCOMPARE(quoted.rows[1], (QStringList {QStringLiteral("Bo"), QString(), QString()}));
        QCOMPARE(quoted.lines, (std::vector<int> {2, 4}));

        // Old Mac line ends (CR alone), inside a cell too: one LF there, and the lines counted.
        const CsvTable mac = read("name,bio\rAna,\"one\rtwo\"\rBo,x\r");
        QCOMPARE(mac.rows.size(), std::size_t(2));
        QCOMPARE(mac.rows[0].at(1), QStringLiteral("one\ntwo"));
        QCOMPARE(mac.lines, (std::vector<int> {2, 4}));
        // A line of delimiters only, as spreadsheets leave formatted empty rows, is empty.
        QCOMPARE(read("a;b;c\n1;2;3\n;;\n").rows.size(), std::size_t(1));

        // Tabs; a delimiter or an encoding chosen.
        QCOMPARE(read("a\tb\n1\t2\n").delimiter, QLatin1Char('\t'));
        const auto chosen = readCsv("a;b,c\n1;2,3\n", QLatin1Char(','), QStringLiteral("utf-8"));
        QVERIFY(chosen && chosen->headers.size() == 2);
        const auto notUtf8 = readCsv("a\n\xe9\n", {}, QStringLiteral("utf-8"));
        QVERIFY(!notUtf8 && notUtf8.error().code == "invalid_value");
        QVERIFY(!readCsv("a\n1\n", {}, QStringLiteral("ebcdic")));

        // Refused: nothing at all, and a quote left open (a file cut short).
        QVERIFY(!readCsv(""));
        QVERIFY(!readCsv("\n\n"));
        const auto open = readCsv("name,bio\nAna,\"never closed\nBo,x\n");
        QVERIFY(!open);
        QVERIFY2(QString::fromStdString(open.error().message).contains(QStringLiteral("line 2")),
            open.error().message.c_str());
    }

    void readsWhatAddressBooksExport()
    {
        // vCard 3.0 as phones and mail programs write it: folded lines, escapes, parameters,
        // grouped properties, several addresses (the first counts), categories as groups.
        const QByteArray cards(
            "\xEF\xBB\xBF"
            "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Dąbrowska;Agnieszka;;;\r\n"
            "FN:Agnieszka Dąbrowska\r\nitem1.EMAIL;TYPE=INTERNET,pref:agnieszka@example.org\r\n"
            "EMAIL;TYPE=work:a.dabrowska@work.example\r\nTEL;TYPE=\"voice,cell\":+351 912 345 678\r\n"
            "ADR;TYPE=home:;;Rua das Flores 12\\, 3º;Lisboa;;1200-195;Portugal\r\n"
            "NOTE:Speaks Polish and Portuguese\\; drives a va\r\n n.\\nLikes choirs.\r\n"
            "CATEGORIES:Choir,Food bank\\, Lisboa\r\nEND:VCARD\r\n"
            "\r\nbegin:vcard\nversion:4.0\nfn:Bo Chen\ntel;value=uri:tel:+1-555-0100\nend:vcard\n");
        const auto read = readPeopleFile(cards);
        QVERIFY2(read, read ? "" : read.error().message.c_str());
        QVERIFY(read->cards);
        QCOMPARE(read->rows.size(), std::size_t(2));
        QCOMPARE(read->lines, (std::vector<int> {1, 14}));
        const auto cell = [&](std::size_t row, const char *field) {
            return read->rows[row].at(read->headers.indexOf(QLatin1String(field)));
        };
        QCOMPARE(cell(0, "display_name"), QStringLiteral("Agnieszka Dąbrowska"));
        QCOMPARE(cell(0, "given_name"), QStringLiteral("Agnieszka"));
        QCOMPARE(cell(0, "family_name"), QStringLiteral("Dąbrowska"));
        QCOMPARE(cell(0, "email"), QStringLiteral("agnieszka@example.org"));
        QCOMPARE(cell(0, "phone"), QStringLiteral("+351 912 345 678"));
        QCOMPARE(cell(0, "address"), QStringLiteral("Rua das Flores 12, 3º"));
        QCOMPARE(cell(0, "area"), QStringLiteral("Lisboa"));
        QCOMPARE(cell(0, "bio"), QStringLiteral("Speaks Polish and Portuguese; drives a van.\nLikes choirs."));
        QCOMPARE(cell(0, "groups"), QStringLiteral("Choir;Food bank, Lisboa"));
        QCOMPARE(cell(1, "display_name"), QStringLiteral("Bo Chen"));
        QCOMPARE(cell(1, "phone"), QStringLiteral("+1-555-0100"));
        // Each column goes to its field without a guess to change.
        const auto targets = Import::guessTargets(read->headers);
        for (qsizetype column = 0; column < read->headers.size(); ++column)
            QCOMPARE(targets[std::size_t(column)], read->headers.at(column));

        // What Commonroom exports comes back as it went.
        const FieldMap ana {{"display_name", std::string("Ana Lima")}, {"given_name", std::string("Ana")},
            {"family_name", std::string("Lima")}, {"email", std::string("ana@example.org")},
            {"phone", std::string("+351 210 000 000")}, {"address", std::string("Rua A, 1")},
            {"area", std::string("Porto")}, {"neighbourhood", std::string("Bonfim")},
            {"pronouns", std::string("she/her")}, {"languages", std::string("pt, en")},
            {"skills", std::string("first aid")}, {"interests", std::string("gardening")},
            {"bio", std::string("Line one;\nline two, with \\ a backslash")}};
        const auto exported
            = readPeopleFile(Exporter::vCard(QStringLiteral("018f0000-0000-7000-8000-000000000001"), ana));
        QVERIFY(exported);
        QCOMPARE(exported->rows.size(), std::size_t(1));
        for (const auto &[field, value] : ana)
            QCOMPARE(exported->rows[0].at(exported->headers.indexOf(QString::fromStdString(field))),
                QString::fromStdString(std::get<std::string>(value)));

        // Refused: a card cut short, and a file without a card; a CSV is still a CSV.
        const auto cut = readPeopleFile("BEGIN:VCARD\nFN:Ana\n");
        QVERIFY(!cut);
        QVERIFY2(QString::fromStdString(cut.error().message).contains(QStringLiteral("line 1")),
            cut.error().message.c_str());
        QVERIFY(!readVCards("FN:Ana\n"));
        const auto unended = readVCards("BEGIN:VCARD\nFN:Ana\nBEGIN:VCARD\nFN:Bo\nEND:VCARD\n");
        QVERIFY(!unended);
        QVERIFY(QString::fromStdString(unended.error().message).contains(QStringLiteral("line 1")));
        // vCard 2.1's quoted-printable is refused with what to do, not read garbled.
        const auto old = readVCards("BEGIN:VCARD\nVERSION:2.1\nFN;ENCODING=QUOTED-PRINTABLE:Jos=C3=A9\nEND:VCARD\n");
        QVERIFY(!old);
        QVERIFY2(QString::fromStdString(old.error().message).contains(QStringLiteral("vCard 3.0 or 4.0")),
            old.error().message.c_str());
        // A line folded inside a character's bytes is still UTF-8.
        const auto split = readVCards("BEGIN:VCARD\r\nFN:Jos\xC3\r\n \xA9 Dur\xC3\xA3o\r\nEND:VCARD\r\n");
        QVERIFY(split);
        QCOMPARE(split->encoding, QStringLiteral("UTF-8"));
        QCOMPARE(split->rows[0].at(0), QStringLiteral("José Durão"));
        const auto csv = readPeopleFile("name,email\nAna,ana@example.org\n");
        QVERIFY(csv && !csv->cards && csv->rows.size() == 1);
    }

    void guessesColumnsFromTheirHeaders()
    {
        using T = std::vector<QString>;
        const auto guess = [](const QString &headers) {
            return Import::guessTargets(headers.split(QLatin1Char(',')));
        };
        QCOMPARE(guess(QStringLiteral("First Name,Last Name,Email,Phone,City,Groups,Notes")),
            (T {QStringLiteral("given_name"), QStringLiteral("family_name"), QStringLiteral("email"),
                QStringLiteral("phone"), QStringLiteral("area"), QStringLiteral("groups"), QString()}));
        // German and French: "Name"/"Nom" beside a first name is the family name.
        QCOMPARE(guess(QStringLiteral("Name,Vorname,E-Mail,Telefon,Ort,Einwilligung")),
            (T {QStringLiteral("family_name"), QStringLiteral("given_name"), QStringLiteral("email"),
                QStringLiteral("phone"), QStringLiteral("area"), QStringLiteral("consent")}));
        QCOMPARE(guess(QStringLiteral("Nom,Prénom,Courriel,Téléphone,Ville")),
            (T {QStringLiteral("family_name"), QStringLiteral("given_name"), QStringLiteral("email"),
                QStringLiteral("phone"), QStringLiteral("area")}));
        // Spanish and Portuguese: beside a last name, the first name.
        QCOMPARE(guess(QStringLiteral("Nombre,Apellidos,Correo electrónico,Teléfono")),
            (T {QStringLiteral("given_name"), QStringLiteral("family_name"), QStringLiteral("email"),
                QStringLiteral("phone")}));
        QCOMPARE(guess(QStringLiteral("Nome,Sobrenome,Cidade,Bairro")),
            (T {QStringLiteral("given_name"), QStringLiteral("family_name"), QStringLiteral("area"),
                QStringLiteral("neighbourhood")}));
        // A name alone is the whole name; Action Network's columns; a second Email and an empty
        // header are ignored.
        QCOMPARE(guess(QStringLiteral("Name,can2_phone,Email,email,")),
            (T {QStringLiteral("display_name"), QStringLiteral("phone"), QStringLiteral("email"), QString(),
                QString()}));
        QCOMPARE(guess(QStringLiteral("first_name,last_name,email,zip_code")),
            (T {QStringLiteral("given_name"), QStringLiteral("family_name"), QStringLiteral("email"), QString()}));
    }

    void importsCountsAndRejectsEachRow()
    {
        auto copy = device();
        LocalStore &store = copy->device->store();
        const CsvTable table = read(QByteArray("First name,Last name,Email,Phone,Groups,Consent,City\n"
                                               "Bea,Costa,bea@example.org,+351 912 345 678,Garden; Choir,yes,Lisboa\n"
                                               "Ana,Lima-Souza,ANA@example.org,912 000 111,Garden,ja,Porto\n"
                                               "Caio,,not-an-address,,,,\n"
                                               ",,nobody@example.org,,,,\n"
                                               "Dara,@SUM(1),dara@example.org,,,maybe,\n"
                                               "Bea,C.,bea@example.org,,,,Faro\n"
                                               "'=Eve,Formula,eve@example.org,,,no,\n"
                                               "Bo,Lee,BO@example.org,,,yes,\n"));
        Import import(store);
        const auto plan = import.plan(table, Import::guessTargets(table.headers));
        QVERIFY2(plan, plan ? "" : plan.error().message.c_str());
        // Bea and Eve are new; Ana and Bo are here already; Bea's second row is Bea again.
        QCOMPARE(plan->newPeople, 2);
        QCOMPARE(plan->matched, 3);
        QCOMPARE(plan->rejects.size(), std::size_t(3));
        QCOMPARE(plan->rejects[0].line, 4);
        QVERIFY(plan->rejects[0].reason.contains(QStringLiteral("not-an-address")));
        QCOMPARE(plan->rejects[1].line, 5);
        QVERIFY(plan->rejects[1].reason.contains(QStringLiteral("name")));
        QCOMPARE(plan->rejects[2].line, 6);
        QVERIFY(plan->rejects[2].reason.contains(QStringLiteral("maybe")));
        QCOMPARE(plan->unknownGroups, QStringList {QStringLiteral("Choir")});
        const QByteArray rejects = Import::rejectsCsv(table, *plan);
        QVERIFY(rejects.startsWith("line,reason,First name,"));
        QVERIFY(rejects.contains(",not-an-address,"));
        // A formula in a refused row stays text in the spreadsheet that opens the file.
        QVERIFY(rejects.contains(",'@SUM(1),"));
        QVERIFY(!rejects.contains(",@SUM"));
        QCOMPARE(store.pendingCount(), 0); // a plan writes nothing

        QCOMPARE(*import.run(*plan), 4);
        // Bea: her first row, what her second adds (nothing overwritten: Lisboa stays), in the
        // Garden.
        const Import::Row &bea = plan->rows[0];
        const auto beas = store.row(QStringLiteral("person"), bea.personId);
        QVERIFY(beas);
        QCOMPARE(textOf(*beas, "display_name"), std::string("Bea Costa"));
        QCOMPARE(textOf(*beas, "area"), std::string("Lisboa"));
        QVERIFY(textOf(*beas, "email_visibility").empty()); // hers to choose: until then, for leaders
        QCOMPARE(std::get<std::int64_t>(beas->at("consent")), std::int64_t(1));
        // Ana keeps her name and gains the phone, area, consent and group she lacked.
        const auto anas = store.row(QStringLiteral("person"), kAna);
        QCOMPARE(textOf(*anas, "display_name"), std::string("Ana Lima"));
        QCOMPARE(textOf(*anas, "email"), std::string("Ana@Example.org"));
        QCOMPARE(textOf(*anas, "phone"), std::string("912 000 111"));
        QCOMPARE(textOf(*anas, "area"), std::string("Porto"));
        QSqlQuery members(store.database());
        QVERIFY(members.exec(QStringLiteral("SELECT count(*) FROM membership WHERE group_id = '%1' AND state = "
                                            "'active'")
                                 .arg(kGarden)));
        QVERIFY(members.next());
        QCOMPARE(members.value(0).toInt(), 2);
        // A cell kept from being a formula by an export comes back as the text.
        QCOMPARE(
            textOf(*store.row(QStringLiteral("person"), plan->rows[2].personId), "given_name"), std::string("=Eve"));
        // Bo said no to being contacted: the file's yes does not override it.
        const auto bos = store.row(QStringLiteral("person"), kBo);
        QCOMPARE(std::get<std::int64_t>(bos->at("consent")), std::int64_t(0));
        QCOMPARE(textOf(*bos, "family_name"), std::string("Lee"));
        // Four people and two memberships wait for the sync.
        QCOMPARE(store.pendingCount(), 6);

        // Importing it again changes nothing new: everyone is matched now.
        const auto again = import.plan(table, Import::guessTargets(table.headers));
        QCOMPARE(again->newPeople, 0);
        QCOMPARE(again->matched, 5);
    }

    void aMatchNeverOverwritesWhatItCannotSee()
    {
        auto copy = device();
        LocalStore &store = copy->device->store();
        Import import(store);
        // Ana's address is hers alone (a leader's device holds it empty): a file's address for her
        // is not written. Ben shares Bo's phone but has an email of his own: someone new.
        QSqlQuery query(store.database());
        QVERIFY(query.exec(QStringLiteral("UPDATE person SET phone = '030 1234567' WHERE id = '%1'").arg(kBo)));
        const CsvTable table = read("name,email,phone,address\nAna Lima,ana@example.org,,Rua Nova 1\n"
                                    "Ben Ode,ben@example.org,030 1234567,\n");
        const auto plan = import.plan(table, Import::guessTargets(table.headers));
        QVERIFY(plan);
        QCOMPARE(plan->matched, 1);
        QCOMPARE(plan->newPeople, 1);
        QCOMPARE(plan->rows[0].personId, kAna);
        QVERIFY(!plan->rows[0].fields.contains("address"));
        QVERIFY(plan->rows[1].personId != kBo);
        QVERIFY(import.run(*plan));

        // Ben changes his email since: the same file again finds him by the id it gave him, and
        // leaves his new email alone.
        QVERIFY(store
                    .updateRow(QStringLiteral("person"), plan->rows[1].personId,
                        {{"email", std::string("ben.ode@example.net")}})
                    .ok());
        const auto again = import.plan(table, Import::guessTargets(table.headers));
        QCOMPARE(again->newPeople, 0);
        QCOMPARE(again->rows[1].personId, plan->rows[1].personId);
        QVERIFY(!again->rows[1].fields.contains("email"));
    }

    void theSameFileMakesTheSamePeopleOnEveryDevice()
    {
        const CsvTable table = read("name,email,phone\nKofi Mensah,kofi@example.org,\nLia,,+49 30 1234567\n"
                                    "Mo Farah,,\n");
        auto one = device();
        auto other = device();
        const auto first = Import(one->device->store()).plan(table, Import::guessTargets(table.headers));
        const auto second = Import(other->device->store()).plan(table, Import::guessTargets(table.headers));
        QVERIFY(first && second);
        QCOMPARE(first->rows.size(), std::size_t(3));
        for (std::size_t row = 0; row < first->rows.size(); ++row)
            QCOMPARE(first->rows[row].personId, second->rows[row].personId);
    }

    void aTenThousandRowFileWithBadRows()
    {
        QByteArray file = "name;email;consent\n";
        int bad = 0;
        for (int row = 0; row < 10'000; ++row) {
            // Every 33rd row is bad, in one of three ways.
            const QByteArray n = QByteArray::number(row);
            if (row % 33 == 0) {
                if (row / 33 % 3 == 0)
                    file += ";nameless" + n + "@example.org;yes\n"; // no name
                else if (row / 33 % 3 == 1)
                    file += "Person " + n + ";broken@;yes\n"; // not an address
                else
                    file += "Person " + n + ";p" + n + "@example.org;perhaps\n"; // neither yes nor no
                ++bad;
                continue;
            }
            file += "Person " + n + ";p" + n + "@example.org;" + (row % 2 ? "yes" : "no") + "\n";
        }
        auto copy = device();
        Import import(copy->device->store());
        const CsvTable table = read(file);
        const auto plan = import.plan(table, Import::guessTargets(table.headers));
        QVERIFY(plan);
        QCOMPARE(int(plan->rejects.size()), bad);
        QCOMPARE(plan->newPeople, 10'000 - bad);
        int reported = 0;
        const auto written = import.run(*plan, [&](int done, int total) {
            QCOMPARE(total, 10'000 - bad);
            reported = done;
        });
        QCOMPARE(*written, 10'000 - bad);
        QCOMPARE(reported, 10'000 - bad);
        QSqlQuery count(copy->device->store().database());
        QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM person")) && count.next());
        QCOMPARE(count.value(0).toInt(), 10'000 - bad + 2); // and Ana and Bo
    }

    // Rows like someone here without their e-mail or phone are shown before the import (the
    // directory scan of docs/dedupe.md), and imported as new people.
    void rowsLikeSomeoneHereAreFoundBeforeImporting()
    {
        auto copy = device();
        LocalStore &store = copy->device->store();
        const auto agnieszka = store.createRow(QStringLiteral("person"),
            {{"display_name", std::string("Agnieszka Dąbrowska")}, {"email", std::string("agnieszka@example.org")},
                {"area", std::string("Lisboa")}});
        QVERIFY(agnieszka.ok());
        const CsvTable table = read(QByteArray("name,email,city\n"
                                               "Ana Lima,ana@example.org,\n" // Ana by her e-mail: matched
                                               "Agneszka Dabrowska,Agnieszka+club@example.org,Lisboa\n"
                                               "Bo Lee,bo.lee@example.org,Faro\n" // not Bo: another name
                                               "Zofia Nowak,zofia@example.org,Lisboa\n"));
        Import import(store);
        const auto plan = import.plan(table, Import::guessTargets(table.headers));
        QVERIFY(plan);
        QCOMPARE(plan->matched, 1);
        QCOMPARE(plan->newPeople, 3);
        const auto alike = import.alike(*plan);
        QVERIFY(alike);
        QCOMPARE(alike->size(), std::size_t(1));
        const Import::Alike &found = alike->front();
        QCOMPARE(plan->rows[found.row].line, 3);
        QCOMPARE(found.personId, *agnieszka);
        QVERIFY(found.evidence.sameEmail && found.evidence.sameArea);
        QVERIFY(found.evidence.score >= 0.98);
        // A threshold nobody reaches finds nobody.
        QVERIFY(import.alike(*plan, 1.0)->empty());
    }

    void leadersAloneImport()
    {
        auto copy = device(QStringLiteral("member"));
        Import import(copy->device->store());
        QVERIFY(!import.whyNot().isEmpty());
        const CsvTable table = read("name\nAna\n");
        const auto plan = import.plan(table, Import::guessTargets(table.headers));
        QVERIFY(!plan && plan.error().code == "forbidden");
        // A mapping that is not one, or of another length, is refused.
        auto leader = device();
        Import leaders(leader->device->store());
        QVERIFY(!leaders.plan(table, {QStringLiteral("shoe_size")}));
        QVERIFY(!leaders.plan(table, {}));
        QVERIFY(leaders.plan(table, {QStringLiteral("display_name")}));
    }
};

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
