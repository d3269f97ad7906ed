#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace acrnet {

// An IPv4 address or CIDR range as a registry IP rule takes it. "1.2.3.4" and "1.2.3.4/32" are the same range;
// text() is the canonical form (a single address without "/32"). Host bits set under the mask are an error with
// a suggestion ("did you mean 10.0.0.0/24?"), as is IPv6 (registry rules are IPv4 only).
class IpRange
{
    Q_DECLARE_TR_FUNCTIONS(acrnet::IpRange)

public:
    static std::optional<IpRange> parse(const QString &text, QString *error);

    quint32 network() const { return m_network; }
    int prefixLength() const { return m_prefix; }
    quint32 last() const { return m_prefix == 0 ? 0xffffffffu : m_network | ~mask(m_prefix); }
    QString text() const;

    bool contains(const IpRange &other) const;
    bool overlaps(const IpRange &other) const;
    bool contains(quint32 address) const { return (address & mask(m_prefix)) == m_network; }
    // RFC 1918, loopback, link-local, CGNAT: never the source address a public endpoint sees.
    bool isPrivate() const;
    // Shorter than /16 (more than 65,536 addresses): almost certainly broader than intended.
    bool isBroad() const { return m_prefix < 16; }

    static QString addressText(quint32 address);
    static std::optional<quint32> parseAddress(const QString &text);

    friend bool operator==(const IpRange &a, const IpRange &b)
    {
        return a.m_network == b.m_network && a.m_prefix == b.m_prefix;
    }

private:
    static quint32 mask(int prefix) { return prefix == 0 ? 0u : 0xffffffffu << (32 - prefix); }
    quint32 m_network = 0;
    int m_prefix = 32;
};

} // namespace acrnet
