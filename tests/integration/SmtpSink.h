#pragma once

#include <QByteArrayList>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

// A real SMTP server for tests: python3 -m aiosmtpd on a free loopback port, storing what it
// receives in a maildir. With a certificate and key it requires STARTTLS, like a real relay. It
// refuses (550) every address whose local part starts with "nobody", as a server without such a
// mailbox does.
class SmtpSink
{
public:
    SmtpSink();
    ~SmtpSink();

    // Starts on `port` (0: a free one, kept across restarts). Returns false with error() set.
    bool start(int port = 0, const QString &certificate = {}, const QString &key = {});
    void stop();

    int port() const { return m_port; }
    QString error() const { return m_error; }
    // Every message received so far, raw (headers and body).
    QByteArrayList messages() const;
    // Waits (polling, up to `timeoutMs`) for a message whose headers name `recipient`; empty if none.
    QByteArray waitForMessageTo(const QString &recipient, int timeoutMs = 60'000) const;

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    int m_port = 0;
    QString m_certificate;
    QString m_key;
    QString m_error;
};
