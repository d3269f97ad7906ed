#pragma once

#include "app/azure/machine.h"
#include "app/azure/registry.h"
#include "app/azure/subscription.h"
#include "app/azure/virtualnetwork.h"

#include <QHash>
#include <QJsonValue>
#include <QList>

namespace acrnet {

// A resource the service listed but whose JSON did not parse: shown as unreadable, never as absent.
struct UnreadableResource
{
    QString id; // as the service sent it (may itself be what did not parse; then empty)
    QString error;

    // From a list entry that did not parse: its "id" when it has a string one.
    static UnreadableResource from(const QJsonValue &entry, const QString &error);
};

// What one subscription holds that the app cares about, loaded together.
struct SubscriptionInventory
{
    Subscription subscription;
    QList<VirtualNetwork> virtualNetworks;
    QList<Registry> registries;
    ProviderRegistration containerRegistryProvider;
    QList<NatGateway> natGateways; // those its subnets name, with their public addresses (or why not known)
    QStringList warnings;          // items that could not be read (named with their resource ID) and were left out
    QList<UnreadableResource> unreadable; // the listed resources among them, for the views to draw
};

// A subscription as listed for one account and tenant, with whether the user chose to browse it.
struct ListedSubscription
{
    QString accountId;
    QString accountName;
    QString tenantId;
    QString tenantName;
    Subscription subscription;
    bool selected = true;
};

// Makes room in `container` (a QHash) for `expected` subscriptions like the `loaded` ones it holds, when 1, 2, 4, 8…
// are loaded: a hash grown by rehashing 65,000 entries held the GUI thread for tens of milliseconds; room made
// while it is small costs only the allocation. Used by the snapshot, the tree and the tables.
template<class Container> void reserveAhead(Container &container, qsizetype loaded, qsizetype expected)
{
    if (loaded <= 0 || (loaded & (loaded - 1)) != 0 || expected <= loaded)
        return;
    const qsizetype room = container.size() / loaded * expected * 5 / 4;
    if (room > container.capacity())
        container.reserve(room);
}

// Everything loaded, indexed for lookups by resource ID: what the rules editor's checks and the audit consult.
struct InventorySnapshot
{
    QHash<QString, Subnet> subnets;                 // lower-case subnet ID
    QHash<QString, Registry> registries;            // lower-case registry ID
    QHash<QString, ProviderRegistration> providers; // lower-case subscription ID: Microsoft.ContainerRegistry
    QHash<QString, Subscription> subscriptions;     // lower-case subscription ID
    QHash<QString, NatGateway> natGateways;         // lower-case NAT gateway ID
    QHash<QString, VirtualMachine> machines;        // lower-case VM ID: those read (Check access from a VM…)
    // What each subscription added (lower-case subscription ID -> keys above), so replacing one subscription costs
    // its own size, not the estate's.
    struct Added
    {
        QStringList subnets;
        QStringList registries;
        QStringList natGateways;
    };
    QHash<QString, Added> added;

    void add(const SubscriptionInventory &inventory);
    // Makes room for `subscriptions` like those loaded so far, when 1, 2, 4, 8… are loaded: growing a hash of
    // 65,000 subnets by rehashing took 95 ms of the GUI thread; room made early costs only the allocation.
    void reserveFor(int subscriptions);
    void remove(const QString &subscriptionId);
    bool isLoaded(const QString &subscriptionId) const { return subscriptions.contains(subscriptionId.toLower()); }
    // Registries with a VNet rule for this subnet.
    QList<Registry> registriesWithRuleFor(const QString &subnetId) const;
};

} // namespace acrnet

Q_DECLARE_METATYPE(acrnet::SubscriptionInventory)
Q_DECLARE_METATYPE(acrnet::ListedSubscription)
Q_DECLARE_METATYPE(acrnet::InventorySnapshot)
