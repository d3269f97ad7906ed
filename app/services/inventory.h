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

} // namespace acrnet

Q_DECLARE_METATYPE(acrnet::SubscriptionInventory)
