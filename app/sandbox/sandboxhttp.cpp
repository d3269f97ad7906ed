#include "sandboxhttp.h"

#include <QJsonDocument>

namespace acrnet::sandbox {

QByteArray Request::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

bool Request::matches(std::initializer_list<const char *> pattern, QStringList *captures) const
{
    if (qsizetype(pattern.size()) != lowerSegments.size())
        return false;
    QStringList caught;
    int i = 0;
    for (const char *p : pattern) {
        if (qstrcmp(p, "*") == 0)
            caught.append(segments.at(i));
        else if (lowerSegments.at(i) != QLatin1String(p))
            return false;
        ++i;
    }
    if (captures)
        *captures = caught;
    return true;
}

QJsonObject Request::jsonBody(bool *ok) const
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    *ok = error.error == QJsonParseError::NoError && doc.isObject();
    return doc.object();
}

QUrlQuery Request::formBody() const
{
    QByteArray copy = body;
    copy.replace('+', ' '); // form encoding writes spaces as '+'
    return QUrlQuery(QString::fromUtf8(copy));
}

Reply Reply::json(int status, const QJsonObject &object, const HeaderList &headers)
{
    Reply r;
    r.status = status;
    r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    r.headers = headers;
    return r;
}

Reply Reply::json(int status, const QJsonArray &array)
{
    Reply r;
    r.status = status;
    r.body = QJsonDocument(array).toJson(QJsonDocument::Compact);
    return r;
}

Reply Reply::list(const QJsonArray &items, const QString &nextLink)
{
    QJsonObject o{{QStringLiteral("value"), items}};
    if (!nextLink.isEmpty())
        o.insert(QStringLiteral("nextLink"), nextLink);
    return json(200, o);
}

Reply Reply::armError(int status, const QString &code, const QString &message)
{
    return json(status, QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), code},
                                                                          {QStringLiteral("message"), message}}}});
}

Reply Reply::html(int status, const QString &html)
{
    Reply r;
    r.status = status;
    r.body = html.toUtf8();
    r.contentType = "text/html; charset=utf-8";
    return r;
}

Reply Reply::empty(int status, const HeaderList &headers)
{
    Reply r;
    r.status = status;
    r.headers = headers;
    return r;
}

} // namespace acrnet::sandbox
