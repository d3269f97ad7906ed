#pragma once

#include "rawjson.h"
#include "resourceid.h"

#include <QJsonObject>
#include <QMetaType>
#include <QStringList>
#include <optional>

namespace acrnet {

// One entry of a subnet's serviceEndpoints.
struct ServiceEndpoint
{
    QString service; // e.g. Microsoft.ContainerRegistry
    QStringList locations;
    QString provisioningState; // Succeeded, Updating, Deleting, Failed

    bool isSucceeded() const { return provisioningState.isEmpty() || provisioningState == QLatin1String("Succeeded"); }
};

// A subnet of a virtual network, with the raw JSON it came from (writes are built from fresh raw JSON).
struct Subnet
{
    ResourceId id;
    QString name;
    QString etag;
    QString provisioningState;
    QStringList addressPrefixes; // addressPrefix and addressPrefixes merged
    QList<ServiceEndpoint> serviceEndpoints;
    QStringList delegations;  // service names
    QStringList serviceLinks; // serviceAssociationLinks: the linked resource types (a service using the subnet)
    int interfaceCount = 0;   // ipConfigurations of standalone network interfaces (virtual machines' and others')
    QStringList scaleSets;    // scale sets with instances here (AKS node pools run on scale sets), by name
    int scaleSetInstanceCount = 0;
    QString networkSecurityGroupId;
    QString routeTableId;
    QString natGatewayId; // empty: no NAT gateway (outbound traffic leaves another way)
    int privateEndpointCount = 0;
    RawJson json; // as the service sent it

    static QString acrService() { return QStringLiteral("Microsoft.ContainerRegistry"); }
    std::optional<ServiceEndpoint> endpoint(const QString &service) const;
    bool hasEndpoint(const QString &service) const { return endpoint(service).has_value(); }
    // The service the subnet is reserved for (a delegation) or used by (a service association link), as an ARM
    // resource type, e.g. Microsoft.ContainerInstance/containerGroups; empty when its hosts are machines. Only
    // virtual machines and scale sets (AKS nodes among them) can reach a registry through its service endpoint.
    QString occupyingService() const;

    static std::optional<Subnet> fromJson(const QJsonObject &json, QString *error);

    // The body of a subnet PUT: the fresh GET's JSON with only serviceEndpoints changed. Every other
    // property — NSG, route table, delegations, properties this app does not know — is sent back as it came;
    // other endpoints keep their locations. Read-only fields the service ignores are left in place.
    static QJsonObject withServiceEndpoint(const QJsonObject &freshJson, const QString &service, bool enabled);
};

} // namespace acrnet

Q_DECLARE_METATYPE(acrnet::Subnet)
