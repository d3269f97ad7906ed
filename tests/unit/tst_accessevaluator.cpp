// The access evaluator and the rules editor's pre-flight on small hand-made inventories: three-valued public egress,
// the what-if over the estate, a snapshot replacing a subscription whole, the rule limits and the conflict check.
#include "app/audit/accessevaluator.h"
#include "app/azure/subnethosts.h"
#include "app/services/accessloss.h"
#include "app/services/registrychange.h"
#include "app/services/rulepreflight.h"
#include "auditfixtures.h"

using namespace acrnet;
using namespace acrnet::testdata;

Q_DECLARE_METATYPE(acrnet::RegistryNetworkConfig)

class TestAccessEvaluator : public QObject
{
    Q_OBJECT

private slots:
    void whoLosesAccess_data();
    void whoLosesAccess();
    void publicEgressIsThreeValued_data();
    void publicEgressIsThreeValued();
    void whatIfReadsTheEstate_data();
    void whatIfReadsTheEstate();
    void hostsThatCannotUseTheEndpoint_data();
    void hostsThatCannotUseTheEndpoint();
    void subnetHostsAreRead();
    void snapshotReplacesASubscriptionWhole();
    void preflightRuleLimits_data();
    void preflightRuleLimits();
    void conflictCheckSeesEverySetting_data();
    void conflictCheckSeesEverySetting();
};

void TestAccessEvaluator::publicEgressIsThreeValued_data()
{
    QTest::addColumn<QStringList>("ipRules");
    QTest::addColumn<bool>("ruled");   // a VNet rule names the subnet (which has no ACR endpoint)
    QTest::addColumn<int>("expected"); // AccessDecision::Result
    QTest::addColumn<QStringList>("allowing");
    using R = AccessDecision::Result;
    QTest::newRow("no IP rule") << QStringList() << false << int(R::Denied) << QStringList();
    QTest::newRow("no IP rule, ineffective VNet rule")
        << QStringList() << true << int(R::RuleIneffective) << QStringList();
    QTest::newRow("0.0.0.0/0") << ranges({"0.0.0.0/0"}) << false << int(R::AllowedByRule) << QStringList();
    QTest::newRow("0.0.0.0/0, ineffective VNet rule")
        << ranges({"0.0.0.0/0"}) << true << int(R::AllowedByRule) << QStringList();
    QTest::newRow("two halves") << ranges({"0.0.0.0/1", "128.0.0.0/1"}) << false << int(R::AllowedByRule)
                                << QStringList();
    QTest::newRow("every public block, private gaps")
        << ranges({"1.0.0.0/8",      "2.0.0.0/7",      "4.0.0.0/6",      "8.0.0.0/7",      "11.0.0.0/8",
                   "12.0.0.0/6",     "16.0.0.0/4",     "32.0.0.0/3",     "64.0.0.0/3",     "96.0.0.0/6",
                   "100.0.0.0/10",   "100.128.0.0/9",  "101.0.0.0/8",    "102.0.0.0/7",    "104.0.0.0/5",
                   "112.0.0.0/4",    "128.0.0.0/3",    "160.0.0.0/5",    "168.0.0.0/8",    "169.0.0.0/9",
                   "169.128.0.0/10", "169.192.0.0/11", "169.224.0.0/12", "169.240.0.0/13", "169.248.0.0/14",
                   "169.252.0.0/15", "169.255.0.0/16", "170.0.0.0/7",    "172.0.0.0/12",   "172.32.0.0/11",
                   "172.64.0.0/10",  "172.128.0.0/9",  "173.0.0.0/8",    "174.0.0.0/7",    "176.0.0.0/4",
                   "192.0.0.0/9",    "192.128.0.0/11", "192.160.0.0/13", "192.169.0.0/16", "192.170.0.0/15",
                   "192.172.0.0/14", "192.176.0.0/12", "192.192.0.0/10", "193.0.0.0/8",    "194.0.0.0/7",
                   "196.0.0.0/6",    "200.0.0.0/5",    "208.0.0.0/4"})
        << false << int(R::AllowedByRule) << QStringList();
    QTest::newRow("224.0.0.0/3 is not public")
        << ranges({"0.0.0.0/1", "128.0.0.0/2", "192.0.0.0/3"}) << false << int(R::AllowedByRule) << QStringList();
    QTest::newRow("192.0.0.0/3 missing") << ranges({"0.0.0.0/1", "128.0.0.0/2"}) << false << int(R::DependsOnEgress)
                                         << ranges({"0.0.0.0/1", "128.0.0.0/2"});
    QTest::newRow("a team's egress") << ranges({"203.0.113.0/24", "10.0.0.0/8"}) << false << int(R::DependsOnEgress)
                                     << ranges({"203.0.113.0/24"});
    QTest::newRow("private ranges only") << ranges({"10.0.0.0/8", "192.168.1.0/24"}) << false << int(R::Denied)
                                         << QStringList();
}

