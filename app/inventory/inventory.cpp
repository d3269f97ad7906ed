#include "inventory.h"

#include <QJsonObject>

namespace acrnet {

UnreadableResource UnreadableResource::from(const QJsonValue &entry, const QString &error)
{
    const QJsonValue id = entry.toObject().value(QLatin1String("id"));
    return UnreadableResource{id.isString() ? id.toString() : QString(), error};
}

void InventorySnapshot::add(const SubscriptionInventory &inventory)
{
    const QString sub = inventory.subscription.subscriptionId.toLower();
    remove(sub);
    subscriptions.insert(sub, inventory.subscription);
    providers.insert(sub, inventory.containerRegistryProvider);
    Added &mine = added[sub];
    for (const VirtualNetwork &v : inventory.virtualNetworks) {
        for (const Subnet &s : v.subnets) {
            subnets.insert(s.id.key(), s);
            mine.subnets.append(s.id.key());
        }
    }
    for (const Registry &r : inventory.registries) {
        registries.insert(r.id.key(), r);
        mine.registries.append(r.id.key());
    }
    for (const NatGateway &g : inventory.natGateways) {
        natGateways.insert(g.id.key(), g);
        mine.natGateways.append(g.id.key());
    }
}

void InventorySnapshot::reserveFor(int expected)
{
    reserveAhead(subnets, subscriptions.size(), expected);
    reserveAhead(registries, subscriptions.size(), expected);
}

void InventorySnapshot::remove(const QString &subscriptionId)
{
    const QString sub = subscriptionId.toLower();
    if (!subscriptions.remove(sub))
        return;
    providers.remove(sub);
    const Added gone = added.take(sub);
    for (const QString &key : gone.subnets)
        subnets.remove(key);
    for (const QString &key : gone.registries)
        registries.remove(key);
    for (const QString &key : gone.natGateways)
        natGateways.remove(key);
    // The VMs read so far are few (one per access check): a scan is cheap.
    const QString prefix = QStringLiteral("/subscriptions/") + sub + QLatin1Char('/');
    machines.removeIf([&](const auto &it) { return it.key().startsWith(prefix); });
}

QList<Registry> InventorySnapshot::registriesWithRuleFor(const QString &subnetId) const
{
    QList<Registry> out;
    for (const Registry &r : registries) {
        if (!r.networkRuleSet)
            continue;
        for (const VirtualNetworkRule &rule : r.networkRuleSet->virtualNetworkRules) {
            if (rule.subnetId.compare(subnetId, Qt::CaseInsensitive) == 0) {
                out.append(r);
                break;
            }
        }
    }
    return out;
}

} // namespace acrnet
