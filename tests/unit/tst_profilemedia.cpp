// The rules of the photo and links profile fields (common/ProfileMedia.h), on their own and
// through validateFields, which both the daemon and the device run before accepting a change.

#include "common/ProfileMedia.h"
#include "common/Schema.h"

#include <QTest>

using namespace commonroom;

namespace {

const TableDef &person()
{
    return *findTable("person");
}

std::string pngBytes(std::size_t size)
{
    std::string bytes("\x89PNG\r\n\x1A\n", 8);
    bytes.resize(size, '\x01');
    return bytes;
}

std::string jpegBytes(std::size_t size)
{
    std::string bytes("\xFF\xD8\xFF\xE0", 4);
    bytes.resize(size, '\x02');
    return bytes;
}

std::string codeOf(const Status &status)
{
    return status.ok() ? std::string("ok") : status.error().code;
}

} // namespace

class TestProfileMedia : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void base64RoundTripsEveryLength()
    {
        for (std::size_t size = 0; size < 40; ++size) {
            std::string bytes;
            for (std::size_t i = 0; i < size; ++i)
                bytes.push_back(char(i * 37 + 11));
            const std::string text = ProfileMedia::encodeBase64(bytes);
            QCOMPARE(text.size() % 4, std::size_t(0));
            const auto decoded = ProfileMedia::decodeBase64(text);
            QVERIFY(decoded.has_value());
            QCOMPARE(*decoded, bytes);
        }
        QCOMPARE(ProfileMedia::encodeBase64("Man"), std::string("TWFu"));
        QCOMPARE(ProfileMedia::encodeBase64("Ma"), std::string("TWE="));
        QCOMPARE(ProfileMedia::encodeBase64("M"), std::string("TQ=="));
    }

    void base64RefusesMalformedText()
    {
        QVERIFY(!ProfileMedia::decodeBase64("TWF").has_value()); // not a multiple of 4
        QVERIFY(!ProfileMedia::decodeBase64("TW=u").has_value()); // data after padding
        QVERIFY(!ProfileMedia::decodeBase64("T===").has_value()); // too much padding
        QVERIFY(!ProfileMedia::decodeBase64("TQ==TWFu").has_value()); // padding before the end
        QVERIFY(!ProfileMedia::decodeBase64("TW u").has_value());
        QVERIFY(!ProfileMedia::decodeBase64("TWF\n").has_value());
        QVERIFY(!ProfileMedia::decodeBase64("TW-_").has_value()); // the URL-safe alphabet is not ours
    }

    void photoIsJpegOrPngByMagicBytes()
    {
        QCOMPARE(codeOf(ProfileMedia::validatePhoto(ProfileMedia::encodeBase64(pngBytes(100)))), std::string("ok"));
        QCOMPARE(codeOf(ProfileMedia::validatePhoto(ProfileMedia::encodeBase64(jpegBytes(100)))), std::string("ok"));
        // A GIF, a PDF, text and an empty file are refused, whatever they are called.
        for (const std::string &bytes :
            {std::string("GIF89a......"), std::string("%PDF-1.7 ...."), std::string("hello, world"), std::string()}) {
            const auto status = ProfileMedia::validatePhoto(ProfileMedia::encodeBase64(bytes));
            QCOMPARE(codeOf(status), std::string("invalid_value"));
            QVERIFY(status.error().message.find("JPEG or PNG") != std::string::npos);
        }
        // A truncated magic number is not a PNG.
        QCOMPARE(codeOf(ProfileMedia::validatePhoto(ProfileMedia::encodeBase64(std::string("\x89PNG\r\n", 6)))),
            std::string("invalid_value"));
        QCOMPARE(codeOf(ProfileMedia::validatePhoto("not base64!")), std::string("invalid_value"));
    }

    void photoHasASizeLimit()
    {
        const auto atLimit = ProfileMedia::encodeBase64(jpegBytes(ProfileMedia::kMaxPhotoBytes));
        QVERIFY(atLimit.size() <= ProfileMedia::kMaxPhotoBase64);
        QCOMPARE(codeOf(ProfileMedia::validatePhoto(atLimit)), std::string("ok"));
        const auto over
            = ProfileMedia::validatePhoto(ProfileMedia::encodeBase64(jpegBytes(ProfileMedia::kMaxPhotoBytes + 1)));
        QCOMPARE(codeOf(over), std::string("too_long"));
        QVERIFY(over.error().message.find("64 KiB") != std::string::npos);
    }

    void linksAreWebAddressesOnePerLine()
    {
        QCOMPARE(
            codeOf(ProfileMedia::validateLinks("https://example.org\nhttp://example.net/a?b=c#d")), std::string("ok"));
        QCOMPARE(codeOf(ProfileMedia::validateLinks("  https://example.org/ \n\n https://[::1]:8080/x \n")),
            std::string("ok"));
        QCOMPARE(ProfileMedia::splitLinks("  https://a.example \n\nhttps://b.example"),
            (std::vector<std::string> {"https://a.example", "https://b.example"}));
        QCOMPARE(codeOf(ProfileMedia::validateLinks("")), std::string("ok"));

        for (const char *bad : {"example.org", "ftp://example.org", "javascript:alert(1)", "https://", "https:///path",
                 "https://exa mple.org", "https://user:secret@example.org/", "https://example.org/\"><script>",
                 "mailto:ana@example.org"}) {
            const auto status = ProfileMedia::validateLinks(bad);
            QVERIFY2(!status.ok(), bad);
            QCOMPARE(status.error().code, std::string("invalid_value"));
            QVERIFY(!status.error().message.empty());
        }
        const auto tooLong = ProfileMedia::validateLinks("https://example.org/" + std::string(400, 'a'));
        QCOMPARE(codeOf(tooLong), std::string("invalid_value"));
        std::string six;
        for (int i = 0; i < 6; ++i)
            six += "https://example.org/" + std::to_string(i) + "\n";
        const auto tooMany = ProfileMedia::validateLinks(six);
        QCOMPARE(codeOf(tooMany), std::string("invalid_value"));
        QVERIFY(tooMany.error().message.find("at most 5") != std::string::npos);
    }

    void schemaChecksPhotoAndLinks()
    {
        const FieldDef *photo = person().field("photo");
        const FieldDef *links = person().field("links");
        QVERIFY(photo && links);
        QVERIFY(photo->ownerChoosesVisibility && links->ownerChoosesVisibility);
        QCOMPARE(int(photo->visibility), int(Visibility::Members));
        QCOMPARE(int(links->visibility), int(Visibility::Members));

        const std::string good = ProfileMedia::encodeBase64(pngBytes(64));
        QVERIFY(validateFields(person(), {{"photo", good}, {"links", std::string("https://example.org")}}).ok());
        QVERIFY(validateFields(person(), {{"photo", FieldValue {}}, {"links", FieldValue {}}}).ok()); // removing
        QCOMPARE(codeOf(validateFields(person(), {{"photo", ProfileMedia::encodeBase64("GIF89a")}})),
            std::string("invalid_value"));
        QCOMPARE(codeOf(validateFields(person(), {{"links", std::string("www.example.org")}})),
            std::string("invalid_value"));
        QCOMPARE(codeOf(validateFields(person(), {{"photo_visibility", std::string("everyone")}})),
            std::string("invalid_value"));
        // Far over the limit: refused by the column length before anything is decoded.
        QCOMPARE(codeOf(validateFields(person(), {{"photo", std::string(200'000, 'A')}})), std::string("too_long"));
        // Other tables are not person profiles.
        QVERIFY(validateFields(*findTable("group"), {{"description", std::string("links: not a URL")}}).ok());
    }
};

QTEST_APPLESS_MAIN(TestProfileMedia)
#include "tst_profilemedia.moc"
