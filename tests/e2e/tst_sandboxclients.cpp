// What standard Azure clients need from the sandbox, over real HTTP: OpenID discovery and keys, instance discovery,
// OAuth-shaped errors, Entra's token claims and ARM's audience check, /metadata/endpoints, generic resource lists,
// resource group create/update, registry PATCH as JSON merge-patch, the shapes the REST examples have, the PEM
// certificate and the request log. (The real Python clients run in tests/e2e/clients/test_clients.py.)
#include "tests/support/sandboxfixture.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <QtTest>

using acrnet::test::SandboxFixture;

namespace {
const QString kContoso = QStringLiteral("3c5a6b1e-7d2f-4c1a-9d2e-5b8f0e1a2c01");
const QString kProd = QStringLiteral("1f0e2d3c-4b5a-4697-8877-665544332211");
const QString kProdRg =
    QStringLiteral("/subscriptions/1f0e2d3c-4b5a-4697-8877-665544332211/resourceGroups/rg-platform");
const QString kRegistry = kProdRg + QStringLiteral("/providers/Microsoft.ContainerRegistry/registries/contosoprod");
const QString kPreview = QStringLiteral("?api-version=2021-08-01-preview");

QJsonObject claimsOf(const QString &token)
{
    return QJsonDocument::fromJson(
               QByteArray::fromBase64(token.section(QLatin1Char('.'), 1, 1).toLatin1(), QByteArray::Base64UrlEncoding))
        .object();
}

QJsonObject headerOf(const QString &token)
{
    return QJsonDocument::fromJson(
               QByteArray::fromBase64(token.section(QLatin1Char('.'), 0, 0).toLatin1(), QByteArray::Base64UrlEncoding))
        .object();
}
} // namespace

class TestSandboxClients : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void openIdConfiguration_data();
    void openIdConfiguration();
    void unknownTenantIsAadsts90002_data();
    void unknownTenantIsAadsts90002();
    void keysAndClaims();
    void instanceDiscovery();
    void tokenForAnotherAudienceIsRefused();
    void cloudMetadata();
    void genericResourceLists();
    void resourceGroupCreateAndUpdate();
    void registryPatchIsAMergePatch();
    void shapesOfTheRestExamples();
    void certificateAsPem();
    void requestLogNamesEveryRequestAndNoSecret();

private:
    std::unique_ptr<SandboxFixture> m_sbx;
    QString m_token;
};

void TestSandboxClients::init()
{
    m_sbx = std::make_unique<SandboxFixture>(QStringLiteral("demo"));
    QVERIFY(m_sbx->ok());
    m_token = m_sbx->servicePrincipalToken();
    QVERIFY(!m_token.isEmpty());
}

void TestSandboxClients::openIdConfiguration_data()
{
    QTest::addColumn<QString>("tenant");
    QTest::addColumn<QString>("issuerTenant");
    QTest::newRow("tenant ID") << kContoso << kContoso;
    QTest::newRow("tenant ID, upper case") << kContoso.toUpper() << kContoso;
    QTest::newRow("verified domain") << "contoso.example" << kContoso;
    QTest::newRow("organizations") << "organizations"
                                   << "{tenantid}";
    QTest::newRow("common") << "common"
                            << "{tenantid}";
}

void TestSandboxClients::openIdConfiguration()
{
    QFETCH(QString, tenant);
    QFETCH(QString, issuerTenant);
    const auto r = m_sbx->get(QStringLiteral("/%1/v2.0/.well-known/openid-configuration").arg(tenant), {});
    QCOMPARE(r.status, 200);
    const QJsonObject c = r.json();
    const QString base = m_sbx->base() + QLatin1Char('/') + tenant;
    QCOMPARE(c.value(QLatin1String("token_endpoint")).toString(), QString(base + QStringLiteral("/oauth2/v2.0/token")));
    QCOMPARE(c.value(QLatin1String("device_authorization_endpoint")).toString(),
             QString(base + QStringLiteral("/oauth2/v2.0/devicecode")));
    QCOMPARE(c.value(QLatin1String("authorization_endpoint")).toString(),
             QString(base + QStringLiteral("/oauth2/v2.0/authorize")));
    QCOMPARE(c.value(QLatin1String("end_session_endpoint")).toString(),
             QString(base + QStringLiteral("/oauth2/v2.0/logout")));
    QCOMPARE(c.value(QLatin1String("issuer")).toString(),
             QString(m_sbx->base() + QLatin1Char('/') + issuerTenant + QStringLiteral("/v2.0")));
    QCOMPARE(c.value(QLatin1String("id_token_signing_alg_values_supported")).toArray(),
             QJsonArray{QStringLiteral("RS256")});
    // The keys it names are served.
    const auto keys = m_sbx->get(c.value(QLatin1String("jwks_uri")).toString(), {});
    QCOMPARE(keys.status, 200);
    QCOMPARE(keys.json().value(QLatin1String("keys")).toArray().size(), 1);
}

