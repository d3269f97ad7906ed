// The audit's checks on small hand-made inventories, parsed from ARM-shaped JSON: every severity against the README's
// table, every numeric threshold on both sides of its boundary, the endpoint states the evaluator and ACR-101 agree
// on, duplicate and overlapping IP rules — and each check run alone, on an inventory that triggers it and one that
// does not.
#include "app/audit/accessevaluator.h"
#include "app/audit/auditengine.h"
#include "auditfixtures.h"

#include <QFile>
#include <QRegularExpression>
#include <functional>

using namespace acrnet;
using namespace acrnet::testdata;

class TestAuditChecks : public QObject
{
    Q_OBJECT

private slots:
    void eachCheckAlone_data();
    void eachCheckAlone();
    void unknownCheckFindsNothing();
    void legacyRulesCarryTheirRemoveCommands();
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
    void overlappingRangesAreOneFinding();
};

namespace {

// A registry changed after parsing: what the JSON helper does not vary.
Registry with(Registry r, const std::function<void(Registry &)> &change)
{
    change(r);
    return r;
}

PrivateEndpointConnection connection(const QString &status)
{
    PrivateEndpointConnection c;
    c.name = QStringLiteral("pe-1");
    c.status = status;
    c.provisioningState = QStringLiteral("Succeeded");
    return c;
}

// kSub holds the registries and the subnets named; kOtherSub (provider registered or not) holds snet-other.
InventorySnapshot estate(const QList<Registry> &registries, const QList<QJsonObject> &subnets,
                         bool otherProviderRegistered = true)
{
    InventorySnapshot inv;
    inv.add(subscription(kSub, subnets, registries));
    inv.add(subscription(kOtherSub, {subnetJson(kOtherSub, QStringLiteral("snet-other"), QStringLiteral("Succeeded"))},
                         {}, otherProviderRegistered));
    return inv;
}

} // namespace

