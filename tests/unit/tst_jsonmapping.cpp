#include "app/azure/jsonreader.h"
#include "app/azure/registry.h"
#include "app/azure/subscription.h"
#include "app/azure/tenant.h"
#include "app/azure/virtualnetwork.h"

#include <QJsonDocument>
#include <QtTest>

using namespace acrnet;

namespace {

QJsonObject fixture(const QString &name)
{
    QFile f(QStringLiteral(ACRNET_FIXTURES "/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return QJsonDocument::fromJson(f.readAll()).object();
}

} // namespace

class TestJsonMapping : public QObject
{
    Q_OBJECT

private slots:
    void registryPreview();
    void registryStable2019();
    void rawJsonKeepsTheDocument();
    void registryVersionWithoutVnetRules();
    void registryRenamedSubnetKey();
    void registryMissingFields_data();
    void registryMissingFields();
    void virtualNetworks();
    void subnetWithBadIdIsReported();
    void subscriptionsTenantsProviders();
    void providerStates_data();
    void providerStates();
    void malformedJson_data();
    void malformedJson();
    void subnetPutKeepsEverythingElse();
    void subnetPutDisableKeepsOthers();
    void ruleSetToJsonKeys();
    void serverSpellingsOfValues_data();
    void serverSpellingsOfValues();
    void wrongTypesAreErrorsNotEmpty_data();
    void wrongTypesAreErrorsNotEmpty();
    void peekTopLevelString_data();
    void peekTopLevelString();
};

void TestJsonMapping::registryPreview()
{
    QString error;
    const auto reg = Registry::fromJson(fixture(QStringLiteral("registry-2021-12-01-preview.json")), &error);
    QVERIFY2(reg, qPrintable(error));
    QCOMPARE(reg->name, QStringLiteral("buildcache01"));
    QCOMPARE(reg->id.resourceGroup(), QStringLiteral("rg-build"));
    QCOMPARE(reg->sku, QStringLiteral("Premium"));
    QVERIFY(reg->isPremium());
    QCOMPARE(reg->location, QStringLiteral("northeurope"));
    QCOMPARE(reg->loginServer, QStringLiteral("buildcache01.azurecr.io"));
    QCOMPARE(reg->publicNetworkAccess, QStringLiteral("Enabled"));
    QCOMPARE(reg->networkRuleBypassOptions, QStringLiteral("AzureServices"));
    QVERIFY(reg->dataEndpointEnabled);
    QVERIFY(reg->networkRuleSet);
    QCOMPARE(reg->networkRuleSet->defaultAction, NetworkRuleSet::DefaultAction::Deny);
    QVERIFY(reg->networkRuleSet->virtualNetworkRulesPresent);
    QCOMPARE(reg->networkRuleSet->virtualNetworkRules.size(), 1);
    QCOMPARE(reg->networkRuleSet->virtualNetworkRules.first().subnet().name(), QStringLiteral("aks-nodes"));
    QCOMPARE(reg->networkRuleSet->ipRules.size(), 2);
    QCOMPARE(reg->networkRuleSet->ipRules.at(1).value, QStringLiteral("198.51.100.7"));
    QCOMPARE(reg->privateEndpointConnections.size(), 1);
    QVERIFY(reg->privateEndpointConnections.first().isApproved());
    QCOMPARE(reg->privateEndpointConnections.first().privateEndpointId.section(QLatin1Char('/'), -1),
             QStringLiteral("pe-build"));
    // Unknown fields survive in the raw JSON.
    QVERIFY(reg->json.value(QLatin1String("properties")).toObject().contains(QLatin1String("someFutureProperty")));
}

// Each resource keeps its JSON as compact bytes: what the JSON tab, exports and writes read back is the document
// the service sent, and equal documents compare equal.
void TestJsonMapping::rawJsonKeepsTheDocument()
{
    const QJsonObject sent = fixture(QStringLiteral("registry-2021-12-01-preview.json"));
    QString error;
    const auto reg = Registry::fromJson(sent, &error);
    QVERIFY2(reg, qPrintable(error));
    QCOMPARE(reg->json.object(), sent);
    QCOMPARE(reg->json.value(QLatin1String("name")).toString(), QStringLiteral("buildcache01"));
    QVERIFY(!reg->json.bytes().contains('\n')); // compact
    QVERIFY(reg->json.bytes().size() < QJsonDocument(sent).toJson().size());
    QCOMPARE(RawJson(sent), reg->json);
    QJsonObject changed = sent;
    changed.insert(QStringLiteral("etag"), QStringLiteral("\"other\""));
    QVERIFY(RawJson(changed) != reg->json);
    QVERIFY(RawJson().isEmpty());
    QCOMPARE(RawJson().object(), QJsonObject());
    QCOMPARE(RawJson(QJsonObject()), RawJson());

    // A VNet holds each readable subnet's JSON once (on the subnet) and gives the whole document back.
    const QJsonObject vnetSent =
        fixture(QStringLiteral("vnet-list-all.json")).value(QLatin1String("value")).toArray().at(0).toObject();
    const auto hub = VirtualNetwork::fromJson(vnetSent, &error);
    QVERIFY2(hub, qPrintable(error));
    QCOMPARE(hub->document(), vnetSent);
    QVERIFY(hub->json.bytes().size() < RawJson(vnetSent).bytes().size());
    const QJsonArray stubs =
        hub->json.object().value(QLatin1String("properties")).toObject().value(QLatin1String("subnets")).toArray();
    QCOMPARE(stubs.size(), 2);
    QCOMPARE(stubs.at(0).toObject().keys(), QStringList{QStringLiteral("id")});
    // A subnet that does not parse stays whole in the VNet's JSON (and the document still has it).
    QJsonObject broken = vnetSent;
    QJsonObject props = broken.value(QLatin1String("properties")).toObject();
    QJsonArray subnets = props.value(QLatin1String("subnets")).toArray();
    QJsonObject bad = subnets.at(1).toObject();
    bad.insert(QStringLiteral("properties"), QStringLiteral("not an object"));
    subnets.replace(1, bad);
    props.insert(QStringLiteral("subnets"), subnets);
    broken.insert(QStringLiteral("properties"), props);
    QStringList warnings;
    const auto partial = VirtualNetwork::fromJson(broken, &error, &warnings);
    QVERIFY(partial);
    QCOMPARE(partial->subnets.size(), 1);
    QCOMPARE(warnings.size(), 1);
    QCOMPARE(partial->document(), broken);
}

void TestJsonMapping::registryStable2019()
{
    const QJsonArray list =
        fixture(QStringLiteral("registry-list-2019-05-01.json")).value(QLatin1String("value")).toArray();
    QCOMPARE(list.size(), 2);
    QString error;
    const auto standard = Registry::fromJson(list.at(0).toObject(), &error);
    QVERIFY2(standard, qPrintable(error));
    QVERIFY(!standard->isPremium());
    QVERIFY(standard->publicNetworkAccess.isEmpty()); // 2019-05-01 has no such field
    QVERIFY(standard->isPublicNetworkAccessEnabled());
    QVERIFY(standard->networkRuleSet->virtualNetworkRulesPresent);
    QVERIFY(standard->networkRuleSet->virtualNetworkRules.isEmpty());
    const auto basic = Registry::fromJson(list.at(1).toObject(), &error);
    QVERIFY2(basic, qPrintable(error));
    QCOMPARE(basic->sku, QStringLiteral("Basic"));
    QVERIFY(!basic->networkRuleSet.has_value());
}

void TestJsonMapping::registryVersionWithoutVnetRules()
{
    QString error;
    const auto reg = Registry::fromJson(fixture(QStringLiteral("registry-2023-07-01.json")), &error);
    QVERIFY2(reg, qPrintable(error));
    // Absent is not empty: a version that hides VNet rules must not read as "no rules".
    QVERIFY(!reg->networkRuleSet->virtualNetworkRulesPresent);
    QCOMPARE(reg->networkRuleSet->ipRules.size(), 1);
}

void TestJsonMapping::registryRenamedSubnetKey()
{
    QString error;
    const auto reg = Registry::fromJson(fixture(QStringLiteral("registry-2026-09-01-preview.json")), &error);
    QVERIFY2(reg, qPrintable(error));
    QCOMPARE(reg->networkRuleSet->virtualNetworkRules.size(), 1);
    QCOMPARE(reg->networkRuleSet->virtualNetworkRules.first().subnet().name(), QStringLiteral("build-agents"));
    QCOMPARE(reg->networkRuleBypassOptions, QStringLiteral("None"));
}

void TestJsonMapping::registryMissingFields_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no sku") << "sku"
                            << "missing field 'sku.name'";
    QTest::newRow("no id") << "id"
                           << "missing field 'id'";
    QTest::newRow("no default action") << "properties/networkRuleSet/defaultAction"
                                       << "missing field 'defaultAction'";
    QTest::newRow("rule without subnet") << "properties/networkRuleSet/virtualNetworkRules/0/id"
                                         << "neither 'id' nor 'virtualNetworkSubnetResourceId'";
}

void TestJsonMapping::registryMissingFields()
{
    QFETCH(QString, pointer);
    QFETCH(QString, expected);
    QJsonObject json = fixture(QStringLiteral("registry-2021-12-01-preview.json"));
    const QStringList path = pointer.split(QLatin1Char('/'));
    // Remove the field at the path (objects and arrays), rebuilding each level on the way back up.
    std::function<QJsonValue(QJsonValue, int)> remove = [&](QJsonValue v, int depth) -> QJsonValue {
        const QString key = path.at(depth);
        const bool last = depth == path.size() - 1;
        if (v.isArray()) {
            QJsonArray a = v.toArray();
            const int i = key.toInt();
            a[i] = remove(a.at(i), depth + 1);
            return a;
        }
        QJsonObject o = v.toObject();
        if (last)
            o.remove(key);
        else
            o[key] = remove(o.value(key), depth + 1);
        return o;
    };
    json = remove(json, 0).toObject();
    QString error;
    QVERIFY(!Registry::fromJson(json, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    if (pointer != QLatin1String("id"))
        QVERIFY2(error.contains(QLatin1String("buildcache01")), qPrintable(error)); // names the resource
}

void TestJsonMapping::virtualNetworks()
{
    const QJsonArray list = fixture(QStringLiteral("vnet-list-all.json")).value(QLatin1String("value")).toArray();
    QString error;
    const auto hub = VirtualNetwork::fromJson(list.at(0).toObject(), &error);
    QVERIFY2(hub, qPrintable(error));
    QCOMPARE(hub->name, QStringLiteral("hub-vnet"));
    QCOMPARE(hub->addressPrefixes, (QStringList{QStringLiteral("10.20.0.0/16"), QStringLiteral("10.21.0.0/16")}));
    QCOMPARE(hub->subnets.size(), 2);
    const Subnet &aks = hub->subnets.at(0);
    QCOMPARE(aks.name, QStringLiteral("aks-nodes"));
    QCOMPARE(aks.addressPrefixes, QStringList{QStringLiteral("10.20.1.0/24")});
    QCOMPARE(aks.serviceEndpoints.size(), 2);
    QVERIFY(aks.hasEndpoint(Subnet::acrService()));
    QCOMPARE(aks.endpoint(QStringLiteral("microsoft.storage"))->locations,
             (QStringList{QStringLiteral("northeurope"), QStringLiteral("westeurope")}));
    QVERIFY(aks.networkSecurityGroupId.endsWith(QLatin1String("/aks-nsg")));
    QVERIFY(aks.routeTableId.endsWith(QLatin1String("/aks-rt")));
    QVERIFY(aks.etag.startsWith(QLatin1String("W/")));
    const Subnet &agents = hub->subnets.at(1);
    QCOMPARE(agents.addressPrefixes.size(), 2);
    QVERIFY(!agents.hasEndpoint(Subnet::acrService()));
    QCOMPARE(agents.delegations, QStringList{QStringLiteral("Microsoft.ContainerInstance/containerGroups")});
    const auto empty = VirtualNetwork::fromJson(list.at(1).toObject(), &error);
    QVERIFY(empty);
    QVERIFY(empty->subnets.isEmpty());
}

void TestJsonMapping::subnetWithBadIdIsReported()
{
    QJsonObject vnet =
        fixture(QStringLiteral("vnet-list-all.json")).value(QLatin1String("value")).toArray().at(0).toObject();
    QJsonObject props = vnet.value(QLatin1String("properties")).toObject();
    QJsonArray subnets = props.value(QLatin1String("subnets")).toArray();
    QJsonObject bad = subnets.at(1).toObject();
    bad[QStringLiteral("id")] = QStringLiteral("/subscriptions/s/resourceGroups/rg/providers/Microsoft.Storage/x/y");
    subnets[1] = bad;
    props[QStringLiteral("subnets")] = subnets;
    vnet[QStringLiteral("properties")] = props;
    QString error;
    QStringList warnings;
    const auto parsed = VirtualNetwork::fromJson(vnet, &error, &warnings);
    QVERIFY(parsed);
    QCOMPARE(parsed->subnets.size(), 1);
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings.first().contains(QLatin1String("expected Microsoft.Network")), qPrintable(warnings.first()));
}

void TestJsonMapping::subscriptionsTenantsProviders()
{
    const QJsonArray subs = fixture(QStringLiteral("subscriptions.json")).value(QLatin1String("value")).toArray();
    QString error;
    const auto prod = Subscription::fromJson(subs.at(0).toObject(), &error);
    QVERIFY2(prod, qPrintable(error));
    QCOMPARE(prod->displayName, QStringLiteral("Platform Production"));
    QVERIFY(prod->isEnabled());
    QCOMPARE(prod->id.toString(), QStringLiteral("/subscriptions/6c2f0c7e-8d7b-4a53-9a51-2f4e7b1c0a11"));
    const auto legacy = Subscription::fromJson(subs.at(1).toObject(), &error);
    QVERIFY(legacy);
    QVERIFY(!legacy->isEnabled());

    const auto tenant = Tenant::fromJson(
        fixture(QStringLiteral("tenants.json")).value(QLatin1String("value")).toArray().at(0).toObject(), &error);
    QVERIFY2(tenant, qPrintable(error));
    QCOMPARE(tenant->displayName, QStringLiteral("Contoso Ibérica"));
    QCOMPARE(tenant->defaultDomain, QStringLiteral("contoso.es"));

    const auto provider =
        ProviderRegistration::fromJson(fixture(QStringLiteral("provider-containerregistry.json")), &error);
    QVERIFY2(provider, qPrintable(error));
    QCOMPARE(provider->subscriptionId, QStringLiteral("0b1e8f4a-3c2d-4e5f-8a9b-1c2d3e4f5a6b"));
    QCOMPARE(provider->state, ProviderRegistration::State::NotRegistered);
    QVERIFY(!provider->isRegistered());

    QVERIFY(!Subscription::fromJson(QJsonObject{{QStringLiteral("displayName"), QStringLiteral("x")}}, &error));
    QVERIFY2(error.contains(QLatin1String("subscriptionId")), qPrintable(error));
    // An ID from the server goes into URL paths: anything but a GUID-like ID is refused, with the reason.
    for (const QJsonValue &hostile :
         {QJsonValue(QStringLiteral("../../providers/x")), QJsonValue(QStringLiteral("a/b")),
          QJsonValue(QStringLiteral("a?b=c")), QJsonValue(QStringLiteral("a%2Fb")),
          QJsonValue(QStringLiteral(" 1f0e2d3c")), QJsonValue(42)}) {
        error.clear();
        QVERIFY(!Subscription::fromJson(QJsonObject{{QStringLiteral("subscriptionId"), hostile}}, &error));
        QVERIFY2(error.contains(QLatin1String("subscriptionId")), qPrintable(error));
    }
    QVERIFY(Subscription::fromJson(
        QJsonObject{{QStringLiteral("subscriptionId"), QStringLiteral("1F0E2D3C-4B5A-4697-8877-665544332211")}},
        &error));
}

void TestJsonMapping::providerStates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("state");
    QTest::newRow("registered") << "Registered" << int(ProviderRegistration::State::Registered);
    QTest::newRow("lower") << "registered" << int(ProviderRegistration::State::Registered);
    QTest::newRow("not registered") << "NotRegistered" << int(ProviderRegistration::State::NotRegistered);
    QTest::newRow("unregistered (seen live)") << "Unregistered" << int(ProviderRegistration::State::NotRegistered);
    QTest::newRow("registering") << "Registering" << int(ProviderRegistration::State::Registering);
    QTest::newRow("unregistering") << "Unregistering" << int(ProviderRegistration::State::Unregistering);
    QTest::newRow("novel") << "PendingSomething" << int(ProviderRegistration::State::Unknown);
}

void TestJsonMapping::providerStates()
{
    QFETCH(QString, text);
    QFETCH(int, state);
    QCOMPARE(int(ProviderRegistration::stateFromString(text)), state);
}

void TestJsonMapping::malformedJson_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("truncated") << QByteArray("{\"value\": [") << "malformed JSON";
    QTest::newRow("html") << QByteArray("<html>Bad gateway</html>") << "malformed JSON";
    QTest::newRow("array") << QByteArray("[1,2]") << "not an object";
    QTest::newRow("empty") << QByteArray() << "malformed JSON";
}

