// The filter proxy over the inventory tree and tables: words, scope, recursion, descendants of matches, following
// model changes, and the memory of earlier texts (same results as a fresh filter, fewer rows searched).
#include "inventoryfixtures.h"
#include "models/inventorytreemodel.h"
#include "models/naturalorder.h"
#include "models/resourcefilterproxymodel.h"
#include "models/subnettablemodel.h"
#include "models/textsearch.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QtTest>
#include <functional>

using namespace acrnet;
using namespace acrnet::test;

class TestFilterProxy : public QObject
{
    Q_OBJECT

private slots:
    void proxyFiltersRecursivelyAndByScope();
    void proxyKeepsChildrenOfMatches();
    void proxyFollowsTreeChanges();
    void proxyReusesEarlierTexts();
    void largePassesSplitAcrossThreads();
    void rowsThatStayAreNotRelaidOut();
    void substringSearchAgreesWithFind();
    void kindsOfByteAnswerUnread();
    void naturalOrder_data();
    void naturalOrder();
    void tablesAndProxiesSortNaturally();
};

void TestFilterProxy::proxyFiltersRecursivelyAndByScope()
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

void TestFilterProxy::proxyKeepsChildrenOfMatches()
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

void TestFilterProxy::proxyFollowsTreeChanges()
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

namespace {

// VNet "big" of 5,000 subnets s0…s4999, at 10.0.0.0/24…10.19.249.0/24: over the 4,096 rows a pass splits at.
VirtualNetwork bigVnet()
{
    QList<SubnetSpec> specs;
    for (int i = 0; i < 5000; ++i)
        specs.append({QStringLiteral("s%1").arg(i), QStringLiteral("10.%1.%2.0/24").arg(i / 250).arg(i % 250), {}});
    return vnet(kSub, QStringLiteral("rg-big"), QStringLiteral("big"), specs);
}

// Rows whose expander (hasChildren) disagrees with their children (rowCount), with keepChildren on and off.
QStringList expanderMismatches(const QAbstractItemModel &m)
{
    QStringList out;
    const std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int r = 0; r < m.rowCount(parent); ++r) {
            const QModelIndex i = m.index(r, 0, parent);
            if (m.hasChildren(i) != (m.rowCount(i) > 0))
                out << i.data().toString();
            walk(i);
        }
    };
    walk({});
    return out;
}

// How many texts a filter narrowing `wider` to `words` has to read: the rows `wider` accepted whose texts hold
// every byte of `words` (the others are rejected by the kinds of byte they hold, unread; these tests' words are
// letters, digits and dots, each a kind of its own).
int textsToRead(const SubnetTableModel &subnets, const QString &wider, const QString &words)
{
    int count = 0;
    for (int r = 0; r < subnets.rowCount(); ++r) {
        const QByteArray &text = subnets.searchText(r);
        const QByteArrayList widerWords = wider.toUtf8().split(' ');
        if (!std::all_of(widerWords.cbegin(), widerWords.cend(), [&](const QByteArray &w) { return text.contains(w); }))
            continue;
        const QByteArray bytes = words.toUtf8();
        count += std::all_of(bytes.cbegin(), bytes.cend(), [&](char c) { return c == ' ' || text.contains(c); });
    }
    return count;
}

} // namespace

void TestFilterProxy::proxyReusesEarlierTexts()
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
        QCOMPARE(rowNames(typed), rowNames(fresh));
        QCOMPARE(leafNames(typedTree), leafNames(freshTree));
        if (text == QLatin1String("10.3 s1"))
            QCOMPARE(rowNames(typed), (QStringList{QStringLiteral("s17"), QStringLiteral("s10")}));
    }
    // Narrowing read only what the wider text had accepted, and of that only the texts holding every byte the
    // words need; a text seen before read nothing.
    typed.setFilterText(QStringLiteral("10.3"));
    typed.rowCount();
    QCOMPARE(typed.searchedRows(), 0);
    const int wider = typed.rowCount();
    typed.setFilterText(QStringLiteral("10.3 s5"));
    typed.rowCount();
    const int toRead = textsToRead(subnets, QStringLiteral("10.3"), QStringLiteral("10.3 s5"));
    QCOMPARE(typed.searchedRows(), toRead); // the rows "10.3" rejected were not read again
    QVERIFY(toRead < wider);                // nor those without a "5"
    QVERIFY(typed.rowCount() < toRead);
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

