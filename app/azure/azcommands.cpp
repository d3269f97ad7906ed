#include "azcommands.h"

#include "registry.h"
#include "resourceid.h"

namespace acrnet::AzCommands {

QString registerProvider(const QString &subscriptionId)
{
    return QStringLiteral("az provider register --namespace Microsoft.ContainerRegistry --subscription %1")
        .arg(subscriptionId);
}

QString listVirtualNetworks(const QString &subscriptionId)
{
    return QStringLiteral("az network vnet list --subscription %1 --output table").arg(subscriptionId);
}

QString showSubnetId(const QString &subnetId)
{
    const ResourceId id = ResourceId::parse(subnetId);
    return QStringLiteral("az network vnet subnet show --subscription %1 --resource-group %2 --vnet-name %3 --name %4 "
                          "--query id --output tsv")
        .arg(id.subscriptionId(), id.resourceGroup(), id.parent().name(), id.name());
}

QString loginAndPull(const Registry &registry)
{
    return QStringLiteral("az acr login --name %1\ndocker pull %2/hello-world:latest")
        .arg(registry.name, registry.loginServer);
}

QString listNetworkRules(const Registry &registry)
{
    return QStringLiteral("az acr network-rule list %1 --output table").arg(registry.azTarget());
}

QString deleteGroup(const QString &subscriptionId, const QString &group)
{
    return QStringLiteral("az group delete --name %1 --subscription %2").arg(group, subscriptionId);
}

} // namespace acrnet::AzCommands
