#include "app/azure/cloud.h"

#include <QtTest>

using namespace acrnet;

class TestCloud : public QObject
{
    Q_OBJECT

private slots:
    void table_data();
    void table();
    void unknownName();
    void managementUrlPinning_data();
    void managementUrlPinning();
    void sandboxProbeUrl();
    void portalUrl_data();
    void portalUrl();
};

void TestCloud::table_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("arm");
    QTest::addColumn<QString>("authority");
    QTest::addColumn<QString>("scope");
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<bool>("serviceEndpoints");
    QTest::newRow("public") << "AzureCloud"
                            << "https://management.azure.com"
                            << "https://login.microsoftonline.com"
                            << "https://management.azure.com/.default"
                            << "azurecr.io" << true;
    QTest::newRow("usgov") << "AzureUSGovernment"
                           << "https://management.usgovcloudapi.net"
                           << "https://login.microsoftonline.us"
                           << "https://management.usgovcloudapi.net/.default"
                           << "azurecr.us" << false;
    QTest::newRow("china") << "azurechinacloud"
                           << "https://management.chinacloudapi.cn"
                           << "https://login.chinacloudapi.cn"
                           << "https://management.chinacloudapi.cn/.default"
                           << "azurecr.cn" << false;
}

void TestCloud::table()
{
    QFETCH(QString, name);
    const Cloud c = Cloud::byName(name);
    QVERIFY(c.isValid());
    QTEST(c.managementEndpoint().toString(), "arm");
    QTEST(c.authority().toString(), "authority");
    QTEST(c.armScope(), "scope");
    QTEST(c.registryLoginSuffix(), "suffix");
    QTEST(c.supportsRegistryServiceEndpoints(), "serviceEndpoints");
    QCOMPARE(c.resourceGraphEndpoint(), c.managementEndpoint());
}

void TestCloud::unknownName()
{
    QVERIFY(!Cloud::byName(QStringLiteral("AzureGermanCloud")).isValid());
    QCOMPARE(Cloud::builtIn().size(), 3);
}

void TestCloud::managementUrlPinning_data()
{
    QTest::addColumn<QString>("cloud");
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("trusted");
    const QString pub = QStringLiteral("AzureCloud");
    const QString sandbox = QStringLiteral("sandbox");
    QTest::newRow("same host") << pub << "https://management.azure.com/subscriptions?api-version=1" << true;
    QTest::newRow("host case") << pub << "https://MANAGEMENT.azure.com/x" << true;
    QTest::newRow("explicit 443") << pub << "https://management.azure.com:443/x" << true;
    QTest::newRow("other host") << pub << "https://evil.example.com/subscriptions" << false;
    QTest::newRow("suffix trick") << pub << "https://management.azure.com.evil.example/x" << false;
    QTest::newRow("plain http") << pub << "http://management.azure.com/x" << false;
    QTest::newRow("other port") << pub << "https://management.azure.com:8443/x" << false;
    QTest::newRow("relative") << pub << "/subscriptions" << false;
    QTest::newRow("sandbox loopback") << sandbox << "http://127.0.0.1:5555/subscriptions" << true;
    QTest::newRow("sandbox other port") << sandbox << "http://127.0.0.1:5556/subscriptions" << false;
    QTest::newRow("sandbox other host") << sandbox << "http://10.1.2.3:5555/subscriptions" << false;
}

void TestCloud::managementUrlPinning()
{
    QFETCH(QString, cloud);
    QFETCH(QString, url);
    const Cloud c = cloud == QLatin1String("sandbox") ? Cloud::sandbox(QUrl(QStringLiteral("http://127.0.0.1:5555")))
                                                      : Cloud::byName(cloud);
    QTEST(c.isManagementUrl(QUrl(url)), "trusted");
}

void TestCloud::sandboxProbeUrl()
{
    const Cloud sandbox = Cloud::sandbox(QUrl(QStringLiteral("http://127.0.0.1:5555/")));
    QCOMPARE(sandbox.registryProbeUrl(QStringLiteral("mycontainerregistry.azurecr.sandbox")).toString(),
             QStringLiteral("http://127.0.0.1:5555/_registry/mycontainerregistry/v2/"));
    QCOMPARE(Cloud::byName(QStringLiteral("AzureCloud")).registryProbeUrl(QStringLiteral("r.azurecr.io")).toString(),
             QStringLiteral("https://r.azurecr.io/v2/"));
    QCOMPARE(sandbox.managementUrl(QStringLiteral("/subscriptions")).toString(),
             QStringLiteral("http://127.0.0.1:5555/subscriptions"));
}

void TestCloud::portalUrl_data()
{
    QTest::addColumn<QString>("cloud");
    QTest::addColumn<QString>("expected");
    const QString id = QStringLiteral("/subscriptions/s1/resourceGroups/rg/providers/Microsoft.ContainerRegistry/"
                                      "registries/r1");
    QTest::newRow("public") << "AzureCloud" << QString(QStringLiteral("https://portal.azure.com/#@t1/resource") + id);
    QTest::newRow("US Government") << "AzureUSGovernment"
                                   << QString(QStringLiteral("https://portal.azure.us/#@t1/resource") + id);
    QTest::newRow("China") << "AzureChinaCloud"
                           << QString(QStringLiteral("https://portal.azure.cn/#@t1/resource") + id);
}

void TestCloud::portalUrl()
{
    QFETCH(QString, cloud);
    QFETCH(QString, expected);
    const QString id = QStringLiteral("/subscriptions/s1/resourceGroups/rg/providers/Microsoft.ContainerRegistry/"
                                      "registries/r1");
    QCOMPARE(Cloud::byName(cloud).portalUrl(id, QStringLiteral("t1")).toString(), expected);
    // No portal for the sandbox, a custom endpoint, or something that is not a resource ID.
    QVERIFY(Cloud::sandbox(QUrl(QStringLiteral("http://127.0.0.1:1"))).portalUrl(id, QStringLiteral("t1")).isEmpty());
    QVERIFY(Cloud::custom(QUrl(QStringLiteral("https://arm.example")), Cloud::byName(cloud).kind())
                .portalUrl(id, QStringLiteral("t1"))
                .isEmpty());
    QVERIFY(Cloud::byName(cloud).portalUrl(QStringLiteral("not-an-id"), QStringLiteral("t1")).isEmpty());
}

QTEST_GUILESS_MAIN(TestCloud)
#include "tst_cloud.moc"
