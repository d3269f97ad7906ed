// Network administration against the sandbox over real HTTP: every seed step through the services, and each
// safety property — pre-flight refusals, the silent drop, concurrent changes, failed operations, throttling.
#include "app/arm/armclient.h"
#include "app/arm/tokensource.h"
#include "app/services/accessprobe.h"
#include "app/services/inventoryloader.h"
#include "app/services/registryruleswriter.h"
#include "app/services/resourceoperations.h"
#include "app/services/rulepreflight.h"
#include "app/services/subnetendpointwriter.h"
#include "networkadminids.h"
#include "tests/support/sandboxfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QtTest>

using namespace acrnet;
using acrnet::test::SandboxFixture;
using namespace acrnet::testids;

class TestNetworkAdmin : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void walkthroughStepByStep();
    void subnetUpdateKeepsEverythingElse();
    void basicSkuRefusedBeforeAndByTheService();
    void ruleLimit();
    void privateEndpointConflict();
    void providerNotRegisteredPrecheckAndSilentDrop();
    void usGovernmentCloud();
    void concurrentChangeIsMergedNotLost();
    void foreignSettingChangeIsAConflict_data();
    void foreignSettingChangeIsAConflict();
    void subnetChangedBetweenReadAndWriteIsRefused();
    void failedOperationLeavesRegistryUnchanged();
    void throttledApplyIsRetriedAndAppliedOnce();
    void accessProbeOutcomes();

private:
    void start(const QString &scenario);
    void walkthroughEndpoints();
    Registry registry(const QString &id);
    QJsonObject storedSubnet(const QString &id);
    InventorySnapshot snapshot(const QStringList &subscriptionIds);
    struct Applied
    {
        bool ok = false;
        bool conflict = false;
        Registry final;
        QStringList missing;
        ArmError error;
        bool unchanged = false;
    };
    Applied apply(const Registry &opened, const RegistryNetworkConfig &desired, RegistryRulesWriter *writer = nullptr);

    std::unique_ptr<SandboxFixture> m_sbx;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<StaticTokenSource> m_tokens;
    std::unique_ptr<ArmClient> m_client;
    QString m_token;
};

void TestNetworkAdmin::start(const QString &scenario)
{
    m_sbx = std::make_unique<SandboxFixture>(scenario);
    QVERIFY(m_sbx->ok());
    m_sbx->server().store().settings.provisioningDelayMs = 200;
    m_sbx->server().store().settings.registrationDelayMs = 300;
    m_sbx->server().store().settings.silentDropDelayMs = 300;
    m_sbx->server().store().settings.resourceGroupDeleteDelayMs = 300;
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_token = m_sbx->servicePrincipalToken();
    m_tokens = std::make_unique<StaticTokenSource>(m_token);
    m_client = std::make_unique<ArmClient>(m_nam.get(), m_tokens.get(), Cloud::sandbox(m_sbx->server().baseUrl()));
    m_client->setPollIntervalMs(100);
}

void TestNetworkAdmin::cleanup()
{
    m_client.reset();
    m_sbx.reset();
}

Registry TestNetworkAdmin::registry(const QString &id)
{
    const auto r = m_sbx->get(id + QStringLiteral("?api-version=2021-08-01-preview"), m_token);
    QString error;
    const auto reg = Registry::fromJson(r.json(), &error);
    if (!reg)
        qWarning() << "cannot read" << id << error << r.status;
    return reg ? *reg : Registry();
}

QJsonObject TestNetworkAdmin::storedSubnet(const QString &id)
{
    return m_sbx->get(id + QStringLiteral("?api-version=2024-01-01"), m_token).json();
}

InventorySnapshot TestNetworkAdmin::snapshot(const QStringList &subscriptionIds)
{
    InventorySnapshot snap;
    InventoryLoader loader(m_client.get());
    QSignalSpy finished(&loader, &InventoryLoader::finished);
    connect(&loader, &InventoryLoader::subscriptionLoaded, this,
            [&snap](const SubscriptionInventory &inv) { snap.add(inv); });
    QList<Subscription> subs;
    for (const QString &id : subscriptionIds) {
        Subscription s;
        s.subscriptionId = id;
        s.displayName = id;
        subs << s;
    }
    loader.load(subs);
    [&] {
        QVERIFY(finished.wait(10000));
    }();
    return snap;
}

