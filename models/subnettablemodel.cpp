#include "subnettablemodel.h"
#include "app/azure/azureterms.h"
#include "app/azure/subnethosts.h"
#include "stateicons.h"

namespace acrnet {

namespace {

qulonglong prefixSortKey(const QString &prefix)
{
    const QStringList parts = prefix.section(QLatin1Char('/'), 0, 0).split(QLatin1Char('.'));
    if (parts.size() != 4)
        return ~0ULL;
    qulonglong address = 0;
    for (const QString &p : parts)
        address = address * 256 + p.toUInt();
    return address * 64 + prefix.section(QLatin1Char('/'), 1, 1).toUInt();
}

} // namespace

int SubnetTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Count;
}

QVariant SubnetTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Subnet");
    case VirtualNetwork:
        return tr("Virtual network");
    case AddressPrefixes:
        return tr("Address prefixes");
    case ServiceEndpoints:
        return tr("Service endpoints");
    case AcrEndpoint:
        return tr("ACR endpoint");
    case Hosts:
        return tr("Hosts");
    case Region:
        return tr("Region");
    case Subscription:
        return tr("Subscription");
    default:
        return {};
    }
}

QString SubnetTableModel::acrEndpointState(const Subnet &subnet)
{
    const auto ep = subnet.endpoint(Subnet::acrService());
    if (!ep)
        return {};
    return ep->provisioningState.isEmpty() ? QStringLiteral("Succeeded") : ep->provisioningState;
}

QList<InventoryRow> SubnetTableModel::rowsFor(const ListedSubscription &scope, const SubscriptionInventory &inv) const
{
    QList<InventoryRow> rows;
    const QString sub = inv.subscription.subscriptionId.toLower();
    for (const acrnet::VirtualNetwork &v : inv.virtualNetworks) {
        const QStringList base = baseScopes(scope, v.id) << v.id.key();
        for (const Subnet &s : v.subnets) {
            InventoryRow r;
            r.key = s.id.key();
            r.subscriptionId = sub;
            r.subscriptionName = inv.subscription.displayName;
            r.vnetName = v.name;
            r.region = v.location;
            r.subnet = std::make_shared<const Subnet>(s);
            r.scopes = base;
            r.scopes << r.key;
            QStringList services;
            for (const ServiceEndpoint &e : s.serviceEndpoints)
                services << e.service;
            r.search = searchKey({s.name, s.id.toString(), v.name, v.location, s.addressPrefixes.join(QLatin1Char(' ')),
                                  services.join(QLatin1Char(' '))});
            rows.append(r);
        }
    }
    return rows;
}

QVariant SubnetTableModel::cell(const InventoryRow &r, int column, int role) const
{
    const Subnet &s = *r.subnet;
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole || role == SortRole) {
        switch (column) {
        case Name:
            return s.name;
        case VirtualNetwork:
            return r.vnetName;
        case AddressPrefixes:
            if (role == SortRole) // by network address, not as text: 10.2.0.0 before 10.10.0.0
                return prefixSortKey(s.addressPrefixes.value(0));
            return s.addressPrefixes.join(QStringLiteral(", "));
        case ServiceEndpoints: {
            QStringList services;
            for (const ServiceEndpoint &e : s.serviceEndpoints)
                services << e.service;
            return services.isEmpty() && role != SortRole ? tr("none") : services.join(QStringLiteral(", "));
        }
        case AcrEndpoint: {
            const QString state = acrEndpointState(s);
            if (role == SortRole) // enabled first, then in progress, then missing
                return state == QLatin1String("Succeeded") ? 0 : state.isEmpty() ? 2 : 1;
            if (state.isEmpty())
                return tr("missing");
            return state == QLatin1String("Succeeded") ? tr("enabled") : AzureTerms::text(state);
        }
        case Hosts:
            return SubnetHosts::describe(s);
        case Region:
            return r.region;
        case Subscription:
            return r.subscriptionName;
        }
    }
    if (column == Hosts && !s.occupyingService().isEmpty()) {
        if (role == Qt::DecorationRole)
            return StateIcons::icon(StateIcons::State::Warning);
        if (role == Qt::ToolTipRole)
            return SubnetHosts::whyCannotUseEndpoint(s);
    }
    if (role == Qt::DecorationRole && column == AcrEndpoint) {
        const QString state = acrEndpointState(s);
        if (state.isEmpty())
            return {};
        return StateIcons::icon(state == QLatin1String("Succeeded") ? StateIcons::State::Ok
                                : state == QLatin1String("Failed")  ? StateIcons::State::Error
                                                                    : StateIcons::State::Busy);
    }
    if (role == Qt::DecorationRole && column == Name)
        return StateIcons::icon(QStringLiteral("subnet"));
    if (role == Qt::ToolTipRole)
        return s.id.toString();
    return {};
}

} // namespace acrnet
