// Seed step 7 from inside the network, and where traffic leaves from: the machines of a subscription read through
// their network interfaces, Run Command against the sandbox's emulated VMs (whose answers are what the registry's
// data plane answers each host), and NAT gateways read into the inventory so the evaluator can be exact.
#include "app/arm/armclient.h"
#include "app/arm/tokensource.h"
#include "app/audit/accessevaluator.h"
#include "app/services/inventoryloader.h"
#include "app/services/vmaccesscheck.h"
#include "tests/support/sandboxfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QtTest>

using namespace acrnet;
using acrnet::test::SandboxFixture;

namespace {
const QString kTrainingSub = QStringLiteral("8b7a6c5d-4e3f-4a2b-8c1d-0e9f8a7b6c5d");
const QString kRg =
    QStringLiteral("/subscriptions/8b7a6c5d-4e3f-4a2b-8c1d-0e9f8a7b6c5d/resourceGroups/myResourceGroup");
const QString kVmSubnet = kRg + QStringLiteral("/providers/Microsoft.Network/virtualNetworks/myDockerVMVNET/subnets/"
                                               "myDockerVMSubnet");
const QString kRegistry = kRg + QStringLiteral("/providers/Microsoft.ContainerRegistry/registries/mycontainerregistry");
const QString kNetworkingSub = QStringLiteral("2e1f3a4b-5c6d-4e7f-8091-a2b3c4d5e6f7");

Subscription subscription(const QString &id)
{
    Subscription s;
    s.subscriptionId = id;
    s.displayName = id;
    s.id = ResourceId::forSubscription(id);
    return s;
}
} // namespace

class TestMachines : public QObject
{
    Q_OBJECT

private slots:
    void readsTheMachinesOfASubnet();
    void runCommandSeesWhatTheRegistrySees();
    void preChecksAndFailuresAreExplained();
    void parseOutput_data();
    void parseOutput();
    void natGatewayMakesEgressExact();
    void unreadableNatGatewayIsDeclared();

private:
    struct Env
    {
        std::unique_ptr<SandboxFixture> sbx;
        std::unique_ptr<QNetworkAccessManager> nam = std::make_unique<QNetworkAccessManager>();
        std::unique_ptr<StaticTokenSource> tokens;
        std::unique_ptr<ArmClient> client;
        QString token;
    };
    static std::unique_ptr<Env> start(const QString &scenario);
    static QList<VirtualMachine> machines(ArmClient *client, const QString &sub, const QStringList &subnets);
    static ProbeResult check(ArmClient *client, const VirtualMachine &vm, const Registry &registry, ArmError *error);
    static Registry registry(Env &env, const QString &id);
    static void patchRules(Env &env, const QString &id, const QByteArray &rules);
};

std::unique_ptr<TestMachines::Env> TestMachines::start(const QString &scenario)
{
    auto env = std::make_unique<Env>();
    env->sbx = std::make_unique<SandboxFixture>(scenario);
    if (!env->sbx->ok())
        return nullptr;
    env->sbx->server().store().settings.provisioningDelayMs = 200;
    env->token = env->sbx->servicePrincipalToken();
    env->tokens = std::make_unique<StaticTokenSource>(env->token);
    env->client =
        std::make_unique<ArmClient>(env->nam.get(), env->tokens.get(), Cloud::sandbox(env->sbx->server().baseUrl()));
    env->client->setPollIntervalMs(100);
    return env;
}

QList<VirtualMachine> TestMachines::machines(ArmClient *client, const QString &sub, const QStringList &subnets)
{
    MachineDirectory directory(client);
    QSignalSpy finished(&directory, &MachineDirectory::finished);
    QSignalSpy failed(&directory, &MachineDirectory::failed);
    directory.read(sub, subnets);
    if (!finished.wait(10000) || !failed.isEmpty())
        return {};
    return finished.first().at(0).value<QList<VirtualMachine>>();
}

ProbeResult TestMachines::check(ArmClient *client, const VirtualMachine &vm, const Registry &reg, ArmError *error)
{
    VmAccessCheck check(client, vm, reg);
    QSignalSpy finished(&check, &VmAccessCheck::finished);
    QSignalSpy failed(&check, &VmAccessCheck::failed);
    check.start();
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !failed.isEmpty(), 15000);
    }();
    if (finished.isEmpty() && failed.isEmpty()) {
        *error = ArmError(ArmError::Kind::Timeout, QStringLiteral("the check did not end"));
        return {};
    }
    if (!failed.isEmpty()) {
        *error = failed.first().at(0).value<ArmError>();
        return {};
    }
    return finished.first().at(0).value<ProbeResult>();
}

