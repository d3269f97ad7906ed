// How the inventory tree inserts a load's new subscriptions: gathered, then a batch at a time.
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
        // One layout change for the whole batch, every persistent index (expansion, selection) following its node
        // to its new row. Not hinted with the tenants as parents: a filtering QSortFilterProxyModel ignores a
        // change under parents it filtered out, and a tenant with nothing matching yet is one.
        emit layoutAboutToBeChanged();
        const QModelIndexList before = persistentIndexList();
        const auto less = [](const NodePtr &a, const NodePtr &b) {
            return Node::lessThan(*a, *b);
        };
        for (auto &[tenant, added] : byTenant) {
            std::sort(added.begin(), added.end(), less);
            std::vector<Node *> fresh;
            for (const NodePtr &n : added)
                fresh.push_back(n.get());
            // Each tenant's subscriptions merged with the new ones in one pass, not an insertion per subscription.
            std::vector<NodePtr> merged;
            merged.reserve(tenant->children.size() + added.size());
            std::merge(std::make_move_iterator(tenant->children.begin()),
                       std::make_move_iterator(tenant->children.end()), std::make_move_iterator(added.begin()),
                       std::make_move_iterator(added.end()), std::back_inserter(merged), less);
            tenant->children = std::move(merged);
            for (int i = 0; i < int(tenant->children.size()); ++i) {
                tenant->children[size_t(i)]->parent = tenant;
                tenant->children[size_t(i)]->row = i;
            }
            for (Node *n : fresh)
                indexTree(n, true);
        }
        QModelIndexList after;
        after.reserve(before.size());
        for (const QModelIndex &i : before) {
            Node *node = nodeFor(i);
            after << createIndex(node->row, i.column(), node);
        }
        changePersistentIndexList(before, after);
        emit layoutChanged();
        QModelIndexList subscriptions;
        for (Node *n : placed)
            subscriptions << indexFor(n);
        emit subscriptionsPlaced(subscriptions);
    });
}

} // namespace acrnet