void TestAccessEvaluator::publicEgressIsThreeValued()
{
    QFETCH(QStringList, ipRules);
    QFETCH(bool, ruled);
    QFETCH(int, expected);
    QFETCH(QStringList, allowing);
    const QString subnet = subnetId(kSub, QStringLiteral("snet-build"));
    const Registry r = registry(QStringLiteral("acregress"), ruled ? QStringList{subnet} : QStringList(), ipRules);
    InventorySnapshot inv;
    inv.add(subscription(kSub, {subnetJson(kSub, QStringLiteral("snet-build"), {})}, {r}));
    const AccessDecision d = AccessEvaluator::fromSubnet(r, subnet, inv);
    QVERIFY2(int(d.result) == expected, qPrintable(d.reasons.join(QLatin1Char(' '))));
    QCOMPARE(d.allowingRanges, allowing);
    QVERIFY(d.reasons.join(QLatin1Char(' ')).contains(QLatin1String("leaves through a public address")));
    // With the endpoint, and no VNet rule, IP rules never match (the source is private): denied whatever they say.
    InventorySnapshot withEndpoint;
    const Registry plain = registry(QStringLiteral("acregress"), {}, ipRules);
    withEndpoint.add(
        subscription(kSub, {subnetJson(kSub, QStringLiteral("snet-build"), QStringLiteral("Succeeded"))}, {plain}));
    QCOMPARE(AccessEvaluator::fromSubnet(plain, subnet, withEndpoint).result, AccessDecision::Result::Denied);
}

void TestAccessEvaluator::whatIfReadsTheEstate_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("expected");
    QTest::addColumn<QString>("located"); // subnet name, or empty
    QTest::addColumn<QString>("reason");  // in the reasons
    using R = AccessDecision::Result;
    QTest::newRow("address in the allowed subnet") << "10.0.1.4" << int(R::AllowedByRule) << "snet-build"
                                                   << "10.0.1.4 is in subnet snet-build (10.0.1.0/24)";
    QTest::newRow("subnet name") << "snet-build" << int(R::AllowedByRule) << "snet-build"
                                 << "From subnet snet-build";
    QTest::newRow("VNet/subnet, any case") << "VNET-A/Snet-Build" << int(R::AllowedByRule) << "snet-build"
                                           << "From subnet snet-build";
    QTest::newRow("subnet ID") << subnetId(kSub, QStringLiteral("snet-build")) << int(R::AllowedByRule) << "snet-build"
                               << "From subnet snet-build";
    QTest::newRow("public address in the IP rule") << "203.0.113.9" << int(R::AllowedByRule) << ""
                                                   << "covers";
    QTest::newRow("public address outside") << "8.8.8.8" << int(R::Denied) << ""
                                            << "No IP rule covers 8.8.8.8";
    QTest::newRow("private address elsewhere") << "172.16.0.1" << int(R::Denied) << ""
                                               << "in none of the loaded subnets";
    QTest::newRow("a CIDR is not an address") << "10.0.0.0/33" << int(R::InvalidInput) << ""
                                              << "is not an IPv4";
    QTest::newRow("unknown name") << "myDockerVMSubnet" << int(R::InvalidInput) << ""
                                  << "name of a loaded subnet";
    QTest::newRow("bad subnet ID") << "/subscriptions/x/resourceGroups/g/providers/Microsoft.Storage/x/y"
                                   << int(R::InvalidInput) << ""
                                   << "";
    QTest::newRow("empty") << "  " << int(R::InvalidInput) << ""
                           << "Type an IPv4 address";
}

