#include "Import.h"

#include "Exporter.h"
#include "ICalendar.h"
#include "LocalStore.h"

#include "common/Authorization.h"
#include "common/EmailAddress.h"
#include "common/NameMatching.h"
#include "common/Privacy.h"
#include "common/Schema.h"
#include "common/Uuid.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringDecoder>

#include <algorithm>
#include <array>
#include <map>
#include <optional>
#include <utility>

namespace commonroom {

namespace {

// Decodes `bytes` as UTF-8 (after a byte order mark), or, when they are not UTF-8, as
// Windows-1252; `encoding` forces one of them.
Result<std::pair<QString, QString>> decode(QByteArray bytes, const QString &encoding)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    const QString wanted = encoding.toLower();
    if (wanted.isEmpty() || wanted == QLatin1String("utf-8") || wanted == QLatin1String("utf8")) {
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString text = utf8(bytes);
        if (!utf8.hasError())
            return std::pair {text, QStringLiteral("UTF-8")};
        if (!wanted.isEmpty())
            return makeError("invalid_value",
                QCoreApplication::translate("Import",
                    "The file is not UTF-8; choose its encoding (latin1 or "
                    "windows-1252).")
                    .toStdString());
    }
    if (!wanted.isEmpty() && wanted != QLatin1String("windows-1252") && wanted != QLatin1String("latin1")
        && wanted != QLatin1String("iso-8859-1"))
        return makeError("invalid_value",
            QCoreApplication::translate("Import", "Unknown encoding \"%1\": use utf-8, windows-1252 or latin1.")
                .arg(encoding)
                .toStdString());
    // Windows-1252 is Latin-1 with letters where Latin-1 has control codes (€, š, “ …).
    QStringDecoder cp1252("windows-1252");
    if (cp1252.isValid() && wanted != QLatin1String("latin1") && wanted != QLatin1String("iso-8859-1"))
        return std::pair {QString(cp1252(bytes)), QStringLiteral("Windows-1252")};
    return std::pair {QString::fromLatin1(bytes), QStringLiteral("Latin-1")};
}

// The length of the line break at `i` of `text`: 2 for CRLF, 1 for LF or CR alone, 0 for none.
int lineBreakAt(const QString &text, qsizetype i)
{
    if (text.at(i) == QLatin1Char('\n'))
        return 1;
    if (text.at(i) != QLatin1Char('\r'))
        return 0;
    return i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n') ? 2 : 1;
}

// The delimiter the header line (up to its first line break outside quotes) uses most.
QChar guessDelimiter(const QString &text)
{
    std::array<std::pair<QChar, int>, 4> counts {
        {{QLatin1Char(','), 0}, {QLatin1Char(';'), 0}, {QLatin1Char('\t'), 0}, {QLatin1Char('|'), 0}}};
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r')))
            break;
        else if (!quoted) {
            for (auto &[delimiter, count] : counts)
                count += c == delimiter;
        }
    }
    const auto most = std::max_element(
        counts.begin(), counts.end(), [](const auto &a, const auto &b) { return a.second < b.second; });
    return most->second > 0 ? most->first : QLatin1Char(',');
}

// A header folded for comparison: lowercase, accents off, letters and digits only.
QString folded(const QString &header)
{
    const std::string fold = NameMatching::fold(header.trimmed().toStdString());
    QString out;
    for (const QChar c : QString::fromStdString(fold)) {
        if (c.isLetterOrNumber())
            out += c;
    }
    return out;
}

