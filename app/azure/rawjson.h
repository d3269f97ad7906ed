#pragma once

#include <QByteArray>
#include <QJsonObject>

namespace acrnet {

// A resource's JSON as the service sent it, kept as compact UTF-8 and parsed again when asked for: a parsed
// QJsonObject takes about three times the memory (its containers, and the parser's slack), and an estate holds
// hundreds of thousands of resources while only the JSON tab, exports and read-modify-writes ever look at it.
// Equal JSON is equal bytes, so comparing two is a memcmp.
class RawJson
{
public:
    RawJson() = default;
    explicit RawJson(const QJsonObject &object);

    QJsonObject object() const;
    QJsonValue value(QLatin1String key) const { return object().value(key); }
    bool isEmpty() const { return m_bytes.isEmpty(); }
    const QByteArray &bytes() const { return m_bytes; }

    friend bool operator==(const RawJson &a, const RawJson &b) { return a.m_bytes == b.m_bytes; }
    friend bool operator!=(const RawJson &a, const RawJson &b) { return !(a == b); }

private:
    QByteArray m_bytes;
};

} // namespace acrnet
