// The inventory tree, the subnet and registry tables and the filter proxy, fed with inventories built from
// ARM-shaped JSON: merge by ID (no reset, persistent indexes survive), removal, badges, raw sort, filtering.
#include "models/inventorytreemodel.h"
#include "models/registrytablemodel.h"
#include "models/resourcefilterproxymodel.h"
#include "models/subnettablemodel.h"
#include "models/subscriptionlistmodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QtTest>

using namespace acrnet;

namespace {

const QString kSub = QStringLiteral("11111111-1111-4111-8111-111111111111");
const QString kSub2 = QStringLiteral("22222222-2222-4222-8222-222222222222");

QString rg(const QString &sub, const QString &group)
{
    return QStringLiteral("/subscriptions/") + sub + QStringLiteral("/resourceGroups/") + group;
}

struct SubnetSpec
{
    QString name;
    QString prefix;
    QStringList endpoints; // "Service" or "Service:State"
};

VirtualNetwork vnet(const QString &sub, const QString &group, const QString &name, const QList<SubnetSpec> &subnets,
                    const QString &location = QStringLiteral("westeurope"))
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

Registry registry(const QString &sub, const QString &group, const QString &name, const QString &sku,
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

ListedSubscription scope(const QString &sub, const QString &name)
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

SubscriptionInventory inventory(const QString &sub, const QString &name, const QList<VirtualNetwork> &vnets,
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

SubscriptionInventory first()
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

} // namespace

class TestInventoryModels : public QObject
{
    Q_OBJECT

private slots:
    void treeShapeBadgesAndCounts();
    void refreshMergesInPlace();
    void failureAndRemoval();
    void tablesSortOnRawValues();
    void tableMergeKeepsPersistentRows();
    void proxyFiltersRecursivelyAndByScope();
    void proxyKeepsChildrenOfMatches();
    void proxyFollowsTreeChanges();
    void proxyReusesEarlierTexts();
    void tableSortsItselfAcrossRefreshes();
    void subscriptionListChecks();
};

void TestInventoryModels::treeShapeBadgesAndCounts()
{
    InventoryTreeModel tree;
    QAbstractItemModelTester tester(&tree, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tree.mergeSubscription(scope(kSub, QStringLiteral("Prod")), first());
    tree.mergeSubscription(scope(kSub2, QStringLiteral("Dev")), inventory(kSub2, QStringLiteral("Dev"), {}, {}, false));
    QCOMPARE(tree.count(InventoryNodeType::Account), 1);
    QCOMPARE(tree.count(InventoryNodeType::Tenant), 1);
    QCOMPARE(tree.count(InventoryNodeType::Subscription), 2);
    QCOMPARE(tree.count(InventoryNodeType::ResourceGroup), 2);
    QCOMPARE(tree.count(InventoryNodeType::Subnet), 3);
    QCOMPARE(tree.count(InventoryNodeType::Registry), 2);

    const QModelIndex tenant = tree.index(0, 0, tree.index(0, 0));
    QCOMPARE(tenant.data().toString(), QStringLiteral("Contoso"));
    // Subscriptions sorted by name, resource groups by name, VNets before registries.
    QCOMPARE(tree.index(0, 0, tenant).data().toString(), QStringLiteral("Dev"));
    QCOMPARE(tree.index(1, 0, tenant).data().toString(), QStringLiteral("Prod"));
    QCOMPARE(tree.index(0, 1, tenant).data().toString(), QStringLiteral("provider not registered"));
    const QModelIndex prod = tree.index(1, 0, tenant);
    QCOMPARE(tree.index(0, 0, prod).data().toString(), QStringLiteral("rg-acr"));
    QCOMPARE(tree.index(1, 0, prod).data().toString(), QStringLiteral("rg-net"));
    const QModelIndex acr = tree.index(0, 0, prod);
    QCOMPARE(tree.index(0, 0, acr).data().toString(), QStringLiteral("basicacr"));
    QCOMPARE(tree.index(1, 1, acr).data().toString(), QStringLiteral("Premium · Deny"));

    const QModelIndex hub = tree.index(0, 0, tree.index(1, 0, prod));
    QCOMPARE(InventoryNodeType(hub.data(NodeTypeRole).toInt()), InventoryNodeType::VirtualNetwork);
    QCOMPARE(tree.rowCount(hub), 3);
    QCOMPARE(tree.index(0, 1, hub).data().toString(), QStringLiteral("ACR endpoint"));    // aks
    QCOMPARE(tree.index(1, 1, hub).data().toString(), QStringLiteral("no ACR endpoint")); // build
    QCOMPARE(tree.index(2, 1, hub).data().toString(), QStringLiteral("ACR endpoint updating"));
    QVERIFY(!tree.index(0, 1, hub).data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(tree.index(1, 1, hub).data(Qt::DecorationRole).isNull()); // no state, no icon
    QVERIFY(tree.index(1, 0, hub).data(Qt::ToolTipRole).toString().contains(QLatin1String("Microsoft.Storage")));
    QCOMPARE(tree.index(0, 0, hub).data(ScopesRole).toStringList().size(),
             6); // account, tenant, subscription, group, VNet, itself
    QCOMPARE(tree.indexForKey(tree.index(0, 0, hub).data(KeyRole).toString()), tree.index(0, 0, hub));
    QVERIFY(tree.index(0, 0, hub).data(SearchTextRole).toString().contains(QLatin1String("10.2.0.0/24")));
}

void TestInventoryModels::refreshMergesInPlace()
{
    InventoryTreeModel tree;
    QAbstractItemModelTester tester(&tree, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tree.mergeSubscription(scope(kSub, QStringLiteral("Prod")), first());
    const QModelIndex hub = tree.indexForKey(
        (rg(kSub, QStringLiteral("rg-net")) + QStringLiteral("/providers/Microsoft.Network/virtualNetworks/hub"))
            .toLower());
    const QPersistentModelIndex build = tree.index(1, 0, hub);
    const QPersistentModelIndex jump = tree.index(2, 0, hub);
    QCOMPARE(build.data().toString(), QStringLiteral("build"));

    // Same inventory again: nothing moves, nothing is announced.
    QSignalSpy reset(&tree, &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy inserted(&tree, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&tree, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&tree, &QAbstractItemModel::dataChanged);
    tree.mergeSubscription(scope(kSub, QStringLiteral("Prod")), first());
    QCOMPARE(reset.count() + inserted.count() + removed.count() + changed.count(), 0);

    // The endpoint is enabled on build, jump is deleted, a subnet is added: only those rows are touched.
    SubscriptionInventory next = first();
    next.virtualNetworks[0] =
        vnet(kSub, QStringLiteral("rg-net"), QStringLiteral("hub"),
             {{QStringLiteral("aks"), QStringLiteral("10.2.0.0/24"), {QStringLiteral("Microsoft.ContainerRegistry")}},
              {QStringLiteral("build"),
               QStringLiteral("10.10.0.0/24"),
               {QStringLiteral("Microsoft.Storage"), QStringLiteral("Microsoft.ContainerRegistry")}},
              {QStringLiteral("apps"), QStringLiteral("10.3.0.0/24"), {}}});
    tree.mergeSubscription(scope(kSub, QStringLiteral("Prod")), next);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(inserted.count(), 1);
    QVERIFY(!jump.isValid());
    QVERIFY(build.isValid());
    QCOMPARE(build.data().toString(), QStringLiteral("build"));
    QCOMPARE(build.sibling(build.row(), 1).data().toString(), QStringLiteral("ACR endpoint"));
    QVERIFY(changed.count() >= 1);
    QCOMPARE(tree.rowCount(hub), 3);
    QCOMPARE(tree.index(0, 0, hub).data().toString(), QStringLiteral("aks"));
    QCOMPARE(tree.index(1, 0, hub).data().toString(), QStringLiteral("apps")); // inserted in order
    QCOMPARE(tree.count(InventoryNodeType::Subnet), 3);
}

void TestInventoryModels::failureAndRemoval()
{
    InventoryTreeModel tree;
    QAbstractItemModelTester tester(&tree, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tree.mergeSubscription(scope(kSub, QStringLiteral("Prod")), first());
    // A subscription that never loaded still appears, with the reason.
    tree.setSubscriptionFailed(scope(kSub2, QStringLiteral("Dev")), QStringLiteral("403 AuthorizationFailed"));
    const QModelIndex dev = tree.indexForKey(QStringLiteral("/subscriptions/") + kSub2);
    QCOMPARE(dev.siblingAtColumn(1).data().toString(), QStringLiteral("could not be loaded"));
    QVERIFY(dev.data(Qt::ToolTipRole).toString().contains(QLatin1String("403 AuthorizationFailed")));
    QCOMPARE(tree.failedSubscriptions(), QStringList{kSub2});
    // A failure after a good load keeps what was shown.
    tree.setSubscriptionFailed(scope(kSub, QStringLiteral("Prod")), QStringLiteral("timeout"));
    QCOMPARE(tree.count(InventoryNodeType::Registry), 2);
    // A later success clears it.
    tree.mergeSubscription(scope(kSub, QStringLiteral("Prod")), first());
    QCOMPARE(tree.failedSubscriptions(), QStringList{kSub2});
    tree.removeSubscription(kSub);
    QCOMPARE(tree.count(InventoryNodeType::Registry), 0);
    QCOMPARE(tree.count(InventoryNodeType::Account), 1);
    tree.removeSubscription(kSub2);
    QCOMPARE(tree.rowCount(), 0); // the empty account and tenant go too
    QCOMPARE(tree.count(InventoryNodeType::Tenant), 0);
}

void TestInventoryModels::tablesSortOnRawValues()
{
    SubnetTableModel subnets;
    RegistryTableModel registries;
    ResourceFilterProxyModel subnetProxy;
    ResourceFilterProxyModel registryProxy;
    subnetProxy.setSourceModel(&subnets);
    registryProxy.setSourceModel(&registries);
    QAbstractItemModelTester t1(&subnets, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(&registries, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t3(&subnetProxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t4(&registryProxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    subnets.mergeSubscription(scope(kSub, QStringLiteral("Prod")), first());
    registries.mergeSubscription(scope(kSub, QStringLiteral("Prod")), first());
    QCOMPARE(subnets.rowCount(), 3);
    QCOMPARE(registries.rowCount(), 2);

    // Prefixes by address (10.2 < 10.9 < 10.10), not as text.
    subnetProxy.sort(SubnetTableModel::AddressPrefixes);
    QStringList order;
    for (int r = 0; r < 3; ++r)
        order << subnetProxy.index(r, SubnetTableModel::Name).data().toString();
    QCOMPARE(order, QStringList({QStringLiteral("aks"), QStringLiteral("jump"), QStringLiteral("build")}));
    // Endpoint state: enabled, then in progress, then missing.
    subnetProxy.sort(SubnetTableModel::AcrEndpoint);
    QCOMPARE(subnetProxy.index(0, SubnetTableModel::AcrEndpoint).data().toString(), QStringLiteral("enabled"));
    QCOMPARE(subnetProxy.index(1, SubnetTableModel::AcrEndpoint).data().toString(), QStringLiteral("Updating"));
    QCOMPARE(subnetProxy.index(2, SubnetTableModel::AcrEndpoint).data().toString(), QStringLiteral("missing"));
    QCOMPARE(subnetProxy.index(0, SubnetTableModel::VirtualNetwork).data().toString(), QStringLiteral("hub"));
    QCOMPARE(subnetProxy.index(0, SubnetTableModel::Subscription).data().toString(), QStringLiteral("Prod"));

    // IP-rule count as a number: 12 after 3.
    registryProxy.sort(RegistryTableModel::IpRules);
    QCOMPARE(registryProxy.index(0, RegistryTableModel::IpRules).data().toInt(), 3);
    QCOMPARE(registryProxy.index(1, RegistryTableModel::IpRules).data().toInt(), 12);
    QCOMPARE(registryProxy.index(1, RegistryTableModel::VirtualNetworkRules).data().toInt(), 2);
    QCOMPARE(registryProxy.index(1, RegistryTableModel::DefaultAction).data().toString(), QStringLiteral("Deny"));
    QCOMPARE(registryProxy.index(1, RegistryTableModel::TrustedServices).data().toString(), QStringLiteral("Yes"));
    QCOMPARE(registryProxy.index(1, RegistryTableModel::ResourceGroup).data().toString(), QStringLiteral("rg-acr"));
}

void TestInventoryModels::tableMergeKeepsPersistentRows()
{
    RegistryTableModel registries;
    QAbstractItemModelTester tester(&registries, QAbstractItemModelTester::FailureReportingMode::QtTest);
    registries.mergeSubscription(scope(kSub, QStringLiteral("Prod")), first());
    registries.mergeSubscription(scope(kSub2, QStringLiteral("Dev")),
                                 inventory(kSub2, QStringLiteral("Dev"), {},
                                           {registry(kSub2, QStringLiteral("rg"), QStringLiteral("devacr"),
                                                     QStringLiteral("Basic"), QStringLiteral("Allow"), 0, 0)}));
    const QPersistentModelIndex dev = registries.index(
        registries.rowForKey((rg(kSub2, QStringLiteral("rg")) +
                              QStringLiteral("/providers/Microsoft.ContainerRegistry/registries/devacr"))
                                 .toLower()),
        0);
    QCOMPARE(dev.data().toString(), QStringLiteral("devacr"));
    // prodacr gains a rule, basicacr disappears: devacr's row stays valid (and moves up).
    SubscriptionInventory next = first();
    next.registries = {registry(kSub, QStringLiteral("rg-acr"), QStringLiteral("prodacr"), QStringLiteral("Premium"),
                                QStringLiteral("Deny"), 3, 12)};
    QSignalSpy reset(&registries, &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy changed(&registries, &QAbstractItemModel::dataChanged);
    registries.mergeSubscription(scope(kSub, QStringLiteral("Prod")), next);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(registries.rowCount(), 2);
    QVERIFY(dev.isValid());
    QCOMPARE(dev.data().toString(), QStringLiteral("devacr"));
    QCOMPARE(registries
                 .index(registries.rowForKey(next.registries.first().id.key()), RegistryTableModel::VirtualNetworkRules)
                 .data()
                 .toInt(),
             3);
    registries.removeSubscription(kSub);
    QCOMPARE(registries.rowCount(), 1);
    QCOMPARE(dev.row(), 0);
}

void TestInventoryModels::proxyFiltersRecursivelyAndByScope()
{
    InventoryTreeModel tree;
    ResourceFilterProxyModel treeProxy;
    treeProxy.setSourceModel(&tree);
    QAbstractItemModelTester t1(&treeProxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    SubnetTableModel subnets;
    ResourceFilterProxyModel subnetProxy;
    subnetProxy.setSourceModel(&subnets);
    QAbstractItemModelTester t2(&subnetProxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tree.mergeSubscription(scope(kSub, QStringLiteral("Prod")), first());
    subnets.mergeSubscription(scope(kSub, QStringLiteral("Prod")), first());

    // A prefix finds its subnet; the tree keeps only its ancestors.
    treeProxy.setFilterText(QStringLiteral("10.10.0"));
    subnetProxy.setFilterText(QStringLiteral("10.10.0"));
    QCOMPARE(subnetProxy.rowCount(), 1);
    QCOMPARE(subnetProxy.index(0, 0).data().toString(), QStringLiteral("build"));
    QModelIndex i = treeProxy.index(0, 0);
    int depth = 0;
    while (treeProxy.rowCount(i) > 0) {
        QCOMPARE(treeProxy.rowCount(i), 1);
        i = treeProxy.index(0, 0, i);
        ++depth;
    }
    QCOMPARE(i.data().toString(), QStringLiteral("build"));
    QCOMPARE(depth, 5); // tenant, subscription, resource group, VNet, subnet
    // Every word must match, in any order, case-insensitively.
    subnetProxy.setFilterText(QStringLiteral("WESTEUROPE aks"));
    QCOMPARE(subnetProxy.rowCount(), 1);
    subnetProxy.setFilterText(QStringLiteral("aks nothing"));
    QCOMPARE(subnetProxy.rowCount(), 0);
    subnetProxy.setFilterText(QString());
    QCOMPARE(subnetProxy.rowCount(), 3);
    // Scope: a VNet's key keeps its subnets; another subscription's key keeps none.
    const QString hubKey =
        (rg(kSub, QStringLiteral("rg-net")) + QStringLiteral("/providers/Microsoft.Network/virtualNetworks/hub"))
            .toLower();
    subnetProxy.setScope(hubKey);
    QCOMPARE(subnetProxy.rowCount(), 3);
    subnetProxy.setScope(QStringLiteral("/subscriptions/") + kSub2);
    QCOMPARE(subnetProxy.rowCount(), 0);
    subnetProxy.setScope(QStringLiteral("tenant:acc-1/tenant-1"));
    QCOMPARE(subnetProxy.rowCount(), 3);
}

void TestInventoryModels::proxyKeepsChildrenOfMatches()
{
    InventoryTreeModel tree;
    tree.mergeSubscription(scope(kSub, QStringLiteral("Prod")), first());
    ResourceFilterProxyModel proxy;
    proxy.setSourceModel(&tree);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto vnetIndex = [&] {
        const QString key =
            (rg(kSub, QStringLiteral("rg-net")) + QStringLiteral("/providers/Microsoft.Network/virtualNetworks/hub"))
                .toLower();
        return proxy.mapFromSource(tree.indexForKey(key));
    };
    proxy.setFilterText(QStringLiteral("10.0.0.0/8")); // the VNet's address space, in none of its subnets
    QVERIFY(vnetIndex().isValid());
    QCOMPARE(proxy.rowCount(vnetIndex()), 0);
    proxy.setKeepChildrenOfMatches(true);
    QCOMPARE(proxy.rowCount(vnetIndex()), 3); // now a matching VNet lists what it holds
    // Its sibling resource group (registries) matches nothing and is gone; the subscription stays as an ancestor.
    const QModelIndex sub = proxy.mapFromSource(tree.indexForKey(QStringLiteral("/subscriptions/") + kSub));
    QVERIFY(sub.isValid());
    QCOMPARE(proxy.rowCount(sub), 1);
}

void TestInventoryModels::proxyFollowsTreeChanges()
{
    // A subnet that arrives later and matches brings its ancestors back, though they were filtered out.
    InventoryTreeModel tree;
    tree.mergeSubscription(scope(kSub, QStringLiteral("Prod")), first());
    ResourceFilterProxyModel proxy;
    proxy.setSourceModel(&tree);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setFilterText(QStringLiteral("10.77"));
    QCOMPARE(proxy.rowCount(), 0);
    SubscriptionInventory more = first();
    more.virtualNetworks.append(vnet(kSub, QStringLiteral("rg-new"), QStringLiteral("spoke"),
                                     {{QStringLiteral("late"), QStringLiteral("10.77.0.0/24"), {}}}));
    tree.mergeSubscription(scope(kSub, QStringLiteral("Prod")), more);
    QTRY_COMPARE(proxy.rowCount(), 1);
    QModelIndex i = proxy.index(0, 0);
    while (proxy.rowCount(i) > 0)
        i = proxy.index(0, 0, i);
    QCOMPARE(i.data().toString(), QStringLiteral("late"));
    // And goes away with it.
    tree.mergeSubscription(scope(kSub, QStringLiteral("Prod")), first());
    QTRY_COMPARE(proxy.rowCount(), 0);
}

void TestInventoryModels::proxyReusesEarlierTexts()
{
    // Typing on, deleting and retyping give exactly what a fresh filter gives, while searching fewer rows.
    SubnetTableModel subnets;
    InventoryTreeModel tree;
    SubscriptionInventory inv = first();
    QList<SubnetSpec> specs;
    for (int i = 0; i < 60; ++i)
        specs.append({QStringLiteral("s%1").arg(i), QStringLiteral("10.%1.%2.0/24").arg(i % 7).arg(i), {}});
    inv.virtualNetworks.append(vnet(kSub, QStringLiteral("rg-big"), QStringLiteral("big"), specs));
    subnets.mergeSubscription(scope(kSub, QStringLiteral("Prod")), inv);
    tree.mergeSubscription(scope(kSub, QStringLiteral("Prod")), inv);
    ResourceFilterProxyModel typed;
    typed.setSortBelowFilter(true);
    typed.setSourceModel(&subnets);
    typed.sort(0, Qt::DescendingOrder);
    ResourceFilterProxyModel typedTree;
    typedTree.setSourceModel(&tree);
    typedTree.setKeepChildrenOfMatches(true);
    QAbstractItemModelTester t1(&typed, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(&typedTree, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto names = [](const QAbstractItemModel &m) {
        QStringList out;
        for (int r = 0; r < m.rowCount(); ++r)
            out << m.index(r, 0).data().toString();
        return out;
    };
    auto leaves = [](const QAbstractItemModel &m) {
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
    };
    const QStringList texts{QStringLiteral("1"),
                            QStringLiteral("10."),
                            QStringLiteral("10.3"),
                            QStringLiteral("10.3 s"),
                            QStringLiteral("10.3 s1"),
                            QStringLiteral("10.3 s"),
                            QStringLiteral("10."),
                            QStringLiteral("s1 10"),
                            QStringLiteral("big"),
                            QStringLiteral("10.3 s1"),
                            QString()};
    for (const QString &text : texts) {
        typed.setFilterText(text);
        typedTree.setFilterText(text);
        ResourceFilterProxyModel fresh;
        fresh.setSortBelowFilter(true);
        fresh.setSourceModel(&subnets);
        fresh.sort(0, Qt::DescendingOrder);
        fresh.setFilterText(text);
        ResourceFilterProxyModel freshTree;
        freshTree.setSourceModel(&tree);
        freshTree.setKeepChildrenOfMatches(true);
        freshTree.setFilterText(text);
        QCOMPARE(names(typed), names(fresh));
        QCOMPARE(leaves(typedTree), leaves(freshTree));
        if (text == QLatin1String("10.3 s1"))
            QCOMPARE(names(typed), (QStringList{QStringLiteral("s17"), QStringLiteral("s10")}));
    }
    // Narrowing searched only what the wider text had accepted; a text seen before searched nothing.
    typed.setFilterText(QStringLiteral("10.3"));
    typed.rowCount();
    QCOMPARE(typed.searchedRows(), 0);
    const int wider = typed.rowCount();
    typed.setFilterText(QStringLiteral("10.3 s5"));
    typed.rowCount();
    QCOMPARE(typed.searchedRows(), wider); // the rows "10.3" rejected were not searched again
    QVERIFY(typed.rowCount() < wider);
    // Scope and words together, through the sorter: the big VNet's subnets holding "s4" (s4, s40…s49).
    typed.setScope(
        (rg(kSub, QStringLiteral("rg-big")) + QStringLiteral("/providers/Microsoft.Network/virtualNetworks/big"))
            .toLower());
    typed.setFilterText(QStringLiteral("s4"));
    QCOMPARE(typed.rowCount(), 11);
    QCOMPARE(typed.index(0, 0).data().toString(), QStringLiteral("s49"));
    typed.setScope(QStringLiteral("/subscriptions/") + kSub2);
    QCOMPARE(typed.rowCount(), 0);
    typed.setScope(QString());
    // A change to the model forgets what was learnt (rows moved, strings freed).
    subnets.removeSubscription(kSub);
    QCOMPARE(typed.rowCount(), 0);
}

void TestInventoryModels::tableSortsItselfAcrossRefreshes()
{
    SubnetTableModel subnets;
    QAbstractItemModelTester tester(&subnets, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ResourceFilterProxyModel proxy;
    proxy.setSortInModel(true);
    proxy.setSourceModel(&subnets);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto names = [&] {
        QStringList out;
        for (int r = 0; r < proxy.rowCount(); ++r)
            out << proxy.index(r, SubnetTableModel::Name).data().toString();
        return out;
    };
    subnets.mergeSubscription(scope(kSub, QStringLiteral("Prod")), first());
    QCOMPARE(names(), (QStringList{QStringLiteral("aks"), QStringLiteral("build"), QStringLiteral("jump")}));
    // By address, not as text: 10.2 < 10.9 < 10.10.
    proxy.sort(SubnetTableModel::AddressPrefixes, Qt::AscendingOrder);
    QCOMPARE(subnets.sortColumn(), int(SubnetTableModel::AddressPrefixes));
    QCOMPARE(names(), (QStringList{QStringLiteral("aks"), QStringLiteral("jump"), QStringLiteral("build")}));
    const QPersistentModelIndex build = subnets.index(2, 0);
    QCOMPARE(build.data().toString(), QStringLiteral("build"));
    // A refresh: aks moves to 10.20, jump is gone, a new subnet at 10.5 arrives. One layout change puts each
    // where it belongs; the persistent index (a selection) follows its row.
    SubscriptionInventory next = first();
    next.virtualNetworks = {vnet(kSub, QStringLiteral("rg-net"), QStringLiteral("hub"),
                                 {{QStringLiteral("aks"), QStringLiteral("10.20.0.0/24"), {}},
                                  {QStringLiteral("build"), QStringLiteral("10.10.0.0/24"), {}},
                                  {QStringLiteral("new"), QStringLiteral("10.5.0.0/24"), {}}})};
    QSignalSpy layouts(&subnets, &QAbstractItemModel::layoutChanged);
    QSignalSpy inserts(&subnets, &QAbstractItemModel::rowsInserted);
    subnets.mergeSubscription(scope(kSub, QStringLiteral("Prod")), next);
    QCOMPARE(names(), (QStringList{QStringLiteral("new"), QStringLiteral("build"), QStringLiteral("aks")}));
    QCOMPARE(layouts.count(), 1);
    QCOMPARE(inserts.count(), 0);
    QCOMPARE(build.row(), 1);
    QCOMPARE(build.data().toString(), QStringLiteral("build"));
    const QString aksKey = subnets.row(2).key;
    QCOMPARE(subnets.rowForKey(aksKey), 2);
    QCOMPARE(subnets.searchText(2), subnets.row(2).search);
    // Descending, then another subscription merged in between.
    proxy.sort(SubnetTableModel::Name, Qt::DescendingOrder);
    QCOMPARE(names(), (QStringList{QStringLiteral("new"), QStringLiteral("build"), QStringLiteral("aks")}));
    SubscriptionInventory other = inventory(kSub2, QStringLiteral("Dev"),
                                            {vnet(kSub2, QStringLiteral("rg"), QStringLiteral("v"),
                                                  {{QStringLiteral("cache"), QStringLiteral("10.30.0.0/24"), {}},
                                                   {QStringLiteral("zeta"), QStringLiteral("10.31.0.0/24"), {}}})},
                                            {});
    subnets.mergeSubscription(scope(kSub2, QStringLiteral("Dev")), other);
    QCOMPARE(names(), (QStringList{QStringLiteral("zeta"), QStringLiteral("new"), QStringLiteral("cache"),
                                   QStringLiteral("build"), QStringLiteral("aks")}));
    QCOMPARE(build.data().toString(), QStringLiteral("build"));
    subnets.removeSubscription(kSub);
    QCOMPARE(names(), (QStringList{QStringLiteral("zeta"), QStringLiteral("cache")}));
    QVERIFY(!build.isValid());
    QCOMPARE(subnets.rowForKey(aksKey), -1);
}

void TestInventoryModels::subscriptionListChecks()
{
    SubscriptionListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ListedSubscription a = scope(kSub, QStringLiteral("Prod"));
    ListedSubscription b = scope(kSub2, QStringLiteral("Dev"));
    b.selected = false;
    model.setSubscriptions({a, b});
    QCOMPARE(model.checkedCount(), 1);
    QCOMPARE(model.excluded(), QSet<QString>{kSub2});
    QSignalSpy count(&model, &SubscriptionListModel::checkedCountChanged);
    QVERIFY(model.setData(model.index(1, SubscriptionListModel::Name), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(count.count(), 1);
    QVERIFY(model.excluded().isEmpty());
    QVERIFY(!(model.flags(model.index(0, SubscriptionListModel::SubscriptionId)) & Qt::ItemIsUserCheckable));
    model.setAllChecked(false, {0, 1});
    QCOMPARE(model.checkedCount(), 0);
    QCOMPARE(model.excluded().size(), 2);
}

QTEST_MAIN(TestInventoryModels)
#include "tst_inventorymodels.moc"
