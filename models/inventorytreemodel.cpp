#include "inventorytreemodel.h"
#include "inventorytreenode_p.h"

#include <QJsonArray>

#include <algorithm>
#include <functional>
#include <utility>

namespace acrnet {

namespace {

QString subscriptionKey(const QString &subscriptionId)
{
    return QStringLiteral("/subscriptions/") + subscriptionId.toLower();
}

} // namespace

InventoryTreeModel::InventoryTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{
    // Any change makes the flat filter index stale. Connected first, so it runs before any view or proxy reacts.
    // Once the tree has stopped changing for a moment, the index is rebuilt ahead of need: over 100,000 nodes
    // that is a walk of tens of milliseconds the first keystroke of a filter would otherwise wait for.
    m_flatTimer.setSingleShot(true);
    m_flatTimer.setInterval(300);
    connect(&m_flatTimer, &QTimer::timeout, this, [this] {
        if (std::exchange(m_changedWhileArmed, false))
            m_flatTimer.start(); // still changing (a load): wait for it to settle
        else
            ensureFlat();
    });
    auto stale = [this] {
        m_flatStale = true;
        if (m_flatTimer.isActive())
            m_changedWhileArmed = true;
        else
            m_flatTimer.start();
    };
    connect(this, &QAbstractItemModel::dataChanged, this, stale);
    connect(this, &QAbstractItemModel::rowsInserted, this, stale);
    connect(this, &QAbstractItemModel::rowsRemoved, this, stale);
    connect(this, &QAbstractItemModel::rowsMoved, this, stale);
    connect(this, &QAbstractItemModel::layoutChanged, this, stale);
    connect(this, &QAbstractItemModel::modelReset, this, stale);
}

InventoryTreeModel::~InventoryTreeModel() = default;

InventoryTreeModel::NodePtr InventoryTreeModel::networkNode(const VirtualNetwork &v)
{
    auto vn = std::make_unique<Node>();
    vn->type = InventoryNodeType::VirtualNetwork;
    vn->key = v.id.key();
    vn->name = v.name;
    vn->resourceId = v.id.toString();
    VirtualNetwork light = v;
    light.subnets.clear(); // each subnet is its own node; the VNet's JSON still lists them
    vn->value = QVariant::fromValue(light);
    vn->json = v.json;
    for (const Subnet &s : v.subnets) {
        auto sn = std::make_unique<Node>();
        sn->type = InventoryNodeType::Subnet;
        sn->key = s.id.key();
        sn->name = s.name;
        sn->resourceId = s.id.toString();
        sn->value = QVariant::fromValue(s);
        sn->json = s.json;
        vn->children.push_back(std::move(sn));
    }
    return vn;
}

InventoryTreeModel::NodePtr InventoryTreeModel::buildContent(const ListedSubscription &scope,
                                                             const SubscriptionInventory &inventory) const
{
    auto sub = std::make_unique<Node>();
    sub->type = InventoryNodeType::Subscription;
    sub->key = subscriptionKey(inventory.subscription.subscriptionId);
    sub->name = inventory.subscription.displayName.isEmpty() ? inventory.subscription.subscriptionId
                                                             : inventory.subscription.displayName;
    sub->resourceId = QStringLiteral("/subscriptions/") + inventory.subscription.subscriptionId;
    sub->value = QVariant::fromValue(inventory.subscription);
    QJsonObject info{{QStringLiteral("subscriptionId"), inventory.subscription.subscriptionId},
                     {QStringLiteral("displayName"), inventory.subscription.displayName},
                     {QStringLiteral("tenantId"), scope.tenantId},
                     {QStringLiteral("state"), inventory.subscription.state},
                     {QStringLiteral("provider"), inventory.containerRegistryProvider.registrationState}};
    if (!inventory.warnings.isEmpty()) // read only in part: the node says so, with what is missing
        info.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(inventory.warnings));
    sub->json = RawJson(info);

