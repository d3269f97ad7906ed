#include "app/azure/resourceid.h"

#include <QSet>
#include <QtTest>

using namespace acrnet;

class TestResourceId : public QObject
{
    Q_OBJECT

private slots:
    void parseValid_data();
    void parseValid();
    void parseInvalid_data();
    void parseInvalid();
    void parseSubnetErrors_data();
    void parseSubnetErrors();
    void comparesCaseInsensitively();
    void parentChain();
    void buildersRoundTrip();
};

void TestResourceId::parseValid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("subscription");
    QTest::addColumn<QString>("group");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("name");

    QTest::newRow("subscription") << "/subscriptions/sub1"
                                  << "sub1"
                                  << ""
                                  << ""
                                  << "sub1";
    QTest::newRow("resource group") << "/subscriptions/sub1/resourceGroups/myResourceGroup"
                                    << "sub1"
                                    << "myResourceGroup"
                                    << ""
                                    << "myResourceGroup";
    QTest::newRow("lower-case resourcegroups") << "/subscriptions/sub1/resourcegroups/rg"
                                               << "sub1"
                                               << "rg"
                                               << ""
                                               << "rg";
    QTest::newRow("registry") << "/subscriptions/s/resourceGroups/rg/providers/Microsoft.ContainerRegistry/"
                                 "registries/mycontainerregistry"
                              << "s"
                              << "rg"
                              << "Microsoft.ContainerRegistry/registries"
                              << "mycontainerregistry";
    QTest::newRow("subnet") << "/subscriptions/s/resourceGroups/myResourceGroup/providers/Microsoft.Network/"
                               "virtualNetworks/myDockerVMVNET/subnets/myDockerVMSubnet"
                            << "s"
                            << "myResourceGroup"
                            << "Microsoft.Network/virtualNetworks/subnets"
                            << "myDockerVMSubnet";
    QTest::newRow("trailing slash and spaces") << "  /subscriptions/s/resourceGroups/rg/  "
                                               << "s"
                                               << "rg"
                                               << ""
                                               << "rg";
    QTest::newRow("subscription provider") << "/subscriptions/s/providers/Microsoft.ContainerRegistry"
                                           << "s"
                                           << ""
                                           << ""
                                           << "Microsoft.ContainerRegistry";
}

void TestResourceId::parseValid()
{
    QFETCH(QString, text);
    QString error;
    const ResourceId id = ResourceId::parse(text, &error);
    QVERIFY2(id.isValid(), qPrintable(error));
    QFETCH(QString, subscription);
    QFETCH(QString, group);
    QFETCH(QString, type);
    QFETCH(QString, name);
    QCOMPARE(id.subscriptionId(), subscription);
    QCOMPARE(id.resourceGroup(), group);
    if (!type.isEmpty())
        QCOMPARE(id.fullType(), type);
    QCOMPARE(id.name(), name);
}

void TestResourceId::parseInvalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expectedError");
    QTest::newRow("empty") << ""
                           << "empty";
    QTest::newRow("no leading slash") << "subscriptions/s"
                                      << "must start with /subscriptions/";
    QTest::newRow("wrong root") << "/tenants/t"
                                << "must start with /subscriptions/";
    QTest::newRow("no subscription id") << "/subscriptions"
                                        << "subscription ID is missing";
    QTest::newRow("no group name") << "/subscriptions/s/resourceGroups"
                                   << "resource group name is missing";
    QTest::newRow("double slash") << "/subscriptions/s//resourceGroups/rg"
                                  << "empty segment";
    QTest::newRow("unexpected segment") << "/subscriptions/s/vnets/x"
                                        << "unexpected segment \"vnets\"";
    QTest::newRow("no namespace") << "/subscriptions/s/resourceGroups/rg/providers"
                                  << "provider namespace is missing";
    QTest::newRow("type without name") << "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/"
                                          "virtualNetworks"
                                       << "type \"virtualNetworks\" has no name";
}

void TestResourceId::parseInvalid()
{
    QFETCH(QString, text);
    QFETCH(QString, expectedError);
    QString error;
    const ResourceId id = ResourceId::parse(text, &error);
    QVERIFY(!id.isValid());
    QVERIFY2(error.contains(expectedError), qPrintable(error));
}

