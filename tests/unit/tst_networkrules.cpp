// IP rule parsing and checks, the rule-set diff, the Azure CLI commands, the three-way merge and the access
// sentence: pure functions, tested with tables.
#include "app/azure/iprange.h"
#include "app/services/registrychange.h"
#include "app/services/rulepreflight.h"

#include <QTranslator>
#include <QtTest>

using namespace acrnet;

namespace {
RegistryNetworkConfig config(NetworkRuleSet::DefaultAction action, const QStringList &subnets, const QStringList &ips)
{
    RegistryNetworkConfig c;
    c.rules.defaultAction = action;
    c.rules.virtualNetworkRulesPresent = true;
    for (const QString &s : subnets)
        c.rules.virtualNetworkRules << VirtualNetworkRule{s, QStringLiteral("Allow")};
    for (const QString &ip : ips)
        c.rules.ipRules << IpRule{ip, QStringLiteral("Allow")};
    return c;
}
const QString kA =
    QStringLiteral("/subscriptions/s/resourceGroups/g/providers/Microsoft.Network/virtualNetworks/v/subnets/a");
const QString kB =
    QStringLiteral("/subscriptions/s/resourceGroups/g/providers/Microsoft.Network/virtualNetworks/v/subnets/b");
const QString kC =
    QStringLiteral("/subscriptions/s/resourceGroups/g/providers/Microsoft.Network/virtualNetworks/v/subnets/c");
} // namespace

class TestNetworkRules : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void accessSentenceCountsOnlyEffectiveRules();
    void parse_data();
    void parse();
    void rangeRelations();
    void ipRuleChecks();
    void notASubnetIsRefused();
    void diffAndCommands();
    void threeWayMerge();
    void accessSentence_data();
    void accessSentence();
};

void TestNetworkRules::initTestCase()
{
    auto *english = new QTranslator(this); // English plurals ("2 subnets") come from the translation, as in the app
    QVERIFY(english->load(QStringLiteral(":/i18n/acrnetadmin_en.qm")));
    QCoreApplication::installTranslator(english);
}

void TestNetworkRules::parse_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("canonical"); // empty: refused
    QTest::addColumn<QString>("error");
    QTest::newRow("address") << "203.0.113.7"
                             << "203.0.113.7"
                             << "";
    QTest::newRow("slash 32 is the address") << "203.0.113.7/32"
                                             << "203.0.113.7"
                                             << "";
    QTest::newRow("range") << " 203.0.113.0/24 "
                           << "203.0.113.0/24"
                           << "";
    QTest::newRow("everything") << "0.0.0.0/0"
                                << "0.0.0.0/0"
                                << "";
    QTest::newRow("prefix 33") << "10.0.0.0/33"
                               << ""
                               << "not a valid prefix length";
    QTest::newRow("negative prefix") << "10.0.0.0/-1"
                                     << ""
                                     << "not a valid prefix length";
    QTest::newRow("octet 256") << "10.0.0.256"
                               << ""
                               << "not an IPv4 address";
    QTest::newRow("three octets") << "10.0.0"
                                  << ""
                                  << "not an IPv4 address";
    QTest::newRow("leading zero") << "10.0.0.010"
                                  << ""
                                  << "not an IPv4 address";
    QTest::newRow("host bits") << "10.0.0.1/24"
                               << ""
                               << "did you mean 10.0.0.0/24?";
    QTest::newRow("ipv6") << "2001:db8::1"
                          << ""
                          << "IPv4 only";
    QTest::newRow("empty") << ""
                           << ""
                           << "Enter an IPv4 address";
    QTest::newRow("letters") << "ten.0.0.1"
                             << ""
                             << "not an IPv4 address";
}

void TestNetworkRules::parse()
{
    QFETCH(QString, input);
    QFETCH(QString, canonical);
    QFETCH(QString, error);
    QString message;
    const auto range = IpRange::parse(input, &message);
    if (canonical.isEmpty()) {
        QVERIFY(!range);
        QVERIFY2(message.contains(error), qPrintable(message));
    } else {
        QVERIFY2(range, qPrintable(message));
        QCOMPARE(range->text(), canonical);
    }
}

void TestNetworkRules::rangeRelations()
{
    QString e;
    const IpRange wide = *IpRange::parse(QStringLiteral("10.0.0.0/8"), &e);
    const IpRange narrow = *IpRange::parse(QStringLiteral("10.1.2.0/24"), &e);
    const IpRange other = *IpRange::parse(QStringLiteral("11.0.0.0/8"), &e);
    QVERIFY(wide.contains(narrow));
    QVERIFY(!narrow.contains(wide));
    QVERIFY(narrow.overlaps(wide));
    QVERIFY(!other.overlaps(wide));
    QVERIFY(wide.isPrivate());
    QVERIFY(!IpRange::parse(QStringLiteral("203.0.113.0/24"), &e)->isPrivate());
    QVERIFY(IpRange::parse(QStringLiteral("100.64.1.1"), &e)->isPrivate());
    QVERIFY(IpRange::parse(QStringLiteral("0.0.0.0/0"), &e)->isBroad());
    QVERIFY(
        IpRange::parse(QStringLiteral("0.0.0.0/0"), &e)->contains(*IpRange::parseAddress(QStringLiteral("8.8.8.8"))));
    QCOMPARE(IpRange::parse(QStringLiteral("0.0.0.0/0"), &e)->last(), 0xffffffffu);
}

