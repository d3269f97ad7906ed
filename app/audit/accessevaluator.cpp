#include "accessevaluator.h"
#include "app/azure/azureterms.h"
#include "app/azure/iprange.h"
#include "app/azure/subnethosts.h"

#include <algorithm>
#include <vector>

namespace acrnet {

namespace {

bool isOpen(const Registry &r)
{
    return !r.networkRuleSet || r.networkRuleSet->defaultAction == NetworkRuleSet::DefaultAction::Allow;
}

// Whether `ranges` together with the blocks that are never a public source address cover all of IPv4.
bool coverEveryPublicAddress(const QList<IpRange> &ranges)
{
    static const char *const nonPublic[] = {"0.0.0.0/8",      "10.0.0.0/8",     "100.64.0.0/10",
                                            "127.0.0.0/8",    "169.254.0.0/16", "172.16.0.0/12",
                                            "192.168.0.0/16", "224.0.0.0/4",    "240.0.0.0/4"};
    std::vector<std::pair<quint64, quint64>> spans;
    for (const IpRange &r : ranges)
        spans.emplace_back(r.network(), r.last());
    for (const char *text : nonPublic) {
        QString error;
        const auto r = IpRange::parse(QLatin1String(text), &error);
        spans.emplace_back(r->network(), r->last());
    }
    std::sort(spans.begin(), spans.end());
    quint64 next = 0; // the first address not covered yet
    for (const auto &[first, last] : spans) {
        if (first > next)
            return false;
        next = std::max(next, last + 1);
    }
    return next > 0xffffffffull;
}

// Whether [first, last] is covered by the union of `ranges`.
bool covered(quint64 first, quint64 last, const QList<IpRange> &ranges)
{
    std::vector<std::pair<quint64, quint64>> spans;
    for (const IpRange &r : ranges)
        spans.emplace_back(r.network(), r.last());
    std::sort(spans.begin(), spans.end());
    quint64 next = first;
    for (const auto &[a, b] : spans) {
        if (a > next)
            break;
        next = std::max(next, quint64(b) + 1);
    }
    return next > last;
}

QList<IpRange> publicRuleRanges(const Registry &r)
{
    QList<IpRange> out;
    for (const IpRule &rule : r.networkRuleSet ? r.networkRuleSet->ipRules : QList<IpRule>()) {
        QString error;
        const auto range = IpRange::parse(rule.value, &error);
        if (range && !range->isPrivate())
            out << *range;
    }
    return out;
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
    case AccessDecision::Result::DependsOnEgress:
        return tr("depends on the public address its traffic leaves from");
    case AccessDecision::Result::InvalidInput:
        return tr("invalid input");
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
    c.occupiedBy = subnet->occupyingService();
    if (const auto endpoint = subnet->endpoint(Subnet::acrService()))
        c.endpointState = endpoint->isSucceeded() ? QStringLiteral("Succeeded") : endpoint->provisioningState;
    return c;
}

QString AccessEvaluator::whyRuleGrantsNothing(const QString &subnetId, const InventorySnapshot &inv)
{
    const RuleCheck check = checkRule(subnetId, inv);
    if (!check.subscriptionLoaded || check.grants())
        return {}; // granting, or not knowable from what is loaded
    if (!check.providerRegistered)
        return tr("Microsoft.ContainerRegistry is not registered in its subscription");
    if (!check.subnet)
        return tr("the subnet does not exist");
    if (!check.hasEndpoint())
        return tr("the subnet has no ACR service endpoint");
    if (!check.endpointReady())
        return tr("the subnet's ACR endpoint is %1").arg(AzureTerms::text(check.endpointState));
    return tr("its hosts belong to %1, which cannot use a service endpoint")
        .arg(SubnetHosts::serviceName(check.occupiedBy));
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
        if (check.grants()) {
            d.result = AccessDecision::Result::AllowedByRule;
            d.reasons << tr("The subnet's Microsoft.ContainerRegistry endpoint carries its identity to the registry.");
            return d;
        }
        if (!check.providerRegistered)
            d.reasons << tr("Microsoft.ContainerRegistry is not registered in the subnet's subscription: the service "
                            "drops such a rule.");
        else if (!check.subnet)
            d.reasons << tr("The subnet does not exist (or is not visible): the rule grants nothing.");
        else if (!check.hasEndpoint())
            d.reasons << tr("The subnet has no Microsoft.ContainerRegistry service endpoint: its traffic does not "
                            "carry the subnet's identity, so the rule grants nothing.");
        else if (!check.endpointReady())
            d.reasons << tr("The subnet's Microsoft.ContainerRegistry endpoint is %1, not Succeeded: until it "
                            "succeeds, the rule grants nothing.")
                             .arg(check.endpointState);
        else if (!check.endpointUsable())
            d.reasons << SubnetHosts::whyCannotUseEndpoint(*check.subnet);
    } else {
        d.reasons << tr("No VNet rule names this subnet.");
    }
    if (check.endpointUsable()) {
        d.result = ruled ? AccessDecision::Result::RuleIneffective : AccessDecision::Result::Denied;
        d.reasons << tr("With the endpoint, its traffic arrives from a private address, which no IP rule matches.");
        return d;
    }
    // Without the endpoint the traffic leaves through a public address: the IP rules decide.
    const NatGateway *nat = nullptr;
    if (check.subnet && !check.subnet->natGatewayId.isEmpty()) {
        const auto found = inv.natGateways.constFind(check.subnet->natGatewayId.toLower());
        nat = found == inv.natGateways.constEnd() ? nullptr : &*found;
    }
    AccessDecision egress;
    if (nat && nat->isKnown()) {
        d.reasons << tr("Without the endpoint, its traffic leaves through NAT gateway %1 (%2).")
                         .arg(nat->name, nat->publicRanges.join(QStringLiteral(", ")));
        egress = fromPublicRanges(r, nat->publicRanges);
    } else {
        if (check.subnet && !check.subnet->natGatewayId.isEmpty())
            d.reasons << tr("Without the endpoint, its traffic leaves through NAT gateway %1, whose addresses are "
                            "unknown: %2.")
                             .arg(check.subnet->natGatewayId.section(QLatin1Char('/'), -1),
                                  nat ? nat->error : tr("not read"));
        else
            d.reasons << tr("Without the endpoint, its traffic leaves through a public address.");
        egress = fromUnknownPublicAddress(r);
    }
    d.reasons << egress.reasons.mid(1); // its first line repeats the default action
    d.allowingRanges = egress.allowingRanges;
    d.result = egress.result == AccessDecision::Result::Denied && ruled ? AccessDecision::Result::RuleIneffective
                                                                        : egress.result;
    return d;
}

AccessDecision AccessEvaluator::fromUnknownPublicAddress(const Registry &r)
{
    if (!r.isPublicNetworkAccessEnabled() || !r.isPremium() || isOpen(r))
        return fromAddress(r, QStringLiteral("8.8.8.8")); // any public address: the same answer for all
    AccessDecision d;
    d.reasons << tr("The default action is Deny: only the rules let traffic in.");
    QList<IpRange> publicRanges;
    for (const IpRule &rule : r.networkRuleSet ? r.networkRuleSet->ipRules : QList<IpRule>()) {
        QString error;
        const auto range = IpRange::parse(rule.value, &error);
        if (range && !range->isPrivate())
            publicRanges << *range;
    }
    if (publicRanges.isEmpty()) {
        d.result = AccessDecision::Result::Denied;
        d.reasons << tr("No IP rule can match a public address: denied whatever address it leaves from.");
        return d;
    }
    QStringList texts;
    for (const IpRange &range : std::as_const(publicRanges))
        texts << range.text();
    if (coverEveryPublicAddress(publicRanges)) {
        d.result = AccessDecision::Result::AllowedByRule;
        d.reasons << tr("The IP rules (%1) cover every public address: allowed whatever address it leaves from.")
                         .arg(texts.join(QStringLiteral(", ")));
        return d;
    }
    d.result = AccessDecision::Result::DependsOnEgress;
    d.allowingRanges = texts;
    d.reasons << tr("Allowed only if the public address it leaves from is in %1; denied from any other.")
                     .arg(texts.join(QStringLiteral(", ")));
    return d;
}

AccessDecision AccessEvaluator::fromPublicRanges(const Registry &r, const QStringList &egressRanges)
{
    if (!r.isPublicNetworkAccessEnabled() || !r.isPremium() || isOpen(r))
        return fromAddress(r, QStringLiteral("8.8.8.8")); // any public address: the same answer for all
    AccessDecision d;
    d.reasons << tr("The default action is Deny: only the rules let traffic in.");
    const QList<IpRange> rules = publicRuleRanges(r);
    QStringList coveredRanges, uncovered;
    bool touched = false;
    for (const QString &text : egressRanges) {
        QString error;
        const auto range = IpRange::parse(text, &error);
        if (!range)
            continue;
        const bool all = covered(range->network(), range->last(), rules);
        (all ? coveredRanges : uncovered) << range->text();
        for (const IpRange &rule : rules)
            touched = touched || (rule.network() <= range->last() && range->network() <= rule.last());
    }
    if (!coveredRanges.isEmpty() && uncovered.isEmpty()) {
        d.result = AccessDecision::Result::AllowedByRule;
        d.reasons << tr("The IP rules cover %1: allowed.").arg(coveredRanges.join(QStringLiteral(", ")));
        return d;
    }
    if (!touched) {
        d.reasons << tr("No IP rule covers %1: denied.").arg(uncovered.join(QStringLiteral(", ")));
        return d;
    }
    d.result = AccessDecision::Result::DependsOnEgress;
    d.allowingRanges = coveredRanges;
    d.reasons << tr("Only part of its addresses are allowed (not %1): connections that leave from those fail, so "
                    "access is intermittent.")
                     .arg(uncovered.join(QStringLiteral(", ")));
    return d;
}

AccessDecision AccessEvaluator::fromMachine(const Registry &r, const VirtualMachine &vm, const InventorySnapshot &inv)
{
    const auto subnet = inv.subnets.constFind(vm.subnetId.toLower());
    const bool known = subnet != inv.subnets.constEnd();
    const bool endpoint = known && checkRule(vm.subnetId, inv).endpointUsable();
    const bool nat = known && !subnet->natGatewayId.isEmpty();
    AccessDecision d;
    if (!known || endpoint || nat || vm.publicIp.isEmpty()) {
        d = fromSubnet(r, vm.subnetId, inv);
        d.locatedSubnet = known ? subnet->id.toString() : QString();
        d.reasons.prepend(known ? tr("%1 (%2) is in subnet %3.").arg(vm.name, vm.privateIp, subnet->name)
                                : tr("%1 is in a subnet that is not loaded.").arg(vm.name));
        return d;
    }
    d = fromAddress(r, vm.publicIp);
    d.locatedSubnet = subnet->id.toString();
    d.reasons.prepend(tr("%1 (%2) is in subnet %3, which has no ACR endpoint and no NAT gateway: its traffic leaves "
                         "from its own public IP %4.")
                          .arg(vm.name, vm.privateIp, subnet->name, vm.publicIp));
    return d;
}

AccessDecision AccessEvaluator::fromAddress(const Registry &r, const QString &address)
{
    AccessDecision d;
    QString error;
    const auto addr = IpRange::parseAddress(address.trimmed());
    if (!addr) {
        d.result = AccessDecision::Result::InvalidInput;
        d.reasons << tr("'%1' is not an IPv4 address.").arg(address);
        return d;
    }
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
            d.reasons << tr("IP rule %1 covers %2.").arg(rule.value, address.trimmed());
            return d;
        }
    }
    d.reasons << tr("No IP rule covers %1.").arg(address.trimmed());
    return d;
}