void TestSandboxClients::unknownTenantIsAadsts90002_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("method");
    QTest::newRow("discovery") << "/nowhere.example/v2.0/.well-known/openid-configuration" << QByteArray("GET");
    QTest::newRow("keys") << "/00000000-0000-0000-0000-000000000001/discovery/v2.0/keys" << QByteArray("GET");
    QTest::newRow("token") << "/nowhere.example/oauth2/v2.0/token" << QByteArray("POST");
    QTest::newRow("device code") << "/nowhere.example/oauth2/v2.0/devicecode" << QByteArray("POST");
    QTest::newRow("authorize") << "/nowhere.example/oauth2/v2.0/authorize" << QByteArray("GET");
}

void TestSandboxClients::unknownTenantIsAadsts90002()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, method);
    const auto r = m_sbx->send(method, path, method == "POST" ? QByteArray("client_id=x&scope=y") : QByteArray(),
                               {{"Content-Type", "application/x-www-form-urlencoded"},
                                {"client-request-id", "0b6a3c1e-1111-4c2d-9e8f-123456789abc"}});
    QCOMPARE(r.status, 400);
    const QJsonObject e = r.json();
    QCOMPARE(e.value(QLatin1String("error")).toString(), QStringLiteral("invalid_tenant"));
    QVERIFY2(e.value(QLatin1String("error_description")).toString().startsWith(QLatin1String("AADSTS90002: Tenant")),
             qPrintable(e.value(QLatin1String("error_description")).toString()));
    QCOMPARE(e.value(QLatin1String("error_codes")).toArray(), QJsonArray{90002});
    QVERIFY(!e.value(QLatin1String("trace_id")).toString().isEmpty());
    QCOMPARE(e.value(QLatin1String("correlation_id")).toString(),
             QStringLiteral("0b6a3c1e-1111-4c2d-9e8f-123456789abc"));
    QVERIFY(!e.contains(QLatin1String("code"))); // not ARM's shape
    // A known tenant on an endpoint the sandbox does not emulate: still OAuth's shape.
    const auto other = m_sbx->get(QStringLiteral("/organizations/oauth2/v2.0/authorize"), {});
    QCOMPARE(other.status, 404);
    QCOMPARE(other.json().value(QLatin1String("error")).toString(), QStringLiteral("invalid_request"));
}