void TestResourceId::parseSubnetErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expectedError");
    const QString vnet = QStringLiteral("/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/"
                                        "virtualNetworks/v");
    QTest::newRow("vnet, not subnet") << vnet << "not a subnet ID: missing /subnets/{name}";
    QTest::newRow("wrong provider") << "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Storage/"
                                       "storageAccounts/a"
                                    << "belongs to provider Microsoft.Storage, expected Microsoft.Network";
    QTest::newRow("registry id") << "/subscriptions/s/resourceGroups/rg/providers/Microsoft.ContainerRegistry/"
                                    "registries/r"
                                 << "expected Microsoft.Network";
    QTest::newRow("resource group") << "/subscriptions/s/resourceGroups/rg"
                                    << "names no resource";
    QTest::newRow("nsg") << "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/networkSecurityGroups/n"
                         << "found /networkSecurityGroups/ where /virtualNetworks/ was expected";
    QTest::newRow("child of subnet") << vnet + QStringLiteral("/subnets/a/ipConfigurations/b") << "child resource";
    QTest::newRow("garbage") << "hello"
                             << "must start with /subscriptions/";
}

void TestResourceId::parseSubnetErrors()
{
    QFETCH(QString, text);
    QFETCH(QString, expectedError);
    QString error;
    QVERIFY(!ResourceId::parseSubnet(text, &error).isValid());
    QVERIFY2(error.contains(expectedError, Qt::CaseInsensitive), qPrintable(error));
}

void TestResourceId::comparesCaseInsensitively()
{
    const ResourceId a = ResourceId::parse(QStringLiteral(
        "/subscriptions/ABC/resourceGroups/MyRG/providers/Microsoft.Network/virtualNetworks/V/subnets/S"));
    const ResourceId b = ResourceId::parse(QStringLiteral(
        "/subscriptions/abc/resourcegroups/myrg/providers/microsoft.network/virtualnetworks/v/subnets/s"));
    const ResourceId c = ResourceId::parse(QStringLiteral(
        "/subscriptions/abc/resourcegroups/myrg/providers/microsoft.network/virtualnetworks/v/subnets/t"));
    QVERIFY(a == b);
    QVERIFY(a != c);
    QCOMPARE(qHash(a), qHash(b));
    QSet<ResourceId> set{a, b, c};
    QCOMPARE(set.size(), 2);
    // The original spelling is kept for display.
    QVERIFY(a.toString().contains(QLatin1String("MyRG")));
}

void TestResourceId::parentChain()
{
    const ResourceId subnet =
        ResourceId::forSubnet(QStringLiteral("s"), QStringLiteral("rg"), QStringLiteral("v"), QStringLiteral("n"));
    const ResourceId vnet = subnet.parent();
    QCOMPARE(vnet.toString(), QStringLiteral("/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/"
                                             "virtualNetworks/v"));
    QCOMPARE(vnet.parent().toString(), QStringLiteral("/subscriptions/s/resourceGroups/rg"));
    QCOMPARE(vnet.parent().parent().toString(), QStringLiteral("/subscriptions/s"));
    QVERIFY(!vnet.parent().parent().parent().isValid());
}

void TestResourceId::buildersRoundTrip()
{
    const ResourceId reg = ResourceId::forRegistry(QStringLiteral("s"), QStringLiteral("myResourceGroup"),
                                                   QStringLiteral("mycontainerregistry"));
    QCOMPARE(ResourceId::parseRegistry(reg.toString()), reg);
    QVERIFY(reg.isOfType(ResourceTypes::registry()));
    QVERIFY(!reg.isOfType(ResourceTypes::subnet()));
    const ResourceId subnet =
        ResourceId::forSubnet(QStringLiteral("s"), QStringLiteral("myResourceGroup"), QStringLiteral("myDockerVMVNET"),
                              QStringLiteral("myDockerVMSubnet"));
    QCOMPARE(ResourceId::parseSubnet(subnet.toString()).toString(), subnet.toString());
}

QTEST_GUILESS_MAIN(TestResourceId)
#include "tst_resourceid.moc"
