#include "accessloss.h"
#include "app/azure/resourceid.h"

namespace acrnet {

namespace {

// Anyone on the internet gets through: public endpoint on, default action Allow.
bool openToAll(const RegistryNetworkConfig &c)
{
    return c.publicNetworkAccess && c.rules.defaultAction == NetworkRuleSet::DefaultAction::Allow;
}

} // namespace

QList<AccessLoss> AccessLossReport::between(const Registry &registry, const RegistryNetworkConfig &before,
                                            const RegistryNetworkConfig &after)
{
    if (openToAll(after) || !registry.isPremium()) // open afterwards; below Premium, rules do not apply at all
        return {};
    QList<AccessLoss> out;
    if (openToAll(before))
        out << internetCutOff(after);
    if (before.publicNetworkAccess && !after.publicNetworkAccess)
        out << publicEndpointClosed(registry, before);
    else if (!openToAll(before) && after.publicNetworkAccess)
        out << rulesRemoved(before, after);
    // Trusted services got in before (everyone did, or the bypass let them); without the bypass they no longer do.
    if ((openToAll(before) || before.trustedServices) && !after.trustedServices)
        out << AccessLoss{tr("Trusted Azure services (Microsoft Defender for Cloud's image scanning, ACR Tasks, Azure "
                             "Machine Learning and the like)"),
                          tr("the trusted-services bypass is off, so the network rules apply to them too"),
                          tr("turn \"Allow trusted Azure services\" back on")};
    return out;
}

QList<AccessLoss> AccessLossReport::internetCutOff(const RegistryNetworkConfig &after)
{
    const int ipRules = int(after.rules.ipRules.size());
    const QString unlessListed =
        ipRules == 0 ? tr("no IP rule lets their outbound addresses in")
                     : tr("they get in only if their outbound addresses are among the %n IP rule(s)", nullptr, ipRules);
    return {AccessLoss{tr("Azure DevOps hosted agents, GitHub-hosted runners and other services without a fixed "
                          "address"),
                       tr("their outbound addresses change and are not in any rule"),
                       tr("run a self-hosted agent in an allowed subnet, or behind a NAT gateway whose address is an "
                          "IP rule")},
            AccessLoss{tr("Azure Container Instances and App Service"),
                       tr("they cannot use a registry service endpoint, and %1").arg(unlessListed),
                       tr("add their outbound addresses as IP rules, or pull through a private endpoint")},
            AccessLoss{tr("Every other machine on the internet (developers' laptops, other clouds)"),
                       tr("only the listed networks and addresses get through"),
                       tr("add an IP rule for its public address (or its NAT gateway's)")}};
}

QList<AccessLoss> AccessLossReport::publicEndpointClosed(const Registry &registry, const RegistryNetworkConfig &before)
{
    QList<AccessLoss> out;
    const bool privateLink =
        std::any_of(registry.privateEndpointConnections.cbegin(), registry.privateEndpointConnections.cend(),
                    [](const PrivateEndpointConnection &c) { return c.isApproved(); });
    if (!privateLink)
        out << AccessLoss{tr("Every client"),
                          tr("public access is off and the registry has no approved private endpoint"),
                          tr("add a private endpoint first, or keep public access on")};
    else
        out << AccessLoss{tr("Listing repositories and tags from outside the virtual network (the portal, az acr "
                             "repository list)"),
                          tr("with public access off, only the private endpoint answers"),
                          tr("run them from a machine inside the network, or over a VPN or ExpressRoute to it")};
    const int subnets = int(before.rules.virtualNetworkRules.size());
    const int ips = int(before.rules.ipRules.size());
    if (!openToAll(before) && subnets + ips > 0)
        out << AccessLoss{tr("The %n subnet(s) and address range(s) the rules allowed", nullptr, subnets + ips),
                          tr("network rules act only on the public endpoint"),
                          tr("reach the registry through its private endpoint from those networks")};
    return out;
}

QList<AccessLoss> AccessLossReport::rulesRemoved(const RegistryNetworkConfig &before,
                                                 const RegistryNetworkConfig &after)
{
    QList<AccessLoss> out;
    const RegistryChangeDiff diff = RegistryChangeDiff::between(before, after);
    for (const QString &subnetId : diff.removedSubnets) {
        const ResourceId id = ResourceId::parse(subnetId);
        const QString name = id.isValid() ? id.parent().name() + QLatin1Char('/') + id.name() : subnetId;
        out << AccessLoss{tr("Hosts in subnet %1").arg(name), tr("its VNet rule is removed"),
                          tr("keep the rule, or reach the registry through a private endpoint")};
    }
    for (const QString &ip : diff.removedIps)
        out << AccessLoss{tr("Callers from %1").arg(ip), tr("its IP rule is removed"), tr("keep the rule")};
    return out;
}

QString AccessLossReport::text(const QList<AccessLoss> &losses)
{
    QStringList lines;
    for (const AccessLoss &l : losses)
        lines << tr("• %1 — %2. Way forward: %3.").arg(l.who, l.why, l.wayForward);
    return lines.join(QLatin1Char('\n'));
}

} // namespace acrnet