    QHash<QString, Node *> groups;
    std::vector<NodePtr> groupNodes;
    auto groupFor = [&](const ResourceId &id, const QString &location) -> Node * {
        const QString key = ResourceId::forResourceGroup(id.subscriptionId(), id.resourceGroup()).key();
        if (Node *g = groups.value(key))
            return g;
        auto g = std::make_unique<Node>();
        g->type = InventoryNodeType::ResourceGroup;
        g->key = key;
        g->name = id.resourceGroup();
        g->resourceId = ResourceId::forResourceGroup(id.subscriptionId(), id.resourceGroup()).toString();
        g->json = RawJson(QJsonObject{{QStringLiteral("name"), g->name}, {QStringLiteral("location"), location}});
        groups.insert(key, g.get());
        groupNodes.push_back(std::move(g));
        return groupNodes.back().get();
    };
    for (const VirtualNetwork &v : inventory.virtualNetworks) {
        Node *group = groupFor(v.id, v.location);
        group->children.push_back(networkNode(v));
    }
    for (const Registry &r : inventory.registries) {
        Node *group = groupFor(r.id, r.location);
        auto rn = std::make_unique<Node>();
        rn->type = InventoryNodeType::Registry;
        rn->key = r.id.key();
        rn->name = r.name;
        rn->resourceId = r.id.toString();
        rn->value = QVariant::fromValue(r);
        rn->json = r.json;
        group->children.push_back(std::move(rn));
    }
    // Listed but unreadable: drawn where they belong, marked, with the reason — never left out as if absent.
    for (const UnreadableResource &u : inventory.unreadable) {
        const ResourceId id = ResourceId::parse(u.id);
        const bool registry = id.isOfType(ResourceTypes::registry());
        if (!id.isValid() || (!registry && !id.isOfType(ResourceTypes::virtualNetwork())))
            continue; // no usable ID: the subscription's own "read in part" names it
        Node *group = groupFor(id, QString());
        auto un = std::make_unique<Node>();
        un->type = registry ? InventoryNodeType::Registry : InventoryNodeType::VirtualNetwork;
        un->key = id.key();
        un->name = id.name();
        un->resourceId = id.toString();
        un->error = u.error;
        group->children.push_back(std::move(un));
    }
    sub->children = std::move(groupNodes);
    return sub;
}

InventoryTreeModel::Node *InventoryTreeModel::ensureChild(Node *parent, NodePtr candidate)
{
    if (Node *existing = m_byKey.value(candidate->key)) {
        if (existing->name != candidate->name || existing->resourceId != candidate->resourceId) {
            existing->name = candidate->name;
            existing->resourceId = candidate->resourceId;
            describe(*existing);
            emit dataChanged(indexFor(existing, 0), indexFor(existing, StateColumn));
        }
        return existing;
    }
    Node *raw = candidate.get();
    describe(*raw);
    insertNode(parent, std::move(candidate));
    return raw;
}

void InventoryTreeModel::mergeSubscription(const ListedSubscription &scope, const SubscriptionInventory &inventory)
{
    if (m_gatheredKeys.contains(subscriptionKey(scope.subscription.subscriptionId)))
        placeGathered(); // merged again before it was inserted: inserted first, then merged as any other
    auto account = std::make_unique<Node>();
    account->type = InventoryNodeType::Account;
    account->key = QStringLiteral("account:") + scope.accountId;
    account->name = scope.accountName;
    Node *accountNode = ensureChild(m_root.get(), std::move(account));

    auto tenant = std::make_unique<Node>();
    tenant->type = InventoryNodeType::Tenant;
    tenant->key = QStringLiteral("tenant:") + scope.accountId + QLatin1Char('/') + scope.tenantId.toLower();
    tenant->name = scope.tenantName.isEmpty() ? scope.tenantId : scope.tenantName;
    tenant->resourceId = scope.tenantId;
    Node *tenantNode = ensureChild(accountNode, std::move(tenant));

    NodePtr content = buildContent(scope, inventory);
    Node *existing = m_byKey.value(content->key);
    if (existing && existing->parent != tenantNode) { // moved to another account or tenant
        removeRow(existing->parent, existing->row);
        existing = nullptr;
    }
    if (!existing) {
        prepareSubtree(*content);
        if (m_gathering)
            gather(tenantNode, std::move(content));
        else
            insertNode(tenantNode, std::move(content));
        return;
    }
    existing->error.clear();
    updateFrom(existing, *content);
    mergeChildren(existing, std::move(content->children));
}

