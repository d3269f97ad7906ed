#include "tests/support/sandboxfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using acrnet::test::SandboxFixture;

namespace {
const QString kProd = QStringLiteral("/subscriptions/1f0e2d3c-4b5a-4697-8877-665544332211/resourceGroups/rg-platform/"
                                     "providers/Microsoft.ContainerRegistry/registries/");
const QString kTrainingReg =
    QStringLiteral("/subscriptions/8b7a6c5d-4e3f-4a2b-8c1d-0e9f8a7b6c5d/resourceGroups/myResourceGroup/"
                   "providers/Microsoft.ContainerRegistry/registries/mycontainerregistry");
const QString kVmSubnet =
    QStringLiteral("/subscriptions/8b7a6c5d-4e3f-4a2b-8c1d-0e9f8a7b6c5d/resourceGroups/myResourceGroup/"
                   "providers/Microsoft.Network/virtualNetworks/myDockerVMVNET/subnets/myDockerVMSubnet");
const QString kSharedSubnet =
    QStringLiteral("/subscriptions/9c8b7a6d-5e4f-4b3a-9d2c-1f0e9b8a7c6d/resourceGroups/networkResourceGroup/"
                   "providers/Microsoft.Network/virtualNetworks/sharedVNET/subnets/sharedSubnet");
const QString kPreview = QStringLiteral("?api-version=2021-08-01-preview");

QByteArray ruleSet(const QString &action, const QStringList &subnets, const QStringList &ips,
                   const QString &key = QStringLiteral("id"))
{
    QJsonArray vnet;
    for (const QString &s : subnets)
        vnet.append(QJsonObject{{QStringLiteral("action"), QStringLiteral("Allow")}, {key, s}});
    QJsonArray ip;
    for (const QString &v : ips)
        ip.append(QJsonObject{{QStringLiteral("action"), QStringLiteral("Allow")}, {QStringLiteral("value"), v}});
    return QJsonDocument(QJsonObject{{QStringLiteral("properties"),
                                      QJsonObject{{QStringLiteral("networkRuleSet"),
                                                   QJsonObject{{QStringLiteral("defaultAction"), action},
                                                               {QStringLiteral("virtualNetworkRules"), vnet},
                                                               {QStringLiteral("ipRules"), ip}}}}}})
        .toJson(QJsonDocument::Compact);
}

QJsonObject rules(const SandboxFixture::Response &r)
{
    return r.json().value(QLatin1String("properties")).toObject().value(QLatin1String("networkRuleSet")).toObject();
}

} // namespace

class TestSandboxRegistry : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void projectionByApiVersion_data();
    void projectionByApiVersion();
    void patchWithVersionWithoutVnetRulesKeepsThem();
    void renamedKeyVersion();
    void refusals_data();
    void refusals();
    void limitsAreInclusive();
    void usGovernmentCloudRefusesVnetRules();
    void silentDropWhenProviderNotRegistered();
    void noDropOnceRegistered();
    void dataPlaneProbe();
    void usagesAndPrivateEndpoints();
    void asyncUpdateFailureLeavesRegistryUnchanged();

private:
    std::unique_ptr<SandboxFixture> m_demo;
    std::unique_ptr<SandboxFixture> m_training;
    QString m_demoToken;
    QString m_trainingToken;
};

void TestSandboxRegistry::init()
{
    m_demo = std::make_unique<SandboxFixture>(QStringLiteral("demo"));
    m_training = std::make_unique<SandboxFixture>(QStringLiteral("training"));
    QVERIFY(m_demo->ok() && m_training->ok());
    m_training->server().store().settings.silentDropDelayMs = 300;
    m_training->server().store().settings.provisioningDelayMs = 200;
    m_demoToken = m_demo->servicePrincipalToken();
    m_trainingToken = m_training->servicePrincipalToken();
}

void TestSandboxRegistry::projectionByApiVersion_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<bool>("vnetRules");
    QTest::addColumn<bool>("publicNetworkAccess");
    QTest::newRow("2019-05-01") << "2019-05-01" << true << false;
    QTest::newRow("2021-08-01-preview") << "2021-08-01-preview" << true << true;
    QTest::newRow("2021-09-01") << "2021-09-01" << false << true;
    QTest::newRow("2021-12-01-preview") << "2021-12-01-preview" << true << true;
    QTest::newRow("2023-07-01") << "2023-07-01" << false << true;
    QTest::newRow("2025-11-01") << "2025-11-01" << false << true;
}

