#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QStringList>
#include <QUrlQuery>

namespace acrnet::sandbox {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// One request as the emulators see it. Path segments are kept as sent and lower-cased for matching.
struct Request
{
    QByteArray method;
    QString path;
    QStringList segments;      // as sent
    QStringList lowerSegments; // for case-insensitive routing (ARM paths are case-insensitive)
    QUrlQuery query;
    HeaderList headers;
    QByteArray body;
    QHostAddress remote;

    QByteArray header(const QByteArray &name) const;
    QString apiVersion() const { return query.queryItemValue(QStringLiteral("api-version")); }
    // Matches lowerSegments against a pattern of literal lower-case words and "*" captures.
    bool matches(std::initializer_list<const char *> pattern, QStringList *captures = nullptr) const;
    // Parses the body as a JSON object; sets *ok to false when it is not one.
    QJsonObject jsonBody(bool *ok) const;
    // application/x-www-form-urlencoded body.
    QUrlQuery formBody() const;
};

// One answer. A dropped reply closes the connection half-way through.
struct Reply
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json; charset=utf-8";
    HeaderList headers;

    static Reply json(int status, const QJsonObject &object, const HeaderList &headers = {});
    static Reply json(int status, const QJsonArray &array);
    static Reply list(const QJsonArray &items, const QString &nextLink = {});
    // ARM's error shape: {"error":{"code","message"}}.
    static Reply armError(int status, const QString &code, const QString &message);
    static Reply html(int status, const QString &html);
    static Reply empty(int status, const HeaderList &headers = {});
};

} // namespace acrnet::sandbox
