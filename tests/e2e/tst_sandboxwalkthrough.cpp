// The seed walkthrough, step by step, through the app's own ARM client against the sandbox's training scenario.
#include "app/arm/apiversions.h"
#include "app/arm/armclient.h"
#include "app/arm/armlistjob.h"
#include "app/arm/armoperationjob.h"
#include "app/arm/armrequestjob.h"
#include "app/arm/tokensource.h"
#include "app/azure/registry.h"
#include "app/azure/subscription.h"
#include "app/azure/virtualnetwork.h"
#include "tests/support/sandboxfixture.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QtTest>

using namespace acrnet;
using acrnet::test::SandboxFixture;

namespace {
const QString kSub = QStringLiteral("8b7a6c5d-4e3f-4a2b-8c1d-0e9f8a7b6c5d");
const QString kNetSub = QStringLiteral("9c8b7a6d-5e4f-4b3a-9d2c-1f0e9b8a7c6d");
} // namespace

class TestSandboxWalkthrough : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void walkthrough();

private:
    void registerProvider();
    template<typename Job>
    bool run(Job *job, ArmResponse *response = nullptr, QJsonArray *items = nullptr, ArmError *error = nullptr);
    Registry registry();
    ArmResponse patchRules(const NetworkRuleSet &set);
    int probe(const QByteArray &host);

    std::unique_ptr<SandboxFixture> m_sbx;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<StaticTokenSource> m_tokens;
    std::unique_ptr<ArmClient> m_client;
};

void TestSandboxWalkthrough::initTestCase()
{
    m_sbx = std::make_unique<SandboxFixture>(QStringLiteral("training"));
    QVERIFY(m_sbx->ok());
    auto &settings = m_sbx->server().store().settings;
    settings.provisioningDelayMs = 300;
    settings.registrationDelayMs = 300;
    settings.resourceGroupDeleteDelayMs = 300;
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_tokens = std::make_unique<StaticTokenSource>(m_sbx->servicePrincipalToken());
    m_client = std::make_unique<ArmClient>(m_nam.get(), m_tokens.get(), Cloud::sandbox(m_sbx->server().baseUrl()));
    m_client->setPollIntervalMs(100);
}

template<typename Job>
bool TestSandboxWalkthrough::run(Job *job, ArmResponse *response, QJsonArray *items, ArmError *error)
{
    bool done = false;
    bool ok = false;
    if constexpr (std::is_same_v<Job, ArmListJob>) {
        connect(job, &ArmListJob::finished, this, [&](const QJsonArray &all) {
            done = ok = true;
            if (items)
                *items = all;
        });
    } else {
        connect(job, &Job::finished, this, [&](const ArmResponse &r) {
            done = ok = true;
            if (response)
                *response = r;
        });
    }
    connect(job, &Job::failed, this, [&](const ArmError &e) {
        done = true;
        if (error)
            *error = e;
        qWarning("%s", qPrintable(e.userText()));
    });
    job->start();
    if (!QTest::qWaitFor([&] { return done; }, 20000))
        qWarning("timed out");
    return ok;
}

Registry TestSandboxWalkthrough::registry()
{
    ArmResponse r;
    const QString path =
        ResourceId::forRegistry(kSub, QStringLiteral("myResourceGroup"), QStringLiteral("mycontainerregistry"))
            .toString();
    if (!run(m_client->get(path, ApiVersions::registries()), &r))
        return {};
    QString error;
    return Registry::fromJson(QJsonDocument::fromJson(r.body).object(), &error).value_or(Registry());
}

ArmResponse TestSandboxWalkthrough::patchRules(const NetworkRuleSet &set)
{
    ArmResponse r;
    const QJsonObject body{
        {QStringLiteral("properties"), QJsonObject{{QStringLiteral("networkRuleSet"), set.toJson()}}}};
    run(m_client->write("PATCH", registry().id.toString(), ApiVersions::registries(), QJsonDocument(body).toJson()),
        &r);
    return r;
}

int TestSandboxWalkthrough::probe(const QByteArray &host)
{
    QNetworkRequest request(m_client->cloud().registryProbeUrl(registry().loginServer));
    request.setRawHeader("X-Sandbox-Host", host);
    QNetworkReply *reply = m_nam->get(request);
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
        return 0;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    return status;
}

namespace {

// The item of a list with this name (an empty object when none has it).
QJsonObject named(const QJsonArray &items, const QString &name)
{
    for (const QJsonValue &v : items) {
        if (v.toObject().value(QLatin1String("name")).toString() == name)
            return v.toObject();
    }
    return {};
}

} // namespace

// Step 1 in the VNet's subscription: POST …/register, then GET until Registered.
void TestSandboxWalkthrough::registerProvider()
{
    const QString provider = QStringLiteral("/subscriptions/%1/providers/Microsoft.ContainerRegistry").arg(kNetSub);
    ArmRequest reg;
    reg.method = "POST";
    reg.url = m_client->url(provider + QStringLiteral("/register"), ApiVersions::providers());
    QVERIFY(run(m_client->send(reg)));
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            ArmResponse r;
            QString e;
            return run(m_client->get(provider, ApiVersions::providers()), &r) &&
                   ProviderRegistration::fromJson(QJsonDocument::fromJson(r.body).object(), &e)->isRegistered();
        }(),
        5000);
}

