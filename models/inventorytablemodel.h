#pragma once

#include "app/inventory/inventory.h"
#include "inventoryroles.h"
#include "placementpacer.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <deque>
#include <functional>
#include <memory>
#include <vector>

namespace acrnet {

// One row of an inventory table: a subnet or a registry with the context the columns show.
struct InventoryRow
{
    QString key; // lower-case resource ID
    QString subscriptionId;
    QString subscriptionName;
    SearchText search;  // lower-case UTF-8: half the memory of UTF-16, and searched byte-wise
    QStringList scopes; // keys of the account, tenant, subscription, resource group (and VNet) and the row itself
    QString vnetName;
    QString region;
    // The row's resource (one of the two; the other is null), allocated once: a row is copied as it is sorted
    // and merged, and a 100,000-row table kept both by value (a kilobyte a row).
    std::shared_ptr<const Subnet> subnet;
    std::shared_ptr<const Registry> registry;
};

// The flat tables (subnets, registries) share this: rows are merged per subscription by resource ID — updated
// in place, inserted, removed — never reset, so selections survive a refresh. Filtering happens in a proxy
// (SearchTextRole / ScopesRole). Sorting (on SortRole, raw values) can happen here: then a refresh places a
// subscription's new and changed rows where they belong in one layout change, instead of the one insertion per
// gap a sorting proxy makes (hundreds per subscription in a 20,000-row table, each costing the views O(rows)).
class InventoryTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

    void mergeSubscription(const ListedSubscription &scope, const SubscriptionInventory &inventory);
    // While a load runs, the rows of subscriptions new to the table are gathered and placed in batches, as
    // PlacementPacer says. Gathered rows are not in the model yet; turning gathering off places them at once.
    void setGathering(bool on);
    void placeGathered();
    int gatheredCount() const { return int(m_gathered.size()); }
    // Room for `expected` subscriptions like the `loaded` ones (reserveAhead), before merging the next.
    void reserveFor(int loaded, int expected);
    void removeSubscription(const QString &subscriptionId);
    // Rows by their position in the model (the current order).
    const InventoryRow &row(int row) const { return m_rows[size_t(m_order[size_t(row)])]; }
    int rowForKey(const QString &key) const
    {
        const int at = m_index.value(key, -1);
        return at < 0 ? -1 : m_viewRow[size_t(at)];
    }
    const QByteArray &searchText(int row) const { return this->row(row).search.bytes; }
    // Rows as stored, for a pass over every row in memory order (a filter's): storage indexes stay the same
    // while no row is added or removed, whatever the order; storageOf() maps a model row to one.
    int storedCount() const { return int(m_rows.size()); }
    const SearchText &storedSearchText(int storage) const { return m_rows[size_t(storage)].search; }
    int storageOf(int row) const { return m_order[size_t(row)]; }
    const QStringList &scopesOf(int row) const { return this->row(row).scopes; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // Column -1: the order rows arrived in.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

protected:
    virtual InventoryNodeType nodeType() const = 0;
    virtual QList<InventoryRow> rowsFor(const ListedSubscription &scope, const SubscriptionInventory &inv) const = 0;
    virtual QVariant cell(const InventoryRow &row, int column, int role) const = 0;
    static QStringList baseScopes(const ListedSubscription &scope, const ResourceId &id);

private:
    void compact(const QSet<int> &gone);
    void rebuildViewRows();
    static int compareSortValues(const QVariant &a, const QVariant &b);
    bool ordered(int comparison, const QString &keyA, const QString &keyB) const;
    void reorder(const std::function<void()> &change, LayoutChangeHint hint = VerticalSortHint);
    void removeViewRows(const std::vector<int> &gone); // sorted view rows
    static constexpr int kRemovalsAtMost = 4;          // runs of rows removed one by one; more: a layout change
    void placeSorted(const QList<InventoryRow> &rows);
    struct Placed // a row being placed, with its sort value read once
    {
        int storage;
        QString key;
        QVariant value;
        QString text;
        bool isText;
    };
    Placed placedRow(int storage) const;
    bool placedLess(const Placed &a, const Placed &b) const;
    void place(const QList<InventoryRow> &rows);
    int store(const InventoryRow &row);
    void gather(const QString &subscription, const QList<InventoryRow> &rows);

    // Rows stay where they were stored; the order is a permutation over them, so sorting and placing a refresh
    // move integers, not rows.
    std::deque<InventoryRow> m_rows;                 // grows without moving what it holds
    std::vector<int> m_order;                        // model row → storage index
    std::vector<int> m_viewRow;                      // storage index → model row
    QHash<QString, int> m_index;                     // key → storage index
    QHash<QString, std::vector<int>> m_storageOfSub; // lower-case subscription ID → its rows' storage indexes
    QList<InventoryRow> m_gathered;                  // rows not in the model yet (setGathering)
    QSet<QString> m_gatheredSubs;
    bool m_gathering = false;
    PlacementPacer m_pacer{[this] {
        placeGathered();
    }};
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace acrnet
