// Loading at scale: the tables and the tree gather a load's new subscriptions and place them in batches (a sixteenth
// of the model or a timer, PlacementPacer), each batch one layout change, sorted and filtered as any other rows; a
// subscription's scattered rows leave in one layout change. Counts of layout changes show the O(log n) placements.
#include "inventoryfixtures.h"
#include "models/inventorytreemodel.h"
#include "models/naturalorder.h"
#include "models/resourcefilterproxymodel.h"
#include "models/subnettablemodel.h"

#include <QAbstractItemModelTester>
#include <QtTest>
#include <functional>

using namespace acrnet;
using namespace acrnet::test;

class TestInventoryLoading : public QObject
{
    Q_OBJECT

private slots:
    void tableGathersNewSubscriptionsWhileLoading();
    void tableLoadCostsLogarithmicLayouts();
    void treeGathersNewSubscriptionsWhileLoading();
    void tableDropsScatteredRowsInOneLayoutChange();
    void treeRefreshReplacingManyChildrenIsOneLayoutChange();
};

namespace {

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

void TestInventoryLoading::tableGathersNewSubscriptionsWhileLoading()
{
    SubnetTableModel subnets;
    QAbstractItemModelTester tester(&subnets, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ResourceFilterProxyModel proxy;
    proxy.setSortInModel(true);
    proxy.setSourceModel(&subnets);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(SubnetTableModel::Name, Qt::AscendingOrder);
    const auto names = [&proxy] {
        return rowNames(proxy);
    }; // the Name column is the first
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
void TestInventoryLoading::tableLoadCostsLogarithmicLayouts()
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

void TestInventoryLoading::treeGathersNewSubscriptionsWhileLoading()
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
    QCOMPARE(leafNames(filtered), L("snet-a snet-m"));
    // Merged again while gathered: inserted, then refreshed. Failed while never loaded: shown, with the reason.
    tree.mergeSubscription(scope(subId(8), QStringLiteral("S8")), subnetsOf(8, L("snet-b")));
    tree.mergeSubscription(scope(subId(8), QStringLiteral("S8")), subnetsOf(8, L("snet-c")));
    QCOMPARE(tree.gatheredCount(), 0);
    QCOMPARE(leafNames(filtered), L("snet-a snet-c snet-m"));
    // Another one failing does not place the batch (a load where many fail would place one batch each).
    tree.mergeSubscription(scope(subId(9), QStringLiteral("S9")), subnetsOf(9, L("snet-d")));
    tree.setSubscriptionFailed(scope(subId(10), QStringLiteral("S10")), QStringLiteral("Forbidden"));
    QCOMPARE(subscriptionNames(), L("S7 S8 S10 S50"));
    QCOMPARE(tree.gatheredCount(), 1);
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
    QCOMPARE(leafNames(bigFiltered).size(), 1 + 10 + 100); // snet-1, snet-10…19, snet-100…199
}

void TestInventoryLoading::tableDropsScatteredRowsInOneLayoutChange()
{
    SubnetTableModel subnets;
    QAbstractItemModelTester tester(&subnets, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ResourceFilterProxyModel proxy;
    proxy.setSortInModel(true);
    proxy.setSourceModel(&subnets);
    proxy.setFilterText(QStringLiteral("n"));
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(SubnetTableModel::Name, Qt::AscendingOrder);
    // Sorted by name, the two subscriptions' rows alternate: n0 (S1), n1 (S2), n2 (S1)…
    QStringList odd, even;
    for (int i = 0; i < 20; ++i)
        (i % 2 ? odd : even) << QStringLiteral("n%1").arg(i);
    subnets.mergeSubscription(scope(subId(1), QStringLiteral("S1")), subnetsOf(1, even));
    subnets.mergeSubscription(scope(subId(2), QStringLiteral("S2")), subnetsOf(2, odd));
    QCOMPARE(subnets.rowCount(), 20);
    const QPersistentModelIndex n3 = subnets.index(3, SubnetTableModel::Name);
    const QPersistentModelIndex n4 = subnets.index(4, SubnetTableModel::Name);
    const QPersistentModelIndex shownN5 = proxy.index(5, SubnetTableModel::Name);
    QCOMPARE(n3.data().toString(), QStringLiteral("n3"));
    QCOMPARE(shownN5.data().toString(), QStringLiteral("n5"));
    // Two rows of S2 go (n17 and n19: two runs): removed one run at a time.
    QSignalSpy removed(&subnets, &QAbstractItemModel::rowsRemoved);
    QSignalSpy layouts(&subnets, &QAbstractItemModel::layoutChanged);
    subnets.mergeSubscription(scope(subId(2), QStringLiteral("S2")), subnetsOf(2, odd.mid(0, 8)));
    QCOMPARE(removed.count(), 2);
    QCOMPARE(layouts.count(), 0);
    QCOMPARE(subnets.rowCount(), 18);
    // S1 goes: nine runs, one layout change. The rows that stay follow; the ones gone are invalid.
    subnets.removeSubscription(subId(1));
    QCOMPARE(removed.count(), 2);
    QCOMPARE(layouts.count(), 1);
    QCOMPARE(subnets.rowCount(), 8);
    QVERIFY(!n4.isValid());
    QCOMPARE(n3.row(), 1);
    QCOMPARE(n3.data().toString(), QStringLiteral("n3"));
    QCOMPARE(shownN5.row(), 2);
    QCOMPARE(shownN5.data().toString(), QStringLiteral("n5"));
    QCOMPARE(proxy.rowCount(), 8);
    QCOMPARE(subnets.rowForKey(subnets.row(7).key), 7);
    QCOMPARE(subnets.row(7).subnet->name, QStringLiteral("n15"));
}

void TestInventoryLoading::treeRefreshReplacingManyChildrenIsOneLayoutChange()
{
    InventoryTreeModel tree;
    QAbstractItemModelTester tester(&tree, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ResourceFilterProxyModel filtered;
    filtered.setSourceModel(&tree);
    filtered.setFilterText(QStringLiteral("s1"));
    QAbstractItemModelTester proxyTester(&filtered, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QStringList before = numbered(QStringLiteral("s"), 50); // s0…s49
    tree.mergeSubscription(scope(subId(1), QStringLiteral("S1")), subnetsOf(1, before));
    const auto subnetKey = [](const QString &name) {
        return subnetsOf(1, {name}).virtualNetworks.first().subnets.first().id.key();
    };
    const QPersistentModelIndex kept = tree.indexForKey(subnetKey(QStringLiteral("s30")));
    const QPersistentModelIndex dropped = tree.indexForKey(subnetKey(QStringLiteral("s10")));
    QTRY_COMPARE(leafNames(filtered).size(), 11); // s1, s10…s19 (ancestors are filtered again once, later)
    const QPersistentModelIndex shownKept = filtered.mapFromSource(tree.indexForKey(subnetKey(QStringLiteral("s1"))));
    QCOMPARE(kept.row(), 30);
    QVERIFY(shownKept.isValid());
    // A refresh: s10…s29 gone, t0…t29 new. One layout change, not fifty signals; the order stays sorted.
    const QStringList after = before.mid(0, 10) + before.mid(30) + numbered(QStringLiteral("t"), 30);
    QSignalSpy layouts(&tree, &QAbstractItemModel::layoutChanged);
    QSignalSpy inserted(&tree, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&tree, &QAbstractItemModel::rowsRemoved);
    tree.mergeSubscription(scope(subId(1), QStringLiteral("S1")), subnetsOf(1, after));
    QCOMPARE(layouts.count(), 1);
    QCOMPARE(inserted.count() + removed.count(), 0);
    QCOMPARE(tree.count(InventoryNodeType::Subnet), 60);
    QVERIFY(!dropped.isValid());
    QCOMPARE(kept.row(), 10); // s0…s9, then s30
    QCOMPARE(kept.data().toString(), QStringLiteral("s30"));
    QVERIFY(!tree.indexForKey(subnetKey(QStringLiteral("s10"))).isValid());
    QCOMPARE(tree.indexForKey(subnetKey(QStringLiteral("t7"))).data().toString(), QStringLiteral("t7"));
    const QModelIndex vnet = kept.parent();
    for (int r = 1; r < tree.rowCount(vnet); ++r)
        QVERIFY(naturalCompare(tree.index(r - 1, 0, vnet).data().toString(), tree.index(r, 0, vnet).data().toString()) <
                0);
    QCOMPARE(shownKept.data().toString(), QStringLiteral("s1"));
    // The filter saw it: of s1 and s10…s19, only s1 is left.
    QTRY_COMPARE(leafNames(filtered), QStringList{QStringLiteral("s1")});
    // A few at once are still inserted and removed one by one.
    tree.mergeSubscription(scope(subId(1), QStringLiteral("S1")),
                           subnetsOf(1, after.mid(1) + QStringList{QStringLiteral("u1"), QStringLiteral("u2")}));
    QCOMPARE(layouts.count(), 1);
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(removed.count(), 1);
}

QTEST_MAIN(TestInventoryLoading)
#include "tst_inventoryloading.moc"
