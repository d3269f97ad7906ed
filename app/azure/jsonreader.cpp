#include "jsonreader.h"

#include <QJsonDocument>

namespace acrnet {

JsonReader::JsonReader(const QJsonObject &object, const QString &context)
    : m_object(object)
    , m_context(context)
{}

QString JsonReader::string(const QString &key) const
{
    return m_object.value(key).toString();
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
    return m_object.value(key).toBool(defaultValue);
}

QJsonObject JsonReader::object(const QString &key) const
{
    return m_object.value(key).toObject();
}

QJsonArray JsonReader::array(const QString &key) const
{
    return m_object.value(key).toArray();
}

QStringList JsonReader::stringList(const QString &key) const
{
    QStringList out;
    const QJsonArray a = array(key);
    for (const QJsonValue &v : a) {
        if (v.isString())
            out.append(v.toString());
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

} // namespace acrnet
