// The audit's checks and the rules editor's pre-flight on small hand-made inventories, parsed from ARM-shaped JSON:
// every severity against the README's table, every numeric threshold on both sides of its boundary, the endpoint
// states the evaluator and ACR-101 agree on, duplicate IP rules.
#include "app/audit/accessevaluator.h"
#include "app/audit/auditengine.h"
#include "app/audit/auditreport.h"
#include "app/audit/suppression.h"
#include "app/services/registrychange.h"
#include "app/services/rulepreflight.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QtTest>

using namespace acrnet;

namespace {

const QString kSub = QStringLiteral("0d1e2f30-4152-4637-8899-aabbccddeeff");
const QString kOtherSub = QStringLiteral("7a6b5c4d-3e2f-4011-9223-344556677889");

QString subnetId(const QString &sub, const QString &name)
{
    return QStringLiteral("/subscriptions/%1/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/"
                          "vnet-a/subnets/%2")
        .arg(sub, name);
}

// A subnet whose Microsoft.ContainerRegistry endpoint is in `state` (empty: no endpoint at all).
QJsonObject subnetJson(const QString &sub, const QString &name, const QString &state)
{
    QJsonArray endpoints;
    if (!state.isEmpty())
        endpoints.append(QJsonObject{{QStringLiteral("service"), QStringLiteral("Microsoft.ContainerRegistry")},
                                     {QStringLiteral("locations"), QJsonArray{QStringLiteral("*")}},
                                     {QStringLiteral("provisioningState"), state}});
    return {
        {QStringLiteral("id"), subnetId(sub, name)},
        {QStringLiteral("name"), name},
        {QStringLiteral("etag"), QStringLiteral("W/\"1\"")},
        {QStringLiteral("properties"), QJsonObject{{QStringLiteral("addressPrefix"), QStringLiteral("10.0.1.0/24")},
                                                   {QStringLiteral("provisioningState"), QStringLiteral("Succeeded")},
                                                   {QStringLiteral("serviceEndpoints"), endpoints}}}};
}

Registry registry(const QString &name, const QStringList &vnetRules, const QStringList &ipRules,
                  const QString &defaultAction = QStringLiteral("Deny"))
{
    QJsonArray vnet, ip;
    for (const QString &s : vnetRules)
        vnet.append(QJsonObject{{QStringLiteral("id"), s}, {QStringLiteral("action"), QStringLiteral("Allow")}});
    for (const QString &v : ipRules)
        ip.append(QJsonObject{{QStringLiteral("value"), v}, {QStringLiteral("action"), QStringLiteral("Allow")}});
    const QJsonObject ruleSet{{QStringLiteral("defaultAction"), defaultAction},
                              {QStringLiteral("virtualNetworkRules"), vnet},
                              {QStringLiteral("ipRules"), ip}};
    const QJsonObject properties{{QStringLiteral("loginServer"), QString(name + QStringLiteral(".azurecr.io"))},
                                 {QStringLiteral("provisioningState"), QStringLiteral("Succeeded")},
                                 {QStringLiteral("publicNetworkAccess"), QStringLiteral("Enabled")},
                                 {QStringLiteral("networkRuleBypassOptions"), QStringLiteral("AzureServices")},
                                 {QStringLiteral("networkRuleSet"), ruleSet}};
    const QJsonObject sku{{QStringLiteral("name"), QStringLiteral("Premium")},
                          {QStringLiteral("tier"), QStringLiteral("Premium")}};
    const QJsonObject json{
        {QStringLiteral("id"),
         QStringLiteral("/subscriptions/%1/resourceGroups/rg-acr/providers/Microsoft.ContainerRegistry/registries/%2")
             .arg(kSub, name)},
        {QStringLiteral("name"), name},
        {QStringLiteral("location"), QStringLiteral("westeurope")},
        {QStringLiteral("sku"), sku},
        {QStringLiteral("properties"), properties}};
    QString error;
    const auto r = Registry::fromJson(json, &error);
    if (!r)
        qFatal("test registry does not parse: %s", qPrintable(error));
    return *r;
}

SubscriptionInventory subscription(const QString &sub, const QList<QJsonObject> &subnets,
                                   const QList<Registry> &registries, bool providerRegistered = true)
{
    SubscriptionInventory inv;
    inv.subscription.subscriptionId = sub;
    inv.subscription.displayName = QStringLiteral("Subscription ") + sub.left(4);
    inv.containerRegistryProvider.subscriptionId = sub;
    inv.containerRegistryProvider.registrationState =
        providerRegistered ? QStringLiteral("Registered") : QStringLiteral("NotRegistered");
    inv.containerRegistryProvider.state =
        ProviderRegistration::stateFromString(inv.containerRegistryProvider.registrationState);
    QJsonArray subnetArray;
    for (const QJsonObject &s : subnets)
        subnetArray.append(s);
    const QJsonObject vnet{
        {QStringLiteral("id"), subnetId(sub, QStringLiteral("x")).section(QLatin1Char('/'), 0, -3)},
        {QStringLiteral("name"), QStringLiteral("vnet-a")},
        {QStringLiteral("location"), QStringLiteral("westeurope")},
        {QStringLiteral("properties"),
         QJsonObject{{QStringLiteral("addressSpace"),
                      QJsonObject{{QStringLiteral("addressPrefixes"), QJsonArray{QStringLiteral("10.0.0.0/16")}}}},
                     {QStringLiteral("subnets"), subnetArray}}}};
    QString error;
    QStringList warnings;
    const auto v = VirtualNetwork::fromJson(vnet, &error, &warnings);
    if (!v || !warnings.isEmpty())
        qFatal("test VNet does not parse: %s %s", qPrintable(error), qPrintable(warnings.join(QLatin1Char(';'))));
    inv.virtualNetworks << *v;
    inv.registries = registries;
    return inv;
}

QStringList ranges(std::initializer_list<const char *> texts)
{
    QStringList out;
    for (const char *t : texts)
        out << QLatin1String(t);
    return out;
}

QList<Finding> findingsOf(const QList<Finding> &all, const QString &checkId)
{
    QList<Finding> out;
    for (const Finding &f : all) {
        if (f.checkId == checkId)
            out << f;
    }
    return out;
}

QList<Finding> audit(const QList<Registry> &registries, const QList<QJsonObject> &subnets = {},
                     int vnetRuleLimit = RulePreflight::defaultVirtualNetworkRuleLimit())
{
    InventorySnapshot inv;
    inv.add(subscription(kSub, subnets, registries));
    return AuditEngine::run(inv, Cloud::byName(QStringLiteral("AzureCloud")), vnetRuleLimit);
}

QStringList ipRules(int count)
{
    QStringList out;
    for (int i = 0; i < count; ++i)
        out << QStringLiteral("198.51.%1.%2").arg(i / 250).arg(i % 250 + 1);
    return out;
}

QStringList vnetRules(int count)
{
    QStringList out;
    for (int i = 0; i < count; ++i)
        out << subnetId(kOtherSub, QStringLiteral("snet-%1").arg(i));
    return out;
}

} // namespace