Registry TestMachines::registry(Env &env, const QString &id)
{
    QString error;
    const auto r = Registry::fromJson(
        env.sbx->get(id + QStringLiteral("?api-version=2021-08-01-preview"), env.token).json(), &error);
    return r.value_or(Registry());
}

void TestMachines::patchRules(Env &env, const QString &id, const QByteArray &rules)
{
    QCOMPARE(
        env.sbx->send("PATCH", id + QStringLiteral("?api-version=2021-08-01-preview"), rules, {}, env.token).status,
        200);
}

void TestMachines::readsTheMachinesOfASubnet()
{
    auto env = start(QStringLiteral("training"));
    QVERIFY(env);
    const QList<VirtualMachine> inSubnet = machines(env->client.get(), kTrainingSub, {kVmSubnet});
    QCOMPARE(inSubnet.size(), 1);
    const VirtualMachine &vm = inSubnet.first();
    QCOMPARE(vm.name, QStringLiteral("myDockerVM"));
    QCOMPARE(vm.subnetId.toLower(), kVmSubnet.toLower());
    QCOMPARE(vm.privateIp, QStringLiteral("10.0.0.4"));
    QCOMPARE(vm.publicIp, QStringLiteral("198.51.100.24"));
    QCOMPARE(vm.osType, QStringLiteral("Linux"));
    QCOMPARE(vm.powerState, QStringLiteral("running"));
    const QList<VirtualMachine> all = machines(env->client.get(), kTrainingSub, {});
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(1).name, QStringLiteral("myOtherHost"));
    QVERIFY(all.at(1).subnetId.endsWith(QLatin1String("/myOtherSubnet")));
}