void TestSandboxRegistry::projectionByApiVersion()
{
    QFETCH(QString, version);
    QFETCH(bool, vnetRules);
    QFETCH(bool, publicNetworkAccess);
    const auto r = m_demo->get(kProd + QStringLiteral("contosoprod?api-version=") + version, m_demoToken);
    QCOMPARE(r.status, 200);
    QCOMPARE(rules(r).contains(QLatin1String("virtualNetworkRules")), vnetRules);
    if (vnetRules)
        QCOMPARE(rules(r).value(QLatin1String("virtualNetworkRules")).toArray().size(), 6);
    QCOMPARE(rules(r).value(QLatin1String("ipRules")).toArray().size(), 1);
    QCOMPARE(r.json().value(QLatin1String("properties")).toObject().contains(QLatin1String("publicNetworkAccess")),
             publicNetworkAccess);
}

void TestSandboxRegistry::patchWithVersionWithoutVnetRulesKeepsThem()
{
    const auto patch = m_demo->send(
        "PATCH", kProd + QStringLiteral("contosoprod?api-version=2023-07-01"),
        ruleSet(QStringLiteral("Deny"), {}, {QStringLiteral("203.0.113.0/24"), QStringLiteral("198.51.100.9")}), {},
        m_demoToken);
    QCOMPARE(patch.status, 200);
    QVERIFY(!rules(patch).contains(QLatin1String("virtualNetworkRules")));
    const auto after = m_demo->get(kProd + QStringLiteral("contosoprod") + kPreview, m_demoToken);
    QCOMPARE(rules(after).value(QLatin1String("virtualNetworkRules")).toArray().size(), 6);
    QCOMPARE(rules(after).value(QLatin1String("ipRules")).toArray().size(), 2);
}

void TestSandboxRegistry::renamedKeyVersion()
{
    const QString url = kProd + QStringLiteral("contosoprod?api-version=2026-09-01-preview");
    const auto get = m_demo->get(url, m_demoToken);
    const QJsonObject first = rules(get).value(QLatin1String("virtualNetworkRules")).toArray().at(0).toObject();
    QVERIFY(first.contains(QLatin1String("virtualNetworkSubnetResourceId")));
    QVERIFY(!first.contains(QLatin1String("id")));
    const QString subnet = first.value(QLatin1String("virtualNetworkSubnetResourceId")).toString();
    const auto patch = m_demo->send(
        "PATCH", url, ruleSet(QStringLiteral("Deny"), {subnet}, {}, QStringLiteral("virtualNetworkSubnetResourceId")),
        {}, m_demoToken);
    QCOMPARE(patch.status, 200);
    QCOMPARE(rules(m_demo->get(kProd + QStringLiteral("contosoprod") + kPreview, m_demoToken))
                 .value(QLatin1String("virtualNetworkRules"))
                 .toArray()
                 .size(),
             1);
    // The old key is not accepted at that version.
    QCOMPARE(m_demo->send("PATCH", url, ruleSet(QStringLiteral("Deny"), {subnet}, {}), {}, m_demoToken).status, 400);
}

void TestSandboxRegistry::refusals_data()
{
    QTest::addColumn<QString>("registry");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    const QString subnet =
        QStringLiteral("/subscriptions/1f0e2d3c-4b5a-4697-8877-665544332211/resourceGroups/rg-platform/"
                       "providers/Microsoft.Network/virtualNetworks/vnet-hub/subnets/snet-aks");
    QStringList many;
    for (int i = 0; i < 101; ++i)
        many << subnet.chopped(3) + QString::number(i);
    QStringList manyIps;
    for (int i = 0; i < 201; ++i)
        manyIps << QStringLiteral("198.51.100.%1").arg(i % 250);
    QTest::newRow("basic sku") << "contosobasic" << ruleSet(QStringLiteral("Deny"), {}, {})
                               << "NetworkRulesNotSupportedForSku";
    QTest::newRow("standard sku ip") << "contosostandard"
                                     << ruleSet(QStringLiteral("Allow"), {}, {QStringLiteral("1.2.3.4")})
                                     << "NetworkRulesNotSupportedForSku";
    QTest::newRow("101 vnet rules") << "contosoprod" << ruleSet(QStringLiteral("Deny"), many, {}) << "QuotaExceeded";
    QTest::newRow("201 ip rules") << "contosoprod" << ruleSet(QStringLiteral("Deny"), {}, manyIps) << "QuotaExceeded";
    QTest::newRow("prefix 33") << "contosoprod" << ruleSet(QStringLiteral("Deny"), {}, {QStringLiteral("10.0.0.0/33")})
                               << "InvalidIpRule";
    QTest::newRow("octet 256") << "contosoprod" << ruleSet(QStringLiteral("Deny"), {}, {QStringLiteral("10.0.0.256")})
                               << "InvalidIpRule";
    QTest::newRow("ipv6") << "contosoprod" << ruleSet(QStringLiteral("Deny"), {}, {QStringLiteral("2001:db8::/32")})
                          << "InvalidIpRule";
    QTest::newRow("not a subnet") << "contosoprod"
                                  << ruleSet(QStringLiteral("Deny"), {subnet.section(QLatin1Char('/'), 0, 8)}, {})
                                  << "InvalidVirtualNetworkRule";
    QTest::newRow("bad default action") << "contosoprod" << ruleSet(QStringLiteral("Block"), {}, {})
                                        << "InvalidDefaultAction";
    QTest::newRow("malformed json") << "contosoprod" << QByteArray("{\"properties\":") << "InvalidRequestContent";
}