void TestFilterProxy::largePassesSplitAcrossThreads()
{
    // Over 4,096 rows a pass runs in two halves on two threads: every row on either side of the split (and of
    // the 64-row boundaries) is decided exactly as a plain search of its text decides it.
    SubnetTableModel subnets;
    InventoryTreeModel tree;
    SubscriptionInventory inv = first();
    inv.subscription.displayName = QStringLiteral("Landing Zone");
    inv.virtualNetworks.append(bigVnet());
    subnets.mergeSubscription(scope(kSub, QStringLiteral("Landing Zone")), inv);
    tree.mergeSubscription(scope(kSub, QStringLiteral("Landing Zone")), inv);
    ResourceFilterProxyModel table;
    table.setSourceModel(&subnets);
    table.setSortInModel(true);
    table.sort(0, Qt::DescendingOrder); // model order far from storage order
    ResourceFilterProxyModel filteredTree;
    filteredTree.setSourceModel(&tree);
    QAbstractItemModelTester t1(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(&filteredTree, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto expected = [&subnets](const QByteArrayList &words) {
        QStringList names;
        for (int r = 0; r < subnets.rowCount(); ++r) {
            const QByteArray &text = subnets.searchText(r);
            if (std::all_of(words.cbegin(), words.cend(), [&text](const QByteArray &w) { return text.contains(w); }))
                names << subnets.index(r, 0).data().toString();
        }
        return names;
    };
    const auto subnetLeaves = [](const QStringList &leaves) {
        QStringList out;
        for (const QString &leaf : leaves) {
            if (leaf.startsWith(QLatin1Char('s')) && leaf != QLatin1String("s-empty"))
                out << leaf;
        }
        return out;
    };
    int wider = -1;
    for (const QString &text : {QStringLiteral("s24"), QStringLiteral("s24 10.9."), QStringLiteral("s2499"),
                                QStringLiteral("s2496"), QStringLiteral("10.19.2")}) {
        table.setFilterText(text);
        filteredTree.setFilterText(text);
        const QStringList want = expected(text.toUtf8().split(' '));
        QVERIFY2(!want.isEmpty(), qPrintable(text));
        QCOMPARE(rowNames(table), want);
        QStringList leaves = subnetLeaves(leafNames(filteredTree));
        QStringList sortedWant = want;
        std::sort(leaves.begin(), leaves.end());
        std::sort(sortedWant.begin(), sortedWant.end());
        QCOMPARE(leaves, sortedWant);
        QCOMPARE(expanderMismatches(filteredTree), QStringList());
        filteredTree.setKeepChildrenOfMatches(true);
        QCOMPARE(expanderMismatches(filteredTree), QStringList());
        filteredTree.setKeepChildrenOfMatches(false);
        if (text == QLatin1String("s24"))
            wider = int(want.size());
        if (text == QLatin1String("s24 10.9.")) { // only what "s24" accepted was read again, where it has a 9
            QCOMPARE(table.searchedRows(), textsToRead(subnets, QStringLiteral("s24"), text));
            QVERIFY(table.searchedRows() <= wider);
        }
    }
    // A subscription that matches by its name alone shows without children, and without an expander.
    filteredTree.setFilterText(QStringLiteral("landing"));
    QCOMPARE(leafNames(filteredTree), QStringList{QStringLiteral("Landing Zone")});
    QCOMPARE(expanderMismatches(filteredTree), QStringList());
    // Cleared, then changed underneath: every row's expander still tells the truth.
    filteredTree.setFilterText(QString());
    QCOMPARE(expanderMismatches(filteredTree), QStringList());
    filteredTree.setFilterText(QStringLiteral("s77"));
    SubscriptionInventory small = first();
    small.subscription.displayName = QStringLiteral("Landing Zone");
    tree.mergeSubscription(scope(kSub, QStringLiteral("Landing Zone")), small);
    QCOMPARE(expanderMismatches(filteredTree), QStringList());
    QTRY_COMPARE(filteredTree.rowCount(), 0);
    QCOMPARE(expanderMismatches(filteredTree), QStringList());
}

void TestFilterProxy::rowsThatStayAreNotRelaidOut()
{
    // A keystroke that leaves every row shown tells the views nothing (no relayout of the whole table or tree);
    // one that hides a row relays out once; a change to the model is never mistaken for "nothing changed".
    SubnetTableModel subnets;
    InventoryTreeModel tree;
    SubscriptionInventory inv = first();
    QList<SubnetSpec> specs;
    for (int i = 0; i < 30; ++i)
        specs.append({QStringLiteral("snet-%1").arg(i), QStringLiteral("10.8.%1.0/24").arg(i), {}});
    inv.virtualNetworks.append(vnet(kSub, QStringLiteral("rg-big"), QStringLiteral("big"), specs));
    subnets.mergeSubscription(scope(kSub, QStringLiteral("Prod")), inv);
    tree.mergeSubscription(scope(kSub, QStringLiteral("Prod")), inv);
    ResourceFilterProxyModel table;
    table.setSourceModel(&subnets);
    ResourceFilterProxyModel filteredTree;
    filteredTree.setSourceModel(&tree);
    QAbstractItemModelTester t1(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(&filteredTree, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int all = table.rowCount();
    QSignalSpy tableLayouts(&table, &QAbstractItemModel::layoutChanged);
    QSignalSpy treeLayouts(&filteredTree, &QAbstractItemModel::layoutChanged);
    table.setFilterText(QStringLiteral("x")); // settles: filtered anew once
    filteredTree.setFilterText(QStringLiteral("subscriptions"));
    table.setFilterText(QString());
    QCOMPARE(tableLayouts.count(), 2);
    QCOMPARE(table.rowCount(), all);
    const QStringList treeAll = leafNames(filteredTree);
    tableLayouts.clear();
    treeLayouts.clear();
    // Every subnet's text holds "/subnets/": typing it shows the same rows, and nothing is relaid out.
    for (const QString &text : {QStringLiteral("/"), QStringLiteral("/sub"), QStringLiteral("/subnets/")})
        table.setFilterText(text);
    QCOMPARE(tableLayouts.count(), 0);
    QCOMPARE(table.rowCount(), all);
    filteredTree.setFilterText(QStringLiteral("subscriptions/"));
    QCOMPARE(leafNames(filteredTree), treeAll);
    QCOMPARE(treeLayouts.count(), 0);
    // Narrowing hides rows: one layout change each, and the rows are right.
    table.setFilterText(QStringLiteral("/subnets/snet-2"));
    QCOMPARE(tableLayouts.count(), 1);
    QCOMPARE(table.rowCount(), 11); // snet-2, snet-20…29
    filteredTree.setFilterText(QStringLiteral("snet-2"));
    QCOMPARE(treeLayouts.count(), 1);
    QCOMPARE(leafNames(filteredTree).size(), 11);
    // The model changes underneath (a subnet goes): the same text then filters anew.
    specs.removeLast();
    inv.virtualNetworks.last() = vnet(kSub, QStringLiteral("rg-big"), QStringLiteral("big"), specs);
    subnets.mergeSubscription(scope(kSub, QStringLiteral("Prod")), inv);
    table.setFilterText(QStringLiteral("/subnets/snet-"));
    QCOMPARE(table.rowCount(), 29);
    QCOMPARE(tableLayouts.count(), 2);
}

void TestFilterProxy::kindsOfByteAnswerUnread()
{
    // Each kind that byteKindIsOwn() calls its own belongs to one byte only; every byte has a kind below 64.
    QHash<int, int> bytesOfKind;
    for (int c = 0; c < 256; ++c) {
        QVERIFY(byteKind(static_cast<unsigned char>(c)) >= 0 && byteKind(static_cast<unsigned char>(c)) < 64);
        ++bytesOfKind[byteKind(static_cast<unsigned char>(c))];
    }
    for (int c = 0; c < 256; ++c) {
        if (byteKindIsOwn(static_cast<unsigned char>(c)))
            QCOMPARE(bytesOfKind.value(byteKind(static_cast<unsigned char>(c))), 1);
    }
    QVERIFY(byteKindIsOwn('q') && byteKindIsOwn('7') && byteKindIsOwn('.') && !byteKindIsOwn('#'));

    // Over 5,000 subnets named s0…s4999 and three others: no "z" or "q" in any ID, region or prefix
    // but the names'.
    SubnetTableModel subnets;
    InventoryTreeModel tree;
    SubscriptionInventory inv = first();
    inv.virtualNetworks.append(bigVnet());
    inv.virtualNetworks.append(vnet(kSub, QStringLiteral("rg-odd"), QStringLiteral("odd"),
                                    {{QStringLiteral("zulu"), QStringLiteral("10.250.0.0/24"), {}},
                                     {QStringLiteral("caf\u00e9"), QStringLiteral("10.250.1.0/24"), {}},
                                     {QStringLiteral("quebec"), QStringLiteral("10.250.2.0/24"), {}}}));
    subnets.mergeSubscription(scope(kSub, QStringLiteral("Prod")), inv);
    tree.mergeSubscription(scope(kSub, QStringLiteral("Prod")), inv);
    ResourceFilterProxyModel table;
    table.setSourceModel(&subnets);
    ResourceFilterProxyModel filteredTree;
    filteredTree.setSourceModel(&tree);
    QAbstractItemModelTester t1(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(&filteredTree, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // One-letter words with kinds of their own: answered without reading a text.
    table.setFilterText(QStringLiteral("Z"));
    filteredTree.setFilterText(QStringLiteral("z"));
    QCOMPARE(rowNames(table), QStringList{QStringLiteral("zulu")});
    // In the tree, the registries too: their login servers end in azurecr.io.
    QCOMPARE(leafNames(filteredTree),
             (QStringList{QStringLiteral("basicacr"), QStringLiteral("prodacr"), QStringLiteral("zulu")}));
    QCOMPARE(table.searchedRows(), 0);
    QCOMPARE(filteredTree.searchedRows(), 0);
    table.setFilterText(QStringLiteral("z q"));
    QCOMPARE(table.rowCount(), 0);
    QCOMPARE(table.searchedRows(), 0);
    table.setFilterText(QStringLiteral("q 2"));
    QCOMPARE(rowNames(table), QStringList{QStringLiteral("quebec")}); // 10.250.2.0/24
    QCOMPARE(table.searchedRows(), 0);
    // Longer words: only texts holding every kind the word needs are read ("zu": one text).
    table.setFilterText(QStringLiteral("zu"));
    QCOMPARE(rowNames(table), QStringList{QStringLiteral("zulu")});
    QCOMPARE(table.searchedRows(), 1);
    // Bytes that share a kind (é is two of them) are read and compared, never answered by kinds alone.
    table.setFilterText(QStringLiteral("\u00e9"));
    QCOMPARE(rowNames(table), QStringList{QStringLiteral("caf\u00e9")});
    QVERIFY(table.searchedRows() >= 1);
}

void TestFilterProxy::substringSearchAgreesWithFind()
{
    // Random texts over a small alphabet (many near misses), every length around the 16-byte blocks.
    QRandomGenerator random(20261207);
    const char alphabet[] = "sn-t0.5/";
    int found = 0;
    for (int round = 0; round < 40000; ++round) {
        std::string haystack(random.bounded(90), ' ');
        for (char &c : haystack)
            c = alphabet[random.bounded(int(sizeof alphabet - 1))];
        std::string needle(random.bounded(1, 12), ' ');
        for (char &c : needle)
            c = alphabet[random.bounded(int(sizeof alphabet - 1))];
        if (random.bounded(3) == 0 && haystack.size() > needle.size()) // plant it, possibly at the very end
            haystack.replace(random.bounded(int(haystack.size() - needle.size() + 1)), needle.size(), needle);
        const bool want = haystack.find(needle) != std::string::npos;
        found += want ? 1 : 0;
        QVERIFY2(containsBytes(haystack, needle) == want, (haystack + " / " + needle).c_str());
    }
    QVERIFY(found > 10000 && found < 30000); // both answers were asked for many times
    QVERIFY(containsBytes("abc", ""));
    QVERIFY(!containsBytes("", "a"));
    QVERIFY(containsBytes(std::string(40, 'x') + "snet-05", "snet-05"));
    QVERIFY(!containsBytes(std::string(40, 'x') + "snet-0", "snet-05"));
}

void TestFilterProxy::naturalOrder_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("sign");
    QTest::newRow("numbers by value") << "snet-9"
                                      << "snet-10" << -1;
    QTest::newRow("several runs") << "vnet-2/snet-10"
                                  << "vnet-10/snet-2" << -1;
    QTest::newRow("leading zeros") << "acr007"
                                   << "acr7" << -1; // equal value: the text decides, consistently
    QTest::newRow("case does not matter") << "Alpha"
                                          << "beta" << -1;
    QTest::newRow("prefix first") << "snet"
                                  << "snet-1" << -1;
    QTest::newRow("beyond ASCII, by the locale")
        << QStringLiteral("Producción 2") << QStringLiteral("Producción 10") << -1;
    QTest::newRow("accents sort with their letter") << QStringLiteral("Éclair") << QStringLiteral("Fig") << -1;
    QTest::newRow("equal") << "x1"
                           << "x1" << 0;
    // The common start is skipped back to the run the first difference falls in, never into it.
    QTest::newRow("difference inside a number") << "snet-19"
                                                << "snet-100" << -1;
    QTest::newRow("difference after a shared number") << "vnet-10/snet-9"
                                                      << "vnet-10/snet-10" << -1;
    QTest::newRow("difference inside text after a number") << "rg-12-west"
                                                           << "rg-12-East" << 1;
    QTest::newRow("shared digit, longer number") << "a1b"
                                                 << "a12" << -1; // 1 < 12
    QTest::newRow("case differs first") << "Zeta10"
                                        << "zeta9" << 1;
    QTest::newRow("same value, zeros after a shared start") << "acr-0070"
                                                            << "acr-070" << -1;
}

void TestFilterProxy::naturalOrder()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, sign);
    const int c = naturalCompare(a, b);
    QCOMPARE((c > 0) - (c < 0), sign);
    const int reverse = naturalCompare(b, a);
    QCOMPARE((reverse > 0) - (reverse < 0), -sign); // antisymmetric
}

void TestFilterProxy::tablesAndProxiesSortNaturally()
{
    QStandardItemModel names;
    for (const char *n : {"snet-10", "snet-9", "snet-1", "Snet-2"})
        names.appendRow(new QStandardItem(QString::fromLatin1(n)));
    ResourceFilterProxyModel proxy;
    proxy.setSortRole(Qt::DisplayRole);
    proxy.setSourceModel(&names);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(0);
    QStringList order;
    for (int r = 0; r < proxy.rowCount(); ++r)
        order << proxy.index(r, 0).data().toString();
    QCOMPARE(order, (QStringList{QStringLiteral("snet-1"), QStringLiteral("Snet-2"), QStringLiteral("snet-9"),
                                 QStringLiteral("snet-10")}));
}

QTEST_MAIN(TestFilterProxy)
#include "tst_filterproxy.moc"
