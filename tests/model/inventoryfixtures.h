#pragma once

// Inventories for the model tests, built from ARM-shaped JSON through the same parsers the app uses.
#include "app/services/inventoryservice.h"

#include <QAbstractItemModel>
#include <QJsonArray>
#include <QJsonObject>
#include <functional>

namespace acrnet::test {

inline const QString kSub = QStringLiteral("11111111-1111-4111-8111-111111111111");
inline const QString kSub2 = QStringLiteral("22222222-2222-4222-8222-222222222222");

inline QString rg(const QString &sub, const QString &group)
{
    return QStringLiteral("/subscriptions/") + sub + QStringLiteral("/resourceGroups/") + group;
}

struct SubnetSpec
{
    QString name;
    QString prefix;
    QStringList endpoints; // "Service" or "Service:State"
};

inline VirtualNetwork vnet(const QString &sub, const QString &group, const QString &name,
                           const QList<SubnetSpec> &subnets, const QString &location = QStringLiteral("westeurope"))
{
    const QString id = rg(sub, group) + QStringLiteral("/providers/Microsoft.Network/virtualNetworks/") + name;
    QJsonArray list;
    for (const SubnetSpec &s : subnets) {
        QJsonArray eps;
        for (const QString &e : s.endpoints)
            eps.append(QJsonObject{{QStringLiteral("service"), e.section(QLatin1Char(':'), 0, 0)},
                                   {QStringLiteral("provisioningState"), e.contains(QLatin1Char(':'))
                                                                             ? e.section(QLatin1Char(':'), 1)
                                                                             : QStringLiteral("Succeeded")}});
        list.append(
            QJsonObject{{QStringLiteral("id"), QString(id + QStringLiteral("/subnets/") + s.name)},
                        {QStringLiteral("name"), s.name},
                        {QStringLiteral("properties"), QJsonObject{{QStringLiteral("addressPrefix"), s.prefix},
                                                                   {QStringLiteral("serviceEndpoints"), eps}}}});
    }
    const QJsonObject json{
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("location"), location},
        {QStringLiteral("properties"),
         QJsonObject{{QStringLiteral("addressSpace"),
                      QJsonObject{{QStringLiteral("addressPrefixes"), QJsonArray{QStringLiteral("10.0.0.0/8")}}}},
                     {QStringLiteral("subnets"), list}}}};
    QString error;
    auto v = VirtualNetwork::fromJson(json, &error);
    if (!v)
        qFatal("%s", qPrintable(error));
    return *v;
}

inline Registry registry(const QString &sub, const QString &group, const QString &name, const QString &sku,
                         const QString &defaultAction, int vnetRules, int ipRules)
{
    QJsonArray vnets;
    for (int i = 0; i < vnetRules; ++i)
        vnets.append(QJsonObject{
            {QStringLiteral("id"),
             QString(rg(sub, group) + QStringLiteral("/providers/Microsoft.Network/virtualNetworks/v/subnets/s") +
                     QString::number(i))},
            {QStringLiteral("action"), QStringLiteral("Allow")}});
    QJsonArray ips;
    for (int i = 0; i < ipRules; ++i)
        ips.append(QJsonObject{{QStringLiteral("value"), QStringLiteral("198.51.100.%1").arg(i)},
                               {QStringLiteral("action"), QStringLiteral("Allow")}});
    const QJsonObject json{
        {QStringLiteral("id"),
         QString(rg(sub, group) + QStringLiteral("/providers/Microsoft.ContainerRegistry/registries/") + name)},
        {QStringLiteral("name"), name},
        {QStringLiteral("location"), QStringLiteral("westeurope")},
        {QStringLiteral("sku"), QJsonObject{{QStringLiteral("name"), sku}, {QStringLiteral("tier"), sku}}},
        {QStringLiteral("properties"),
         QJsonObject{{QStringLiteral("loginServer"), QString(name + QStringLiteral(".azurecr.io"))},
                     {QStringLiteral("publicNetworkAccess"), QStringLiteral("Enabled")},
                     {QStringLiteral("networkRuleSet"), QJsonObject{{QStringLiteral("defaultAction"), defaultAction},
                                                                    {QStringLiteral("virtualNetworkRules"), vnets},
                                                                    {QStringLiteral("ipRules"), ips}}}}}};
    QString error;
    auto r = Registry::fromJson(json, &error);
    if (!r)
        qFatal("%s", qPrintable(error));
    return *r;
}

inline ListedSubscription scope(const QString &sub, const QString &name)
{
    ListedSubscription l;
    l.accountId = QStringLiteral("acc-1");
    l.accountName = QStringLiteral("ops@contoso.example");
    l.tenantId = QStringLiteral("tenant-1");
    l.tenantName = QStringLiteral("Contoso");
    l.subscription.subscriptionId = sub;
    l.subscription.displayName = name;
    l.subscription.state = QStringLiteral("Enabled");
    return l;
}

inline SubscriptionInventory inventory(const QString &sub, const QString &name, const QList<VirtualNetwork> &vnets,
                                       const QList<Registry> &registries, bool providerRegistered = true)
{
    SubscriptionInventory inv;
    inv.subscription = scope(sub, name).subscription;
    inv.virtualNetworks = vnets;
    inv.registries = registries;
    inv.containerRegistryProvider.state =
        providerRegistered ? ProviderRegistration::State::Registered : ProviderRegistration::State::NotRegistered;
    inv.containerRegistryProvider.registrationState =
        providerRegistered ? QStringLiteral("Registered") : QStringLiteral("NotRegistered");
    return inv;
}

inline SubscriptionInventory first()
{
    return inventory(
        kSub, QStringLiteral("Prod"),
        {vnet(kSub, QStringLiteral("rg-net"), QStringLiteral("hub"),
              {{QStringLiteral("aks"), QStringLiteral("10.2.0.0/24"), {QStringLiteral("Microsoft.ContainerRegistry")}},
               {QStringLiteral("build"), QStringLiteral("10.10.0.0/24"), {QStringLiteral("Microsoft.Storage")}},
               {QStringLiteral("jump"),
                QStringLiteral("10.9.0.0/24"),
                {QStringLiteral("Microsoft.ContainerRegistry:Updating")}}})},
        {registry(kSub, QStringLiteral("rg-acr"), QStringLiteral("prodacr"), QStringLiteral("Premium"),
                  QStringLiteral("Deny"), 2, 12),
         registry(kSub, QStringLiteral("rg-acr"), QStringLiteral("basicacr"), QStringLiteral("Premium"),
                  QStringLiteral("Allow"), 0, 3)});
}

// The first column of every top-level row of a model.
inline QStringList rowNames(const QAbstractItemModel &m)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out << m.index(r, 0).data().toString();
    return out;
}

// The first column of every leaf of a model, depth first.
inline QStringList leafNames(const QAbstractItemModel &m)
{
    QStringList out;
    const std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int r = 0; r < m.rowCount(parent); ++r) {
            const QModelIndex i = m.index(r, 0, parent);
            if (m.rowCount(i) == 0)
                out << i.data().toString();
            walk(i);
        }
    };
    walk({});
    return out;
}

} // namespace acrnet::test