QStringList AccessEvaluator::subnetNames(const InventorySnapshot &inv)
{
    QStringList names;
    names.reserve(inv.subnets.size());
    for (const Subnet &s : inv.subnets)
        names << s.id.toString().section(QLatin1Char('/'), -3, -3) + QLatin1Char('/') + s.name;
    for (const VirtualMachine &vm : inv.machines)
        names << vm.name;
    names.sort(Qt::CaseInsensitive);
    names.removeDuplicates();
    return names;
}

namespace {

AccessDecision invalidInput(const QString &why)
{
    AccessDecision d;
    d.result = AccessDecision::Result::InvalidInput;
    d.reasons << why;
    return d;
}

QString vnetSlashSubnet(const Subnet &s)
{
    return s.id.toString().section(QLatin1Char('/'), -3, -3) + QLatin1Char('/') + s.name;
}

} // namespace

AccessDecision AccessEvaluator::locatedIn(const Registry &r, const Subnet &s, const QString &how,
                                          const InventorySnapshot &inv)
{
    AccessDecision d = fromSubnet(r, s.id.toString(), inv);
    d.locatedSubnet = s.id.toString();
    d.reasons.prepend(how);
    return d;
}

AccessDecision AccessEvaluator::whatIf(const Registry &r, const QString &input, const InventorySnapshot &inv)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return invalidInput(tr("Type an IPv4 address, a subnet's name or a subnet's resource ID."));
    if (text.startsWith(QLatin1Char('/'))) {
        QString error;
        const ResourceId id = ResourceId::parseSubnet(text, &error);
        if (!id.isValid())
            return invalidInput(error);
        const auto found = inv.subnets.constFind(id.key());
        if (found != inv.subnets.constEnd())
            return locatedIn(r, *found, tr("From subnet %1.").arg(found->name), inv);
        return fromSubnet(r, text, inv);
    }
    for (const VirtualMachine &vm : inv.machines) {
        if (vm.name.compare(text, Qt::CaseInsensitive) == 0 || (!vm.privateIp.isEmpty() && vm.privateIp == text))
            return fromMachine(r, vm, inv);
    }
    if (const auto addr = IpRange::parseAddress(text))
        return whatIfAddress(r, text, *addr, inv);
    return whatIfName(r, text, inv);
}

