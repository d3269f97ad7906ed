#include "app/arm/armclient.h"
#include "app/arm/armjob.h"
#include "app/arm/tokensource.h"
#include "app/services/graphinventoryloader.h"
#include "app/services/inventoryloader.h"
#include "tests/support/sandboxfixture.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QtTest>

using namespace acrnet;
using acrnet::test::SandboxFixture;

namespace {
Subscription sub(const QString &id, const QString &name)
{
    Subscription s;
    s.subscriptionId = id;
    s.displayName = name;
    s.id = ResourceId::forSubscription(id);
    return s;
}
const QList<Subscription> kAll{
    sub(QStringLiteral("1f0e2d3c-4b5a-4697-8877-665544332211"), QStringLiteral("Contoso Production")),
    sub(QStringLiteral("2e1f3a4b-5c6d-4e7f-8091-a2b3c4d5e6f7"), QStringLiteral("Contoso Networking")),
    sub(QStringLiteral("3a2b1c0d-9e8f-4a7b-b6c5-d4e3f2a1b0c9"), QStringLiteral("Fabrikam Development"))};
} // namespace

class TestInventoryLoader : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void loadsEachSubscriptionAndReportsFailuresAlone_data();
    void loadsEachSubscriptionAndReportsFailuresAlone();
    void cancel();
    void resourceGraphGivesTheSameInventory();
    void resourceGraphNamingTwoNextPagesFails();
    void readsAWindowOfSubscriptionsAtATime();
    void signedOutMidwayFailsTheRest();

private:
    // A generated estate of `count` subscriptions in one tenant (replaces the demo sandbox and its client).
    QList<Subscription> generated(int count);

    QTemporaryDir m_dir;
    std::unique_ptr<SandboxFixture> m_sbx;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<StaticTokenSource> m_tokens;
    std::unique_ptr<ArmClient> m_client;
};

void TestInventoryLoader::init()
{
    m_sbx = std::make_unique<SandboxFixture>(QStringLiteral("demo"));
    QVERIFY(m_sbx->ok());
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_tokens = std::make_unique<StaticTokenSource>(m_sbx->servicePrincipalToken()); // Contoso's tenant only
    m_client = std::make_unique<ArmClient>(m_nam.get(), m_tokens.get(), Cloud::sandbox(m_sbx->server().baseUrl()));
}

void TestInventoryLoader::loadsEachSubscriptionAndReportsFailuresAlone_data()
{
    QTest::addColumn<int>("pageSize");
    QTest::newRow("one page") << 100;
    QTest::newRow("pages of two") << 2;
}

void TestInventoryLoader::loadsEachSubscriptionAndReportsFailuresAlone()
{
    QFETCH(int, pageSize);
    m_sbx->server().store().settings.pageSize = pageSize;
    InventoryLoader loader(m_client.get());
    QSignalSpy loaded(&loader, &InventoryLoader::subscriptionLoaded);
    QSignalSpy failed(&loader, &InventoryLoader::subscriptionFailed);
    QSignalSpy finished(&loader, &InventoryLoader::finished);
    loader.load(kAll);
    QVERIFY(finished.wait(15000));
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QCOMPARE(loaded.count(), 2);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(0).value<Subscription>().displayName, QStringLiteral("Fabrikam Development"));
    QCOMPARE(failed.at(0).at(1).value<ArmError>().code(), QStringLiteral("InvalidAuthenticationTokenTenant"));
    QHash<QString, SubscriptionInventory> byName;
    for (const auto &args : loaded) {
        const auto inv = args.at(0).value<SubscriptionInventory>();
        byName.insert(inv.subscription.displayName, inv);
    }
    const SubscriptionInventory prod = byName.value(QStringLiteral("Contoso Production"));
    QCOMPARE(prod.virtualNetworks.size(), 2);
    QCOMPARE(prod.registries.size(), 6);
    QVERIFY(prod.containerRegistryProvider.isRegistered());
    QVERIFY(prod.warnings.isEmpty());
    int subnets = 0;
    for (const VirtualNetwork &v : prod.virtualNetworks)
        subnets += int(v.subnets.size());
    QCOMPARE(subnets, 7);
    for (const Registry &r : prod.registries) {
        if (r.name == QLatin1String("contosoprod"))
            QCOMPARE(r.networkRuleSet->virtualNetworkRules.size(), 6); // read with an api-version that has them
    }
    const SubscriptionInventory net = byName.value(QStringLiteral("Contoso Networking"));
    QCOMPARE(net.virtualNetworks.size(), 1);
    QVERIFY(net.registries.isEmpty());
    QCOMPARE(net.containerRegistryProvider.state, ProviderRegistration::State::NotRegistered);
}