void TestSandboxClients::keysAndClaims()
{
    const QJsonObject header = headerOf(m_token);
    QCOMPARE(header.value(QLatin1String("alg")).toString(), QStringLiteral("RS256"));
    const auto keys = m_sbx->get(QStringLiteral("/%1/discovery/v2.0/keys").arg(kContoso), {}).json();
    const QJsonObject key = keys.value(QLatin1String("keys")).toArray().first().toObject();
    QCOMPARE(key.value(QLatin1String("kid")), header.value(QLatin1String("kid")));
    QCOMPARE(key.value(QLatin1String("kty")).toString(), QStringLiteral("RSA"));
    QCOMPARE(QByteArray::fromBase64(key.value(QLatin1String("n")).toString().toLatin1(), QByteArray::Base64UrlEncoding)
                 .size(),
             256); // RSA-2048
    QCOMPARE(key.value(QLatin1String("e")).toString(), QStringLiteral("AQAB"));

    // App-only token: roles, no scp, idtyp app; the object ID is stable.
    QJsonObject c = claimsOf(m_token);
    QCOMPARE(c.value(QLatin1String("aud")).toString(), QStringLiteral("https://management.azure.com/"));
    QCOMPARE(c.value(QLatin1String("iss")).toString(),
             QString(m_sbx->base() + QLatin1Char('/') + kContoso + QStringLiteral("/v2.0")));
    QCOMPARE(c.value(QLatin1String("tid")).toString(), kContoso);
    QCOMPARE(c.value(QLatin1String("appid")).toString(), QStringLiteral("sandbox"));
    QCOMPARE(c.value(QLatin1String("azp")).toString(), QStringLiteral("sandbox"));
    QCOMPARE(c.value(QLatin1String("idtyp")).toString(), QStringLiteral("app"));
    QVERIFY(c.value(QLatin1String("roles")).isArray());
    QVERIFY(!c.contains(QLatin1String("scp")));
    QCOMPARE(c.value(QLatin1String("oid")).toString(),
             claimsOf(m_sbx->servicePrincipalToken()).value(QLatin1String("oid")).toString());

    // Delegated token (device code, auto-approved in demo): scp, upn, idtyp user, client_info.
    const auto start = m_sbx->postForm(
        QStringLiteral("/organizations/oauth2/v2.0/devicecode"),
        QStringLiteral("client_id=04b07795-8ddb-461a-bbee-02f9e1bf7b46&scope=https%3A%2F%2Fmanagement.azure.com%2F."
                       "default%20offline_access"));
    QCOMPARE(start.status, 200);
    const auto token = m_sbx->postForm(
        QStringLiteral("/organizations/oauth2/v2.0/token"),
        QStringLiteral("grant_type=urn:ietf:params:oauth:grant-type:device_code&client_id=04b07795-8ddb-461a-bbee-"
                       "02f9e1bf7b46&device_code=") +
            QString::fromLatin1(QUrl::toPercentEncoding(start.json().value(QLatin1String("device_code")).toString())));
    QCOMPARE(token.status, 200);
    c = claimsOf(token.json().value(QLatin1String("access_token")).toString());
    QCOMPARE(c.value(QLatin1String("idtyp")).toString(), QStringLiteral("user"));
    QCOMPARE(c.value(QLatin1String("scp")).toString(), QStringLiteral("user_impersonation"));
    QCOMPARE(c.value(QLatin1String("upn")).toString(), QStringLiteral("admin@contoso.example"));
    QCOMPARE(c.value(QLatin1String("appid")).toString(), QStringLiteral("04b07795-8ddb-461a-bbee-02f9e1bf7b46"));
    const QJsonObject clientInfo =
        QJsonDocument::fromJson(
            QByteArray::fromBase64(token.json().value(QLatin1String("client_info")).toString().toLatin1(),
                                   QByteArray::Base64UrlEncoding))
            .object();
    QCOMPARE(clientInfo.value(QLatin1String("uid")), c.value(QLatin1String("oid")));
    QCOMPARE(clientInfo.value(QLatin1String("utid")).toString(), kContoso);
    QCOMPARE(claimsOf(token.json().value(QLatin1String("id_token")).toString()).value(QLatin1String("aud")).toString(),
             QStringLiteral("04b07795-8ddb-461a-bbee-02f9e1bf7b46"));
    // A token from another sandbox (same process, other key ID) is refused.
    SandboxFixture other(QStringLiteral("demo"));
    const auto foreign =
        m_sbx->get(QStringLiteral("/subscriptions?api-version=2022-12-01"), other.servicePrincipalToken());
    QCOMPARE(foreign.status, 401);
    QCOMPARE(foreign.errorCode(), QStringLiteral("InvalidAuthenticationToken"));
}

void TestSandboxClients::instanceDiscovery()
{
    const QString authorize = m_sbx->base() + QStringLiteral("/") + kContoso + QStringLiteral("/oauth2/v2.0/authorize");
    const auto r = m_sbx->get(QStringLiteral("/common/discovery/instance?api-version=1.1&authorization_endpoint=") +
                                  QString::fromLatin1(QUrl::toPercentEncoding(authorize)),
                              {});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QLatin1String("tenant_discovery_endpoint")).toString(),
             QString(m_sbx->base() + QLatin1Char('/') + kContoso +
                     QStringLiteral("/v2.0/.well-known/openid-configuration")));
    QCOMPARE(r.json().value(QLatin1String("metadata")).toArray().first().toObject().value(QLatin1String("aliases")),
             QJsonValue(QJsonArray{QUrl(m_sbx->base()).authority()}));
}

