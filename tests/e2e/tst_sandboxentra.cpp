#include "tests/support/sandboxfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using acrnet::test::SandboxFixture;

namespace {
const QString kScope =
    QStringLiteral("https%3A%2F%2Fmanagement.azure.com%2F.default%20offline_access%20openid%20profile");
const QString kContoso = QStringLiteral("3c5a6b1e-7d2f-4c1a-9d2e-5b8f0e1a2c01");
const QString kFabrikam = QStringLiteral("9a4e2f10-3b6c-4d8e-a1f2-7c9d0e5b4a02");
} // namespace

class TestSandboxEntra : public QObject
{
    Q_OBJECT

private slots:
    void clientCredentials_data();
    void clientCredentials();
    void deviceCodeApproved();
    void deviceCodeDeclinedAndExpired();
    void refreshAcrossTenants();
    void interactionRequiredTenant();

private:
    SandboxFixture::Response startDeviceCode(SandboxFixture &sbx,
                                             const QString &tenant = QStringLiteral("organizations"));
    SandboxFixture::Response poll(SandboxFixture &sbx, const QString &deviceCode);
};

void TestSandboxEntra::clientCredentials_data()
{
    QTest::addColumn<QString>("tenant");
    QTest::addColumn<QString>("form");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    const QString scope = QStringLiteral("&scope=https%3A%2F%2Fmanagement.azure.com%2F.default");
    QTest::newRow("organizations") << "organizations"
                                   << QString(QStringLiteral("client_id=sandbox&client_secret=sandbox") + scope) << 200
                                   << "";
    QTest::newRow("home tenant") << kContoso
                                 << QString(QStringLiteral("client_id=sandbox&client_secret=sandbox") + scope) << 200
                                 << "";
    QTest::newRow("wrong secret") << "organizations"
                                  << QString(QStringLiteral("client_id=sandbox&client_secret=nope") + scope) << 401
                                  << "invalid_client";
    QTest::newRow("unknown client") << "organizations"
                                    << QString(QStringLiteral("client_id=ghost&client_secret=sandbox") + scope) << 400
                                    << "unauthorized_client";
    QTest::newRow("other tenant") << kFabrikam
                                  << QString(QStringLiteral("client_id=sandbox&client_secret=sandbox") + scope) << 400
                                  << "unauthorized_client";
    QTest::newRow("scope without .default")
        << "organizations"
        << "client_id=sandbox&client_secret=sandbox&scope=https%3A%2F%2Fmanagement.azure.com%2Fuser_impersonation"
        << 400 << "invalid_scope";
}

void TestSandboxEntra::clientCredentials()
{
    QFETCH(QString, tenant);
    QFETCH(QString, form);
    QFETCH(int, status);
    QFETCH(QString, error);
    SandboxFixture sbx(QStringLiteral("demo"));
    QVERIFY(sbx.ok());
    const auto r = sbx.postForm(QStringLiteral("/%1/oauth2/v2.0/token").arg(tenant),
                                form + QStringLiteral("&grant_type=client_credentials"));
    QCOMPARE(r.status, status);
    if (status == 200) {
        const QString token = r.json().value(QLatin1String("access_token")).toString();
        QCOMPARE(r.json().value(QLatin1String("token_type")).toString(), QStringLiteral("Bearer"));
        QVERIFY(r.json().value(QLatin1String("expires_in")).toInt() > 0);
        QCOMPARE(sbx.get(QStringLiteral("/subscriptions?api-version=2022-12-01"), token).status, 200);
    } else {
        QCOMPARE(r.errorCode(), error);
        QVERIFY(r.json().value(QLatin1String("error_description")).toString().startsWith(QLatin1String("AADSTS")));
    }
}

SandboxFixture::Response TestSandboxEntra::startDeviceCode(SandboxFixture &sbx, const QString &tenant)
{
    return sbx.postForm(QStringLiteral("/%1/oauth2/v2.0/devicecode").arg(tenant),
                        QStringLiteral("client_id=04b07795-8ddb-461a-bbee-02f9e1bf7b46&scope=") + kScope);
}

