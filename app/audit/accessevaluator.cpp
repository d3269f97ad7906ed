#include "accessevaluator.h"
#include "app/azure/iprange.h"

namespace acrnet {

namespace {

bool isOpen(const Registry &r)
{
    return !r.networkRuleSet || r.networkRuleSet->defaultAction == NetworkRuleSet::DefaultAction::Allow;
}

} // namespace

QString AccessEvaluator::resultText(AccessDecision::Result result)
{
    switch (result) {
    case AccessDecision::Result::AllowedByRule:
        return tr("allowed by a rule");
    case AccessDecision::Result::AllowedOpen:
        return tr("allowed: open to all networks");
    case AccessDecision::Result::Denied:
        return tr("denied");
    case AccessDecision::Result::RuleIneffective:
        return tr("denied: a rule exists but has no effect");
    }
    return {};
}

RuleCheck AccessEvaluator::checkRule(const QString &subnetId, const InventorySnapshot &inv)
{
    RuleCheck c;
    const ResourceId id = ResourceId::parse(subnetId);
    const QString sub = id.subscriptionId().toLower();
    c.subscriptionLoaded = inv.isLoaded(sub);
    if (c.subscriptionLoaded)
        c.providerRegistered = inv.providers.value(sub).isRegistered();
    const auto subnet = inv.subnets.constFind(id.key());
    if (subnet == inv.subnets.constEnd())
        return c;
    c.subnet = &*subnet;
    if (const auto endpoint = subnet->endpoint(Subnet::acrService()))
        c.endpointState = endpoint->isSucceeded() ? QStringLiteral("Succeeded") : endpoint->provisioningState;
    return c;
}

AccessDecision AccessEvaluator::fromSubnet(const Registry &r, const QString &subnetId, const InventorySnapshot &inv)
{
    AccessDecision d;
    if (!r.isPublicNetworkAccessEnabled()) {
        d.result = AccessDecision::Result::Denied;
        d.reasons << tr("Public network access is disabled: only private endpoints reach %1.").arg(r.name);
        return d;
    }
    if (!r.isPremium()) {
        d.result = AccessDecision::Result::AllowedOpen;
        d.reasons << tr("%1 is a %2 registry: it cannot restrict network access.").arg(r.name, r.sku);
        return d;
    }
    if (isOpen(r)) {
        d.result = AccessDecision::Result::AllowedOpen;
        d.reasons << tr("The default action is Allow: every network can reach %1.").arg(r.name);
        return d;
    }
    d.reasons << tr("The default action is Deny: only the rules let traffic in.");
    const RuleCheck check = checkRule(subnetId, inv);
    const bool ruled = std::any_of(
        r.networkRuleSet->virtualNetworkRules.cbegin(), r.networkRuleSet->virtualNetworkRules.cend(),
        [&](const VirtualNetworkRule &rule) { return rule.subnetId.compare(subnetId, Qt::CaseInsensitive) == 0; });
    if (ruled) {
        d.reasons << tr("A VNet rule names this subnet.");
        if (!check.providerRegistered) {
            d.result = AccessDecision::Result::RuleIneffective;
            d.reasons << tr("Microsoft.ContainerRegistry is not registered in the subnet's subscription: the service "
                            "drops such a rule.");
            return d;
        }
        if (!check.endpointReady()) {
            d.result = AccessDecision::Result::RuleIneffective;
            if (!check.subnet)
                d.reasons << tr("The subnet does not exist (or is not visible): the rule grants nothing.");
            else if (!check.hasEndpoint())
                d.reasons << tr("The subnet has no Microsoft.ContainerRegistry service endpoint: its traffic does "
                                "not carry the subnet's identity, so the rule grants nothing.");
            else
                d.reasons << tr("The subnet's Microsoft.ContainerRegistry endpoint is %1, not Succeeded: until it "
                                "succeeds, the rule grants nothing.")
                                 .arg(check.endpointState);
            return d;
        }
        d.result = AccessDecision::Result::AllowedByRule;
        d.reasons << tr("The subnet's Microsoft.ContainerRegistry endpoint carries its identity to the registry.");
        return d;
    }
    d.result = AccessDecision::Result::Denied;
    d.reasons << tr("No VNet rule names this subnet.");
    if (check.endpointReady())
        d.reasons << tr("With the endpoint, its traffic arrives from a private address, which no IP rule matches.");
    else
        d.reasons << tr("Without the endpoint, its traffic leaves through a public address; it is allowed only if an "
                        "IP rule covers that address.");
    return d;
}

AccessDecision AccessEvaluator::fromAddress(const Registry &r, const QString &address)
{
    AccessDecision d;
    QString error;
    const auto addr = IpRange::parseAddress(address.trimmed());
    if (!r.isPublicNetworkAccessEnabled()) {
        d.reasons << tr("Public network access is disabled: only private endpoints reach %1.").arg(r.name);
        return d;
    }
    if (!r.isPremium() || isOpen(r)) {
        d.result = AccessDecision::Result::AllowedOpen;
        d.reasons << (r.isPremium() ? tr("The default action is Allow: every network can reach %1.").arg(r.name)
                                    : tr("%1 is a %2 registry: it cannot restrict network access.").arg(r.name, r.sku));
        return d;
    }
    d.reasons << tr("The default action is Deny: only the rules let traffic in.");
    if (!addr) {
        d.reasons << tr("'%1' is not an IPv4 address.").arg(address);
        return d;
    }
    for (const IpRule &rule : r.networkRuleSet->ipRules) {
        const auto range = IpRange::parse(rule.value, &error);
        if (range && range->contains(*addr)) {
            if (range->isPrivate()) {
                d.result = AccessDecision::Result::RuleIneffective;
                d.reasons << tr("IP rule %1 covers it, but it is a private range, never seen on the public endpoint.")
                                 .arg(rule.value);
                return d;
            }
            d.result = AccessDecision::Result::AllowedByRule;
            d.reasons << tr("IP rule %1 covers %2.").arg(rule.value, address);
            return d;
        }
    }
    d.reasons << tr("No IP rule covers %1.").arg(address);
    return d;
}

QStringList AccessEvaluator::summary(const Registry &r, const InventorySnapshot &inv)
{
    QStringList out;
    if (!r.isPublicNetworkAccessEnabled()) {
        out << tr("Only private endpoints: public network access is disabled.");
    } else if (!r.isPremium() || isOpen(r)) {
        out << tr("All networks: %1.")
                   .arg(r.isPremium() ? tr("the default action is Allow")
                                      : tr("the %1 SKU cannot restrict access").arg(r.sku));
    } else {
        QStringList subnets, ineffective;
        for (const VirtualNetworkRule &rule : r.networkRuleSet->virtualNetworkRules) {
            const AccessDecision d = fromSubnet(r, rule.subnetId, inv);
            const QString name = rule.subnetId.section(QLatin1Char('/'), -3, -3) + QLatin1Char('/') +
                                 rule.subnetId.section(QLatin1Char('/'), -1);
            (d.result == AccessDecision::Result::AllowedByRule ? subnets : ineffective) << name;
        }
        QStringList ranges;
        for (const IpRule &rule : r.networkRuleSet->ipRules)
            ranges << rule.value;
        if (!subnets.isEmpty())
            out << tr("These subnets, through their service endpoint: %1.").arg(subnets.join(QStringLiteral(", ")));
        if (!ranges.isEmpty())
            out << tr("These address ranges: %1.").arg(ranges.join(QStringLiteral(", ")));
        if (!ineffective.isEmpty())
            out << tr("Rules that grant nothing: %1.").arg(ineffective.join(QStringLiteral(", ")));
        if (subnets.isEmpty() && ranges.isEmpty())
            out << tr("No network: the default action is Deny and no rule lets anything in.");
        out << tr("Everything else is blocked.");
    }
    int approved = 0;
    for (const PrivateEndpointConnection &c : r.privateEndpointConnections)
        approved += c.isApproved() ? 1 : 0;
    if (approved > 0)
        out << tr("%n approved private endpoint(s).", nullptr, approved);
    if (r.networkRuleBypassOptions != QLatin1String("None") && r.isPremium())
        out << tr("Trusted Azure services, which bypass the rules.");
    return out;
}

} // namespace acrnet
