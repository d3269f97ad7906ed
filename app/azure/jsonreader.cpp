#include "jsonreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <cstring>

namespace acrnet {

JsonReader::JsonReader(const QJsonObject &object, const QString &context)
    : m_object(object)
    , m_context(context)
{}

namespace {

QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool:
        return JsonReader::tr("a boolean");
    case QJsonValue::Double:
        return JsonReader::tr("a number");
    case QJsonValue::String:
        return JsonReader::tr("a string");
    case QJsonValue::Array:
        return JsonReader::tr("a list");
    case QJsonValue::Object:
        return JsonReader::tr("an object");
    default:
        return JsonReader::tr("empty");
    }
}

} // namespace

bool JsonReader::present(const QString &key, QJsonValue::Type type, const QString &expected) const
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull())
        return false;
    if (v.type() != type) {
        // A field of the wrong type is an error, never read as empty: an ipRules that is not a list must not
        // become "no IP rules".
        m_problems.append(tr("field '%1' is %2, not %3").arg(key, typeName(v), expected));
        return false;
    }
    return true;
}

QString JsonReader::string(const QString &key) const
{
    return present(key, QJsonValue::String, tr("a string")) ? m_object.value(key).toString() : QString();
}

QString JsonReader::requiredString(const QString &key)
{
    const QJsonValue v = m_object.value(key);
    if (!v.isString() || v.toString().isEmpty())
        m_problems.append(v.isUndefined() || v.isNull() ? tr("missing field '%1'").arg(key)
                                                        : tr("field '%1' is not a non-empty string").arg(key));
    return v.toString();
}

bool JsonReader::boolean(const QString &key, bool defaultValue) const
{
    return present(key, QJsonValue::Bool, tr("a boolean")) ? m_object.value(key).toBool() : defaultValue;
}

QJsonObject JsonReader::object(const QString &key) const
{
    return present(key, QJsonValue::Object, tr("an object")) ? m_object.value(key).toObject() : QJsonObject();
}

QJsonArray JsonReader::array(const QString &key) const
{
    return present(key, QJsonValue::Array, tr("a list")) ? m_object.value(key).toArray() : QJsonArray();
}

QStringList JsonReader::stringList(const QString &key) const
{
    QStringList out;
    const QJsonArray a = array(key);
    for (int i = 0; i < a.size(); ++i) {
        if (a.at(i).isString())
            out.append(a.at(i).toString());
        else
            m_problems.append(tr("field '%1[%2]' is %3, not a string").arg(key).arg(i).arg(typeName(a.at(i))));
    }
    return out;
}

QString JsonReader::error() const
{
    if (m_problems.isEmpty())
        return {};
    const QString where = m_context.isEmpty() ? tr("Unnamed resource") : tr("Resource '%1'").arg(m_context);
    return where + QStringLiteral(": ") + m_problems.join(QStringLiteral("; ")) + QLatin1Char('.');
}

QJsonObject parseJsonObject(const QByteArray &bytes, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = JsonReader::tr("The server sent malformed JSON (%1 at byte %2).")
                         .arg(parseError.errorString())
                         .arg(parseError.offset);
        return {};
    }
    if (!doc.isObject()) {
        if (error)
            *error = JsonReader::tr("The server sent JSON that is not an object.");
        return {};
    }
    return doc.object();
}

namespace {

// Index just past the string that opens at `from` (a '"'), or -1 when it does not end.
qsizetype skipString(const char *d, qsizetype n, qsizetype from)
{
    for (qsizetype i = from + 1; i < n; ++i) {
        if (d[i] == '\\')
            ++i;
        else if (d[i] == '"')
            return i + 1;
    }
    return -1;
}

qsizetype skipSpace(const char *d, qsizetype n, qsizetype i)
{
    while (i < n && (d[i] == ' ' || d[i] == '\n' || d[i] == '\r' || d[i] == '\t'))
        ++i;
    return i;
}

} // namespace

std::optional<QString> peekTopLevelString(const QByteArray &bytes, QLatin1String key)
{
    const char *d = bytes.constData();
    const qsizetype n = bytes.size();
    qsizetype i = skipSpace(d, n, 0);
    if (i >= n || d[i] != '{')
        return std::nullopt;
    int depth = 0;
    while (i < n) {
        const char c = d[i];
        if (c == '"') {
            const qsizetype end = skipString(d, n, i);
            if (end < 0)
                return std::nullopt;
            const qsizetype colon = skipSpace(d, n, end);
            // A name of the top-level object (a string at depth 1 followed by ':').
            if (depth == 1 && colon < n && d[colon] == ':' && end - i - 2 == key.size() &&
                std::memcmp(d + i + 1, key.data(), size_t(key.size())) == 0) {
                const qsizetype value = skipSpace(d, n, colon + 1);
                if (value >= n || d[value] != '"')
                    return std::nullopt;
                const qsizetype valueEnd = skipString(d, n, value);
                if (valueEnd < 0)
                    return std::nullopt;
                const QJsonArray decoded =
                    QJsonDocument::fromJson('[' + bytes.mid(value, valueEnd - value) + ']').array();
                if (decoded.size() != 1 || !decoded.at(0).isString())
                    return std::nullopt;
                return decoded.at(0).toString();
            }
            i = end;
            continue;
        }
        if (c == '{' || c == '[')
            ++depth;
        else if (c == '}' || c == ']')
            --depth;
        ++i;
    }
    return std::nullopt;
}

} // namespace acrnet