class TestAuditChecks : public QObject
{
    Q_OBJECT

private slots:
    void severitiesMatchTheReadme();
    void broadIpRuleThreshold_data();
    void broadIpRuleThreshold();
    void privateRangeBoundaries_data();
    void privateRangeBoundaries();
    void identicalIpRulesAreReported();
    void ruleCountNearTheLimit_data();
    void ruleCountNearTheLimit();
    void endpointStateDecidesTheRule_data();
    void endpointStateDecidesTheRule();
    void preflightRuleLimits_data();
    void preflightRuleLimits();
    void conflictCheckSeesEverySetting_data();
    void conflictCheckSeesEverySetting();
    void csvCellsAreQuotedAndNeutralised_data();
    void csvCellsAreQuotedAndNeutralised();
    void csvRoundTripsHostileText();
    void snapshotReplacesASubscriptionWhole();
    void publicEgressIsThreeValued_data();
    void publicEgressIsThreeValued();
    void whatIfReadsTheEstate_data();
    void whatIfReadsTheEstate();
    void overlappingRangesAreOneFinding();
    void suppressionsApplyUntilTheyExpire();
    void suppressionFilesAreCheckedWhole_data();
    void suppressionFilesAreCheckedWhole();
};

void TestAuditChecks::severitiesMatchTheReadme()
{
    // The table pipelines are configured from (--fail-on): ID | severity | check | policy.
    QFile readme(QStringLiteral(ACRNET_FIXTURES "/../../README.md"));
    QVERIFY(readme.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(readme.readAll());
    static const QRegularExpression row(QStringLiteral("^\\| (ACR-\\d{3}) \\| (low|medium|high) \\|"),
                                        QRegularExpression::MultilineOption);
    QHash<QString, QString> documented;
    for (auto it = row.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        documented.insert(m.captured(1), m.captured(2));
    }
    const auto checks = AuditEngine::checks();
    QCOMPARE(documented.size(), checks.size());
    for (const AuditEngine::Check &c : checks)
        QCOMPARE(Finding::severityName(c.severity), documented.value(c.id, QStringLiteral("(not in README)")));
    // And the ones a gate depends on most, spelled out here as well.
    const QHash<QString, Finding::Severity> pinned{
        {QStringLiteral("ACR-001"), Finding::Severity::High}, {QStringLiteral("ACR-101"), Finding::Severity::High},
        {QStringLiteral("ACR-107"), Finding::Severity::High}, {QStringLiteral("ACR-108"), Finding::Severity::High},
        {QStringLiteral("ACR-113"), Finding::Severity::High}, {QStringLiteral("ACR-110"), Finding::Severity::Low}};
    for (const AuditEngine::Check &c : checks) {
        if (pinned.contains(c.id))
            QCOMPARE(int(c.severity), int(pinned.value(c.id)));
    }
}

void TestAuditChecks::broadIpRuleThreshold_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<bool>("broad");
    QTest::newRow("/16 is not too broad") << "198.51.0.0/16" << false;
    QTest::newRow("/15 is") << "198.50.0.0/15" << true;
    QTest::newRow("/17") << "198.51.128.0/17" << false;
    QTest::newRow("/0") << "0.0.0.0/0" << true;
    QTest::newRow("/32") << "198.51.100.7" << false;
}

