#include "account.h"

namespace acrnet {

QString Account::methodName(Method m)
{
    switch (m) {
    case Method::DeviceCode:
        return QStringLiteral("device");
    case Method::ServicePrincipal:
        return QStringLiteral("secret");
    case Method::AzureCli:
        return QStringLiteral("azcli");
    case Method::Sandbox:
        return QStringLiteral("sandbox");
    }
    return {};
}

Account::Method Account::methodFromName(const QString &name, bool *ok)
{
    if (ok)
        *ok = true;
    if (name == QLatin1String("device"))
        return Method::DeviceCode;
    if (name == QLatin1String("secret"))
        return Method::ServicePrincipal;
    if (name == QLatin1String("azcli"))
        return Method::AzureCli;
    if (name == QLatin1String("sandbox"))
        return Method::Sandbox;
    if (ok)
        *ok = false;
    return Method::DeviceCode;
}

QJsonObject Account::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("method"), methodName(method)},
            {QStringLiteral("cloud"), cloudName},
            {QStringLiteral("endpoint"), endpoint},
            {QStringLiteral("homeTenantId"), homeTenantId},
            {QStringLiteral("clientId"), clientId},
            {QStringLiteral("username"), username},
            {QStringLiteral("default"), isDefault}};
}

Account Account::fromJson(const QJsonObject &json)
{
    Account a;
    a.id = json.value(QLatin1String("id")).toString();
    a.method = methodFromName(json.value(QLatin1String("method")).toString());
    a.cloudName = json.value(QLatin1String("cloud")).toString();
    a.endpoint = json.value(QLatin1String("endpoint")).toString();
    a.homeTenantId = json.value(QLatin1String("homeTenantId")).toString();
    a.clientId = json.value(QLatin1String("clientId")).toString();
    a.username = json.value(QLatin1String("username")).toString();
    a.isDefault = json.value(QLatin1String("default")).toBool();
    return a;
}

} // namespace acrnet
