#include "app/auth/azureclicredential.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace acrnet;

// The Azure CLI is not installed where tests run, so these tests stand in for `az` with small scripts that
// print what the real CLI prints; the credential runs them as a real process.
class TestAzureCliCredential : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void runsTheCliWithArguments();
    void cliMissing();
    void cliNotLoggedIn();

private:
    QString script(const QString &body);
    struct Outcome
    {
        TokenResponse token;
        AuthError error;
    };
    Outcome run(const QString &program, const QString &tenant = {});
    QTemporaryDir m_dir;
};

QString TestAzureCliCredential::script(const QString &body)
{
    static int n = 0;
    const QString path = m_dir.filePath(QStringLiteral("az%1").arg(++n));
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write("#!/bin/sh\n" + body.toUtf8() + "\n");
    f.close();
    f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return path;
}

TestAzureCliCredential::Outcome TestAzureCliCredential::run(const QString &program, const QString &tenant)
{
    AzureCliCredential cli(QStringLiteral("https://management.azure.com/"));
    cli.setProgram(program);
    Outcome o;
    bool done = false;
    cli.getToken(tenant, this, [&](const TokenResponse &t, const AuthError &e) {
        done = true;
        o = {t, e};
    });
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    }();
    return o;
}

void TestAzureCliCredential::parse_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<qint64>("expires");
    QTest::addColumn<bool>("ok");
    QTest::newRow("expires_on")
        << QByteArray(
               R"({"accessToken":"abc","expiresOn":"2030-01-01 10:00:00.000000","expires_on":1893492000,"subscription":"s","tenant":"t","tokenType":"Bearer"})")
        << qint64(1893492000) << true;
    QTest::newRow("no token") << QByteArray(R"({"tokenType":"Bearer"})") << qint64(-1) << false;
    QTest::newRow("garbage") << QByteArray("not json") << qint64(-1) << false;
}

void TestAzureCliCredential::parse()
{
    QFETCH(QByteArray, json);
    QFETCH(qint64, expires);
    QFETCH(bool, ok);
    AuthError error;
    const TokenResponse t = AzureCliCredential::parse(json, &error);
    QCOMPARE(!error.isError(), ok);
    if (expires >= 0)
        QCOMPARE(t.expiresAtSecs, expires);
}

void TestAzureCliCredential::runsTheCliWithArguments()
{
    const QString args = m_dir.filePath(QStringLiteral("args.txt"));
    const QString az =
        script(QStringLiteral(
                   "echo \"$@\" > '%1'\necho '{\"accessToken\":\"tok\",\"expires_on\":1893492000,\"tenant\":\"t1\"}'")
                   .arg(args));
    const Outcome o = run(az, QStringLiteral("t1"));
    QVERIFY2(!o.error.isError(), qPrintable(o.error.userText()));
    QCOMPARE(o.token.accessToken, QStringLiteral("tok"));
    QFile f(args);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(f.readAll()).trimmed(),
             QStringLiteral("account get-access-token --resource https://management.azure.com/ -o json --tenant t1"));
}

void TestAzureCliCredential::cliMissing()
{
    const Outcome o = run(m_dir.filePath(QStringLiteral("no-such-az")));
    QCOMPARE(o.error.kind(), AuthError::Kind::CliMissing);
    QVERIFY(o.error.userText().contains(QLatin1String("not installed")));
}

void TestAzureCliCredential::cliNotLoggedIn()
{
    const QString az = script(QStringLiteral("echo \"ERROR: Please run 'az login' to setup account.\" >&2\nexit 1"));
    const Outcome o = run(az);
    QCOMPARE(o.error.kind(), AuthError::Kind::CliNotLoggedIn);
    QVERIFY(o.error.userText().contains(QLatin1String("az login")));
    const Outcome other = run(script(QStringLiteral("echo 'ERROR: something else' >&2\nexit 2")));
    QCOMPARE(other.error.kind(), AuthError::Kind::CliFailed);
    QVERIFY(other.error.userText().contains(QLatin1String("something else")));
}

QTEST_GUILESS_MAIN(TestAzureCliCredential)
#include "tst_azureclicredential.moc"