void TestNetworkRules::ipRuleChecks()
{
    const QList<IpRule> rules{{QStringLiteral("203.0.113.7"), QStringLiteral("Allow")},
                              {QStringLiteral("203.0.113.7/32"), QStringLiteral("Allow")},
                              {QStringLiteral("203.0.113.0/24"), QStringLiteral("Allow")},
                              {QStringLiteral("192.168.1.0/24"), QStringLiteral("Allow")},
                              {QStringLiteral("20.0.0.0/8"), QStringLiteral("Allow")},
                              {QStringLiteral("1.2.3.4/40"), QStringLiteral("Allow")}};
    QStringList codes;
    for (const PreflightIssue &i : RulePreflight::checkIpRules(rules))
        codes << i.code + (i.isBlocker() ? QStringLiteral("!") : QString());
    QCOMPARE(codes, QStringList({QStringLiteral("DuplicateIpRule!"), QStringLiteral("OverlappingIpRules"),
                                 QStringLiteral("OverlappingIpRules"), QStringLiteral("PrivateIpRule"),
                                 QStringLiteral("BroadIpRule"), QStringLiteral("InvalidIpRule!")}));
}

void TestNetworkRules::notASubnetIsRefused()
{
    Registry r;
    r.name = QStringLiteral("reg");
    r.sku = QStringLiteral("Premium");
    r.id = ResourceId::forRegistry(QStringLiteral("s"), QStringLiteral("g"), QStringLiteral("reg"));
    const auto before = config(NetworkRuleSet::DefaultAction::Deny, {}, {});
    // A resource ID from the wrong provider: a storage account, not a subnet.
    const auto after = config(NetworkRuleSet::DefaultAction::Deny,
                              {QStringLiteral("/subscriptions/s/resourceGroups/g/providers/Microsoft.Storage/"
                                              "storageAccounts/st")},
                              {});
    const auto issues =
        RulePreflight::check(r, before, after, Cloud::byName(QStringLiteral("AzureCloud")), InventorySnapshot());
    QCOMPARE(issues.first().code, QStringLiteral("NotASubnet"));
    QVERIFY(issues.first().isBlocker());
    QVERIFY(issues.first().text.contains(QLatin1String("Microsoft.Storage")));
}

void TestNetworkRules::diffAndCommands()
{
    const auto before = config(NetworkRuleSet::DefaultAction::Allow, {kA, kB}, {QStringLiteral("203.0.113.7")});
    auto after = config(NetworkRuleSet::DefaultAction::Deny,
                        {kB.toUpper().replace(QStringLiteral("SUBNETS"), QStringLiteral("subnets")), kC},
                        {QStringLiteral("198.51.100.0/24")});
    after.trustedServices = false;
    const RegistryChangeDiff d = RegistryChangeDiff::between(before, after);
    QCOMPARE(d.addedSubnets, QStringList{kC});
    QCOMPARE(d.removedSubnets, QStringList{kA}); // b matched case-insensitively
    QCOMPARE(d.addedIps, QStringList{QStringLiteral("198.51.100.0/24")});
    QCOMPARE(d.removedIps, QStringList{QStringLiteral("203.0.113.7")});
    QVERIFY(d.defaultActionChanged && d.trustedServicesChanged && !d.publicAccessChanged);
    QCOMPARE(d.lines().first(), QStringLiteral("default action: Allow → Deny"));
    Registry r;
    r.name = QStringLiteral("reg");
    r.id = ResourceId::forRegistry(QStringLiteral("s"), QStringLiteral("g"), QStringLiteral("reg"));
    const QString target = QStringLiteral("--name reg --resource-group g --subscription s");
    QCOMPARE(d.azCommands(r),
             QStringList(
                 {QStringLiteral("az acr network-rule add ") + target + QStringLiteral(" --subnet ") + kC,
                  QStringLiteral("az acr network-rule add ") + target + QStringLiteral(" --ip-address 198.51.100.0/24"),
                  QStringLiteral("az acr network-rule remove ") + target + QStringLiteral(" --subnet ") + kA,
                  QStringLiteral("az acr network-rule remove ") + target + QStringLiteral(" --ip-address 203.0.113.7"),
                  QStringLiteral("az acr update ") + target + QStringLiteral(" --allow-trusted-services false"),
                  QStringLiteral("az acr update ") + target + QStringLiteral(" --default-action Deny")}));
    QVERIFY(RegistryChangeDiff::between(before, before).isEmpty());
    const QJsonObject body = after.patchBody().value(QLatin1String("properties")).toObject();
    QCOMPARE(body.value(QLatin1String("networkRuleBypassOptions")).toString(), QStringLiteral("None"));
    QCOMPARE(body.value(QLatin1String("networkRuleSet"))
                 .toObject()
                 .value(QLatin1String("virtualNetworkRules"))
                 .toArray()
                 .size(),
             2);
}