TestNetworkAdmin::Applied TestNetworkAdmin::apply(const Registry &opened, const RegistryNetworkConfig &desired,
                                                  RegistryRulesWriter *given)
{
    RegistryRulesWriter own(m_client.get());
    RegistryRulesWriter *writer = given ? given : &own;
    if (!given)
        writer->setVerifyDelayMs(0);
    Applied out;
    bool done = false;
    connect(writer, &RegistryRulesWriter::succeeded, this, [&](const Registry &r, const QStringList &missing) {
        out.ok = true;
        out.final = r;
        out.missing = missing;
        done = true;
    });
    connect(writer, &RegistryRulesWriter::conflict, this, [&](const Registry &fresh) {
        out.conflict = true;
        out.final = fresh;
        done = true;
    });
    connect(writer, &RegistryRulesWriter::failed, this, [&](const ArmError &e, bool unchanged) {
        out.error = e;
        out.unchanged = unchanged;
        done = true;
    });
    writer->apply(opened, desired);
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
    }();
    disconnect(writer, nullptr, this, nullptr);
    return out;
}

void TestNetworkAdmin::walkthroughEndpoints()
{
    // Steps 2–3: enable the endpoint on both subnets (different subscriptions), one request path each.
    SubnetEndpointWriter endpoints([this](const QString &) { return m_client.get(); });
    QSignalSpy endpointsDone(&endpoints, &SubnetEndpointWriter::finished);
    endpoints.apply({kVmSubnet, kSharedSubnet}, true);
    QVERIFY(endpointsDone.wait(15000));
    QCOMPARE(endpointsDone.first().at(0).toInt(), 2);
    QCOMPARE(endpointsDone.first().at(2).toInt(), 0);
    QCOMPARE(SubnetEndpointWriter::azCommand(ResourceId::parse(kSharedSubnet), storedSubnet(kSharedSubnet), true),
             QStringLiteral("az network vnet subnet update --subscription 9c8b7a6d-5e4f-4b3a-9d2c-1f0e9b8a7c6d "
                            "--resource-group networkResourceGroup --vnet-name sharedVNET --name sharedSubnet "
                            "--service-endpoints Microsoft.Storage Microsoft.ContainerRegistry"));
    // Running it again changes nothing.
    endpoints.apply({kVmSubnet}, true);
    QVERIFY(endpointsDone.wait(15000));
    QCOMPARE(endpointsDone.last().at(1).toInt(), 1);
}

