#include "inventorytablemodel.h"

namespace acrnet {

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
    const QList<InventoryRow> fresh = rowsFor(scope, inventory);
    QHash<QString, int> wanted;
    for (int i = 0; i < fresh.size(); ++i)
        wanted.insert(fresh.at(i).key, i);

    // Remove rows of this subscription that are gone, in contiguous runs from the bottom.
    int row = int(m_rows.size()) - 1;
    bool removed = false;
    while (row >= 0) {
        if (m_rows.at(row).subscriptionId != sub || wanted.contains(m_rows.at(row).key)) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && m_rows.at(first - 1).subscriptionId == sub && !wanted.contains(m_rows.at(first - 1).key))
            --first;
        beginRemoveRows({}, first, row);
        m_rows.remove(first, row - first + 1);
        removed = true;
        endRemoveRows();
        row = first - 1;
    }
    if (removed)
        reindex(0);

    // Update the ones that stayed; append the new ones in one insertion.
    QList<InventoryRow> added;
    int changedFirst = -1;
    int changedLast = -1;
    for (const InventoryRow &r : fresh) {
        const int at = m_index.value(r.key, -1);
        if (at < 0) {
            added.append(r);
            continue;
        }
        InventoryRow &current = m_rows[at];
        if (current.subnet.json == r.subnet.json && current.registry.json == r.registry.json &&
            current.subscriptionName == r.subscriptionName && current.scopes == r.scopes)
            continue;
        current = r;
        changedFirst = changedFirst < 0 ? at : qMin(changedFirst, at);
        changedLast = qMax(changedLast, at);
    }
    if (changedFirst >= 0)
        emit dataChanged(index(changedFirst, 0), index(changedLast, columnCount() - 1));
    if (!added.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_rows.append(added);
        reindex(first);
        endInsertRows();
    }
}

void InventoryTableModel::removeSubscription(const QString &subscriptionId)
{
    ListedSubscription none;
    SubscriptionInventory empty;
    empty.subscription.subscriptionId = subscriptionId;
    mergeSubscription(none, empty);
}

void InventoryTableModel::reindex(int from)
{
    if (from == 0)
        m_index.clear();
    for (int i = from; i < m_rows.size(); ++i)
        m_index.insert(m_rows.at(i).key, i);
}

int InventoryTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant InventoryTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const InventoryRow &r = m_rows.at(index.row());
    switch (role) {
    case NodeTypeRole:
        return int(nodeType());
    case KeyRole:
        return r.key;
    case ResourceIdRole:
        return nodeType() == InventoryNodeType::Subnet ? r.subnet.id.toString() : r.registry.id.toString();
    case SearchTextRole:
        return r.search;
    case ScopesRole:
        return r.scopes;
    case JsonRole:
        return nodeType() == InventoryNodeType::Subnet ? r.subnet.json : r.registry.json;
    case ValueRole:
        return nodeType() == InventoryNodeType::Subnet ? QVariant::fromValue(r.subnet)
                                                       : QVariant::fromValue(r.registry);
    default:
        return cell(r, index.column(), role);
    }
}

} // namespace acrnet