void TestJsonMapping::malformedJson()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QString error;
    const QJsonObject o = parseJsonObject(bytes, &error);
    QVERIFY(o.isEmpty());
    QVERIFY2(error.contains(expected), qPrintable(error));
}

void TestJsonMapping::subnetPutKeepsEverythingElse()
{
    const QJsonObject vnet =
        fixture(QStringLiteral("vnet-list-all.json")).value(QLatin1String("value")).toArray().at(0).toObject();
    QJsonObject agents =
        vnet.value(QLatin1String("properties")).toObject().value(QLatin1String("subnets")).toArray().at(0).toObject();
    // Start from a subnet with only Microsoft.Storage.
    QJsonObject props = agents.value(QLatin1String("properties")).toObject();
    props[QStringLiteral("serviceEndpoints")] =
        QJsonArray{QJsonObject{{QStringLiteral("service"), QStringLiteral("Microsoft.Storage")},
                               {QStringLiteral("locations"), QJsonArray{QStringLiteral("northeurope")}},
                               {QStringLiteral("provisioningState"), QStringLiteral("Succeeded")}}};
    agents[QStringLiteral("properties")] = props;

    const QJsonObject body = Subnet::withServiceEndpoint(agents, Subnet::acrService(), true);
    const QJsonObject out = body.value(QLatin1String("properties")).toObject();
    const QJsonArray endpoints = out.value(QLatin1String("serviceEndpoints")).toArray();
    QCOMPARE(endpoints.size(), 2);
    QCOMPARE(endpoints.at(0).toObject().value(QLatin1String("service")).toString(),
             QStringLiteral("Microsoft.Storage"));
    QCOMPARE(endpoints.at(0).toObject().value(QLatin1String("locations")).toArray().size(), 1);
    QVERIFY(!endpoints.at(0).toObject().contains(QLatin1String("provisioningState")));
    QCOMPARE(endpoints.at(1).toObject().value(QLatin1String("service")).toString(), Subnet::acrService());
    // Everything else is exactly as it came.
    for (const QString &key : props.keys()) {
        if (key != QLatin1String("serviceEndpoints"))
            QCOMPARE(out.value(key), props.value(key));
    }
    QVERIFY(out.value(QLatin1String("futureSubnetFlag")).toBool());
    QCOMPARE(body.value(QLatin1String("etag")), agents.value(QLatin1String("etag")));
    // Enabling twice changes nothing more.
    QCOMPARE(Subnet::withServiceEndpoint(body, Subnet::acrService(), true)
                 .value(QLatin1String("properties"))
                 .toObject()
                 .value(QLatin1String("serviceEndpoints"))
                 .toArray()
                 .size(),
             2);
}

