#pragma once

#include <QString>

namespace acrnet {

struct Registry;

// The Azure CLI commands of the walkthrough steps that have no writer of their own in the app (reads, the provider
// registration, the group deletion), for the capture's guide. The writers spell their own (the rules editor's
// review, the service endpoint dialog).
namespace AzCommands {

QString registerProvider(const QString &subscriptionId);
QString listVirtualNetworks(const QString &subscriptionId);
QString showSubnetId(const QString &subnetId);
QString loginAndPull(const Registry &registry);
QString listNetworkRules(const Registry &registry);
QString deleteGroup(const QString &subscriptionId, const QString &group);

} // namespace AzCommands

} // namespace acrnet
