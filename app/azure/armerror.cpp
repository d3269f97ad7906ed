#include "armerror.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace acrnet {

ArmError::ArmError(Kind kind, const QString &message)
    : m_kind(kind)
    , m_message(message)
{}

ArmError::Kind ArmError::kindForStatus(int httpStatus)
{
    switch (httpStatus) {
    case 401:
        return Kind::Unauthorized;
    case 403:
        return Kind::Forbidden;
    case 404:
        return Kind::NotFound;
    case 409:
        return Kind::Conflict;
    case 412:
        return Kind::PreconditionFailed;
    case 429:
        return Kind::Throttled;
    default:
        break;
    }
    if (httpStatus >= 500)
        return Kind::Server;
    if (httpStatus >= 400)
        return Kind::BadRequest;
    return Kind::InvalidResponse;
}

ArmError ArmError::fromBody(Kind kind, int httpStatus, const QByteArray &body)
{
    ArmError e(kind, QString());
    e.m_httpStatus = httpStatus;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    const QJsonObject root = doc.object();
    const QJsonValue error = root.value(QLatin1String("error"));
    if (error.isObject()) {
        const QJsonObject o = error.toObject();
        e.m_code = o.value(QLatin1String("code")).toString();
        e.m_message = o.value(QLatin1String("message")).toString();
        e.m_target = o.value(QLatin1String("target")).toString();
        e.m_additionalInfo = o.value(QLatin1String("additionalInfo")).toArray();
        const QJsonArray details = o.value(QLatin1String("details")).toArray();
        for (const QJsonValue &v : details) {
            const QJsonObject d = v.toObject();
            e.m_details.append({d.value(QLatin1String("code")).toString(), d.value(QLatin1String("message")).toString(),
                                d.value(QLatin1String("target")).toString()});
        }
    } else if (error.isString()) {
        // OAuth 2.0 error: {"error":"invalid_client","error_description":"AADSTS…"}
        e.m_code = error.toString();
        e.m_message = root.value(QLatin1String("error_description")).toString();
    } else if (root.value(QLatin1String("errors")).isArray()) {
        // Registry data plane: {"errors":[{"code":"DENIED","message":"…"}]}
        const QJsonObject first = root.value(QLatin1String("errors")).toArray().first().toObject();
        e.m_code = first.value(QLatin1String("code")).toString();
        e.m_message = first.value(QLatin1String("message")).toString();
    } else if (root.contains(QLatin1String("code"))) {
        e.m_code = root.value(QLatin1String("code")).toString();
        e.m_message = root.value(QLatin1String("message")).toString();
    } else if (!body.trimmed().isEmpty()) {
        // Not an error document (an HTML page from a proxy, say): keep a short, printable excerpt.
        QString text = QString::fromUtf8(body.left(300)).simplified();
        if (body.size() > 300)
            text += QStringLiteral("…");
        e.m_message = text;
    }
    return e;
}

ArmError ArmError::fromReply(QNetworkReply::NetworkError networkError, const QString &networkErrorText,
                             const ArmResponse &response)
{
    ArmError e;
    if (response.status == 0) {
        Kind kind = Kind::Network;
        if (networkError == QNetworkReply::OperationCanceledError)
            kind = Kind::Cancelled;
        else if (networkError == QNetworkReply::TimeoutError)
            kind = Kind::Timeout;
        else if (networkError == QNetworkReply::SslHandshakeFailedError)
            kind = Kind::Tls;
        e = ArmError(kind, networkErrorText);
    } else if (response.status >= 400) {
        e = fromBody(kindForStatus(response.status), response.status, response.body);
    } else {
        e = ArmError(Kind::InvalidResponse, tr("Unexpected HTTP status %1.").arg(response.status));
        e.m_httpStatus = response.status;
    }
    e.m_url = response.url;
    e.m_requestId = QString::fromLatin1(response.header("x-ms-request-id"));
    e.m_correlationId = QString::fromLatin1(response.header("x-ms-correlation-request-id"));
    e.m_clientRequestId = QString::fromLatin1(response.header("x-ms-client-request-id"));
    return e;
}

void ArmError::setRequestIds(const QString &requestId, const QString &correlationId, const QString &clientRequestId)
{
    if (!requestId.isEmpty())
        m_requestId = requestId;
    if (!correlationId.isEmpty())
        m_correlationId = correlationId;
    if (!clientRequestId.isEmpty())
        m_clientRequestId = clientRequestId;
}