void TestInventoryLoader::cancel()
{
    m_sbx->server().store().faults.latencyMs = 300;
    InventoryLoader loader(m_client.get());
    QSignalSpy loaded(&loader, &InventoryLoader::subscriptionLoaded);
    QSignalSpy finished(&loader, &InventoryLoader::finished);
    loader.load(kAll.mid(0, 2));
    QVERIFY(loader.isRunning());
    QTRY_VERIFY(m_client->requestsInFlight() > 0);
    loader.cancel();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QVERIFY(!loader.isRunning());
    QTest::qWait(500); // the aborted answers would have arrived by now
    QCOMPARE(loaded.count(), 0);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(m_client->requestsInFlight(), 0);
}

namespace {

// A canonical text of everything the inventory says, to compare two loads.
QStringList describe(const QList<SubscriptionInventory> &all)
{
    QStringList lines;
    for (const SubscriptionInventory &inv : all) {
        lines << QStringLiteral("sub %1 provider %2")
                     .arg(inv.subscription.subscriptionId, inv.containerRegistryProvider.registrationState);
        for (const VirtualNetwork &v : inv.virtualNetworks) {
            lines << QStringLiteral("vnet %1 %2 %3")
                         .arg(v.id.key(), v.location, v.addressPrefixes.join(QLatin1Char(',')));
            for (const Subnet &s : v.subnets) {
                QStringList eps;
                for (const ServiceEndpoint &e : s.serviceEndpoints)
                    eps << e.service + QLatin1Char(':') + e.provisioningState;
                lines << QStringLiteral("subnet %1 %2 %3 %4")
                             .arg(s.id.key(), s.addressPrefixes.join(QLatin1Char(',')), eps.join(QLatin1Char(',')),
                                  s.etag);
            }
        }
        for (const Registry &r : inv.registries) {
            QStringList rules;
            if (r.networkRuleSet) {
                rules << NetworkRuleSet::defaultActionName(r.networkRuleSet->defaultAction);
                for (const auto &v : r.networkRuleSet->virtualNetworkRules)
                    rules << v.subnetId.toLower();
                for (const auto &ip : r.networkRuleSet->ipRules)
                    rules << ip.value;
                rules << (r.networkRuleSet->virtualNetworkRulesPresent ? QStringLiteral("vnet-rules-read")
                                                                       : QStringLiteral("vnet-rules-unknown"));
            }
            lines << QStringLiteral("registry %1 %2 %3 %4 pe=%5")
                         .arg(r.id.key(), r.sku, r.publicNetworkAccess, rules.join(QLatin1Char(',')))
                         .arg(r.privateEndpointConnections.size());
        }
    }
    lines.sort();
    return lines;
}

} // namespace

