// The inventory tree's changes made in one layout change: a load's new subscriptions, gathered and inserted a batch
// at a time, and a refresh that adds or removes many children of one node.
#include "inventorytreemodel.h"
#include "inventorytreenode_p.h"

#include <algorithm>
#include <functional>
#include <iterator>
#include <unordered_map>

namespace acrnet {

void InventoryTreeModel::setGathering(bool on)
{
    m_gathering = on;
    if (!on)
        placeGathered();
}

void InventoryTreeModel::gather(Node *tenant, NodePtr content)
{
    m_gatheredKeys.insert(content->key);
    const std::function<void(const Node &)> count = [&](const Node &node) {
        ++m_gatheredNodes;
        for (const NodePtr &child : node.children)
            count(*child);
    };
    count(*content);
    m_gathered.push_back({tenant, std::move(content)});
    m_pacer.gathered(m_gatheredNodes, qsizetype(m_byKey.size()));
}

void InventoryTreeModel::placeGathered()
{
    if (m_gathered.empty()) {
        m_pacer.stop();
        return;
    }
    m_pacer.place([this] {
        std::vector<Gathered> batch = std::exchange(m_gathered, {});
        m_gatheredKeys.clear();
        m_gatheredNodes = 0;
        std::unordered_map<Node *, std::vector<NodePtr>> byTenant;
        std::vector<Node *> placed;
        for (Gathered &g : batch) {
            placed.push_back(g.content.get());
            byTenant[g.tenant].push_back(std::move(g.content));
        }
        // One layout change for the whole batch; each tenant's subscriptions merged with its new ones in one pass.
        relayout([&](std::vector<NodePtr> *graveyard) {
            for (auto &[tenant, added] : byTenant)
                rebuildChildren(tenant, {}, std::move(added), graveyard);
        });
        QModelIndexList subscriptions;
        for (Node *n : placed)
            subscriptions << indexFor(n);
        emit subscriptionsPlaced(subscriptions);
    });
}

void InventoryTreeModel::rebuildChildren(Node *parent, const std::vector<int> &gone, std::vector<NodePtr> added,
                                         std::vector<NodePtr> *graveyard)
{
    const auto less = [](const NodePtr &a, const NodePtr &b) {
        return Node::lessThan(*a, *b);
    };
    std::vector<NodePtr> staying;
    staying.reserve(parent->children.size() - gone.size());
    auto nextGone = gone.cbegin();
    for (int row = 0; row < int(parent->children.size()); ++row) {
        NodePtr &child = parent->children[size_t(row)];
        if (nextGone != gone.cend() && *nextGone == row) {
            ++nextGone;
            indexTree(child.get(), false);
            graveyard->push_back(std::move(child));
        } else {
            staying.push_back(std::move(child));
        }
    }
    std::sort(added.begin(), added.end(), less);
    std::vector<Node *> fresh;
    for (const NodePtr &n : added)
        fresh.push_back(n.get());
    parent->children.clear();
    parent->children.reserve(staying.size() + added.size());
    std::merge(std::make_move_iterator(staying.begin()), std::make_move_iterator(staying.end()),
               std::make_move_iterator(added.begin()), std::make_move_iterator(added.end()),
               std::back_inserter(parent->children), less);
    for (int i = 0; i < int(parent->children.size()); ++i) {
        parent->children[size_t(i)]->parent = parent;
        parent->children[size_t(i)]->row = i;
    }
    for (Node *n : fresh)
        indexTree(n, true);
}

void InventoryTreeModel::relayout(const std::function<void(std::vector<NodePtr> *graveyard)> &change)
{
    // Not hinted with parents: a filtering QSortFilterProxyModel ignores a change under parents it filtered out
    // (a tenant with nothing matching yet is one), and would not show what the change brought.
    emit layoutAboutToBeChanged();
    const QModelIndexList before = persistentIndexList();
    std::vector<NodePtr> graveyard;
    change(&graveyard);
    QSet<const Node *> goneNodes;
    const std::function<void(const Node &)> bury = [&](const Node &n) {
        goneNodes.insert(&n);
        for (const NodePtr &c : n.children)
            bury(*c);
    };
    for (const NodePtr &n : graveyard)
        bury(*n);
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex &i : before) {
        Node *node = nodeFor(i);
        after << (goneNodes.contains(node) ? QModelIndex() : createIndex(node->row, i.column(), node));
    }
    changePersistentIndexList(before, after);
    emit layoutChanged();
}

} // namespace acrnet
