#pragma once

#include "inventorytablemodel.h"

namespace acrnet {

// Every loaded registry with its network configuration at a glance.
class RegistryTableModel : public InventoryTableModel
{
    Q_OBJECT

public:
    // The values the toolbar filter matches for a registry besides its names (SKU, default action, public access).
    static QStringList searchTerms(const Registry &registry);
    enum Column {
        Name,
        Sku,
        Region,
        DefaultAction,
        PublicNetworkAccess,
        VirtualNetworkRules,
        IpRules,
        PrivateEndpoints,
        TrustedServices,
        ResourceGroup,
        Subscription,
        Count
    };

    using InventoryTableModel::InventoryTableModel;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    InventoryNodeType nodeType() const override { return InventoryNodeType::Registry; }
    QList<InventoryRow> rowsFor(const ListedSubscription &scope, const SubscriptionInventory &inv) const override;
    QVariant cell(const InventoryRow &row, int column, int role) const override;
};

} // namespace acrnet
