#include "app/arm/armclient.h"
#include "app/arm/armrequestjob.h"
#include "app/auth/accountsession.h"
#include "app/auth/devicecodeflow.h"
#include "app/auth/secretstore.h"
#include "app/auth/tenantdiscovery.h"
#include "tests/support/sandboxfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QtTest>

using namespace acrnet;
using acrnet::test::SandboxFixture;

namespace {
const QString kContoso = QStringLiteral("3c5a6b1e-7d2f-4c1a-9d2e-5b8f0e1a2c01");
const QString kFabrikam = QStringLiteral("9a4e2f10-3b6c-4d8e-a1f2-7c9d0e5b4a02");
} // namespace

class TestAccountSession : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void servicePrincipal();
    void servicePrincipalWrongSecretAndMissingSecret();
    void deviceCodeSignInThenEveryTenant();
    void restartNeedsNoPrompt();
    void refreshesBeforeExpiry();
    void refreshesOnceAfter401();
    void concurrentCallersShareOneRenewal();
    void signOutWipesTheKeychain();
    void interactionRequiredIsPerTenant();
    void keychainUnavailableIsReported();
    void tenantDiscovery();

private:
    QString token(AccountSession &session, const QString &tenant, QString *error = nullptr);
    Account userAccount() const;
    TokenResponse deviceSignIn();
    QList<QJsonObject> subscriptions(TokenSource *source, ArmError *error = nullptr);

    std::unique_ptr<SandboxFixture> m_sbx;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<EntraClient> m_entra;
    std::unique_ptr<MemorySecretStore> m_secrets;
};

void TestAccountSession::init()
{
    m_sbx = std::make_unique<SandboxFixture>(QStringLiteral("demo"));
    QVERIFY(m_sbx->ok());
    m_sbx->server().store().settings.deviceCodeIntervalSeconds = 1;
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_entra = std::make_unique<EntraClient>(m_nam.get(), Cloud::sandbox(m_sbx->server().baseUrl()));
    m_secrets = std::make_unique<MemorySecretStore>();
}

QString TestAccountSession::token(AccountSession &session, const QString &tenant, QString *error)
{
    bool done = false;
    QString result;
    session.fetchToken(tenant, this, [&](const QString &t, const QString &e) {
        done = true;
        result = t;
        if (error)
            *error = e;
    });
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    }();
    return result;
}

Account TestAccountSession::userAccount() const
{
    Account a;
    a.id = QStringLiteral("acc-1");
    a.method = Account::Method::DeviceCode;
    a.cloudName = QStringLiteral("sandbox");
    a.homeTenantId = kContoso;
    a.clientId = Account::defaultPublicClientId();
    return a;
}

TokenResponse TestAccountSession::deviceSignIn()
{
    DeviceCodeFlow flow(m_entra.get(), QStringLiteral("organizations"), Account::defaultPublicClientId());
    QSignalSpy done(&flow, &DeviceCodeFlow::finished);
    flow.start(); // the demo scenario approves device codes by itself
    [&] {
        QVERIFY(done.wait(8000));
    }();
    return done.isEmpty() ? TokenResponse() : done.at(0).at(0).value<TokenResponse>();
}

QList<QJsonObject> TestAccountSession::subscriptions(TokenSource *source, ArmError *error)
{
    ArmClient client(m_nam.get(), source, Cloud::sandbox(m_sbx->server().baseUrl()));
    ArmRequestJob *job = client.get(QStringLiteral("/subscriptions"), QStringLiteral("2022-12-01"));
    bool done = false;
    QList<QJsonObject> out;
    connect(job, &ArmRequestJob::finished, this, [&](const ArmResponse &r) {
        done = true;
        for (const QJsonValue &v : QJsonDocument::fromJson(r.body).object().value(QLatin1String("value")).toArray())
            out.append(v.toObject());
    });
    connect(job, &ArmRequestJob::failed, this, [&](const ArmError &e) {
        done = true;
        if (error)
            *error = e;
    });
    job->start();
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    }();
    return out;
}

void TestAccountSession::servicePrincipal()
{
    Account sp;
    sp.id = QStringLiteral("sp-1");
    sp.method = Account::Method::ServicePrincipal;
    sp.cloudName = QStringLiteral("sandbox");
    sp.homeTenantId = kContoso;
    sp.clientId = QStringLiteral("sandbox");
    AccountSession session(sp, m_entra.get(), m_secrets.get());
    bool stored = false;
    session.storeClientSecret(QStringLiteral("sandbox"), this, [&](const AuthError &e) { stored = !e.isError(); });
    QTRY_VERIFY(stored);
    QCOMPARE(m_secrets->keys(), QStringList{sp.secretKey()});
    QCOMPARE(subscriptions(session.tokenSource(kContoso)).size(), 2);
    QCOMPARE(session.tenantState(kContoso), AccountSession::TenantState::SignedIn);
}