void TestAccessEvaluator::whatIfReadsTheEstate()
{
    QFETCH(QString, input);
    QFETCH(int, expected);
    QFETCH(QString, located);
    QFETCH(QString, reason);
    const QString subnet = subnetId(kSub, QStringLiteral("snet-build"));
    const Registry r = registry(QStringLiteral("acrwhatif"), {subnet}, {QStringLiteral("203.0.113.0/24")});
    InventorySnapshot inv;
    inv.add(subscription(kSub, {subnetJson(kSub, QStringLiteral("snet-build"), QStringLiteral("Succeeded"))}, {r}));
    const AccessDecision d = AccessEvaluator::whatIf(r, input, inv);
    const QString reasons = d.reasons.join(QLatin1Char(' '));
    QVERIFY2(int(d.result) == expected,
             qPrintable(AccessEvaluator::resultText(d.result) + QStringLiteral(": ") + reasons));
    QCOMPARE(ResourceId::parse(d.locatedSubnet).name(), located);
    QVERIFY2(reasons.contains(reason), qPrintable(reasons));
    QVERIFY(!reasons.isEmpty());
    QCOMPARE(AccessEvaluator::subnetNames(inv), QStringList{QStringLiteral("vnet-a/snet-build")});
}

void TestAccessEvaluator::hostsThatCannotUseTheEndpoint_data()
{
    QTest::addColumn<QString>("use");
    QTest::addColumn<bool>("grants");
    QTest::addColumn<QString>("service"); // in words; empty: the rule grants
    QTest::newRow("delegated to ACI") << "delegation:Microsoft.ContainerInstance/containerGroups" << false
                                      << "Azure Container Instances";
    QTest::newRow("delegated, any case") << "delegation:microsoft.web/SERVERFARMS" << false << "App Service";
    QTest::newRow("used by App Service") << "link:Microsoft.Web/serverFarms" << false << "App Service";
    QTest::newRow("unknown service") << "delegation:Contoso.Thing/widgets" << false << "Contoso.Thing/widgets";
    QTest::newRow("AKS node pool") << "scaleSet:aks-nodepool1-123-vmss" << true << "";
    QTest::newRow("a machine's interface") << "nic" << true << "";
    QTest::newRow("nothing yet") << "" << true << "";
}

void TestAccessEvaluator::hostsThatCannotUseTheEndpoint()
{
    // Only virtual machines and AKS nodes reach a registry through its service endpoint: a rule to a subnet that is
    // a service's grants that service nothing — in every answer, the audit and the editor's pre-flight.
    QFETCH(QString, use);
    QFETCH(bool, grants);
    QFETCH(QString, service);
    const QString id = subnetId(kSub, QStringLiteral("snet-x"));
    const Registry r = registry(QStringLiteral("acrhosts"), {id}, {});
    InventorySnapshot inv;
    inv.add(subscription(kSub, {usedSubnetJson(kSub, QStringLiteral("snet-x"), use)}, {r}));
    const RuleCheck check = AccessEvaluator::checkRule(id, inv);
    QVERIFY(check.endpointReady());
    QCOMPARE(check.grants(), grants);
    const AccessDecision d = AccessEvaluator::fromSubnet(r, id, inv);
    const QString reasons = d.reasons.join(QLatin1Char(' '));
    QCOMPARE(int(d.result),
             int(grants ? AccessDecision::Result::AllowedByRule : AccessDecision::Result::RuleIneffective));
    QCOMPARE(AccessEvaluator::whatIf(r, QStringLiteral("snet-x"), inv).result, d.result);
    const QList<Finding> findings =
        AuditEngine::runCheck(QStringLiteral("ACR-114"), inv, Cloud::byName(QStringLiteral("AzureCloud")));
    const QList<PreflightIssue> preflight = RulePreflight::checkAddedSubnet(id, inv);
    const QString summary = AccessEvaluator::summary(r, inv).join(QLatin1Char(' '));
    if (grants) {
        QVERIFY(AccessEvaluator::whyRuleGrantsNothing(id, inv).isEmpty());
        QVERIFY(findings.isEmpty());
        QVERIFY(preflight.isEmpty());
        QVERIFY2(summary.contains(QLatin1String("These subnets, through their service endpoint: vnet-a/snet-x")),
                 qPrintable(summary));
        return;
    }
    QVERIFY2(reasons.contains(QStringLiteral("so a VNet rule to it grants %1 nothing").arg(service)),
             qPrintable(reasons));
    QVERIFY2(AccessEvaluator::whyRuleGrantsNothing(id, inv).contains(service),
             qPrintable(AccessEvaluator::whyRuleGrantsNothing(id, inv)));
    QVERIFY2(summary.contains(QLatin1String("Rules that grant nothing: vnet-a/snet-x")), qPrintable(summary));
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.first().severity, Finding::Severity::High);
    QVERIFY(findings.first().explanation.contains(service));
    QCOMPARE(findings.first().evidence.first(), QStringLiteral("rule: ") + id);
    QCOMPARE(findings.first().evidence.size(), 2); // the rule, and the delegation or link that says why
    QVERIFY(findings.first().evidence.last().contains(use.section(QLatin1Char(':'), 1)));
    QCOMPARE(preflight.size(), 1);
    QCOMPARE(preflight.first().code, QStringLiteral("SubnetUsedByService"));
    QVERIFY(!preflight.first().isBlocker()); // a warning: the user may know better (a migration under way)
}