void TestAuditChecks::broadIpRuleThreshold()
{
    QFETCH(QString, rule);
    QFETCH(bool, broad);
    const auto found = findingsOf(audit({registry(QStringLiteral("acrwide"), {}, {rule})}), QStringLiteral("ACR-108"));
    QCOMPARE(found.size(), broad ? 1 : 0);
    if (broad) {
        QCOMPARE(found.first().severity, Finding::Severity::High);
        QCOMPARE(found.first().evidence, QStringList{QStringLiteral("ipRule: ") + rule});
    }
    // The editor warns on the same boundary.
    const auto issues = RulePreflight::checkIpRules({IpRule{rule, QStringLiteral("Allow")}});
    QCOMPARE(std::count_if(issues.cbegin(), issues.cend(),
                           [](const PreflightIssue &i) { return i.code == QLatin1String("BroadIpRule"); }),
             broad ? 1 : 0);
}

void TestAuditChecks::privateRangeBoundaries_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<bool>("isPrivate");
    QTest::newRow("10/8 first") << "10.0.0.0" << true;
    QTest::newRow("10/8 last") << "10.255.255.255" << true;
    QTest::newRow("just below 10/8") << "9.255.255.255" << false;
    QTest::newRow("just above 10/8") << "11.0.0.0" << false;
    QTest::newRow("172.16/12 first") << "172.16.0.0" << true;
    QTest::newRow("172.16/12 last") << "172.31.255.255" << true;
    QTest::newRow("172.32 is public") << "172.32.0.0" << false;
    QTest::newRow("172.15 is public") << "172.15.255.255" << false;
    QTest::newRow("192.168/16") << "192.168.0.0/16" << true;
    QTest::newRow("192.169 is public") << "192.169.0.1" << false;
    QTest::newRow("CGNAT 100.64/10 last") << "100.127.255.255" << true;
    QTest::newRow("100.128 is public") << "100.128.0.0" << false;
    QTest::newRow("a /7 holding 10/8 is not private") << "10.0.0.0/7" << false;
}

void TestAuditChecks::privateRangeBoundaries()
{
    QFETCH(QString, rule);
    QFETCH(bool, isPrivate);
    const auto found = findingsOf(audit({registry(QStringLiteral("acrpriv"), {}, {rule})}), QStringLiteral("ACR-109"));
    QCOMPARE(found.size(), isPrivate ? 1 : 0);
}