void TestJsonMapping::subnetPutDisableKeepsOthers()
{
    const QJsonObject aks = fixture(QStringLiteral("vnet-list-all.json"))
                                .value(QLatin1String("value"))
                                .toArray()
                                .at(0)
                                .toObject()
                                .value(QLatin1String("properties"))
                                .toObject()
                                .value(QLatin1String("subnets"))
                                .toArray()
                                .at(0)
                                .toObject();
    const QJsonObject body = Subnet::withServiceEndpoint(aks, QStringLiteral("microsoft.containerregistry"), false);
    const QJsonArray endpoints =
        body.value(QLatin1String("properties")).toObject().value(QLatin1String("serviceEndpoints")).toArray();
    QCOMPARE(endpoints.size(), 1);
    QCOMPARE(endpoints.at(0).toObject().value(QLatin1String("service")).toString(),
             QStringLiteral("Microsoft.Storage"));
    QCOMPARE(body.value(QLatin1String("properties")).toObject().value(QLatin1String("networkSecurityGroup")),
             aks.value(QLatin1String("properties")).toObject().value(QLatin1String("networkSecurityGroup")));
}

void TestJsonMapping::serverSpellingsOfValues_data()
{
    // Enum-like values as services spell them in different api-versions and tools: each reads the same.
    QTest::addColumn<QString>("defaultAction");
    QTest::addColumn<bool>("deny");
    QTest::newRow("Deny") << "Deny" << true;
    QTest::newRow("deny") << "deny" << true;
    QTest::newRow("DENY") << "DENY" << true;
    QTest::newRow("Allow") << "Allow" << false;
    QTest::newRow("allow") << "allow" << false;
}