void TestAccessEvaluator::subnetHostsAreRead()
{
    QString error;
    const auto aks =
        Subnet::fromJson(usedSubnetJson(kSub, QStringLiteral("a"), QStringLiteral("scaleSet:aks-np1-vmss")), &error);
    QVERIFY2(aks, qPrintable(error));
    QCOMPARE(aks->scaleSets, QStringList{QStringLiteral("aks-np1-vmss")});
    QCOMPARE(aks->scaleSetInstanceCount, 2);
    QCOMPARE(aks->interfaceCount, 0);
    QVERIFY(aks->occupyingService().isEmpty());
    QVERIFY(SubnetHosts::describe(*aks).startsWith(QLatin1String("AKS node pool aks-np1-vmss, 2 scale set instance")));
    const auto vm = Subnet::fromJson(usedSubnetJson(kSub, QStringLiteral("b"), QStringLiteral("nic")), &error);
    QCOMPARE(vm->interfaceCount, 1);
    QVERIFY(SubnetHosts::describe(*vm).startsWith(QLatin1String("1 network interface"))); // plurals: tst_legacycleanup
    const auto aci = Subnet::fromJson(
        usedSubnetJson(kSub, QStringLiteral("c"), QStringLiteral("link:Microsoft.ContainerInstance/containerGroups")),
        &error);
    QCOMPARE(aci->serviceLinks, QStringList{QStringLiteral("Microsoft.ContainerInstance/containerGroups")});
    QCOMPARE(SubnetHosts::describe(*aci), QStringLiteral("used by Azure Container Instances"));
    // A delegation that does not say to what is an error, not a subnet anything may use.
    QJsonObject bad = usedSubnetJson(kSub, QStringLiteral("d"), QStringLiteral("delegation:x"));
    QJsonObject props = bad.value(QLatin1String("properties")).toObject();
    props.insert(QStringLiteral("delegations"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("d")}}});
    bad.insert(QStringLiteral("properties"), props);
    QVERIFY(!Subnet::fromJson(bad, &error));
    QVERIFY2(error.contains(QLatin1String("serviceName")), qPrintable(error));
    // Nor a service association link that does not say what it links.
    props.insert(QStringLiteral("delegations"), QJsonArray());
    props.insert(QStringLiteral("serviceAssociationLinks"),
                 QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("default")}}});
    bad.insert(QStringLiteral("properties"), props);
    QVERIFY(!Subnet::fromJson(bad, &error));
    QVERIFY2(error.contains(QLatin1String("linkedResourceType")), qPrintable(error));
}

void TestAccessEvaluator::snapshotReplacesASubscriptionWhole()
{
    // A refresh of one subscription replaces everything it had: a registry or subnet deleted in Azure must not
    // linger in the inventory the audit reads (mutation 025 kept registries and survived every other test).
    InventorySnapshot inv;
    inv.add(subscription(
        kSub,
        {subnetJson(kSub, QStringLiteral("a"), QStringLiteral("Succeeded")), subnetJson(kSub, QStringLiteral("b"), {})},
        {registry(QStringLiteral("acrone"), {}, {}), registry(QStringLiteral("acrtwo"), {}, {})}));
    inv.add(subscription(kOtherSub, {subnetJson(kOtherSub, QStringLiteral("c"), {})}, {}));
    QCOMPARE(inv.registries.size(), 2);
    QCOMPARE(inv.subnets.size(), 3);
    inv.add(subscription(kSub, {subnetJson(kSub, QStringLiteral("a"), QStringLiteral("Succeeded"))},
                         {registry(QStringLiteral("acrone"), {}, {})}));
    QCOMPARE(inv.registries.size(), 1);
    QVERIFY(inv.registries.contains(registry(QStringLiteral("acrone"), {}, {}).id.key()));
    QCOMPARE(inv.subnets.size(), 2);
    inv.remove(kSub.toUpper());
    QVERIFY(inv.registries.isEmpty());
    QCOMPARE(inv.subnets.keys(), QList<QString>{subnetId(kOtherSub, QStringLiteral("c")).toLower()});
    QVERIFY(!inv.isLoaded(kSub));
    QVERIFY(inv.isLoaded(kOtherSub));
}

