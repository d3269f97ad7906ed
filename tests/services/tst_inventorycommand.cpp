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
    void incompleteIsDeclared_data();
    void incompleteIsDeclared();
    void resourceGraphFailureFallsBack();
    void everyTenantIsRead();
    void auditReportsSayWhatIsMissing();
    void noCoreFiles();
    void newFilesArePrivate();
    void unreadableResourceIsListed();
    void helpAndVersionNeedNoDisplay_data();
    void helpAndVersionNeedNoDisplay();

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

void TestInventoryCommand::helpAndVersionNeedNoDisplay_data()
{
    // Run as over SSH: no display, no platform plugin chosen. Each must answer without a GUI object (it aborted).
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("expected"); // in stdout for code 0, stderr otherwise
    QTest::newRow("--help lists the commands")
        << QStringList{QStringLiteral("--help")} << 0 << "  audit           Audit who can reach the registries";
    QTest::newRow("--version") << QStringList{QStringLiteral("--version")} << 0 << "acr-netadmin 0.1.0 (Qt ";
    QTest::newRow("help audit") << QStringList{QStringLiteral("help"), QStringLiteral("audit")} << 0 << "--fail-on";
    QTest::newRow("help in Spanish") << QStringList{QStringLiteral("--lang"), QStringLiteral("es"),
                                                    QStringLiteral("help")}
                                     << 0 << "Comandos";
    QTest::newRow("audit help in Spanish") << QStringList{QStringLiteral("audit"), QStringLiteral("--help"),
                                                          QStringLiteral("--lang"), QStringLiteral("es")}
                                           << 0 << "Formato de salida";
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--bogus")} << 2 << "Unknown option 'bogus'";
    QTest::newRow("unknown command") << QStringList{QStringLiteral("help"), QStringLiteral("deploy")} << 2
                                     << "Unknown command 'deploy'";
}

void TestInventoryCommand::helpAndVersionNeedNoDisplay()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, expected);
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QString::fromLatin1(name));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(ACRNET_APP_EXE), args);
    QVERIFY(p.waitForFinished(20000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), code);
    const QString out = QString::fromUtf8(code == 0 ? p.readAllStandardOutput() : p.readAllStandardError());
    QVERIFY2(out.contains(expected), qPrintable(out));
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
    if (code == 2) {
        QVERIFY(r.out.isEmpty()); // a usage error prints nothing else
    } else {
        // Nothing could be read: the document is still printed, incomplete, naming what failed.
        const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(doc.value(QLatin1String("complete")).toBool(true), false);
        QCOMPARE(doc.value(QLatin1String("subscriptions")).toArray().size(), 0);
        QVERIFY(!doc.value(QLatin1String("errors")).toArray().isEmpty());
    }
}

void TestInventoryCommand::incompleteIsDeclared_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("reason");
    // Resource Manager: the whole subscription fails. Resource Graph: the queries (tenant-level) succeed, but the
    // provider state and the VNet rules of that subscription cannot be read — it is read only in part.
    QTest::newRow("resource manager") << "--resource-manager"
                                      << "does not have authorization";
    QTest::newRow("resource graph") << "--resource-graph"
                                    << "read only in part";
}

void TestInventoryCommand::incompleteIsDeclared()
{
    QFETCH(QString, path);
    QFETCH(QString, reason);
    SandboxFixture sbx(QStringLiteral("demo"));
    QVERIFY(sbx.ok());
    const QString prod = QStringLiteral("1f0e2d3c-4b5a-4697-8877-665544332211");
    sbx.server().store().faults.deniedSubscriptions = QStringList{prod};
    const Run r = run({QStringLiteral("--endpoint"), sbx.base(), path});
    QCOMPARE(r.code, 1); // the JSON is printed, and the exit code says it is not the whole truth
    QVERIFY2(r.err.contains("incomplete: 1 part(s) of the estate could not be read"), r.err.constData());
    QCOMPARE(r.err.count('\n'), 1);
    const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(doc.value(QLatin1String("complete")), QJsonValue(false));
    const QJsonArray errors = doc.value(QLatin1String("errors")).toArray();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().toObject().value(QLatin1String("subscriptionId")).toString(), prod);
    QVERIFY2(errors.first().toObject().value(QLatin1String("error")).toString().contains(reason),
             qPrintable(errors.first().toObject().value(QLatin1String("error")).toString()));
    // Without the fault, the same command is complete and exits 0.
    sbx.server().store().faults.deniedSubscriptions.clear();
    const Run clean = run({QStringLiteral("--endpoint"), sbx.base(), path});
    QCOMPARE(clean.code, 0);
    QCOMPARE(QJsonDocument::fromJson(clean.out).object().value(QLatin1String("complete")), QJsonValue(true));
}