void TestMachines::runCommandSeesWhatTheRegistrySees()
{
    // The walkthrough: Deny with a VNet rule for the VM's subnet and its endpoint on: 401 from myDockerVM inside,
    // 403 from myOtherHost outside (the registry saw its public IP), and the evaluator predicts both.
    auto env = start(QStringLiteral("training"));
    QVERIFY(env);
    const QList<VirtualMachine> vms = machines(env->client.get(), kTrainingSub, {});
    QCOMPARE(vms.size(), 2);
    ArmError error;
    ProbeResult open = check(env->client.get(), vms.at(1), registry(*env, kRegistry), &error);
    QVERIFY2(!error.isError(), qPrintable(error.userText()));
    QCOMPARE(open.outcome, ProbeResult::Outcome::Reachable);
    QCOMPARE(open.status, 401);
    QVERIFY(open.text().contains(QLatin1String("myOtherHost")));

    const QJsonObject subnet = env->sbx->get(kVmSubnet + QStringLiteral("?api-version=2024-01-01"), env->token).json();
    QJsonObject props = subnet.value(QLatin1String("properties")).toObject();
    props[QStringLiteral("serviceEndpoints")] =
        QJsonArray{QJsonObject{{QStringLiteral("service"), QStringLiteral("Microsoft.ContainerRegistry")}}};
    QJsonObject body = subnet;
    body[QStringLiteral("properties")] = props;
    QCOMPARE(env->sbx
                 ->send("PUT", kVmSubnet + QStringLiteral("?api-version=2024-01-01"), QJsonDocument(body).toJson(), {},
                        env->token)
                 .status,
             200);
    patchRules(*env, kRegistry,
               QStringLiteral(R"({"properties":{"networkRuleSet":{"defaultAction":"Deny","virtualNetworkRules":)"
                              R"([{"action":"Allow","id":"%1"}],"ipRules":[]}}})")
                   .arg(kVmSubnet)
                   .toUtf8());
    // The endpoint's provisioning: until the sandbox says Succeeded, the rule grants nothing.
    QTRY_VERIFY_WITH_TIMEOUT(env->sbx->get(kVmSubnet + QStringLiteral("?api-version=2024-01-01"), env->token)
                                     .json()
                                     .value(QLatin1String("properties"))
                                     .toObject()
                                     .value(QLatin1String("serviceEndpoints"))
                                     .toArray()
                                     .at(0)
                                     .toObject()
                                     .value(QLatin1String("provisioningState"))
                                     .toString() == QLatin1String("Succeeded"),
                             10000);
    const Registry denied = registry(*env, kRegistry);
    const ProbeResult inside = check(env->client.get(), vms.at(0), denied, &error);
    QVERIFY2(!error.isError(), qPrintable(error.userText()));
    QCOMPARE(inside.outcome, ProbeResult::Outcome::Reachable);
    const ProbeResult outside = check(env->client.get(), vms.at(1), denied, &error);
    QCOMPARE(outside.outcome, ProbeResult::Outcome::Blocked);
    QCOMPARE(outside.status, 403);
    QCOMPARE(outside.seenAddress, QStringLiteral("192.0.2.77"));

    // The evaluator's prediction for each, from the same inventory.
    InventoryLoader loader(env->client.get());
    QSignalSpy loaded(&loader, &InventoryLoader::subscriptionLoaded);
    loader.load({subscription(kTrainingSub)});
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 10000);
    InventorySnapshot inv;
    inv.add(loaded.first().at(0).value<SubscriptionInventory>());
    QCOMPARE(AccessEvaluator::fromMachine(denied, vms.at(0), inv).result, AccessDecision::Result::AllowedByRule);
    const AccessDecision otherHost = AccessEvaluator::fromMachine(denied, vms.at(1), inv);
    QCOMPARE(otherHost.result, AccessDecision::Result::Denied);
    QVERIFY2(otherHost.reasons.join(QLatin1Char(' ')).contains(QLatin1String("192.0.2.77")),
             qPrintable(otherHost.reasons.join(QLatin1Char(' '))));
    // The what-if names the machine once it was read.
    for (const VirtualMachine &vm : vms)
        inv.machines.insert(vm.id.key(), vm);
    QCOMPARE(AccessEvaluator::whatIf(denied, QStringLiteral("myDockerVM"), inv).result,
             AccessDecision::Result::AllowedByRule);
    QVERIFY(AccessEvaluator::subnetNames(inv).contains(QStringLiteral("myOtherHost")));

    // The equivalent command names the machine, the command and the registry's URL.
    const QString az = VmAccessCheck::azCommand(vms.at(0), denied);
    QVERIFY2(az.startsWith(QLatin1String("az vm run-command invoke --subscription 8b7a6c5d-4e3f-4a2b-8c1d-0e9f8a7b6c5d "
                                         "--resource-group myResourceGroup --name myDockerVM --command-id "
                                         "RunShellScript --scripts 'curl ")),
             qPrintable(az));
    QVERIFY(az.contains(QLatin1String("https://mycontainerregistry.azurecr.io/v2/")));
}

void TestMachines::preChecksAndFailuresAreExplained()
{
    auto env = start(QStringLiteral("training"));
    QVERIFY(env);
    QList<VirtualMachine> vms = machines(env->client.get(), kTrainingSub, {});
    QCOMPARE(vms.size(), 2);
    const Registry reg = registry(*env, kRegistry);
    // A deallocated machine: Run Command is refused, and the error says why.
    QJsonArray hosts = env->sbx->server().store().hosts;
    QJsonObject host = hosts.at(0).toObject();
    host[QStringLiteral("powerState")] = QStringLiteral("deallocated");
    hosts[0] = host;
    env->sbx->server().store().hosts = hosts;
    ArmError error;
    check(env->client.get(), vms.at(0), reg, &error);
    QCOMPARE(error.kind(), ArmError::Kind::Conflict);
    QVERIFY2(error.userText().contains(QLatin1String("deallocated")), qPrintable(error.userText()));
    QCOMPARE(machines(env->client.get(), kTrainingSub, {kVmSubnet}).value(0).powerState, QStringLiteral("deallocated"));
    // The operation fails half-way: an error, never a result.
    env->sbx->server().store().faults.lroFailNext = 1;
    error = ArmError();
    check(env->client.get(), vms.at(1), reg, &error);
    QCOMPARE(error.kind(), ArmError::Kind::OperationFailed);
    // No permission on the subscription: the listing fails with Forbidden.
    env->sbx->server().store().faults.deniedSubscriptions = QStringList{kTrainingSub};
    MachineDirectory directory(env->client.get());
    QSignalSpy failed(&directory, &MachineDirectory::failed);
    directory.read(kTrainingSub);
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.first().at(0).value<ArmError>().kind(), ArmError::Kind::Forbidden);
}