void TestJsonMapping::serverSpellingsOfValues()
{
    QFETCH(QString, defaultAction);
    QFETCH(bool, deny);
    QString error;
    const auto set = NetworkRuleSet::fromJson(
        QJsonObject{{QStringLiteral("defaultAction"), defaultAction}, {QStringLiteral("ipRules"), QJsonArray()}},
        QStringLiteral("r"), &error);
    QVERIFY2(set, qPrintable(error));
    QCOMPARE(set->defaultAction, deny ? NetworkRuleSet::DefaultAction::Deny : NetworkRuleSet::DefaultAction::Allow);
    // Anything else is an error, never a silent default.
    QVERIFY(!NetworkRuleSet::fromJson(QJsonObject{{QStringLiteral("defaultAction"), QStringLiteral("Block")}},
                                      QStringLiteral("r"), &error));
    QVERIFY2(error.contains(QLatin1String("Block")), qPrintable(error));
    // Provider states likewise.
    QCOMPARE(ProviderRegistration::stateFromString(defaultAction.endsWith(QLatin1String("y"), Qt::CaseInsensitive)
                                                       ? QStringLiteral("registered")
                                                       : QStringLiteral("REGISTERED")),
             ProviderRegistration::State::Registered);
}

void TestJsonMapping::wrongTypesAreErrorsNotEmpty_data()
{
    // A field of the wrong type must make the resource unreadable (and the result incomplete), never read as empty:
    // an ipRules that is not a list would otherwise hide a 0.0.0.0/0 rule from the audit.
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("field");
    QTest::newRow("ipRules is an object") << "registry"
                                          << "ipRules";
    QTest::newRow("virtualNetworkRules is a string") << "registry"
                                                     << "virtualNetworkRules";
    QTest::newRow("networkRuleSet is a list") << "registry"
                                              << "networkRuleSet";
    QTest::newRow("subnets is a string") << "vnet"
                                         << "subnets";
    QTest::newRow("addressPrefixes is a string") << "subnet"
                                                 << "addressPrefixes";
    QTest::newRow("serviceEndpoints is an object") << "subnet"
                                                   << "serviceEndpoints";
    QTest::newRow("an addressPrefixes entry is a number") << "subnet entry"
                                                          << "addressPrefixes[1]";
}

