#include "app/sandbox/httplistener.h"
#include "app/sandbox/sandboxhost.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpSocket>
#include <QThread>
#include <QtTest>

using acrnet::sandbox::SandboxHost;

class TestSandboxHost : public QObject
{
    Q_OBJECT

private slots:
    void servesFromItsOwnThread();
    void reportsFailure();
    void httpLayerReadsWhatClientsSend_data();
    void httpLayerReadsWhatClientsSend();
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

void TestSandboxHost::httpLayerReadsWhatClientsSend_data()
{
    // Raw bytes as clients put them on the wire, in pieces; the body the handler must see, or the error status.
    QTest::addColumn<QByteArrayList>("pieces");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::newRow("Content-Length, split mid-header and mid-body")
        << QByteArrayList{"PATCH /a?x=1 HTTP/1.1\r\nHost: h\r\nContent-Le", "ngth: 5\r\n\r\nhel", "lo"}
        << QByteArray("hello") << 200;
    QTest::newRow("chunked with an extension and a trailer")
        << QByteArrayList{"POST /a HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3;x=y\r\nabc\r\n",
                          "2\r\nde\r\n0\r\nX-T: 1\r\n\r\n"}
        << QByteArray("abcde") << 200;
    QTest::newRow("Expect: 100-continue") << QByteArrayList{"PUT /a HTTP/1.1\r\nExpect: 100-continue\r\n"
                                                            "Content-Length: 2\r\n\r\n",
                                                            "ok"}
                                          << QByteArray("ok") << 200;
    QTest::newRow("not HTTP") << QByteArrayList{"HELLO\r\n\r\n"} << QByteArray() << 400;
    QTest::newRow("bad length") << QByteArrayList{"PUT /a HTTP/1.1\r\nContent-Length: -3\r\n\r\n"} << QByteArray()
                                << 400;
    QTest::newRow("body too large") << QByteArrayList{"PUT /a HTTP/1.1\r\nContent-Length: 999999999999\r\n\r\n"}
                                    << QByteArray() << 413;
}

void TestSandboxHost::httpLayerReadsWhatClientsSend()
{
    QFETCH(QByteArrayList, pieces);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    acrnet::sandbox::HttpListener listener;
    QByteArray seenBody, seenPath;
    listener.setHandler([&](const acrnet::sandbox::HttpRequest &request, QTcpSocket *socket) {
        seenBody = request.body;
        seenPath = request.url.path().toUtf8();
        acrnet::sandbox::HttpListener::writeResponse(socket, 200, "OK", {}, "done");
    });
    const quint16 port = listener.listenOnLoopback(0);
    QVERIFY(port);
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(client.waitForConnected(5000));
    QByteArray answer;
    for (const QByteArray &piece : pieces) {
        client.write(piece);
        QVERIFY(client.waitForBytesWritten(5000));
        QTest::qWait(20); // separate segments, read separately
        answer += client.readAll();
    }
    const QByteArray statusLine = QByteArray("HTTP/1.1 ") + QByteArray::number(status);
    QTRY_VERIFY_WITH_TIMEOUT((answer += client.readAll()).contains(statusLine), 5000);
    if (status == 200) {
        QCOMPARE(seenBody, body);
        QCOMPARE(seenPath, QByteArray("/a"));
        QVERIFY(answer.endsWith("done"));
        // A client that asked before sending its body was told to go on before the answer.
        QCOMPARE(answer.startsWith("HTTP/1.1 100 Continue\r\n\r\n"), pieces.first().contains("Expect:"));
    } else {
        QVERIFY(seenPath.isEmpty()); // the handler never saw it
    }
}

QTEST_GUILESS_MAIN(TestSandboxHost)
#include "tst_sandboxhost.moc"
