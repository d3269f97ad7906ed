#include "redactor.h"

#include <QMessageAuthenticationCode>

namespace acrnet {

namespace {

const QRegularExpression &emailPattern()
{
    static const QRegularExpression re(
        QStringLiteral("(?<![\\w.%+'-])([\\w.%+'-]+)@((?:[A-Za-z0-9-]+\\.)+[A-Za-z]{2,})(?![\\w-])"));
    return re;
}

const QRegularExpression &guidPattern()
{
    static const QRegularExpression re(QStringLiteral("(?<![0-9A-Fa-f-])[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-["
                                                      "0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}(?![0-9A-Fa-f-])"));
    return re;
}

const QRegularExpression &ipPattern()
{
    static const QRegularExpression re(QStringLiteral(
        "(?<![\\w.])(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})(?:/(\\d{1,2}))?(?![\\w/]|\\.\\d)"));
    return re;
}

// Tenant domains Entra ID gives every tenant, whatever addDomains() was told.
const QString &builtInDomains()
{
    static const QString d = QStringLiteral("onmicrosoft\\.com|onmicrosoft\\.us|partner\\.onmschina\\.cn");
    return d;
}

bool isGuidPlaceholder(const QString &guid)
{
    return guid.mid(8, 16).compare(QLatin1String("-0000-4000-8000-"), Qt::CaseInsensitive) == 0;
}

bool isDomainPlaceholder(const QString &domain)
{
    static const QRegularExpression re(QStringLiteral("^tenant-[0-9a-f]{6}\\.example$"));
    return re.match(domain).hasMatch();
}

constexpr quint32 ip(int a, int b, int c, int d)
{
    return quint32(a) << 24 | quint32(b) << 16 | quint32(c) << 8 | quint32(d);
}

bool inRange(quint32 address, quint32 network, int prefix)
{
    const quint32 mask = prefix == 0 ? 0 : ~quint32(0) << (32 - prefix);
    return (address & mask) == (network & mask);
}

constexpr quint32 placeholderNetwork = ip(198, 18, 0, 0); // 198.18.0.0/15
constexpr int placeholderPrefix = 15;

} // namespace

Redactor::Redactor(const QByteArray &key)
    : m_key(key)
{
    rebuildDomainPattern();
}

void Redactor::addDomains(const QStringList &domains)
{
    bool added = false;
    for (const QString &d : domains) {
        const QString domain = d.trimmed().toLower();
        if (domain.isEmpty() || !domain.contains(QLatin1Char('.')) || m_domains.contains(domain) ||
            isDomainPlaceholder(domain))
            continue;
        m_domains.append(domain);
        added = true;
    }
    if (added) {
        m_cache.clear();
        rebuildDomainPattern();
    }
}

void Redactor::rebuildDomainPattern()
{
    QStringList alternatives{builtInDomains()};
    for (const QString &d : std::as_const(m_domains))
        alternatives.append(QRegularExpression::escape(d));
    m_domainPattern = QRegularExpression(QStringLiteral("(?<![\\w.@-])(?:[A-Za-z0-9-]+\\.)*(?:") +
                                             alternatives.join(QLatin1Char('|')) + QStringLiteral(")(?![\\w-])"),
                                         QRegularExpression::CaseInsensitiveOption);
}

bool Redactor::isPublicIPv4(quint32 a)
{
    static const struct
    {
        quint32 network;
        int prefix;
    } special[] = {
        {ip(0, 0, 0, 0), 8},      {ip(10, 0, 0, 0), 8},    {ip(100, 64, 0, 0), 10},   {ip(127, 0, 0, 0), 8},
        {ip(169, 254, 0, 0), 16}, {ip(172, 16, 0, 0), 12}, {ip(192, 0, 0, 0), 24},    {ip(192, 0, 2, 0), 24},
        {ip(192, 168, 0, 0), 16}, {ip(198, 18, 0, 0), 15}, {ip(198, 51, 100, 0), 24}, {ip(203, 0, 113, 0), 24},
        {ip(224, 0, 0, 0), 4},    {ip(240, 0, 0, 0), 4},
    };
    for (const auto &range : special) {
        if (inRange(a, range.network, range.prefix))
            return false;
    }
    return true;
}

QString Redactor::hashHex(const QString &value, int digits) const
{
    const QByteArray mac =
        QMessageAuthenticationCode::hash(value.toLower().toUtf8(), m_key, QCryptographicHash::Sha256).toHex();
    return QString::fromLatin1(mac.left(digits));
}

QString Redactor::guidPlaceholder(const QString &guid) const
{
    const QString h = hashHex(guid, 20);
    return h.left(8) + QStringLiteral("-0000-4000-8000-") + h.mid(8, 12);
}

QString Redactor::ipPlaceholder(quint32 address, int prefix) const
{
    quint32 placeholder = m_placeholderByIp.value(address);
    if (!placeholder) {
        const QString h = hashHex(QStringLiteral("ip:%1").arg(address), 8);
        quint32 slot = h.toUInt(nullptr, 16) % (1u << (32 - placeholderPrefix));
        for (;; slot = (slot + 1) % (1u << (32 - placeholderPrefix))) {
            const quint32 candidate = placeholderNetwork | slot;
            const int last = int(candidate & 0xff);
            if (last == 0 || last == 255 || m_ipByPlaceholder.contains(candidate))
                continue;
            placeholder = candidate;
            break;
        }
        m_placeholderByIp.insert(address, placeholder);
        m_ipByPlaceholder.insert(placeholder, address);
    }
    if (prefix >= placeholderPrefix && prefix < 32)
        placeholder &= ~quint32(0) << (32 - prefix);
    else if (prefix >= 0 && prefix < placeholderPrefix)
        placeholder = placeholderNetwork; // a wide public range: its placeholder is the whole placeholder range
    QString text = QStringLiteral("%1.%2.%3.%4")
                       .arg(placeholder >> 24)
                       .arg((placeholder >> 16) & 0xff)
                       .arg((placeholder >> 8) & 0xff)
                       .arg(placeholder & 0xff);
    if (prefix >= 0)
        text += QLatin1Char('/') + QString::number(prefix);
    return text;
}

QString Redactor::domainPlaceholder(const QString &domain) const
{
    if (isDomainPlaceholder(domain.toLower()))
        return domain;
    return QStringLiteral("tenant-") + hashHex(QStringLiteral("domain:") + domain, 6) + QStringLiteral(".example");
}

QString Redactor::replaceEmail(const QRegularExpressionMatch &m) const
{
    static const QRegularExpression localPlaceholder(QStringLiteral("^user-[0-9a-f]{6}$"));
    const QString domain = m.captured(2);
    if (localPlaceholder.match(m.captured(1)).hasMatch() && isDomainPlaceholder(domain))
        return m.captured(0);
    return QStringLiteral("user-") + hashHex(QStringLiteral("upn:") + m.captured(0), 6) + QLatin1Char('@') +
           domainPlaceholder(domain);
}

QString Redactor::replaceDomain(const QRegularExpressionMatch &m) const
{
    return domainPlaceholder(m.captured(0));
}

QString Redactor::replaceGuid(const QRegularExpressionMatch &m) const
{
    const QString guid = m.captured(0);
    if (isGuidPlaceholder(guid) || guid == QLatin1String("00000000-0000-0000-0000-000000000000"))
        return guid;
    return guidPlaceholder(guid);
}

QString Redactor::replaceIp(const QRegularExpressionMatch &m) const
{
    quint32 address = 0;
    for (int i = 1; i <= 4; ++i) {
        const int octet = m.capturedView(i).toInt();
        if (octet > 255)
            return m.captured(0); // a version number or the like, not an address
        address = address << 8 | quint32(octet);
    }
    if (!isPublicIPv4(address))
        return m.captured(0);
    if (!m.hasCaptured(5))
        return ipPlaceholder(address, -1);
    const int prefix = m.capturedView(5).toInt();
    if (prefix > 32) // "52.1.2.3/33" in an error message: the address goes, the wrong prefix stays
        return ipPlaceholder(address, -1) + QLatin1Char('/') + m.captured(5);
    return ipPlaceholder(address, prefix);
}

QString Redactor::replaceAll(const QString &text, const QRegularExpression &re,
                             QString (Redactor::*replace)(const QRegularExpressionMatch &) const) const
{
    QString out;
    qsizetype last = 0;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(last, m.capturedStart(0) - last);
        out += (this->*replace)(m);
        last = m.capturedEnd(0);
    }
    if (last == 0)
        return text;
    out += QStringView(text).mid(last);
    return out;
}

