// The inventory tree, the subnet and registry tables and the subscription list, fed with inventories built from
// ARM-shaped JSON: merge by ID (no reset, persistent indexes survive), removal, badges, raw sort, sorting in the model.
// The filter proxy has its own test (tst_filterproxy).
#include "inventoryfixtures.h"
#include "models/inventorytreemodel.h"
#include "models/naturalorder.h"
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
    void tableGathersNewSubscriptionsWhileLoading();
    void tableLoadCostsLogarithmicLayouts();
    void treeGathersNewSubscriptionsWhileLoading();
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

namespace {

// The first column of every leaf of a model, depth first.
QStringList leafNamesOf(const QAbstractItemModel &m)
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

QStringList L(const char *words)
{
    return QString::fromLatin1(words).split(QLatin1Char(' '));
}

QString subId(int i)
{
    return QStringLiteral("%1-0000-4000-8000-000000000000").arg(i, 8, 10, QLatin1Char('0'));
}

// Subscription i with one VNet of the named subnets; the first one's prefix can be given.
SubscriptionInventory subnetsOf(int i, const QStringList &names, const QString &firstPrefix = {})
{
    QList<SubnetSpec> specs;
    for (int n = 0; n < names.size(); ++n)
        specs.append(
            {names.at(n),
             n == 0 && !firstPrefix.isEmpty() ? firstPrefix : QStringLiteral("10.%1.%2.0/24").arg(i % 250).arg(n),
             {}});
    return inventory(subId(i), QStringLiteral("S%1").arg(i),
                     {vnet(subId(i), QStringLiteral("rg"), QStringLiteral("v"), specs)}, {});
}

} // namespace

// `count` names: prefix0, prefix1…
QStringList numbered(const QString &prefix, int count)
{
    QStringList out;
    for (int i = 0; i < count; ++i)
        out << prefix + QString::number(i);
    return out;
}