// The headers each target is known by (folded), in the five languages of the app, and as
// CiviCRM and Action Network export them.
const std::vector<std::pair<QString, QStringList>> &synonyms()
{
    static const std::vector<std::pair<QString, QStringList>> known {
        {QStringLiteral("display_name"),
            {QStringLiteral("displayname"), QStringLiteral("fullname"), QStringLiteral("name"),
                QStringLiteral("contactname"), QStringLiteral("anzeigename"), QStringLiteral("vollername"),
                QStringLiteral("nombrecompleto"), QStringLiteral("nomcomplet"), QStringLiteral("nomecompleto"),
                QStringLiteral("nombre"), QStringLiteral("nom"), QStringLiteral("nome")}},
        {QStringLiteral("given_name"),
            {QStringLiteral("givenname"), QStringLiteral("firstname"), QStringLiteral("first"),
                QStringLiteral("forename"), QStringLiteral("vorname"), QStringLiteral("nombredepila"),
                QStringLiteral("prenom"), QStringLiteral("primeironome")}},
        {QStringLiteral("family_name"),
            {QStringLiteral("familyname"), QStringLiteral("lastname"), QStringLiteral("last"),
                QStringLiteral("surname"), QStringLiteral("nachname"), QStringLiteral("familienname"),
                QStringLiteral("apellido"), QStringLiteral("apellidos"), QStringLiteral("nomdefamille"),
                QStringLiteral("sobrenome"), QStringLiteral("apelido")}},
        {QStringLiteral("email"),
            {QStringLiteral("email"), QStringLiteral("emailaddress"), QStringLiteral("mail"),
                QStringLiteral("emailadresse"), QStringLiteral("correo"), QStringLiteral("correoelectronico"),
                QStringLiteral("courriel"), QStringLiteral("adresseemail"), QStringLiteral("enderecodeemail")}},
        {QStringLiteral("phone"),
            {QStringLiteral("phone"), QStringLiteral("phonenumber"), QStringLiteral("telephone"), QStringLiteral("tel"),
                QStringLiteral("mobile"), QStringLiteral("cell"), QStringLiteral("telefon"),
                QStringLiteral("telefonnummer"), QStringLiteral("handy"), QStringLiteral("mobil"),
                QStringLiteral("telefono"), QStringLiteral("movil"), QStringLiteral("celular"),
                QStringLiteral("telefone"), QStringLiteral("portable")}},
        {QStringLiteral("address"),
            {QStringLiteral("address"), QStringLiteral("streetaddress"), QStringLiteral("street"),
                QStringLiteral("adresse"), QStringLiteral("anschrift"), QStringLiteral("direccion"),
                QStringLiteral("endereco"), QStringLiteral("morada")}},
        {QStringLiteral("area"),
            {QStringLiteral("area"), QStringLiteral("city"), QStringLiteral("town"), QStringLiteral("ort"),
                QStringLiteral("stadt"), QStringLiteral("wohnort"), QStringLiteral("ciudad"),
                QStringLiteral("localidad"), QStringLiteral("ville"), QStringLiteral("commune"),
                QStringLiteral("cidade")}},
        {QStringLiteral("neighbourhood"),
            {QStringLiteral("neighbourhood"), QStringLiteral("neighborhood"), QStringLiteral("district"),
                QStringLiteral("stadtteil"), QStringLiteral("kiez"), QStringLiteral("barrio"),
                QStringLiteral("quartier"), QStringLiteral("bairro")}},
        {QStringLiteral("pronouns"),
            {QStringLiteral("pronouns"), QStringLiteral("pronomen"), QStringLiteral("pronombres"),
                QStringLiteral("pronoms"), QStringLiteral("pronomes")}},
        {QStringLiteral("languages"),
            {QStringLiteral("languages"), QStringLiteral("language"), QStringLiteral("sprachen"),
                QStringLiteral("sprache"), QStringLiteral("idiomas"), QStringLiteral("idioma"),
                QStringLiteral("langues"), QStringLiteral("langue"), QStringLiteral("linguas")}},
        {QStringLiteral("skills"),
            {QStringLiteral("skills"), QStringLiteral("skill"), QStringLiteral("fahigkeiten"),
                QStringLiteral("kenntnisse"), QStringLiteral("habilidades"), QStringLiteral("competences"),
                QStringLiteral("competencias")}},
        {QStringLiteral("interests"),
            {QStringLiteral("interests"), QStringLiteral("interessen"), QStringLiteral("intereses"),
                QStringLiteral("interets"), QStringLiteral("interesses")}},
        {QStringLiteral("bio"),
            {QStringLiteral("bio"), QStringLiteral("about"), QStringLiteral("biography"), QStringLiteral("uber"),
                QStringLiteral("biografia"), QStringLiteral("biographie"), QStringLiteral("sobre")}},
        {QStringLiteral("consent"),
            {QStringLiteral("consent"), QStringLiteral("optin"), QStringLiteral("agreed"),
                QStringLiteral("einwilligung"), QStringLiteral("zustimmung"), QStringLiteral("consentimiento"),
                QStringLiteral("consentement"), QStringLiteral("consentimento")}},
        {QStringLiteral("groups"),
            {QStringLiteral("groups"), QStringLiteral("group"), QStringLiteral("gruppen"), QStringLiteral("gruppe"),
                QStringLiteral("grupos"), QStringLiteral("grupo"), QStringLiteral("groupes"),
                QStringLiteral("groupe")}},
    };
    return known;
}

