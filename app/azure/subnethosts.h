#pragma once

#include "subnet.h"

#include <QCoreApplication>

namespace acrnet {

// What runs in a subnet, in words, and whether it can use a registry service endpoint: only virtual machines and
// scale sets (AKS nodes among them) can; a subnet delegated to, or used by, a service (Azure Container Instances,
// App Service…) cannot, whatever its endpoints.
class SubnetHosts
{
    Q_DECLARE_TR_FUNCTIONS(acrnet::SubnetHosts)

public:
    // A service's resource type in words ("Azure Container Instances" for Microsoft.ContainerInstance/containerGroups),
    // the type itself when it has no better name.
    static QString serviceName(const QString &resourceType);
    // Why hosts of this subnet cannot use a registry service endpoint, in a sentence; empty when they can.
    static QString whyCannotUseEndpoint(const Subnet &subnet);
    // "delegated to Azure Container Instances", "AKS node pool aks-np1-vmss, 3 scale set instances"; empty: nothing
    // the inventory can see uses it.
    static QString describe(const Subnet &subnet);
};

} // namespace acrnet