void TestMachines::parseOutput_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("outcome"); // -1: error
    QTest::addColumn<QString>("detail");
    const QByteArray linux401 =
        R"({"value":[{"code":"ProvisioningState/succeeded","message":"Enable succeeded: \n[stdout]\n{\"errors\":[]}\nHTTP_STATUS:401\n\n[stderr]\n"}]})";
    QTest::newRow("Linux 401") << linux401 << int(ProbeResult::Outcome::Reachable) << QString();
    QTest::newRow("Windows 403, as an operation status")
        << QByteArray(
               R"({"status":"Succeeded","properties":{"output":{"value":[{"code":"ComponentStatus/StdOut/succeeded","message":"{\"errors\":[{\"code\":\"DENIED\",\"message\":\"client with IP '10.0.0.5' is not allowed access.\"}]}\nHTTP_STATUS:403\n"},{"code":"ComponentStatus/StdErr/succeeded","message":""}]}}})")
        << int(ProbeResult::Outcome::Blocked) << QStringLiteral("10.0.0.5");
    QTest::newRow("no answer")
        << QByteArray(
               R"({"value":[{"code":"ProvisioningState/succeeded","message":"Enable succeeded: \n[stdout]\nHTTP_STATUS:000\n\n[stderr]\ncurl: (28) Connection timed out after 20001 milliseconds\n"}]})")
        << int(ProbeResult::Outcome::Unreachable) << QStringLiteral("curl: (28) Connection timed out");
    QTest::newRow("no status line")
        << QByteArray(
               R"({"value":[{"code":"ProvisioningState/succeeded","message":"Enable succeeded: \n[stdout]\n\n[stderr]\ncurl: command not found\n"}]})")
        << -1 << QStringLiteral("curl: command not found");
    QTest::newRow("not JSON") << QByteArray("<html>") << -1 << QString();
    QTest::newRow("no value") << QByteArray(R"({"status":"Succeeded"})") << -1 << QStringLiteral("no output");
}

void TestMachines::parseOutput()
{
    QFETCH(QByteArray, body);
    QFETCH(int, outcome);
    QFETCH(QString, detail);
    QString error;
    const auto r = VmAccessCheck::parseOutput(body, QStringLiteral("vm1"), &error);
    if (outcome < 0) {
        QVERIFY(!r);
        QVERIFY(!error.isEmpty());
        QVERIFY2(error.contains(detail), qPrintable(error));
        return;
    }
    QVERIFY2(r, qPrintable(error));
    QCOMPARE(int(r->outcome), outcome);
    QCOMPARE(r->source, QStringLiteral("vm1"));
    if (r->outcome == ProbeResult::Outcome::Blocked)
        QCOMPARE(r->seenAddress, detail);
    else if (!detail.isEmpty())
        QVERIFY2(r->detail.contains(detail), qPrintable(r->detail));
}

