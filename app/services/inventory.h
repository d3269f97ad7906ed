#pragma once

#include "app/azure/registry.h"
#include "app/azure/subscription.h"
#include "app/azure/virtualnetwork.h"

#include <QHash>
#include <QList>

namespace acrnet {

// What one subscription holds that the app cares about, loaded together.
struct SubscriptionInventory
{
    Subscription subscription;
    QList<VirtualNetwork> virtualNetworks;
    QList<Registry> registries;
    ProviderRegistration containerRegistryProvider;
    QStringList warnings; // items that could not be read (named with their resource ID) and were left out
};

// Everything loaded, indexed for lookups by resource ID: what the rules editor's checks and the audit consult.
struct InventorySnapshot
{
    QHash<QString, Subnet> subnets;                 // lower-case subnet ID
    QHash<QString, Registry> registries;            // lower-case registry ID
    QHash<QString, ProviderRegistration> providers; // lower-case subscription ID: Microsoft.ContainerRegistry
    QHash<QString, Subscription> subscriptions;     // lower-case subscription ID

    void add(const SubscriptionInventory &inventory);
    void remove(const QString &subscriptionId);
    bool isLoaded(const QString &subscriptionId) const { return subscriptions.contains(subscriptionId.toLower()); }
    // Registries with a VNet rule for this subnet.
    QList<Registry> registriesWithRuleFor(const QString &subnetId) const;
};

} // namespace acrnet

Q_DECLARE_METATYPE(acrnet::SubscriptionInventory)