void InventoryTreeModel::updateFrom(Node *target, const Node &source)
{
    const QString oldBadge = target->badge;
    const QString oldName = target->name;
    const auto oldState = target->state;
    const bool jsonChanged = target->json != source.json;
    target->name = source.name;
    target->resourceId = source.resourceId;
    target->value = source.value;
    target->json = source.json;
    target->error = source.error;
    describe(*target);
    if (oldBadge != target->badge || oldName != target->name || oldState != target->state || jsonChanged)
        emit dataChanged(indexFor(target, 0), indexFor(target, StateColumn));
}

void InventoryTreeModel::mergeChildren(Node *parent, std::vector<NodePtr> desired)
{
    QHash<QString, int> wanted;
    for (int i = 0; i < int(desired.size()); ++i)
        wanted.insert(desired[i]->key, i);
    std::vector<int> gone; // rows, ascending
    // Found by key through a hash, not a walk of the siblings: a VNet of 100,000 subnets refreshed would otherwise
    // compare 10^10 keys.
    QHash<QString, Node *> present;
    present.reserve(qsizetype(parent->children.size()));
    for (int row = 0; row < int(parent->children.size()); ++row) {
        Node *child = parent->children[size_t(row)].get();
        if (wanted.contains(child->key))
            present.insert(child->key, child);
        else
            gone.push_back(row);
    }
    std::vector<NodePtr> added;
    std::vector<std::pair<Node *, NodePtr>> kept;
    for (NodePtr &d : desired) {
        if (Node *current = present.value(d->key))
            kept.emplace_back(current, std::move(d));
        else
            added.push_back(std::move(d));
    }
    for (NodePtr &n : added)
        prepareSubtree(*n);
    if (gone.size() + added.size() > size_t(kOneByOne)) {
        // Many at once (a refresh that finds a VNet's subnets replaced): each insertion or removal costs the views
        // O(siblings), so one layout change does them all in one pass.
        relayout([&](std::vector<NodePtr> *graveyard) { rebuildChildren(parent, gone, std::move(added), graveyard); });
    } else {
        for (auto row = gone.rbegin(); row != gone.rend(); ++row) // from the bottom, so rows stay valid
            removeRow(parent, *row);
        for (NodePtr &n : added)
            insertNode(parent, std::move(n));
    }
    for (auto &[current, d] : kept) {
        updateFrom(current, *d);
        mergeChildren(current, std::move(d->children));
    }
}

void InventoryTreeModel::prepareSubtree(Node &n)
{
    // A new subtree is described, sorted and linked before its one insertion.
    describe(n);
    std::sort(n.children.begin(), n.children.end(),
              [](const NodePtr &a, const NodePtr &b) { return Node::lessThan(*a, *b); });
    for (int i = 0; i < int(n.children.size()); ++i) {
        n.children[i]->parent = &n;
        n.children[i]->row = i;
        prepareSubtree(*n.children[i]);
    }
}

void InventoryTreeModel::insertNode(Node *parent, NodePtr node)
{
    const auto pos = std::lower_bound(parent->children.begin(), parent->children.end(), node,
                                      [](const NodePtr &a, const NodePtr &b) { return Node::lessThan(*a, *b); });
    const int row = int(pos - parent->children.begin());
    beginInsertRows(parent == m_root.get() ? QModelIndex() : indexFor(parent), row, row);
    node->parent = parent;
    Node *raw = node.get();
    parent->children.insert(parent->children.begin() + row, std::move(node));
    for (int i = row; i < int(parent->children.size()); ++i)
        parent->children[i]->row = i;
    indexTree(raw, true);
    endInsertRows();
}