// yes or no in the app's languages; nullopt for anything else.
std::optional<bool> yesOrNo(const QString &cell)
{
    const QString word = folded(cell);
    static const QStringList yes {QStringLiteral("yes"), QStringLiteral("y"), QStringLiteral("true"),
        QStringLiteral("1"), QStringLiteral("x"), QStringLiteral("ja"), QStringLiteral("j"), QStringLiteral("si"),
        QStringLiteral("s"), QStringLiteral("oui"), QStringLiteral("o"), QStringLiteral("sim")};
    static const QStringList no {QStringLiteral("no"), QStringLiteral("n"), QStringLiteral("false"),
        QStringLiteral("0"), QStringLiteral("nein"), QStringLiteral("non"), QStringLiteral("nao")};
    if (yes.contains(word))
        return true;
    if (no.contains(word))
        return false;
    return std::nullopt;
}

// A cell as a spreadsheet export leaves it: trimmed, and without the apostrophe that keeps a
// cell starting with = + - @ from being read as a formula (Exporter::csvField).
QString cellText(QString cell)
{
    cell = cell.trimmed();
    if (cell.size() > 1 && cell.front() == QLatin1Char('\'') && QStringLiteral("=+-@").contains(cell.at(1)))
        cell.remove(0, 1);
    return cell;
}

} // namespace

namespace {

// A vCard value with its escapes undone; vCard text escapes as iCalendar's does (RFC 6350 3.4).
QString unescapeVCard(QStringView value)
{
    return ICalendar::unescapeText(value.toString());
}

// The components of a structured value (N, ADR) split on the semicolons that are not escaped.
QList<QStringView> components(QStringView value)
{
    QList<QStringView> parts;
    qsizetype start = 0;
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value.at(i) == QLatin1Char('\\'))
            ++i;
        else if (value.at(i) == QLatin1Char(';')) {
            parts << value.mid(start, i - start);
            start = i + 1;
        }
    }
    parts << value.mid(start);
    return parts;
}

// The columns of readVCards, each a target of Import.
const QStringList &cardColumns()
{
    static const QStringList columns {QStringLiteral("display_name"), QStringLiteral("given_name"),
        QStringLiteral("family_name"), QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("address"),
        QStringLiteral("area"), QStringLiteral("neighbourhood"), QStringLiteral("pronouns"),
        QStringLiteral("languages"), QStringLiteral("skills"), QStringLiteral("interests"), QStringLiteral("bio"),
        QStringLiteral("groups")};
    return columns;
}

} // namespace

