#pragma once

#include <QByteArray>
#include <QHash>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace acrnet {

// Presentation mode's rules: what in a text identifies a tenant, a subscription or a person, and the placeholder
// shown instead. GUIDs (tenant, subscription, object, request and correlation IDs), public IPv4 addresses outside
// the documentation and other special ranges, e-mail addresses and user principal names, and tenant domains
// (*.onmicrosoft.com and the domains added with addDomains()) are replaced; resource names, private addresses and
// Azure's words stay. A placeholder is a keyed hash of the value: the same value and key give the same placeholder
// in every run, a placeholder is never redacted again (redact(redact(x)) == redact(x)), and a resource ID keeps its
// shape:
//   GUID        3f2a9c1d-0000-4000-8000-5e6b7a8c9d0f   (hash digits around fixed middle groups)
//   IPv4        198.18.x.y, prefix kept               (the benchmarking range: never a customer's public address)
//   e-mail/UPN  user-1a2b3c@tenant-4d5e6f.example
//   domain      tenant-4d5e6f.example
class Redactor
{
public:
    explicit Redactor(const QByteArray &key = QByteArray());

    // Domains of the tenants and accounts in view; they and their subdomains are redacted wherever they appear.
    void addDomains(const QStringList &domains);
    QStringList domains() const { return m_domains; }

    QString redact(const QString &text) const;
    QByteArray redact(const QByteArray &utf8) const;
    // Whether redact() would change the text.
    bool needsRedaction(const QString &text) const;

    // Whether a public IPv4 address (the app redacts only these) — not private, shared, loopback, link-local,
    // documentation, benchmarking, multicast or reserved.
    static bool isPublicIPv4(quint32 address);

private:
    QString hashHex(const QString &value, int digits) const;
    QString guidPlaceholder(const QString &guid) const;
    QString ipPlaceholder(quint32 address, int prefix) const;
    QString domainPlaceholder(const QString &domain) const;
    QString replaceAll(const QString &text, const QRegularExpression &re,
                       QString (Redactor::*replace)(const QRegularExpressionMatch &) const) const;
    QString replaceEmail(const QRegularExpressionMatch &m) const;
    QString replaceDomain(const QRegularExpressionMatch &m) const;
    QString replaceGuid(const QRegularExpressionMatch &m) const;
    QString replaceIp(const QRegularExpressionMatch &m) const;
    void rebuildDomainPattern();

    QByteArray m_key;
    QStringList m_domains;
    QRegularExpression m_domainPattern;
    // Placeholder addresses in use, so that two public addresses never share one (within a run; the order in which
    // they are first seen decides only between colliding hashes).
    mutable QHash<quint32, quint32> m_ipByPlaceholder;
    mutable QHash<quint32, quint32> m_placeholderByIp;
    mutable QHash<QString, QString> m_cache;
};

} // namespace acrnet
