#include "Exporter.h"

#include "LocalStore.h"
#include "common/ProfileMedia.h"

#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>

namespace commonroom {

namespace {

QString field(const FieldMap &row, const char *name)
{
    const auto it = row.find(name);
    if (it == row.end() || isNull(it->second))
        return {};
    return QString::fromStdString(toDisplayString(it->second));
}

void addLine(QByteArray &out, const QString &line)
{
    out += Exporter::foldLine(line.toUtf8());
    out += "\r\n";
}

// A text property, left out when the device has no value for it.
void addText(QByteArray &out, const char *property, const QString &value)
{
    if (!value.isEmpty())
        addLine(out, QLatin1String(property) + QLatin1Char(':') + Exporter::escapeText(value));
}

// PHOTO as a data: URI (RFC 6350 §6.2.4, RFC 2397), only for a value that is what the device
// accepts as a photo (base64 of a JPEG or PNG): anything else is left out rather than exported.
void addPhoto(QByteArray &out, const QString &base64)
{
    if (base64.isEmpty())
        return;
    const std::string text = base64.toStdString();
    const auto bytes = ProfileMedia::decodeBase64(text);
    const auto format = bytes ? ProfileMedia::imageFormat(*bytes) : std::nullopt;
    if (!format)
        return;
    const QLatin1String mediaType
        = *format == ProfileMedia::ImageFormat::Png ? QLatin1String("image/png") : QLatin1String("image/jpeg");
    // A URI value: not escaped as text (the comma of the data: URI is part of it).
    addLine(out, QStringLiteral("PHOTO:data:%1;base64,").arg(mediaType) + base64);
}

// One URL per link (RFC 6350 §6.7.8), each checked as the profile checks it; a URI value, not
// escaped as text.
void addLinks(QByteArray &out, const QString &links)
{
    for (const std::string &link : ProfileMedia::splitLinks(links.toStdString())) {
        if (ProfileMedia::validateLinks(link).ok())
            addLine(out, QStringLiteral("URL:") + QString::fromStdString(link));
    }
}

constexpr int kPageSize = 500;

} // namespace

Exporter::Exporter(const LocalStore &store)
    : m_store(store)
{
}

QString Exporter::escapeText(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size());
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\') || c == QLatin1Char(',') || c == QLatin1Char(';')) {
            escaped += QLatin1Char('\\');
            escaped += c;
        } else if (c == QLatin1Char('\r')) {
            escaped += QStringLiteral("\\n");
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
        } else if (c == QLatin1Char('\n')) {
            escaped += QStringLiteral("\\n");
        } else {
            escaped += c;
        }
    }
    return escaped;
}

QByteArray Exporter::foldLine(const QByteArray &line)
{
    constexpr int kMaxOctets = 75;
    QByteArray folded;
    int lineLength = 0;
    for (int i = 0; i < line.size();) {
        // The length of the UTF-8 sequence starting here, so it is never split.
        const auto lead = static_cast<unsigned char>(line.at(i));
        int length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : (lead >> 3) == 0x1E ? 4 : 1;
        length = std::min(length, int(line.size()) - i);
        if (lineLength + length > kMaxOctets) {
            folded += "\r\n ";
            lineLength = 1;
        }
        folded += line.mid(i, length);
        lineLength += length;
        i += length;
    }
    return folded;
}

