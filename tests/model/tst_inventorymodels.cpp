// The inventory tree, the subnet and registry tables and the subscription list, fed with inventories built from
// ARM-shaped JSON: merge by ID (no reset, persistent indexes survive), removal, badges, raw sort, sorting in the model.
// The filter proxy has its own test (tst_filterproxy).
#include "inventoryfixtures.h"
#include "models/inventorytreemodel.h"
#include "models/registrytablemodel.h"
#include "models/resourcefilterproxymodel.h"
#include "models/subnettablemodel.h"
#include "models/subscriptionlistmodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QtTest>

using namespace acrnet;

using namespace acrnet::test;

class TestInventoryModels : public QObject
{
    Q_OBJECT

private slots:
    void treeShapeBadgesAndCounts();
    void refreshMergesInPlace();
    void failureAndRemoval();
    void tablesSortOnRawValues();
    void tableMergeKeepsPersistentRows();
    void tableSortsItselfAcrossRefreshes();
    void subscriptionListChecks();
    void snapshotReplacesBySubscription();
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

void TestInventoryModels::tableSortsItselfAcrossRefreshes()
{
    SubnetTableModel subnets;
    QAbstractItemModelTester tester(&subnets, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ResourceFilterProxyModel proxy;
    proxy.setSortInModel(true);
    proxy.setSourceModel(&subnets);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto names = [&proxy] {
        return rowNames(proxy);
    }; // the Name column is the first
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
    QCOMPARE(subnets.searchText(2), subnets.row(2).search.bytes);
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

// The snapshot replaces one subscription by what it added (no scan of the estate): another subscription's
// resources stay, a subnet gone from the new inventory goes, and room made ahead changes nothing.
void TestInventoryModels::snapshotReplacesBySubscription()
{
    InventorySnapshot snap;
    snap.reserveFor(1000); // nothing loaded yet: no estimate, no effect
    snap.add(first());
    snap.reserveFor(1000); // one loaded: room for 1,000 like it
    QVERIFY(snap.subnets.capacity() >= 3 * 1000);
    const SubscriptionInventory other = inventory(kSub2, QStringLiteral("Dev"),
                                                  {vnet(kSub2, QStringLiteral("rg-net"), QStringLiteral("spoke"),
                                                        {{QStringLiteral("app"), QStringLiteral("10.3.0.0/24"), {}}})},
                                                  {});
    snap.add(other);
    QCOMPARE(snap.subnets.size(), 4);
    QCOMPARE(snap.registries.size(), first().registries.size());
    // The first subscription again, without its "build" subnet and its registries.
    SubscriptionInventory smaller = inventory(
        kSub, QStringLiteral("Prod"),
        {vnet(kSub, QStringLiteral("rg-net"), QStringLiteral("hub"),
              {{QStringLiteral("aks"), QStringLiteral("10.2.0.0/24"), {QStringLiteral("Microsoft.ContainerRegistry")}},
               {QStringLiteral("jump"), QStringLiteral("10.9.0.0/24"), {}}})},
        {});
    snap.add(smaller);
    QCOMPARE(snap.subnets.size(), 3);
    QVERIFY(!snap.subnets.contains((rg(kSub, QStringLiteral("rg-net")) +
                                    QStringLiteral("/providers/Microsoft.Network/virtualNetworks/hub/subnets/build"))
                                       .toLower()));
    QCOMPARE(snap.registries.size(), 0);
    QCOMPARE(snap.added.value(kSub).subnets.size(), 2);
    snap.remove(kSub2.toUpper());
    QCOMPARE(snap.subnets.size(), 2);
    QVERIFY(!snap.isLoaded(kSub2));
    QVERIFY(!snap.added.contains(kSub2));
}

QTEST_MAIN(TestInventoryModels)
#include "tst_inventorymodels.moc"