void TestSandboxRegistry::refusals()
{
    QFETCH(QString, registry);
    QFETCH(QByteArray, body);
    const auto before = m_demo->get(kProd + registry + kPreview, m_demoToken);
    const auto r = m_demo->send("PATCH", kProd + registry + kPreview, body, {}, m_demoToken);
    QCOMPARE(r.status, 400);
    QTEST(r.errorCode(), "code");
    QCOMPARE(m_demo->get(kProd + registry + kPreview, m_demoToken).json(), before.json()); // nothing changed
}

void TestSandboxRegistry::limitsAreInclusive()
{
    // Exactly at the limit is accepted (100 VNet rules, 200 IP rules); one more is refused (see refusals).
    const QString subnet =
        QStringLiteral("/subscriptions/1f0e2d3c-4b5a-4697-8877-665544332211/resourceGroups/rg-platform/"
                       "providers/Microsoft.Network/virtualNetworks/vnet-hub/subnets/snet-");
    QStringList subnets, ips;
    for (int i = 0; i < 100; ++i)
        subnets << subnet + QString::number(i);
    for (int i = 0; i < 200; ++i)
        ips << QStringLiteral("198.51.%1.%2").arg(i / 100).arg(i % 100 + 1);
    const QString url = kProd + QStringLiteral("contosoprod") + kPreview;
    auto count = [&](const char *key) {
        return m_demo->get(url, m_demoToken)
            .json()
            .value(QLatin1String("properties"))
            .toObject()
            .value(QLatin1String("networkRuleSet"))
            .toObject()
            .value(QLatin1String(key))
            .toArray()
            .size();
    };
    QCOMPARE(m_demo->send("PATCH", url, ruleSet(QStringLiteral("Deny"), subnets, {}), {}, m_demoToken).status, 200);
    QCOMPARE(count("virtualNetworkRules"), 100);
    QCOMPARE(m_demo->send("PATCH", url, ruleSet(QStringLiteral("Deny"), {}, ips), {}, m_demoToken).status, 200);
    QCOMPARE(count("ipRules"), 200);
}

void TestSandboxRegistry::usGovernmentCloudRefusesVnetRules()
{
    m_training->admin(QStringLiteral("settings"), {{QStringLiteral("cloud"), QStringLiteral("AzureUSGovernment")}});
    const auto r = m_training->send("PATCH", kTrainingReg + kPreview, ruleSet(QStringLiteral("Deny"), {kVmSubnet}, {}),
                                    {}, m_trainingToken);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("FeatureNotSupportedInCloud"));
    QCOMPARE(m_training
                 ->send("PATCH", kTrainingReg + kPreview,
                        ruleSet(QStringLiteral("Deny"), {}, {QStringLiteral("192.0.2.1")}), {}, m_trainingToken)
                 .status,
             200);
}

void TestSandboxRegistry::silentDropWhenProviderNotRegistered()
{
    // The rule is accepted...
    const auto patch = m_training->send("PATCH", kTrainingReg + kPreview,
                                        ruleSet(QStringLiteral("Deny"), {kSharedSubnet}, {}), {}, m_trainingToken);
    QCOMPARE(patch.status, 200);
    QCOMPARE(rules(patch).value(QLatin1String("virtualNetworkRules")).toArray().size(), 1);
    QCOMPARE(rules(m_training->get(kTrainingReg + kPreview, m_trainingToken))
                 .value(QLatin1String("virtualNetworkRules"))
                 .toArray()
                 .size(),
             1);
    // ...and then vanishes, because Microsoft.ContainerRegistry is not registered in the subnet's subscription.
    QTRY_COMPARE_WITH_TIMEOUT(rules(m_training->get(kTrainingReg + kPreview, m_trainingToken))
                                  .value(QLatin1String("virtualNetworkRules"))
                                  .toArray()
                                  .size(),
                              0, 5000);
    QCOMPARE(rules(m_training->get(kTrainingReg + kPreview, m_trainingToken))
                 .value(QLatin1String("defaultAction"))
                 .toString(),
             QStringLiteral("Deny"));
}