// An address: the loaded subnet that holds it (all of them, when address spaces overlap), else as a source address.
AccessDecision AccessEvaluator::whatIfAddress(const Registry &r, const QString &text, quint32 addr,
                                              const InventorySnapshot &inv)
{
    // Address spaces may overlap across networks that never meet: every loaded subnet holding it counts.
    QList<QPair<const Subnet *, QString>> holders;
    for (const Subnet &s : inv.subnets) {
        for (const QString &prefix : s.addressPrefixes) {
            QString error;
            const auto range = IpRange::parse(prefix, &error);
            if (range && range->contains(addr)) {
                holders.append({&s, prefix});
                break;
            }
        }
    }
    std::sort(holders.begin(), holders.end(),
              [](const auto &a, const auto &b) { return a.first->id.key() < b.first->id.key(); });
    if (holders.size() == 1)
        return locatedIn(r, *holders.first().first,
                         tr("%1 is in subnet %2 (%3): evaluated as traffic from that subnet.")
                             .arg(text, holders.first().first->name, holders.first().second),
                         inv);
    if (holders.size() > 1) {
        QStringList names;
        bool same = true;
        const AccessDecision first = fromSubnet(r, holders.first().first->id.toString(), inv);
        for (const auto &h : std::as_const(holders)) {
            names << vnetSlashSubnet(*h.first);
            same = same && fromSubnet(r, h.first->id.toString(), inv).result == first.result;
        }
        if (!same)
            return invalidInput(tr("%1 is in %n loaded subnet(s) of networks that overlap (%2), with different "
                                   "answers: type the subnet to choose one.",
                                   nullptr, int(holders.size()))
                                    .arg(text, names.join(QStringLiteral(", "))));
        AccessDecision d = locatedIn(r, *holders.first().first,
                                     tr("%1 is in %n loaded subnet(s) of networks that "
                                        "overlap (%2); the answer is the same from each.",
                                        nullptr, int(holders.size()))
                                         .arg(text, names.join(QStringLiteral(", "))),
                                     inv);
        return d;
    }
    AccessDecision d = fromAddress(r, text);
    QString error;
    if (IpRange::parse(text, &error)->isPrivate())
        d.reasons.prepend(tr("%1 is a private address in none of the loaded subnets: evaluated as the source "
                             "address the registry sees.")
                              .arg(text));
    return d;
}

