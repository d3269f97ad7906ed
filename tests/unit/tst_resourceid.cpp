#include "app/azure/resourceid.h"

#include <QRandomGenerator>
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
    void serverSpellingsParseAsTheirType_data();
    void serverSpellingsParseAsTheirType();
    void parseOfTextOfParseIsTheSame();
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
    QTest::newRow("trailing slash") << "/subscriptions/s/resourceGroups/rg/"
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
    // Strict: nothing is accepted that would print back differently or change a URL's meaning.
    QTest::newRow("leading spaces") << "  /subscriptions/s/resourceGroups/rg"
                                    << "spaces or line breaks";
    QTest::newRow("space inside") << "/subscriptions/s/resourceGroups/my rg"
                                  << "spaces or line breaks";
    QTest::newRow("line break") << "/subscriptions/s/resourceGroups/rg\n"
                                << "spaces or line breaks";
    QTest::newRow("at sign") << "/subscriptions/s@evil/resourceGroups/rg"
                             << "contains '@'";
    QTest::newRow("query") << "/subscriptions/s/resourceGroups/rg?api-version=x"
                           << "contains '?'";
    QTest::newRow("percent") << "/subscriptions/s/resourceGroups/rg%2Fx"
                             << "contains '%'";
    QTest::newRow("fragment") << "/subscriptions/s/resourceGroups/rg#x"
                              << "contains '#'";
    QTest::newRow("provider without type") << "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network"
                                           << "not followed by a resource type";
    QTest::newRow("only spaces") << "   "
                                 << "empty";
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

void TestResourceId::serverSpellingsParseAsTheirType_data()
{
    // ARM returns the same ID in several spellings (lower-cased providers and types in VNet rules and Resource
    // Graph rows, upper-case group names from older tools, a trailing slash from hand-written input): each must
    // parse as its type and compare equal to the canonical form the builders make.
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("type");
    const QString sub = QStringLiteral("1f0e2d3c-4b5a-4697-8877-665544332211");
    const QString canonicalSubnet = ResourceId::forSubnet(sub, QStringLiteral("rg-platform"),
                                                          QStringLiteral("vnet-hub"), QStringLiteral("snet-aks"))
                                        .toString();
    const QString canonicalRegistry =
        ResourceId::forRegistry(sub, QStringLiteral("rg-platform"), QStringLiteral("contosoprod")).toString();
    const QString canonicalVnet = canonicalSubnet.section(QLatin1Char('/'), 0, -3); // .../virtualNetworks/vnet-hub
    QTest::newRow("subnet canonical") << canonicalSubnet << ResourceTypes::subnet();
    QTest::newRow("subnet lower-case") << canonicalSubnet.toLower() << ResourceTypes::subnet();
    QTest::newRow("subnet upper-case") << canonicalSubnet.toUpper() << ResourceTypes::subnet();
    QTest::newRow("subnet mixed types")
        << QStringLiteral("/subscriptions/%1/resourcegroups/rg-platform/providers/Microsoft.network/VirtualNetworks/"
                          "vnet-hub/Subnets/snet-aks")
               .arg(sub)
        << ResourceTypes::subnet();
    QTest::newRow("subnet trailing slash") << canonicalSubnet + QLatin1Char('/') << ResourceTypes::subnet();
    QTest::newRow("registry lower-case") << canonicalRegistry.toLower() << ResourceTypes::registry();
    QTest::newRow("registry upper-case") << canonicalRegistry.toUpper() << ResourceTypes::registry();
    QTest::newRow("vnet lower-case") << canonicalVnet.toLower() << ResourceTypes::virtualNetwork();
}

void TestResourceId::serverSpellingsParseAsTheirType()
{
    QFETCH(QString, text);
    QFETCH(QString, type);
    QString error;
    const ResourceId id = ResourceId::parseOfType(text, type, &error);
    QVERIFY2(id.isValid(), qPrintable(error));
    QVERIFY(error.isEmpty());
    QVERIFY(id.isOfType(type));
    QVERIFY(id.isOfType(type.toLower()));
    QVERIFY(id.isOfType(type.toUpper()));
    QCOMPARE(id.fullType().toLower(), type.toLower());
    QString canonical = text.toLower();
    if (canonical.endsWith(QLatin1Char('/')))
        canonical.chop(1);
    QCOMPARE(id.key(), canonical);
    // Equal to the same ID parsed from its other spellings, and it hashes the same.
    const ResourceId lower = ResourceId::parse(text.toLower());
    const ResourceId upper = ResourceId::parse(text.toUpper());
    QCOMPARE(id, lower);
    QCOMPARE(id, upper);
    QCOMPARE(qHash(id), qHash(upper));
    if (type == ResourceTypes::subnet()) {
        QVERIFY(ResourceId::parseSubnet(text).isValid());
        QVERIFY(!ResourceId::parseRegistry(text).isValid());
    } else if (type == ResourceTypes::registry()) {
        QVERIFY(ResourceId::parseRegistry(text).isValid());
        QVERIFY(!ResourceId::parseSubnet(text).isValid());
    }
}

void TestResourceId::parseOfTextOfParseIsTheSame()
{
    // The round-trip property, over generated IDs with hostile spellings: whatever parse() accepts prints back as a
    // text that parses to the same ID (and the same text again).
    QRandomGenerator random(20261129);
    const QStringList pieces{QStringLiteral("subscriptions"),
                             QStringLiteral("SUBSCRIPTIONS"),
                             QStringLiteral("s1"),
                             QStringLiteral("resourceGroups"),
                             QStringLiteral("resourcegroups"),
                             QStringLiteral("rg"),
                             QStringLiteral("providers"),
                             QStringLiteral("Microsoft.Network"),
                             QStringLiteral("virtualNetworks"),
                             QStringLiteral("v"),
                             QStringLiteral("subnets"),
                             QStringLiteral("s"),
                             QString(),
                             QStringLiteral(" "),
                             QStringLiteral("@"),
                             QStringLiteral("a b"),
                             QStringLiteral("x%2F"),
                             QStringLiteral("n?"),
                             QStringLiteral(".."),
                             QStringLiteral("Microsoft.ContainerRegistry"),
                             QStringLiteral("registries")};
    int accepted = 0;
    for (int n = 0; n < 20000; ++n) {
        QString text;
        const int count = random.bounded(1, 12);
        for (int k = 0; k < count; ++k)
            text += QLatin1Char('/') + pieces.at(random.bounded(int(pieces.size())));
        if (random.bounded(4) == 0)
            text += QLatin1Char('/');
        const ResourceId once = ResourceId::parse(text);
        if (!once.isValid())
            continue;
        ++accepted;
        const ResourceId twice = ResourceId::parse(once.toString());
        QVERIFY2(twice.isValid(), qPrintable(text));
        QCOMPARE(twice, once);
        QCOMPARE(twice.toString(), once.toString());
        QCOMPARE(twice.fullType(), once.fullType());
        QVERIFY2(!once.toString().contains(QLatin1Char(' ')) && !once.toString().contains(QLatin1Char('@')),
                 qPrintable(text));
    }
    QVERIFY2(accepted > 100, qPrintable(QString::number(accepted))); // the generator does reach valid IDs
}

QTEST_GUILESS_MAIN(TestResourceId)
#include "tst_resourceid.moc"
