#include "registrytablemodel.h"

#include "app/azure/azureterms.h"
#include "stateicons.h"

namespace acrnet {

int RegistryTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Count;
}

QVariant RegistryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case VirtualNetworkRules:
            return tr("Subnets allowed through their Microsoft.ContainerRegistry service endpoint");
        case IpRules:
            return tr("Public IPv4 addresses and ranges allowed");
        case PrivateEndpoints:
            return tr("Private endpoint connections (approved / all)");
        case TrustedServices:
            return tr("Whether trusted Azure services may bypass the network rules");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Registry");
    case Sku:
        return tr("SKU");
    case Region:
        return tr("Region");
    case DefaultAction:
        return tr("Default action");
    case PublicNetworkAccess:
        return tr("Public access");
    case VirtualNetworkRules:
        return tr("VNet rules");
    case IpRules:
        return tr("IP rules");
    case PrivateEndpoints:
        return tr("Private endpoints");
    case TrustedServices:
        return tr("Trusted services");
    case ResourceGroup:
        return tr("Resource group");
    case Subscription:
        return tr("Subscription");
    default:
        return {};
    }
}

QStringList RegistryTableModel::searchTerms(const Registry &r)
{
    // What the filter matches besides names: the SKU, the default action and public access, both as Azure spells
    // them and as this app shows them in the user's language ("premium deny", "premium denegar").
    const bool deny = r.networkRuleSet && r.networkRuleSet->defaultAction == NetworkRuleSet::DefaultAction::Deny;
    const bool publicOn = r.isPublicNetworkAccessEnabled();
    return {r.sku,
            deny ? QStringLiteral("Deny") : QStringLiteral("Allow"),
            deny ? tr("Deny") : tr("Allow"),
            publicOn ? QStringLiteral("Enabled") : QStringLiteral("Disabled"),
            publicOn ? tr("Enabled") : tr("Disabled"),
            publicOn ? tr("public access on") : tr("public access off")};
}

QList<InventoryRow> RegistryTableModel::rowsFor(const ListedSubscription &scope, const SubscriptionInventory &inv) const
{
    QList<InventoryRow> rows;
    const QString sub = inv.subscription.subscriptionId.toLower();
    for (const Registry &reg : inv.registries) {
        InventoryRow r;
        r.key = reg.id.key();
        r.subscriptionId = sub;
        r.subscriptionName = inv.subscription.displayName;
        r.region = reg.location;
        r.registry = std::make_shared<const Registry>(reg);
        r.scopes = baseScopes(scope, reg.id) << r.key;
        r.search =
            searchKey(QStringList{reg.name, reg.id.toString(), reg.location, reg.loginServer} + searchTerms(reg));
        rows.append(r);
    }
    return rows;
}

QVariant RegistryTableModel::cell(const InventoryRow &row, int column, int role) const
{
    const Registry &r = *row.registry;
    const bool hasRules = r.networkRuleSet.has_value();
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole || role == SortRole) {
        const bool sort = role == SortRole;
        switch (column) {
        case Name:
            return QVariant(r.name);
        case Sku:
            return r.sku;
        case Region:
            return r.location;
        case DefaultAction:
            if (!hasRules)
                return sort ? QVariant(QString()) : QVariant(tr("Allow (fixed)"));
            // In words (the sort key too, so the order follows what is shown); Azure's value in the tooltip.
            return AzureTerms::text(NetworkRuleSet::defaultActionName(r.networkRuleSet->defaultAction));
        case PublicNetworkAccess:
            if (r.publicNetworkAccess.isEmpty())
                return sort ? QVariant(QString()) : QVariant(tr("Enabled"));
            return r.isPublicNetworkAccessEnabled() ? tr("Enabled") : tr("Disabled");
        case VirtualNetworkRules:
            if (!hasRules)
                return sort ? QVariant(-1) : QVariant(QStringLiteral("—"));
            if (!r.networkRuleSet->virtualNetworkRulesPresent)
                return sort ? QVariant(-1) : QVariant(tr("not read"));
            return int(r.networkRuleSet->virtualNetworkRules.size());
        case IpRules:
            if (!hasRules)
                return sort ? QVariant(-1) : QVariant(QStringLiteral("—"));
            return int(r.networkRuleSet->ipRules.size());
        case PrivateEndpoints: {
            int approved = 0;
            for (const PrivateEndpointConnection &c : r.privateEndpointConnections)
                approved += c.isApproved() ? 1 : 0;
            if (sort)
                return approved * 1000 + int(r.privateEndpointConnections.size());
            if (r.privateEndpointConnections.isEmpty())
                return 0;
            return QStringLiteral("%1 / %2").arg(approved).arg(r.privateEndpointConnections.size());
        }
        case TrustedServices:
            return r.networkRuleBypassOptions == QLatin1String("None") ? tr("No") : tr("Yes");
        case ResourceGroup:
            return r.id.resourceGroup();
        case Subscription:
            return QVariant(row.subscriptionName);
        }
    }
    if (role == Qt::DecorationRole && column == Name)
        return StateIcons::icon(QStringLiteral("registry"));
    if (role == Qt::TextAlignmentRole &&
        (column == VirtualNetworkRules || column == IpRules || column == PrivateEndpoints))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        if (column == DefaultAction && !hasRules)
            return tr("Only Premium registries have network rules: this %1 registry is open to all networks.")
                .arg(r.sku);
        if (column == DefaultAction)
            return AzureTerms::tooltip(NetworkRuleSet::defaultActionName(r.networkRuleSet->defaultAction));
        return r.id.toString();
    }
    return {};
}

} // namespace acrnet