Result<CsvTable> readVCards(const QByteArray &bytes)
{
    // Unfolded before decoding (RFC 6350 3.2): a writer may fold a line inside a character's
    // bytes. Each logical line keeps the number of the line of the file it starts on.
    QByteArray unfolded;
    std::vector<int> numbers;
    int number = 0;
    for (QByteArray raw : bytes.split('\n')) {
        ++number;
        if (raw.endsWith('\r'))
            raw.chop(1);
        if (!numbers.empty() && (raw.startsWith(' ') || raw.startsWith('\t'))) {
            unfolded += raw.mid(1);
        } else if (!raw.trimmed().isEmpty()) {
            if (!numbers.empty())
                unfolded += '\n';
            unfolded += raw;
            numbers.push_back(number);
        }
    }
    const auto decoded = decode(unfolded, {});
    if (!decoded)
        return decoded.error();
    std::vector<std::pair<QString, int>> lines;
    for (const QString &line : decoded->first.split(QLatin1Char('\n')))
        lines.emplace_back(line, numbers[lines.size()]);

    CsvTable table;
    table.encoding = decoded->second;
    table.cards = true;
    table.headers = cardColumns();
    const auto column = [](const char *name) {
        return cardColumns().indexOf(QLatin1String(name));
    };
    std::optional<QStringList> card;
    int cardLine = 0;
    for (const auto &[line, at] : lines) {
        // NAME;PARAM=…:VALUE, the name perhaps after "group."; a colon inside a quoted parameter
        // is not the one.
        qsizetype colon = -1;
        bool quoted = false;
        for (qsizetype i = 0; i < line.size() && colon < 0; ++i) {
            if (line.at(i) == QLatin1Char('"'))
                quoted = !quoted;
            else if (line.at(i) == QLatin1Char(':') && !quoted)
                colon = i;
        }
        if (colon < 0)
            continue;
        QString name = line.left(colon).section(QLatin1Char(';'), 0, 0).toUpper();
        name = name.section(QLatin1Char('.'), -1);
        const QStringView value = QStringView(line).mid(colon + 1);
        if (line.left(colon).contains(QLatin1String("QUOTED-PRINTABLE"), Qt::CaseInsensitive))
            return makeError("invalid_value",
                QCoreApplication::translate("Import",
                    "Line %1 is in the quoted-printable form of vCard 2.1, which is not read; export the contacts "
                    "as vCard 3.0 or 4.0 and import that file.")
                    .arg(at)
                    .toStdString());
        if (name == QLatin1String("BEGIN") && value.compare(QLatin1String("VCARD"), Qt::CaseInsensitive) == 0) {
            if (card)
                break; // the card before never ended: refused below
            card = QStringList();
            for (qsizetype i = 0; i < table.headers.size(); ++i)
                *card << QString();
            cardLine = at;
            continue;
        }
        if (!card)
            continue;
        if (name == QLatin1String("END")) {
            table.rows.push_back(std::move(*card));
            table.lines.push_back(cardLine);
            card.reset();
            continue;
        }
        const auto set = [&](const char *field, const QString &text, bool append = false) {
            QString &cell = (*card)[column(field)];
            if (text.trimmed().isEmpty())
                return;
            if (cell.isEmpty())
                cell = text.trimmed();
            else if (append)
                cell += (QLatin1String(field) == QLatin1String("groups") ? QStringLiteral(";") : QStringLiteral(", "))
                    + text.trimmed();
        };
        if (name == QLatin1String("FN")) {
            set("display_name", unescapeVCard(value));
        } else if (name == QLatin1String("N")) {
            const auto parts = components(value);
            set("family_name", unescapeVCard(parts.value(0)));
            set("given_name", unescapeVCard(parts.value(1)));
        } else if (name == QLatin1String("EMAIL")) {
            set("email", unescapeVCard(value));
        } else if (name == QLatin1String("TEL")) {
            set("phone", unescapeVCard(value.startsWith(QLatin1String("tel:")) ? value.mid(4) : value));
        } else if (name == QLatin1String("ADR")) {
            const auto parts = components(value);
            set("address", unescapeVCard(parts.value(2)));
            set("area", unescapeVCard(parts.value(3)));
        } else if (name == QLatin1String("NOTE")) {
            set("bio", unescapeVCard(value));
        } else if (name == QLatin1String("PRONOUNS")) {
            set("pronouns", unescapeVCard(value));
        } else if (name == QLatin1String("EXPERTISE")) {
            set("skills", unescapeVCard(value), true);
        } else if (name == QLatin1String("INTEREST") || name == QLatin1String("HOBBY")) {
            set("interests", unescapeVCard(value), true);
        } else if (name == QLatin1String("CATEGORIES")) {
            // A list of names separated by unescaped commas: each a group to join.
            QString names = unescapeVCard(value.toString().replace(QStringLiteral("\\,"), QStringLiteral("\u0001")));
            for (QString group : names.split(QLatin1Char(','), Qt::SkipEmptyParts))
                set("groups", group.replace(QChar(1), QLatin1Char(',')), true);
        } else if (name == QLatin1String("X-COMMONROOM-NEIGHBOURHOOD")) {
            set("neighbourhood", unescapeVCard(value));
        } else if (name == QLatin1String("X-COMMONROOM-LANGUAGES")) {
            set("languages", unescapeVCard(value));
        }
    }
    if (card)
        return makeError("invalid_value",
            QCoreApplication::translate("Import",
                "The card that begins on line %1 never ends (END:VCARD); the file is "
                "cut short.")
                .arg(cardLine)
                .toStdString());
    if (table.rows.empty())
        return makeError("invalid_value",
            QCoreApplication::translate("Import", "The file holds no vCard (BEGIN:VCARD … END:VCARD).").toStdString());
    return table;
}