QByteArray Exporter::vCard(const QString &personId, const FieldMap &person)
{
    QByteArray out;
    addLine(out, QStringLiteral("BEGIN:VCARD"));
    addLine(out, QStringLiteral("VERSION:4.0"));
    addLine(out, QStringLiteral("KIND:individual"));
    addLine(out, QStringLiteral("UID:urn:uuid:") + personId);
    const QString given = field(person, "given_name");
    const QString family = field(person, "family_name");
    QString name = field(person, "display_name");
    if (name.isEmpty())
        name = QStringList {given, family}.join(QLatin1Char(' ')).trimmed();
    // FN is required; a person whose name is not shared has an empty one.
    addLine(out, QStringLiteral("FN:") + escapeText(name));
    if (!given.isEmpty() || !family.isEmpty())
        addLine(out, QStringLiteral("N:%1;%2;;;").arg(escapeText(family), escapeText(given)));
    addText(out, "PRONOUNS", field(person, "pronouns")); // RFC 9554
    addText(out, "EMAIL", field(person, "email"));
    if (const QString phone = field(person, "phone"); !phone.isEmpty())
        addLine(out, QStringLiteral("TEL;VALUE=text:") + escapeText(phone));
    const QString address = field(person, "address");
    const QString area = field(person, "area");
    if (!address.isEmpty() || !area.isEmpty())
        addLine(out, QStringLiteral("ADR:;;%1;%2;;;").arg(escapeText(address), escapeText(area)));
    addText(out, "X-COMMONROOM-NEIGHBOURHOOD", field(person, "neighbourhood"));
    addText(out, "X-COMMONROOM-LANGUAGES", field(person, "languages"));
    addText(out, "EXPERTISE", field(person, "skills")); // RFC 6715
    addText(out, "INTEREST", field(person, "interests")); // RFC 6715
    addText(out, "NOTE", field(person, "bio"));
    addPhoto(out, field(person, "photo"));
    addLinks(out, field(person, "links"));
    addLine(out, QStringLiteral("END:VCARD"));
    return out;
}

Result<QByteArray> Exporter::vCardOfPerson(const QString &personId) const
{
    const auto person = m_store.row(QStringLiteral("person"), personId);
    if (!person)
        return makeError("not_found", "There is no person " + personId.toStdString() + " on this device.");
    return vCard(personId, *person);
}

Result<QByteArray> Exporter::vCardOfGroup(const QString &groupId) const
{
    if (!m_store.row(QStringLiteral("group"), groupId))
        return makeError("not_found", "There is no group " + groupId.toStdString() + " on this device.");
    PeopleQuery query;
    query.groupId = groupId;
    PeopleSearch search(m_store.database(), query);
    QByteArray out;
    while (!search.atEnd()) {
        auto ids = search.next(kPageSize);
        if (!ids)
            return ids.error();
        for (const QString &id : *ids) {
            if (const auto person = m_store.row(QStringLiteral("person"), id))
                out += vCard(id, *person);
        }
    }
    return out;
}

QStringList Exporter::csvColumns()
{
    return {QStringLiteral("display_name"), QStringLiteral("given_name"), QStringLiteral("family_name"),
        QStringLiteral("pronouns"), QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("address"),
        QStringLiteral("area"), QStringLiteral("neighbourhood"), QStringLiteral("languages"), QStringLiteral("skills"),
        QStringLiteral("interests"), QStringLiteral("bio"), QStringLiteral("role"), QStringLiteral("leadership_level")};
}

QByteArray Exporter::csvField(const QString &value)
{
    QByteArray utf8 = value.toUtf8();
    // A spreadsheet takes a cell that starts with = + - @ (or a tab or carriage return) for a
    // formula, which a name or a note typed by anyone could use to run commands on the machine of
    // whoever opens the export. The leading apostrophe makes it text; spreadsheets do not show it.
    if (!utf8.isEmpty() && QByteArrayView("=+-@\t\r").contains(utf8.front()))
        utf8.prepend('\'');
    if (!utf8.contains(',') && !utf8.contains('"') && !utf8.contains('\r') && !utf8.contains('\n'))
        return utf8;
    QByteArray quoted = utf8;
    quoted.replace('"', "\"\"");
    return '"' + quoted + '"';
}

Result<QByteArray> Exporter::csv(const PeopleQuery &query, int limit) const
{
    const QStringList columns = csvColumns();
    QByteArray out = "id";
    for (const QString &column : columns)
        out += ',' + column.toUtf8();
    out += "\r\n";
    PeopleSearch search(m_store.database(), query);
    int left = limit < 0 ? std::numeric_limits<int>::max() : limit;
    while (left > 0 && !search.atEnd()) {
        auto ids = search.next(std::min(left, kPageSize));
        if (!ids)
            return ids.error();
        for (const QString &id : *ids) {
            const auto person = m_store.row(QStringLiteral("person"), id);
            if (!person)
                continue;
            out += csvField(id);
            for (const QString &column : columns)
                out += ',' + csvField(field(*person, column.toUtf8().constData()));
            out += "\r\n";
        }
        left -= int(ids->size());
    }
    return out;
}

Status Exporter::writeFile(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return makeError("io",
            "Cannot write " + path.toStdString() + ": " + file.errorString().toStdString()
                + ". Choose another place to save the export.");
    return {};
}

} // namespace commonroom
