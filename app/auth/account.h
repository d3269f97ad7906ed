#pragma once

#include <QJsonObject>
#include <QString>

namespace acrnet {

// A signed-in identity: which cloud, how it signs in, its home tenant. No secrets: those live in the keychain
// under secretKey()/refreshTokenKey().
struct Account
{
    enum class Method { DeviceCode, ServicePrincipal, AzureCli, Sandbox };

    QString id; // stable, generated once
    Method method = Method::DeviceCode;
    QString cloudName; // AzureCloud, AzureUSGovernment, AzureChinaCloud, sandbox
    QString endpoint;  // sandbox or custom ARM endpoint; empty for the built-in clouds
    QString homeTenantId;
    QString clientId;
    QString username; // UPN, or the client ID of a service principal
    bool isDefault = false;

    // Keychain keys, per cloud, tenant and account (service "acr-netadmin").
    QString keyPrefix() const { return cloudName + QLatin1Char('/') + homeTenantId + QLatin1Char('/') + id; }
    QString refreshTokenKey() const { return keyPrefix() + QStringLiteral("/refresh-token"); }
    QString secretKey() const { return keyPrefix() + QStringLiteral("/client-secret"); }

    static QString methodName(Method m);
    static Method methodFromName(const QString &name, bool *ok = nullptr);
    QJsonObject toJson() const;
    static Account fromJson(const QJsonObject &json);
    // The Azure CLI's public client ID, the default for device-code sign-in (override in Settings).
    static QString defaultPublicClientId() { return QStringLiteral("04b07795-8ddb-461a-bbee-02f9e1bf7b46"); }
};

} // namespace acrnet
