#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QtTest>
#include <csignal>

class TestSandboxCli : public QObject
{
    Q_OBJECT

private slots:
    void firstLineAndState();
    void tlsPrintsFingerprint();
    void usageErrors_data();
    void usageErrors();
};

void TestSandboxCli::firstLineAndState()
{
    QTemporaryDir dir;
    const QString state = dir.filePath(QStringLiteral("state.json"));
    QProcess p;
    p.start(QStringLiteral(ACRNET_SANDBOX_EXE),
            {QStringLiteral("--scenario"), QStringLiteral("training"), QStringLiteral("--state"), state,
             QStringLiteral("--page-size"), QStringLiteral("7")});
    QVERIFY(p.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(p.canReadLine(), 10000);
    const QString line = QString::fromUtf8(p.readLine()).trimmed();
    QVERIFY2(
        QRegularExpression(QStringLiteral("^Sandbox listening on http://127\\.0\\.0\\.1:\\d+$")).match(line).hasMatch(),
        qPrintable(line));
    ::kill(pid_t(p.processId()), SIGTERM);
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 0);
    QFile saved(state);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(saved.readAll()).object();
    QCOMPARE(json.value(QLatin1String("settings")).toObject().value(QLatin1String("pageSize")).toInt(), 7);
    QCOMPARE(json.value(QLatin1String("registries")).toArray().size(), 2); // training: Premium and Basic
}

void TestSandboxCli::tlsPrintsFingerprint()
{
    QTemporaryDir dir;
    const QString pemPath = dir.filePath(QStringLiteral("sandbox.pem"));
    QProcess p;
    p.start(QStringLiteral(ACRNET_SANDBOX_EXE), {QStringLiteral("--tls"), QStringLiteral("--cert-out"), pemPath});
    QVERIFY(p.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(p.bytesAvailable() > 0 && p.peek(4096).count('\n') >= 2, 20000);
    const QString first = QString::fromUtf8(p.readLine()).trimmed();
    const QString second = QString::fromUtf8(p.readLine()).trimmed();
    QVERIFY2(first.startsWith(QLatin1String("Sandbox listening on https://127.0.0.1:")), qPrintable(first));
    QVERIFY2(QRegularExpression(QStringLiteral("SHA-256 fingerprint: ([0-9A-F]{2}:){31}[0-9A-F]{2}$"))
                 .match(second)
                 .hasMatch(),
             qPrintable(second));
    // --cert-out wrote the certificate whose fingerprint was printed, as PEM.
    QFile pem(pemPath);
    QVERIFY(pem.open(QIODevice::ReadOnly));
    const QSslCertificate cert(pem.readAll(), QSsl::Pem);
    QVERIFY(!cert.isNull());
    QCOMPARE(QString::fromLatin1(cert.digest(QCryptographicHash::Sha256).toHex(':').toUpper()),
             second.section(QLatin1Char(' '), -1));
    p.terminate();
    QVERIFY(p.waitForFinished(10000));
}

void TestSandboxCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown scenario") << QStringList{QStringLiteral("--scenario"), QStringLiteral("nope")}
                                      << "unknown scenario 'nope'";
    QTest::newRow("bad port") << QStringList{QStringLiteral("--port"), QStringLiteral("99999")} << "--port";
    QTest::newRow("bad rate") << QStringList{QStringLiteral("--error-rate"), QStringLiteral("2")} << "--error-rate";
    QTest::newRow("unknown flag") << QStringList{QStringLiteral("--frobnicate")} << "frobnicate";
    QTest::newRow("cert-out without tls")
        << QStringList{QStringLiteral("--cert-out"), QStringLiteral("x.pem")} << "--cert-out needs --tls";
}

void TestSandboxCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    QProcess p;
    p.start(QStringLiteral(ACRNET_SANDBOX_EXE), args);
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 2);
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(err.contains(message), qPrintable(err));
    QCOMPARE(err.count(QLatin1Char('\n')), 1); // one clear line
}

QTEST_GUILESS_MAIN(TestSandboxCli)
#include "tst_sandboxcli.moc"