void TestSandboxClients::tokenForAnotherAudienceIsRefused()
{
    const QString graph = m_sbx->servicePrincipalToken(); // for the ARM audience: accepted
    QCOMPARE(m_sbx->get(QStringLiteral("/subscriptions?api-version=2022-12-01"), graph).status, 200);
    const auto graphToken = m_sbx->postForm(QStringLiteral("/organizations/oauth2/v2.0/token"),
                                            QStringLiteral("grant_type=client_credentials&client_id=sandbox&client_"
                                                           "secret=sandbox&scope=https%3A%2F%2Fgraph.microsoft.com%2F."
                                                           "default"));
    QCOMPARE(graphToken.status, 200);
    const auto r = m_sbx->get(QStringLiteral("/subscriptions?api-version=2022-12-01"),
                              graphToken.json().value(QLatin1String("access_token")).toString());
    QCOMPARE(r.status, 401);
    QCOMPARE(r.errorCode(), QStringLiteral("InvalidAuthenticationTokenAudience"));
    QVERIFY(r.json()
                .value(QLatin1String("error"))
                .toObject()
                .value(QLatin1String("message"))
                .toString()
                .contains(QLatin1String("https://graph.microsoft.com")));
    // The classic ARM resource identifier and the sandbox's own URL are ARM audiences too (the CLI asks for the
    // first, a custom cloud for the second).
    for (const QString &aud :
         {QStringLiteral("https%3A%2F%2Fmanagement.core.windows.net%2F%2F.default"),
          QString(QString::fromLatin1(QUrl::toPercentEncoding(m_sbx->base())) + QStringLiteral("%2F.default"))}) {
        const auto t = m_sbx->postForm(QStringLiteral("/organizations/oauth2/v2.0/token"),
                                       QStringLiteral("grant_type=client_credentials&client_id=sandbox&client_secret="
                                                      "sandbox&scope=") +
                                           aud);
        QCOMPARE(m_sbx
                     ->get(QStringLiteral("/subscriptions?api-version=2022-12-01"),
                           t.json().value(QLatin1String("access_token")).toString())
                     .status,
                 200);
    }
}

void TestSandboxClients::cloudMetadata()
{
    const auto single = m_sbx->get(QStringLiteral("/metadata/endpoints?api-version=2019-05-01"), {});
    QCOMPARE(single.status, 200);
    const QJsonObject auth = single.json().value(QLatin1String("authentication")).toObject();
    QCOMPARE(auth.value(QLatin1String("loginEndpoint")).toString(), QString(m_sbx->base() + QStringLiteral("/adfs")));
    // That authority signs in like organizations (the CLI's MSAL reads its discovery document, then asks for tokens).
    QCOMPARE(m_sbx->get(QStringLiteral("/adfs/.well-known/openid-configuration"), {})
                 .json()
                 .value(QLatin1String("token_endpoint"))
                 .toString(),
             QString(m_sbx->base() + QStringLiteral("/adfs/oauth2/v2.0/token")));
    QCOMPARE(m_sbx
                 ->postForm(QStringLiteral("/adfs/oauth2/v2.0/token"),
                            QStringLiteral("grant_type=client_credentials&client_id=sandbox&client_secret=sandbox&"
                                           "scope=https%3A%2F%2Fmanagement.core.windows.net%2F%2F.default"))
                 .status,
             200);
    QVERIFY(auth.value(QLatin1String("audiences"))
                .toArray()
                .contains(QStringLiteral("https://management.core.windows.net/")));
    QCOMPARE(
        single.json().value(QLatin1String("suffixes")).toObject().value(QLatin1String("acrLoginServer")).toString(),
        QStringLiteral("azurecr.sandbox"));
    const auto list = m_sbx->get(QStringLiteral("/metadata/endpoints?api-version=2022-09-01"), {});
    QCOMPARE(list.status, 200);
    const QJsonArray clouds = QJsonDocument::fromJson(list.body).array();
    QCOMPARE(clouds.size(), 1);
    QCOMPARE(clouds.first().toObject().value(QLatin1String("resourceManager")).toString(),
             QString(m_sbx->base() + QLatin1Char('/')));
}