// An account consented in several tenants reads all of them unless --tenant names one; a tenant it cannot get a
// token for is named in the errors, and the result says it is incomplete.
void TestInventoryCommand::everyTenantIsRead()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("tenants.json"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"generate": {"subscriptions": 7, "tenants": 3, "vnetsPerSubscription": 1, "subnetsPerVnet": 2,
                "registries": 4, "privateEndpointEvery": 1}})");
    f.close();
    SandboxFixture sbx(file);
    QVERIFY2(sbx.ok(), qPrintable(sbx.error()));
    auto subscriptionsOf = [](const Run &r) {
        QMap<QString, int> perTenant;
        const QJsonArray subs = QJsonDocument::fromJson(r.out).object().value(QLatin1String("subscriptions")).toArray();
        for (const QJsonValue &s : subs)
            ++perTenant[s.toObject().value(QLatin1String("tenantId")).toString()];
        return perTenant;
    };
    const QString third = QStringLiteral("5a1d0000-0000-4000-8000-00000000a003");
    for (const QString &path : {QStringLiteral("--resource-manager"), QStringLiteral("--resource-graph")}) {
        const Run all = run({QStringLiteral("--endpoint"), sbx.base(), path});
        QCOMPARE(all.code, 0);
        const QMap<QString, int> perTenant = subscriptionsOf(all);
        QCOMPARE(perTenant.size(), 3); // round-robin: 3, 2 and 2 subscriptions
        QCOMPARE(perTenant.value(QStringLiteral("5a1d0000-0000-4000-8000-00000000a001")), 3);
        QCOMPARE(perTenant.value(third), 2);
    }
    const Run one = run({QStringLiteral("--endpoint"), sbx.base(), QStringLiteral("--tenant"), third});
    QCOMPARE(one.code, 0);
    QCOMPARE(subscriptionsOf(one), (QMap<QString, int>{{third, 2}}));
    // The principal's consent in the third tenant is gone (its secret there no longer matches).
    QJsonObject principal = sbx.server().store().servicePrincipals.at(2).toObject();
    principal.insert(QStringLiteral("secret"), QStringLiteral("rotated"));
    sbx.server().store().servicePrincipals.replace(2, principal);
    const Run partial = run({QStringLiteral("--endpoint"), sbx.base()});
    QCOMPARE(partial.code, 1);
    const QJsonObject doc = QJsonDocument::fromJson(partial.out).object();
    QCOMPARE(doc.value(QLatin1String("complete")), QJsonValue(false));
    QCOMPARE(subscriptionsOf(partial).value(third), 0);
    QCOMPARE(doc.value(QLatin1String("subscriptions")).toArray().size(), 5);
    const QJsonArray errors = doc.value(QLatin1String("errors")).toArray();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().toObject().value(QLatin1String("tenantId")).toString(), third);
    QVERIFY2(errors.first().toObject().value(QLatin1String("error")).toString().contains(QLatin1String("not read")),
             qPrintable(errors.first().toObject().value(QLatin1String("error")).toString()));
}

void TestInventoryCommand::resourceGraphFailureFallsBack()
{
    SandboxFixture sbx(QStringLiteral("demo"));
    QVERIFY(sbx.ok());
    sbx.server().store().faults.graphErrorNext = 100;
    const Run r = run({QStringLiteral("--endpoint"), sbx.base(), QStringLiteral("--resource-graph")});
    QCOMPARE(r.code, 0);
    const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(doc.value(QLatin1String("loadedThrough")).toString(), QStringLiteral("resourceManager"));
    QVERIFY(doc.value(QLatin1String("resourceGraphFailed")).toString().contains(QLatin1String("injected")));
    QCOMPARE(doc.value(QLatin1String("subscriptions")).toArray().size(), 2);
    QCOMPARE(doc.value(QLatin1String("complete")), QJsonValue(true));
}

