#include "app/arm/armclient.h"
#include "app/arm/armrequestjob.h"
#include "app/arm/tokensource.h"
#include "app/auth/networksetup.h"
#include "tests/support/sandboxfixture.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QtTest>

using namespace acrnet;
using acrnet::test::SandboxFixture;

class TestNetworkSetup : public QObject
{
    Q_OBJECT

private slots:
    void caBundleMakesACorporateCertificateTrusted();
    void badInputChangesNothing_data();
    void badInputChangesNothing();
    void manualProxy();

private:
    bool reach(const Cloud &cloud, const QString &token, ArmError *error);
};

bool TestNetworkSetup::reach(const Cloud &cloud, const QString &token, ArmError *error)
{
    QNetworkAccessManager nam;
    StaticTokenSource tokens(token);
    ArmClient client(&nam, &tokens, cloud);
    bool done = false;
    bool ok = false;
    ArmRequestJob *job = client.get(QStringLiteral("/subscriptions"), QStringLiteral("2022-12-01"));
    connect(job, &ArmRequestJob::finished, this, [&] { done = ok = true; });
    connect(job, &ArmRequestJob::failed, this, [&](const ArmError &e) {
        done = true;
        *error = e;
    });
    job->start();
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
    }();
    return ok;
}

void TestNetworkSetup::caBundleMakesACorporateCertificateTrusted()
{
    // The TLS sandbox stands in for a TLS-inspecting proxy whose CA the machine does not know.
    SandboxFixture sbx(QStringLiteral("training"), true);
    QVERIFY2(sbx.ok(), qPrintable(sbx.error()));
    const QString token = sbx.server().context().tokens.issue(
        {QStringLiteral("5d3c2b1a-6e7f-4a8b-9c0d-1e2f3a4b5c6d"), QStringLiteral("sandbox"),
         QStringLiteral("https://management.azure.com"), QDateTime::currentSecsSinceEpoch() + 600});
    const Cloud cloud = Cloud::custom(sbx.server().baseUrl(), Cloud::Kind::AzureCloud);
    ArmError error;
    QVERIFY(!reach(cloud, token, &error));
    QCOMPARE(error.kind(), ArmError::Kind::Tls);

    QTemporaryDir dir;
    QFile bundle(dir.filePath(QStringLiteral("corp-ca.pem")));
    QVERIFY(bundle.open(QIODevice::WriteOnly));
    bundle.write(QSslCertificate(sbx.server().certificateDer(), QSsl::Der).toPem());
    bundle.close();
    NetworkOptions options;
    options.caBundleFile = bundle.fileName();
    QString message;
    const QSslConfiguration before = QSslConfiguration::defaultConfiguration();
    QVERIFY2(NetworkSetup::apply(options, &message), qPrintable(message));
    QVERIFY2(reach(cloud, token, &error), qPrintable(error.userText()));
    QSslConfiguration::setDefaultConfiguration(before);
}

void TestNetworkSetup::badInputChangesNothing_data()
{
    QTest::addColumn<QString>("bundleContent");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("error");
    QTest::newRow("missing file") << QString() << "" << 0 << "Cannot read the CA bundle";
    QTest::newRow("not pem") << "hello"
                             << "" << 0 << "holds no PEM certificate";
    QTest::newRow("proxy without host") << "-"
                                        << "" << 8080 << "needs a host and a port";
    QTest::newRow("proxy port 0") << "-"
                                  << "proxy.corp" << 0 << "needs a host and a port";
}

void TestNetworkSetup::badInputChangesNothing()
{
    QFETCH(QString, bundleContent);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, error);
    QTemporaryDir dir;
    NetworkOptions options;
    if (bundleContent.isEmpty()) {
        options.caBundleFile = dir.filePath(QStringLiteral("absent.pem"));
    } else if (bundleContent != QLatin1String("-")) {
        options.caBundleFile = dir.filePath(QStringLiteral("bad.pem"));
        QFile f(options.caBundleFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bundleContent.toUtf8());
    } else {
        options.proxy = NetworkOptions::Proxy::Manual;
        options.proxyHost = host;
        options.proxyPort = port;
    }
    const auto cas = QSslConfiguration::defaultConfiguration().caCertificates().size();
    const QNetworkProxy proxy = QNetworkProxy::applicationProxy();
    QString message;
    QVERIFY(!NetworkSetup::apply(options, &message));
    QVERIFY2(message.contains(error), qPrintable(message));
    QCOMPARE(QSslConfiguration::defaultConfiguration().caCertificates().size(), cas);
    QCOMPARE(QNetworkProxy::applicationProxy(), proxy);
}

void TestNetworkSetup::manualProxy()
{
    NetworkOptions options;
    options.proxy = NetworkOptions::Proxy::Manual;
    options.proxyHost = QStringLiteral("proxy.corp.example");
    options.proxyPort = 3128;
    QString message;
    QVERIFY(NetworkSetup::apply(options, &message));
    QCOMPARE(QNetworkProxy::applicationProxy().hostName(), QStringLiteral("proxy.corp.example"));
    QCOMPARE(QNetworkProxy::applicationProxy().port(), quint16(3128));
    options.proxy = NetworkOptions::Proxy::None;
    QVERIFY(NetworkSetup::apply(options, &message));
    QCOMPARE(QNetworkProxy::applicationProxy().type(), QNetworkProxy::NoProxy);
}

QTEST_GUILESS_MAIN(TestNetworkSetup)
#include "tst_networksetup.moc"
