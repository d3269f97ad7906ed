#include "tests/support/sandboxfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using acrnet::test::SandboxFixture;

namespace {
const QString kSub = QStringLiteral("8b7a6c5d-4e3f-4a2b-8c1d-0e9f8a7b6c5d");
const QString kNetSub = QStringLiteral("9c8b7a6d-5e4f-4b3a-9d2c-1f0e9b8a7c6d");
const QString kSubnet =
    QStringLiteral("/subscriptions/8b7a6c5d-4e3f-4a2b-8c1d-0e9f8a7b6c5d/resourceGroups/myResourceGroup/"
                   "providers/Microsoft.Network/virtualNetworks/myDockerVMVNET/subnets/myDockerVMSubnet");
const QString kNet = QStringLiteral("?api-version=2024-01-01");
} // namespace

class TestSandboxArm : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void authentication();
    void tokenFromAnotherTenant();
    void apiVersionChecks_data();
    void apiVersionChecks();
    void notFoundCodes_data();
    void notFoundCodes();
    void pagingFollowsNextLink();
    void providerRegistration();
    void subnetPutIsLongRunning();
    void staleEtagGets412();
    void subnetPutReplacesWholeSubnet();
    void failedOperationLeavesSubnetAsItWas();
    void endpointServices();
    void resourceGroupDelete();
    void rateLimitHeaders();

private:
    std::unique_ptr<SandboxFixture> m_sbx;
    QString m_token;
};

void TestSandboxArm::init()
{
    m_sbx = std::make_unique<SandboxFixture>(QStringLiteral("training"));
    QVERIFY2(m_sbx->ok(), qPrintable(m_sbx->error()));
    m_sbx->server().store().settings.provisioningDelayMs = 300;
    m_sbx->server().store().settings.registrationDelayMs = 300;
    m_sbx->server().store().settings.resourceGroupDeleteDelayMs = 300;
    m_token = m_sbx->servicePrincipalToken();
    QVERIFY(!m_token.isEmpty());
}

void TestSandboxArm::cleanup()
{
    m_sbx.reset();
}

void TestSandboxArm::authentication()
{
    const auto none = m_sbx->get(QStringLiteral("/subscriptions?api-version=2022-12-01"), QString());
    QCOMPARE(none.status, 401);
    QCOMPARE(none.errorCode(), QStringLiteral("AuthenticationFailed"));
    QVERIFY(none.header("WWW-Authenticate").startsWith("Bearer authorization_uri="));

    const auto forged = m_sbx->get(QStringLiteral("/subscriptions?api-version=2022-12-01"),
                                   QStringLiteral("aGVhZGVy.cGF5bG9hZA.c2lnbmF0dXJl"));
    QCOMPARE(forged.status, 401);
    QCOMPARE(forged.errorCode(), QStringLiteral("InvalidAuthenticationToken"));

    m_sbx->server().store().settings.tokenLifetimeSeconds = 1;
    const QString shortLived = m_sbx->servicePrincipalToken();
    QCOMPARE(m_sbx->get(QStringLiteral("/subscriptions?api-version=2022-12-01"), shortLived).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(
        m_sbx->get(QStringLiteral("/subscriptions?api-version=2022-12-01"), shortLived).errorCode(),
        QStringLiteral("ExpiredAuthenticationToken"), 4000);
}

void TestSandboxArm::tokenFromAnotherTenant()
{
    SandboxFixture demo(QStringLiteral("demo"));
    QVERIFY(demo.ok());
    const QString fabrikam = demo.servicePrincipalToken(QStringLiteral("sandbox-fabrikam"), QStringLiteral("sandbox"),
                                                        QStringLiteral("9a4e2f10-3b6c-4d8e-a1f2-7c9d0e5b4a02"));
    QVERIFY(!fabrikam.isEmpty());
    const auto r = demo.get(
        QStringLiteral("/subscriptions/1f0e2d3c-4b5a-4697-8877-665544332211/resourcegroups?api-version=2021-04-01"),
        fabrikam);
    QCOMPARE(r.status, 401);
    QCOMPARE(r.errorCode(), QStringLiteral("InvalidAuthenticationTokenTenant"));
    // The list shows only the token's tenant's subscriptions.
    const auto subs = demo.get(QStringLiteral("/subscriptions?api-version=2022-12-01"), fabrikam);
    QCOMPARE(subs.json().value(QLatin1String("value")).toArray().size(), 1);
}

void TestSandboxArm::apiVersionChecks_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("code");
    QTest::newRow("missing") << "/subscriptions"
                             << "MissingApiVersionParameter";
    QTest::newRow("unknown") << "/subscriptions?api-version=1999-01-01"
                             << "InvalidApiVersionParameter";
    QTest::newRow("registries")
        << QString(QStringLiteral("/subscriptions/") + kSub +
                   QStringLiteral("/providers/Microsoft.ContainerRegistry/registries?api-version=2015-01-01"))
        << "NoRegisteredProviderFound";
    QTest::newRow("network") << QString(QStringLiteral("/subscriptions/") + kSub +
                                        QStringLiteral(
                                            "/providers/Microsoft.Network/virtualNetworks?api-version=2010-01-01"))
                             << "NoRegisteredProviderFound";
}

