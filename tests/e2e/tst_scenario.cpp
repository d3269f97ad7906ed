#include "app/sandbox/scenario.h"
#include "app/sandbox/store.h"

#include <QJsonArray>
#include <QMap>
#include <QtTest>

using namespace acrnet::sandbox;

class TestScenario : public QObject
{
    Q_OBJECT

private slots:
    void builtInsLoad_data();
    void builtInsLoad();
    void largeHasTheBenchmarkShape();
    void largeIsDeterministic();
    void xlHasTheBenchmarkShape();
    void errors();
};

void TestScenario::builtInsLoad_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("subscriptions");
    QTest::addColumn<int>("registries");
    QTest::newRow("demo") << "demo" << 3 << 8;
    QTest::newRow("training") << "training" << 2 << 2;
    QTest::newRow("clean") << "clean" << 1 << 1;
}

void TestScenario::builtInsLoad()
{
    QFETCH(QString, name);
    Store store;
    QString error;
    QVERIFY2(Scenario::load(name, store, &error), qPrintable(error));
    QTEST(int(store.subscriptions.size()), "subscriptions");
    QTEST(int(store.registries.size()), "registries");
    bool hasSandboxPrincipal = false;
    for (const QJsonValue &sp : std::as_const(store.servicePrincipals))
        hasSandboxPrincipal = hasSandboxPrincipal ||
                              (sp.toObject().value(QLatin1String("clientId")).toString() == QLatin1String("sandbox") &&
                               sp.toObject().value(QLatin1String("secret")).toString() == QLatin1String("sandbox"));
    QVERIFY(hasSandboxPrincipal);
}

void TestScenario::largeHasTheBenchmarkShape()
{
    Store store;
    QString error;
    QVERIFY2(Scenario::load(QStringLiteral("large"), store, &error), qPrintable(error));
    QCOMPARE(store.subscriptions.size(), 100);
    QCOMPARE(store.virtualNetworks.size(), 2000);
    int subnets = 0;
    for (const QJsonObject &v : std::as_const(store.virtualNetworks))
        subnets +=
            int(v.value(QLatin1String("properties")).toObject().value(QLatin1String("subnets")).toArray().size());
    QCOMPARE(subnets, 20000);
    QCOMPARE(store.registries.size(), 1000);
}

void TestScenario::largeIsDeterministic()
{
    const QJsonObject a =
        Scenario::generateLarge({{QStringLiteral("subscriptions"), 3}, {QStringLiteral("registries"), 7}});
    const QJsonObject b =
        Scenario::generateLarge({{QStringLiteral("subscriptions"), 3}, {QStringLiteral("registries"), 7}});
    QCOMPARE(a, b);
    const QJsonObject c = Scenario::generateLarge(
        {{QStringLiteral("subscriptions"), 3}, {QStringLiteral("registries"), 7}, {QStringLiteral("seed"), 7}});
    QVERIFY(a != c);
}

void TestScenario::xlHasTheBenchmarkShape()
{
    const QJsonObject xl = Scenario::generateLarge(Scenario::xlParameters());
    QCOMPARE(xl.value(QLatin1String("name")).toString(), QStringLiteral("xl"));
    const QJsonArray tenants = xl.value(QLatin1String("tenants")).toArray();
    QCOMPARE(tenants.size(), 3);
    // The documented principal is consented in every tenant.
    QCOMPARE(xl.value(QLatin1String("servicePrincipals")).toArray().size(), 3);
    const QJsonArray subs = xl.value(QLatin1String("subscriptions")).toArray();
    QCOMPARE(subs.size(), 1000);
    QMap<QString, int> perTenant;
    int vnets = 0, subnets = 0, registries = 0, premium = 0, rules = 0, endpoints = 0;
    for (const QJsonValue &sv : subs) {
        ++perTenant[sv.toObject().value(QLatin1String("tenantId")).toString()];
        for (const QJsonValue &gv : sv.toObject().value(QLatin1String("resourceGroups")).toArray()) {
            for (const QJsonValue &vv : gv.toObject().value(QLatin1String("virtualNetworks")).toArray()) {
                ++vnets;
                subnets += int(vv.toObject().value(QLatin1String("subnets")).toArray().size());
            }
            for (const QJsonValue &rv : gv.toObject().value(QLatin1String("registries")).toArray()) {
                const QJsonObject r = rv.toObject();
                ++registries;
                premium += r.value(QLatin1String("sku")).toString() == QLatin1String("Premium");
                rules += int(r.value(QLatin1String("virtualNetworkRules")).toArray().size());
                endpoints += int(r.value(QLatin1String("privateEndpoints")).toArray().size());
            }
        }
    }
    QCOMPARE(perTenant.size(), 3);
    for (const int n : std::as_const(perTenant))
        QVERIFY(n >= 333 && n <= 334);
    QCOMPARE(vnets, 10000);
    QCOMPARE(subnets, 100000);
    QCOMPARE(registries, 5000);
    QCOMPARE(rules, premium * 8);
    QVERIFY2(rules > 18000 && rules < 22000, qPrintable(QString::number(rules)));
    QVERIFY2(endpoints > 500 && endpoints < 700, qPrintable(QString::number(endpoints)));
}

void TestScenario::errors()
{
    Store store;
    QString error;
    QVERIFY(!Scenario::load(QStringLiteral("/nonexistent/file.json"), store, &error));
    QVERIFY(error.contains(QLatin1String("unknown scenario")));
    QVERIFY(!Scenario::loadJson(QJsonObject{{QStringLiteral("subscriptions"), QJsonArray()}}, store, &error));
    QVERIFY(error.contains(QLatin1String("no tenants")));
}

QTEST_GUILESS_MAIN(TestScenario)
#include "tst_scenario.moc"