void TestAuditChecks::identicalIpRulesAreReported()
{
    // Two identical rules (as the service may hold them when written by another tool), and one overlapping pair.
    const auto all = audit(
        {registry(
             QStringLiteral("acrdup"), {},
             {QStringLiteral("203.0.113.0/24"), QStringLiteral("203.0.113.0/24"), QStringLiteral("198.51.100.0/24")}),
         registry(QStringLiteral("acrover"), {}, {QStringLiteral("198.51.100.0/24"), QStringLiteral("198.51.100.7")}),
         registry(QStringLiteral("acrdisjoint"), {},
                  {QStringLiteral("198.51.100.0/25"), QStringLiteral("198.51.100.128/25")})});
    const auto found = findingsOf(all, QStringLiteral("ACR-110"));
    QCOMPARE(found.size(), 2);
    QCOMPARE(found.at(0).registryName, QStringLiteral("acrdup"));
    QVERIFY2(found.at(0).explanation.contains(QLatin1String("same range")), qPrintable(found.at(0).explanation));
    QCOMPARE(found.at(0).evidence, QStringList{QStringLiteral("ipRules: 203.0.113.0/24, 203.0.113.0/24")});
    QCOMPARE(found.at(1).registryName, QStringLiteral("acrover"));
    QVERIFY(found.at(1).explanation.contains(QLatin1String("overlap")));
    // The editor refuses the duplicate outright.
    const auto issues = RulePreflight::checkIpRules(
        {IpRule{QStringLiteral("203.0.113.0/24"), {}}, IpRule{QStringLiteral("203.0.113.0/24"), {}}});
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().code, QStringLiteral("DuplicateIpRule"));
    QVERIFY(issues.first().isBlocker());
}

void TestAuditChecks::ruleCountNearTheLimit_data()
{
    QTest::addColumn<int>("vnet");
    QTest::addColumn<int>("ip");
    QTest::addColumn<bool>("near");
    QTest::newRow("89 VNet rules") << 89 << 0 << false;
    QTest::newRow("90 VNet rules (90 %)") << 90 << 0 << true;
    QTest::newRow("100 VNet rules") << 100 << 0 << true;
    QTest::newRow("179 IP rules") << 0 << 179 << false;
    QTest::newRow("180 IP rules (90 %)") << 0 << 180 << true;
    QTest::newRow("89 + 179") << 89 << 179 << false;
}

void TestAuditChecks::ruleCountNearTheLimit()
{
    QFETCH(int, vnet);
    QFETCH(int, ip);
    QFETCH(bool, near);
    const auto found = findingsOf(audit({registry(QStringLiteral("acrfull"), vnetRules(vnet), ipRules(ip))}),
                                  QStringLiteral("ACR-111"));
    QCOMPARE(found.size(), near ? 1 : 0);
    if (near)
        QCOMPARE(found.first().evidence, (QStringList{QStringLiteral("%1 of 100 VNet rules").arg(vnet),
                                                      QStringLiteral("%1 of 200 IP rules").arg(ip)}));
    // A lower limit (the service's usage says so) moves the threshold with it: 90 % of 10 is 9.
    const auto small =
        findingsOf(audit({registry(QStringLiteral("acrsmall"), vnetRules(8), {})}, {}, 10), QStringLiteral("ACR-111"));
    QCOMPARE(small.size(), 0);
    QCOMPARE(
        findingsOf(audit({registry(QStringLiteral("acrsmall"), vnetRules(9), {})}, {}, 10), QStringLiteral("ACR-111"))
            .size(),
        1);
}

void TestAuditChecks::endpointStateDecidesTheRule_data()
{
    QTest::addColumn<QString>("state"); // of the subnet's Microsoft.ContainerRegistry endpoint; empty: none
    QTest::addColumn<bool>("grants");
    QTest::addColumn<QString>("reason");
    QTest::newRow("Succeeded") << "Succeeded" << true << "carries its identity";
    QTest::newRow("Updating") << "Updating" << false << "endpoint is Updating, not Succeeded";
    QTest::newRow("Failed") << "Failed" << false << "endpoint is Failed, not Succeeded";
    QTest::newRow("Deleting") << "Deleting" << false << "endpoint is Deleting";
    QTest::newRow("no endpoint") << "" << false << "has no Microsoft.ContainerRegistry service endpoint";
}

