#include "auditengine.h"
#include "accessevaluator.h"
#include "app/azure/iprange.h"
#include "app/azure/subnethosts.h"

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
        {QStringLiteral("ACR-114"), S::High, tr("VNet rule to a subnet whose hosts cannot use a service endpoint")},
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

namespace {

// What every check sees of one registry, worked out once.
struct Subject
{
    const Registry &registry;
    const InventorySnapshot &inventory;
    const Cloud &cloud;
    int vnetRuleLimit;
    bool publicOn;
    bool open; // no rule set, or default action Allow
    QList<VirtualNetworkRule> vnetRules;
    QList<IpRule> ipRules;
    QString actionEvidence;

    Subject(const Registry &r, const InventorySnapshot &inv, const Cloud &c, int limit)
        : registry(r)
        , inventory(inv)
        , cloud(c)
        , vnetRuleLimit(limit)
        , publicOn(r.isPublicNetworkAccessEnabled())
        , open(!r.networkRuleSet || r.networkRuleSet->defaultAction == NetworkRuleSet::DefaultAction::Allow)
        , vnetRules(r.networkRuleSet ? r.networkRuleSet->virtualNetworkRules : QList<VirtualNetworkRule>())
        , ipRules(r.networkRuleSet ? r.networkRuleSet->ipRules : QList<IpRule>())
        , actionEvidence(AuditEngine::tr("defaultAction: %1, publicNetworkAccess: %2")
                             .arg(open ? QStringLiteral("Allow") : QStringLiteral("Deny"),
                                  publicOn ? QStringLiteral("Enabled") : QStringLiteral("Disabled")))
    {}
    bool hasRuleSet() const { return registry.networkRuleSet.has_value(); }
    bool anyRules() const { return !vnetRules.isEmpty() || !ipRules.isEmpty(); }
};

// Where a check puts its findings: the check's ID, severity and title are filled in from the table.
class Sink
{
public:
    Sink(const Subject &subject, const AuditEngine::Check &check, QList<Finding> *out)
        : m_subject(subject)
        , m_check(check)
        , m_out(out)
    {}
    void add(const QString &explanation, const QStringList &evidence, Finding::Fix fix = Finding::Fix::EditRules,
             const QString &fixTarget = {}, const QString &policy = {}, const QStringList &commands = {}) const
    {
        const Registry &r = m_subject.registry;
        Finding f;
        f.checkId = m_check.id;
        f.policyId = policy;
        f.severity = m_check.severity;
        f.title = m_check.title;
        f.explanation = explanation;
        f.evidence = evidence;
        f.registryId = r.id.toString();
        f.registryName = r.name;
        f.subscriptionId = r.id.subscriptionId();
        f.subscriptionName = m_subject.inventory.subscriptions.value(r.id.subscriptionId().toLower()).displayName;
        f.fix = fix;
        f.fixTarget = fixTarget.isEmpty() ? r.id.toString() : fixTarget;
        f.fixCommands = commands;
        m_out->append(f);
    }

private:
    const Subject &m_subject;
    const AuditEngine::Check &m_check;
    QList<Finding> *m_out;
};

void openToAll(const Subject &s, const Sink &sink) // ACR-001
{
    if (s.open && s.publicOn)
        sink.add(
            AuditEngine::tr("Anyone on the internet who has credentials can reach %1: the default action is Allow and "
                            "public access is on.")
                .arg(s.registry.name),
            {s.actionEvidence}, Finding::Fix::EditRules, {}, QStringLiteral("d0793b48-0edc-4296-a390-4c75d1bdfd71"));
}

void publicAccess(const Subject &s, const Sink &sink) // ACR-002
{
    if (!s.publicOn)
        return;
    sink.add(!s.open && s.anyRules()
                 ? AuditEngine::tr(
                       "The registry has a public endpoint, and its design needs it: service-endpoint (VNet) rules "
                       "and IP rules act only on the public endpoint, so disabling it would also block what they "
                       "allow. The rules decide who gets through; to close the public endpoint, move to private "
                       "endpoints first.")
                 : AuditEngine::tr("The registry has a public endpoint; rules decide who gets through it."),
             {s.actionEvidence}, Finding::Fix::EditRules, {}, QStringLiteral("0fdf0491-d080-4575-b627-ad0e843cba0f"));
}

void noPrivateEndpoint(const Subject &s, const Sink &sink) // ACR-003
{
    const auto &connections = s.registry.privateEndpointConnections;
    if (std::any_of(connections.cbegin(), connections.cend(),
                    [](const PrivateEndpointConnection &c) { return c.isApproved(); }))
        return;
    sink.add(AuditEngine::tr("No approved private endpoint connection: all traffic uses the public endpoint."),
             {AuditEngine::tr("privateEndpointConnections: %1").arg(connections.size())}, Finding::Fix::None, {},
             QStringLiteral("e8eef0a8-67cf-4eb4-9386-14b0e78733d4"));
}

void skuCannotRestrict(const Subject &s, const Sink &sink) // ACR-004
{
    if (s.registry.isPremium())
        return;
    sink.add(
        AuditEngine::tr("%1 is %2: network rules and private endpoints need Premium, so it is open to all networks.")
            .arg(s.registry.name, s.registry.sku),
        {AuditEngine::tr("sku: %1").arg(s.registry.sku)}, Finding::Fix::None, {},
        QStringLiteral("bd560fc0-3c69-498a-ae9f-aa8eb7de0e13"));
}

// Each rule's verdict from the evaluator, for the checks about VNet rules (a rule to an unloaded subscription has
// none: ACR-103).
template<typename Fn> void forEachVisibleRule(const Subject &s, Fn fn)
{
    for (const VirtualNetworkRule &rule : s.vnetRules) {
        const RuleCheck check = AccessEvaluator::checkRule(rule.subnetId, s.inventory);
        if (check.subscriptionLoaded)
            fn(rule, ResourceId::parse(rule.subnetId), check);
    }
}

void endpointMissing(const Subject &s, const Sink &sink) // ACR-101
{
    forEachVisibleRule(s, [&](const VirtualNetworkRule &rule, const ResourceId &id, const RuleCheck &check) {
        if (!check.subnet || check.endpointReady())
            return;
        QStringList endpoints;
        for (const ServiceEndpoint &e : check.subnet->serviceEndpoints)
            endpoints << (e.isSucceeded() ? e.service : AuditEngine::tr("%1 (%2)").arg(e.service, e.provisioningState));
        const QString endpointEvidence =
            AuditEngine::tr("serviceEndpoints of the subnet: %1")
                .arg(endpoints.isEmpty() ? AuditEngine::tr("none") : endpoints.join(QStringLiteral(", ")));
        sink.add(check.hasEndpoint()
                     ? AuditEngine::tr(
                           "The Microsoft.ContainerRegistry endpoint of %1 is %2, not Succeeded: until it succeeds "
                           "the rule grants nothing, and pulls from that subnet are denied.")
                           .arg(id.name(), check.endpointState)
                     : AuditEngine::tr(
                           "%1 has no Microsoft.ContainerRegistry service endpoint: the rule grants nothing, and "
                           "pulls from that subnet are denied.")
                           .arg(id.name()),
                 {AuditEngine::tr("rule: %1").arg(rule.subnetId), endpointEvidence}, Finding::Fix::EnableEndpoint,
                 rule.subnetId);
    });
}

void hostsCannotUseEndpoint(const Subject &s, const Sink &sink) // ACR-114
{
    forEachVisibleRule(s, [&](const VirtualNetworkRule &rule, const ResourceId &, const RuleCheck &check) {
        if (!check.subnet || check.occupiedBy.isEmpty())
            return;
        const Subnet &subnet = *check.subnet;
        QStringList evidence{AuditEngine::tr("rule: %1").arg(rule.subnetId)};
        if (!subnet.delegations.isEmpty())
            evidence
                << AuditEngine::tr("delegations of the subnet: %1").arg(subnet.delegations.join(QStringLiteral(", ")));
        if (!subnet.serviceLinks.isEmpty())
            evidence << AuditEngine::tr("serviceAssociationLinks of the subnet: %1")
                            .arg(subnet.serviceLinks.join(QStringLiteral(", ")));
        sink.add(SubnetHosts::whyCannotUseEndpoint(subnet) + QLatin1Char(' ') +
                     AuditEngine::tr("Give %1 access another way: a private endpoint, or an IP rule for the public "
                                     "address its traffic leaves from (a NAT gateway's).")
                         .arg(SubnetHosts::serviceName(check.occupiedBy)),
                 evidence);
    });
}

void subnetGone(const Subject &s, const Sink &sink) // ACR-102
{
    forEachVisibleRule(s, [&](const VirtualNetworkRule &rule, const ResourceId &id, const RuleCheck &check) {
        if (check.subnet)
            return;
        sink.add(AuditEngine::tr(
                     "The rule points at %1, which does not exist any more: it grants nothing and hides a mistake.")
                     .arg(id.name()),
                 {AuditEngine::tr("rule: %1").arg(rule.subnetId),
                  AuditEngine::tr("subscription %1 is loaded; no such subnet").arg(id.subscriptionId())});
    });
}

void subnetInvisible(const Subject &s, const Sink &sink) // ACR-103: one finding per registry, however many rules
{
    QStringList evidence;
    for (const VirtualNetworkRule &rule : s.vnetRules) {
        if (!AccessEvaluator::checkRule(rule.subnetId, s.inventory).subscriptionLoaded)
            evidence << AuditEngine::tr("rule: %1").arg(rule.subnetId);
    }
    if (evidence.isEmpty())
        return;
    sink.add(
        AuditEngine::tr("%n rule(s) point at subnets in subscriptions this account cannot see (or that are not "
                        "selected): whether they exist, have the endpoint and the provider cannot be checked. That is "
                        "different from a subnet that was deleted.",
                        nullptr, int(evidence.size())),
        evidence, Finding::Fix::None);
}

void rulesIgnoredByAllow(const Subject &s, const Sink &sink) // ACR-104
{
    if (s.hasRuleSet() && s.anyRules() && s.open && s.publicOn)
        sink.add(
            AuditEngine::tr("%1 has rules but the default action is Allow: everyone gets in anyway, the rules have no "
                            "effect.")
                .arg(s.registry.name),
            {s.actionEvidence, AuditEngine::tr("%n VNet rule(s)", nullptr, int(s.vnetRules.size())),
             AuditEngine::tr("%n IP rule(s)", nullptr, int(s.ipRules.size()))});
}

void rulesIgnoredByPublicOff(const Subject &s, const Sink &sink) // ACR-105
{
    if (s.hasRuleSet() && s.anyRules() && !s.publicOn)
        sink.add(AuditEngine::tr("%1 has rules but public network access is disabled: the rules have no effect.")
                     .arg(s.registry.name),
                 ruleEvidence(s.actionEvidence, s.vnetRules, s.ipRules));
}

void rulesWithPrivateEndpoints(const Subject &s, const Sink &sink) // ACR-106
{
    if (!s.vnetRules.isEmpty() && !s.registry.privateEndpointConnections.isEmpty())
        sink.add(AuditEngine::tr(
                     "Service-endpoint rules and private endpoints cannot be combined on one registry; the rules "
                     "will block further changes."),
                 {AuditEngine::tr("%n VNet rule(s)", nullptr, int(s.vnetRules.size())),
                  AuditEngine::tr("%n private endpoint connection(s)", nullptr,
                                  int(s.registry.privateEndpointConnections.size()))});
}

void providerNotRegistered(const Subject &s, const Sink &sink) // ACR-107
{
    forEachVisibleRule(s, [&](const VirtualNetworkRule &rule, const ResourceId &id, const RuleCheck &check) {
        if (check.providerRegistered)
            return;
        const QString sub = id.subscriptionId().toLower();
        sink.add(
            AuditEngine::tr("Microsoft.ContainerRegistry is not registered in %1, where the rule's subnet lives: the "
                            "service drops such rules.")
                .arg(s.inventory.subscriptions.value(sub).displayName),
            {AuditEngine::tr("rule: %1").arg(rule.subnetId),
             AuditEngine::tr("registrationState: %1").arg(s.inventory.providers.value(sub).registrationState)},
            Finding::Fix::RegisterProvider, id.subscriptionId());
    });
}

// The IP rules that parse, in rule order (the editor refuses the others; the service never returns them).
QList<QPair<QString, IpRange>> validRanges(const Subject &s)
{
    QList<QPair<QString, IpRange>> ranges;
    for (const IpRule &rule : s.ipRules) {
        QString error;
        if (const auto range = IpRange::parse(rule.value, &error))
            ranges.append({rule.value, *range});
    }
    return ranges;
}

void ipRuleTooBroad(const Subject &s, const Sink &sink) // ACR-108
{
    for (const auto &[text, range] : validRanges(s)) {
        if (range.prefixLength() < 16)
            sink.add(AuditEngine::tr("%1 allows %2 addresses — far more than a team's egress.")
                         .arg(text)
                         .arg(QLocale().toString(qulonglong(range.last() - range.network()) + 1)),
                     {AuditEngine::tr("ipRule: %1").arg(text)});
    }
}

void ipRulePrivate(const Subject &s, const Sink &sink) // ACR-109
{
    for (const auto &[text, range] : validRanges(s)) {
        if (range.isPrivate())
            sink.add(
                AuditEngine::tr("%1 is a private range: the public endpoint never sees such source addresses, so this "
                                "rule matches nothing.")
                    .arg(text),
                {AuditEngine::tr("ipRule: %1").arg(text)});
    }
}

void ipRulesOverlap(const Subject &s, const Sink &sink) // ACR-110: one per group that overlaps, not per pair
{
    const QList<QPair<QString, IpRange>> seen = validRanges(s);
    for (const QList<int> &group : overlapGroups(seen)) {
        QStringList texts;
        bool identical = true;
        for (int i : group) {
            texts << seen.at(i).first;
            identical = identical && seen.at(i).second == seen.at(group.first()).second;
        }
        const QString list = texts.join(QStringLiteral(", "));
        sink.add(identical ? AuditEngine::tr("%1 are the same range: all but one are redundant.").arg(list)
                           : AuditEngine::tr("%1 overlap: the wider ones make the others redundant.").arg(list),
                 {AuditEngine::tr("ipRules: %1").arg(list)});
    }
}

void nearRuleLimit(const Subject &s, const Sink &sink) // ACR-111
{
    if (s.hasRuleSet() && (s.vnetRules.size() >= (s.vnetRuleLimit * 9 + 9) / 10 || s.ipRules.size() >= 180))
        sink.add(AuditEngine::tr("The registry is close to its rule limit."),
                 {AuditEngine::tr("%1 of %2 VNet rules").arg(s.vnetRules.size()).arg(s.vnetRuleLimit),
                  AuditEngine::tr("%1 of 200 IP rules").arg(s.ipRules.size())});
}

void legacyServiceEndpointRules(const Subject &s, const Sink &sink) // ACR-112
{
    if (s.vnetRules.isEmpty())
        return;
    // The clean-up, rule by rule, as `az` spells it (for a pipeline, or to review before running).
    const Registry &r = s.registry;
    QStringList remove;
    for (const VirtualNetworkRule &rule : s.vnetRules)
        remove << QStringLiteral("az acr network-rule remove %1 --subnet %2").arg(r.azTarget(), rule.subnetId);
    sink.add(AuditEngine::tr("Registry service endpoints are a preview feature Microsoft no longer develops; private "
                             "endpoints are the recommended design."),
             {AuditEngine::tr("%n VNet rule(s)", nullptr, int(s.vnetRules.size()))}, Finding::Fix::None, {}, {},
             remove);
}

void unsupportedCloud(const Subject &s, const Sink &sink) // ACR-113
{
    if (!s.vnetRules.isEmpty() && !s.cloud.supportsRegistryServiceEndpoints())
        sink.add(AuditEngine::tr("%1 does not support registry service endpoints: these rules cannot work.")
                     .arg(s.cloud.displayName()),
                 {AuditEngine::tr("cloud: %1").arg(s.cloud.name())});
}

using CheckFunction = void (*)(const Subject &, const Sink &);

// The checks in the order a registry's findings are listed.
const QList<QPair<const char *, CheckFunction>> &checkFunctions()
{
    static const QList<QPair<const char *, CheckFunction>> table{
        {"ACR-001", openToAll},
        {"ACR-002", publicAccess},
        {"ACR-003", noPrivateEndpoint},
        {"ACR-004", skuCannotRestrict},
        {"ACR-104", rulesIgnoredByAllow},
        {"ACR-105", rulesIgnoredByPublicOff},
        {"ACR-106", rulesWithPrivateEndpoints},
        {"ACR-112", legacyServiceEndpointRules},
        {"ACR-113", unsupportedCloud},
        {"ACR-111", nearRuleLimit},
        {"ACR-107", providerNotRegistered},
        {"ACR-102", subnetGone},
        {"ACR-101", endpointMissing},
        {"ACR-114", hostsCannotUseEndpoint},
        {"ACR-103", subnetInvisible},
        {"ACR-108", ipRuleTooBroad},
        {"ACR-109", ipRulePrivate},
        {"ACR-110", ipRulesOverlap},
    };
    return table;
}

QList<Finding> runChecks(const InventorySnapshot &inv, const Cloud &cloud, int vnetRuleLimit, const QString &only)
{
    QHash<QString, AuditEngine::Check> byId;
    for (const AuditEngine::Check &c : AuditEngine::checks())
        byId.insert(c.id, c);
    QList<Registry> registries = inv.registries.values();
    std::sort(registries.begin(), registries.end(),
              [](const Registry &a, const Registry &b) { return a.id.key() < b.id.key(); });
    QList<Finding> out;
    for (const Registry &r : std::as_const(registries)) {
        const Subject subject(r, inv, cloud, vnetRuleLimit);
        for (const auto &[id, function] : checkFunctions()) {
            const QString checkId = QString::fromLatin1(id);
            if (only.isEmpty() || only == checkId)
                function(subject, Sink(subject, byId[checkId], &out));
        }
    }
    return out;
}

} // namespace

QList<Finding> AuditEngine::run(const InventorySnapshot &inv, const Cloud &cloud, int vnetRuleLimit)
{
    return runChecks(inv, cloud, vnetRuleLimit, {});
}

QList<Finding> AuditEngine::runCheck(const QString &checkId, const InventorySnapshot &inv, const Cloud &cloud,
                                     int vnetRuleLimit)
{
    return runChecks(inv, cloud, vnetRuleLimit, checkId);
}

} // namespace acrnet
