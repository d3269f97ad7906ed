#include "iprange.h"

#include <QStringList>

namespace acrnet {

std::optional<quint32> IpRange::parseAddress(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char('.'));
    if (parts.size() != 4)
        return std::nullopt;
    quint32 address = 0;
    for (const QString &part : parts) {
        if (part.isEmpty() || part.size() > 3)
            return std::nullopt;
        for (const QChar c : part) {
            if (!c.isDigit() || c.unicode() > '9')
                return std::nullopt;
        }
        const uint value = part.toUInt();
        if (value > 255 || (part.size() > 1 && part.startsWith(QLatin1Char('0')))) // no octal-looking "010"
            return std::nullopt;
        address = address << 8 | value;
    }
    return address;
}

QString IpRange::addressText(quint32 a)
{
    return QStringLiteral("%1.%2.%3.%4").arg(a >> 24).arg((a >> 16) & 0xff).arg((a >> 8) & 0xff).arg(a & 0xff);
}

std::optional<IpRange> IpRange::parse(const QString &input, QString *error)
{
    const QString text = input.trimmed();
    if (text.isEmpty()) {
        *error = tr("Enter an IPv4 address (203.0.113.7) or range (203.0.113.0/24).");
        return std::nullopt;
    }
    if (text.contains(QLatin1Char(':'))) {
        *error = tr("'%1' is an IPv6 address; registry IP rules accept IPv4 only.").arg(text);
        return std::nullopt;
    }
    const QString addressPart = text.section(QLatin1Char('/'), 0, 0);
    const auto address = parseAddress(addressPart);
    if (!address) {
        *error = tr("'%1' is not an IPv4 address: four numbers from 0 to 255 separated by dots.").arg(addressPart);
        return std::nullopt;
    }
    IpRange range;
    if (text.contains(QLatin1Char('/'))) {
        const QString prefixPart = text.section(QLatin1Char('/'), 1);
        bool ok = false;
        const int prefix = prefixPart.toInt(&ok);
        if (!ok || prefix < 0 || prefix > 32 || prefixPart.contains(QLatin1Char('+'))) {
            *error = tr("'/%1' is not a valid prefix length: use a number from 0 to 32.").arg(prefixPart);
            return std::nullopt;
        }
        range.m_prefix = prefix;
    }
    range.m_network = *address & mask(range.m_prefix);
    if (range.m_network != *address) {
        *error = tr("'%1' has host bits set for a /%2 range; did you mean %3?")
                     .arg(text)
                     .arg(range.m_prefix)
                     .arg(range.text());
        return std::nullopt;
    }
    return range;
}

QString IpRange::text() const
{
    if (m_prefix == 32)
        return addressText(m_network);
    return addressText(m_network) + QLatin1Char('/') + QString::number(m_prefix);
}

bool IpRange::contains(const IpRange &other) const
{
    return m_prefix <= other.m_prefix && (other.m_network & mask(m_prefix)) == m_network;
}

bool IpRange::overlaps(const IpRange &other) const
{
    return contains(other) || other.contains(*this);
}

bool IpRange::isPrivate() const
{
    static const QList<IpRange> privateRanges = [] {
        QList<IpRange> out;
        for (const char *r :
             {"10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "127.0.0.0/8", "169.254.0.0/16", "100.64.0.0/10"}) {
            QString e;
            out.append(*parse(QString::fromLatin1(r), &e));
        }
        return out;
    }();
    for (const IpRange &p : privateRanges) {
        if (p.contains(*this))
            return true;
    }
    return false;
}

} // namespace acrnet
