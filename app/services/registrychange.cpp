#include "registrychange.h"
#include "app/azure/iprange.h"

#include <QJsonArray>

namespace acrnet {

RegistryNetworkConfig RegistryNetworkConfig::from(const Registry &registry)
{
    RegistryNetworkConfig c;
    if (registry.networkRuleSet)
        c.rules = *registry.networkRuleSet;
    c.publicNetworkAccess = registry.isPublicNetworkAccessEnabled();
    c.trustedServices = registry.networkRuleBypassOptions != QLatin1String("None");
    return c;
}

RegistryNetworkConfig RegistryNetworkConfig::fromProperties(const QJsonObject &properties)
{
    RegistryNetworkConfig c;
    QString error;
    if (const auto rules = NetworkRuleSet::fromJson(properties.value(QLatin1String("networkRuleSet")).toObject(),
                                                    QStringLiteral("activity"), &error))
        c.rules = *rules;
    c.publicNetworkAccess =
        properties.value(QLatin1String("publicNetworkAccess")).toString() != QLatin1String("Disabled");
    c.trustedServices = properties.value(QLatin1String("networkRuleBypassOptions")).toString() != QLatin1String("None");
    return c;
}

RegistryNetworkConfig RegistryNetworkConfig::openAccess(const RegistryNetworkConfig &current)
{
    RegistryNetworkConfig c = current;
    c.rules.defaultAction = NetworkRuleSet::DefaultAction::Allow;
    c.rules.virtualNetworkRules.clear();
    c.rules.ipRules.clear();
    c.publicNetworkAccess = true;
    return c;
}

bool RegistryNetworkConfig::hasVirtualNetworkRule(const QString &subnetId) const
{
    return std::any_of(
        rules.virtualNetworkRules.cbegin(), rules.virtualNetworkRules.cend(),
        [&](const VirtualNetworkRule &r) { return r.subnetId.compare(subnetId, Qt::CaseInsensitive) == 0; });
}

bool RegistryNetworkConfig::hasIpRule(const QString &value) const
{
    return std::any_of(rules.ipRules.cbegin(), rules.ipRules.cend(), [&](const IpRule &r) { return r.value == value; });
}

QJsonObject RegistryNetworkConfig::patchBody() const
{
    return {{QStringLiteral("properties"),
             QJsonObject{{QStringLiteral("networkRuleSet"), rules.toJson()},
                         {QStringLiteral("publicNetworkAccess"),
                          publicNetworkAccess ? QStringLiteral("Enabled") : QStringLiteral("Disabled")},
                         {QStringLiteral("networkRuleBypassOptions"),
                          trustedServices ? QStringLiteral("AzureServices") : QStringLiteral("None")}}}};
}

RegistryChangeDiff RegistryChangeDiff::between(const RegistryNetworkConfig &before, const RegistryNetworkConfig &after)
{
    RegistryChangeDiff d;
    d.before = before;
    d.after = after;
    for (const VirtualNetworkRule &r : after.rules.virtualNetworkRules) {
        if (!before.hasVirtualNetworkRule(r.subnetId))
            d.addedSubnets << r.subnetId;
    }
    for (const VirtualNetworkRule &r : before.rules.virtualNetworkRules) {
        if (!after.hasVirtualNetworkRule(r.subnetId))
            d.removedSubnets << r.subnetId;
    }
    for (const IpRule &r : after.rules.ipRules) {
        if (!before.hasIpRule(r.value))
            d.addedIps << r.value;
    }
    for (const IpRule &r : before.rules.ipRules) {
        if (!after.hasIpRule(r.value))
            d.removedIps << r.value;
    }
    d.defaultActionChanged = before.rules.defaultAction != after.rules.defaultAction;
    d.publicAccessChanged = before.publicNetworkAccess != after.publicNetworkAccess;
    d.trustedServicesChanged = before.trustedServices != after.trustedServices;
    return d;
}

bool RegistryChangeDiff::isEmpty() const
{
    return addedSubnets.isEmpty() && removedSubnets.isEmpty() && addedIps.isEmpty() && removedIps.isEmpty() &&
           !defaultActionChanged && !publicAccessChanged && !trustedServicesChanged;
}

QStringList RegistryChangeDiff::lines() const
{
    auto onOff = [](bool on) {
        return on ? tr("enabled") : tr("disabled");
    };
    QStringList out;
    if (defaultActionChanged)
        out << tr("default action: %1 → %2")
                   .arg(NetworkRuleSet::defaultActionName(before.rules.defaultAction),
                        NetworkRuleSet::defaultActionName(after.rules.defaultAction));
    if (publicAccessChanged)
        out << tr("public network access: %1 → %2")
                   .arg(onOff(before.publicNetworkAccess), onOff(after.publicNetworkAccess));
    if (trustedServicesChanged)
        out << tr("trusted Azure services: %1 → %2").arg(onOff(before.trustedServices), onOff(after.trustedServices));
    for (const QString &s : addedSubnets)
        out << tr("+ VNet rule %1").arg(s);
    for (const QString &s : removedSubnets)
        out << tr("− VNet rule %1").arg(s);
    for (const QString &ip : addedIps)
        out << tr("+ IP rule %1").arg(ip);
    for (const QString &ip : removedIps)
        out << tr("− IP rule %1").arg(ip);
    return out;
}

QStringList RegistryChangeDiff::azCommands(const Registry &registry) const
{
    const QString target = registry.azTarget();
    QStringList out;
    // Order matters on a real registry: rules first, the default action last, so nothing is cut off meanwhile
    // unless the change is meant to cut it off.
    for (const QString &s : addedSubnets)
        out << QStringLiteral("az acr network-rule add %1 --subnet %2").arg(target, s);
    for (const QString &ip : addedIps)
        out << QStringLiteral("az acr network-rule add %1 --ip-address %2").arg(target, ip);
    for (const QString &s : removedSubnets)
        out << QStringLiteral("az acr network-rule remove %1 --subnet %2").arg(target, s);
    for (const QString &ip : removedIps)
        out << QStringLiteral("az acr network-rule remove %1 --ip-address %2").arg(target, ip);
    if (trustedServicesChanged)
        out << QStringLiteral("az acr update %1 --allow-trusted-services %2")
                   .arg(target, after.trustedServices ? QStringLiteral("true") : QStringLiteral("false"));
    if (publicAccessChanged)
        out << QStringLiteral("az acr update %1 --public-network-enabled %2")
                   .arg(target, after.publicNetworkAccess ? QStringLiteral("true") : QStringLiteral("false"));
    if (defaultActionChanged)
        out << QStringLiteral("az acr update %1 --default-action %2")
                   .arg(target, NetworkRuleSet::defaultActionName(after.rules.defaultAction));
    return out;
}

RegistryNetworkConfig mergeConfigs(const RegistryNetworkConfig &base, const RegistryNetworkConfig &mine,
                                   const RegistryNetworkConfig &theirs)
{
    const RegistryChangeDiff my = RegistryChangeDiff::between(base, mine);
    RegistryNetworkConfig out = theirs;
    for (const QString &s : my.addedSubnets) {
        if (!out.hasVirtualNetworkRule(s))
            out.rules.virtualNetworkRules.append(VirtualNetworkRule{s, QStringLiteral("Allow")});
    }
    for (const QString &s : my.removedSubnets)
        out.rules.virtualNetworkRules.erase(std::remove_if(out.rules.virtualNetworkRules.begin(),
                                                           out.rules.virtualNetworkRules.end(),
                                                           [&](const VirtualNetworkRule &r) {
                                                               return r.subnetId.compare(s, Qt::CaseInsensitive) == 0;
                                                           }),
                                            out.rules.virtualNetworkRules.end());
    for (const QString &ip : my.addedIps) {
        if (!out.hasIpRule(ip))
            out.rules.ipRules.append(IpRule{ip, QStringLiteral("Allow")});
    }
    for (const QString &ip : my.removedIps)
        out.rules.ipRules.erase(std::remove_if(out.rules.ipRules.begin(), out.rules.ipRules.end(),
                                               [&](const IpRule &r) { return r.value == ip; }),
                                out.rules.ipRules.end());
    if (my.defaultActionChanged)
        out.rules.defaultAction = mine.rules.defaultAction;
    if (my.publicAccessChanged)
        out.publicNetworkAccess = mine.publicNetworkAccess;
    if (my.trustedServicesChanged)
        out.trustedServices = mine.trustedServices;
    out.rules.virtualNetworkRulesPresent = true;
    return out;
}

QString describeAccess(const RegistryNetworkConfig &c, bool premium, const IneffectiveRule &whyIneffective)
{
    if (!premium)
        return RegistryChangeDiff::tr("Open to all networks: only Premium registries can restrict network access.");
    if (!c.publicNetworkAccess)
        return RegistryChangeDiff::tr("Public access disabled: only private endpoints%1 can pull; network rules have "
                                      "no effect.")
            .arg(c.trustedServices ? RegistryChangeDiff::tr(" and trusted Azure services") : QString());
    if (c.rules.defaultAction == NetworkRuleSet::DefaultAction::Allow)
        return c.rules.virtualNetworkRules.isEmpty() && c.rules.ipRules.isEmpty()
                   ? RegistryChangeDiff::tr("Allow: every network can pull.")
                   : RegistryChangeDiff::tr("Allow: every network can pull; the rules have no effect until the "
                                            "default action is Deny.");
    QStringList nothing; // the rules that grant nothing, with why
    int subnets = 0;
    for (const VirtualNetworkRule &r : c.rules.virtualNetworkRules) {
        const QString why = whyIneffective ? whyIneffective(r.subnetId) : QString();
        if (why.isEmpty())
            ++subnets;
        else
            nothing << RegistryChangeDiff::tr("%1 (%2)").arg(ResourceId::parse(r.subnetId).name(), why);
    }
    int ranges = 0;
    for (const IpRule &r : c.rules.ipRules) {
        QString error;
        const auto range = IpRange::parse(r.value, &error);
        if (range && range->isPrivate())
            nothing << RegistryChangeDiff::tr("%1 (a private range, never seen on the public endpoint)").arg(r.value);
        else
            ++ranges;
    }
    const QString ineffective =
        nothing.isEmpty()
            ? QString()
            : QLatin1Char(' ') + RegistryChangeDiff::tr("%n rule(s) grant nothing: %1.", nullptr, int(nothing.size()))
                                     .arg(nothing.join(QStringLiteral("; ")));
    QString who;
    if (subnets == 0 && ranges == 0)
        who = RegistryChangeDiff::tr("Deny: no network will be able to pull");
    else if (ranges == 0)
        who = RegistryChangeDiff::tr("Deny: only %n subnet(s) will be able to pull", nullptr, subnets);
    else if (subnets == 0)
        who = RegistryChangeDiff::tr("Deny: only %n address range(s) will be able to pull", nullptr, ranges);
    else
        who = RegistryChangeDiff::tr("Deny: only %1 and %2 will be able to pull")
                  .arg(RegistryChangeDiff::tr("%n subnet(s)", nullptr, subnets),
                       RegistryChangeDiff::tr("%n address range(s)", nullptr, ranges));
    return who + (c.trustedServices ? RegistryChangeDiff::tr(" (plus trusted Azure services).") : QStringLiteral(".")) +
           ineffective;
}

} // namespace acrnet