QString ArmError::summary() const
{
    const QString host = m_url.host();
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::Network:
        return tr("Could not reach %1.").arg(host.isEmpty() ? tr("the server") : host);
    case Kind::Tls:
        return tr("The secure connection to %1 could not be established.").arg(host);
    case Kind::Timeout:
        return tr("The request timed out.");
    case Kind::Cancelled:
        return tr("Cancelled.");
    case Kind::Authentication:
        return tr("Could not obtain an access token.");
    case Kind::Unauthorized:
        return tr("Azure did not accept the sign-in (401).");
    case Kind::Forbidden:
        return tr("Access denied (403).");
    case Kind::NotFound:
        return tr("Not found (404).");
    case Kind::Conflict:
        return tr("Conflict with the resource's current state (409).");
    case Kind::PreconditionFailed:
        return tr("The resource was changed by someone else after it was read (412).");
    case Kind::Throttled:
        return tr("Azure is throttling requests (429).");
    case Kind::BadRequest:
        return tr("Azure rejected the request (%1).").arg(m_httpStatus);
    case Kind::Server:
        return tr("Azure reported a server error (%1).").arg(m_httpStatus);
    case Kind::InvalidResponse:
        return tr("The server's answer could not be understood.");
    case Kind::UntrustedHost:
        return tr("Refused to send the access token to another host.");
    case Kind::OperationFailed:
        return tr("The operation failed in Azure.");
    case Kind::SignedOut:
        return tr("The account was signed out.");
    }
    return {};
}

QString ArmError::suggestion() const
{
    const QString c = m_code;
    if (c == QLatin1String("AuthorizationFailed") || c == QLatin1String("LinkedAuthorizationFailed"))
        return tr("Your account lacks permission for this action. Ask an owner of the subscription for a role that "
                  "allows it (for example Contributor on the registry, Network Contributor on the virtual network).");
    if (c == QLatin1String("InvalidAuthenticationToken") || c == QLatin1String("ExpiredAuthenticationToken") ||
        m_kind == Kind::Unauthorized)
        return tr("Sign in again from the Accounts dialog.");
    if (c == QLatin1String("SubscriptionNotFound"))
        return tr("Check that the subscription exists and that your account can see it.");
    if (c == QLatin1String("ResourceGroupNotFound") || c == QLatin1String("ResourceNotFound") ||
        m_kind == Kind::NotFound)
        return tr("It may have been deleted or renamed. Refresh to see the current state.");
    if (c == QLatin1String("MissingSubscriptionRegistration"))
        return tr("Register the resource provider in this subscription, then try again.");
    if (c == QLatin1String("InvalidApiVersionParameter") || c == QLatin1String("NoRegisteredProviderFound"))
        return tr("The service does not accept the api-version this app uses here; please report it.");
    if (c == QLatin1String("AnotherOperationInProgress") || c == QLatin1String("InUseSubnetCannotBeUpdated") ||
        m_kind == Kind::Conflict)
        return tr("Wait for the other operation to finish, refresh, and try again.");
    switch (m_kind) {
    case Kind::PreconditionFailed:
        return tr("Nothing was changed. Refresh to see the current state and make the change again.");
    case Kind::Throttled:
        return tr("Wait a minute and try again; loading fewer subscriptions at once also helps.");
    case Kind::Server:
        return tr("Try again in a few minutes. If it keeps failing, check Azure status and quote the request ID.");
    case Kind::Network:
        return tr("Check your network connection and proxy settings.");
    case Kind::Tls:
        return tr("If a corporate proxy inspects TLS, add its CA certificate in Settings.");
    case Kind::Timeout:
        return tr("Refresh to see whether the change was applied, then try again if needed.");
    case Kind::UntrustedHost:
        return tr("This may be a misconfigured proxy or a tampered response; nothing was sent.");
    case Kind::InvalidResponse:
        return tr("Try again; if it persists, a proxy may be altering responses.");
    case Kind::SignedOut:
        return tr("Sign in again from the Accounts dialog, refresh, and check the resource before trying again.");
    default:
        return {};
    }
}

QString ArmError::userText() const
{
    QString text = summary();
    if (!m_message.isEmpty())
        text += QLatin1Char(' ') + m_message;
    if (!m_code.isEmpty())
        text += QStringLiteral(" [") + m_code + QLatin1Char(']');
    if (m_retries > 0)
        text += QLatin1Char(' ') + tr("(after %n retries)", nullptr, m_retries);
    const QString hint = suggestion();
    if (!hint.isEmpty())
        text += QLatin1Char(' ') + hint;
    return text;
}

QString ArmError::technicalText() const
{
    QStringList parts;
    if (m_httpStatus)
        parts << QStringLiteral("HTTP %1").arg(m_httpStatus);
    if (!m_code.isEmpty())
        parts << QStringLiteral("code=") + m_code;
    if (!m_target.isEmpty())
        parts << QStringLiteral("target=") + m_target;
    for (const Detail &d : m_details)
        parts << QStringLiteral("detail=") + d.code + QStringLiteral(": ") + d.message;
    if (!m_requestId.isEmpty())
        parts << QStringLiteral("x-ms-request-id=") + m_requestId;
    if (!m_correlationId.isEmpty())
        parts << QStringLiteral("x-ms-correlation-request-id=") + m_correlationId;
    if (!m_clientRequestId.isEmpty())
        parts << QStringLiteral("x-ms-client-request-id=") + m_clientRequestId;
    if (m_url.isValid())
        parts << m_url.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo);
    return parts.join(QStringLiteral("; "));
}

} // namespace acrnet
