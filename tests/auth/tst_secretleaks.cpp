#include "app/arm/armclient.h"
#include "app/arm/armrequestjob.h"
#include "app/auth/accountsession.h"
#include "app/auth/accountstore.h"
#include "app/auth/devicecodeflow.h"
#include "app/auth/keychainsecretstore.h"
#include "tests/support/sandboxfixture.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace acrnet;
using acrnet::test::SandboxFixture;

namespace {
QStringList g_log;
void capture(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    g_log << QString::fromLatin1(context.category ? context.category : "") + QLatin1Char(' ') + message;
}
} // namespace

// Runs whole sign-ins (device code and service principal) and refreshes with every log category on, then
// looks for any token or secret in the settings file, the log output and the test's directory.
class TestSecretLeaks : public QObject
{
    Q_OBJECT

private slots:
    void nothingSecretLandsOnDisk();

private:
    void checkNoSecretIn(const QString &path, const QStringList &secrets);
};

// None of the secrets in any captured log line or in any file under `path`.
namespace {

// A service principal "leaktest" with a secret unique to this run (so any copy of it found is this run's leak).
QString addLeakTestPrincipal(SandboxFixture &sbx, const QString &tenant)
{
    const QString secret = QStringLiteral("leak-probe-%1").arg(QDateTime::currentMSecsSinceEpoch());
    sbx.server().store().servicePrincipals.append(QJsonObject{{QStringLiteral("clientId"), QStringLiteral("leaktest")},
                                                              {QStringLiteral("secret"), secret},
                                                              {QStringLiteral("tenantId"), tenant}});
    sbx.server().store().settings.deviceCodeIntervalSeconds = 1;
    return secret;
}

} // namespace

void TestSecretLeaks::checkNoSecretIn(const QString &path, const QStringList &secrets)
{
    for (const QString &secret : std::as_const(secrets)) {
        QVERIFY(secret.size() >= 12);
        for (const QString &line : std::as_const(g_log))
            QVERIFY2(!line.contains(secret),
                     qPrintable(QStringLiteral("a secret appears in the log: ") + line.left(80)));
        QDirIterator it(path, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains(secret.toUtf8()),
                     qPrintable(QStringLiteral("a secret is in ") + f.fileName()));
        }
    }
}

void TestSecretLeaks::nothingSecretLandsOnDisk()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("No D-Bus session: run through scripts/test.sh, which starts one with an unlocked gnome-keyring.");
    QTemporaryDir dir;
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
    qInstallMessageHandler(capture);

    SandboxFixture sbx(QStringLiteral("demo"));
    QVERIFY(sbx.ok());
    const QString tenant = QStringLiteral("3c5a6b1e-7d2f-4c1a-9d2e-5b8f0e1a2c01");
    const QString spSecret = addLeakTestPrincipal(sbx, tenant);
    QNetworkAccessManager nam;
    EntraClient entra(&nam, Cloud::sandbox(sbx.server().baseUrl()));
    KeychainSecretStore keychain(QStringLiteral("acr-netadmin-leaktest"));
    QSettings settings(dir.filePath(QStringLiteral("acr-netadmin.conf")), QSettings::IniFormat);
    AccountStore accounts(&settings);
    QStringList secrets{spSecret};

    // Device code sign-in, stored, then a forced refresh and a call to ARM.
    Account user;
    user.id = AccountStore::newId();
    user.cloudName = QStringLiteral("sandbox");
    user.homeTenantId = tenant;
    user.clientId = Account::defaultPublicClientId();
    DeviceCodeFlow flow(&entra, QStringLiteral("organizations"), user.clientId);
    QSignalSpy signedIn(&flow, &DeviceCodeFlow::finished);
    flow.start();
    QVERIFY(signedIn.wait(8000));
    const TokenResponse tokens = signedIn.at(0).at(0).value<TokenResponse>();
    secrets << tokens.accessToken << tokens.refreshToken;
    user.username = tokens.account;
    accounts.save(user);
    AccountSession session(user, &entra, &keychain);
    bool adopted = false;
    session.adoptSignIn(tokens, this, [&](const AuthError &e) { adopted = !e.isError(); });
    QTRY_VERIFY_WITH_TIMEOUT(adopted, 15000);
    session.setRefreshMarginSeconds(100000); // every fetch renews
    QString renewed;
    session.fetchToken(tenant, this, [&](const QString &t, const QString &) { renewed = t; });
    QTRY_VERIFY_WITH_TIMEOUT(!renewed.isEmpty(), 15000);
    secrets << renewed;

    // Service principal sign-in through the keychain.
    Account sp;
    sp.id = AccountStore::newId();
    sp.method = Account::Method::ServicePrincipal;
    sp.cloudName = QStringLiteral("sandbox");
    sp.homeTenantId = tenant;
    sp.clientId = QStringLiteral("leaktest");
    accounts.save(sp);
    AccountSession spSession(sp, &entra, &keychain);
    bool stored = false;
    spSession.storeClientSecret(spSecret, this, [&](const AuthError &e) { stored = !e.isError(); });
    QTRY_VERIFY_WITH_TIMEOUT(stored, 15000);
    ArmClient arm(&nam, spSession.tokenSource(tenant), Cloud::sandbox(sbx.server().baseUrl()));
    bool listed = false;
    ArmRequestJob *job = arm.get(QStringLiteral("/subscriptions"), QStringLiteral("2022-12-01"));
    connect(job, &ArmRequestJob::finished, this, [&] { listed = true; });
    job->start();
    QTRY_VERIFY_WITH_TIMEOUT(listed, 15000);
    QString spToken;
    spSession.fetchToken(tenant, this, [&](const QString &t, const QString &) { spToken = t; });
    QTRY_VERIFY(!spToken.isEmpty());
    secrets << spToken;
    settings.sync();

    // Clean up the keychain before judging, so a failure leaves nothing behind.
    int signedOut = 0;
    session.signOut(this, [&](const AuthError &) { ++signedOut; });
    spSession.signOut(this, [&](const AuthError &) { ++signedOut; });
    QTRY_COMPARE_WITH_TIMEOUT(signedOut, 2, 15000);
    qInstallMessageHandler(nullptr);

    QVERIFY(g_log.size() > 5); // the logging really was on
    checkNoSecretIn(dir.path(), secrets);
    QFile conf(dir.filePath(QStringLiteral("acr-netadmin.conf")));
    QVERIFY(conf.open(QIODevice::ReadOnly));
    QVERIFY(conf.readAll().contains(user.id.toUtf8())); // the settings really were written
}

QTEST_GUILESS_MAIN(TestSecretLeaks)
#include "tst_secretleaks.moc"