QString Redactor::redact(const QString &text) const
{
    // Every pattern needs one of these characters: most texts (names, numbers, words) return at once.
    if (!text.contains(QLatin1Char('-')) && !text.contains(QLatin1Char('.')) && !text.contains(QLatin1Char('@')))
        return text;
    if (text.size() <= 1024) {
        const auto cached = m_cache.constFind(text);
        if (cached != m_cache.cend())
            return *cached;
    }
    QString out = replaceAll(text, emailPattern(), &Redactor::replaceEmail);
    out = replaceAll(out, m_domainPattern, &Redactor::replaceDomain);
    out = replaceAll(out, guidPattern(), &Redactor::replaceGuid);
    out = replaceAll(out, ipPattern(), &Redactor::replaceIp);
    if (text.size() <= 1024) { // cells, labels and IDs repeat; a document is redacted once by its owner
        if (m_cache.size() > 100000)
            m_cache.clear();
        m_cache.insert(text, out);
    }
    return out;
}

QByteArray Redactor::redact(const QByteArray &utf8) const
{
    const QString text = QString::fromUtf8(utf8);
    const QString out = redact(text);
    return out == text ? utf8 : out.toUtf8();
}

bool Redactor::needsRedaction(const QString &text) const
{
    return redact(text) != text;
}

} // namespace acrnet