SandboxFixture::Response TestSandboxEntra::poll(SandboxFixture &sbx, const QString &deviceCode)
{
    return sbx.postForm(QStringLiteral("/organizations/oauth2/v2.0/token"),
                        QStringLiteral("grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Adevice_code&client_id="
                                       "04b07795-8ddb-461a-bbee-02f9e1bf7b46&device_code=") +
                            QString::fromLatin1(QUrl::toPercentEncoding(deviceCode)));
}

void TestSandboxEntra::deviceCodeApproved()
{
    SandboxFixture sbx(QStringLiteral("training"));
    QVERIFY(sbx.ok());
    sbx.server().store().settings.deviceCodeIntervalSeconds = 1;
    const auto start = startDeviceCode(sbx);
    QCOMPARE(start.status, 200);
    const QJsonObject dc = start.json();
    QCOMPARE(dc.value(QLatin1String("verification_uri")).toString(), sbx.base() + QStringLiteral("/devicelogin"));
    QCOMPARE(dc.value(QLatin1String("interval")).toInt(), 1);
    const QString userCode = dc.value(QLatin1String("user_code")).toString();
    QVERIFY(dc.value(QLatin1String("message")).toString().contains(userCode));
    const QString deviceCode = dc.value(QLatin1String("device_code")).toString();

    QCOMPARE(poll(sbx, deviceCode).errorCode(), QStringLiteral("authorization_pending"));
    QCOMPARE(poll(sbx, deviceCode).errorCode(), QStringLiteral("slow_down")); // polled again at once

    const auto page = sbx.send("GET", QStringLiteral("/devicelogin"));
    QCOMPARE(page.status, 200);
    QVERIFY(page.body.contains("trainer@contoso-training.example"));
    const auto approve = sbx.postForm(
        QStringLiteral("/devicelogin"),
        QStringLiteral("user_code=%1&upn=trainer%40contoso-training.example&action=approve").arg(userCode.toLower()));
    QCOMPARE(approve.status, 200);

    // Once approved, the next poll yields the tokens for the approving account.
    const auto tokens = poll(sbx, deviceCode);
    QCOMPARE(tokens.status, 200);
    const QString access = tokens.json().value(QLatin1String("access_token")).toString();
    QVERIFY(!tokens.json().value(QLatin1String("refresh_token")).toString().isEmpty());
    QCOMPARE(sbx.get(QStringLiteral("/subscriptions?api-version=2022-12-01"), access)
                 .json()
                 .value(QLatin1String("value"))
                 .toArray()
                 .size(),
             2);
    QCOMPARE(poll(sbx, deviceCode).errorCode(), QStringLiteral("bad_verification_code")); // used once only
}

void TestSandboxEntra::deviceCodeDeclinedAndExpired()
{
    SandboxFixture sbx(QStringLiteral("training"));
    QVERIFY(sbx.ok());
    const auto start = startDeviceCode(sbx);
    const QString userCode = start.json().value(QLatin1String("user_code")).toString();
    sbx.postForm(QStringLiteral("/devicelogin"), QStringLiteral("user_code=%1&action=decline").arg(userCode));
    QCOMPARE(poll(sbx, start.json().value(QLatin1String("device_code")).toString()).errorCode(),
             QStringLiteral("authorization_declined"));

    sbx.server().store().settings.deviceCodeExpiresInSeconds = 0;
    const auto expiring = startDeviceCode(sbx);
    QTest::qWait(20);
    QCOMPARE(poll(sbx, expiring.json().value(QLatin1String("device_code")).toString()).errorCode(),
             QStringLiteral("expired_token"));
    QCOMPARE(poll(sbx, QStringLiteral("not-a-code")).errorCode(), QStringLiteral("bad_verification_code"));
    QCOMPARE(sbx.postForm(QStringLiteral("/devicelogin"), QStringLiteral("user_code=ZZZZ&action=approve")).status, 400);
}