void TestAuditChecks::endpointStateDecidesTheRule()
{
    QFETCH(QString, state);
    QFETCH(bool, grants);
    QFETCH(QString, reason);
    const QString subnet = subnetId(kSub, QStringLiteral("snet-build"));
    const Registry r = registry(QStringLiteral("acrdeny"), {subnet}, {});
    InventorySnapshot inv;
    inv.add(subscription(kSub, {subnetJson(kSub, QStringLiteral("snet-build"), state)}, {r}));

    const RuleCheck check = AccessEvaluator::checkRule(subnet, inv);
    QCOMPARE(check.grants(), grants);
    const AccessDecision d = AccessEvaluator::fromSubnet(r, subnet, inv);
    QCOMPARE(int(d.result),
             int(grants ? AccessDecision::Result::AllowedByRule : AccessDecision::Result::RuleIneffective));
    QVERIFY2(d.reasons.join(QLatin1Char(' ')).contains(reason), qPrintable(d.reasons.join(QLatin1Char(' '))));
    // The same ID spelled as ARM sometimes returns it (lower case) gets the same answer.
    QCOMPARE(int(AccessEvaluator::fromSubnet(r, subnet.toLower(), inv).result), int(d.result));

    // The audit agrees with the evaluator: a rule that grants nothing because of the endpoint is ACR-101.
    const auto found =
        findingsOf(AuditEngine::run(inv, Cloud::byName(QStringLiteral("AzureCloud"))), QStringLiteral("ACR-101"));
    QCOMPARE(found.size(), grants ? 0 : 1);
    if (!grants) {
        QCOMPARE(found.first().severity, Finding::Severity::High);
        QCOMPARE(found.first().fix, Finding::Fix::EnableEndpoint);
        QCOMPARE(found.first().fixTarget, subnet);
        QCOMPARE(found.first().evidence.first(), QString(QStringLiteral("rule: ") + subnet));
        if (!state.isEmpty())
            QVERIFY2(found.first().evidence.last().contains(state), qPrintable(found.first().evidence.last()));
    }
    // The editor's sentence counts only rules that grant.
    const QStringList summary = AccessEvaluator::summary(r, inv);
    QCOMPARE(summary.join(QLatin1Char(' ')).contains(QLatin1String("Rules that grant nothing")), !grants);
}

void TestAuditChecks::preflightRuleLimits_data()
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

void TestAuditChecks::preflightRuleLimits()
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

void TestAuditChecks::conflictCheckSeesEverySetting_data()
{
    QTest::addColumn<QString>("field");
    QTest::newRow("public access") << "publicNetworkAccess";
    QTest::newRow("bypass") << "trustedServices";
    QTest::newRow("default action") << "defaultAction";
    QTest::newRow("ip rule") << "ipRules";
    QTest::newRow("vnet rule") << "virtualNetworkRules";
}

void TestAuditChecks::conflictCheckSeesEverySetting()
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

void TestAuditChecks::csvCellsAreQuotedAndNeutralised_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("cell");
    QTest::newRow("plain") << "contosoprod"
                           << "contosoprod";
    QTest::newRow("comma") << "a,b"
                           << "\"a,b\"";
    QTest::newRow("quote") << "say \"hi\""
                           << "\"say \"\"hi\"\"\"";
    QTest::newRow("line feed") << "a\nb"
                               << "\"a\nb\"";
    QTest::newRow("carriage return") << "a\rb"
                                     << "\"a\rb\"";
    QTest::newRow("formula =") << "=HYPERLINK(\"http://x\")"
                               << "\"'=HYPERLINK(\"\"http://x\"\")\"";
    QTest::newRow("formula +") << "+1"
                               << "'+1";
    QTest::newRow("formula -") << "-2+3"
                               << "'-2+3";
    QTest::newRow("formula @") << "@SUM(A1)"
                               << "'@SUM(A1)";
    QTest::newRow("leading tab") << "\tcmd"
                                 << "'\tcmd";
    QTest::newRow("leading CR") << "\rcmd"
                                << "\"'\rcmd\"";
    QTest::newRow("minus inside is fine") << "rg-platform"
                                          << "rg-platform";
}

void TestAuditChecks::csvCellsAreQuotedAndNeutralised()
{
    QFETCH(QString, value);
    QFETCH(QString, cell);
    QCOMPARE(AuditReport::csvField(value), cell);
}