void TestNetworkAdmin::walkthroughStepByStep()
{
    start(QStringLiteral("training"));
    // Step 1: register Microsoft.ContainerRegistry in the networking subscription.
    ProviderRegistrar registrar(m_client.get());
    registrar.setPollIntervalMs(100);
    QSignalSpy registered(&registrar, &ProviderRegistrar::finished);
    QSignalSpy states(&registrar, &ProviderRegistrar::progress);
    registrar.start(kNetworking);
    QVERIFY(registered.wait(10000));
    QVERIFY(registered.first().first().value<ProviderRegistration>().isRegistered());
    QVERIFY(states.count() >= 2); // Registering, …, Registered

    walkthroughEndpoints(); // steps 2–3
    if (QTest::currentTestFailed())
        return;

    // Steps 5–6: the rule for both subnets and Deny — checked first, then one PATCH.
    const Registry opened = registry(kRegistry);
    RegistryNetworkConfig before = RegistryNetworkConfig::from(opened);
    RegistryNetworkConfig desired = before;
    desired.rules.defaultAction = NetworkRuleSet::DefaultAction::Deny;
    desired.rules.virtualNetworkRules << VirtualNetworkRule{kVmSubnet, QStringLiteral("Allow")}
                                      << VirtualNetworkRule{kSharedSubnet, QStringLiteral("Allow")};
    const InventorySnapshot snap = snapshot({kTraining, kNetworking});
    const auto issues = RulePreflight::check(opened, before, desired, m_client->cloud(), snap);
    QVERIFY2(!RulePreflight::hasBlockers(issues), qPrintable(issues.value(0).text));
    const RegistryChangeDiff diff = RegistryChangeDiff::between(before, desired);
    QCOMPARE(diff.azCommands(opened).size(), 3);
    QCOMPARE(diff.azCommands(opened).last(),
             QStringLiteral("az acr update --name mycontainerregistry --resource-group myResourceGroup --subscription "
                            "8b7a6c5d-4e3f-4a2b-8c1d-0e9f8a7b6c5d --default-action Deny"));
    QVERIFY(
        RegistryRulesWriter::requestText(m_client->cloud(), opened, desired).startsWith(QLatin1String("PATCH http")));
    QVERIFY(!RegistryRulesWriter::requestText(m_client->cloud(), opened, desired).contains(m_token));
    RegistryRulesWriter writer(m_client.get());
    writer.setVerifyDelayMs(800); // longer than the sandbox's silent-drop delay
    QSignalSpy verified(&writer, &RegistryRulesWriter::verified);
    Applied a = apply(opened, desired, &writer);
    QVERIFY(a.ok);
    QVERIFY(a.missing.isEmpty());
    QCOMPARE(a.final.networkRuleSet->virtualNetworkRules.size(), 2);
    QVERIFY(verified.wait(5000)); // still there after the provider would have dropped them
    // Step 8: the rules as listed.
    QCOMPARE(registry(kRegistry).networkRuleSet->defaultAction, NetworkRuleSet::DefaultAction::Deny);

    // Step 9: remove one rule.
    RegistryNetworkConfig fewer = RegistryNetworkConfig::from(a.final);
    fewer.rules.virtualNetworkRules.removeLast();
    a = apply(a.final, fewer);
    QVERIFY(a.ok);
    QCOMPARE(registry(kRegistry).networkRuleSet->virtualNetworkRules.size(), 1);

    // Step 10: restore open access.
    const RegistryNetworkConfig open = RegistryNetworkConfig::openAccess(RegistryNetworkConfig::from(a.final));
    QCOMPARE(RegistryChangeDiff::between(RegistryNetworkConfig::from(a.final), open).removedSubnets.size(), 1);
    a = apply(a.final, open);
    QVERIFY(a.ok);
    const Registry reopened = registry(kRegistry);
    QCOMPARE(reopened.networkRuleSet->defaultAction, NetworkRuleSet::DefaultAction::Allow);
    QVERIFY(reopened.networkRuleSet->virtualNetworkRules.isEmpty());

    // Step 11: delete the networking resource group.
    ResourceGroupDeleter deleter(m_client.get());
    QSignalSpy deleted(&deleter, &ResourceGroupDeleter::finished);
    deleter.start(kNetworking, QStringLiteral("networkResourceGroup"));
    QVERIFY(deleted.wait(10000));
    QCOMPARE(m_sbx
                 ->get(QStringLiteral("/subscriptions/%1/resourcegroups/networkResourceGroup?api-version=2021-04-01")
                           .arg(kNetworking),
                       m_token)
                 .status,
             404);
}

