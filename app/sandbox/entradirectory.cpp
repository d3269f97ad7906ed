#include "entradirectory.h"

#include <QDateTime>
#include <QJsonArray>
#include <QUuid>

namespace acrnet::sandbox::EntraDirectory {

bool isAlias(const QString &tenant)
{
    // "adfs": the authority the Azure CLI and MSAL use without instance discovery (as for Azure Stack Hub), so
    // `az login` works against the sandbox with no access to login.microsoftonline.com.
    return tenant.compare(QLatin1String("organizations"), Qt::CaseInsensitive) == 0 ||
           tenant.compare(QLatin1String("common"), Qt::CaseInsensitive) == 0 ||
           tenant.compare(QLatin1String("consumers"), Qt::CaseInsensitive) == 0 ||
           tenant.compare(QLatin1String("adfs"), Qt::CaseInsensitive) == 0;
}

QString resolveTenant(const Store &store, const QString &name)
{
    if (isAlias(name))
        return name.toLower();
    for (const QJsonValue &v : store.tenants) {
        const QJsonObject t = v.toObject();
        const QString id = t.value(QLatin1String("tenantId")).toString();
        if (id.compare(name, Qt::CaseInsensitive) == 0 ||
            t.value(QLatin1String("defaultDomain")).toString().compare(name, Qt::CaseInsensitive) == 0)
            return id;
        for (const QJsonValue &d : t.value(QLatin1String("domains")).toArray()) {
            if (d.toString().compare(name, Qt::CaseInsensitive) == 0)
                return id;
        }
    }
    return {};
}

Reply oauthError(const Request &request, int status, const QString &error, int code, const QString &description)
{
    const QString trace = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString correlation = QString::fromLatin1(request.header("client-request-id"));
    if (QUuid::fromString(correlation).isNull())
        correlation = QUuid::createUuid().toString(QUuid::WithoutBraces);
    // code 0: a condition of the sandbox's own, with no Entra error code to quote.
    const QString text = (code > 0 ? QStringLiteral("AADSTS%1: ").arg(code) : QString()) +
                         QStringLiteral("%1 Trace ID: %2 Correlation ID: %3 Timestamp: %4")
                             .arg(description, trace, correlation,
                                  QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss'Z'")));
    return Reply::json(status,
                       QJsonObject{{QStringLiteral("error"), error},
                                   {QStringLiteral("error_description"), text},
                                   {QStringLiteral("error_codes"), code > 0 ? QJsonArray{code} : QJsonArray()},
                                   {QStringLiteral("timestamp"),
                                    QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss'Z'"))},
                                   {QStringLiteral("trace_id"), trace},
                                   {QStringLiteral("correlation_id"), correlation},
                                   {QStringLiteral("error_uri"),
                                    QStringLiteral("https://login.microsoftonline.com/error?code=%1").arg(code)}});
}

Reply unknownTenant(const Request &request, const QString &tenant)
{
    return oauthError(request, 400, QStringLiteral("invalid_tenant"), 90002,
                      QStringLiteral("Tenant '%1' not found. Check to make sure you have the correct tenant ID and "
                                     "are signing into the correct cloud. Check with your subscription administrator, "
                                     "this may happen if there are no active subscriptions for the tenant.")
                          .arg(tenant));
}

} // namespace acrnet::sandbox::EntraDirectory