void TestSandboxRegistry::noDropOnceRegistered()
{
    m_training->server().store().settings.registrationDelayMs = 0;
    QCOMPARE(m_training
                 ->send("POST",
                        QStringLiteral("/subscriptions/9c8b7a6d-5e4f-4b3a-9d2c-1f0e9b8a7c6d/providers/"
                                       "Microsoft.ContainerRegistry/register?api-version=2021-04-01"),
                        {}, {}, m_trainingToken)
                 .status,
             200);
    QTRY_COMPARE(m_training
                     ->get(QStringLiteral("/subscriptions/9c8b7a6d-5e4f-4b3a-9d2c-1f0e9b8a7c6d/providers/"
                                          "Microsoft.ContainerRegistry?api-version=2021-04-01"),
                           m_trainingToken)
                     .json()
                     .value(QLatin1String("registrationState"))
                     .toString(),
                 QStringLiteral("Registered"));
    QCOMPARE(m_training
                 ->send("PATCH", kTrainingReg + kPreview, ruleSet(QStringLiteral("Deny"), {kSharedSubnet}, {}), {},
                        m_trainingToken)
                 .status,
             200);
    QTest::qWait(600); // longer than the drop delay: the rule must still be there
    QCOMPARE(rules(m_training->get(kTrainingReg + kPreview, m_trainingToken))
                 .value(QLatin1String("virtualNetworkRules"))
                 .toArray()
                 .size(),
             1);
}

void TestSandboxRegistry::dataPlaneProbe()
{
    const QString probe = QStringLiteral("/_registry/mycontainerregistry/v2/");
    auto probeFrom = [&](const QByteArray &host) {
        return m_training->send("GET", probe, {},
                                host.isEmpty() ? QList<QPair<QByteArray, QByteArray>>{}
                                               : QList<QPair<QByteArray, QByteArray>>{{"X-Sandbox-Host", host}});
    };
    const auto open = probeFrom({});
    QCOMPARE(open.status, 401);
    QVERIFY(open.header("WWW-Authenticate").contains("realm=\"https://mycontainerregistry.azurecr.io/oauth2/token\""));

    // Deny with a rule for the VM's subnet, which has no Microsoft.ContainerRegistry endpoint yet.
    QCOMPARE(m_training
                 ->send("PATCH", kTrainingReg + kPreview, ruleSet(QStringLiteral("Deny"), {kVmSubnet}, {}), {},
                        m_trainingToken)
                 .status,
             200);
    const auto denied = probeFrom({});
    QCOMPARE(denied.status, 403);
    QCOMPARE(
        denied.json()
            .value(QLatin1String("errors"))
            .toArray()
            .at(0)
            .toObject()
            .value(QLatin1String("message"))
            .toString(),
        QStringLiteral(
            "client with IP '203.0.113.10' is not allowed access. Refer https://aka.ms/acr/firewall to grant access."));
    QCOMPARE(probeFrom("myDockerVM").status, 403); // the rule grants nothing without the endpoint

    // Enable the endpoint on the subnet: now the VM gets through, the other host still does not.
    const auto subnet = m_training->get(kVmSubnet + QStringLiteral("?api-version=2024-01-01"), m_trainingToken).json();
    QJsonObject props = subnet.value(QLatin1String("properties")).toObject();
    props[QStringLiteral("serviceEndpoints")] =
        QJsonArray{QJsonObject{{QStringLiteral("service"), QStringLiteral("Microsoft.ContainerRegistry")}}};
    QJsonObject body = subnet;
    body[QStringLiteral("properties")] = props;
    QCOMPARE(m_training
                 ->send("PUT", kVmSubnet + QStringLiteral("?api-version=2024-01-01"), QJsonDocument(body).toJson(), {},
                        m_trainingToken)
                 .status,
             200);
    QTRY_COMPARE_WITH_TIMEOUT(probeFrom("myDockerVM").status, 401, 5000);
    QCOMPARE(probeFrom("myOtherHost").status, 403);

    // An IP rule for this machine's address lets it in.
    QCOMPARE(m_training
                 ->send("PATCH", kTrainingReg + kPreview,
                        ruleSet(QStringLiteral("Deny"), {kVmSubnet}, {QStringLiteral("203.0.113.0/28")}), {},
                        m_trainingToken)
                 .status,
             200);
    QCOMPARE(probeFrom({}).status, 401);
    QCOMPARE(m_training->send("GET", QStringLiteral("/_registry/nosuchregistry/v2/")).status, 404);
}

