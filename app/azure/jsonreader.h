#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <optional>

namespace acrnet {

// Reads fields of one JSON object: an absent or null field reads as empty, unknown fields are ignored, and every
// missing required field and every field of the wrong type is recorded with the resource it belongs to (so the
// resource is reported as unreadable instead of read as empty).
class JsonReader
{
    Q_DECLARE_TR_FUNCTIONS(JsonReader)

public:
    JsonReader(const QJsonObject &object, const QString &context);

    void setContext(const QString &context) { m_context = context; }

    QString string(const QString &key) const;
    QString requiredString(const QString &key);
    bool boolean(const QString &key, bool defaultValue = false) const;
    QJsonObject object(const QString &key) const;
    QJsonArray array(const QString &key) const;
    QStringList stringList(const QString &key) const;
    bool has(const QString &key) const { return m_object.contains(key) && !m_object.value(key).isNull(); }

    // Records a problem found by the caller (e.g. an invalid nested value).
    void addProblem(const QString &problem) { m_problems.append(problem); }
    // Takes over the problems a reader of a nested object found.
    void absorb(const JsonReader &nested) { m_problems += nested.m_problems; }
    bool ok() const { return m_problems.isEmpty(); }
    // "Resource '/subscriptions/…': missing field 'name'." — empty when ok().
    QString error() const;

private:
    // True when the field holds a value of `type`; records a problem when it holds anything else.
    bool present(const QString &key, QJsonValue::Type type, const QString &expected) const;

    QJsonObject m_object;
    QString m_context;
    mutable QStringList m_problems; // the const readers record wrong types too
};

// Parses a whole document and checks it is an object; sets *error with the parser's offset otherwise.
QJsonObject parseJsonObject(const QByteArray &bytes, QString *error);

// The string value of member `key` of the top-level object of `bytes`, found by scanning rather than parsing (a few
// ms for megabytes): lets a pager ask for the next page while this one is still being parsed. Nothing when the member
// is absent, is not a string, is written with escapes in its name, or the text is not an object; only a hint — the
// full parse has the last word.
std::optional<QString> peekTopLevelString(const QByteArray &bytes, QLatin1String key);

} // namespace acrnet
