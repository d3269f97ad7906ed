#include "auditengine.h"
#include "accessevaluator.h"
#include "app/azure/iprange.h"

#include <QHash>
#include <functional>
#include <numeric>

namespace acrnet {

QString Finding::severityName(Severity s)
{
    switch (s) {
    case Severity::Low:
        return QStringLiteral("low");
    case Severity::Medium:
        return QStringLiteral("medium");
    case Severity::High:
        return QStringLiteral("high");
    }
    return {};
}

QString Finding::severityText(Severity s)
{
    switch (s) {
    case Severity::Low:
        return tr("Low");
    case Severity::Medium:
        return tr("Medium");
    case Severity::High:
        return tr("High");
    }
    return {};
}

bool Finding::parseSeverity(const QString &text, Severity *out)
{
    for (Severity s : {Severity::Low, Severity::Medium, Severity::High}) {
        if (text.compare(severityName(s), Qt::CaseInsensitive) == 0) {
            *out = s;
            return true;
        }
    }
    return false;
}

QList<AuditEngine::Check> AuditEngine::checks()
{
    using S = Finding::Severity;
    return {
        {QStringLiteral("ACR-001"), S::High, tr("Registry reachable from all networks")},
        {QStringLiteral("ACR-002"), S::Medium, tr("Public network access enabled")},
        {QStringLiteral("ACR-003"), S::Low, tr("No approved private endpoint connection")},
        {QStringLiteral("ACR-004"), S::Medium, tr("SKU cannot restrict network access")},
        {QStringLiteral("ACR-101"), S::High, tr("VNet rule to a subnet without the ACR service endpoint")},
        {QStringLiteral("ACR-102"), S::Medium, tr("VNet rule to a subnet that no longer exists")},
        {QStringLiteral("ACR-103"), S::Low, tr("VNet rule to a subnet that cannot be seen")},
        {QStringLiteral("ACR-104"), S::Medium, tr("Rules present while the default action is Allow")},
        {QStringLiteral("ACR-105"), S::Low, tr("Rules present while public network access is disabled")},
        {QStringLiteral("ACR-106"), S::Medium, tr("VNet rules together with private endpoint connections")},
        {QStringLiteral("ACR-107"), S::High, tr("Resource provider not registered in a rule's subnet subscription")},
        {QStringLiteral("ACR-108"), S::High, tr("IP rule too broad")},
        {QStringLiteral("ACR-109"), S::Medium, tr("IP rule with a private range")},
        {QStringLiteral("ACR-110"), S::Low, tr("Duplicate or overlapping IP rules")},
        {QStringLiteral("ACR-111"), S::Low, tr("Rule count near the limit")},
        {QStringLiteral("ACR-112"), S::Low, tr("Legacy service-endpoint rules in use")},
        {QStringLiteral("ACR-113"), S::High, tr("Service-endpoint rules in a cloud that does not support them")},
    };
}

namespace {

// The evidence of a finding about a registry's rules as a whole: its settings and every rule it is about.
QStringList ruleEvidence(const QString &settings, const QList<VirtualNetworkRule> &vnetRules,
                         const QList<IpRule> &ipRules)
{
    QStringList evidence{settings};
    for (const VirtualNetworkRule &r : vnetRules)
        evidence << AuditEngine::tr("virtualNetworkRule: %1").arg(r.subnetId);
    for (const IpRule &r : ipRules)
        evidence << AuditEngine::tr("ipRule: %1").arg(r.value);
    return evidence;
}

// Groups of ranges (indexes into `ranges`) that overlap one another, directly or through others; only groups of two
// or more, each in rule order, the groups in the order of their first rule.
QList<QList<int>> overlapGroups(const QList<QPair<QString, IpRange>> &ranges)
{
    QList<int> parent(ranges.size());
    std::iota(parent.begin(), parent.end(), 0);
    std::function<int(int)> root = [&](int i) {
        return parent[i] == i ? i : parent[i] = root(parent[i]);
    };
    for (int i = 0; i < ranges.size(); ++i) {
        for (int j = i + 1; j < ranges.size(); ++j) {
            if (ranges.at(i).second.overlaps(ranges.at(j).second))
                parent[root(j)] = root(i);
        }
    }
    QList<QList<int>> groups;
    QHash<int, int> groupOf; // root → index in groups
    for (int i = 0; i < ranges.size(); ++i) {
        const int r = root(i);
        if (!groupOf.contains(r)) {
            groupOf.insert(r, int(groups.size()));
            groups.append(QList<int>());
        }
        groups[groupOf.value(r)].append(i);
    }
    groups.removeIf([](const QList<int> &g) { return g.size() < 2; });
    return groups;
}

} // namespace

bool AuditEngine::anyAtOrAbove(const QList<Finding> &findings, Finding::Severity threshold)
{
    return std::any_of(findings.cbegin(), findings.cend(),
                       [threshold](const Finding &f) { return !f.suppressed && int(f.severity) >= int(threshold); });
}

QList<Finding> AuditEngine::run(const InventorySnapshot &inv, const Cloud &cloud, int vnetRuleLimit)
{
    QHash<QString, Check> byId;
    for (const Check &c : checks())
        byId.insert(c.id, c);
    QList<Finding> out;
    auto add = [&](const QString &id, const Registry &r, const QString &explanation, const QStringList &evidence,
                   Finding::Fix fix = Finding::Fix::EditRules, const QString &fixTarget = {},
                   const QString &policy = {}) {
        const Check c = byId.value(id);
        Finding f;
        f.checkId = id;
        f.policyId = policy;
        f.severity = c.severity;
        f.title = c.title;
        f.explanation = explanation;
        f.evidence = evidence;
        f.registryId = r.id.toString();
        f.registryName = r.name;
        f.subscriptionId = r.id.subscriptionId();
        f.subscriptionName = inv.subscriptions.value(r.id.subscriptionId().toLower()).displayName;
        f.fix = fix;
        f.fixTarget = fixTarget.isEmpty() ? r.id.toString() : fixTarget;
        out.append(f);
    };
    QList<Registry> registries = inv.registries.values();
    std::sort(registries.begin(), registries.end(),
              [](const Registry &a, const Registry &b) { return a.id.key() < b.id.key(); });
    for (const Registry &r : std::as_const(registries)) {
        const bool publicOn = r.isPublicNetworkAccessEnabled();
        const bool open = !r.networkRuleSet || r.networkRuleSet->defaultAction == NetworkRuleSet::DefaultAction::Allow;
        const QList<VirtualNetworkRule> vnetRules =
            r.networkRuleSet ? r.networkRuleSet->virtualNetworkRules : QList<VirtualNetworkRule>();
        const QList<IpRule> ipRules = r.networkRuleSet ? r.networkRuleSet->ipRules : QList<IpRule>();
        const QString actionEvidence = tr("defaultAction: %1, publicNetworkAccess: %2")
                                           .arg(open ? QStringLiteral("Allow") : QStringLiteral("Deny"),
                                                publicOn ? QStringLiteral("Enabled") : QStringLiteral("Disabled"));
        if (open && publicOn)
            add(QStringLiteral("ACR-001"), r,
                tr("Anyone on the internet who has credentials can reach %1: the default action is Allow and public "
                   "access is on.")
                    .arg(r.name),
                {actionEvidence}, Finding::Fix::EditRules, {}, QStringLiteral("d0793b48-0edc-4296-a390-4c75d1bdfd71"));
        if (publicOn)
            add(QStringLiteral("ACR-002"), r,
                !open && (!vnetRules.isEmpty() || !ipRules.isEmpty())
                    ? tr("The registry has a public endpoint, and its design needs it: service-endpoint (VNet) rules "
                         "and IP rules act only on the public endpoint, so disabling it would also block what they "
                         "allow. The rules decide who gets through; to close the public endpoint, move to private "
                         "endpoints first.")
                    : tr("The registry has a public endpoint; rules decide who gets through it."),
                {actionEvidence}, Finding::Fix::EditRules, {}, QStringLiteral("0fdf0491-d080-4575-b627-ad0e843cba0f"));
        const bool approvedPe = std::any_of(r.privateEndpointConnections.cbegin(), r.privateEndpointConnections.cend(),
                                            [](const PrivateEndpointConnection &c) { return c.isApproved(); });
        if (!approvedPe)
            add(QStringLiteral("ACR-003"), r,
                tr("No approved private endpoint connection: all traffic uses the public endpoint."),
                {tr("privateEndpointConnections: %1").arg(r.privateEndpointConnections.size())}, Finding::Fix::None, {},
                QStringLiteral("e8eef0a8-67cf-4eb4-9386-14b0e78733d4"));
        if (!r.isPremium())
            add(QStringLiteral("ACR-004"), r,
                tr("%1 is %2: network rules and private endpoints need Premium, so it is open to all networks.")
                    .arg(r.name, r.sku),
                {tr("sku: %1").arg(r.sku)}, Finding::Fix::None, {},
                QStringLiteral("bd560fc0-3c69-498a-ae9f-aa8eb7de0e13"));
        if (!r.networkRuleSet)
            continue;
        const bool anyRules = !vnetRules.isEmpty() || !ipRules.isEmpty();
        if (anyRules && open && publicOn)
            add(QStringLiteral("ACR-104"), r,
                tr("%1 has rules but the default action is Allow: everyone gets in anyway, the rules have no effect.")
                    .arg(r.name),
                {actionEvidence, tr("%n VNet rule(s)", nullptr, int(vnetRules.size())),
                 tr("%n IP rule(s)", nullptr, int(ipRules.size()))});
        if (anyRules && !publicOn)
            add(QStringLiteral("ACR-105"), r,
                tr("%1 has rules but public network access is disabled: the rules have no effect.").arg(r.name),
                ruleEvidence(actionEvidence, vnetRules, ipRules));
        if (!vnetRules.isEmpty() && !r.privateEndpointConnections.isEmpty())
            add(QStringLiteral("ACR-106"), r,
                tr("Service-endpoint rules and private endpoints cannot be combined on one registry; the rules will "
                   "block further changes."),
                {tr("%n VNet rule(s)", nullptr, int(vnetRules.size())),
                 tr("%n private endpoint connection(s)", nullptr, int(r.privateEndpointConnections.size()))});
        if (!vnetRules.isEmpty()) {
            add(QStringLiteral("ACR-112"), r,
                tr("Registry service endpoints are a preview feature Microsoft no longer develops; private endpoints "
                   "are the recommended design."),
                {tr("%n VNet rule(s)", nullptr, int(vnetRules.size()))}, Finding::Fix::None);
            if (!cloud.supportsRegistryServiceEndpoints())
                add(QStringLiteral("ACR-113"), r,
                    tr("%1 does not support registry service endpoints: these rules cannot work.")
                        .arg(cloud.displayName()),
                    {tr("cloud: %1").arg(cloud.name())});
        }
        if (vnetRules.size() >= (vnetRuleLimit * 9 + 9) / 10 || ipRules.size() >= 180)
            add(QStringLiteral("ACR-111"), r, tr("The registry is close to its rule limit."),
                {tr("%1 of %2 VNet rules").arg(vnetRules.size()).arg(vnetRuleLimit),
                 tr("%1 of 200 IP rules").arg(ipRules.size())});
        QStringList invisible; // one finding per registry, however many such rules
        for (const VirtualNetworkRule &rule : vnetRules) {
            const ResourceId id = ResourceId::parse(rule.subnetId);
            const QString sub = id.subscriptionId().toLower();
            const RuleCheck check = AccessEvaluator::checkRule(rule.subnetId, inv);
            const QString ruleEvidence = tr("rule: %1").arg(rule.subnetId);
            if (!check.subscriptionLoaded) {
                invisible << rule.subnetId;
                continue;
            }
            if (!check.providerRegistered)
                add(QStringLiteral("ACR-107"), r,
                    tr("Microsoft.ContainerRegistry is not registered in %1, where the rule's subnet lives: the "
                       "service drops such rules.")
                        .arg(inv.subscriptions.value(sub).displayName),
                    {ruleEvidence, tr("registrationState: %1").arg(inv.providers.value(sub).registrationState)},
                    Finding::Fix::RegisterProvider, id.subscriptionId());
            if (!check.subnet) {
                add(QStringLiteral("ACR-102"), r,
                    tr("The rule points at %1, which does not exist any more: it grants nothing and hides a mistake.")
                        .arg(id.name()),
                    {ruleEvidence, tr("subscription %1 is loaded; no such subnet").arg(id.subscriptionId())});
                continue;
            }
            if (!check.endpointReady()) {
                QStringList endpoints;
                for (const ServiceEndpoint &e : check.subnet->serviceEndpoints)
                    endpoints << (e.isSucceeded() ? e.service : tr("%1 (%2)").arg(e.service, e.provisioningState));
                const QString endpointEvidence =
                    tr("serviceEndpoints of the subnet: %1")
                        .arg(endpoints.isEmpty() ? tr("none") : endpoints.join(QStringLiteral(", ")));
                add(QStringLiteral("ACR-101"), r,
                    check.hasEndpoint()
                        ? tr("The Microsoft.ContainerRegistry endpoint of %1 is %2, not Succeeded: until it succeeds "
                             "the rule grants nothing, and pulls from that subnet are denied.")
                              .arg(id.name(), check.endpointState)
                        : tr("%1 has no Microsoft.ContainerRegistry service endpoint: the rule grants nothing, and "
                             "pulls from that subnet are denied.")
                              .arg(id.name()),
                    {ruleEvidence, endpointEvidence}, Finding::Fix::EnableEndpoint, rule.subnetId);
            }
        }
        if (!invisible.isEmpty()) {
            QStringList evidence;
            for (const QString &i : std::as_const(invisible))
                evidence << tr("rule: %1").arg(i);
            add(QStringLiteral("ACR-103"), r,
                tr("%n rule(s) point at subnets in subscriptions this account cannot see (or that are not selected): "
                   "whether they exist, have the endpoint and the provider cannot be checked. That is different from a "
                   "subnet that was deleted.",
                   nullptr, int(invisible.size())),
                evidence, Finding::Fix::None);
        }
        QList<QPair<QString, IpRange>> seen; // the valid ranges, in rule order
        for (const IpRule &rule : ipRules) {
            QString error;
            const auto range = IpRange::parse(rule.value, &error);
            if (!range)
                continue;
            if (range->prefixLength() < 16)
                add(QStringLiteral("ACR-108"), r,
                    tr("%1 allows %2 addresses — far more than a team's egress.")
                        .arg(rule.value)
                        .arg(QLocale().toString(qulonglong(range->last() - range->network()) + 1)),
                    {tr("ipRule: %1").arg(rule.value)});
            if (range->isPrivate())
                add(QStringLiteral("ACR-109"), r,
                    tr("%1 is a private range: the public endpoint never sees such source addresses, so this rule "
                       "matches nothing.")
                        .arg(rule.value),
                    {tr("ipRule: %1").arg(rule.value)});
            seen.append({rule.value, *range});
        }
        // One finding per group of ranges that overlap one another (directly or through a third), not per pair.
        for (const QList<int> &group : overlapGroups(seen)) {
            QStringList texts;
            bool identical = true;
            for (int i : group) {
                texts << seen.at(i).first;
                identical = identical && seen.at(i).second == seen.at(group.first()).second;
            }
            add(QStringLiteral("ACR-110"), r,
                identical
                    ? tr("%1 are the same range: all but one are redundant.").arg(texts.join(QStringLiteral(", ")))
                    : tr("%1 overlap: the wider ones make the others redundant.").arg(texts.join(QStringLiteral(", "))),
                {tr("ipRules: %1").arg(texts.join(QStringLiteral(", ")))});
        }
    }
    return out;
}

} // namespace acrnet
