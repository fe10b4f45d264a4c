#include "TlsIdentity.h"

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <system_error>

namespace commonroom::syncd {

namespace {

constexpr std::int64_t kValiditySeconds = 10LL * 365 * 24 * 3600;

struct Free
{
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
    void operator()(X509 *certificate) const { X509_free(certificate); }
    void operator()(X509_EXTENSION *extension) const { X509_EXTENSION_free(extension); }
    void operator()(std::FILE *file) const { std::fclose(file); }
};
using KeyPtr = std::unique_ptr<EVP_PKEY, Free>;
using CertificatePtr = std::unique_ptr<X509, Free>;
using ExtensionPtr = std::unique_ptr<X509_EXTENSION, Free>;
using FilePtr = std::unique_ptr<std::FILE, Free>;

std::string openSslReason()
{
    const unsigned long code = ERR_peek_last_error();
    ERR_clear_error();
    if (code == 0)
        return "unknown OpenSSL error";
    char buffer[256];
    ERR_error_string_n(code, buffer, sizeof buffer);
    return buffer;
}

Error fileError(const std::string &what, const std::filesystem::path &path, int errorNumber)
{
    return makeError("tls", "Cannot " + what + " " + path.string() + ": " + std::strerror(errorNumber) + ".");
}

Result<CertificatePtr> readCertificate(const std::filesystem::path &path)
{
    FilePtr file(std::fopen(path.c_str(), "rb"));
    if (!file)
        return fileError("read the TLS certificate", path, errno);
    CertificatePtr certificate(PEM_read_X509(file.get(), nullptr, nullptr, nullptr));
    if (!certificate)
        return makeError("tls",
            path.string() + " holds no PEM certificate (" + openSslReason() + "); give a PEM file with --tls-cert.");
    return certificate;
}

Result<KeyPtr> readKey(const std::filesystem::path &path)
{
    FilePtr file(std::fopen(path.c_str(), "rb"));
    if (!file)
        return fileError("read the TLS key", path, errno);
    KeyPtr key(PEM_read_PrivateKey(file.get(), nullptr, nullptr, nullptr));
    if (!key)
        return makeError("tls",
            path.string() + " holds no unencrypted PEM private key (" + openSslReason()
                + "); give one with --tls-key.");
    return key;
}

std::string fingerprintOf(X509 *certificate)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    X509_digest(certificate, EVP_sha256(), digest, &size);
    static constexpr char hex[] = "0123456789ABCDEF";
    std::string text;
    for (unsigned int i = 0; i < size; ++i) {
        if (i)
            text.push_back(':');
        text.push_back(hex[digest[i] >> 4]);
        text.push_back(hex[digest[i] & 0x0f]);
    }
    return text;
}

bool addExtension(X509 *certificate, int nid, const char *value)
{
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, certificate, certificate, nullptr, nullptr, 0);
    ExtensionPtr extension(X509V3_EXT_conf_nid(nullptr, &context, nid, value));
    return extension && X509_add_ext(certificate, extension.get(), -1) == 1;
}

Result<CertificatePtr> makeSelfSigned(EVP_PKEY *key, std::int64_t nowUnixSeconds)
{
    CertificatePtr certificate(X509_new());
    if (!certificate)
        return makeError("tls", "Cannot create a certificate: " + openSslReason() + ".");
    X509_set_version(certificate.get(), X509_VERSION_3);
    // A random serial, so that a re-created certificate never looks like the old one to clients.
    BIGNUM *serial = BN_new();
    BN_rand(serial, 127, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY);
    BN_to_ASN1_INTEGER(serial, X509_get_serialNumber(certificate.get()));
    BN_free(serial);
    // Backdated by a day so that clients with a slightly slow clock accept it at once.
    ASN1_TIME_set(X509_getm_notBefore(certificate.get()), time_t(nowUnixSeconds - 24 * 3600));
    ASN1_TIME_set(X509_getm_notAfter(certificate.get()), time_t(nowUnixSeconds + kValiditySeconds));
    X509_set_pubkey(certificate.get(), key);
    X509_NAME *name = X509_get_subject_name(certificate.get());
    X509_NAME_add_entry_by_txt(
        name, "O", MBSTRING_ASC, reinterpret_cast<const unsigned char *>("Commonroom"), -1, -1, 0);
    X509_NAME_add_entry_by_txt(
        name, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char *>("localhost"), -1, -1, 0);
    X509_set_issuer_name(certificate.get(), name);
    // The same extensions `openssl req -x509` adds, so that clients may also trust the file as
    // its own CA (--ca) instead of pinning the fingerprint.
    const bool extended = addExtension(certificate.get(), NID_basic_constraints, "critical,CA:TRUE")
        && addExtension(certificate.get(), NID_key_usage, "critical,digitalSignature,keyCertSign")
        && addExtension(certificate.get(), NID_ext_key_usage, "serverAuth")
        && addExtension(certificate.get(), NID_subject_key_identifier, "hash")
        && addExtension(certificate.get(), NID_authority_key_identifier, "keyid:always")
        && addExtension(certificate.get(), NID_subject_alt_name, "DNS:localhost,IP:127.0.0.1,IP:::1");
    if (!extended || X509_sign(certificate.get(), key, EVP_sha256()) == 0)
        return makeError("tls", "Cannot sign the self-signed certificate: " + openSslReason() + ".");
    return certificate;
}