void TestNetworkAdmin::subnetUpdateKeepsEverythingElse()
{
    start(QStringLiteral("demo"));
    const QString aks = demoSubnet(QStringLiteral("vnet-hub"), QStringLiteral("snet-aks"));
    // A property this app does not know, put there by someone else.
    QJsonObject stored = storedSubnet(aks);
    QJsonObject props = stored.value(QLatin1String("properties")).toObject();
    props.insert(QStringLiteral("futureSubnetFlag"), QJsonObject{{QStringLiteral("mode"), QStringLiteral("x")}});
    stored.insert(QStringLiteral("properties"), props);
    QVERIFY(m_sbx
                ->send("PUT", aks + QStringLiteral("?api-version=2024-01-01"), QJsonDocument(stored).toJson(),
                       {{"Content-Type", "application/json"}}, m_token)
                .status < 300);
    QTRY_VERIFY_WITH_TIMEOUT(storedSubnet(aks)
                                     .value(QLatin1String("properties"))
                                     .toObject()
                                     .value(QLatin1String("provisioningState"))
                                     .toString() == QLatin1String("Succeeded"),
                             5000);
    const QJsonObject before = storedSubnet(aks);

    SubnetEndpointWriter writer([this](const QString &) { return m_client.get(); });
    QSignalSpy done(&writer, &SubnetEndpointWriter::finished);
    writer.apply({aks}, false); // disable ACR, keep Storage
    QVERIFY(done.wait(10000));
    QCOMPARE(done.first().at(0).toInt(), 1);
    const QJsonObject after = storedSubnet(aks);
    const QJsonObject p = after.value(QLatin1String("properties")).toObject();
    QStringList services;
    for (const QJsonValue &v : p.value(QLatin1String("serviceEndpoints")).toArray())
        services << v.toObject().value(QLatin1String("service")).toString();
    QCOMPARE(services, QStringList{QStringLiteral("Microsoft.Storage")});
    QCOMPARE(p.value(QLatin1String("futureSubnetFlag")), props.value(QLatin1String("futureSubnetFlag")));
    QCOMPARE(p.value(QLatin1String("networkSecurityGroup")),
             before.value(QLatin1String("properties")).toObject().value(QLatin1String("networkSecurityGroup")));
    QCOMPARE(p.value(QLatin1String("routeTable")),
             before.value(QLatin1String("properties")).toObject().value(QLatin1String("routeTable")));
    QCOMPARE(p.value(QLatin1String("addressPrefix")), QJsonValue(QStringLiteral("10.10.1.0/24")));
    const auto results = writer.results();
    QCOMPARE(results.first().before, before);
}

void TestNetworkAdmin::basicSkuRefusedBeforeAndByTheService()
{
    start(QStringLiteral("demo"));
    const Registry basic = registry(demoRegistry(QStringLiteral("contosobasic")));
    RegistryNetworkConfig desired = RegistryNetworkConfig::from(basic);
    desired.rules.defaultAction = NetworkRuleSet::DefaultAction::Deny;
    desired.rules.ipRules << IpRule{QStringLiteral("203.0.113.0/24"), QStringLiteral("Allow")};
    const auto issues = RulePreflight::check(basic, RegistryNetworkConfig::from(basic), desired, m_client->cloud(),
                                             InventorySnapshot());
    QVERIFY(RulePreflight::hasBlockers(issues));
    QCOMPARE(issues.first().code, QStringLiteral("NotPremium"));
    QVERIFY(issues.first().fixText.contains(QLatin1String("--sku Premium")));
    // Sent anyway, the service refuses and nothing changes.
    const Applied a = apply(basic, desired);
    QVERIFY(!a.ok);
    QCOMPARE(a.error.code(), QStringLiteral("NetworkRulesNotSupportedForSku"));
    QVERIFY(a.unchanged);
    QCOMPARE(RegistryNetworkConfig::from(registry(basic.id.toString())), RegistryNetworkConfig::from(basic));
}

void TestNetworkAdmin::ruleLimit()
{
    start(QStringLiteral("demo"));
    m_sbx->server().store().settings.vnetRuleLimit = 3;
    const Registry prod = registry(demoRegistry(QStringLiteral("contosoprod"))); // 5 rules already
    RegistryNetworkConfig desired = RegistryNetworkConfig::from(prod);
    desired.rules.virtualNetworkRules << VirtualNetworkRule{
        demoSubnet(QStringLiteral("vnet-hub"), QStringLiteral("snet-vms")), QStringLiteral("Allow")};
    const auto issues = RulePreflight::check(prod, RegistryNetworkConfig::from(prod), desired, m_client->cloud(),
                                             snapshot({kProd, kContosoNet}), 3);
    QVERIFY(std::any_of(issues.cbegin(), issues.cend(),
                        [](const PreflightIssue &i) { return i.code == QLatin1String("TooManyVirtualNetworkRules"); }));
    const Applied a = apply(prod, desired);
    QCOMPARE(a.error.code(), QStringLiteral("QuotaExceeded"));
    QVERIFY(a.unchanged);
}

