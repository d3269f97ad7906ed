#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QUrl>

namespace acrnet {

// One HTTP exchange to write (method, absolute URL, optional JSON body, extra headers).
struct ArmRequest
{
    QByteArray method = "GET";
    QUrl url;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    // The next page of work already under way (a list's nextLink, a query's $skipToken): it takes the next free
    // connection ahead of requests for work not yet begun, so what was started finishes first.
    bool continuation = false;
    // A POST that only reads (a Resource Graph query): safe to repeat after a server error or a dropped connection.
    bool readOnly = false;

    // Requests a retry cannot apply twice (RFC 9110 idempotent methods, and read-only POSTs).
    bool isIdempotent() const
    {
        return readOnly || method == "GET" || method == "HEAD" || method == "PUT" || method == "DELETE";
    }
};

// What came back: status, headers and body, kept verbatim.
struct ArmResponse
{
    int status = 0;
    QUrl url;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
    QString requestId() const { return QString::fromLatin1(header("x-ms-request-id")); }
};

// One request that left and how it was answered, with the IDs support asks for (never a token or a body): what
// the activity log keeps for every request a write sends.
struct ArmExchange
{
    QByteArray method;
    QString path;   // URL path and query
    int status = 0; // 0: no HTTP answer (dropped, timed out)
    QString requestId;
    QString correlationId;
    QString clientRequestId;

    QJsonObject toJson() const
    {
        return {{QStringLiteral("method"), QString::fromLatin1(method)},
                {QStringLiteral("path"), path},
                {QStringLiteral("status"), status},
                {QStringLiteral("requestId"), requestId},
                {QStringLiteral("correlationId"), correlationId},
                {QStringLiteral("clientRequestId"), clientRequestId}};
    }
};

} // namespace acrnet

Q_DECLARE_METATYPE(acrnet::ArmResponse)
Q_DECLARE_METATYPE(acrnet::ArmExchange)