void TestSandboxClients::genericResourceLists()
{
    const QString list = QStringLiteral("/subscriptions/%1/resources?api-version=2021-04-01").arg(kProd);
    const auto all = m_sbx->get(list, m_token);
    QCOMPARE(all.status, 200);
    // 2 VNets + 6 registries + 2 virtual machines with their network interfaces and public IPs + a container group
    QCOMPARE(all.json().value(QLatin1String("value")).toArray().size(), 15);
    auto names = [](const QJsonArray &items) {
        QStringList out;
        for (const QJsonValue &v : items)
            out << v.toObject().value(QLatin1String("name")).toString();
        out.sort();
        return out;
    };
    const auto registries = m_sbx->get(
        list + QStringLiteral("&%24filter=resourceType%20eq%20%27Microsoft.ContainerRegistry%2Fregistries%27"),
        m_token);
    QCOMPARE(names(registries.json().value(QLatin1String("value")).toArray()),
             (QStringList{QStringLiteral("contosobasic"), QStringLiteral("contosobuild"),
                          QStringLiteral("contosolegacy"), QStringLiteral("contosoprivate"),
                          QStringLiteral("contosoprod"), QStringLiteral("contosostandard")}));
    const QJsonObject one = registries.json().value(QLatin1String("value")).toArray().first().toObject();
    QCOMPARE(one.value(QLatin1String("type")).toString(), QStringLiteral("Microsoft.ContainerRegistry/registries"));
    QVERIFY(one.value(QLatin1String("sku")).isObject());
    QVERIFY(one.value(QLatin1String("tags")).isObject());
    QVERIFY(!one.contains(QLatin1String("properties"))); // the envelope only
    // The CLI's lookup of a registry by name, in any case.
    const auto byName = m_sbx->get(list + QStringLiteral("&%24filter=resourceType%20eq%20%27microsoft.containerregistry"
                                                         "%2Fregistries%27%20and%20name%20eq%20%27CONTOSOPROD%27"),
                                   m_token);
    QCOMPARE(byName.json().value(QLatin1String("value")).toArray().size(), 1);
    QCOMPARE(
        byName.json().value(QLatin1String("value")).toArray().first().toObject().value(QLatin1String("id")).toString(),
        kRegistry);
    // $top pages, and the next page keeps the filter.
    const auto paged = m_sbx->get(
        list + QStringLiteral("&%24filter=resourceType%20eq%20%27Microsoft.ContainerRegistry%2Fregistries%27&%24top=4"),
        m_token);
    QCOMPARE(paged.json().value(QLatin1String("value")).toArray().size(), 4);
    const QString next = paged.json().value(QLatin1String("nextLink")).toString();
    QVERIFY(next.contains(QLatin1String("filter")));
    const auto second = m_sbx->get(next, m_token);
    QCOMPARE(second.json().value(QLatin1String("value")).toArray().size(), 2);
    QVERIFY(!second.json().contains(QLatin1String("nextLink")));
    // Resource group scope, and refusals.
    const auto inGroup = m_sbx->get(kProdRg + QStringLiteral("/resources?api-version=2021-04-01&%24filter=resourceType%"
                                                             "20eq%20%27Microsoft.Network%2FvirtualNetworks%27"),
                                    m_token);
    QCOMPARE(names(inGroup.json().value(QLatin1String("value")).toArray()),
             (QStringList{QStringLiteral("vnet-hub"), QStringLiteral("vnet-spoke-ne")}));
    QCOMPARE(m_sbx->get(list + QStringLiteral("&%24filter=location%20eq%20%27westeurope%27"), m_token).errorCode(),
             QStringLiteral("InvalidFilterInQueryString"));
    QCOMPARE(
        m_sbx
            ->get(QStringLiteral("/subscriptions/%1/resourceGroups/nope/resources?api-version=2021-04-01").arg(kProd),
                  m_token)
            .errorCode(),
        QStringLiteral("ResourceGroupNotFound"));
}