void TestNetworkAdmin::privateEndpointConflict()
{
    start(QStringLiteral("demo"));
    const Registry priv = registry(demoRegistry(QStringLiteral("contosoprivate")));
    QVERIFY(!priv.privateEndpointConnections.isEmpty());
    RegistryNetworkConfig desired = RegistryNetworkConfig::from(priv);
    desired.rules.virtualNetworkRules << VirtualNetworkRule{
        demoSubnet(QStringLiteral("vnet-hub"), QStringLiteral("snet-vms")), QStringLiteral("Allow")};
    const auto issues =
        RulePreflight::check(priv, RegistryNetworkConfig::from(priv), desired, m_client->cloud(), snapshot({kProd}));
    QVERIFY(std::any_of(issues.cbegin(), issues.cend(),
                        [](const PreflightIssue &i) { return i.code == QLatin1String("PrivateEndpointConflict"); }));
    const Applied a = apply(priv, desired);
    QCOMPARE(a.error.code(), QStringLiteral("VirtualNetworkRulesNotAllowedWithPrivateEndpoints"));
    QVERIFY(a.unchanged);
}

void TestNetworkAdmin::providerNotRegisteredPrecheckAndSilentDrop()
{
    start(QStringLiteral("demo"));
    const Registry build = registry(demoRegistry(QStringLiteral("contosobuild")));
    RegistryNetworkConfig desired = RegistryNetworkConfig::from(build);
    desired.rules.virtualNetworkRules << VirtualNetworkRule{kSharedAgents, QStringLiteral("Allow")};
    const auto issues = RulePreflight::check(build, RegistryNetworkConfig::from(build), desired, m_client->cloud(),
                                             snapshot({kProd, kContosoNet}));
    const auto it = std::find_if(issues.cbegin(), issues.cend(), [](const PreflightIssue &i) {
        return i.code == QLatin1String("ProviderNotRegistered");
    });
    QVERIFY(it != issues.cend());
    QCOMPARE(it->fix, PreflightIssue::Fix::RegisterProvider);
    QCOMPARE(it->target, kContosoNet);
    // Sent anyway: accepted, then silently dropped — the second read says so.
    RegistryRulesWriter writer(m_client.get());
    writer.setVerifyDelayMs(800);
    QSignalSpy vanished(&writer, &RegistryRulesWriter::rulesVanished);
    const Applied a = apply(build, desired, &writer);
    QVERIFY(a.ok);
    QVERIFY(a.missing.isEmpty());
    QVERIFY(vanished.wait(5000));
    QCOMPARE(vanished.first().at(1).toStringList(), QStringList{kSharedAgents});
}

void TestNetworkAdmin::usGovernmentCloud()
{
    start(QStringLiteral("demo"));
    m_sbx->server().store().settings.cloud = QStringLiteral("AzureUSGovernment");
    const Registry build = registry(demoRegistry(QStringLiteral("contosobuild")));
    RegistryNetworkConfig desired = RegistryNetworkConfig::from(build);
    desired.rules.virtualNetworkRules << VirtualNetworkRule{
        demoSubnet(QStringLiteral("vnet-hub"), QStringLiteral("snet-vms")), QStringLiteral("Allow")};
    const auto issues = RulePreflight::check(build, RegistryNetworkConfig::from(build), desired,
                                             Cloud::byName(QStringLiteral("AzureUSGovernment")), snapshot({kProd}));
    QCOMPARE(issues.first().code, QStringLiteral("NotInThisCloud"));
    const Applied a = apply(build, desired);
    QCOMPARE(a.error.code(), QStringLiteral("FeatureNotSupportedInCloud"));
    QVERIFY(a.unchanged);
}

