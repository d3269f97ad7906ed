#include "app/sandbox/sandboxhost.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QThread>
#include <QtTest>

using acrnet::sandbox::SandboxHost;

class TestSandboxHost : public QObject
{
    Q_OBJECT

private slots:
    void servesFromItsOwnThread();
    void reportsFailure();
};

void TestSandboxHost::servesFromItsOwnThread()
{
    SandboxHost host;
    QSignalSpy started(&host, &SandboxHost::started);
    host.start(QStringLiteral("training"));
    QVERIFY(started.wait(10000));
    const QUrl url = started.at(0).at(0).toUrl();
    QCOMPARE(url, host.baseUrl());
    QNetworkAccessManager nam;
    QNetworkRequest request(QUrl(url.toString() + QStringLiteral("/organizations/oauth2/v2.0/token")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    QNetworkReply *reply =
        nam.post(request, QByteArrayLiteral("grant_type=client_credentials&client_id=sandbox&client_secret=sandbox"
                                            "&scope=https%3A%2F%2Fmanagement.azure.com%2F.default"));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(10000)); // the UI thread's event loop keeps running while the sandbox answers
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QVERIFY(reply->readAll().contains("access_token"));
    reply->deleteLater();
}

void TestSandboxHost::reportsFailure()
{
    SandboxHost host;
    QSignalSpy failed(&host, &SandboxHost::failed);
    host.start(QStringLiteral("no-such-scenario"));
    QVERIFY(failed.wait(10000));
    QVERIFY(failed.at(0).at(0).toString().contains(QLatin1String("unknown scenario")));
}

QTEST_GUILESS_MAIN(TestSandboxHost)
#include "tst_sandboxhost.moc"
