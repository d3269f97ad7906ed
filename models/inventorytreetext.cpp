// How a node of the inventory tree reads: its icon, state badge, search text and tooltip.
#include "app/azure/azureterms.h"
#include "inventorytreemodel.h"
#include "inventorytreenode_p.h"
#include "registrytablemodel.h"

#include <QJsonArray>
#include <QLocale>

namespace acrnet {

QIcon InventoryTreeModel::iconFor(InventoryNodeType type)
{
    switch (type) {
    case InventoryNodeType::Account:
        return StateIcons::icon(QStringLiteral("account"));
    case InventoryNodeType::Tenant:
        return StateIcons::icon(QStringLiteral("tenant"));
    case InventoryNodeType::Subscription:
        return StateIcons::icon(QStringLiteral("subscription"));
    case InventoryNodeType::ResourceGroup:
        return StateIcons::icon(QStringLiteral("resourcegroup"));
    case InventoryNodeType::VirtualNetwork:
        return StateIcons::icon(QStringLiteral("vnet"));
    case InventoryNodeType::Subnet:
        return StateIcons::icon(QStringLiteral("subnet"));
    case InventoryNodeType::Registry:
        return StateIcons::icon(QStringLiteral("registry"));
    }
    return {};
}

// Badge, state and tooltip of a node from its value; also the lower-case text the filter searches.
void InventoryTreeModel::describeSubscriptionNode(Node &n, QStringList &search, QStringList &tip)
{
    const auto s = n.value.value<Subscription>();
    search << s.subscriptionId;
    tip << tr("Subscription %1").arg(s.subscriptionId);
    const QJsonObject info = n.json.object();
    const QJsonArray partial = info.value(QLatin1String("warnings")).toArray();
    if (!n.error.isEmpty()) {
        n.state = StateIcons::State::Error;
        n.badge = tr("could not be loaded");
        tip << n.error;
    } else if (!partial.isEmpty()) {
        n.state = StateIcons::State::Warning;
        n.badge = tr("read in part");
        tip << tr("Read in part — %n item(s) could not be read:", nullptr, int(partial.size()));
        for (const QJsonValue &w : partial)
            tip << QStringLiteral("• ") + w.toString();
    } else if (!s.isEnabled()) {
        n.state = StateIcons::State::Warning;
        n.badge = s.state;
    } else if (info.value(QLatin1String("provider")).toString() == QLatin1String("NotRegistered") ||
               info.value(QLatin1String("provider")).toString() == QLatin1String("Unregistered")) {
        n.state = StateIcons::State::Warning;
        n.badge = tr("provider not registered");
        tip << tr("Microsoft.ContainerRegistry is not registered in this subscription: registry rules that "
                  "point at its subnets are dropped.");
    }
}

void InventoryTreeModel::describeSubnetNode(Node &n, QStringList &search, QStringList &tip)
{
    const auto s = n.value.value<Subnet>();
    search << s.addressPrefixes; // a subnet has no location of its own (its VNet's is on the VNet node)
    const auto ep = s.endpoint(Subnet::acrService());
    if (!ep) {
        n.badge = tr("no ACR endpoint");
    } else if (ep->isSucceeded()) {
        n.state = StateIcons::State::Ok;
        n.badge = tr("ACR endpoint");
    } else if (ep->provisioningState == QLatin1String("Failed")) {
        n.state = StateIcons::State::Error;
        n.badge = tr("ACR endpoint failed");
    } else {
        n.state = StateIcons::State::Busy;
        n.badge = tr("ACR endpoint %1").arg(ep->provisioningState.toLower());
    }
    tip << tr("Address prefixes: %1").arg(s.addressPrefixes.join(QStringLiteral(", ")));
    QStringList services;
    for (const ServiceEndpoint &e : s.serviceEndpoints)
        services << e.service;
    tip << tr("Service endpoints: %1").arg(services.isEmpty() ? tr("none") : services.join(QStringLiteral(", ")));
}

void InventoryTreeModel::describe(Node &n)
{
    describe(n, nullptr);
}

QString InventoryTreeModel::toolTipOf(const Node &n)
{
    // Built when asked (hovering is rare): 20,000 stored tooltips would cost megabytes.
    Node copy;
    copy.type = n.type;
    copy.name = n.name;
    copy.resourceId = n.resourceId;
    copy.value = n.value;
    copy.json = n.json;
    copy.error = n.error;
    QString tip;
    describe(copy, &tip);
    return tip;
}

void InventoryTreeModel::describe(Node &n, QString *toolTipOut)
{
    QStringList search{n.name, n.resourceId};
    QStringList tip{n.name};
    n.state = StateIcons::State::None;
    n.badge.clear();
    if (!n.error.isEmpty() && (n.type == InventoryNodeType::VirtualNetwork || n.type == InventoryNodeType::Registry)) {
        // Listed by the service, but its JSON did not parse: never shown as if it were fine, or absent.
        n.state = StateIcons::State::Error;
        n.badge = tr("unreadable");
        tip << tr("Azure listed this resource, but its data could not be read: %1").arg(n.error);
        tip << tr("What the app shows and audits leaves it out; the subscription counts as read in part.");
        tip << n.resourceId;
        if (toolTipOut)
            *toolTipOut = tip.join(QLatin1Char('\n'));
        n.search = searchKey(search);
        return;
    }
    switch (n.type) {
    case InventoryNodeType::Account:
        tip << tr("Account");
        break;
    case InventoryNodeType::Tenant:
        n.badge = n.resourceId;
        search << n.resourceId;
        tip << tr("Tenant %1").arg(n.resourceId);
        break;
    case InventoryNodeType::Subscription:
        describeSubscriptionNode(n, search, tip);
        break;
    case InventoryNodeType::ResourceGroup:
        n.badge = n.json.value(QLatin1String("location")).toString();
        tip << tr("Resource group");
        break;
    case InventoryNodeType::VirtualNetwork: {
        const auto v = n.value.value<VirtualNetwork>();
        search << v.location << v.addressPrefixes;
        n.badge = v.addressPrefixes.join(QStringLiteral(", "));
        tip << tr("Virtual network in %1").arg(v.location) << tr("Address space: %1").arg(n.badge);
        break;
    }
    case InventoryNodeType::Subnet:
        describeSubnetNode(n, search, tip);
        break;
    case InventoryNodeType::Registry: {
        const auto r = n.value.value<Registry>();
        search << r.location << r.loginServer << RegistryTableModel::searchTerms(r);
        QStringList parts{r.sku};
        if (!r.isPublicNetworkAccessEnabled())
            parts << tr("public access off");
        else if (r.networkRuleSet)
            parts << AzureTerms::text(NetworkRuleSet::defaultActionName(r.networkRuleSet->defaultAction));
        n.badge = parts.join(QStringLiteral(" · "));
        tip << tr("Container registry %1 in %2").arg(r.loginServer, r.location);
        if (r.networkRuleSet)
            tip << tr("%n VNet rule(s)", nullptr, int(r.networkRuleSet->virtualNetworkRules.size()))
                << tr("%n IP rule(s)", nullptr, int(r.networkRuleSet->ipRules.size()));
        if (!r.privateEndpointConnections.isEmpty())
            tip << tr("%n private endpoint connection(s)", nullptr, int(r.privateEndpointConnections.size()));
        break;
    }
    }
    if (!n.resourceId.isEmpty() && n.type != InventoryNodeType::Tenant)
        tip << n.resourceId;
    if (toolTipOut)
        *toolTipOut = tip.join(QLatin1Char('\n'));
    n.search = searchKey(search);
}

} // namespace acrnet