void TestNetworkAdmin::concurrentChangeIsMergedNotLost()
{
    start(QStringLiteral("demo"));
    const Registry opened = registry(demoRegistry(QStringLiteral("contosoprod")));
    RegistryNetworkConfig mine = RegistryNetworkConfig::from(opened);
    const QString vms = demoSubnet(QStringLiteral("vnet-hub"), QStringLiteral("snet-vms"));
    mine.rules.virtualNetworkRules << VirtualNetworkRule{vms, QStringLiteral("Allow")};

    // Another writer adds an IP rule after the editor opened.
    RegistryNetworkConfig theirs = RegistryNetworkConfig::from(opened);
    theirs.rules.ipRules << IpRule{QStringLiteral("198.51.100.0/24"), QStringLiteral("Allow")};
    QCOMPARE(m_sbx
                 ->send("PATCH", opened.id.toString() + QStringLiteral("?api-version=2021-08-01-preview"),
                        QJsonDocument(theirs.patchBody()).toJson(), {{"Content-Type", "application/json"}}, m_token)
                 .status,
             200);

    Applied a = apply(opened, mine);
    QVERIFY(a.conflict); // nothing was sent
    QVERIFY(RegistryNetworkConfig::from(registry(opened.id.toString())).hasIpRule(QStringLiteral("198.51.100.0/24")));
    QVERIFY(!RegistryNetworkConfig::from(registry(opened.id.toString())).hasVirtualNetworkRule(vms));
    const RegistryNetworkConfig merged =
        mergeConfigs(RegistryNetworkConfig::from(opened), mine, RegistryNetworkConfig::from(a.final));
    a = apply(a.final, merged);
    QVERIFY(a.ok);
    const RegistryNetworkConfig now = RegistryNetworkConfig::from(registry(opened.id.toString()));
    QVERIFY(now.hasIpRule(QStringLiteral("198.51.100.0/24")));
    QVERIFY(now.hasVirtualNetworkRule(vms));
    QCOMPARE(now.rules.virtualNetworkRules.size(), 7); // the demo's six and this user's
}

void TestNetworkAdmin::foreignSettingChangeIsAConflict_data()
{
    QTest::addColumn<QString>("setting");
    QTest::newRow("public access disabled") << "publicNetworkAccess";
    QTest::newRow("trusted services off") << "trustedServices";
    QTest::newRow("default action Allow") << "defaultAction";
}

void TestNetworkAdmin::foreignSettingChangeIsAConflict()
{
    // Someone else changes a setting (not a rule) while the editor is open: Apply must stop before sending anything,
    // and the merge must keep their setting.
    QFETCH(QString, setting);
    start(QStringLiteral("demo"));
    const Registry opened = registry(demoRegistry(QStringLiteral("contosoprod")));
    QVERIFY(opened.isPublicNetworkAccessEnabled());
    RegistryNetworkConfig mine = RegistryNetworkConfig::from(opened);
    const QString vms = demoSubnet(QStringLiteral("vnet-hub"), QStringLiteral("snet-vms"));
    mine.rules.virtualNetworkRules << VirtualNetworkRule{vms, QStringLiteral("Allow")};

    RegistryNetworkConfig theirs = RegistryNetworkConfig::from(opened);
    if (setting == QLatin1String("publicNetworkAccess"))
        theirs.publicNetworkAccess = false;
    else if (setting == QLatin1String("trustedServices"))
        theirs.trustedServices = false;
    else
        theirs.rules.defaultAction = NetworkRuleSet::DefaultAction::Allow;
    QCOMPARE(m_sbx
                 ->send("PATCH", opened.id.toString() + QStringLiteral("?api-version=2021-08-01-preview"),
                        QJsonDocument(theirs.patchBody()).toJson(), {{"Content-Type", "application/json"}}, m_token)
                 .status,
             200);
    const RegistryNetworkConfig afterTheirs = RegistryNetworkConfig::from(registry(opened.id.toString()));
    QCOMPARE(afterTheirs, theirs);

    Applied a = apply(opened, mine);
    QVERIFY(a.conflict);
    QVERIFY(!a.ok);
    // Nothing was sent: the registry is exactly as the other writer left it.
    QCOMPARE(RegistryNetworkConfig::from(registry(opened.id.toString())), afterTheirs);
    const RegistryNetworkConfig merged =
        mergeConfigs(RegistryNetworkConfig::from(opened), mine, RegistryNetworkConfig::from(a.final));
    QCOMPARE(merged.publicNetworkAccess, theirs.publicNetworkAccess);
    QCOMPARE(merged.trustedServices, theirs.trustedServices);
    QCOMPARE(int(merged.rules.defaultAction), int(theirs.rules.defaultAction));
    a = apply(a.final, merged);
    QVERIFY(a.ok);
    const RegistryNetworkConfig now = RegistryNetworkConfig::from(registry(opened.id.toString()));
    QVERIFY(now.hasVirtualNetworkRule(vms));
    QCOMPARE(now.publicNetworkAccess, theirs.publicNetworkAccess);
    QCOMPARE(now.trustedServices, theirs.trustedServices);
    QCOMPARE(int(now.rules.defaultAction), int(theirs.rules.defaultAction));
}

