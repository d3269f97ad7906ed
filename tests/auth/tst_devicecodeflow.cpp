#include "app/auth/account.h"
#include "app/auth/devicecodeflow.h"
#include "tests/support/sandboxfixture.h"

#include <QNetworkAccessManager>
#include <QtTest>

using namespace acrnet;
using acrnet::test::SandboxFixture;

class TestDeviceCodeFlow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void approved();
    void declined();
    void expired();
    void slowDownAddsFiveSeconds();
    void cancel();

private:
    std::unique_ptr<SandboxFixture> m_sbx;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<EntraClient> m_entra;
};

void TestDeviceCodeFlow::init()
{
    m_sbx = std::make_unique<SandboxFixture>(QStringLiteral("training"));
    QVERIFY(m_sbx->ok());
    m_sbx->server().store().settings.deviceCodeIntervalSeconds = 1;
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_entra = std::make_unique<EntraClient>(m_nam.get(), Cloud::sandbox(m_sbx->server().baseUrl()));
}

void TestDeviceCodeFlow::approved()
{
    DeviceCodeFlow flow(m_entra.get(), QStringLiteral("organizations"), Account::defaultPublicClientId());
    QSignalSpy code(&flow, &DeviceCodeFlow::codeReady);
    QSignalSpy done(&flow, &DeviceCodeFlow::finished);
    QSignalSpy failed(&flow, &DeviceCodeFlow::failed);
    QVERIFY(flow.scope().endsWith(QLatin1String("/.default offline_access openid profile")));
    flow.start();
    QVERIFY(code.wait(5000));
    const auto c = code.at(0).at(0).value<DeviceCodeFlow::Code>();
    QCOMPARE(c.verificationUri.path(), QStringLiteral("/devicelogin"));
    QVERIFY(c.expiresInSeconds > 0);
    QTest::qWait(1500); // one authorization_pending round first
    QVERIFY(failed.isEmpty());
    m_sbx->postForm(QStringLiteral("/devicelogin"), QStringLiteral("user_code=%1&action=approve").arg(c.userCode));
    QVERIFY(done.wait(5000));
    const auto tokens = done.at(0).at(0).value<TokenResponse>();
    QVERIFY(!tokens.accessToken.isEmpty());
    QVERIFY(!tokens.refreshToken.isEmpty());
    QCOMPARE(tokens.account, QStringLiteral("trainer@contoso-training.example"));
    QCOMPARE(tokens.tenantId, QStringLiteral("5d3c2b1a-6e7f-4a8b-9c0d-1e2f3a4b5c6d"));
    QVERIFY(failed.isEmpty());
}

void TestDeviceCodeFlow::declined()
{
    DeviceCodeFlow flow(m_entra.get(), QStringLiteral("organizations"), Account::defaultPublicClientId());
    QSignalSpy code(&flow, &DeviceCodeFlow::codeReady);
    QSignalSpy failed(&flow, &DeviceCodeFlow::failed);
    flow.start();
    QVERIFY(code.wait(5000));
    m_sbx->postForm(
        QStringLiteral("/devicelogin"),
        QStringLiteral("user_code=%1&action=decline").arg(code.at(0).at(0).value<DeviceCodeFlow::Code>().userCode));
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.at(0).at(0).value<AuthError>().kind(), AuthError::Kind::Declined);
}

void TestDeviceCodeFlow::expired()
{
    m_sbx->server().store().settings.deviceCodeExpiresInSeconds = 1;
    DeviceCodeFlow flow(m_entra.get(), QStringLiteral("organizations"), Account::defaultPublicClientId());
    QSignalSpy failed(&flow, &DeviceCodeFlow::failed);
    flow.start();
    QVERIFY(failed.wait(8000));
    const auto e = failed.at(0).at(0).value<AuthError>();
    QCOMPARE(e.kind(), AuthError::Kind::Expired);
    QVERIFY(e.userText().contains(QLatin1String("expired")));
}

void TestDeviceCodeFlow::slowDownAddsFiveSeconds()
{
    DeviceCodeFlow flow(m_entra.get(), QStringLiteral("organizations"), Account::defaultPublicClientId());
    QSignalSpy code(&flow, &DeviceCodeFlow::codeReady);
    flow.start();
    QVERIFY(code.wait(5000));
    QCOMPARE(flow.intervalSeconds(), 1);
    // The service now wants 3 s between polls; polling every second earns a slow_down.
    m_sbx->server().store().settings.deviceCodeIntervalSeconds = 3;
    QTRY_COMPARE_WITH_TIMEOUT(flow.intervalSeconds(), 6, 8000);
    flow.cancel();
}

void TestDeviceCodeFlow::cancel()
{
    DeviceCodeFlow flow(m_entra.get(), QStringLiteral("organizations"), Account::defaultPublicClientId());
    QSignalSpy code(&flow, &DeviceCodeFlow::codeReady);
    QSignalSpy failed(&flow, &DeviceCodeFlow::failed);
    flow.start();
    QVERIFY(code.wait(5000));
    flow.cancel();
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(0).value<AuthError>().kind(), AuthError::Kind::Cancelled);
    QTest::qWait(1500); // no poll after cancel may change anything
    QCOMPARE(failed.count(), 1);
}

QTEST_GUILESS_MAIN(TestDeviceCodeFlow)
#include "tst_devicecodeflow.moc"