void TestInventoryModels::tableGathersNewSubscriptionsWhileLoading()
{
    SubnetTableModel subnets;
    QAbstractItemModelTester tester(&subnets, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ResourceFilterProxyModel proxy;
    proxy.setSortInModel(true);
    proxy.setSourceModel(&subnets);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(SubnetTableModel::Name, Qt::AscendingOrder);
    auto names = [&] {
        QStringList out;
        for (int r = 0; r < proxy.rowCount(); ++r)
            out << proxy.index(r, SubnetTableModel::Name).data().toString();
        return out;
    };
    QSignalSpy layouts(&subnets, &QAbstractItemModel::layoutChanged);
    subnets.setGathering(true);
    // The first subscription's rows are placed at once (the table was empty)...
    const QStringList first = numbered(QStringLiteral("m"), 48);
    subnets.mergeSubscription(scope(subId(1), QStringLiteral("S1")), subnetsOf(1, first));
    QCOMPARE(subnets.rowCount(), 48);
    QCOMPARE(names().first(), QStringLiteral("m0"));
    QCOMPARE(layouts.count(), 1);
    // ... the next are gathered until they reach a sixteenth of the table: then placed together, sorted.
    subnets.mergeSubscription(scope(subId(2), QStringLiteral("S2")), subnetsOf(2, L("b y")));
    QCOMPARE(subnets.gatheredCount(), 2);
    QCOMPARE(subnets.rowCount(), 48);
    QCOMPARE(layouts.count(), 1);
    subnets.mergeSubscription(scope(subId(3), QStringLiteral("S3")), subnetsOf(3, L("a n")));
    QCOMPARE(subnets.gatheredCount(), 0);
    QCOMPARE(subnets.rowCount(), 52);
    QCOMPARE(names().mid(0, 3), L("a b m0"));
    QCOMPARE(names().mid(49), L("m47 n y"));
    QCOMPARE(layouts.count(), 2);
    // A small batch is placed by the timer.
    subnets.mergeSubscription(scope(subId(4), QStringLiteral("S4")), subnetsOf(4, L("d")));
    QCOMPARE(subnets.rowCount(), 52);
    QTRY_COMPARE(subnets.rowCount(), 53);
    QCOMPARE(subnets.gatheredCount(), 0);
    QCOMPARE(names().mid(0, 4), L("a b d m0"));
    // A subscription merged again while gathered: its first rows are placed, then the refresh applies.
    subnets.mergeSubscription(scope(subId(5), QStringLiteral("S5")), subnetsOf(5, L("e f")));
    QCOMPARE(subnets.gatheredCount(), 2);
    subnets.mergeSubscription(scope(subId(5), QStringLiteral("S5")), subnetsOf(5, L("f g")));
    QCOMPARE(subnets.gatheredCount(), 0);
    QCOMPARE(names().mid(0, 6), L("a b d f g m0"));
    // Removed while gathered: gone.
    subnets.mergeSubscription(scope(subId(6), QStringLiteral("S6")), subnetsOf(6, L("h")));
    subnets.removeSubscription(subId(6));
    QCOMPARE(subnets.gatheredCount(), 0);
    QCOMPARE(subnets.rowCount(), 55);
    // Sorting another way takes the gathered rows along.
    subnets.mergeSubscription(scope(subId(7), QStringLiteral("S7")), subnetsOf(7, L("zz")));
    proxy.sort(SubnetTableModel::Name, Qt::DescendingOrder);
    QCOMPARE(names().first(), QStringLiteral("zz"));
    // The end of the load places what is left; a refresh that changes no sort value moves nothing.
    subnets.mergeSubscription(scope(subId(8), QStringLiteral("S8")), subnetsOf(8, L("k")));
    subnets.setGathering(false);
    QCOMPARE(subnets.rowCount(), 57);
    QCOMPARE(subnets.rowForKey(subnets.row(0).key), 0);
    const SubscriptionInventory moved = subnetsOf(1, first, QStringLiteral("10.99.0.0/24"));
    const int layoutsBefore = int(layouts.count());
    QSignalSpy changed(&subnets, &QAbstractItemModel::dataChanged);
    subnets.mergeSubscription(scope(subId(1), QStringLiteral("S1")), moved);
    QCOMPARE(layouts.count(), layoutsBefore);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(subnets
                 .index(subnets.rowForKey(moved.virtualNetworks.first().subnets.first().id.key()),
                        SubnetTableModel::AddressPrefixes)
                 .data()
                 .toString(),
             QStringLiteral("10.99.0.0/24"));
}

// A load of n subscriptions costs the views O(log n) layout changes, not one per subscription: sixteen times
// as many subscriptions add a constant number of placements (16 · ln 16 ≈ 44), not fifteen times as many.
void TestInventoryModels::tableLoadCostsLogarithmicLayouts()
{
    const auto load = [](int n) {
        SubnetTableModel subnets;
        ResourceFilterProxyModel proxy;
        proxy.setSortInModel(true);
        proxy.setSourceModel(&subnets);
        proxy.sort(SubnetTableModel::Name, Qt::AscendingOrder);
        QSignalSpy layouts(&subnets, &QAbstractItemModel::layoutChanged);
        QSignalSpy inserts(&subnets, &QAbstractItemModel::rowsInserted);
        subnets.setGathering(true);
        for (int i = 0; i < n; ++i) // names in reverse, each batch placed among the others
            subnets.mergeSubscription(scope(subId(i), QStringLiteral("S")),
                                      subnetsOf(i, {QStringLiteral("s%1").arg(n - i), QStringLiteral("shared")}));
        subnets.setGathering(false);
        [&] {
            QCOMPARE(subnets.rowCount(), 2 * n);
            QCOMPARE(inserts.count(), 0);
            for (int r = 1; r < 2 * n; ++r) // in order, ties ("shared") by key
                QVERIFY(subnets.row(r - 1).subnet->name == subnets.row(r).subnet->name
                            ? subnets.row(r - 1).key < subnets.row(r).key
                            : naturalCompare(subnets.row(r - 1).subnet->name, subnets.row(r).subnet->name) < 0);
        }();
        return int(layouts.count());
    };
    const int small = load(256);
    const int large = load(4096);
    QVERIFY2(large - small <= 50, qPrintable(QStringLiteral("%1 → %2").arg(small).arg(large)));
    QVERIFY(large < 4096 / 16);
}

void TestInventoryModels::treeGathersNewSubscriptionsWhileLoading()
{
    InventoryTreeModel tree;
    QAbstractItemModelTester tester(&tree, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ResourceFilterProxyModel filtered;
    filtered.setSourceModel(&tree);
    filtered.setFilterText(QStringLiteral("snet"));
    QAbstractItemModelTester proxyTester(&filtered, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy layouts(&tree, &QAbstractItemModel::layoutChanged);
    QSignalSpy inserts(&tree, &QAbstractItemModel::rowsInserted);
    const auto subscriptionNames = [&] {
        QStringList out;
        const QModelIndex tenant = tree.index(0, 0, tree.index(0, 0));
        for (int r = 0; r < tree.rowCount(tenant); ++r)
            out << tree.index(r, 0, tenant).data().toString();
        return out;
    };
    tree.setGathering(true);
    // The first is inserted at once (the tree held nothing); its persistent index follows it through batches.
    tree.mergeSubscription(scope(subId(50), QStringLiteral("S50")),
                           subnetsOf(50, QStringList{QStringLiteral("snet-m")} + numbered(QStringLiteral("x-"), 70)));
    QCOMPARE(subscriptionNames(), L("S50"));
    const QPersistentModelIndex s50 = tree.indexForKey(QStringLiteral("/subscriptions/") + subId(50));
    QCOMPARE(s50.row(), 0);
    // Under a sixteenth of the tree: gathered, not in the tree yet; placed by the timer, in one layout change.
    const int layoutsBefore = int(layouts.count());
    tree.mergeSubscription(scope(subId(7), QStringLiteral("S7")), subnetsOf(7, L("snet-a")));
    QCOMPARE(tree.gatheredCount(), 1);
    QVERIFY(!tree.indexForKey(QStringLiteral("/subscriptions/") + subId(7)).isValid());
    QTRY_COMPARE(tree.gatheredCount(), 0);
    QCOMPARE(layouts.count(), layoutsBefore + 1);
    QCOMPARE(subscriptionNames(), L("S7 S50"));
    QCOMPARE(s50.row(), 1);
    QCOMPARE(s50.data().toString(), QStringLiteral("S50"));
    // The filter saw the batch: the new subnet shows, under its ancestors.
    QCOMPARE(leafNamesOf(filtered), L("snet-a snet-m"));
    // Merged again while gathered: inserted, then refreshed. Failed while never loaded: shown, with the reason.
    tree.mergeSubscription(scope(subId(8), QStringLiteral("S8")), subnetsOf(8, L("snet-b")));
    tree.mergeSubscription(scope(subId(8), QStringLiteral("S8")), subnetsOf(8, L("snet-c")));
    QCOMPARE(tree.gatheredCount(), 0);
    QCOMPARE(leafNamesOf(filtered), L("snet-a snet-c snet-m"));
    tree.mergeSubscription(scope(subId(9), QStringLiteral("S9")), subnetsOf(9, L("snet-d")));
    tree.setSubscriptionFailed(scope(subId(10), QStringLiteral("S10")), QStringLiteral("Forbidden"));
    QCOMPARE(subscriptionNames(), L("S7 S8 S9 S10 S50"));
    QCOMPARE(tree.failedSubscriptions(), QStringList{subId(10)});
    // Removed while gathered: never shown.
    tree.mergeSubscription(scope(subId(11), QStringLiteral("S11")), subnetsOf(11, L("snet-e")));
    tree.removeSubscription(subId(11));
    QCOMPARE(subscriptionNames(), L("S7 S8 S9 S10 S50"));
    // The end of the load inserts what is left.
    tree.mergeSubscription(scope(subId(12), QStringLiteral("S12")), subnetsOf(12, L("snet-f")));
    tree.setGathering(false);
    QCOMPARE(subscriptionNames(), L("S7 S8 S9 S10 S12 S50"));
    QCOMPARE(tree.count(InventoryNodeType::Subnet), 75); // S50's 71, one each for S7, S8, S9 and S12

    // A load of n subscriptions: O(log n) layout changes, and the tree's only insertions its account and tenant.
    InventoryTreeModel big;
    ResourceFilterProxyModel bigFiltered;
    bigFiltered.setSourceModel(&big);
    bigFiltered.setFilterText(QStringLiteral("snet-1"));
    QSignalSpy bigLayouts(&big, &QAbstractItemModel::layoutChanged);
    QSignalSpy bigInserts(&big, &QAbstractItemModel::rowsInserted);
    big.setGathering(true);
    constexpr int n = 512;
    for (int i = 0; i < n; ++i)
        big.mergeSubscription(scope(subId(i), QStringLiteral("S%1").arg(i)),
                              subnetsOf(i, {QStringLiteral("snet-%1").arg(i)}));
    big.setGathering(false);
    QCOMPARE(big.count(InventoryNodeType::Subscription), n);
    QCOMPARE(bigInserts.count(), 2);
    // Each placement grows the tree by a sixteenth: about 16 · ln(2,050 / 6) ≈ 93 at most, not 512.
    QVERIFY2(bigLayouts.count() < 100, qPrintable(QString::number(bigLayouts.count())));
    QCOMPARE(leafNamesOf(bigFiltered).size(), 1 + 10 + 100); // snet-1, snet-10…19, snet-100…199
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