void InventoryTreeModel::removeRow(Node *parent, int row)
{
    beginRemoveRows(parent == m_root.get() ? QModelIndex() : indexFor(parent), row, row);
    indexTree(parent->children[row].get(), false);
    parent->children.erase(parent->children.begin() + row);
    for (int i = row; i < int(parent->children.size()); ++i)
        parent->children[i]->row = i;
    endRemoveRows();
}

void InventoryTreeModel::indexTree(Node *node, bool add)
{
    if (add) {
        m_byKey.insert(node->key, node);
        ++m_counts[int(node->type)];
    } else {
        m_byKey.remove(node->key);
        --m_counts[int(node->type)];
    }
    for (const NodePtr &c : node->children)
        indexTree(c.get(), add);
}

InventoryTreeModel::Node *InventoryTreeModel::subscriptionNode(const QString &subscriptionId) const
{
    return m_byKey.value(subscriptionKey(subscriptionId));
}

void InventoryTreeModel::setSubscriptionFailed(const ListedSubscription &scope, const QString &error)
{
    // Only when this one waits in a batch: a load where many subscriptions fail must not place a batch for each.
    if (m_gatheredKeys.contains(subscriptionKey(scope.subscription.subscriptionId)))
        placeGathered();
    Node *node = subscriptionNode(scope.subscription.subscriptionId);
    if (!node) {
        const bool gathering = std::exchange(m_gathering, false); // this one now, to mark it
        mergeSubscription(scope, SubscriptionInventory{scope.subscription, {}, {}, {}, {}, {}, {}});
        m_gathering = gathering;
        node = subscriptionNode(scope.subscription.subscriptionId);
    }
    node->error = error;
    describe(*node);
    emit dataChanged(indexFor(node, 0), indexFor(node, StateColumn));
}

QStringList InventoryTreeModel::failedSubscriptions() const
{
    QStringList ids;
    for (auto it = m_byKey.cbegin(); it != m_byKey.cend(); ++it) {
        if (it.value()->type == InventoryNodeType::Subscription && !it.value()->error.isEmpty())
            ids << it.value()->value.value<Subscription>().subscriptionId;
    }
    return ids;
}

void InventoryTreeModel::removeSubscription(const QString &subscriptionId)
{
    if (m_gatheredKeys.contains(subscriptionKey(subscriptionId)))
        placeGathered();
    if (Node *node = subscriptionNode(subscriptionId))
        removeRow(node->parent, node->row);
    pruneEmpty();
}

void InventoryTreeModel::pruneEmpty()
{
    placeGathered(); // a tenant whose subscriptions all wait in a batch is not empty
    for (int a = int(m_root->children.size()) - 1; a >= 0; --a) {
        Node *account = m_root->children[a].get();
        for (int t = int(account->children.size()) - 1; t >= 0; --t) {
            if (account->children[t]->children.empty())
                removeRow(account, t);
        }
        if (account->children.empty())
            removeRow(m_root.get(), a);
    }
}

const QByteArray &InventoryTreeModel::searchText(const QModelIndex &index) const
{
    return nodeFor(index)->search.bytes;
}

void InventoryTreeModel::ensureFlat() const
{
    if (!m_flatStale)
        return;
    m_flatStale = false;
    m_flat.clear();
    m_flatParent.clear();
    // Pre-order: every parent before its children. Pointers to the texts, which stay where they are while the
    // tree does not change: copying 100,000 texts would touch each one's header on every rebuild.
    const std::function<void(const Node &, int)> add = [&](const Node &node, int parent) {
        node.ordinal = int(m_flat.size());
        m_flat.push_back(&node.search);
        m_flatParent.push_back(parent);
        const int self = node.ordinal;
        for (const NodePtr &child : node.children)
            add(*child, self);
    };
    for (const NodePtr &top : m_root->children)
        add(*top, -1);
}

int InventoryTreeModel::filterOrdinal(const QModelIndex &index) const
{
    ensureFlat();
    return index.isValid() ? nodeFor(index)->ordinal : -1;
}

int InventoryTreeModel::filterNodeCount() const
{
    ensureFlat();
    return int(m_flat.size());
}

