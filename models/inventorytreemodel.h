#pragma once

#include "app/inventory/inventory.h"
#include "inventoryroles.h"
#include "placementpacer.h"

#include <QAbstractItemModel>
#include <QBitArray>
#include <QHash>
#include <QIcon>
#include <QSet>
#include <QTimer>
#include <functional>
#include <memory>
#include <vector>

namespace acrnet {

// The typed tree: account → tenant → subscription → resource group → VNet → subnet, with registries under
// their resource group. Column 0 is the name, column 1 a state badge (endpoint, SKU · default action, provider).
// A refresh merges by key: unchanged nodes stay, changed ones emit dataChanged, new and vanished ones are
// inserted and removed in place — never a reset, so selection and expansion survive.
class InventoryTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, StateColumn, ColumnCount };

    explicit InventoryTreeModel(QObject *parent = nullptr);
    ~InventoryTreeModel() override;

    void mergeSubscription(const ListedSubscription &scope, const SubscriptionInventory &inventory);
    // While a load runs, subscriptions new to the tree are gathered and inserted in batches (PlacementPacer), each
    // batch one layout change: a filtered tree is filtered again once per batch, not once per subscription.
    // Gathered subscriptions are not in the tree yet; turning gathering off inserts them at once.
    void setGathering(bool on);
    void placeGathered();
    int gatheredCount() const { return int(m_gathered.size()); }
    // Room for `expected` subscriptions like the `loaded` ones (reserveAhead), before merging the next.
    void reserveFor(int loaded, int expected);
    // The subscription stays in the tree (with what it showed before, if anything) and says why it failed.
    void setSubscriptionFailed(const ListedSubscription &scope, const QString &error);
    void removeSubscription(const QString &subscriptionId);
    // Drops accounts and tenants that no longer hold a subscription.
    void pruneEmpty();

    int count(InventoryNodeType type) const { return m_counts.value(int(type)); }
    QModelIndex indexForKey(const QString &key, int column = 0) const;
    QStringList failedSubscriptions() const;
    // SearchTextRole without a QVariant, for the filter proxy's hot loop.
    const QByteArray &searchText(const QModelIndex &index) const;
    // For filters: every node's search text in one flat, pre-order list (rebuilt after any change), so a filter
    // can decide each node's own match by its ordinal — on several threads, as the texts are only read. Given
    // those (`own`, by ordinal), shownNodes() says which nodes to show: those that match, hold a match below them
    // or, with keepChildren, sit below a match. filterOrdinal() maps an index into it; ordinals stay the same from
    // call to call while the tree does not change.
    int filterNodeCount() const;
    const SearchText &filterText(int ordinal) const { return *m_flat[size_t(ordinal)]; }
    // `withShownChild`, when given, says which of them have a child shown.
    QBitArray shownNodes(const QBitArray &own, bool keepChildren, QBitArray *withShownChild = nullptr) const;
    int filterOrdinal(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    static QIcon iconFor(InventoryNodeType type);

signals:
    // After a batch of gathered subscriptions was inserted (in a layout change, not rowsInserted): their indexes.
    void subscriptionsPlaced(const QModelIndexList &subscriptions);

private:
    struct Node;
    using NodePtr = std::unique_ptr<Node>;

    Node *nodeFor(const QModelIndex &index) const;
    QModelIndex indexFor(Node *node, int column = 0) const;
    Node *ensureChild(Node *parent, NodePtr candidate);
    static NodePtr networkNode(const VirtualNetwork &v); // with a node per subnet
    NodePtr buildContent(const ListedSubscription &scope, const SubscriptionInventory &inventory) const;
    void mergeChildren(Node *parent, std::vector<NodePtr> desired);
    // Inside one layout change: `gone` (rows, ascending) leave `parent` and `added` (prepared) join it in order,
    // in one pass over its children; what left is kept in `graveyard` until persistent indexes are settled.
    void rebuildChildren(Node *parent, const std::vector<int> &gone, std::vector<NodePtr> added,
                         std::vector<NodePtr> *graveyard);
    // Runs `change` in one layout change; persistent indexes follow their nodes, or become invalid when their
    // nodes are in `graveyard` (freed after).
    void relayout(const std::function<void(std::vector<NodePtr> *graveyard)> &change);
    static constexpr int kOneByOne = 4; // children added or removed one signal each; more: one layout change
    void insertNode(Node *parent, NodePtr node);
    static void prepareSubtree(Node &node);
    void removeRow(Node *parent, int row);
    void indexTree(Node *node, bool add);
    void updateFrom(Node *target, const Node &source);
    Node *subscriptionNode(const QString &subscriptionId) const;
    void gather(Node *tenant, NodePtr content);
    static void describe(Node &node);
    static void describe(Node &node, QString *toolTip);
    static void describeSubscriptionNode(Node &n, QStringList &search, QStringList &tip);
    static void describeSubnetNode(Node &n, QStringList &search, QStringList &tip);
    static QString toolTipOf(const Node &node);

    NodePtr m_root;
    QHash<QString, Node *> m_byKey;
    QHash<int, int> m_counts;
    void ensureFlat() const;
    mutable std::vector<const SearchText *> m_flat; // the nodes' search texts, pre-order
    mutable std::vector<int> m_flatParent;
    mutable bool m_flatStale = true;
    QTimer m_flatTimer; // rebuilds the flat index once changes settle
    bool m_changedWhileArmed = false;

    struct Gathered
    {
        Node *tenant;
        NodePtr content;
    };
    std::vector<Gathered> m_gathered;
    QSet<QString> m_gatheredKeys;
    qsizetype m_gatheredNodes = 0;
    bool m_gathering = false;
    PlacementPacer m_pacer{[this] {
        placeGathered();
    }};
};

} // namespace acrnet