void TestNetworkRules::threeWayMerge()
{
    const auto base = config(NetworkRuleSet::DefaultAction::Allow, {kA}, {QStringLiteral("203.0.113.7")});
    const auto mine = config(NetworkRuleSet::DefaultAction::Deny, {kA, kB}, {}); // +b, −ip, Deny
    auto theirs = config(NetworkRuleSet::DefaultAction::Allow, {kA, kC}, {QStringLiteral("203.0.113.7")}); // +c
    theirs.publicNetworkAccess = false;
    const RegistryNetworkConfig merged = mergeConfigs(base, mine, theirs);
    QVERIFY(merged.hasVirtualNetworkRule(kA));
    QVERIFY(merged.hasVirtualNetworkRule(kB));
    QVERIFY(merged.hasVirtualNetworkRule(kC)); // theirs is kept
    QVERIFY(!merged.hasIpRule(QStringLiteral("203.0.113.7")));
    QCOMPARE(merged.rules.defaultAction, NetworkRuleSet::DefaultAction::Deny);
    QVERIFY(!merged.publicNetworkAccess); // untouched by me: theirs
}

void TestNetworkRules::accessSentence_data()
{
    QTest::addColumn<int>("action");
    QTest::addColumn<int>("subnets");
    QTest::addColumn<int>("ips");
    QTest::addColumn<bool>("premium");
    QTest::addColumn<QString>("sentence");
    QTest::newRow("deny 2+1")
        << 1 << 2 << 1 << true
        << "Deny: only 2 subnets and 1 address range will be able to pull (plus trusted Azure services).";
    QTest::newRow("deny none") << 1 << 0 << 0 << true
                               << "Deny: no network will be able to pull (plus trusted Azure services).";
    QTest::newRow("allow with rules") << 0 << 1 << 0 << true
                                      << "Allow: every network can pull; the rules have no effect until the default "
                                         "action is Deny.";
    QTest::newRow("basic") << 0 << 0 << 0 << false
                           << "Open to all networks: only Premium registries can restrict network access.";
}

void TestNetworkRules::accessSentence()
{
    QFETCH(int, action);
    QFETCH(int, subnets);
    QFETCH(int, ips);
    QFETCH(bool, premium);
    QFETCH(QString, sentence);
    QStringList s, i;
    for (int n = 0; n < subnets; ++n)
        s << QStringLiteral("/x/%1").arg(n);
    for (int n = 0; n < ips; ++n)
        i << QStringLiteral("203.0.113.%1").arg(n);
    QCOMPARE(describeAccess(config(NetworkRuleSet::DefaultAction(action), s, i), premium), sentence);
}

void TestNetworkRules::accessSentenceCountsOnlyEffectiveRules()
{
    // Only rules that grant something are counted; the others are named with why (the editor asks the evaluator).
    RegistryNetworkConfig c;
    c.rules.defaultAction = NetworkRuleSet::DefaultAction::Deny;
    c.trustedServices = false;
    for (const QString &name : {QStringLiteral("snet-a"), QStringLiteral("snet-b"), QStringLiteral("snet-c")})
        c.rules.virtualNetworkRules.append(VirtualNetworkRule{
            QStringLiteral("/subscriptions/0d1e2f30-4152-4637-8899-aabbccddeeff/resourceGroups/rg/providers/"
                           "Microsoft.Network/virtualNetworks/vnet/subnets/") +
                name,
            QStringLiteral("Allow")});
    c.rules.ipRules = {IpRule{QStringLiteral("203.0.113.0/24"), {}}, IpRule{QStringLiteral("10.1.2.3"), {}}};
    const QString sentence = describeAccess(c, true, [](const QString &id) {
        return id.endsWith(QLatin1String("snet-c")) ? QStringLiteral("provider not registered") : QString();
    });
    QCOMPARE(sentence, QStringLiteral("Deny: only 2 subnets and 1 address range will be able to pull. 2 rules grant "
                                      "nothing: snet-c (provider not registered); 10.1.2.3 (a private range, never "
                                      "seen on the public endpoint)."));
}

QTEST_GUILESS_MAIN(TestNetworkRules)
#include "tst_networkrules.moc"
