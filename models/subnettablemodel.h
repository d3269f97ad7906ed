#pragma once

#include "inventorytablemodel.h"

namespace acrnet {

// Every loaded subnet: name, VNet, prefixes, service endpoints, the Microsoft.ContainerRegistry endpoint's state,
// what runs there (flagged when its hosts cannot use a registry service endpoint), region and subscription.
class SubnetTableModel : public InventoryTableModel
{
    Q_OBJECT

public:
    enum Column {
        Name,
        VirtualNetwork,
        AddressPrefixes,
        ServiceEndpoints,
        AcrEndpoint,
        Hosts,
        Region,
        Subscription,
        Count
    };

    using InventoryTableModel::InventoryTableModel;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Succeeded", "Updating", … or empty when the subnet has no Microsoft.ContainerRegistry endpoint.
    static QString acrEndpointState(const Subnet &subnet);

protected:
    InventoryNodeType nodeType() const override { return InventoryNodeType::Subnet; }
    QList<InventoryRow> rowsFor(const ListedSubscription &scope, const SubscriptionInventory &inv) const override;
    QVariant cell(const InventoryRow &row, int column, int role) const override;
};

} // namespace acrnet