void TestAuditChecks::eachCheckAlone_data()
{
    QTest::addColumn<QString>("checkId");
    QTest::addColumn<InventorySnapshot>("triggers");
    QTest::addColumn<int>("expected");
    QTest::addColumn<InventorySnapshot>("quiet");
    QTest::addColumn<QString>("cloud");
    const QString azure = QStringLiteral("AzureCloud");
    const QString ok = subnetId(kSub, QStringLiteral("snet-ok"));
    const QList<QJsonObject> okSubnet{subnetJson(kSub, QStringLiteral("snet-ok"), QStringLiteral("Succeeded"))};
    const Registry denied = registry(QStringLiteral("r"), {}, {});
    const auto publicOff = [](Registry &r) {
        r.publicNetworkAccess = QStringLiteral("Disabled");
    };
    const auto approvedPe = [](Registry &r) {
        r.privateEndpointConnections << connection(QStringLiteral("Approved"));
    };
    QTest::newRow("ACR-001") << QStringLiteral("ACR-001")
                             << estate({registry(QStringLiteral("r"), {}, {}, QStringLiteral("Allow"))}, {}) << 1
                             << estate({denied}, {}) << azure;
    QTest::newRow("ACR-002") << QStringLiteral("ACR-002") << estate({denied}, {}) << 1
                             << estate({with(denied, publicOff)}, {}) << azure;
    QTest::newRow("ACR-003") << QStringLiteral("ACR-003")
                             << estate({with(denied,
                                             [](Registry &r) {
                                                 r.privateEndpointConnections << connection(QStringLiteral("Pending"));
                                             })},
                                       {})
                             << 1 << estate({with(denied, approvedPe)}, {}) << azure;
    QTest::newRow("ACR-004") << QStringLiteral("ACR-004")
                             << estate({with(denied, [](Registry &r) { r.sku = QStringLiteral("Standard"); })}, {}) << 1
                             << estate({denied}, {}) << azure;
    QTest::newRow("ACR-101") << QStringLiteral("ACR-101")
                             << estate({registry(QStringLiteral("r"),
                                                 {subnetId(kSub, QStringLiteral("snet-none")),
                                                  subnetId(kSub, QStringLiteral("snet-updating"))},
                                                 {})},
                                       {subnetJson(kSub, QStringLiteral("snet-none"), {}),
                                        subnetJson(kSub, QStringLiteral("snet-updating"), QStringLiteral("Updating"))})
                             << 2 << estate({registry(QStringLiteral("r"), {ok}, {})}, okSubnet) << azure;
    QTest::newRow("ACR-102") << QStringLiteral("ACR-102")
                             << estate({registry(QStringLiteral("r"), {subnetId(kSub, QStringLiteral("gone"))}, {})},
                                       okSubnet)
                             << 1 << estate({registry(QStringLiteral("r"), {ok}, {})}, okSubnet) << azure;
    const QString unseen = QStringLiteral("/subscriptions/11111111-2222-4333-8444-555555555555/resourceGroups/g/"
                                          "providers/Microsoft.Network/virtualNetworks/v/subnets/s");
    QTest::newRow("ACR-103") << QStringLiteral("ACR-103")
                             << estate(
                                    {registry(QStringLiteral("r"), {unseen, QString(unseen + QLatin1Char('2'))}, {})},
                                    {})
                             << 1 << estate({registry(QStringLiteral("r"), {ok}, {})}, okSubnet) << azure;
    QTest::newRow("ACR-104")
        << QStringLiteral("ACR-104")
        << estate({registry(QStringLiteral("r"), {}, {QStringLiteral("198.51.100.0/24")}, QStringLiteral("Allow"))}, {})
        << 1 << estate({registry(QStringLiteral("r"), {}, {QStringLiteral("198.51.100.0/24")})}, {}) << azure;
    QTest::newRow("ACR-105")
        << QStringLiteral("ACR-105")
        << estate({with(registry(QStringLiteral("r"), {}, {QStringLiteral("198.51.100.0/24")}), publicOff)}, {}) << 1
        << estate({with(denied, publicOff)}, {}) << azure;
    QTest::newRow("ACR-106") << QStringLiteral("ACR-106")
                             << estate({with(registry(QStringLiteral("r"), {ok}, {}), approvedPe)}, okSubnet) << 1
                             << estate({with(denied, approvedPe)}, {}) << azure;
    const QString other = subnetId(kOtherSub, QStringLiteral("snet-other"));
    QTest::newRow("ACR-107") << QStringLiteral("ACR-107")
                             << estate({registry(QStringLiteral("r"), {other}, {})}, {}, false) << 1
                             << estate({registry(QStringLiteral("r"), {other}, {})}, {}, true) << azure;
    QTest::newRow("ACR-108") << QStringLiteral("ACR-108")
                             << estate({registry(QStringLiteral("r"), {}, ranges({"20.0.0.0/8", "198.50.0.0/15"}))}, {})
                             << 2 << estate({registry(QStringLiteral("r"), {}, ranges({"198.51.0.0/16"}))}, {})
                             << azure;
    QTest::newRow("ACR-109") << QStringLiteral("ACR-109")
                             << estate({registry(QStringLiteral("r"), {}, ranges({"10.1.0.0/24"}))}, {}) << 1
                             << estate({registry(QStringLiteral("r"), {}, ranges({"198.51.100.7"}))}, {}) << azure;
    QTest::newRow("ACR-110")
        << QStringLiteral("ACR-110")
        << estate({registry(QStringLiteral("r"), {},
                            ranges({"198.51.100.0/24", "198.51.100.7", "203.0.113.1", "203.0.113.1"}))},
                  {})
        << 2 << estate({registry(QStringLiteral("r"), {}, ranges({"198.51.100.0/25", "198.51.100.128/25"}))}, {})
        << azure;
    QTest::newRow("ACR-111") << QStringLiteral("ACR-111")
                             << estate({registry(QStringLiteral("r"), {}, ipRules(180))}, {}) << 1
                             << estate({registry(QStringLiteral("r"), {}, ipRules(179))}, {}) << azure;
    QTest::newRow("ACR-112") << QStringLiteral("ACR-112") << estate({registry(QStringLiteral("r"), {ok}, {})}, okSubnet)
                             << 1 << estate({registry(QStringLiteral("r"), {}, ranges({"198.51.100.7"}))}, {}) << azure;
    QTest::newRow("ACR-113") << QStringLiteral("ACR-113") << estate({registry(QStringLiteral("r"), {ok}, {})}, okSubnet)
                             << 1 << estate({registry(QStringLiteral("r"), {}, ranges({"198.51.100.7"}))}, {})
                             << QStringLiteral("AzureUSGovernment");
    const QString aci = subnetId(kSub, QStringLiteral("snet-aci"));
    QTest::newRow("ACR-114")
        << QStringLiteral("ACR-114")
        << estate({registry(QStringLiteral("r"), {aci, ok}, {})},
                  {usedSubnetJson(kSub, QStringLiteral("snet-aci"),
                                  QStringLiteral("delegation:Microsoft.ContainerInstance/containerGroups")),
                   subnetJson(kSub, QStringLiteral("snet-ok"), QStringLiteral("Succeeded"))})
        << 1
        << estate({registry(QStringLiteral("r"), {aci}, {})},
                  {usedSubnetJson(kSub, QStringLiteral("snet-aci"), QStringLiteral("scaleSet:aks-np1-vmss"))})
        << azure;
}