void TestAccessEvaluator::preflightRuleLimits_data()
{
    QTest::addColumn<int>("vnet");
    QTest::addColumn<int>("ip");
    QTest::addColumn<QString>("blocker"); // empty: none about the count
    QTest::newRow("99 VNet rules") << 99 << 0 << "";
    QTest::newRow("100 VNet rules") << 100 << 0 << "";
    QTest::newRow("101 VNet rules") << 101 << 0 << "TooManyVirtualNetworkRules";
    QTest::newRow("199 IP rules") << 0 << 199 << "";
    QTest::newRow("200 IP rules") << 0 << 200 << "";
    QTest::newRow("201 IP rules") << 0 << 201 << "TooManyIpRules";
}

void TestAccessEvaluator::preflightRuleLimits()
{
    QFETCH(int, vnet);
    QFETCH(int, ip);
    QFETCH(QString, blocker);
    const Registry r = registry(QStringLiteral("acrlimit"), {}, {});
    const RegistryNetworkConfig before = RegistryNetworkConfig::from(r);
    RegistryNetworkConfig after = before;
    for (const QString &s : vnetRules(vnet))
        after.rules.virtualNetworkRules << VirtualNetworkRule{s, QStringLiteral("Allow")};
    for (const QString &v : ipRules(ip))
        after.rules.ipRules << IpRule{v, QStringLiteral("Allow")};
    const auto issues = RulePreflight::check(r, before, after, Cloud::byName(QStringLiteral("AzureCloud")), {});
    QStringList countBlockers;
    for (const PreflightIssue &i : issues) {
        if (i.code.startsWith(QLatin1String("TooMany")))
            countBlockers << i.code;
    }
    QCOMPARE(countBlockers, blocker.isEmpty() ? QStringList() : QStringList{blocker});
    if (!blocker.isEmpty())
        QVERIFY(RulePreflight::hasBlockers(issues));
}

void TestAccessEvaluator::conflictCheckSeesEverySetting_data()
{
    QTest::addColumn<QString>("field");
    QTest::newRow("public access") << "publicNetworkAccess";
    QTest::newRow("bypass") << "trustedServices";
    QTest::newRow("default action") << "defaultAction";
    QTest::newRow("ip rule") << "ipRules";
    QTest::newRow("vnet rule") << "virtualNetworkRules";
}

void TestAccessEvaluator::conflictCheckSeesEverySetting()
{
    // What the rules writer compares before it sends anything: any difference here is someone else's change.
    QFETCH(QString, field);
    const RegistryNetworkConfig base = RegistryNetworkConfig::from(
        registry(QStringLiteral("acrbase"), {subnetId(kSub, QStringLiteral("a"))}, {QStringLiteral("203.0.113.0/24")}));
    RegistryNetworkConfig theirs = base;
    if (field == QLatin1String("publicNetworkAccess"))
        theirs.publicNetworkAccess = false;
    else if (field == QLatin1String("trustedServices"))
        theirs.trustedServices = false;
    else if (field == QLatin1String("defaultAction"))
        theirs.rules.defaultAction = NetworkRuleSet::DefaultAction::Allow;
    else if (field == QLatin1String("ipRules"))
        theirs.rules.ipRules << IpRule{QStringLiteral("198.51.100.9"), QStringLiteral("Allow")};
    else
        theirs.rules.virtualNetworkRules.clear();
    QVERIFY(theirs != base);
    QVERIFY(!(theirs == base));
    // The merge keeps their change when this user did not touch that setting.
    RegistryNetworkConfig mine = base;
    mine.rules.virtualNetworkRules << VirtualNetworkRule{subnetId(kSub, QStringLiteral("b")), QStringLiteral("Allow")};
    const RegistryNetworkConfig merged = mergeConfigs(base, mine, theirs);
    QCOMPARE(merged.publicNetworkAccess, theirs.publicNetworkAccess);
    QCOMPARE(merged.trustedServices, theirs.trustedServices);
    QCOMPARE(int(merged.rules.defaultAction), int(theirs.rules.defaultAction));
    QCOMPARE(merged.rules.ipRules.size(), theirs.rules.ipRules.size());
    QVERIFY(merged.hasVirtualNetworkRule(subnetId(kSub, QStringLiteral("b"))));
}

