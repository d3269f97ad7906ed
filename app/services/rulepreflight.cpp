#include "rulepreflight.h"
#include "app/azure/iprange.h"
#include "app/azure/subnethosts.h"

namespace acrnet {

namespace {

PreflightIssue blocker(const QString &code, const QString &text, const QString &fixText,
                       PreflightIssue::Fix fix = PreflightIssue::Fix::None, const QString &target = {})
{
    return {PreflightIssue::Severity::Blocker, code, text, fixText, fix, target};
}

PreflightIssue warning(const QString &code, const QString &text, const QString &fixText = {})
{
    return {PreflightIssue::Severity::Warning, code, text, fixText, PreflightIssue::Fix::None, {}};
}

} // namespace

bool RulePreflight::hasBlockers(const QList<PreflightIssue> &issues)
{
    return std::any_of(issues.cbegin(), issues.cend(), [](const PreflightIssue &i) { return i.isBlocker(); });
}

QList<PreflightIssue> RulePreflight::checkIpRules(const QList<IpRule> &rules)
{
    QList<PreflightIssue> out;
    QList<QPair<QString, IpRange>> parsed;
    for (const IpRule &rule : rules) {
        QString error;
        const auto range = IpRange::parse(rule.value, &error);
        if (!range) {
            out << blocker(QStringLiteral("InvalidIpRule"), error, tr("Correct or remove the rule."));
            continue;
        }
        for (const auto &[text, other] : std::as_const(parsed)) {
            if (other == *range)
                out << blocker(QStringLiteral("DuplicateIpRule"),
                               tr("%1 is the same range as %2.").arg(rule.value, text), tr("Remove one of them."));
            else if (other.overlaps(*range))
                out << warning(QStringLiteral("OverlappingIpRules"),
                               tr("%1 overlaps %2: one of them is redundant.").arg(rule.value, text));
        }
        if (range->isPrivate())
            out << warning(QStringLiteral("PrivateIpRule"),
                           tr("%1 is a private range: the registry's public endpoint never sees such a source "
                              "address, so this rule matches nothing. Use the public address your traffic leaves "
                              "from, or a VNet rule.")
                               .arg(rule.value));
        else if (range->isBroad())
            out << warning(QStringLiteral("BroadIpRule"),
                           tr("%1 allows %2 addresses — is that intended?")
                               .arg(rule.value)
                               .arg(QLocale().toString(qulonglong(range->last() - range->network()) + 1)));
        parsed.append({rule.value, *range});
    }
    return out;
}

QList<PreflightIssue> RulePreflight::checkAddedSubnet(const QString &subnetId, const InventorySnapshot &inventory)
{
    QList<PreflightIssue> out;
    QString error;
    const ResourceId id = ResourceId::parseSubnet(subnetId, &error);
    if (!id.isValid()) {
        out << blocker(QStringLiteral("NotASubnet"), error, tr("Pick the subnet from the list."));
        return out;
    }
    const QString sub = id.subscriptionId().toLower();
    if (!inventory.isLoaded(sub)) {
        out << warning(QStringLiteral("SubnetNotVisible"),
                       tr("The subscription of %1 is not loaded: its provider registration and the subnet's "
                          "endpoint cannot be checked.")
                           .arg(id.name()));
        return out;
    }
    const ProviderRegistration provider = inventory.providers.value(sub);
    if (!provider.isRegistered())
        out << blocker(QStringLiteral("ProviderNotRegistered"),
                       tr("Microsoft.ContainerRegistry is not registered in subscription %1, where %2 lives: the "
                          "service would accept the rule and then drop it.")
                           .arg(inventory.subscriptions.value(sub).displayName, id.name()),
                       tr("Register the provider in that subscription first."), PreflightIssue::Fix::RegisterProvider,
                       id.subscriptionId());
    const auto subnet = inventory.subnets.constFind(id.key());
    if (subnet == inventory.subnets.constEnd()) {
        out << blocker(QStringLiteral("SubnetNotFound"), tr("%1 does not exist (or was deleted).").arg(subnetId),
                       tr("Pick an existing subnet."));
        return out;
    }
    const auto endpoint = subnet->endpoint(Subnet::acrService());
    if (!endpoint)
        out << blocker(
            QStringLiteral("EndpointMissing"),
            tr("%1 has no Microsoft.ContainerRegistry service endpoint: the rule would grant nothing.").arg(id.name()),
            tr("Enable the endpoint on the subnet first."), PreflightIssue::Fix::EnableEndpoint, subnetId);
    else if (!endpoint->isSucceeded())
        out << blocker(
            QStringLiteral("EndpointNotReady"),
            tr("The Microsoft.ContainerRegistry endpoint of %1 is %2.").arg(id.name(), endpoint->provisioningState),
            tr("Wait until it is Succeeded, then refresh."), PreflightIssue::Fix::Wait, subnetId);
    if (!subnet->occupyingService().isEmpty())
        out << warning(QStringLiteral("SubnetUsedByService"), SubnetHosts::whyCannotUseEndpoint(*subnet),
                       tr("Give %1 access through a private endpoint, or an IP rule for its outbound address.")
                           .arg(SubnetHosts::serviceName(subnet->occupyingService())));
    return out;
}

QList<PreflightIssue> RulePreflight::check(const Registry &registry, const RegistryNetworkConfig &before,
                                           const RegistryNetworkConfig &after, const Cloud &cloud,
                                           const InventorySnapshot &inventory, int vnetRuleLimit)
{
    QList<PreflightIssue> out;
    const RegistryChangeDiff diff = RegistryChangeDiff::between(before, after);
    const bool restrictive = after.rules.defaultAction == NetworkRuleSet::DefaultAction::Deny ||
                             !after.rules.virtualNetworkRules.isEmpty() || !after.rules.ipRules.isEmpty();
    if (restrictive && !registry.isPremium())
        out << blocker(QStringLiteral("NotPremium"),
                       tr("%1 is a %2 registry: network rules and the Deny default action need the Premium SKU.")
                           .arg(registry.name, registry.sku),
                       tr("Upgrade the registry to Premium (az acr update --name %1 --sku Premium), then try again.")
                           .arg(registry.name));
    if (!diff.addedSubnets.isEmpty() && !cloud.supportsRegistryServiceEndpoints())
        out << blocker(QStringLiteral("NotInThisCloud"),
                       tr("Registry service endpoints are not available in %1.").arg(cloud.displayName()),
                       tr("Use a private endpoint instead."));
    if (after.rules.virtualNetworkRules.size() > vnetRuleLimit)
        out << blocker(QStringLiteral("TooManyVirtualNetworkRules"),
                       tr("%1 VNet rules: a registry can have at most %2.")
                           .arg(after.rules.virtualNetworkRules.size())
                           .arg(vnetRuleLimit),
                       tr("Remove rules, or use a larger subnet that covers several of them."));
    if (after.rules.ipRules.size() > ipRuleLimit())
        out << blocker(
            QStringLiteral("TooManyIpRules"),
            tr("%1 IP rules: a registry can have at most %2.").arg(after.rules.ipRules.size()).arg(ipRuleLimit()),
            tr("Remove rules, or merge neighbouring addresses into one CIDR range."));
    if (!diff.addedSubnets.isEmpty() && !registry.privateEndpointConnections.isEmpty())
        out << blocker(QStringLiteral("PrivateEndpointConflict"),
                       tr("%1 has %n private endpoint connection(s); service-endpoint rules and Private Link cannot "
                          "be combined on one registry.",
                          nullptr, int(registry.privateEndpointConnections.size()))
                           .arg(registry.name),
                       tr("Reach the registry through its private endpoint instead, or remove the private endpoint "
                          "connections first."));
    QSet<QString> seen;
    for (const VirtualNetworkRule &rule : after.rules.virtualNetworkRules) {
        if (seen.contains(rule.subnetId.toLower()))
            out << blocker(QStringLiteral("DuplicateVirtualNetworkRule"), tr("%1 is listed twice.").arg(rule.subnetId),
                           tr("Remove one of them."));
        seen.insert(rule.subnetId.toLower());
    }
    for (const QString &subnetId : diff.addedSubnets)
        out << checkAddedSubnet(subnetId, inventory);
    out << checkIpRules(after.rules.ipRules);
    if (registry.isPremium() && after.publicNetworkAccess &&
        after.rules.defaultAction == NetworkRuleSet::DefaultAction::Deny && after.rules.virtualNetworkRules.isEmpty() &&
        after.rules.ipRules.isEmpty())
        out << warning(QStringLiteral("NobodyCanPull"),
                       tr("Deny without any rule: no network will be able to pull%1.")
                           .arg(after.trustedServices ? tr(" (except trusted Azure services)") : QString()));
    return out;
}

} // namespace acrnet
