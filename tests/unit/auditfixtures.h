#pragma once
// Small hand-made inventories for the audit's unit tests, parsed from ARM-shaped JSON (shared by the checks, the
// evaluator and the report tests).
#include "app/audit/auditengine.h"
#include "app/inventory/inventory.h"
#include "app/services/rulepreflight.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

namespace acrnet::testdata {

inline const QString kSub = QStringLiteral("0d1e2f30-4152-4637-8899-aabbccddeeff");
inline const QString kOtherSub = QStringLiteral("7a6b5c4d-3e2f-4011-9223-344556677889");

inline QString subnetId(const QString &sub, const QString &name)
{
    return QStringLiteral("/subscriptions/%1/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/"
                          "vnet-a/subnets/%2")
        .arg(sub, name);
}

// A subnet whose Microsoft.ContainerRegistry endpoint is in `state` (empty: no endpoint at all).
inline QJsonObject subnetJson(const QString &sub, const QString &name, const QString &state)
{
    QJsonArray endpoints;
    if (!state.isEmpty())
        endpoints.append(QJsonObject{{QStringLiteral("service"), QStringLiteral("Microsoft.ContainerRegistry")},
                                     {QStringLiteral("locations"), QJsonArray{QStringLiteral("*")}},
                                     {QStringLiteral("provisioningState"), state}});
    return {
        {QStringLiteral("id"), subnetId(sub, name)},
        {QStringLiteral("name"), name},
        {QStringLiteral("etag"), QStringLiteral("W/\"1\"")},
        {QStringLiteral("properties"), QJsonObject{{QStringLiteral("addressPrefix"), QStringLiteral("10.0.1.0/24")},
                                                   {QStringLiteral("provisioningState"), QStringLiteral("Succeeded")},
                                                   {QStringLiteral("serviceEndpoints"), endpoints}}}};
}

// A subnet with a Succeeded ACR endpoint and, in `use`, what runs there: "delegation:<service>",
// "link:<linked resource type>", "scaleSet:<name>" (two instances) or "nic" (a standalone network interface).
inline QJsonObject usedSubnetJson(const QString &sub, const QString &name, const QString &use)
{
    QJsonObject json = subnetJson(sub, name, QStringLiteral("Succeeded"));
    QJsonObject props = json.value(QLatin1String("properties")).toObject();
    const QString kind = use.section(QLatin1Char(':'), 0, 0);
    const QString what = use.section(QLatin1Char(':'), 1);
    const QString base = QStringLiteral("/subscriptions/%1/resourceGroups/rg-run/providers/").arg(sub);
    if (kind == QLatin1String("delegation"))
        props.insert(QStringLiteral("delegations"),
                     QJsonArray{QJsonObject{
                         {QStringLiteral("name"), QStringLiteral("d")},
                         {QStringLiteral("properties"), QJsonObject{{QStringLiteral("serviceName"), what}}}}});
    else if (kind == QLatin1String("link"))
        props.insert(QStringLiteral("serviceAssociationLinks"),
                     QJsonArray{QJsonObject{
                         {QStringLiteral("name"), QStringLiteral("default")},
                         {QStringLiteral("properties"), QJsonObject{{QStringLiteral("linkedResourceType"), what}}}}});
    else if (kind == QLatin1String("scaleSet"))
        props.insert(
            QStringLiteral("ipConfigurations"),
            QJsonArray{
                QJsonObject{{QStringLiteral("id"),
                             QString(base + QStringLiteral("Microsoft.Compute/virtualMachineScaleSets/") + what +
                                     QStringLiteral("/virtualMachines/0/networkInterfaces/n/ipConfigurations/i"))}},
                QJsonObject{{QStringLiteral("id"),
                             QString(base + QStringLiteral("Microsoft.Compute/virtualMachineScaleSets/") + what +
                                     QStringLiteral("/virtualMachines/1/networkInterfaces/n/ipConfigurations/i"))}}});
    else if (kind == QLatin1String("nic"))
        props.insert(
            QStringLiteral("ipConfigurations"),
            QJsonArray{QJsonObject{
                {QStringLiteral("id"),
                 QString(base +
                         QStringLiteral("Microsoft.Network/networkInterfaces/vm1-nic/ipConfigurations/ipconfig1"))}}});
    json.insert(QStringLiteral("properties"), props);
    return json;
}

inline Registry registry(const QString &name, const QStringList &vnetRules, const QStringList &ipRules,
                         const QString &defaultAction = QStringLiteral("Deny"))
{
    QJsonArray vnet, ip;
    for (const QString &s : vnetRules)
        vnet.append(QJsonObject{{QStringLiteral("id"), s}, {QStringLiteral("action"), QStringLiteral("Allow")}});
    for (const QString &v : ipRules)
        ip.append(QJsonObject{{QStringLiteral("value"), v}, {QStringLiteral("action"), QStringLiteral("Allow")}});
    const QJsonObject ruleSet{{QStringLiteral("defaultAction"), defaultAction},
                              {QStringLiteral("virtualNetworkRules"), vnet},
                              {QStringLiteral("ipRules"), ip}};
    const QJsonObject properties{{QStringLiteral("loginServer"), QString(name + QStringLiteral(".azurecr.io"))},
                                 {QStringLiteral("provisioningState"), QStringLiteral("Succeeded")},
                                 {QStringLiteral("publicNetworkAccess"), QStringLiteral("Enabled")},
                                 {QStringLiteral("networkRuleBypassOptions"), QStringLiteral("AzureServices")},
                                 {QStringLiteral("networkRuleSet"), ruleSet}};
    const QJsonObject sku{{QStringLiteral("name"), QStringLiteral("Premium")},
                          {QStringLiteral("tier"), QStringLiteral("Premium")}};
    const QJsonObject json{
        {QStringLiteral("id"),
         QStringLiteral("/subscriptions/%1/resourceGroups/rg-acr/providers/Microsoft.ContainerRegistry/registries/%2")
             .arg(kSub, name)},
        {QStringLiteral("name"), name},
        {QStringLiteral("location"), QStringLiteral("westeurope")},
        {QStringLiteral("sku"), sku},
        {QStringLiteral("properties"), properties}};
    QString error;
    const auto r = Registry::fromJson(json, &error);
    if (!r)
        qFatal("test registry does not parse: %s", qPrintable(error));
    return *r;
}

inline SubscriptionInventory subscription(const QString &sub, const QList<QJsonObject> &subnets,
                                          const QList<Registry> &registries, bool providerRegistered = true)
{
    SubscriptionInventory inv;
    inv.subscription.subscriptionId = sub;
    inv.subscription.displayName = QStringLiteral("Subscription ") + sub.left(4);
    inv.containerRegistryProvider.subscriptionId = sub;
    inv.containerRegistryProvider.registrationState =
        providerRegistered ? QStringLiteral("Registered") : QStringLiteral("NotRegistered");
    inv.containerRegistryProvider.state =
        ProviderRegistration::stateFromString(inv.containerRegistryProvider.registrationState);
    QJsonArray subnetArray;
    for (const QJsonObject &s : subnets)
        subnetArray.append(s);
    const QJsonObject vnet{
        {QStringLiteral("id"), subnetId(sub, QStringLiteral("x")).section(QLatin1Char('/'), 0, -3)},
        {QStringLiteral("name"), QStringLiteral("vnet-a")},
        {QStringLiteral("location"), QStringLiteral("westeurope")},
        {QStringLiteral("properties"),
         QJsonObject{{QStringLiteral("addressSpace"),
                      QJsonObject{{QStringLiteral("addressPrefixes"), QJsonArray{QStringLiteral("10.0.0.0/16")}}}},
                     {QStringLiteral("subnets"), subnetArray}}}};
    QString error;
    QStringList warnings;
    const auto v = VirtualNetwork::fromJson(vnet, &error, &warnings);
    if (!v || !warnings.isEmpty())
        qFatal("test VNet does not parse: %s %s", qPrintable(error), qPrintable(warnings.join(QLatin1Char(';'))));
    inv.virtualNetworks << *v;
    inv.registries = registries;
    return inv;
}

inline QStringList ranges(std::initializer_list<const char *> texts)
{
    QStringList out;
    for (const char *t : texts)
        out << QLatin1String(t);
    return out;
}

inline QList<Finding> findingsOf(const QList<Finding> &all, const QString &checkId)
{
    QList<Finding> out;
    for (const Finding &f : all) {
        if (f.checkId == checkId)
            out << f;
    }
    return out;
}

inline QList<Finding> audit(const QList<Registry> &registries, const QList<QJsonObject> &subnets = {},
                            int vnetRuleLimit = RulePreflight::defaultVirtualNetworkRuleLimit())
{
    InventorySnapshot inv;
    inv.add(subscription(kSub, subnets, registries));
    return AuditEngine::run(inv, Cloud::byName(QStringLiteral("AzureCloud")), vnetRuleLimit);
}

inline QStringList ipRules(int count)
{
    QStringList out;
    for (int i = 0; i < count; ++i)
        out << QStringLiteral("198.51.%1.%2").arg(i / 250).arg(i % 250 + 1);
    return out;
}

inline QStringList vnetRules(int count)
{
    QStringList out;
    for (int i = 0; i < count; ++i)
        out << subnetId(kOtherSub, QStringLiteral("snet-%1").arg(i));
    return out;
}

} // namespace acrnet::testdata