void TestAuditChecks::eachCheckAlone()
{
    QFETCH(QString, checkId);
    QFETCH(InventorySnapshot, triggers);
    QFETCH(int, expected);
    QFETCH(InventorySnapshot, quiet);
    QFETCH(QString, cloud);
    const Cloud c = Cloud::byName(cloud);
    QVERIFY(c.isValid());
    // The table has a function for every documented check, and nothing else.
    const QList<AuditEngine::Check> checks = AuditEngine::checks();
    QVERIFY(std::any_of(checks.cbegin(), checks.cend(), [&](const AuditEngine::Check &k) { return k.id == checkId; }));
    const QList<Finding> found = AuditEngine::runCheck(checkId, triggers, c);
    QCOMPARE(found.size(), expected);
    for (const Finding &f : found) {
        QCOMPARE(f.checkId, checkId);
        QVERIFY2(!f.explanation.isEmpty() && !f.evidence.isEmpty(), qPrintable(checkId));
        QCOMPARE(f.registryName, QStringLiteral("r"));
    }
    // The same finding in the full run: running a check alone changes nothing about it.
    QCOMPARE(findingsOf(AuditEngine::run(triggers, c), checkId).size(), expected);
    QCOMPARE(AuditEngine::runCheck(checkId, quiet, c).size(), 0);
}

void TestAuditChecks::unknownCheckFindsNothing()
{
    const InventorySnapshot inv = estate({registry(QStringLiteral("r"), {}, {}, QStringLiteral("Allow"))}, {});
    QVERIFY(!AuditEngine::run(inv, Cloud::byName(QStringLiteral("AzureCloud"))).isEmpty());
    QVERIFY(
        AuditEngine::runCheck(QStringLiteral("ACR-999"), inv, Cloud::byName(QStringLiteral("AzureCloud"))).isEmpty());
}

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

void TestAuditChecks::legacyRulesCarryTheirRemoveCommands()
{
    // ACR-112 lists, per registry, the `az acr network-rule remove` that cleans up each legacy rule.
    const QString a = subnetId(kSub, QStringLiteral("snet-a"));
    const QString b = subnetId(kOtherSub, QStringLiteral("snet-b"));
    const QList<Finding> found =
        findingsOf(audit({registry(QStringLiteral("legacy"), {a, b}, {})}), QStringLiteral("ACR-112"));
    QCOMPARE(found.size(), 1);
    const QString target =
        QStringLiteral("az acr network-rule remove --name legacy --resource-group rg-acr --subscription %1 "
                       "--subnet ")
            .arg(kSub);
    QCOMPARE(found.first().fixCommands, (QStringList{target + a, target + b}));
    // Other checks carry none.
    for (const Finding &f : audit({registry(QStringLiteral("legacy"), {a}, {}, QStringLiteral("Allow"))})) {
        if (f.checkId != QLatin1String("ACR-112"))
            QVERIFY2(f.fixCommands.isEmpty(), qPrintable(f.checkId));
    }
}

QObject *makeTestAuditChecks()
{
    return new TestAuditChecks;
}

#include "tst_auditchecks.moc"