// A subnet's name ("mySubnet") or VNet and name ("myVNet/mySubnet").
AccessDecision AccessEvaluator::whatIfName(const Registry &r, const QString &text, const InventorySnapshot &inv)
{
    QList<const Subnet *> matches;
    const QString wantedName = text.section(QLatin1Char('/'), -1);
    for (const Subnet &s : inv.subnets) {
        if (s.name.compare(wantedName, Qt::CaseInsensitive) != 0)
            continue; // cheap first: the subnet's own name must match
        const QString full = vnetSlashSubnet(s);
        if (s.name.compare(text, Qt::CaseInsensitive) == 0 || full.compare(text, Qt::CaseInsensitive) == 0)
            matches << &s;
    }
    if (matches.size() == 1)
        return locatedIn(r, *matches.first(), tr("From subnet %1.").arg(matches.first()->name), inv);
    if (matches.size() > 1) {
        QStringList names;
        for (const Subnet *s : std::as_const(matches))
            names << vnetSlashSubnet(*s);
        names.sort();
        return invalidInput(
            tr("'%1' names %n subnet(s): %2. Type VNet/subnet to choose one.", nullptr, int(names.size()))
                .arg(text, names.join(QStringLiteral(", "))));
    }
    return invalidInput(tr("'%1' is not an IPv4 address, a subnet's resource ID, the name of a loaded subnet or of a "
                           "virtual machine that was read.")
                            .arg(text));
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
            const QString name = rule.subnetId.section(QLatin1Char('/'), -3, -3) + QLatin1Char('/') +
                                 rule.subnetId.section(QLatin1Char('/'), -1);
            (checkRule(rule.subnetId, inv).grants() ? subnets : ineffective) << name;
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
