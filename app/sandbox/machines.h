#pragma once

#include <QJsonObject>
#include <QString>

#include <functional>

namespace acrnet::sandbox {

class Store;

// Builds what a scenario's resource group declares beyond networks and registries, as ARM documents in
// Store::resources: NAT gateways with their public IP addresses and prefixes, and hosts as virtual machines with a
// network interface (and a public IP when they have one). Hosts stay in Store::hosts too: the data plane and Run
// Command answer for them by name.
namespace Machines {

// "natGateways": [{"name", "publicIps": ["a.b.c.d"], "publicIpPrefixes": ["a.b.c.d/n"]}]; subnets name theirs with
// "natGateway": "name".
void addNatGateways(Store &store, const QString &subscriptionId, const QString &group, const QString &location,
                    const QJsonObject &groupSpec);
// {"name", "subnet": "vnet/subnet", "publicIp": "a.b.c.d" (optional), "os": "Linux"|"Windows",
//  "powerState": "running"|"deallocated"|"stopped", "privateIp" (optional: the subnet's next free address)}.
// Without a subnet, a host is only a caller of the data plane (no virtual machine).
void addHost(Store &store, const QString &subscriptionId, const QString &group, const QString &location,
             const QJsonObject &spec, const QString &subnetId);
// "containerGroups": [{"name", "subnet": "vnet/subnet", "image"}]: Azure Container Instances in a (delegated) subnet,
// which gets the service association link Azure adds.
void addContainerGroups(Store &store, const QString &subscriptionId, const QString &group, const QString &location,
                        const QJsonObject &groupSpec, const std::function<QString(const QString &)> &subnetIdOf);

} // namespace Machines

} // namespace acrnet::sandbox