void TestSandboxEntra::refreshAcrossTenants()
{
    SandboxFixture sbx(QStringLiteral("demo")); // auto-approves device codes
    QVERIFY(sbx.ok());
    const auto start = startDeviceCode(sbx);
    const auto tokens = poll(sbx, start.json().value(QLatin1String("device_code")).toString());
    QCOMPARE(tokens.status, 200);
    const QString access = tokens.json().value(QLatin1String("access_token")).toString();
    const QString refresh = tokens.json().value(QLatin1String("refresh_token")).toString();
    QVERIFY(!refresh.isEmpty());
    QVERIFY(!tokens.json().value(QLatin1String("id_token")).toString().isEmpty());
    const auto tenants = sbx.get(QStringLiteral("/tenants?api-version=2022-12-01"), access);
    QCOMPARE(tenants.json().value(QLatin1String("value")).toArray().size(), 2);

    const auto fab = sbx.postForm(
        QStringLiteral("/%1/oauth2/v2.0/token").arg(kFabrikam),
        QStringLiteral(
            "grant_type=refresh_token&client_id=04b07795-8ddb-461a-bbee-02f9e1bf7b46&scope=%1&refresh_token=%2")
            .arg(kScope, QString::fromLatin1(QUrl::toPercentEncoding(refresh))));
    QCOMPARE(fab.status, 200);
    const QString fabToken = fab.json().value(QLatin1String("access_token")).toString();
    const auto subs = sbx.get(QStringLiteral("/subscriptions?api-version=2022-12-01"), fabToken);
    QCOMPARE(subs.json()
                 .value(QLatin1String("value"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QLatin1String("displayName"))
                 .toString(),
             QStringLiteral("Fabrikam Development"));
    const auto bad = sbx.postForm(QStringLiteral("/organizations/oauth2/v2.0/token"),
                                  QStringLiteral("grant_type=refresh_token&client_id=x&refresh_token=forged"));
    QCOMPARE(bad.errorCode(), QStringLiteral("invalid_grant"));
}

void TestSandboxEntra::interactionRequiredTenant()
{
    QTemporaryDir dir;
    QFile demo(QStringLiteral(":/sandbox/demo.json"));
    QVERIFY(demo.open(QIODevice::ReadOnly));
    QJsonObject scenario = QJsonDocument::fromJson(demo.readAll()).object();
    QJsonArray tenants = scenario.value(QLatin1String("tenants")).toArray();
    QJsonObject fabrikam = tenants.at(1).toObject();
    fabrikam[QStringLiteral("requiresInteraction")] = true;
    tenants[1] = fabrikam;
    scenario[QStringLiteral("tenants")] = tenants;
    const QString file = dir.filePath(QStringLiteral("mfa.json"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(scenario).toJson());
    out.close();

    SandboxFixture sbx(file);
    QVERIFY2(sbx.ok(), qPrintable(sbx.error()));
    const auto tokens = poll(sbx, startDeviceCode(sbx).json().value(QLatin1String("device_code")).toString());
    const QString refresh = tokens.json().value(QLatin1String("refresh_token")).toString();
    const auto fab = sbx.postForm(QStringLiteral("/%1/oauth2/v2.0/token").arg(kFabrikam),
                                  QStringLiteral("grant_type=refresh_token&client_id=c&scope=%1&refresh_token=%2")
                                      .arg(kScope, QString::fromLatin1(QUrl::toPercentEncoding(refresh))));
    QCOMPARE(fab.status, 400);
    QCOMPARE(fab.errorCode(), QStringLiteral("interaction_required"));
    const auto contoso = sbx.postForm(QStringLiteral("/%1/oauth2/v2.0/token").arg(kContoso),
                                      QStringLiteral("grant_type=refresh_token&client_id=c&scope=%1&refresh_token=%2")
                                          .arg(kScope, QString::fromLatin1(QUrl::toPercentEncoding(refresh))));
    QCOMPARE(contoso.status, 200);
}

QTEST_GUILESS_MAIN(TestSandboxEntra)
#include "tst_sandboxentra.moc"