Result<CsvTable> readPeopleFile(const QByteArray &bytes, QChar delimiter, const QString &encoding)
{
    QByteArray start = bytes.left(64);
    if (start.startsWith("\xEF\xBB\xBF"))
        start.remove(0, 3);
    if (start.trimmed().toUpper().startsWith("BEGIN:VCARD"))
        return readVCards(bytes);
    return readCsv(bytes, delimiter, encoding);
}

Result<CsvTable> readCsv(const QByteArray &bytes, QChar delimiter, const QString &encoding)
{
    const auto decoded = decode(bytes, encoding);
    if (!decoded)
        return decoded.error();
    const QString &text = decoded->first;
    CsvTable table;
    table.encoding = decoded->second;
    table.delimiter = delimiter.isNull() ? guessDelimiter(text) : delimiter;
    std::vector<QStringList> records;
    std::vector<int> lines;
    QStringList record;
    QString cell;
    bool quoted = false;
    bool any = false; // the record has a character (an empty line, or one of delimiters only, has none)
    int line = 1;
    int recordLine = 1;
    const auto endRecord = [&] {
        record << cell;
        cell.clear();
        if (any) {
            records.push_back(std::move(record));
            lines.push_back(recordLine);
        }
        record = {};
        any = false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                cell += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else if (const int lineBreak = lineBreakAt(text, i)) {
                // A line break in a cell, CRLF, LF or CR, kept as one LF.
                i += lineBreak - 1;
                ++line;
                cell += QLatin1Char('\n');
            } else {
                cell += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && cell.trimmed().isEmpty()) {
            quoted = true;
            any = true;
        } else if (c == table.delimiter) {
            record << cell;
            cell.clear();
        } else if (const int lineBreak = lineBreakAt(text, i)) {
            i += lineBreak - 1;
            endRecord();
            recordLine = ++line;
        } else {
            cell += c;
            any = any || !c.isSpace();
        }
    }
    if (quoted)
        return makeError("invalid_value",
            QCoreApplication::translate("Import", "A quote opened on line %1 is never closed; the file is cut short.")
                .arg(recordLine)
                .toStdString());
    endRecord();
    if (records.empty())
        return makeError(
            "invalid_value", QCoreApplication::translate("Import", "The file has no header line.").toStdString());
    for (const QString &header : records.front())
        table.headers << header.trimmed();
    for (std::size_t r = 1; r < records.size(); ++r) {
        QStringList cells = records[r];
        while (cells.size() < table.headers.size())
            cells << QString();
        table.rows.push_back(std::move(cells));
        table.lines.push_back(lines[r]);
    }
    return table;
}

Import::Import(LocalStore &store)
    : m_store(store)
{
}

QStringList Import::targets()
{
    QStringList all;
    for (const auto &[target, headers] : synonyms())
        all << target;
    return all;
}

std::vector<QString> Import::guessTargets(const QStringList &headers)
{
    std::vector<QString> targets;
    QSet<QString> taken;
    for (const QString &header : headers) {
        const QString key = folded(header);
        QString target = kIgnored;
        for (const auto &[candidate, names] : synonyms()) {
            if (names.contains(key)) { // each target's own name is among its names
                target = candidate;
                break;
            }
        }
        // "can2_phone", "Home Email": a header that names the field among other words.
        if (target.isEmpty() && key.contains(QLatin1String("email")))
            target = QStringLiteral("email");
        if (target.isEmpty() && key.contains(QLatin1String("phone")))
            target = QStringLiteral("phone");
        if (!target.isEmpty() && taken.contains(target))
            target = kIgnored;
        taken.insert(target);
        targets.push_back(target);
    }
    // "Name" beside a first name is the family name (German Name/Vorname, French Nom/Prénom);
    // beside a last name, the first name (Spanish Nombre/Apellidos, Portuguese Nome/Sobrenome).
    const bool given = taken.contains(QStringLiteral("given_name"));
    const bool family = taken.contains(QStringLiteral("family_name"));
    for (std::size_t column = 0; column < targets.size(); ++column) {
        if (targets[column] != QLatin1String("display_name") || given == family)
            continue;
        const QString key = folded(headers.at(qsizetype(column)));
        if (key == QLatin1String("name") || key == QLatin1String("nom") || key == QLatin1String("nombre")
            || key == QLatin1String("nome"))
            targets[column] = given ? QStringLiteral("family_name") : QStringLiteral("given_name");
    }
    return targets;
}

