#include "inventorytablemodel.h"
#include "naturalorder.h"

#include <algorithm>
#include <iterator>
#include <numeric>
#include <vector>

namespace acrnet {

namespace {

template<typename T> bool sameJson(const std::shared_ptr<const T> &a, const std::shared_ptr<const T> &b)
{
    return a && b ? a->json == b->json : !a && !b;
}

} // namespace

QStringList InventoryTableModel::baseScopes(const ListedSubscription &scope, const ResourceId &id)
{
    return {QStringLiteral("account:") + scope.accountId,
            QStringLiteral("tenant:") + scope.accountId + QLatin1Char('/') + scope.tenantId.toLower(),
            QStringLiteral("/subscriptions/") + id.subscriptionId().toLower(),
            ResourceId::forResourceGroup(id.subscriptionId(), id.resourceGroup()).key()};
}

void InventoryTableModel::mergeSubscription(const ListedSubscription &scope, const SubscriptionInventory &inventory)
{
    const QString sub = inventory.subscription.subscriptionId.toLower();
    if (m_gatheredSubs.contains(sub))
        placeGathered(); // merged again before its first rows were placed: the rows are in the model first
    const QList<InventoryRow> fresh = rowsFor(scope, inventory);
    const auto own = m_storageOfSub.constFind(sub);
    if (m_gathering && own == m_storageOfSub.cend()) {
        gather(sub, fresh);
        return;
    }
    QSet<QString> wanted;
    for (const InventoryRow &r : fresh)
        wanted.insert(r.key);

    // Remove rows of this subscription that are gone, in contiguous runs of view rows from the bottom: found
    // through the subscription's own rows, not a pass over the table.
    std::vector<int> gone; // view rows
    QSet<int> goneStorage;
    for (int s : own == m_storageOfSub.cend() ? std::vector<int>() : *own) {
        if (!wanted.contains(m_rows[size_t(s)].key)) {
            gone.push_back(m_viewRow[size_t(s)]);
            goneStorage.insert(s);
        }
    }
    std::sort(gone.begin(), gone.end());
    if (!gone.empty()) {
        removeViewRows(gone);
        compact(goneStorage);
    }

    // Update the ones that stayed; add the new ones.
    QList<InventoryRow> added;
    QList<int> changed; // view rows updated in place
    for (const InventoryRow &r : fresh) {
        const int at = m_index.value(r.key, -1);
        if (at < 0) {
            added.append(r);
            continue;
        }
        const InventoryRow &current = m_rows[size_t(at)];
        if (sameJson(current.subnet, r.subnet) && sameJson(current.registry, r.registry) &&
            current.subscriptionName == r.subscriptionName && current.scopes == r.scopes)
            continue;
        if (m_sortColumn >= 0 &&
            compareSortValues(cell(current, m_sortColumn, SortRole), cell(r, m_sortColumn, SortRole)) != 0) {
            // Its sort value changed: it is placed again, with the new rows, in one layout change.
            added.append(r);
            continue;
        }
        m_rows[size_t(at)] = r; // same sort value, same key: same place
        changed.append(m_viewRow[size_t(at)]);
    }
    if (!changed.isEmpty()) {
        const auto [lo, hi] = std::minmax_element(changed.cbegin(), changed.cend());
        emit dataChanged(index(*lo, 0), index(*hi, columnCount() - 1));
    }
    if (!added.isEmpty())
        place(added);
}

void InventoryTableModel::removeViewRows(const std::vector<int> &gone)
{
    int runs = 1;
    for (size_t i = 1; i < gone.size(); ++i)
        runs += gone[i] != gone[i - 1] + 1 ? 1 : 0;
    if (runs > kRemovalsAtMost) {
        // A subscription's rows spread through a table sorted by name: a removal per run would cost the views
        // O(rows) each. One layout change drops them all; persistent indexes of the rows gone become invalid.
        std::vector<char> drop(m_order.size(), 0);
        for (int v : gone)
            drop[size_t(v)] = 1;
        reorder(
            [&] {
                std::vector<int> kept;
                kept.reserve(m_order.size() - gone.size());
                for (size_t v = 0; v < m_order.size(); ++v) {
                    if (!drop[v])
                        kept.push_back(m_order[v]);
                }
                m_order = std::move(kept);
            },
            QAbstractItemModel::NoLayoutChangeHint);
        return;
    }
    // Contiguous runs from the bottom, so the rows above stay where they are.
    for (int i = int(gone.size()) - 1; i >= 0;) {
        const int last = gone[size_t(i)];
        int first = last;
        while (i > 0 && gone[size_t(i - 1)] == first - 1)
            first = gone[size_t(--i)];
        --i;
        beginRemoveRows({}, first, last);
        m_order.erase(m_order.begin() + first, m_order.begin() + last + 1);
        rebuildViewRows(); // rowForKey stays right for whoever reacts to the removal
        endRemoveRows();
    }
}

void InventoryTableModel::place(const QList<InventoryRow> &rows)
{
    if (m_sortColumn >= 0) {
        placeSorted(rows);
        return;
    }
    const int first = int(m_order.size());
    beginInsertRows({}, first, first + int(rows.size()) - 1);
    for (const InventoryRow &r : rows) {
        m_order.push_back(store(r));
        m_viewRow.push_back(int(m_order.size()) - 1);
    }
    endInsertRows();
}

int InventoryTableModel::store(const InventoryRow &row)
{
    const int at = int(m_rows.size());
    m_rows.push_back(row);
    m_index.insert(row.key, at);
    m_storageOfSub[row.subscriptionId].push_back(at);
    return at;
}

void InventoryTableModel::gather(const QString &subscription, const QList<InventoryRow> &rows)
{
    if (rows.isEmpty())
        return;
    m_gathered.append(rows);
    m_gatheredSubs.insert(subscription);
    m_pacer.gathered(m_gathered.size(), qsizetype(m_order.size()));
}

void InventoryTableModel::placeGathered()
{
    if (m_gathered.isEmpty()) {
        m_pacer.stop();
        return;
    }
    m_pacer.place([this] {
        const QList<InventoryRow> rows = std::exchange(m_gathered, {});
        m_gatheredSubs.clear();
        place(rows);
    });
}

void InventoryTableModel::setGathering(bool on)
{
    m_gathering = on;
    if (!on)
        placeGathered();
}

void InventoryTableModel::compact(const QSet<int> &gone)
{
    // Storage without the removed rows; the order and the indexes follow. No view row changes here.
    std::vector<int> newIndex(size_t(m_rows.size()), -1);
    std::deque<InventoryRow> kept;
    for (int i = 0; i < int(m_rows.size()); ++i) {
        if (gone.contains(i))
            continue;
        newIndex[size_t(i)] = int(kept.size());
        kept.push_back(std::move(m_rows[size_t(i)]));
    }
    m_rows = std::move(kept);
    for (int &o : m_order)
        o = newIndex[size_t(o)];
    m_index.clear();
    m_storageOfSub.clear();
    for (int i = 0; i < int(m_rows.size()); ++i) {
        m_index.insert(m_rows[size_t(i)].key, i);
        m_storageOfSub[m_rows[size_t(i)].subscriptionId].push_back(i);
    }
    rebuildViewRows();
}

void InventoryTableModel::rebuildViewRows()
{
    m_viewRow.assign(m_rows.size(), -1); // by storage index: during a removal the order is shorter than storage
    for (size_t v = 0; v < m_order.size(); ++v)
        m_viewRow.at(size_t(m_order[v])) = int(v); // checked: a wrong size here would corrupt the heap silently
}

int InventoryTableModel::compareSortValues(const QVariant &a, const QVariant &b)
{
    if (a.userType() == QMetaType::QString && b.userType() == QMetaType::QString)
        return naturalCompare(a.toString(), b.toString());
    const QPartialOrdering o = QVariant::compare(a, b);
    return o == QPartialOrdering::Less ? -1 : o == QPartialOrdering::Greater ? 1 : 0;
}

bool InventoryTableModel::ordered(int comparison, const QString &keyA, const QString &keyB) const
{
    if (comparison == 0) // ties broken by key: a total order, so a refresh never reshuffles equal rows
        return m_sortOrder == Qt::AscendingOrder ? keyA < keyB : keyB < keyA;
    return m_sortOrder == Qt::AscendingOrder ? comparison < 0 : comparison > 0;
}

void InventoryTableModel::reorder(const std::function<void()> &change, LayoutChangeHint hint)
{
    // One layout change; persistent indexes (selections, current rows) follow their rows to where they went, or
    // become invalid when their rows left the order.
    emit layoutAboutToBeChanged({}, hint);
    const QModelIndexList before = persistentIndexList();
    std::vector<int> storageOf;
    storageOf.reserve(size_t(before.size()));
    for (const QModelIndex &i : before)
        storageOf.push_back(m_order[size_t(i.row())]);
    change();
    rebuildViewRows();
    QModelIndexList after;
    after.reserve(before.size());
    for (int i = 0; i < before.size(); ++i)
        after << index(m_viewRow[size_t(storageOf[size_t(i)])], before.at(i).column()); // row -1: invalid
    changePersistentIndexList(before, after);
    emit layoutChanged({}, hint);
}

void InventoryTableModel::placeSorted(const QList<InventoryRow> &rows)
{
    reorder([&] {
        // New rows are stored at the end, changed ones in place; both are then (re)placed in the order. A batch
        // of a load's subscriptions is thousands of rows: each one's sort value is read once, not per comparison.
        std::vector<Placed> placed;
        placed.reserve(size_t(rows.size()));
        for (const InventoryRow &r : rows) {
            int at = m_index.value(r.key, -1);
            if (at < 0)
                at = store(r);
            else
                m_rows[size_t(at)] = r;
            placed.push_back(placedRow(at));
        }
        std::sort(placed.begin(), placed.end(), [this](const Placed &a, const Placed &b) { return placedLess(a, b); });
        std::vector<char> moving(m_rows.size(), 0);
        for (const Placed &p : placed)
            moving[size_t(p.storage)] = 1;
        std::vector<int> kept;
        kept.reserve(m_order.size());
        for (int o : m_order) {
            if (!moving[size_t(o)])
                kept.push_back(o);
        }
        const auto before = [this](const Placed &p, int k) { // p goes before kept row k
            return placedLess(p, placedRow(k));
        };
        // Each row's place searched from the previous one's, by steps of 1, 2, 4… then halving: about log(gap)
        // comparisons a row — a binary search's few when the batch is small, far fewer than a pass over the table
        // when it is large.
        std::vector<int> merged;
        merged.reserve(kept.size() + placed.size());
        auto from = kept.cbegin();
        for (const Placed &p : placed) {
            auto lo = from; // every kept row before lo goes before p
            auto probe = from;
            size_t step = 1;
            while (probe != kept.cend() && !before(p, *probe)) {
                lo = probe + 1;
                const auto remaining = size_t(kept.cend() - lo);
                probe = remaining == 0 ? kept.cend() : lo + std::ptrdiff_t(std::min(step, remaining) - 1);
                step *= 2;
            }
            const auto at = std::upper_bound(lo, probe, p, before); // p goes before *probe
            merged.insert(merged.end(), from, at);
            merged.push_back(p.storage);
            from = at;
        }
        merged.insert(merged.end(), from, kept.cend());
        m_order = std::move(merged);
    });
}

InventoryTableModel::Placed InventoryTableModel::placedRow(int storage) const
{
    const InventoryRow &row = m_rows[size_t(storage)];
    Placed p{storage, row.key, cell(row, m_sortColumn, SortRole), {}, false};
    if (p.value.userType() == QMetaType::QString) {
        p.text = p.value.toString();
        p.isText = true;
    }
    return p;
}

bool InventoryTableModel::placedLess(const Placed &a, const Placed &b) const
{
    const int c = a.isText && b.isText ? naturalCompare(a.text, b.text) : compareSortValues(a.value, b.value);
    return ordered(c, a.key, b.key);
}

void InventoryTableModel::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    placeGathered(); // sorted with the others, not placed later by the old order
    m_sortColumn = column < columnCount() ? column : -1;
    m_sortOrder = order;
    if (m_sortColumn < 0 || m_rows.empty())
        return; // rows stay where they are; new ones are appended
    // Every sort value read once, then the order sorted (the rows themselves never move).
    QList<QVariant> values;
    values.reserve(qsizetype(m_rows.size()));
    for (const InventoryRow &r : std::as_const(m_rows))
        values << cell(r, m_sortColumn, SortRole);
    const bool strings = std::all_of(values.cbegin(), values.cend(),
                                     [](const QVariant &v) { return v.userType() == QMetaType::QString; });
    QStringList texts;
    if (strings) {
        texts.reserve(values.size());
        for (const QVariant &v : std::as_const(values))
            texts << v.toString();
    }
    reorder([&] {
        std::sort(m_order.begin(), m_order.end(), [&](int a, int b) {
            return ordered(strings ? QString::compare(texts.at(a), texts.at(b), Qt::CaseInsensitive)
                                   : compareSortValues(values.at(a), values.at(b)),
                           m_rows[size_t(a)].key, m_rows[size_t(b)].key);
        });
    });
}