void TestSandboxWalkthrough::walkthrough()
{
    registerProvider(); // 1. az provider register --namespace Microsoft.ContainerRegistry
    if (QTest::currentTestFailed())
        return;

    // 2. az network vnet list
    QJsonArray vnets;
    QVERIFY(
        run(m_client->list(QStringLiteral("/subscriptions/%1/providers/Microsoft.Network/virtualNetworks").arg(kSub),
                           ApiVersions::network()),
            nullptr, &vnets));
    QCOMPARE(vnets.size(), 2); // the VM's network, and the other host's (outside it)
    QString error;
    const auto vnet = VirtualNetwork::fromJson(named(vnets, QStringLiteral("myDockerVMVNET")), &error);
    QVERIFY2(vnet, qPrintable(error));
    QCOMPARE(vnet->name, QStringLiteral("myDockerVMVNET"));
    const Subnet subnet = vnet->subnets.at(0);
    QCOMPARE(subnet.name, QStringLiteral("myDockerVMSubnet"));
    QVERIFY(!subnet.hasEndpoint(Subnet::acrService()));

    // 3. az network vnet subnet update --service-endpoints Microsoft.ContainerRegistry (keeping everything else)
    ArmResponse fresh;
    QVERIFY(run(m_client->get(subnet.id.toString(), ApiVersions::network()), &fresh));
    const QJsonObject freshJson = QJsonDocument::fromJson(fresh.body).object();
    const QJsonObject body = Subnet::withServiceEndpoint(freshJson, Subnet::acrService(), true);
    ArmResponse updated;
    QVERIFY(run(m_client->write("PUT", subnet.id.toString(), ApiVersions::network(), QJsonDocument(body).toJson(),
                                {{"If-Match", freshJson.value(QLatin1String("etag")).toString().toUtf8()}}),
                &updated));
    const auto after = Subnet::fromJson(QJsonDocument::fromJson(updated.body).object(), &error);
    QVERIFY2(after, qPrintable(error));
    QVERIFY(after->endpoint(Subnet::acrService())->isSucceeded());
    QCOMPARE(after->provisioningState, QStringLiteral("Succeeded"));
    QVERIFY(after->networkSecurityGroupId.endsWith(QLatin1String("/myDockerVMNSG"))); // the NSG survived

    // 4. az network vnet subnet show --query id
    QCOMPARE(after->id.toString(),
             QStringLiteral("/subscriptions/%1/resourceGroups/myResourceGroup/providers/Microsoft.Network/"
                            "virtualNetworks/myDockerVMVNET/subnets/myDockerVMSubnet")
                 .arg(kSub));

    // 5. az acr update --default-action Deny
    NetworkRuleSet set = *registry().networkRuleSet;
    set.defaultAction = NetworkRuleSet::DefaultAction::Deny;
    QCOMPARE(patchRules(set).status, 200);
    QCOMPARE(probe("myDockerVM"), 403);

    // 6. az acr network-rule add --subnet <id>
    set.virtualNetworkRules.append({after->id.toString(), QStringLiteral("Allow")});
    QCOMPARE(patchRules(set).status, 200);

    // 7. docker pull from the VM works; from elsewhere, 403 Forbidden
    QCOMPARE(probe("myDockerVM"), 401);
    QCOMPARE(probe("myOtherHost"), 403);

    // 8. az acr network-rule list
    Registry r = registry();
    QCOMPARE(r.networkRuleSet->virtualNetworkRules.size(), 1);
    QCOMPARE(r.networkRuleSet->virtualNetworkRules.first().subnet(), after->id);

    // 9. az acr network-rule remove --subnet <id>
    set.virtualNetworkRules.clear();
    QCOMPARE(patchRules(set).status, 200);
    QCOMPARE(probe("myDockerVM"), 403);

    // 10. az acr update --default-action Allow
    set.defaultAction = NetworkRuleSet::DefaultAction::Allow;
    QCOMPARE(patchRules(set).status, 200);
    QCOMPARE(probe("myOtherHost"), 401);
    QCOMPARE(registry().networkRuleSet->defaultAction, NetworkRuleSet::DefaultAction::Allow);

    // 11. az group delete
    const QString group = QStringLiteral("/subscriptions/%1/resourcegroups/myResourceGroup").arg(kSub);
    QVERIFY(run(m_client->write("DELETE", group, ApiVersions::resourceGroups())));
    ArmError gone;
    QVERIFY(!run(m_client->get(group, ApiVersions::resourceGroups()), nullptr, nullptr, &gone));
    QCOMPARE(gone.code(), QStringLiteral("ResourceGroupNotFound"));
}

QTEST_GUILESS_MAIN(TestSandboxWalkthrough)
#include "tst_sandboxwalkthrough.moc"
