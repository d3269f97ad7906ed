#include "tests/support/sandboxfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QtTest>

using acrnet::test::SandboxFixture;

class TestInventoryCommand : public QObject
{
    Q_OBJECT

private slots:
    void printsTheInventory();
    void exitCodes_data();
    void exitCodes();

private:
    struct Run
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };
    Run run(const QStringList &args);
};

TestInventoryCommand::Run TestInventoryCommand::run(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(ACRNET_APP_EXE), QStringList{QStringLiteral("inventory")} + args);
    // The sandbox answers from this thread's event loop, so wait by spinning it.
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(p.state() == QProcess::NotRunning, 60000);
    }();
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

void TestInventoryCommand::printsTheInventory()
{
    SandboxFixture sbx(QStringLiteral("demo"));
    QVERIFY(sbx.ok());
    sbx.server().store().settings.pageSize = 2;
    const Run arm = run({QStringLiteral("--endpoint"), sbx.base(), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(arm.code, 0);
    QVERIFY2(arm.err.isEmpty(), arm.err.constData());
    const QJsonObject doc = QJsonDocument::fromJson(arm.out).object();
    const QJsonArray subs = doc.value(QLatin1String("subscriptions")).toArray();
    QCOMPARE(subs.size(), 2);
    int registries = 0, vnets = 0;
    for (const QJsonValue &s : subs) {
        registries += int(s.toObject().value(QLatin1String("registries")).toArray().size());
        vnets += int(s.toObject().value(QLatin1String("virtualNetworks")).toArray().size());
    }
    QCOMPARE(registries, 6);
    QCOMPARE(vnets, 3);
    QCOMPARE(doc.value(QLatin1String("loadedThrough")).toString(), QStringLiteral("resourceManager"));
    // Above the threshold the same command goes through Resource Graph by itself.
    const Run automatic =
        run({QStringLiteral("--endpoint"), sbx.base(), QStringLiteral("--graph-threshold"), QStringLiteral("1")});
    QCOMPARE(automatic.code, 0);
    const QJsonObject autoDoc = QJsonDocument::fromJson(automatic.out).object();
    QCOMPARE(autoDoc.value(QLatin1String("loadedThrough")).toString(), QStringLiteral("resourceGraph"));
    QCOMPARE(autoDoc.value(QLatin1String("subscriptions")).toArray().size(), 2);
    const Run forced = run({QStringLiteral("--endpoint"), sbx.base(), QStringLiteral("--graph-threshold"),
                            QStringLiteral("1"), QStringLiteral("--resource-manager")});
    QCOMPARE(QJsonDocument::fromJson(forced.out).object().value(QLatin1String("loadedThrough")).toString(),
             QStringLiteral("resourceManager"));
    const Run graph = run({QStringLiteral("--endpoint"), sbx.base(), QStringLiteral("--resource-graph")});
    QCOMPARE(graph.code, 0);
    QCOMPARE(QJsonDocument::fromJson(graph.out).object().value(QLatin1String("subscriptions")).toArray().size(), 2);
}

void TestInventoryCommand::exitCodes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("bad format") << QStringList{QStringLiteral("--format"), QStringLiteral("xml")} << 2
                                << "unsupported --format";
    QTest::newRow("bad cloud") << QStringList{QStringLiteral("--cloud"), QStringLiteral("Mars")} << 2
                               << "unknown --cloud";
    QTest::newRow("bad auth") << QStringList{QStringLiteral("--auth"), QStringLiteral("magic"),
                                             QStringLiteral("--endpoint"), QStringLiteral("http://127.0.0.1:9")}
                              << 2 << "unknown --auth";
    QTest::newRow("both paths") << QStringList{QStringLiteral("--resource-graph"), QStringLiteral("--resource-manager")}
                                << 2 << "choose one of";
    QTest::newRow("bad threshold") << QStringList{QStringLiteral("--graph-threshold"), QStringLiteral("zero")} << 2
                                   << "--graph-threshold needs";
    QTest::newRow("unreachable") << QStringList{QStringLiteral("--endpoint"), QStringLiteral("http://127.0.0.1:9")} << 1
                                 << "sign-in service";
}

void TestInventoryCommand::exitCodes()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, message);
    const Run r = run(args);
    QCOMPARE(r.code, code);
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY(r.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestInventoryCommand)
#include "tst_inventorycommand.moc"