void TestNetworkAdmin::subnetChangedBetweenReadAndWriteIsRefused()
{
    // Another writer changes the subnet between this app's GET and its PUT: If-Match (the GET's etag) makes the
    // service refuse the PUT with 412 instead of undoing the other change, and the app says so.
    start(QStringLiteral("demo"));
    const QString build = demoSubnet(QStringLiteral("vnet-hub"), QStringLiteral("snet-build"));
    const QJsonObject before = storedSubnet(build);
    m_sbx->server().store().faults.concurrentWriteAfterRead = QStringList{build.toLower()};

    SubnetEndpointWriter writer([this](const QString &) { return m_client.get(); });
    QSignalSpy done(&writer, &SubnetEndpointWriter::finished);
    writer.apply({build}, true);
    QVERIFY(done.wait(10000));
    QCOMPARE(done.first().at(0).toInt(), 0); // changed
    QCOMPARE(done.first().at(2).toInt(), 1); // failed
    const auto result = writer.results().first();
    QCOMPARE(result.outcome, SubnetEndpointWriter::Outcome::Failed);
    QCOMPARE(result.error.kind(), ArmError::Kind::PreconditionFailed);
    QCOMPARE(result.error.httpStatus(), 412);
    QVERIFY2(result.error.userText().contains(QLatin1String("changed by someone else")),
             qPrintable(result.error.userText()));
    QVERIFY(m_sbx->server().store().faults.concurrentWriteAfterRead.isEmpty()); // the read happened
    // The subnet is as the other writer left it: only its etag moved, no endpoint was added.
    const QJsonObject after = storedSubnet(build);
    QVERIFY(after.value(QLatin1String("etag")) != before.value(QLatin1String("etag")));
    QCOMPARE(after.value(QLatin1String("properties")).toObject().value(QLatin1String("serviceEndpoints")),
             before.value(QLatin1String("properties")).toObject().value(QLatin1String("serviceEndpoints")));
    // Without the other writer the same update goes through (the etag the app sends is the one it read).
    SubnetEndpointWriter again([this](const QString &) { return m_client.get(); });
    QSignalSpy doneAgain(&again, &SubnetEndpointWriter::finished);
    again.apply({build}, true);
    QVERIFY(doneAgain.wait(10000));
    QCOMPARE(doneAgain.first().at(0).toInt(), 1);
}

void TestNetworkAdmin::failedOperationLeavesRegistryUnchanged()
{
    start(QStringLiteral("demo"));
    m_sbx->server().store().settings.asyncRegistryUpdates = true;
    m_sbx->server().store().faults.lroFailNext = 1;
    const Registry opened = registry(demoRegistry(QStringLiteral("contosobuild")));
    RegistryNetworkConfig desired = RegistryNetworkConfig::from(opened);
    desired.rules.defaultAction = NetworkRuleSet::DefaultAction::Deny;
    const Applied a = apply(opened, desired);
    QVERIFY(!a.ok);
    QVERIFY(a.unchanged);
    QVERIFY(!a.error.userText().isEmpty());
    QCOMPARE(RegistryNetworkConfig::from(registry(opened.id.toString())), RegistryNetworkConfig::from(opened));
}