void TestAuditChecks::csvRoundTripsHostileText()
{
    // A resource name or tag can carry anything: the export must neither break its rows nor run as a formula, and
    // reading it back gives the original text.
    AuditReport report;
    Finding f;
    f.checkId = QStringLiteral("ACR-001");
    f.severity = Finding::Severity::High;
    f.title = QStringLiteral("=cmd|' /C calc'!A0");
    f.registryName = QStringLiteral("@evil");
    f.explanation = QStringLiteral("line one\r\nline two, with \"quotes\"");
    f.evidence = {QStringLiteral("-1+2"), QStringLiteral("+tag")};
    report.findings << f;
    report.errors.append(QJsonObject{{QStringLiteral("subscriptionId"), QStringLiteral("sub-1")},
                                     {QStringLiteral("error"), QStringLiteral("denied,\nagain")}});
    const QByteArray csv = report.toCsv();
    QVERIFY(csv.startsWith("# incomplete: sub-1 was not read completely: denied, again\n"));
    for (const QByteArray &line : csv.split('\n')) {
        for (const QByteArray &cell : line.split(',')) {
            const QByteArray bare = cell.startsWith('"') ? cell.mid(1) : cell;
            QVERIFY2(bare.isEmpty() || !QByteArray("=+@").contains(bare.at(0)), line.constData());
        }
    }
    QString error;
    const QList<Finding> back = AuditReport::fromCsv(csv, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(back.size(), 1);
    QCOMPARE(back.first().title, f.title);
    QCOMPARE(back.first().registryName, f.registryName);
    QCOMPARE(back.first().explanation, f.explanation); // CR LF kept inside the quoted cell
    QCOMPARE(back.first().evidence, f.evidence);
    // The JSON says the same.
    const QJsonObject json = QJsonDocument::fromJson(report.toJson()).object();
    QCOMPARE(json.value(QLatin1String("complete")), QJsonValue(false));
    QCOMPARE(json.value(QLatin1String("errors")).toArray().size(), 1);
}

void TestAuditChecks::snapshotReplacesASubscriptionWhole()
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

void TestAuditChecks::publicEgressIsThreeValued_data()
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

void TestAuditChecks::publicEgressIsThreeValued()
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

void TestAuditChecks::whatIfReadsTheEstate_data()
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

void TestAuditChecks::whatIfReadsTheEstate()
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

void TestAuditChecks::overlappingRangesAreOneFinding()
{
    // Four rules that all overlap (one of them twice), a chain A–B–C that overlaps only through B, and a lone one.
    const auto all = audit({registry(QStringLiteral("acrmany"), {},
                                     {QStringLiteral("0.0.0.0/0"), QStringLiteral("192.0.2.0/24"),
                                      QStringLiteral("192.0.2.16/28"), QStringLiteral("192.0.2.0/24")}),
                            registry(QStringLiteral("acrchain"), {},
                                     {QStringLiteral("198.51.100.0/25"), QStringLiteral("198.51.100.0/24"),
                                      QStringLiteral("198.51.100.128/25"), QStringLiteral("203.0.113.1")})});
    const auto found = findingsOf(all, QStringLiteral("ACR-110"));
    QCOMPARE(found.size(), 2);
    QCOMPARE(found.at(0).registryName, QStringLiteral("acrchain"));
    QCOMPARE(found.at(0).evidence,
             QStringList{QStringLiteral("ipRules: 198.51.100.0/25, 198.51.100.0/24, 198.51.100.128/25")});
    QCOMPARE(found.at(1).registryName, QStringLiteral("acrmany"));
    QCOMPARE(found.at(1).evidence,
             QStringList{QStringLiteral("ipRules: 0.0.0.0/0, 192.0.2.0/24, 192.0.2.16/28, 192.0.2.0/24")});
    QVERIFY(found.at(1).explanation.contains(QLatin1String("overlap")));
}

void TestAuditChecks::suppressionsApplyUntilTheyExpire()
{
    const Registry r = registry(QStringLiteral("acrwide"), {}, {QStringLiteral("20.0.0.0/8")});
    QList<Finding> all = audit({r});
    QCOMPARE(findingsOf(all, QStringLiteral("ACR-108")).size(), 1);
    QVERIFY(AuditEngine::anyAtOrAbove(all, Finding::Severity::High));
    SuppressionList list;
    // The key is check + registry, whatever the case of the ID.
    list.accept(Suppression{QStringLiteral("ACR-108"),
                            r.id.toString().toUpper(),
                            QStringLiteral("vendor range, reviewed"),
                            QDate(2030, 6, 30),
                            {}});
    list.apply(all, QDate(2030, 6, 30));
    const Finding accepted = findingsOf(all, QStringLiteral("ACR-108")).first();
    QVERIFY(accepted.suppressed);
    QCOMPARE(accepted.suppressionReason, QStringLiteral("vendor range, reviewed"));
    QCOMPARE(accepted.suppressionExpires, QDate(2030, 6, 30));
    QVERIFY(!AuditEngine::anyAtOrAbove(all, Finding::Severity::High));  // the gate ignores it
    QVERIFY(AuditEngine::anyAtOrAbove(all, Finding::Severity::Medium)); // ACR-002 is not accepted
    for (const Finding &f : all)
        QCOMPARE(f.suppressed, f.checkId == QLatin1String("ACR-108"));
    // The report carries it apart and reads it back.
    AuditReport report;
    report.findings = all;
    QString error;
    const QList<Finding> json = AuditReport::fromJson(report.toJson(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(findingsOf(json, QStringLiteral("ACR-108")).first().suppressionReason,
             QStringLiteral("vendor range, reviewed"));
    const QList<Finding> csv = AuditReport::fromCsv(report.toCsv(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(findingsOf(csv, QStringLiteral("ACR-108")).first().suppressed);
    QVERIFY(!findingsOf(csv, QStringLiteral("ACR-002")).first().suppressed);
    QVERIFY(QString::fromUtf8(report.toHtml()).contains(QLatin1String("vendor range, reviewed")));
    // The day after it expires, the finding counts again.
    list.apply(all, QDate(2030, 7, 1));
    QVERIFY(!findingsOf(all, QStringLiteral("ACR-108")).first().suppressed);
    QVERIFY(AuditEngine::anyAtOrAbove(all, Finding::Severity::High));
    // Round trip of the list itself; reinstating removes it.
    const auto again = SuppressionList::fromJson(list.toJson(), &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(again->items.size(), 1);
    QCOMPARE(again->items.first().expires, QDate(2030, 6, 30));
    QVERIFY(list.remove(QStringLiteral("ACR-108"), r.id.toString()));
    QVERIFY(list.items.isEmpty());
}

void TestAuditChecks::suppressionFilesAreCheckedWhole_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    const QByteArray id = "/subscriptions/0d1e2f30-4152-4637-8899-aabbccddeeff/resourceGroups/rg/providers/"
                          "Microsoft.ContainerRegistry/registries/acr";
    QTest::newRow("not JSON") << QByteArray("{\"suppressions\": [") << "not a JSON object";
    QTest::newRow("no list") << QByteArray("{}") << "\"suppressions\" is missing";
    QTest::newRow("bad check") << QByteArray("{\"suppressions\":[{\"checkId\":\"X\",\"resourceId\":\"" + id +
                                             "\",\"reason\":\"r\"}]}")
                               << "suppression 1: checkId 'X'";
    QTest::newRow("no reason") << QByteArray("{\"suppressions\":[{\"checkId\":\"ACR-001\",\"resourceId\":\"" + id +
                                             "\",\"reason\":\"  \"}]}")
                               << "suppression 1: the reason is empty";
    QTest::newRow("bad date") << QByteArray("{\"suppressions\":[{\"checkId\":\"ACR-001\",\"resourceId\":\"" + id +
                                            "\",\"reason\":\"r\"},{\"checkId\":\"ACR-002\",\"resourceId\":\"" + id +
                                            "\",\"reason\":\"r\",\"expires\":\"31/12/2030\"}]}")
                              << "suppression 2: expires '31/12/2030'";
    QTest::newRow("wrong resource") << QByteArray("{\"suppressions\":[{\"checkId\":\"ACR-001\",\"resourceId\":"
                                                  "\"acr\",\"reason\":\"r\"}]}")
                                    << "resourceId 'acr' is not a resource ID";
}

void TestAuditChecks::suppressionFilesAreCheckedWhole()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    QString said;
    QVERIFY(!SuppressionList::fromJson(json, &said));
    QVERIFY2(said.startsWith(error) || said.contains(error), qPrintable(said));
}

QTEST_GUILESS_MAIN(TestAuditChecks)
#include "tst_auditchecks.moc"