void TestSandboxArm::apiVersionChecks()
{
    QFETCH(QString, path);
    const auto r = m_sbx->get(path, m_token);
    QCOMPARE(r.status, 400);
    QTEST(r.errorCode(), "code");
    if (r.errorCode() != QLatin1String("MissingApiVersionParameter"))
        QVERIFY2(r.json()
                     .value(QLatin1String("error"))
                     .toObject()
                     .value(QLatin1String("message"))
                     .toString()
                     .contains(QLatin1String("supported")),
                 r.body.constData());
}

void TestSandboxArm::notFoundCodes_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("code");
    QTest::newRow("subscription")
        << "/subscriptions/00000000-0000-0000-0000-000000000000/resourcegroups?api-version=2021-04-01"
        << "SubscriptionNotFound";
    QTest::newRow("group") << QString(QStringLiteral("/subscriptions/") + kSub +
                                      QStringLiteral("/resourcegroups/nope?api-version=2021-04-01"))
                           << "ResourceGroupNotFound";
    QTest::newRow("registry") << QString(QStringLiteral("/subscriptions/") + kSub +
                                         QStringLiteral(
                                             "/resourceGroups/myResourceGroup/providers/Microsoft.ContainerRegistry/"
                                             "registries/nope?api-version=2021-08-01-preview"))
                              << "ResourceNotFound";
    QTest::newRow("vnet") << QString(QStringLiteral("/subscriptions/") + kSub +
                                     QStringLiteral("/resourceGroups/myResourceGroup/providers/Microsoft.Network/"
                                                    "virtualNetworks/nope") +
                                     kNet)
                          << "ResourceNotFound";
    QTest::newRow("subnet") << QString(kSubnet.chopped(16) + QStringLiteral("nope") + kNet) << "NotFound";
}

void TestSandboxArm::notFoundCodes()
{
    QFETCH(QString, path);
    const auto r = m_sbx->get(path, m_token);
    QCOMPARE(r.status, 404);
    QTEST(r.errorCode(), "code");
}

void TestSandboxArm::pagingFollowsNextLink()
{
    SandboxFixture demo(QStringLiteral("demo"));
    QVERIFY(demo.ok());
    demo.server().store().settings.pageSize = 2;
    const QString token = demo.servicePrincipalToken();
    QString url =
        QStringLiteral("/subscriptions/1f0e2d3c-4b5a-4697-8877-665544332211/providers/Microsoft.ContainerRegistry/"
                       "registries?api-version=2021-08-01-preview");
    QStringList names;
    int pages = 0;
    while (!url.isEmpty() && pages < 10) {
        const auto r = demo.get(url, token);
        QCOMPARE(r.status, 200);
        ++pages;
        for (const QJsonValue &v : r.json().value(QLatin1String("value")).toArray())
            names << v.toObject().value(QLatin1String("name")).toString();
        url = r.json().value(QLatin1String("nextLink")).toString();
        if (!url.isEmpty())
            QVERIFY2(url.contains(QLatin1String("%24skipToken=")) &&
                         url.contains(QLatin1String("api-version=2021-08-01-preview")),
                     qPrintable(url));
    }
    QCOMPARE(pages, 3);
    QCOMPARE(names.size(), 6);
    QCOMPARE(QSet<QString>(names.begin(), names.end()).size(), 6);
}

void TestSandboxArm::providerRegistration()
{
    const QString path = QStringLiteral("/subscriptions/%1/providers/Microsoft.ContainerRegistry").arg(kNetSub);
    QCOMPARE(m_sbx->get(path + QStringLiteral("?api-version=2021-04-01"), m_token)
                 .json()
                 .value(QLatin1String("registrationState"))
                 .toString(),
             QStringLiteral("NotRegistered"));
    const auto reg = m_sbx->send("POST", path + QStringLiteral("/register?api-version=2021-04-01"), {}, {}, m_token);
    QCOMPARE(reg.status, 200);
    QCOMPARE(reg.json().value(QLatin1String("registrationState")).toString(), QStringLiteral("Registering"));
    QTRY_COMPARE_WITH_TIMEOUT(m_sbx->get(path + QStringLiteral("?api-version=2021-04-01"), m_token)
                                  .json()
                                  .value(QLatin1String("registrationState"))
                                  .toString(),
                              QStringLiteral("Registered"), 5000);
}