// Opens a new file with `mode` from the start, so that a key is never readable by others even
// for a moment.
Result<FilePtr> createFile(const std::filesystem::path &path, mode_t mode)
{
    const int descriptor = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
    if (descriptor < 0)
        return fileError("create", path, errno);
    FilePtr file(::fdopen(descriptor, "wb"));
    if (!file) {
        const int error = errno;
        ::close(descriptor);
        return fileError("write", path, error);
    }
    return file;
}

Status finishFile(FilePtr file, const std::filesystem::path &path)
{
    if (std::fflush(file.get()) != 0 || ::fsync(::fileno(file.get())) != 0)
        return fileError("write", path, errno);
    return {};
}

} // namespace

Result<TlsIdentity> TlsIdentity::load(
    const std::filesystem::path &certificateFile, const std::filesystem::path &keyFile)
{
    auto certificate = readCertificate(certificateFile);
    if (!certificate)
        return certificate.error();
    auto key = readKey(keyFile);
    if (!key)
        return key.error();
    if (X509_check_private_key(certificate->get(), key->get()) != 1) {
        ERR_clear_error();
        return makeError("tls",
            "The key in " + keyFile.string() + " does not belong to the certificate in " + certificateFile.string()
                + "; give the matching pair.");
    }
    TlsIdentity identity;
    identity.m_certificateFile = certificateFile;
    identity.m_keyFile = keyFile;
    identity.m_fingerprint = fingerprintOf(certificate->get());
    return identity;
}

Result<TlsIdentity> TlsIdentity::loadOrCreateSelfSigned(
    const std::filesystem::path &dataDirectory, std::int64_t nowUnixSeconds)
{
    const auto directory = dataDirectory / "tls";
    const auto certificateFile = directory / "cert.pem";
    const auto keyFile = directory / "key.pem";
    std::error_code ec;
    const bool haveCertificate = std::filesystem::exists(certificateFile, ec);
    const bool haveKey = std::filesystem::exists(keyFile, ec);
    if (haveCertificate && haveKey)
        return load(certificateFile, keyFile);
    if (haveCertificate)
        return makeError("tls",
            keyFile.string() + " is missing; restore it, or remove " + certificateFile.string()
                + " to create a new certificate (clients will then have to accept the new "
                  "fingerprint).");
    // A key without its certificate is left from a first start that stopped half-way (the key is
    // written first); no client can have pinned anything yet, so it is replaced.
    if (haveKey && !std::filesystem::remove(keyFile, ec))
        return fileError("replace the incomplete TLS key", keyFile, ec.value());

    if (::mkdir(directory.c_str(), 0700) != 0 && errno != EEXIST)
        return fileError("create the directory", directory, errno);

    KeyPtr key(EVP_EC_gen("P-256"));
    if (!key)
        return makeError("tls", "Cannot generate a TLS key: " + openSslReason() + ".");
    auto certificate = makeSelfSigned(key.get(), nowUnixSeconds);
    if (!certificate)
        return certificate.error();

    // The key goes first, see above.
    auto keyOut = createFile(keyFile, 0600);
    if (!keyOut)
        return keyOut.error();
    if (PEM_write_PrivateKey(keyOut->get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return makeError("tls", "Cannot write " + keyFile.string() + ": " + openSslReason() + ".");
    if (auto written = finishFile(std::move(*keyOut), keyFile); !written)
        return written.error();

    auto certificateOut = createFile(certificateFile, 0644);
    if (!certificateOut)
        return certificateOut.error();
    if (PEM_write_X509(certificateOut->get(), certificate->get()) != 1)
        return makeError("tls", "Cannot write " + certificateFile.string() + ": " + openSslReason() + ".");
    if (auto written = finishFile(std::move(*certificateOut), certificateFile); !written)
        return written.error();

    TlsIdentity identity;
    identity.m_certificateFile = certificateFile;
    identity.m_keyFile = keyFile;
    identity.m_fingerprint = fingerprintOf(certificate->get());
    return identity;
}

} // namespace commonroom::syncd