QString Import::whyNot() const
{
    if (!authorize(m_store.principal(), MutationContext {*findTable("person"), Operation::Create, {}}).ok())
        return tr("Only leaders and admins bring people in from a file.");
    return {};
}

Result<Import::Plan> Import::plan(const CsvTable &table, const std::vector<QString> &targets) const
{
    if (const QString reason = whyNot(); !reason.isEmpty())
        return makeError("forbidden", reason.toStdString());
    if (targets.size() != std::size_t(table.headers.size()))
        return makeError("invalid_value",
            tr("%1 columns are mapped, and the file has %2.")
                .arg(targets.size())
                .arg(table.headers.size())
                .toStdString());
    const QStringList known = Import::targets();
    for (const QString &target : targets) {
        if (!target.isEmpty() && !known.contains(target))
            return makeError("invalid_value",
                tr("\"%1\" is not something a column can be imported as; choose one of: %2.")
                    .arg(target, known.join(QStringLiteral(", ")))
                    .toStdString());
    }
    const TableDef &person = *findTable("person");

    // The people and groups this device holds, by the keys a row is matched with.
    QSet<QString> held;
    std::map<std::string, QString> byEmail;
    std::map<std::string, QString> byPhone;
    QSqlQuery people(m_store.database());
    people.setForwardOnly(true);
    if (!people.exec(QStringLiteral("SELECT id, email, phone FROM person")))
        return makeError("storage", tr("The people on this device cannot be read.").toStdString());
    while (people.next()) {
        const QString id = people.value(0).toString();
        held.insert(id);
        if (const auto email = NameMatching::emailKey(people.value(1).toString().toStdString()); !email.empty())
            byEmail.emplace(email, id);
        if (const auto phone = NameMatching::phoneKey(people.value(2).toString().toStdString()); !phone.empty())
            byPhone.emplace(phone, id);
    }
    std::map<QString, QString> groupByName;
    QSqlQuery groups(m_store.database());
    if (!groups.exec(QStringLiteral("SELECT id, name FROM \"group\"")))
        return makeError("storage", tr("The groups on this device cannot be read.").toStdString());
    while (groups.next())
        groupByName.emplace(groups.value(1).toString().trimmed().toCaseFolded(), groups.value(0).toString());
    QSqlQuery memberships(m_store.database());
    QSet<QString> joined; // "person group"
    if (!memberships.exec(QStringLiteral("SELECT person_id, group_id FROM membership")))
        return makeError("storage", tr("The groups on this device cannot be read.").toStdString());
    while (memberships.next())
        joined.insert(memberships.value(0).toString() + QLatin1Char(' ') + memberships.value(1).toString());

    Plan plan;
    plan.targets = targets;
    QSet<QString> unknownGroups;
    std::map<QString, std::size_t> rowOfPerson; // a person met earlier in the file
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        const QStringList &cells = table.rows[r];
        const auto reject = [&](const QString &reason) {
            plan.rejects.push_back(Reject {table.lines[r], reason, cells});
        };
        Row row;
        row.line = table.lines[r];
        QStringList groupNames;
        QString problem;
        for (qsizetype column = 0; column < cells.size() && column < qsizetype(targets.size()); ++column) {
            const QString &target = targets[std::size_t(column)];
            const QString cell = cellText(cells.at(column));
            if (target.isEmpty() || cell.isEmpty())
                continue;
            if (target == QLatin1String("groups")) {
                static const QRegularExpression separators(QStringLiteral("[;|]"));
                for (const QString &name : cell.split(separators, Qt::SkipEmptyParts))
                    groupNames << name.trimmed();
            } else if (target == QLatin1String("consent")) {
                const auto agreed = yesOrNo(cell);
                if (!agreed)
                    problem = tr("\"%1\" in %2 is neither yes nor no.").arg(cell, table.headers.at(column));
                else
                    row.fields["consent"] = std::int64_t(*agreed ? 1 : 0);
            } else {
                row.fields[target.toStdString()] = cell.toStdString();
            }
        }
        if (!problem.isEmpty()) {
            reject(problem);
            continue;
        }
        if (!row.fields.contains("display_name")) {
            const QString name = (QString::fromStdString(textOf(row.fields, "given_name")) + QLatin1Char(' ')
                + QString::fromStdString(textOf(row.fields, "family_name")))
                                     .trimmed();
            if (name.isEmpty()) {
                reject(tr("No name: a person needs a name, or a first or last name."));
                continue;
            }
            row.fields["display_name"] = name.toStdString();
        }
        const std::string email = textOf(row.fields, "email");
        if (!email.empty()) {
            if (auto valid = checkEmail(email); !valid) {
                reject(tr("\"%1\" is not an email address.").arg(QString::fromStdString(email)));
                continue;
            }
        }
        if (auto valid = validateFields(person, row.fields); !valid) {
            reject(QString::fromStdString(valid.error().message));
            continue;
        }
        // The same person as someone on this device, or as an earlier row: by email, else phone.
        const std::string emailKey = NameMatching::emailKey(email);
        const std::string phoneKey = NameMatching::phoneKey(textOf(row.fields, "phone"));
        // By email; by phone only for a row without one (two people may share a landline).
        if (const auto known = byEmail.find(emailKey); !emailKey.empty() && known != byEmail.end()) {
            row.personId = known->second;
        } else if (const auto reached = byPhone.find(phoneKey);
                   emailKey.empty() && !phoneKey.empty() && reached != byPhone.end()) {
            row.personId = reached->second;
        } else {
            // The same id on every device that imports the same row, so that two imports of one
            // file make each person once.
            const std::string key = !emailKey.empty() ? "email:" + emailKey
                : !phoneKey.empty()                   ? "phone:" + phoneKey
                                    : "name:" + NameMatching::nameKey(textOf(row.fields, "display_name")) + "|"
                    + textOf(row.fields, "area") + "|" + textOf(row.fields, "address");
            row.personId = QString::fromStdString(nameBasedUuid("import person " + key));
        }
        if (!emailKey.empty())
            byEmail.emplace(emailKey, row.personId);
        if (!phoneKey.empty())
            byPhone.emplace(phoneKey, row.personId);
        // Someone on this device already: the same id from an earlier import counts too.
        const auto stored
            = held.contains(row.personId) ? m_store.row(QStringLiteral("person"), row.personId) : std::nullopt;
        const auto earlier = rowOfPerson.find(row.personId);
        // A match gains only what it lacks: nothing the community holds is overwritten, neither
        // what this device shows nor what it may not see (which it holds as empty).
        if (stored) {
            const Visibility clearance = clearanceFor(m_store.principal(), person, row.personId.toStdString(), *stored);
            std::erase_if(row.fields, [&](const auto &field) {
                const auto value = stored->find(field.first);
                const FieldDef *def = person.field(field.first);
                return (value != stored->end() && !toDisplayString(value->second).empty())
                    || (def && effectiveVisibility(*def, *stored) > clearance);
            });
        }
        for (const QString &name : groupNames) {
            const auto group = groupByName.find(name.toCaseFolded());
            if (group == groupByName.end()) {
                unknownGroups.insert(name);
                continue;
            }
            if (!joined.contains(row.personId + QLatin1Char(' ') + group->second)) {
                joined.insert(row.personId + QLatin1Char(' ') + group->second);
                row.groupIds << group->second;
            }
        }
        if (earlier != rowOfPerson.end()) {
            // A later row of someone earlier in the file adds to that row what it lacks.
            Row &first = plan.rows[earlier->second];
            first.fields.merge(row.fields);
            first.groupIds << row.groupIds;
            ++plan.matched;
            continue;
        }
        row.held = stored.has_value();
        (row.held ? plan.matched : plan.newPeople) += 1;
        rowOfPerson.emplace(row.personId, plan.rows.size());
        plan.rows.push_back(std::move(row));
    }
    plan.unknownGroups = QStringList(unknownGroups.begin(), unknownGroups.end());
    plan.unknownGroups.sort(Qt::CaseInsensitive);
    return plan;
}

