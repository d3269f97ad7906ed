#pragma once

#include "networkruleset.h"
#include "rawjson.h"

#include <QMetaType>
#include <optional>

namespace acrnet {

// A private endpoint connection of a registry (read-only here).
struct PrivateEndpointConnection
{
    QString id;
    QString name;
    QString privateEndpointId;
    QString status; // Approved, Pending, Rejected, Disconnected
    QString description;
    QString provisioningState;

    bool isApproved() const { return status == QLatin1String("Approved"); }
};

// A container registry with its network configuration and the raw JSON it came from.
struct Registry
{
    ResourceId id;
    QString name;
    QString location;
    QString sku; // Basic, Standard, Premium, Classic
    QString loginServer;
    QString provisioningState;
    QString publicNetworkAccess;      // Enabled, Disabled; empty when the api-version has no such field
    QString networkRuleBypassOptions; // AzureServices, None; empty when absent
    bool dataEndpointEnabled = false;
    std::optional<NetworkRuleSet> networkRuleSet;
    QList<PrivateEndpointConnection> privateEndpointConnections;
    RawJson json; // as the service sent it

    bool isPremium() const { return sku.compare(QLatin1String("Premium"), Qt::CaseInsensitive) == 0; }
    bool isPublicNetworkAccessEnabled() const { return publicNetworkAccess != QLatin1String("Disabled"); }
    // How `az acr …` names this registry: "--name N --resource-group G --subscription S".
    QString azTarget() const
    {
        return QStringLiteral("--name %1 --resource-group %2 --subscription %3")
            .arg(name, id.resourceGroup(), id.subscriptionId());
    }

    static std::optional<Registry> fromJson(const QJsonObject &json, QString *error);
};

} // namespace acrnet

Q_DECLARE_METATYPE(acrnet::Registry)