void InventoryTableModel::removeSubscription(const QString &subscriptionId)
{
    ListedSubscription none;
    SubscriptionInventory empty;
    empty.subscription.subscriptionId = subscriptionId;
    mergeSubscription(none, empty);
}

int InventoryTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_order.size());
}

QVariant InventoryTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const InventoryRow &r = m_rows[size_t(m_order[size_t(index.row())])];
    switch (role) {
    case NodeTypeRole:
        return int(nodeType());
    case KeyRole:
        return r.key;
    case ResourceIdRole:
        return nodeType() == InventoryNodeType::Subnet ? r.subnet->id.toString() : r.registry->id.toString();
    case SearchTextRole:
        return QString::fromUtf8(r.search.bytes);
    case ScopesRole:
        return r.scopes;
    case JsonRole:
        return nodeType() == InventoryNodeType::Subnet ? r.subnet->json.object() : r.registry->json.object();
    case ValueRole:
        return nodeType() == InventoryNodeType::Subnet ? QVariant::fromValue(*r.subnet)
                                                       : QVariant::fromValue(*r.registry);
    default:
        return cell(r, index.column(), role);
    }
}

void InventoryTableModel::reserveFor(int loaded, int expected)
{
    reserveAhead(m_index, loaded, expected);
}

} // namespace acrnet