void TestMachines::natGatewayMakesEgressExact()
{
    // demo: snet-shared-jump leaves through natgw-shared (203.0.113.50). contosoprod allows 203.0.113.0/24, so the
    // subnet is allowed exactly (it was "depends"); contosoprivate (198.51.100.0/24) is denied; and the VM in that
    // subnet gets what the evaluator predicts.
    auto env = start(QStringLiteral("demo"));
    QVERIFY(env);
    InventoryLoader loader(env->client.get());
    QSignalSpy loaded(&loader, &InventoryLoader::subscriptionLoaded);
    QSignalSpy finished(&loader, &InventoryLoader::finished);
    loader.load({subscription(QStringLiteral("1f0e2d3c-4b5a-4697-8877-665544332211")), subscription(kNetworkingSub)});
    QVERIFY(finished.wait(10000));
    QCOMPARE(loaded.size(), 2);
    InventorySnapshot inv;
    for (const auto &args : std::as_const(loaded))
        inv.add(args.at(0).value<SubscriptionInventory>());
    QCOMPARE(inv.natGateways.size(), 1);
    const NatGateway nat = inv.natGateways.values().first();
    QVERIFY2(nat.isKnown(), qPrintable(nat.error));
    QCOMPARE(nat.publicRanges, QStringList{QStringLiteral("203.0.113.50/32")});
    const QString jump =
        QStringLiteral("/subscriptions/%1/resourceGroups/rg-network-shared/providers/Microsoft.Network/"
                       "virtualNetworks/vnet-shared/subnets/snet-shared-jump")
            .arg(kNetworkingSub);
    Registry prod, priv;
    for (const Registry &r : inv.registries) {
        if (r.name == QLatin1String("contosoprod"))
            prod = r;
        if (r.name == QLatin1String("contosoprivate"))
            priv = r;
    }
    const AccessDecision allowed = AccessEvaluator::fromSubnet(prod, jump, inv);
    QCOMPARE(allowed.result, AccessDecision::Result::AllowedByRule);
    QVERIFY2(allowed.reasons.join(QLatin1Char(' ')).contains(QLatin1String("natgw-shared")),
             qPrintable(allowed.reasons.join(QLatin1Char(' '))));
    QCOMPARE(AccessEvaluator::fromSubnet(priv, jump, inv).result, AccessDecision::Result::Denied);
    // Partly covered NAT addresses: intermittent, so "depends", naming what is allowed.
    const AccessDecision partly =
        AccessEvaluator::fromPublicRanges(prod, {QStringLiteral("203.0.113.50/32"), QStringLiteral("192.0.2.240/28")});
    QCOMPARE(partly.result, AccessDecision::Result::DependsOnEgress);
    QCOMPARE(partly.allowingRanges, QStringList{QStringLiteral("203.0.113.50")});

    const QList<VirtualMachine> vms = machines(env->client.get(), kNetworkingSub, {jump});
    QCOMPARE(vms.size(), 1);
    ArmError error;
    QCOMPARE(check(env->client.get(), vms.first(), prod, &error).status, 401);
    const ProbeResult blocked = check(env->client.get(), vms.first(), priv, &error);
    QCOMPARE(blocked.status, 403);
    QCOMPARE(blocked.seenAddress, QStringLiteral("203.0.113.50")); // the NAT gateway's address, not the VM's
    QCOMPARE(AccessEvaluator::fromMachine(priv, vms.first(), inv).result, AccessDecision::Result::Denied);
}

void TestMachines::unreadableNatGatewayIsDeclared()
{
    auto env = start(QStringLiteral("demo"));
    QVERIFY(env);
    // The gateway's public IP is gone: the gateway's addresses are unknown, which the inventory says, and the
    // evaluator falls back to "depends" with the reason instead of a guess.
    auto &resources = env->sbx->server().store().resources;
    const QStringList keys = resources.keys();
    for (const QString &key : keys) {
        if (key.endsWith(QLatin1String("/publicipaddresses/natgw-shared-ip1")))
            resources.remove(key);
    }
    InventoryLoader loader(env->client.get());
    QSignalSpy loaded(&loader, &InventoryLoader::subscriptionLoaded);
    QSignalSpy finished(&loader, &InventoryLoader::finished);
    loader.load({subscription(kNetworkingSub)});
    QVERIFY(finished.wait(10000));
    QCOMPARE(loaded.size(), 1);
    const auto inventory = loaded.first().at(0).value<SubscriptionInventory>();
    QCOMPARE(inventory.natGateways.size(), 1);
    QVERIFY(!inventory.natGateways.first().isKnown());
    QVERIFY2(inventory.warnings.join(QLatin1Char('\n')).contains(QLatin1String("natgw-shared")),
             qPrintable(inventory.warnings.join(QLatin1Char('\n'))));
    InventorySnapshot inv;
    inv.add(inventory);
    Registry prod;
    prod.name = QStringLiteral("contosoprod");
    prod.sku = QStringLiteral("Premium");
    QString error;
    prod.networkRuleSet = NetworkRuleSet::fromJson(
        QJsonDocument::fromJson(R"({"defaultAction":"Deny","ipRules":[{"action":"Allow","value":"203.0.113.0/24"}]})")
            .object(),
        QStringLiteral("contosoprod"), &error);
    const AccessDecision d =
        AccessEvaluator::fromSubnet(prod, inventory.virtualNetworks.first().subnets.at(1).id.toString(), inv);
    QCOMPARE(d.result, AccessDecision::Result::DependsOnEgress);
    QVERIFY2(d.reasons.join(QLatin1Char(' ')).contains(QLatin1String("unknown")),
             qPrintable(d.reasons.join(QLatin1Char(' '))));
}

QTEST_GUILESS_MAIN(TestMachines)
#include "tst_machines.moc"
