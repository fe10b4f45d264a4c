#include "syncd/TlsIdentity.h"

#include "TestPrinters.h"
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QTemporaryDir>

#include <QTest>

#include <sys/stat.h>

using namespace commonroom;
using namespace commonroom::syncd;

namespace {

constexpr std::int64_t kNow = 1'700'000'000;

QString qtFingerprint(const QString &file)
{
    const auto certificates = QSslCertificate::fromPath(file);
    if (certificates.size() != 1)
        return {};
    return QString::fromLatin1(certificates.first().digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

} // namespace

class TestTlsIdentity : public QObject
{
    Q_OBJECT

private slots:
    void createsASelfSignedCertificateOnce()
    {
        QTemporaryDir dir;
        const auto created = TlsIdentity::loadOrCreateSelfSigned(dir.path().toStdString(), kNow);
        QVERIFY2(created.ok(), created.ok() ? "" : created.error().message.c_str());
        const QString certificateFile = QString::fromStdString(created->certificateFile().string());
        QCOMPARE(certificateFile, dir.filePath(QStringLiteral("tls/cert.pem")));
        QCOMPARE(QString::fromStdString(created->keyFile().string()), dir.filePath(QStringLiteral("tls/key.pem")));

        struct stat key
        {
        };
        QCOMPARE(::stat(created->keyFile().c_str(), &key), 0);
        QCOMPARE(key.st_mode & 0777, 0600u);

        const QString fingerprint = QString::fromStdString(created->fingerprint());
        QVERIFY(QRegularExpression(QStringLiteral("^([0-9A-F]{2}:){31}[0-9A-F]{2}$")).match(fingerprint).hasMatch());
        QCOMPARE(fingerprint, qtFingerprint(certificateFile));

        const auto certificate = QSslCertificate::fromPath(certificateFile).first();
        const auto names = certificate.subjectAlternativeNames();
        QVERIFY(names.values(QSsl::DnsEntry).contains(QStringLiteral("localhost")));
        QVERIFY(names.values(QSsl::IpAddressEntry).contains(QStringLiteral("127.0.0.1")));
        QVERIFY(names.values(QSsl::IpAddressEntry).contains(QStringLiteral("0:0:0:0:0:0:0:1"))
            || names.values(QSsl::IpAddressEntry).contains(QStringLiteral("::1")));
        const auto validYears = certificate.effectiveDate().daysTo(certificate.expiryDate()) / 365;
        QVERIFY(validYears >= 9 && validYears <= 11);

        // The next start finds and reuses it: clients keep their pin.
        const auto reused = TlsIdentity::loadOrCreateSelfSigned(dir.path().toStdString(), kNow + 86400);
        QVERIFY(reused.ok());
        QCOMPARE(reused->fingerprint(), created->fingerprint());
    }

    void replacesAKeyLeftWithoutItsCertificate()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("tls")));
        QFile stray(dir.filePath(QStringLiteral("tls/key.pem")));
        QVERIFY(stray.open(QIODevice::WriteOnly));
        stray.write("half-written");
        stray.close();
        const auto created = TlsIdentity::loadOrCreateSelfSigned(dir.path().toStdString(), kNow);
        QVERIFY2(created.ok(), created.ok() ? "" : created.error().message.c_str());
    }

    void refusesACertificateWithoutItsKey()
    {
        QTemporaryDir dir;
        const auto created = TlsIdentity::loadOrCreateSelfSigned(dir.path().toStdString(), kNow);
        QVERIFY(created.ok());
        QVERIFY(QFile::remove(dir.filePath(QStringLiteral("tls/key.pem"))));
        const auto reopened = TlsIdentity::loadOrCreateSelfSigned(dir.path().toStdString(), kNow);
        QVERIFY(!reopened.ok());
        QVERIFY2(
            reopened.error().message.find("key.pem is missing") != std::string::npos, reopened.error().message.c_str());
    }

    void loadsGivenFilesAndChecksThatTheyMatch()
    {
        QTemporaryDir first;
        QTemporaryDir second;
        const auto a = TlsIdentity::loadOrCreateSelfSigned(first.path().toStdString(), kNow);
        const auto b = TlsIdentity::loadOrCreateSelfSigned(second.path().toStdString(), kNow);
        QVERIFY(a.ok() && b.ok());
        QVERIFY(a->fingerprint() != b->fingerprint());

        const auto loaded = TlsIdentity::load(a->certificateFile(), a->keyFile());
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->fingerprint(), a->fingerprint());

        const auto mismatched = TlsIdentity::load(a->certificateFile(), b->keyFile());
        QVERIFY(!mismatched.ok());
        QVERIFY(mismatched.error().message.find("does not belong") != std::string::npos);

        const auto missing = TlsIdentity::load("/nonexistent/cert.pem", a->keyFile());
        QVERIFY(!missing.ok());
        QVERIFY2(missing.error().message.find("/nonexistent/cert.pem") != std::string::npos,
            missing.error().message.c_str());

        const auto keyAsCertificate = TlsIdentity::load(a->keyFile(), a->keyFile());
        QVERIFY(!keyAsCertificate.ok());
        QVERIFY(keyAsCertificate.error().message.find("no PEM certificate") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestTlsIdentity)
#include "tst_tlsidentity.moc"