QBitArray InventoryTreeModel::shownNodes(const QBitArray &own, bool keepChildren, QBitArray *withShownChild) const
{
    ensureFlat();
    const int n = int(m_flat.size());
    const auto matches = [&own](int i) {
        return i < own.size() && own.testBit(i);
    };
    std::vector<char> below(size_t(n), 0);
    QBitArray shown(n);
    // Children come after their parent: walking backwards, a node is complete before its parent is reached.
    for (int i = n - 1; i >= 0; --i) {
        if (!below[size_t(i)] && !matches(i))
            continue;
        shown.setBit(i);
        if (const int p = m_flatParent[size_t(i)]; p >= 0)
            below[size_t(p)] = 1;
    }
    if (keepChildren) {
        // Walking forwards, a parent is decided before its children: below a match, everything stays.
        std::vector<char> under(size_t(n), 0);
        for (int i = 0; i < n; ++i) {
            const int p = m_flatParent[size_t(i)];
            if (p >= 0 && (matches(p) || under[size_t(p)])) {
                under[size_t(i)] = 1;
                shown.setBit(i);
            }
        }
    }
    if (withShownChild) {
        *withShownChild = QBitArray(n);
        for (int i = 0; i < n; ++i) {
            if (const int p = m_flatParent[size_t(i)]; p >= 0 && shown.testBit(i))
                withShownChild->setBit(p);
        }
    }
    return shown;
}

QModelIndex InventoryTreeModel::indexForKey(const QString &key, int column) const
{
    Node *node = m_byKey.value(key);
    return node ? indexFor(node, column) : QModelIndex();
}

InventoryTreeModel::Node *InventoryTreeModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex InventoryTreeModel::indexFor(Node *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, column, node);
}

QModelIndex InventoryTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, nodeFor(parent)->children[size_t(row)].get());
}

QModelIndex InventoryTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexFor(nodeFor(child)->parent);
}

int InventoryTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeFor(parent)->children.size());
}

int InventoryTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

Qt::ItemFlags InventoryTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (rowCount(index.siblingAtColumn(0)) == 0)
        f |= Qt::ItemNeverHasChildren;
    return f;
}

QVariant InventoryTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *n = nodeFor(index);
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == NameColumn ? n->name : n->badge;
    case Qt::DecorationRole:
        if (index.column() == NameColumn)
            return iconFor(n->type);
        return n->state == StateIcons::State::None ? QVariant() : QVariant(StateIcons::icon(n->state));
    case Qt::ToolTipRole: // the state column's text in full first: a narrow column elides it
        return index.column() != NameColumn && !n->badge.isEmpty() ? n->badge + QLatin1Char('\n') + toolTipOf(*n)
                                                                   : toolTipOf(*n);
    case Qt::AccessibleTextRole:
        return index.column() == NameColumn ? n->name : n->badge;
    case NodeTypeRole:
        return int(n->type);
    case ResourceIdRole:
        return n->resourceId;
    case KeyRole:
        return n->key;
    case SearchTextRole:
        return QString::fromUtf8(n->search.bytes);
    case SortRole:
        return index.column() == NameColumn ? n->name.toLower() : n->badge.toLower();
    case JsonRole:
        if (n->type == InventoryNodeType::VirtualNetwork) // its subnets' JSON is on their nodes
            return VirtualNetwork::document(n->json, [n](const QString &key) {
                for (const NodePtr &child : n->children) {
                    if (child->key == key)
                        return child->json;
                }
                return RawJson();
            });
        return n->json.object();
    case ValueRole:
        return n->value;
    case ErrorRole:
        return n->error;
    case ScopesRole: {
        QStringList keys;
        for (const Node *p = n; p && p != m_root.get(); p = p->parent)
            keys.prepend(p->key);
        return keys;
    }
    default:
        return {};
    }
}

QVariant InventoryTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Name") : tr("State");
}

void InventoryTreeModel::reserveFor(int loaded, int expected)
{
    reserveAhead(m_byKey, loaded, expected);
}

} // namespace acrnet
