#pragma once

#include <QSslCertificate>
#include <QSslKey>
#include <QString>

namespace acrnet::sandbox {

// A self-signed certificate for 127.0.0.1, made at start with the openssl tool (Qt cannot create keys).
class TlsMaterial
{
public:
    bool generate(QString *error);
    QSslCertificate certificate() const { return m_certificate; }
    QSslKey privateKey() const { return m_key; }
    // SHA-256 of the DER certificate as colon-separated upper-case hex, the form browsers and openssl print.
    QString fingerprint() const;
    static QString fingerprintOf(const QSslCertificate &certificate);

private:
    QSslCertificate m_certificate;
    QSslKey m_key;
};

} // namespace acrnet::sandbox
