#include "context.h"

#include <QJsonDocument>

namespace acrnet::sandbox {

std::optional<Reply> Context::checkApiVersion(const Request &r, const QStringList &supported,
                                              const QString &resourceType) const
{
    const QString version = r.apiVersion();
    if (version.isEmpty())
        return Reply::armError(
            400, QStringLiteral("MissingApiVersionParameter"),
            QStringLiteral("The api-version query parameter (?api-version=) is required for all requests."));
    if (supported.contains(version))
        return std::nullopt;
    if (!resourceType.isEmpty())
        return Reply::armError(400, QStringLiteral("NoRegisteredProviderFound"),
                               QStringLiteral("No registered resource provider found for location 'westeurope' and API "
                                              "version '%1' for type '%2'. The supported api-versions are '%3'.")
                                   .arg(version, resourceType, supported.join(QStringLiteral(", "))));
    return Reply::armError(400, QStringLiteral("InvalidApiVersionParameter"),
                           QStringLiteral("The api-version '%1' is invalid. The supported versions are '%2'.")
                               .arg(version, supported.join(QLatin1Char(','))));
}

std::optional<Reply> Context::authorize(const Request &r, const QString &subscriptionId) const
{
    const QByteArray auth = r.header("Authorization");
    const QString home = store.tenants.first().toObject().value(QLatin1String("tenantId")).toString();
    auto unauthorized = [&](const QString &code, const QString &message) {
        Reply reply = Reply::armError(401, code, message);
        reply.headers.append(
            {"WWW-Authenticate", QStringLiteral("Bearer authorization_uri=\"%1/%2\", error=\"invalid_token\", "
                                                "error_description=\"%3\"")
                                     .arg(baseUrl, home, message)
                                     .toUtf8()});
        return reply;
    };
    if (auth.isEmpty())
        return unauthorized(QStringLiteral("AuthenticationFailed"),
                            QStringLiteral("Authentication failed. The 'Authorization' header is missing."));
    if (!auth.startsWith("Bearer "))
        return unauthorized(
            QStringLiteral("AuthenticationFailed"),
            QStringLiteral("Authentication failed. The 'Authorization' header is provided in an invalid format."));
    QString error;
    const auto claims = tokens.verify(QString::fromLatin1(auth.mid(7)), &error);
    if (!claims) {
        const bool expired = error.contains(QLatin1String("expiry"));
        return unauthorized(expired ? QStringLiteral("ExpiredAuthenticationToken")
                                    : QStringLiteral("InvalidAuthenticationToken"),
                            error);
    }
    // ARM accepts tokens for its own resource identifiers only (a Microsoft Graph token is refused).
    auto normalised = [](QString a) {
        while (a.endsWith(QLatin1Char('/')))
            a.chop(1);
        return a.toLower();
    };
    const QStringList allowed{QStringLiteral("https://management.core.windows.net/"),
                              QStringLiteral("https://management.azure.com/"), baseUrl + QLatin1Char('/')};
    const bool audienceOk = std::any_of(allowed.cbegin(), allowed.cend(), [&](const QString &a) {
        return normalised(a) == normalised(claims->audience);
    });
    if (!audienceOk)
        return unauthorized(QStringLiteral("InvalidAuthenticationTokenAudience"),
                            QStringLiteral("The access token has been obtained for wrong audience or resource '%1'. "
                                           "It should exactly match with one of the allowed audiences '%2'.")
                                .arg(claims->audience, allowed.join(QStringLiteral("','"))));
    if (!subscriptionId.isEmpty()) {
        const QString tenant = store.tenantOfSubscription(subscriptionId);
        if (!tenant.isEmpty() && tenant.compare(claims->tenantId, Qt::CaseInsensitive) != 0)
            return unauthorized(
                QStringLiteral("InvalidAuthenticationTokenTenant"),
                QStringLiteral("The access token is from the wrong issuer '%1'. It must match the tenant "
                               "'%2' associated with this subscription. Please use the authority (URL) "
                               "'%3/%2' to get the token.")
                    .arg(claims->tenantId, tenant, baseUrl));
    }
    return std::nullopt;
}

Reply Context::page(const Request &r, const QJsonArray &items, int pageSize, const QJsonObject &extra) const
{
    const int size = pageSize > 0 ? pageSize : store.settings.pageSize;
    bool ok = false;
    QString token = r.query.queryItemValue(QStringLiteral("$skipToken"), QUrl::FullyDecoded);
    if (token.isEmpty())
        token = r.query.queryItemValue(QStringLiteral("%24skipToken"), QUrl::FullyDecoded);
    int offset = token.isEmpty() ? 0 : QByteArray::fromBase64(token.toLatin1()).toInt(&ok);
    if (!token.isEmpty() && !ok)
        return Reply::armError(400, QStringLiteral("InvalidSkipToken"), QStringLiteral("The $skipToken is not valid."));
    offset = qBound(0, offset, int(items.size()));
    QJsonArray pageItems;
    for (int i = offset; i < qMin(int(items.size()), offset + size); ++i)
        pageItems.append(items.at(i));
    QString next;
    if (offset + size < items.size()) {
        // Shaped like ARM's own links: the same path, api-version and other parameters ($filter, $top) plus an
        // opaque, percent-encoded token.
        QString others;
        for (const auto &[key, value] : r.query.queryItems(QUrl::FullyEncoded)) {
            const QString k = QUrl::fromPercentEncoding(key.toLatin1());
            if (k != QLatin1String("api-version") && k != QLatin1String("$skipToken"))
                others += QLatin1Char('&') + key + QLatin1Char('=') + value;
        }
        next =
            url(r.path + QStringLiteral("?api-version=") + r.apiVersion() + others + QStringLiteral("&%24skipToken=") +
                QString::fromLatin1(QByteArray::number(offset + size).toBase64().toPercentEncoding()));
    }
    Reply reply = Reply::list(pageItems, next);
    if (!extra.isEmpty()) {
        QJsonObject body = QJsonDocument::fromJson(reply.body).object();
        for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
            body.insert(it.key(), it.value());
        reply.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    }
    return reply;
}

std::optional<Reply> Context::requireSubscription(const QString &subscriptionId) const
{
    if (store.subscriptions.contains(subscriptionId.toLower()))
        return std::nullopt;
    return Reply::armError(404, QStringLiteral("SubscriptionNotFound"),
                           QStringLiteral("The subscription '%1' could not be found.").arg(subscriptionId));
}

std::optional<Reply> Context::admit(const Request &r, const QStringList &versions, const QString &subscriptionId,
                                    const QString &resourceType) const
{
    if (auto e = checkApiVersion(r, versions, resourceType))
        return e;
    if (auto e = authorize(r, subscriptionId))
        return e;
    if (!subscriptionId.isEmpty())
        return requireSubscription(subscriptionId);
    return std::nullopt;
}

std::optional<Reply> Context::requireResourceGroup(const QString &subscriptionId, const QString &group) const
{
    if (auto e = requireSubscription(subscriptionId))
        return e;
    const QString key = QStringLiteral("/subscriptions/%1/resourcegroups/%2").arg(subscriptionId, group).toLower();
    if (store.resourceGroups.contains(key))
        return std::nullopt;
    return Reply::armError(404, QStringLiteral("ResourceGroupNotFound"),
                           QStringLiteral("Resource group '%1' could not be found.").arg(group));
}

} // namespace acrnet::sandbox