void TestInventoryLoader::resourceGraphGivesTheSameInventory()
{
    m_sbx->server().store().settings.pageSize = 2; // both paths page
    const QList<Subscription> contoso = kAll.mid(0, 2);

    InventoryLoader arm(m_client.get());
    QSignalSpy armLoaded(&arm, &InventoryLoader::subscriptionLoaded);
    QSignalSpy armDone(&arm, &InventoryLoader::finished);
    arm.load(contoso);
    QVERIFY(armDone.wait(15000));

    GraphInventoryLoader graph(m_client.get());
    QSignalSpy graphLoaded(&graph, &GraphInventoryLoader::subscriptionLoaded);
    QSignalSpy graphDone(&graph, &GraphInventoryLoader::finished);
    QSignalSpy graphFailed(&graph, &GraphInventoryLoader::failed);
    graph.load(contoso);
    QVERIFY(graphDone.wait(15000));
    QVERIFY(graphFailed.isEmpty());

    QList<SubscriptionInventory> a, b;
    for (const auto &args : armLoaded)
        a << args.at(0).value<SubscriptionInventory>();
    for (const auto &args : graphLoaded)
        b << args.at(0).value<SubscriptionInventory>();
    QCOMPARE(a.size(), 2);
    const QStringList fromArm = describe(a);
    const QStringList fromGraph = describe(b);
    QVERIFY(fromArm.size() > 10);
    QCOMPARE(fromGraph, fromArm);
    QVERIFY(fromArm.join(QLatin1Char('\n')).contains(QLatin1String("snet-shared-agents")));
}

void TestInventoryLoader::resourceGraphNamingTwoNextPagesFails()
{
    // The next page is asked for off a scan of the bytes, ahead of the parse; when the two disagree (a page naming
    // "$skipToken" twice) the load fails and says why — it never goes on with either.
    const QList<Subscription> estate = generated(300); // 600 VNets: two pages of the VNet query
    QCOMPARE(estate.size(), 300);
    m_sbx->server().store().faults.graphTwoNextPagesNext = 1;
    GraphInventoryLoader graph(m_client.get());
    QSignalSpy loaded(&graph, &GraphInventoryLoader::subscriptionLoaded);
    QSignalSpy failed(&graph, &GraphInventoryLoader::failed);
    QSignalSpy done(&graph, &GraphInventoryLoader::finished);
    graph.load(estate);
    QVERIFY(done.wait(30000));
    QCOMPARE(done.last().at(0).toBool(), false);
    QCOMPARE(failed.count(), 1);
    const auto error = failed.first().at(0).value<ArmError>();
    QCOMPARE(error.kind(), ArmError::Kind::InvalidResponse);
    QVERIFY2(error.userText().contains(QLatin1String("two different next pages")), qPrintable(error.userText()));
    QCOMPARE(loaded.count(), 0);
    QCOMPARE(m_sbx->server().store().faults.graphTwoNextPagesNext, 0);
    // Without the fault the same load completes.
    GraphInventoryLoader again(m_client.get());
    QSignalSpy againLoaded(&again, &GraphInventoryLoader::subscriptionLoaded);
    QSignalSpy againFailed(&again, &GraphInventoryLoader::failed);
    QSignalSpy againDone(&again, &GraphInventoryLoader::finished);
    again.load(estate);
    QVERIFY(againDone.wait(30000));
    QVERIFY(againFailed.isEmpty());
    QCOMPARE(againLoaded.count(), 300);
}

QList<Subscription> TestInventoryLoader::generated(int count)
{
    const QString file = m_dir.filePath(QStringLiteral("generated.json"));
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(
        QJsonDocument(QJsonObject{{QStringLiteral("generate"), QJsonObject{{QStringLiteral("subscriptions"), count},
                                                                           {QStringLiteral("vnetsPerSubscription"), 2},
                                                                           {QStringLiteral("subnetsPerVnet"), 3},
                                                                           {QStringLiteral("registries"), count}}}})
            .toJson());
    f.close();
    m_client.reset();
    m_sbx = std::make_unique<SandboxFixture>(file);
    if (!m_sbx->ok())
        return {};
    m_tokens = std::make_unique<StaticTokenSource>(m_sbx->servicePrincipalToken());
    m_client = std::make_unique<ArmClient>(m_nam.get(), m_tokens.get(), Cloud::sandbox(m_sbx->server().baseUrl()));
    QList<Subscription> subscriptions;
    for (const QJsonObject &o : std::as_const(m_sbx->server().store().subscriptions))
        subscriptions << sub(o.value(QLatin1String("subscriptionId")).toString(),
                             o.value(QLatin1String("displayName")).toString());
    return subscriptions;
}