void TestSandboxClients::resourceGroupCreateAndUpdate()
{
    const QString rg = QStringLiteral("/subscriptions/%1/resourcegroups/myNewGroup?api-version=2021-04-01").arg(kProd);
    auto put = [&](const QJsonObject &body) {
        return m_sbx->send("PUT", rg, QJsonDocument(body).toJson(), {}, m_token);
    };
    const auto created =
        put({{QStringLiteral("location"), QStringLiteral("westeurope")},
             {QStringLiteral("tags"), QJsonObject{{QStringLiteral("course"), QStringLiteral("acr")}}}});
    QCOMPARE(created.status, 201);
    QCOMPARE(created.json().value(QLatin1String("name")).toString(), QStringLiteral("myNewGroup"));
    QCOMPARE(created.json().value(QLatin1String("tags")).toObject().value(QLatin1String("course")).toString(),
             QStringLiteral("acr"));
    QCOMPARE(m_sbx->get(rg, m_token).json().value(QLatin1String("location")).toString(), QStringLiteral("westeurope"));
    const auto updated =
        put({{QStringLiteral("location"), QStringLiteral("westeurope")},
             {QStringLiteral("tags"), QJsonObject{{QStringLiteral("course"), QStringLiteral("done")}}}});
    QCOMPARE(updated.status, 200);
    QCOMPARE(m_sbx->get(rg, m_token)
                 .json()
                 .value(QLatin1String("tags"))
                 .toObject()
                 .value(QLatin1String("course"))
                 .toString(),
             QStringLiteral("done"));
    QCOMPARE(put({{QStringLiteral("location"), QStringLiteral("eastus")}}).errorCode(),
             QStringLiteral("InvalidResourceGroupLocation"));
    QCOMPARE(put({}).errorCode(), QStringLiteral("LocationRequired"));
    QCOMPARE(
        m_sbx
            ->send("PUT",
                   QStringLiteral("/subscriptions/%1/resourcegroups/bad%20name.?api-version=2021-04-01").arg(kProd),
                   QJsonDocument(QJsonObject{{QStringLiteral("location"), QStringLiteral("westeurope")}}).toJson(), {},
                   m_token)
            .errorCode(),
        QStringLiteral("ResourceGroupNameInvalid"));
}

void TestSandboxClients::registryPatchIsAMergePatch()
{
    auto ruleSet = [&] {
        return m_sbx->get(kRegistry + kPreview, m_token)
            .json()
            .value(QLatin1String("properties"))
            .toObject()
            .value(QLatin1String("networkRuleSet"))
            .toObject();
    };
    auto patch = [&](const QByteArray &body, const QString &version = kPreview) {
        return m_sbx->send("PATCH", kRegistry + version, body, {}, m_token);
    };
    const QJsonObject before = ruleSet();
    QCOMPARE(before.value(QLatin1String("virtualNetworkRules")).toArray().size(), 6);
    QCOMPARE(before.value(QLatin1String("ipRules")).toArray().size(), 1);
    // Only the default action: both arrays stay (the live service's behaviour).
    QCOMPARE(patch(R"({"properties":{"networkRuleSet":{"defaultAction":"Allow"}}})").status, 200);
    QJsonObject after = ruleSet();
    QCOMPARE(after.value(QLatin1String("defaultAction")).toString(), QStringLiteral("Allow"));
    QCOMPARE(after.value(QLatin1String("virtualNetworkRules")), before.value(QLatin1String("virtualNetworkRules")));
    QCOMPARE(after.value(QLatin1String("ipRules")), before.value(QLatin1String("ipRules")));
    // A sent array replaces the stored one; the other stays.
    QCOMPARE(
        patch(R"({"properties":{"networkRuleSet":{"ipRules":[{"action":"Allow","value":"198.51.100.0/24"}]}}})").status,
        200);
    after = ruleSet();
    QCOMPARE(after.value(QLatin1String("ipRules")).toArray().size(), 1);
    QCOMPARE(
        after.value(QLatin1String("ipRules")).toArray().first().toObject().value(QLatin1String("value")).toString(),
        QStringLiteral("198.51.100.0/24"));
    QCOMPARE(after.value(QLatin1String("virtualNetworkRules")).toArray().size(), 6);
    // Other nested objects merge too; null removes a member; unrelated properties are kept.
    QCOMPARE(
        patch(R"({"tags":{"team":"platform","temp":"x"},"properties":{"policies":{"retentionPolicy":{"days":30}}}})")
            .status,
        200);
    QCOMPARE(patch(R"({"tags":{"temp":null}})").status, 200);
    const QJsonObject doc = m_sbx->get(kRegistry + kPreview, m_token).json();
    QCOMPARE(doc.value(QLatin1String("tags")).toObject(),
             (QJsonObject{{QStringLiteral("team"), QStringLiteral("platform")}}));
    const QJsonObject retention = doc.value(QLatin1String("properties"))
                                      .toObject()
                                      .value(QLatin1String("policies"))
                                      .toObject()
                                      .value(QLatin1String("retentionPolicy"))
                                      .toObject();
    QCOMPARE(retention.value(QLatin1String("days")).toInt(), 30);
    QCOMPARE(retention.value(QLatin1String("status")).toString(), QStringLiteral("disabled"));
    QCOMPARE(doc.value(QLatin1String("properties")).toObject().value(QLatin1String("publicNetworkAccess")).toString(),
             QStringLiteral("Enabled"));
    // A refused merge changes nothing.
    const QJsonObject last = m_sbx->get(kRegistry + kPreview, m_token).json();
    QCOMPARE(patch(R"({"properties":{"networkRuleSet":{"ipRules":[{"action":"Allow","value":"10.0.0.0/33"}]}}})")
                 .errorCode(),
             QStringLiteral("InvalidIpRule"));
    QCOMPARE(m_sbx->get(kRegistry + kPreview, m_token).json(), last);
}