void TestInventoryCommand::auditReportsSayWhatIsMissing()
{
    SandboxFixture sbx(QStringLiteral("demo"));
    QVERIFY(sbx.ok());
    const QString net = QStringLiteral("2e1f3a4b-5c6d-4e7f-8091-a2b3c4d5e6f7");
    sbx.server().store().faults.deniedSubscriptions = QStringList{net};
    auto audit = [&](const QStringList &args) {
        QProcess p;
        p.start(QStringLiteral(ACRNET_APP_EXE),
                QStringList{QStringLiteral("audit"), QStringLiteral("--endpoint"), sbx.base()} + args);
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(p.state() == QProcess::NotRunning, 60000);
        }();
        return Run{p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    };
    const Run json = audit({QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(json.code, 1); // incomplete, and no gate
    const QJsonObject doc = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(doc.value(QLatin1String("complete")), QJsonValue(false));
    QCOMPARE(doc.value(QLatin1String("errors"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QLatin1String("subscriptionId"))
                 .toString(),
             net);
    const Run csv = audit({QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(csv.code, 1);
    QVERIFY2(csv.out.startsWith(QByteArray("# incomplete: " + net.toLatin1() + " was not read completely")),
             csv.out.left(200).constData());
    QVERIFY(csv.out.contains("\ncheckId,severity,title"));
    const Run html = audit({QStringLiteral("--format"), QStringLiteral("html")});
    QVERIFY(html.out.contains("class=\"incomplete\""));
    QVERIFY(html.out.contains(net.toLatin1()));
    // A failing gate still wins: 3.
    const Run gated = audit({QStringLiteral("--fail-on"), QStringLiteral("high")});
    QCOMPARE(gated.code, 3);
}

void TestInventoryCommand::newFilesArePrivate()
{
#if defined(Q_OS_LINUX)
    // Settings, activity log, exports: whatever the process creates is created 0600 (umask 077), never 0644 and
    // chmod-ed later. Read the running process's umask while it waits on a slow sandbox.
    SandboxFixture sbx(QStringLiteral("demo"));
    QVERIFY(sbx.ok());
    sbx.server().store().faults.latencyMs = 1500;
    QProcess p;
    p.start(QStringLiteral(ACRNET_APP_EXE), {QStringLiteral("inventory"), QStringLiteral("--endpoint"), sbx.base()});
    QVERIFY(p.waitForStarted());
    QString mask;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            QFile status(QStringLiteral("/proc/%1/status").arg(p.processId()));
            if (!status.open(QIODevice::ReadOnly))
                return false;
            for (const QByteArray &line : status.readAll().split('\n')) {
                if (line.startsWith("Umask:"))
                    mask = QString::fromLatin1(line.mid(6)).trimmed();
            }
            return mask == QLatin1String("0077");
        }(),
        10000);
    QCOMPARE(mask, QStringLiteral("0077"));
    QTRY_VERIFY_WITH_TIMEOUT(p.state() == QProcess::NotRunning, 60000);
#else
    QSKIP("the process umask is checked on Linux");
#endif
}

void TestInventoryCommand::noCoreFiles()
{
#if defined(Q_OS_LINUX) && defined(NDEBUG)
    // The process holds tokens: a release build must not be able to write a core file. Read its limits while it
    // waits on a slow sandbox.
    SandboxFixture sbx(QStringLiteral("demo"));
    QVERIFY(sbx.ok());
    sbx.server().store().faults.latencyMs = 1500;
    QProcess p;
    p.start(QStringLiteral(ACRNET_APP_EXE), {QStringLiteral("inventory"), QStringLiteral("--endpoint"), sbx.base()});
    QVERIFY(p.waitForStarted());
    QFile limits(QStringLiteral("/proc/%1/limits").arg(p.processId()));
    QString core;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            limits.close();
            if (!limits.open(QIODevice::ReadOnly))
                return false;
            for (const QByteArray &line : limits.readAll().split('\n')) {
                if (line.startsWith("Max core file size"))
                    core = QString::fromLatin1(line).simplified();
            }
            return core.contains(QLatin1String(" 0 0 "));
        }(),
        10000);
    QVERIFY2(core.startsWith(QLatin1String("Max core file size 0 0")), qPrintable(core));
    QTRY_VERIFY_WITH_TIMEOUT(p.state() == QProcess::NotRunning, 60000);
#else
    QSKIP("core-file limits are checked on Linux release builds");
#endif
}

void TestInventoryCommand::unreadableResourceIsListed()
{
    // A registry whose ipRules is not a list: never an empty list — the subscription is incomplete and the registry
    // is listed under "unreadable" with the field named; exit code 1, on both paths.
    SandboxFixture sbx(QStringLiteral("demo"));
    QVERIFY(sbx.ok());
    const QString basic = QStringLiteral("/subscriptions/1f0e2d3c-4b5a-4697-8877-665544332211/resourceGroups/"
                                         "rg-platform/providers/Microsoft.ContainerRegistry/registries/contosobasic");
    QJsonObject &stored = sbx.server().store().registries[basic.toLower()];
    QJsonObject props = stored.value(QLatin1String("properties")).toObject();
    QJsonObject rules = props.value(QLatin1String("networkRuleSet")).toObject();
    rules.insert(QStringLiteral("ipRules"), QStringLiteral("0.0.0.0/0"));
    props.insert(QStringLiteral("networkRuleSet"), rules);
    stored.insert(QStringLiteral("properties"), props);
    for (const QString &path : {QStringLiteral("--resource-manager"), QStringLiteral("--resource-graph")}) {
        const Run r = run({QStringLiteral("--endpoint"), sbx.base(), path});
        QCOMPARE(r.code, 1);
        const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(doc.value(QLatin1String("complete")).toBool(true), false);
        bool found = false;
        for (const QJsonValue &s : doc.value(QLatin1String("subscriptions")).toArray()) {
            for (const QJsonValue &u : s.toObject().value(QLatin1String("unreadable")).toArray()) {
                if (u.toObject().value(QLatin1String("id")).toString().compare(basic, Qt::CaseInsensitive) == 0) {
                    found = true;
                    QVERIFY(u.toObject().value(QLatin1String("error")).toString().contains(QLatin1String("ipRules")));
                    QCOMPARE(s.toObject().value(QLatin1String("complete")).toBool(true), false);
                }
            }
            for (const QJsonValue &reg : s.toObject().value(QLatin1String("registries")).toArray())
                QVERIFY(reg.toObject().value(QLatin1String("id")).toString().compare(basic, Qt::CaseInsensitive) != 0);
        }
        QVERIFY2(found, qPrintable(path));
    }
}

QTEST_GUILESS_MAIN(TestInventoryCommand)
#include "tst_inventorycommand.moc"