void TestAccountSession::servicePrincipalWrongSecretAndMissingSecret()
{
    Account sp;
    sp.id = QStringLiteral("sp-2");
    sp.method = Account::Method::ServicePrincipal;
    sp.cloudName = QStringLiteral("sandbox");
    sp.homeTenantId = kContoso;
    sp.clientId = QStringLiteral("sandbox");
    AccountSession session(sp, m_entra.get(), m_secrets.get());
    QString error;
    QVERIFY(token(session, kContoso, &error).isEmpty());
    QCOMPARE(session.lastError(kContoso).kind(), AuthError::Kind::NotSignedIn);

    bool stored = false;
    session.storeClientSecret(QStringLiteral("wrong"), this, [&](const AuthError &) { stored = true; });
    QTRY_VERIFY(stored);
    QVERIFY(token(session, kContoso, &error).isEmpty());
    QCOMPARE(session.lastError(kContoso).kind(), AuthError::Kind::InvalidClient);
    QVERIFY2(error.contains(QLatin1String("client secret")), qPrintable(error));
    QCOMPARE(session.tenantState(kContoso), AccountSession::TenantState::Error);
}

void TestAccountSession::deviceCodeSignInThenEveryTenant()
{
    AccountSession session(userAccount(), m_entra.get(), m_secrets.get());
    const TokenResponse signIn = deviceSignIn();
    QVERIFY(!signIn.refreshToken.isEmpty());
    bool adopted = false;
    session.adoptSignIn(signIn, this, [&](const AuthError &e) { adopted = !e.isError(); });
    QTRY_VERIFY(adopted);
    QCOMPARE(m_secrets->keys(), QStringList{userAccount().refreshTokenKey()});
    // Home tenant: the sign-in's own token; the other tenant: obtained from the refresh token, no prompt.
    QCOMPARE(token(session, kContoso), signIn.accessToken);
    const auto fabrikam = subscriptions(session.tokenSource(kFabrikam));
    QCOMPARE(fabrikam.size(), 1);
    QCOMPARE(fabrikam.first().value(QLatin1String("displayName")).toString(), QStringLiteral("Fabrikam Development"));
    QCOMPARE(session.tenantState(kFabrikam), AccountSession::TenantState::SignedIn);
}

void TestAccountSession::restartNeedsNoPrompt()
{
    {
        AccountSession first(userAccount(), m_entra.get(), m_secrets.get());
        bool adopted = false;
        first.adoptSignIn(deviceSignIn(), this, [&](const AuthError &) { adopted = true; });
        QTRY_VERIFY(adopted);
    }
    // A new session (the app restarted) finds the refresh token in the keychain.
    AccountSession second(userAccount(), m_entra.get(), m_secrets.get());
    QCOMPARE(subscriptions(second.tokenSource(kContoso)).size(), 2);
}

void TestAccountSession::refreshesBeforeExpiry()
{
    m_sbx->server().store().settings.tokenLifetimeSeconds = 400;
    AccountSession session(userAccount(), m_entra.get(), m_secrets.get());
    bool adopted = false;
    session.adoptSignIn(deviceSignIn(), this, [&](const AuthError &) { adopted = true; });
    QTRY_VERIFY(adopted);
    const QString first = token(session, kContoso);
    QCOMPARE(token(session, kContoso), first); // 400 s left, margin 300 s: still good
    session.setRefreshMarginSeconds(450);      // now it is within the margin: renewed silently
    const QString second = token(session, kContoso);
    QVERIFY(!second.isEmpty());
    QVERIFY(second != first);
}

void TestAccountSession::refreshesOnceAfter401()
{
    AccountSession session(userAccount(), m_entra.get(), m_secrets.get());
    TokenResponse signIn = deviceSignIn();
    signIn.accessToken = QStringLiteral("revoked.token.value"); // ARM will answer 401 to this one
    bool adopted = false;
    session.adoptSignIn(signIn, this, [&](const AuthError &) { adopted = true; });
    QTRY_VERIFY(adopted);
    ArmError error;
    QCOMPARE(subscriptions(session.tokenSource(kContoso), &error).size(), 2);
    QVERIFY(!error.isError());
    QVERIFY(token(session, kContoso) != signIn.accessToken);
}