void TestSandboxClients::shapesOfTheRestExamples()
{
    const auto provider = m_sbx->get(
        QStringLiteral("/subscriptions/%1/providers/Microsoft.ContainerRegistry?api-version=2021-04-01").arg(kProd),
        m_token);
    const QJsonArray types = provider.json().value(QLatin1String("resourceTypes")).toArray();
    QVERIFY(!types.isEmpty());
    QCOMPARE(types.first().toObject().value(QLatin1String("resourceType")).toString(), QStringLiteral("registries"));
    QVERIFY(types.first()
                .toObject()
                .value(QLatin1String("apiVersions"))
                .toArray()
                .contains(QStringLiteral("2021-08-01-preview")));
    const QJsonObject policies = m_sbx->get(kRegistry + kPreview, m_token)
                                     .json()
                                     .value(QLatin1String("properties"))
                                     .toObject()
                                     .value(QLatin1String("policies"))
                                     .toObject();
    QCOMPARE(policies.value(QLatin1String("exportPolicy")).toObject().value(QLatin1String("status")).toString(),
             QStringLiteral("enabled"));
    QCOMPARE(policies.value(QLatin1String("trustPolicy")).toObject().value(QLatin1String("type")).toString(),
             QStringLiteral("Notary"));
    QVERIFY(!policies.value(QLatin1String("retentionPolicy"))
                 .toObject()
                 .value(QLatin1String("lastUpdatedTime"))
                 .toString()
                 .isEmpty());
    QVERIFY(!m_sbx->get(kRegistry + QStringLiteral("?api-version=2019-05-01"), m_token)
                 .json()
                 .value(QLatin1String("properties"))
                 .toObject()
                 .value(QLatin1String("policies"))
                 .toObject()
                 .contains(QLatin1String("exportPolicy")));
    const QJsonObject vnet =
        m_sbx
            ->get(kProdRg +
                      QStringLiteral("/providers/Microsoft.Network/virtualNetworks/vnet-hub?api-version=2024-01-01"),
                  m_token)
            .json();
    QCOMPARE(vnet.value(QLatin1String("properties")).toObject().value(QLatin1String("enableVmProtection")),
             QJsonValue(false));
    QVERIFY(vnet.value(QLatin1String("tags")).isObject());
    // Subscriptions: managedByTenants entries, count at 2020-01-01 and later only, tenant-level read budget.
    const auto subs = m_sbx->get(QStringLiteral("/subscriptions?api-version=2022-12-01"), m_token);
    QCOMPARE(subs.json().value(QLatin1String("count")).toObject().value(QLatin1String("value")).toInt(), 2);
    QCOMPARE(subs.json().value(QLatin1String("count")).toObject().value(QLatin1String("type")).toString(),
             QStringLiteral("Total"));
    QJsonObject prod;
    for (const QJsonValue &v : subs.json().value(QLatin1String("value")).toArray()) {
        if (v.toObject().value(QLatin1String("subscriptionId")).toString() == kProd)
            prod = v.toObject();
    }
    QCOMPARE(prod.value(QLatin1String("managedByTenants"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QLatin1String("tenantId"))
                 .toString(),
             QStringLiteral("9a4e2f10-3b6c-4d8e-a1f2-7c9d0e5b4a02"));
    QVERIFY(!subs.header("x-ms-ratelimit-remaining-tenant-reads").isEmpty());
    QVERIFY(subs.header("x-ms-ratelimit-remaining-subscription-reads").isEmpty());
    QVERIFY(!m_sbx->get(QStringLiteral("/subscriptions?api-version=2016-06-01"), m_token)
                 .json()
                 .contains(QLatin1String("count")));
    QVERIFY(!m_sbx->get(QStringLiteral("/subscriptions/%1?api-version=2022-12-01").arg(kProd), m_token)
                 .header("x-ms-ratelimit-remaining-subscription-reads")
                 .isEmpty());
}

void TestSandboxClients::certificateAsPem()
{
    QCOMPARE(m_sbx->get(QStringLiteral("/_sandbox/certificate"), {}).status, 404); // plain HTTP
    SandboxFixture tls(QStringLiteral("training"), true);
    QVERIFY2(tls.ok(), qPrintable(tls.error()));
    const QByteArray pem = tls.server().certificatePem();
    QVERIFY(pem.startsWith("-----BEGIN CERTIFICATE-----"));
    const QSslCertificate cert(pem, QSsl::Pem);
    QCOMPARE(cert.toDer(), tls.server().certificateDer());
    // Served over the TLS connection it protects (the fixture's client trusts nothing, so read it with a pinned one).
    QNetworkAccessManager nam;
    QNetworkRequest request(QUrl(tls.base() + QStringLiteral("/_sandbox/certificate")));
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setCaCertificates({cert});
    request.setSslConfiguration(ssl);
    QNetworkReply *reply = nam.get(request);
    QSignalSpy done(reply, &QNetworkReply::finished);
    QVERIFY(done.wait(10000));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->readAll(), pem);
    reply->deleteLater();
}