void TestNetworkAdmin::throttledApplyIsRetriedAndAppliedOnce()
{
    start(QStringLiteral("demo"));
    QTemporaryDir dir;
    QString error;
    QVERIFY(m_sbx->server().setRequestLog(dir.filePath(QStringLiteral("requests.jsonl")), &error));
    const Registry opened = registry(demoRegistry(QStringLiteral("contosobuild")));
    RegistryNetworkConfig desired = RegistryNetworkConfig::from(opened);
    desired.rules.ipRules << IpRule{QStringLiteral("192.0.2.10"), QStringLiteral("Allow")};
    RegistryRulesWriter writer(m_client.get());
    writer.setVerifyDelayMs(0);
    connect(&writer, &RegistryRulesWriter::progress, this, [this](const QString &status) {
        if (status.startsWith(QLatin1String("Updating"))) // the conflict check is done; the PATCH is next
            m_sbx->server().store().faults.throttleNext = 1;
    });
    const Applied a = apply(opened, desired, &writer);
    QVERIFY(a.ok);
    QFile log(dir.filePath(QStringLiteral("requests.jsonl")));
    QVERIFY(log.open(QIODevice::ReadOnly));
    int patches = 0;
    for (const QByteArray &line : log.readAll().split('\n'))
        patches += line.contains("\"method\":\"PATCH\"") ? 1 : 0;
    QCOMPARE(patches, 2); // the throttled one (refused before any work) and the one that applied
    const RegistryNetworkConfig now = RegistryNetworkConfig::from(registry(opened.id.toString()));
    QCOMPARE(std::count_if(now.rules.ipRules.cbegin(), now.rules.ipRules.cend(),
                           [](const IpRule &r) { return r.value == QLatin1String("192.0.2.10"); }),
             1);
}

void TestNetworkAdmin::accessProbeOutcomes()
{
    start(QStringLiteral("demo")); // this machine is 203.0.113.10 to the sandbox
    AccessProbe probe(m_nam.get(), m_client->cloud());
    QSignalSpy done(&probe, &AccessProbe::finished);
    // contosoprod: Deny, but 203.0.113.0/24 is allowed → the firewall lets us through (401: sign-in needed).
    probe.probe(registry(demoRegistry(QStringLiteral("contosoprod"))));
    QVERIFY(done.wait(5000));
    ProbeResult r = done.takeFirst().at(1).value<ProbeResult>();
    QCOMPARE(r.outcome, ProbeResult::Outcome::Reachable);
    QCOMPARE(r.status, 401);
    // contosolegacy: Deny, only 10.1.2.3 → 403 naming the address the registry saw.
    probe.probe(registry(demoRegistry(QStringLiteral("contosolegacy"))));
    QVERIFY(done.wait(5000));
    r = done.takeFirst().at(1).value<ProbeResult>();
    QCOMPARE(r.outcome, ProbeResult::Outcome::Blocked);
    QCOMPARE(r.seenAddress, QStringLiteral("203.0.113.10"));
    QCOMPARE(probe.lastSeenAddress(), QStringLiteral("203.0.113.10"));
    QVERIFY(r.text().contains(QLatin1String("203.0.113.10")));
    // Nothing listening: unreachable, with the reason.
    AccessProbe nowhere(m_nam.get(), Cloud::sandbox(QUrl(QStringLiteral("http://127.0.0.1:1"))));
    QSignalSpy none(&nowhere, &AccessProbe::finished);
    nowhere.probe(registry(demoRegistry(QStringLiteral("contosoprod"))));
    QVERIFY(none.wait(10000));
    r = none.first().at(1).value<ProbeResult>();
    QCOMPARE(r.outcome, ProbeResult::Outcome::Unreachable);
    QVERIFY(!r.detail.isEmpty());
    // DNS failure, from the transport error alone.
    QCOMPARE(ProbeResult::interpret(0, {}, QNetworkReply::HostNotFoundError, QString()).detail,
             QStringLiteral("the name does not resolve (DNS)"));
}

QTEST_GUILESS_MAIN(TestNetworkAdmin)
#include "tst_networkadmin.moc"