void TestJsonMapping::wrongTypesAreErrorsNotEmpty()
{
    QFETCH(QString, what);
    QFETCH(QString, field);
    QString error;
    const QString sub = QStringLiteral("/subscriptions/s/resourceGroups/rg/providers/");
    if (what == QLatin1String("registry")) {
        QJsonObject set{{QStringLiteral("defaultAction"), QStringLiteral("Deny")},
                        {QStringLiteral("ipRules"),
                         QJsonArray{QJsonObject{{QStringLiteral("value"), QStringLiteral("0.0.0.0/0")}}}},
                        {QStringLiteral("virtualNetworkRules"), QJsonArray()}};
        QJsonObject props{{QStringLiteral("loginServer"), QStringLiteral("r.azurecr.io")}};
        if (field == QLatin1String("ipRules"))
            set.insert(field, QJsonObject{{QStringLiteral("value"), QStringLiteral("0.0.0.0/0")}});
        else if (field == QLatin1String("virtualNetworkRules"))
            set.insert(field, QStringLiteral("none"));
        props.insert(QStringLiteral("networkRuleSet"),
                     field == QLatin1String("networkRuleSet") ? QJsonValue(QJsonArray{set}) : QJsonValue(set));
        const QJsonObject json{
            {QStringLiteral("id"), QString(sub + QStringLiteral("Microsoft.ContainerRegistry/registries/r"))},
            {QStringLiteral("name"), QStringLiteral("r")},
            {QStringLiteral("sku"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Premium")}}},
            {QStringLiteral("properties"), props}};
        QVERIFY(!Registry::fromJson(json, &error));
    } else {
        QJsonObject subnetProps{{QStringLiteral("addressPrefixes"), QJsonArray{QStringLiteral("10.0.0.0/24")}}};
        if (field == QLatin1String("addressPrefixes"))
            subnetProps.insert(field, QStringLiteral("10.0.0.0/24"));
        else if (field == QLatin1String("serviceEndpoints"))
            subnetProps.insert(field,
                               QJsonObject{{QStringLiteral("service"), QStringLiteral("Microsoft.ContainerRegistry")}});
        else if (what == QLatin1String("subnet entry"))
            subnetProps.insert(QStringLiteral("addressPrefixes"), QJsonArray{QStringLiteral("10.0.0.0/24"), 10});
        const QJsonObject subnet{
            {QStringLiteral("id"), QString(sub + QStringLiteral("Microsoft.Network/virtualNetworks/v/subnets/a"))},
            {QStringLiteral("name"), QStringLiteral("a")},
            {QStringLiteral("properties"), subnetProps}};
        QJsonObject vnetProps{{QStringLiteral("subnets"), QJsonArray{subnet}}};
        if (field == QLatin1String("subnets"))
            vnetProps.insert(field, QStringLiteral("a"));
        const QJsonObject vnet{
            {QStringLiteral("id"), QString(sub + QStringLiteral("Microsoft.Network/virtualNetworks/v"))},
            {QStringLiteral("name"), QStringLiteral("v")},
            {QStringLiteral("properties"), vnetProps}};
        QStringList warnings;
        const auto parsed = VirtualNetwork::fromJson(vnet, &error, &warnings);
        // Either the VNet itself is unreadable, or the subnet is left out with a warning — never a quiet empty list.
        QVERIFY2(!parsed || !warnings.isEmpty(), "parsed without a word");
        if (!warnings.isEmpty())
            error = warnings.join(QLatin1Char(' '));
        if (parsed)
            QVERIFY(parsed->subnets.isEmpty());
    }
    QVERIFY2(error.contains(QLatin1Char('\'') + field + QLatin1Char('\'')), qPrintable(error));
}

void TestJsonMapping::ruleSetToJsonKeys()
{
    NetworkRuleSet set;
    set.defaultAction = NetworkRuleSet::DefaultAction::Deny;
    set.virtualNetworkRules.append({QStringLiteral("/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/"
                                                   "virtualNetworks/v/subnets/n"),
                                    QStringLiteral("Allow")});
    set.ipRules.append({QStringLiteral("203.0.113.9"), QStringLiteral("Allow")});
    const QJsonObject classic = set.toJson();
    QCOMPARE(classic.value(QLatin1String("defaultAction")).toString(), QStringLiteral("Deny"));
    QVERIFY(
        classic.value(QLatin1String("virtualNetworkRules")).toArray().at(0).toObject().contains(QLatin1String("id")));
    const QJsonObject renamed = set.toJson(NetworkRuleSet::SubnetKey::VirtualNetworkSubnetResourceId);
    QVERIFY(renamed.value(QLatin1String("virtualNetworkRules"))
                .toArray()
                .at(0)
                .toObject()
                .contains(QLatin1String("virtualNetworkSubnetResourceId")));
    QString error;
    const auto back = NetworkRuleSet::fromJson(renamed, QString(), &error);
    QVERIFY(back);
    QVERIFY(*back == set);
}

void TestJsonMapping::peekTopLevelString_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("found");
    QTest::addColumn<QString>("value");
    QTest::newRow("first member") << QByteArray(R"({"$skipToken":"abc","data":[]})") << true << QStringLiteral("abc");
    QTest::newRow("after nested values, spaced")
        << QByteArray(R"({ "data" : [ {"$skipToken":"inner","x":"a\"]}"} ] , "$skipToken" : "outer" })") << true
        << QStringLiteral("outer");
    QTest::newRow("escapes in the value")
        << QByteArray(R"({"$skipToken":"a\u00e9\"b"})") << true << QStringLiteral("a\u00e9\"b");
    QTest::newRow("only nested") << QByteArray(R"({"data":[{"$skipToken":"inner"}],"count":1})") << false << QString();
    QTest::newRow("a value, not a name") << QByteArray(R"({"note":"$skipToken","x":1})") << false << QString();
    QTest::newRow("not a string") << QByteArray(R"({"$skipToken":null})") << false << QString();
    QTest::newRow("not an object") << QByteArray(R"(["$skipToken","a"])") << false << QString();
    QTest::newRow("cut short") << QByteArray(R"({"data":[1,2],"$skipToken":"ab)") << false << QString();
    QTest::newRow("empty") << QByteArray() << false << QString();
}

void TestJsonMapping::peekTopLevelString()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, found);
    QFETCH(QString, value);
    const std::optional<QString> peeked = acrnet::peekTopLevelString(json, QLatin1String("$skipToken"));
    QCOMPARE(peeked.has_value(), found);
    if (found)
        QCOMPARE(*peeked, value);
}

QTEST_GUILESS_MAIN(TestJsonMapping)
#include "tst_jsonmapping.moc"
