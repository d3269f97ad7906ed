#pragma once

#include "app/services/inventoryservice.h"
#include "inventoryroles.h"

#include <QAbstractTableModel>
#include <QHash>

namespace acrnet {

// One row of an inventory table: a subnet or a registry with the context the columns show.
struct InventoryRow
{
    QString key; // lower-case resource ID
    QString subscriptionId;
    QString subscriptionName;
    QString search;
    QStringList scopes; // keys of the account, tenant, subscription, resource group (and VNet) and the row itself
    QString vnetName;
    QString region;
    Subnet subnet;
    Registry registry;
};

// The flat tables (subnets, registries) share this: rows are merged per subscription by resource ID — updated
// in place, inserted, removed — never reset, so selections survive a refresh. Sorting and filtering happen in a
// proxy, on SortRole (raw values) and SearchTextRole / ScopesRole.
class InventoryTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

    void mergeSubscription(const ListedSubscription &scope, const SubscriptionInventory &inventory);
    void removeSubscription(const QString &subscriptionId);
    const InventoryRow &row(int row) const { return m_rows.at(row); }
    int rowForKey(const QString &key) const { return m_index.value(key, -1); }
    const QString &searchText(int row) const { return m_rows.at(row).search; }
    const QStringList &scopesOf(int row) const { return m_rows.at(row).scopes; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    virtual InventoryNodeType nodeType() const = 0;
    virtual QList<InventoryRow> rowsFor(const ListedSubscription &scope, const SubscriptionInventory &inv) const = 0;
    virtual QVariant cell(const InventoryRow &row, int column, int role) const = 0;
    static QStringList baseScopes(const ListedSubscription &scope, const ResourceId &id);

private:
    void reindex(int from);

    QList<InventoryRow> m_rows;
    QHash<QString, int> m_index;
};

} // namespace acrnet