void TestSandboxRegistry::usagesAndPrivateEndpoints()
{
    const auto usages = m_demo->get(kProd + QStringLiteral("contosoprod/listUsages") + kPreview, m_demoToken);
    QCOMPARE(usages.status, 200);
    bool found = false;
    for (const QJsonValue &v : usages.json().value(QLatin1String("value")).toArray()) {
        if (v.toObject().value(QLatin1String("name")).toString() == QLatin1String("VNetRules")) {
            found = true;
            QCOMPARE(v.toObject().value(QLatin1String("limit")).toInt(), 100);
            QCOMPARE(v.toObject().value(QLatin1String("currentValue")).toInt(), 6);
        }
    }
    QVERIFY(found);
    const QString fab =
        QStringLiteral("/subscriptions/3a2b1c0d-9e8f-4a7b-b6c5-d4e3f2a1b0c9/resourceGroups/rg-dev/providers/"
                       "Microsoft.ContainerRegistry/registries/fabrikamsecure");
    const QString fabToken = m_demo->servicePrincipalToken(QStringLiteral("sandbox-fabrikam"));
    const auto pecs = m_demo->get(fab + QStringLiteral("/privateEndpointConnections") + kPreview, fabToken);
    QCOMPARE(pecs.json().value(QLatin1String("value")).toArray().size(), 2);
    // Adding a VNet rule to a registry with private endpoints is refused.
    const QString other =
        QStringLiteral("/subscriptions/3a2b1c0d-9e8f-4a7b-b6c5-d4e3f2a1b0c9/resourceGroups/rg-dev/providers/"
                       "Microsoft.Network/virtualNetworks/vnet-dev/subnets/snet-other");
    const QString existing = rules(m_demo->get(fab + kPreview, fabToken))
                                 .value(QLatin1String("virtualNetworkRules"))
                                 .toArray()
                                 .at(0)
                                 .toObject()
                                 .value(QLatin1String("id"))
                                 .toString();
    const auto r =
        m_demo->send("PATCH", fab + kPreview, ruleSet(QStringLiteral("Deny"), {existing, other}, {}), {}, fabToken);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("VirtualNetworkRulesNotAllowedWithPrivateEndpoints"));
}

void TestSandboxRegistry::asyncUpdateFailureLeavesRegistryUnchanged()
{
    m_training->admin(QStringLiteral("settings"), {{QStringLiteral("asyncRegistryUpdates"), true}});
    m_training->admin(QStringLiteral("faults"), {{QStringLiteral("lroFailNext"), 1}});
    const auto before = m_training->get(kTrainingReg + kPreview, m_trainingToken);
    const auto patch =
        m_training->send("PATCH", kTrainingReg + kPreview,
                         ruleSet(QStringLiteral("Deny"), {}, {QStringLiteral("192.0.2.1")}), {}, m_trainingToken);
    QCOMPARE(patch.status, 201);
    const QString op = QString::fromUtf8(patch.header("Azure-AsyncOperation"));
    QVERIFY2(op.contains(QLatin1String("/operationStatuses/registries-")) &&
                 op.contains(QLatin1String("api-version=2022-02-01-preview")),
             qPrintable(op));
    const auto first = m_training->get(op, m_trainingToken);
    QCOMPARE(first.status, 201); // still running, answered 201 like the live service
    QTRY_COMPARE_WITH_TIMEOUT(m_training->get(op, m_trainingToken).json().value(QLatin1String("status")).toString(),
                              QStringLiteral("Failed"), 5000);
    QCOMPARE(m_training->get(kTrainingReg + kPreview, m_trainingToken).json(), before.json());

    // The next one succeeds and applies.
    const auto again =
        m_training->send("PATCH", kTrainingReg + kPreview,
                         ruleSet(QStringLiteral("Deny"), {}, {QStringLiteral("192.0.2.1")}), {}, m_trainingToken);
    const QString op2 = QString::fromUtf8(again.header("Azure-AsyncOperation"));
    QTRY_COMPARE_WITH_TIMEOUT(m_training->get(op2, m_trainingToken).json().value(QLatin1String("status")).toString(),
                              QStringLiteral("Succeeded"), 5000);
    QCOMPARE(rules(m_training->get(kTrainingReg + kPreview, m_trainingToken))
                 .value(QLatin1String("defaultAction"))
                 .toString(),
             QStringLiteral("Deny"));
}

QTEST_GUILESS_MAIN(TestSandboxRegistry)
#include "tst_sandboxregistry.moc"