// A thousand subscriptions are not started at once (3,000 requests queued in one GUI-thread event): a window of them
// is read, the next starting as one is done, and every one is read.
void TestInventoryLoader::readsAWindowOfSubscriptionsAtATime()
{
    const QList<Subscription> all = generated(40);
    QCOMPARE(all.size(), 40);
    const QString log = m_dir.filePath(QStringLiteral("requests.jsonl"));
    QString error;
    QVERIFY2(m_sbx->server().setRequestLog(log, &error), qPrintable(error));
    auto requested = [&log] { // subscriptions asked about so far
        QFile file(log);
        QSet<QString> subscriptions;
        if (file.open(QIODevice::ReadOnly)) {
            for (const QByteArray &line : file.readAll().split('\n')) {
                const QString url = QJsonDocument::fromJson(line).object().value(QLatin1String("url")).toString();
                if (url.startsWith(QLatin1String("/subscriptions/")))
                    subscriptions.insert(url.section(QLatin1Char('/'), 2, 2).toLower());
            }
        }
        return subscriptions.size();
    };
    InventoryLoader loader(m_client.get());
    QSignalSpy loaded(&loader, &InventoryLoader::subscriptionLoaded);
    QSignalSpy failed(&loader, &InventoryLoader::subscriptionFailed);
    QSignalSpy finished(&loader, &InventoryLoader::finished);
    loader.load(all);
    // Per subscription started: two lists (each with the request of its first page) and a request — 5 jobs.
    const qsizetype jobsAtStart = m_client->findChildren<ArmJob *>().size();
    QVERIFY2(jobsAtStart >= 5 && jobsAtStart <= 5 * 12, qPrintable(QString::number(jobsAtStart)));
    QVERIFY(finished.wait(30000));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(loaded.count(), 40);
    QSet<QString> seen;
    for (const auto &args : loaded) {
        const auto inv = args.at(0).value<SubscriptionInventory>();
        QCOMPARE(inv.virtualNetworks.size(), 2);
        QVERIFY(inv.warnings.isEmpty());
        seen.insert(inv.subscription.subscriptionId);
    }
    QCOMPARE(seen.size(), 40);
    QCOMPARE(requested(), 40);
}

// The account signed out while a window was being read: what was read is delivered, every other subscription fails
// with SignedOut (the client fails even those started while it goes), and the load finishes.
void TestInventoryLoader::signedOutMidwayFailsTheRest()
{
    const QList<Subscription> all = generated(40);
    QCOMPARE(all.size(), 40);
    InventoryLoader loader(m_client.get());
    connect(&loader, &InventoryLoader::subscriptionLoaded, this,
            [this] { QTimer::singleShot(0, this, [this] { m_client.reset(); }); });
    QSignalSpy loaded(&loader, &InventoryLoader::subscriptionLoaded);
    QSignalSpy failed(&loader, &InventoryLoader::subscriptionFailed);
    QSignalSpy finished(&loader, &InventoryLoader::finished);
    loader.load(all);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.count(), 1);
    QVERIFY(loaded.count() >= 1);
    QVERIFY2(failed.count() >= 40 - 13, qPrintable(QString::number(failed.count())));
    QCOMPARE(loaded.count() + failed.count(), 40);
    for (const auto &args : failed)
        QCOMPARE(args.at(1).value<ArmError>().kind(), ArmError::Kind::SignedOut);
}

QTEST_GUILESS_MAIN(TestInventoryLoader)
#include "tst_inventoryloader.moc"