void TestAccountSession::concurrentCallersShareOneRenewal()
{
    AccountSession session(userAccount(), m_entra.get(), m_secrets.get());
    bool adopted = false;
    session.adoptSignIn(deviceSignIn(), this, [&](const AuthError &) { adopted = true; });
    QTRY_VERIFY(adopted);
    QStringList tokens;
    for (int i = 0; i < 5; ++i)
        session.fetchToken(kFabrikam, this, [&](const QString &t, const QString &) { tokens << t; });
    QTRY_COMPARE_WITH_TIMEOUT(tokens.size(), 5, 10000);
    QCOMPARE(QSet<QString>(tokens.begin(), tokens.end()).size(), 1); // one refresh served all five
    QVERIFY(!tokens.first().isEmpty());
}

void TestAccountSession::signOutWipesTheKeychain()
{
    AccountSession session(userAccount(), m_entra.get(), m_secrets.get());
    bool adopted = false;
    session.adoptSignIn(deviceSignIn(), this, [&](const AuthError &) { adopted = true; });
    QTRY_VERIFY(adopted);
    QCOMPARE(m_secrets->keys().size(), 1);
    bool signedOut = false;
    session.signOut(this, [&](const AuthError &e) { signedOut = !e.isError(); });
    QTRY_VERIFY(signedOut);
    QVERIFY(m_secrets->keys().isEmpty());
    QVERIFY(token(session, kContoso).isEmpty());
    QCOMPARE(session.lastError(kContoso).kind(), AuthError::Kind::NotSignedIn);
}

void TestAccountSession::interactionRequiredIsPerTenant()
{
    // The same estate, with Fabrikam now demanding multi-factor authentication.
    QFile demo(QStringLiteral(":/sandbox/demo.json"));
    QVERIFY(demo.open(QIODevice::ReadOnly));
    const QJsonObject scenario = QJsonDocument::fromJson(demo.readAll()).object();
    QJsonArray tenants = scenario.value(QLatin1String("tenants")).toArray();
    QJsonObject fab = tenants.at(1).toObject();
    fab[QStringLiteral("requiresInteraction")] = true;
    tenants[1] = fab;
    QString error;
    m_sbx->server().store().tenants = tenants;
    AccountSession session(userAccount(), m_entra.get(), m_secrets.get());
    bool adopted = false;
    session.adoptSignIn(deviceSignIn(), this, [&](const AuthError &) { adopted = true; });
    QTRY_VERIFY(adopted);
    QSignalSpy states(&session, &AccountSession::tenantStateChanged);
    QVERIFY(token(session, kFabrikam, &error).isEmpty());
    QCOMPARE(session.tenantState(kFabrikam), AccountSession::TenantState::NeedsInteraction);
    QVERIFY2(error.contains(QLatin1String("multi-factor")), qPrintable(error));
    QCOMPARE(states.count(), 1);
    QVERIFY(!token(session, kContoso).isEmpty()); // the home tenant is unaffected
}

void TestAccountSession::keychainUnavailableIsReported()
{
    m_secrets->setAvailable(false);
    AccountSession session(userAccount(), m_entra.get(), m_secrets.get());
    AuthError result;
    bool done = false;
    session.adoptSignIn(deviceSignIn(), this, [&](const AuthError &e) {
        done = true;
        result = e;
    });
    QTRY_VERIFY(done);
    QCOMPARE(result.kind(), AuthError::Kind::KeychainUnavailable);
    QVERIFY(m_secrets->keys().isEmpty()); // nothing written anywhere
}

void TestAccountSession::tenantDiscovery()
{
    QJsonArray tenants = m_sbx->server().store().tenants;
    QJsonObject fab = tenants.at(1).toObject();
    fab[QStringLiteral("requiresInteraction")] = true;
    tenants[1] = fab;
    m_sbx->server().store().tenants = tenants;
    AccountSession session(userAccount(), m_entra.get(), m_secrets.get());
    bool adopted = false;
    session.adoptSignIn(deviceSignIn(), this, [&](const AuthError &) { adopted = true; });
    QTRY_VERIFY(adopted);
    TenantDiscovery discovery(&session, m_nam.get(), Cloud::sandbox(m_sbx->server().baseUrl()));
    QSignalSpy done(&discovery, &TenantDiscovery::finished);
    discovery.start();
    QVERIFY(done.wait(10000));
    const auto found = done.at(0).at(0).value<QList<TenantDiscovery::TenantAccess>>();
    QCOMPARE(found.size(), 2);
    QMap<QString, AccountSession::TenantState> states;
    for (const auto &t : found)
        states.insert(t.tenant.displayName, t.state);
    QCOMPARE(states.value(QStringLiteral("Contoso")), AccountSession::TenantState::SignedIn);
    QCOMPARE(states.value(QStringLiteral("Fabrikam")), AccountSession::TenantState::NeedsInteraction);
}

QTEST_GUILESS_MAIN(TestAccountSession)
#include "tst_accountsession.moc"