void TestSandboxArm::subnetPutIsLongRunning()
{
    const auto before = m_sbx->get(kSubnet + kNet, m_token);
    QCOMPARE(before.status, 200);
    const QString etag = before.json().value(QLatin1String("etag")).toString();
    QJsonObject body = before.json();
    QJsonObject props = body.value(QLatin1String("properties")).toObject();
    props[QStringLiteral("serviceEndpoints")] =
        QJsonArray{QJsonObject{{QStringLiteral("service"), QStringLiteral("Microsoft.ContainerRegistry")}}};
    body[QStringLiteral("properties")] = props;
    const auto put =
        m_sbx->send("PUT", kSubnet + kNet, QJsonDocument(body).toJson(), {{"If-Match", etag.toUtf8()}}, m_token);
    QCOMPARE(put.status, 200);
    const QJsonObject putProps = put.json().value(QLatin1String("properties")).toObject();
    QCOMPARE(putProps.value(QLatin1String("provisioningState")).toString(), QStringLiteral("Updating"));
    QCOMPARE(putProps.value(QLatin1String("serviceEndpoints"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QLatin1String("provisioningState"))
                 .toString(),
             QStringLiteral("Updating"));
    const QString op = QString::fromUtf8(put.header("Azure-AsyncOperation"));
    QVERIFY2(op.startsWith(m_sbx->base() + QStringLiteral("/subscriptions/") + kSub +
                           QStringLiteral("/providers/Microsoft.Network/locations/westeurope/operations/")),
             qPrintable(op));
    QCOMPARE(m_sbx->get(op, m_token).json().value(QLatin1String("status")).toString(), QStringLiteral("InProgress"));
    QTRY_COMPARE_WITH_TIMEOUT(m_sbx->get(op, m_token).json().value(QLatin1String("status")).toString(),
                              QStringLiteral("Succeeded"), 5000);
    const auto after = m_sbx->get(kSubnet + kNet, m_token);
    const QJsonObject ep = after.json()
                               .value(QLatin1String("properties"))
                               .toObject()
                               .value(QLatin1String("serviceEndpoints"))
                               .toArray()
                               .at(0)
                               .toObject();
    QCOMPARE(ep.value(QLatin1String("service")).toString(), QStringLiteral("Microsoft.ContainerRegistry"));
    QCOMPARE(ep.value(QLatin1String("locations")).toArray(), QJsonArray{QStringLiteral("*")});
    QCOMPARE(ep.value(QLatin1String("provisioningState")).toString(), QStringLiteral("Succeeded"));
    QVERIFY(after.json().value(QLatin1String("etag")).toString() != etag);
}

void TestSandboxArm::staleEtagGets412()
{
    const auto before = m_sbx->get(kSubnet + kNet, m_token);
    const QByteArray body = QJsonDocument(before.json()).toJson();
    const auto first =
        m_sbx->send("PUT", kSubnet + kNet, body,
                    {{"If-Match", before.json().value(QLatin1String("etag")).toString().toUtf8()}}, m_token);
    QCOMPARE(first.status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(m_sbx->get(kSubnet + kNet, m_token)
                                  .json()
                                  .value(QLatin1String("properties"))
                                  .toObject()
                                  .value(QLatin1String("provisioningState"))
                                  .toString(),
                              QStringLiteral("Succeeded"), 5000);
    const auto stale =
        m_sbx->send("PUT", kSubnet + kNet, body,
                    {{"If-Match", before.json().value(QLatin1String("etag")).toString().toUtf8()}}, m_token);
    QCOMPARE(stale.status, 412);
    QCOMPARE(stale.errorCode(), QStringLiteral("PreconditionFailed"));
}

void TestSandboxArm::subnetPutReplacesWholeSubnet()
{
    // Like Azure, a PUT replaces the subnet: what the body leaves out (here the NSG) is gone, and what it carries
    // (even properties the sandbox does not know) is stored.
    const auto before = m_sbx->get(kSubnet + kNet, m_token);
    QVERIFY(
        before.json().value(QLatin1String("properties")).toObject().contains(QLatin1String("networkSecurityGroup")));
    QJsonObject body = before.json();
    QJsonObject props = body.value(QLatin1String("properties")).toObject();
    props.remove(QStringLiteral("networkSecurityGroup"));
    props[QStringLiteral("futureFlag")] = 42;
    body[QStringLiteral("properties")] = props;
    QCOMPARE(m_sbx->send("PUT", kSubnet + kNet, QJsonDocument(body).toJson(), {}, m_token).status, 200);
    const QJsonObject stored = *m_sbx->server().store().subnet(kSubnet);
    QVERIFY(!stored.value(QLatin1String("properties")).toObject().contains(QLatin1String("networkSecurityGroup")));
    QCOMPARE(stored.value(QLatin1String("properties")).toObject().value(QLatin1String("futureFlag")).toInt(), 42);
}

void TestSandboxArm::failedOperationLeavesSubnetAsItWas()
{
    const auto before = m_sbx->get(kSubnet + kNet, m_token);
    m_sbx->admin(QStringLiteral("faults"), {{QStringLiteral("lroFailNext"), 1}});
    QJsonObject body = before.json();
    QJsonObject props = body.value(QLatin1String("properties")).toObject();
    props[QStringLiteral("serviceEndpoints")] =
        QJsonArray{QJsonObject{{QStringLiteral("service"), QStringLiteral("Microsoft.ContainerRegistry")}}};
    body[QStringLiteral("properties")] = props;
    const auto put = m_sbx->send("PUT", kSubnet + kNet, QJsonDocument(body).toJson(), {}, m_token);
    QCOMPARE(put.status, 200);
    const QString op = QString::fromUtf8(put.header("Azure-AsyncOperation"));
    QTRY_COMPARE_WITH_TIMEOUT(m_sbx->get(op, m_token).json().value(QLatin1String("status")).toString(),
                              QStringLiteral("Failed"), 5000);
    const auto status = m_sbx->get(op, m_token).json();
    QVERIFY(!status.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString().isEmpty());
    const auto after = m_sbx->get(kSubnet + kNet, m_token);
    QCOMPARE(after.json(), before.json());
}

void TestSandboxArm::endpointServices()
{
    const auto r = m_sbx->get(QStringLiteral("/subscriptions/%1/providers/Microsoft.Network/locations/westeurope/"
                                             "virtualNetworkAvailableEndpointServices%2")
                                  .arg(kSub, kNet),
                              m_token);
    QCOMPARE(r.status, 200);
    QStringList names;
    for (const QJsonValue &v : r.json().value(QLatin1String("value")).toArray())
        names << v.toObject().value(QLatin1String("name")).toString();
    QVERIFY(names.contains(QStringLiteral("Microsoft.ContainerRegistry")));
    QVERIFY(names.contains(QStringLiteral("Microsoft.Storage")));
}

void TestSandboxArm::resourceGroupDelete()
{
    const QString rg =
        QStringLiteral("/subscriptions/%1/resourcegroups/myResourceGroup?api-version=2021-04-01").arg(kSub);
    const auto del = m_sbx->send("DELETE", rg, {}, {}, m_token);
    QCOMPARE(del.status, 202);
    const QString location = QString::fromUtf8(del.header("Location"));
    QVERIFY(location.contains(QLatin1String("/operationresults/")));
    QCOMPARE(m_sbx->get(location, m_token).status, 202);
    QCOMPARE(m_sbx->get(rg, m_token)
                 .json()
                 .value(QLatin1String("properties"))
                 .toObject()
                 .value(QLatin1String("provisioningState"))
                 .toString(),
             QStringLiteral("Deleting"));
    QTRY_COMPARE_WITH_TIMEOUT(m_sbx->get(location, m_token).status, 200, 5000);
    QCOMPARE(m_sbx->get(rg, m_token).errorCode(), QStringLiteral("ResourceGroupNotFound"));
    QCOMPARE(
        m_sbx
            ->get(
                QStringLiteral(
                    "/subscriptions/%1/providers/Microsoft.ContainerRegistry/registries?api-version=2021-08-01-preview")
                    .arg(kSub),
                m_token)
            .json()
            .value(QLatin1String("value"))
            .toArray()
            .size(),
        0);
}

void TestSandboxArm::rateLimitHeaders()
{
    const QString path = QStringLiteral("/subscriptions/%1/resourcegroups?api-version=2021-04-01").arg(kSub);
    const int first = m_sbx->get(path, m_token).header("x-ms-ratelimit-remaining-subscription-reads").toInt();
    const int second = m_sbx->get(path, m_token).header("x-ms-ratelimit-remaining-subscription-reads").toInt();
    QVERIFY(first > 0);
    QCOMPARE(second, first - 1);
    const auto write = m_sbx->send(
        "POST",
        QStringLiteral("/subscriptions/%1/providers/Microsoft.ContainerRegistry/register?api-version=2021-04-01")
            .arg(kSub),
        {}, {}, m_token);
    QVERIFY(write.header("x-ms-ratelimit-remaining-subscription-writes").toInt() > 0);
    QVERIFY(!write.header("x-ms-request-id").isEmpty());
}

QTEST_GUILESS_MAIN(TestSandboxArm)
#include "tst_sandboxarm.moc"