void TestAccessEvaluator::whoLosesAccess_data()
{
    QTest::addColumn<RegistryNetworkConfig>("before");
    QTest::addColumn<RegistryNetworkConfig>("after");
    QTest::addColumn<bool>("privateEndpoint");
    QTest::addColumn<QStringList>("who"); // the beginning of each `who`, in order
    const QString a = subnetId(kSub, QStringLiteral("snet-a"));
    const RegistryNetworkConfig open =
        RegistryNetworkConfig::from(registry(QStringLiteral("r"), {}, {}, QStringLiteral("Allow")));
    const RegistryNetworkConfig denyA =
        RegistryNetworkConfig::from(registry(QStringLiteral("r"), {a}, ranges({"198.51.100.7"})));
    RegistryNetworkConfig denyNoBypass = denyA;
    denyNoBypass.trustedServices = false;
    RegistryNetworkConfig publicOff = denyA;
    publicOff.publicNetworkAccess = false;
    RegistryNetworkConfig fewer = denyA;
    fewer.rules.virtualNetworkRules.clear();
    fewer.rules.ipRules.clear();
    const QStringList internet{QStringLiteral("Azure DevOps hosted agents"),
                               QStringLiteral("Azure Container Instances and App Service"),
                               QStringLiteral("Every other machine on the internet")};
    QTest::newRow("open → Deny") << open << denyA << false << internet;
    QTest::newRow("open → Deny, bypass off")
        << open << denyNoBypass << false << (internet + QStringList{QStringLiteral("Trusted Azure services")});
    QTest::newRow("Deny → public off, private endpoint")
        << denyA << publicOff << true
        << QStringList{QStringLiteral("Listing repositories and tags from outside"),
                       QStringLiteral("The 2 subnet(s) and address range(s) the rules allowed")};
    QTest::newRow("Deny → public off, no private endpoint")
        << denyA << publicOff << false
        << QStringList{QStringLiteral("Every client"),
                       QStringLiteral("The 2 subnet(s) and address range(s) the rules allowed")};
    QTest::newRow("Deny, rules removed") << denyA << fewer << false
                                         << QStringList{QStringLiteral("Hosts in subnet vnet-a/snet-a"),
                                                        QStringLiteral("Callers from 198.51.100.7")};
    QTest::newRow("Deny → Allow") << denyA << open << false << QStringList();
    QTest::newRow("a rule added under Deny") << fewer << denyA << false << QStringList();
    QTest::newRow("bypass off under Deny")
        << denyA << denyNoBypass << false << QStringList{QStringLiteral("Trusted Azure services")};
}

void TestAccessEvaluator::whoLosesAccess()
{
    QFETCH(RegistryNetworkConfig, before);
    QFETCH(RegistryNetworkConfig, after);
    QFETCH(bool, privateEndpoint);
    QFETCH(QStringList, who);
    Registry r = registry(QStringLiteral("r"), {}, {});
    if (privateEndpoint) {
        PrivateEndpointConnection c;
        c.status = QStringLiteral("Approved");
        r.privateEndpointConnections << c;
    }
    const QList<AccessLoss> losses = AccessLossReport::between(r, before, after);
    QStringList got;
    for (const AccessLoss &l : losses) {
        got << l.who;
        QVERIFY2(!l.why.isEmpty() && !l.wayForward.isEmpty(), qPrintable(l.who));
    }
    QCOMPARE(got.size(), who.size());
    for (int i = 0; i < who.size(); ++i)
        QVERIFY2(got.at(i).startsWith(who.at(i)), qPrintable(got.at(i)));
    if (!losses.isEmpty())
        QCOMPARE(AccessLossReport::text(losses).count(QLatin1Char('\n')), losses.size() - 1);
    // Below Premium the rules never applied: nobody loses anything.
    r.sku = QStringLiteral("Standard");
    QVERIFY(AccessLossReport::between(r, before, after).isEmpty());
}

QObject *makeTestAccessEvaluator()
{
    return new TestAccessEvaluator;
}

#include "tst_accessevaluator.moc"
