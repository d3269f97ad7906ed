#include "rawjson.h"

#include <QJsonDocument>

namespace acrnet {

RawJson::RawJson(const QJsonObject &object)
    : m_bytes(object.isEmpty() ? QByteArray() : QJsonDocument(object).toJson(QJsonDocument::Compact))
{
    m_bytes.squeeze();
}

QJsonObject RawJson::object() const
{
    // The bytes were written by QJsonDocument from a valid object, so they parse back to it.
    return m_bytes.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(m_bytes).object();
}

} // namespace acrnet