Result<std::vector<Import::Alike>> Import::alike(const Plan &plan, double threshold) const
{
    std::vector<matching::Profile> people;
    QSqlQuery select(m_store.database());
    select.setForwardOnly(true);
    if (!select.exec(
            QStringLiteral("SELECT id, display_name, given_name, family_name, email, phone, area FROM person")))
        return makeError("storage", tr("The people on this device cannot be read.").toStdString());
    while (select.next()) {
        FieldMap person;
        for (int column = 1; column < 7; ++column) {
            if (const QString value = select.value(column).toString(); !value.isEmpty())
                person[select.record().fieldName(column).toStdString()] = value.toStdString();
        }
        people.push_back(matching::profileOf(select.value(0).toString().toStdString(), person));
    }
    const std::size_t firstNew = people.size();
    std::vector<std::size_t> rowOf; // the plan's row of each new profile
    for (std::size_t r = 0; r < plan.rows.size(); ++r) {
        if (plan.rows[r].held)
            continue;
        people.push_back(matching::profileOf(plan.rows[r].personId.toStdString(), plan.rows[r].fields));
        rowOf.push_back(r);
    }
    std::vector<Alike> found;
    for (const auto &pair : matching::findDuplicates(people, threshold).pairs) {
        // a < b: a pair of someone here and a new person (not two here, nor two new).
        if (pair.a < firstNew && pair.b >= firstNew)
            found.push_back(Alike {rowOf[pair.b - firstNew], QString::fromStdString(people[pair.a].id), pair.evidence});
    }
    return found;
}