void TestSandboxClients::requestLogNamesEveryRequestAndNoSecret()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("requests.jsonl"));
    QString error;
    QVERIFY2(m_sbx->server().setRequestLog(path, &error), qPrintable(error));
    const QString token = m_sbx->servicePrincipalToken();
    QCOMPARE(m_sbx->get(QStringLiteral("/subscriptions?api-version=2022-12-01"), token).status, 200);
    QCOMPARE(m_sbx->get(QStringLiteral("/subscriptions/%1/nope?api-version=2022-12-01").arg(kProd), token).status, 404);
    QCOMPARE(m_sbx->get(QStringLiteral("/organizations/v2.0/.well-known/openid-configuration"), {}).status, 200);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(!text.contains(token.toLatin1()));
    QVERIFY(!text.contains("client_secret"));
    QVERIFY(!text.contains("sandbox&"));
    const QList<QByteArray> lines = text.trimmed().split('\n');
    QCOMPARE(lines.size(), 4);
    const QJsonObject sign = QJsonDocument::fromJson(lines.at(0)).object();
    QCOMPARE(sign.value(QLatin1String("service")).toString(), QStringLiteral("identity"));
    QCOMPARE(sign.value(QLatin1String("method")).toString(), QStringLiteral("POST"));
    QCOMPARE(sign.value(QLatin1String("status")).toInt(), 200);
    const QJsonObject list = QJsonDocument::fromJson(lines.at(1)).object();
    QCOMPARE(list.value(QLatin1String("service")).toString(), QStringLiteral("arm"));
    QCOMPARE(list.value(QLatin1String("url")).toString(), QStringLiteral("/subscriptions?api-version=2022-12-01"));
    QVERIFY(list.value(QLatin1String("durationMs")).isDouble());
    // When it arrived (ms since the epoch, for timelines) and how big the answer was.
    const qint64 at = qint64(list.value(QLatin1String("at")).toDouble());
    QVERIFY(qAbs(QDateTime::currentMSecsSinceEpoch() - at) < 60 * 1000);
    QVERIFY(at >= qint64(sign.value(QLatin1String("at")).toDouble()));
    QVERIFY(list.value(QLatin1String("bytes")).toDouble() > 100);
    QCOMPARE(QJsonDocument::fromJson(lines.at(2)).object().value(QLatin1String("status")).toInt(), 404);
    QCOMPARE(QJsonDocument::fromJson(lines.at(3)).object().value(QLatin1String("service")).toString(),
             QStringLiteral("identity"));
}

QTEST_GUILESS_MAIN(TestSandboxClients)
#include "tst_sandboxclients.moc"