Result<int> Import::run(const Plan &plan, const std::function<void(int, int)> &progress, const std::atomic_bool *cancel)
{
    if (const QString reason = whyNot(); !reason.isEmpty())
        return makeError("forbidden", reason.toStdString());
    const int total = int(plan.rows.size());
    int written = 0;
    int committed = 0;
    std::vector<protocol::Mutation> batch;
    for (const Row &row : plan.rows) {
        if (!row.fields.empty())
            batch.push_back(protocol::Mutation {0, "person", row.personId.toStdString(), row.fields, 0, false});
        for (const QString &groupId : row.groupIds) {
            // One membership of a person in a group, whichever device imports it.
            batch.push_back(protocol::Mutation {0, "membership",
                nameBasedUuid("import membership " + row.personId.toStdString() + " " + groupId.toStdString()),
                {{"person_id", row.personId.toStdString()}, {"group_id", groupId.toStdString()},
                    {"state", std::string("active")}, {"role", std::string("member")}},
                0, false});
        }
        ++written;
        if (written % kBatchRows == 0 || written == total) {
            if (auto status = m_store.writeRows(batch); !status) {
                // The batches before it stay written, and are sent at the next sync.
                return makeError(status.error().code,
                    status.error().message + " "
                        + tr("%1 of %2 rows were written before it; they stay, and are sent at the next sync.")
                              .arg(committed)
                              .arg(total)
                              .toStdString());
            }
            committed = written;
            batch.clear();
            if (progress)
                progress(written, total);
            if (cancel && cancel->load() && written < total)
                break;
        }
    }
    return written;
}

QByteArray Import::rejectsCsv(const CsvTable &table, const Plan &plan)
{
    // Cells as every export writes them (Exporter::csvField): a formula someone typed stays text
    // in the spreadsheet that opens the file, and comes back without its guard when imported.
    QByteArray out = "line,reason";
    for (const QString &name : table.headers)
        out += ',' + Exporter::csvField(name);
    out += "\r\n";
    for (const Reject &reject : plan.rejects) {
        out += QByteArray::number(reject.line) + ',' + Exporter::csvField(reject.reason);
        for (const QString &cell : reject.cells)
            out += ',' + Exporter::csvField(cell);
        out += "\r\n";
    }
    return out;
}

} // namespace commonroom
